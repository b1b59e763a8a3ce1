"""Export the playback animation from the window, with a progress bar and a Cancel button.

:func:`export_animation_with_progress` runs
:func:`thermoviz.export.animation.export_animation` on the GUI thread and keeps
the window responsive by processing events after every frame (a frame takes a
few milliseconds to paint and encode, so the bar moves smoothly).  Cancel stops
before the next frame and nothing is written.  Not yet wired into a menu.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from ...export.animation import AnimationCancelled, AnimationOptions, export_animation


def export_animation_with_progress(parent: QWidget | None, result, *, gif: str | os.PathLike[str] | None = None,
                                   mp4: str | os.PathLike[str] | None = None,
                                   options: AnimationOptions = AnimationOptions()) -> list | None:
    """Write the GIF and/or MP4 showing a modal progress dialog.

    Returns the written paths, or None when the user cancelled (nothing written).
    Errors (``AnimationError``, ``OSError``) propagate for the caller to show as
    one line.
    """
    dialog = QProgressDialog("Rendering the animation…", "Cancel", 0, options.frame_count, parent)
    dialog.setWindowTitle("Export animation")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progress(i: int, n: int) -> None:
        dialog.setMaximum(n)
        dialog.setValue(i)
        dialog.setLabelText(f"Rendering frame {i} of {n}…")
        QApplication.processEvents()

    try:
        return export_animation(result, gif=gif, mp4=mp4, options=options, progress=progress,
                                cancelled=dialog.wasCanceled)
    except AnimationCancelled:
        return None
    finally:
        dialog.close()
        dialog.deleteLater()
