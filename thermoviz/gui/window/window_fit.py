"""The first window fits the screen it opens on, and start-up notes are shown once.

A fixed 1600×1000 window cut off the verdict, legends and readout on a 1366×768
laptop or a 1024×768 projector until maximised.  :func:`fit_to_screen` sizes the
window to :data:`SCREEN_SHARE` of the screen's *available* geometry (without task
bars), never larger than the preferred size.  :func:`show_start_notes` shows what
the settings reader ignored (``settings.NOTES``) and which lesson and vehicle files
were left out (with their one-line reasons) in the status bar, once.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from thermoviz.io.lesson_catalogue import lesson_problems
from thermoviz.io.vehicle_file import user_vehicle_problems
from thermoviz.model.language import shown, translate

#: The preferred first size [px] on a large screen.
PREFERRED_SIZE_PX = (1600, 1000)
#: Share of the available screen the first window takes at most.
SCREEN_SHARE = 0.9


def first_size(available_w: int, available_h: int) -> tuple[int, int]:
    """Window size [px] for a screen whose available area is ``available_w`` × ``available_h``."""
    return (min(PREFERRED_SIZE_PX[0], round(SCREEN_SHARE * available_w)),
            min(PREFERRED_SIZE_PX[1], round(SCREEN_SHARE * available_h)))


def fit_to_screen(window) -> None:
    """Resize ``window`` to :func:`first_size` of its screen and centre it there."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(*PREFERRED_SIZE_PX)
        return
    area = screen.availableGeometry()
    width, height = first_size(area.width(), area.height())
    window.resize(width, height)
    window.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)


def left_out_files() -> list[str]:
    """One line per lesson or user vehicle file that did not load, with its reason."""
    return ([translate("StartNotes", "Lesson left out: {reason}").format(reason=reason)
             for reason in lesson_problems().values()]
            + [translate("StartNotes", "Vehicle left out: {reason}").format(reason=reason)
               for reason in user_vehicle_problems().values()])


def show_start_notes(window) -> None:
    """Tell the user once (status bar, details as tooltip): ignored settings, lesson and vehicle files left out."""
    from . import settings

    new = settings.NOTES[_shown_notes[0]:]
    _shown_notes[0] = len(settings.NOTES)
    if new:
        new = [shown(n) for n in new]  # the settings notes in the window's language
        new[0] = translate("StartNotes", "Ignored {count} unreadable remembered setting(s) and used defaults: "
                           "{first}").format(count=len(new), first=new[0])
    new += left_out_files()
    if not new:
        return
    text = new[0] + (translate("StartNotes", " (and {count} more: hover for all)").format(count=len(new) - 1)
                     if len(new) > 1 else "")
    window.statusBar().showMessage(text, 30000)
    window.statusBar().setToolTip("\n".join(new))
    window.start_notes = list(new)


#: How many of ``settings.NOTES`` were already shown in this process (each is shown once).
_shown_notes = [0]
