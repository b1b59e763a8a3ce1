"""File ▸ Export ▸ *Slide 16:9*: the window's figure as a slide, with an editable title."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit

from thermoviz.model.language import translate

from ..file_filters import PNG_FILTER


def ask_title(window, default: str) -> str | None:
    """The slide title (prefilled with the scenario's title); None if cancelled."""
    text, ok = QInputDialog.getText(window, translate("Dialogs", "Slide title"),
                                    translate("Dialogs", "Title of the slide:"), QLineEdit.EchoMode.Normal, default)
    if not ok:
        return None
    return text.strip() or default


def export_slide(window, size: tuple[int, int]) -> bool:
    """Ask for a title and a path, then write the window's figure view as a 16:9 slide PNG."""
    from thermoviz.export.slide import export_slide as write_slide

    actions = window.file_actions
    result = actions._result_for_export()
    if result is None:
        return False
    scenario = window.session.scenario
    untitled = translate("Dialogs", "Untitled scenario")
    title = ask_title(window, (scenario.title if scenario is not None else "") or untitled)
    if title is None:
        return False
    slide_title = translate("Dialogs", "Export slide {w}×{h}").format(w=size[0], h=size[1])
    path = actions._ask_export_path(slide_title, ".png", PNG_FILTER,
                                    f"slide-{size[1]}p")
    if path is None:
        return False
    view = window.dashboard.view_state()
    return actions._run_export("Slide", path, lambda: write_slide(result, path, view, size=size, title=title))
