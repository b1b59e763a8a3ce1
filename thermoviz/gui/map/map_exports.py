"""File ▸ Export ▸ Map as PNG/SVG/CSV… and the Map tab's right-click menu, through the existing writers."""

from __future__ import annotations

from thermoviz.model.language import translate

from ..file_filters import CSV_FILTER, PNG_FILTER, SVG_FILTER


def export_map(window, kind: str) -> bool:
    """File ▸ Export ▸ Map as PNG/SVG/CSV…: the map as shown (only a complete map of the current scenario)."""
    from thermoviz.figure.map_plot import export_map_png, export_map_svg
    from thermoviz.io.atomic import atomic_write_text

    view, actions = window.map_view, window.file_actions
    if view.result is None or view.state != "current":
        actions.show_error(translate("Dialogs", "No map to export"),
                           translate("Dialogs", "Open the Map tab and let the map of this scenario finish first."))
        return False
    result = view.result
    filters = {"png": PNG_FILTER, "svg": SVG_FILTER, "csv": CSV_FILTER}
    path = actions._ask_export_path(translate("Dialogs", "Export map as {kind}").format(kind=kind.upper()), f".{kind}", filters[kind], "map")
    if path is None:
        return False
    writers = {"png": lambda: export_map_png(result, path), "svg": lambda: export_map_svg(result, path),
               "csv": lambda: atomic_write_text(path, result.to_csv_text())}
    return actions._run_export(translate("Dialogs", "Map {kind}").format(kind=kind.upper()), path, writers[kind])
