"""Every menu command of the window in one table (as napari's ``_qapp_model`` action tables).

One :class:`ActionSpec` row per command: id, title, shortcuts, what it does and when it
is enabled.  The menu bar (:data:`MENUS`), the plot context menus (:data:`PLOT_ACTIONS`)
and Help ▸ Keyboard shortcuts (:func:`shortcut_rows`) are all built from these rows.
Callbacks receive the window; ``enabled_when`` receives its :class:`~thermoviz.gui.window.session.SessionModel`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from thermoviz.figure.time_axis import MODES as TIME_AXIS_MODES
from thermoviz.model.language import QT_TRANSLATE_NOOP, translate

from ..file_filters import PDF_FILTER
from ..map.map_exports import export_map
from ..plots.cursor_keys import CURSOR_KEY_ROWS
from .session import SessionModel
from ..plots.view_options import ZOOM_FACTOR, return_window

Key = str | QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    id: str
    title: str
    callback: Callable[..., object]
    shortcuts: tuple[Key, ...] = ()
    enabled_when: Callable[[SessionModel], bool] | None = None
    tooltip: str = ""
    checkable: bool = False
    # Values for the {placeholders} of the title, filled in after it is translated.
    args: tuple[tuple[str, object], ...] = ()


def _has_result(session: SessionModel) -> bool:
    return session.has_result


def _can_save(session: SessionModel) -> bool:
    """A scenario that cannot be computed is not saved (thermoviz would refuse to open the file)."""
    return session.scenario is not None and session.result_state != "error"


def _png(scale: int):
    return lambda w, plot=None: w.file_actions.export_png(scale=scale, plot=plot)


def _edit_vehicle(w):
    from ..vehicle.vehicle_editor import edit_vehicle

    return edit_vehicle(w)


def _map_export(kind: str):
    def export(w):
        return export_map(w, kind)
    return export


def _handout(w):
    """File ▸ Export ▸ Handout: one A4 page for a class (title, plain verdict, figure, key numbers, questions)."""
    from thermoviz.export.handout import write_handout

    return w.file_actions._export("handout", "Export handout (one A4 page)", ".pdf", PDF_FILTER,
                                  lambda r, p, v: write_handout(r, p, view=v))


def _svg(w, plot=None):
    return w.file_actions.export_svg(plot=plot)


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("open", QT_TRANSLATE_NOOP("Actions", "&Open scenario…"), lambda w: w.file_actions.open_dialog(), (QKeySequence.StandardKey.Open,)),
    ActionSpec("save", QT_TRANSLATE_NOOP("Actions", "&Save scenario"), lambda w: w.file_actions.save(), (QKeySequence.StandardKey.Save,),
               _can_save),
    ActionSpec("save_as", QT_TRANSLATE_NOOP("Actions", "Save scenario &as…"), lambda w: w.file_actions.save_as(), ("Ctrl+Shift+S",), _can_save),
    *(ActionSpec(f"png{scale}", QT_TRANSLATE_NOOP("Actions", "Dashboard as PNG {scale}×…"), _png(scale), (), _has_result,
                 args=(("scale", scale),)) for scale in (1, 2, 4)),
    ActionSpec("svg", QT_TRANSLATE_NOOP("Actions", "Dashboard as SVG (vector)…"), _svg, (), _has_result),
    ActionSpec("csv", QT_TRANSLATE_NOOP("Actions", "Data as CSV…"), lambda w: w.file_actions.export_csv(), (), _has_result),
    ActionSpec("pdf", QT_TRANSLATE_NOOP("Actions", "PDF report…"), lambda w: w.file_actions.export_pdf(), ("Ctrl+E",), _has_result),
    ActionSpec("handout", QT_TRANSLATE_NOOP("Actions", "Handout for a class (one A4 page)…"), _handout, (), _has_result),
    ActionSpec("copy_figure", QT_TRANSLATE_NOOP("Actions", "&Copy figure"), lambda w: w.file_actions.copy_figure(), ("Ctrl+Shift+C",),
               _has_result),
    # Ctrl+Q everywhere (some platform themes bind Quit only to a media "Exit" key).
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), lambda w: w.close(), ("Ctrl+Q", QKeySequence.StandardKey.Quit)),
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), lambda w: w.history.stack.undo(), (QKeySequence.StandardKey.Undo,)),
    # Both redo conventions first, whatever the platform's default, then the platform's own.
    ActionSpec("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), lambda w: w.history.stack.redo(),
               ("Ctrl+Shift+Z", "Ctrl+Y", QKeySequence.StandardKey.Redo)),
    ActionSpec("reset_zoom", QT_TRANSLATE_NOOP("Actions", "&Reset zoom"), lambda w: w.reset_zoom(), ("Ctrl+0",)),
    ActionSpec("pin", QT_TRANSLATE_NOOP("Actions", "&Pin as reference (compare)"), lambda w: w.pin_reference(), ("Ctrl+R",), _has_result,
               QT_TRANSLATE_NOOP("Actions", "Keep the current curves, faded, while you change the scenario or load "
                                 "another preset: e.g. pin the nominal MS-23 return, then load MS-22.")),
    ActionSpec("clear_reference", QT_TRANSLATE_NOOP("Actions", "&Clear reference"), lambda w: w.session.clear_reference(), (),
               lambda s: s.reference is not None),
    ActionSpec("presentation", QT_TRANSLATE_NOOP("Actions", "&Presentation mode (full screen, plots only)"),
               lambda w, on: w.set_presentation_mode(on), ("F11",), None,
               QT_TRANSLATE_NOOP("Actions", "For a projector: full screen, controls and status bar hidden. F11 or Esc returns."),
               checkable=True),
    # View ▸ Time axis, reported timeline, time window (thermoviz.gui.plots.view_options).
    *(ActionSpec(f"time_axis_{mode}", title, lambda w, on, m=mode: on and w.view_options.set_time_axis(m),
                 (), None, QT_TRANSLATE_NOOP("Actions", "Dates need the scenario's start time (historic presets have one)."),
                 checkable=True)
      for mode, title in TIME_AXIS_MODES.items()),
    ActionSpec("timeline", QT_TRANSLATE_NOOP("Actions", "Reported &timeline markers"), lambda w, on: w.view_options.set_timeline_shown(on),
               (), None, QT_TRANSLATE_NOOP("Actions", "Grey diamonds along the top: what was reported to have happened, with sources."),
               checkable=True),
    ActionSpec("zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom &in (time)"), lambda w: w.view_options.zoom(ZOOM_FACTOR), ("Ctrl++", "Ctrl+="),
               _has_result),
    ActionSpec("zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom &out (time)"), lambda w: w.view_options.zoom(1 / ZOOM_FACTOR), ("Ctrl+-",),
               _has_result),
    ActionSpec("fit_return", QT_TRANSLATE_NOOP("Actions", "&Fit to return flight"), lambda w: w.view_options.fit_return_flight(), ("Ctrl+L",),
               lambda s: return_window(s.result) is not None,
               QT_TRANSLATE_NOOP("Actions", "Show undocking − 0.5 h to landing + 0.5 h (exports show the same window).")),
    ActionSpec("timeline_help", QT_TRANSLATE_NOOP("Actions", "Reported &timeline…"), lambda w: w.view_options.timeline_dialog()),
    ActionSpec("sources_help", QT_TRANSLATE_NOOP("Actions", "&Sources…"), lambda w: w.show_sources(), (), None,
               QT_TRANSLATE_NOOP("Actions", "Where every fact comes from, with its confidence: the page lessons and "
                                 "presets cite as \"Sources §1.1\" (readable offline)")),
    ActionSpec("grades_help", QT_TRANSLATE_NOOP("Actions", "Crew &grades…"), lambda w: w.show_grades(), (), None,
               QT_TRANSLATE_NOOP("Actions", "The four crew grades (stop work 38 °C, not acceptable 39 °C, not survivable "
                                 "40 °C or wet-bulb 35 °C) and why these lines, for a teacher")),
    ActionSpec("whats_this", QT_TRANSLATE_NOOP("Actions", "&Explain: click any part of the window"), lambda w: w.explain.enter_whats_this(),
               (QKeySequence.StandardKey.WhatsThis,), None,
               QT_TRANSLATE_NOOP("Actions", "Then click any curve, legend entry, axis, limit line, event or the verdict for "
                                 "its explanation.")),
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), lambda w: w.show_shortcuts(),
               (QKeySequence.StandardKey.HelpContents,)),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About thermoviz"), lambda w: w.show_about()),
    *(ActionSpec(f"slide{h}", QT_TRANSLATE_NOOP("Actions", "Slide 16:9 ({width}×{height})…"),
                 lambda w, size=(w_, h): _slide(w, size), (), _has_result,
                 QT_TRANSLATE_NOOP("Actions", "Title, verdict, the shown plots and a legend under them, type sized for a "
                                   "projector"), args=(("width", w_), ("height", h)))
      for w_, h in ((1920, 1080), (3840, 2160))),
    ActionSpec("animation", QT_TRANSLATE_NOOP("Actions", "&Animation (GIF/MP4)…"), lambda w: _animation(w), (), _has_result,
               QT_TRANSLATE_NOOP("Actions", "The loop schematic played over the run, as an animated GIF or MP4 video for "
                                 "slides.")),
    ActionSpec("figure_contents", QT_TRANSLATE_NOOP("Actions", "Figure &contents…"), lambda w: _figure_contents(w), (), None,
               QT_TRANSLATE_NOOP("Actions", "Choose the plots, curves and limit lines the figure and every export show")),
    *(ActionSpec(f"map_{kind}", QT_TRANSLATE_NOOP("Actions", "Map as {kind}…"), _map_export(kind), (), None, what,
                 args=(("kind", kind.upper()),))
      for kind, what in (("png", QT_TRANSLATE_NOOP("Actions", "The crew-grade map of the Map tab (image, 1600×1000)")),
                         ("svg", QT_TRANSLATE_NOOP("Actions", "The crew-grade map of the Map tab (vector)")),
                         ("csv", QT_TRANSLATE_NOOP("Actions", "The crew-grade map of the Map tab (one row per cell)")))),
    ActionSpec("show_map", QT_TRANSLATE_NOOP("Actions", "Crew-grade &map"), lambda w: w.tabs.setCurrentWidget(w.map_view), ("Ctrl+M",),
               None, QT_TRANSLATE_NOOP("Actions", "Which inputs keep the crew below a grade, as a map of the current "
                                       "scenario (a tab beside the time plots)")),
    ActionSpec("uncertainty", QT_TRANSLATE_NOOP("Actions", "&Uncertainty (5–95 % bands)"), lambda w, on: w.uncertainty.set_on(on), ("Ctrl+U",),
               None, QT_TRANSLATE_NOOP("Actions", "Run the scenario over plausible values of the vehicle's estimated "
                                       "parameters: bands behind the cabin, equipment and crew curves, and how robust "
                                       "the verdict is"), checkable=True),
    ActionSpec("crew_band", QT_TRANSLATE_NOOP("Actions", "C&rew band (both crew models)"), lambda w, on: w.crew_band.set_on(on), ("Ctrl+B",),
               None, QT_TRANSLATE_NOOP("Actions", "Run the crew under both crew models (PHS, JOS-3) and the spread of the "
                                       "physiological assumptions: a band behind the crew curve, the central curve "
                                       "named"), checkable=True),
    ActionSpec("show_plots", QT_TRANSLATE_NOOP("Actions", "&Time plots"), lambda w: w.tabs.setCurrentWidget(w.dashboard), ("Ctrl+T",)),
    ActionSpec("edit_vehicle", QT_TRANSLATE_NOOP("Actions", "&Edit vehicle…"), lambda w: _edit_vehicle(w), (), None,
               QT_TRANSLATE_NOOP("Actions", "Copy a vehicle, change any of its parameters and save it as your own vehicle.")),
)


def _animation(window):
    from ..schematic.schematic_dock import export_animation_dialog

    return export_animation_dialog(window)


def _slide(window, size):
    from .slide_actions import export_slide

    return export_slide(window, size)


def _figure_contents(window):
    from ..plots.figure_contents import edit_figure_contents

    return edit_figure_contents(window)

#: The menu bar: ids of :data:`ACTIONS`, "-" = separator, "@name" = a menu or action the
#: window provides itself (recent files, the dock toggle, interface size), (title, items) = submenu.
MENUS: tuple[tuple[str, tuple], ...] = (
    (QT_TRANSLATE_NOOP("Menus", "&File"), ("open", "@recent", "-", "save", "save_as", "-",
               (QT_TRANSLATE_NOOP("Menus", "&Export"), ("png1", "png2", "png4", "svg", "csv", "-", "pdf", "handout", "-", "slide1080", "slide2160",
                            "-", "animation", "-", "map_png", "map_svg", "map_csv")),
               "copy_figure", "-", "quit")),
    (QT_TRANSLATE_NOOP("Menus", "&Edit"), ("undo", "redo")),
    (QT_TRANSLATE_NOOP("Menus", "&View"), ("show_plots", "show_map", "-", "reset_zoom", "zoom_in", "zoom_out", "fit_return", "figure_contents",
               "@controls", "@schematic", "-",
               (QT_TRANSLATE_NOOP("Menus", "Time &axis"), tuple(f"time_axis_{mode}" for mode in TIME_AXIS_MODES)), "timeline", "-",
               "pin", "clear_reference", "uncertainty", "crew_band", "-", "presentation", "@ui_scale", "@display")),
    (QT_TRANSLATE_NOOP("Menus", "Vehi&cle"), ("edit_vehicle",)),
    (QT_TRANSLATE_NOOP("Menus", "&Help"), ("@lessons", "-", "whats_this", "grades_help", "timeline_help", "sources_help", "-", "shortcuts", "about")),
)

#: Right-click menu of each plot: (id, title, callback(window, plot_key)).
PLOT_ACTIONS: tuple[ActionSpec, ...] = (
    *(ActionSpec(f"plot_png{scale}", QT_TRANSLATE_NOOP("Actions", "Export this plot as PNG {scale}×…"), _png(scale), (),
                 _has_result, args=(("scale", scale),)) for scale in (1, 2, 4)),
    ActionSpec("plot_svg", QT_TRANSLATE_NOOP("Actions", "Export this plot as SVG…"), _svg, (), _has_result),
)

#: Keys of the controls themselves (not menu actions), for the shortcuts box.
CONTROL_KEYS = (
    (QT_TRANSLATE_NOOP("Shortcuts", "Tab / Shift+Tab"),
     QT_TRANSLATE_NOOP("Shortcuts", "move between the controls")),
    (QT_TRANSLATE_NOOP("Shortcuts", "← → ↑ ↓ on the hole slider"),
     QT_TRANSLATE_NOOP("Shortcuts", "hole diameter ≈ 6 % smaller/larger")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Page Up / Page Down on the hole slider"),
     QT_TRANSLATE_NOOP("Shortcuts", "hole diameter ≈ 80 % larger/smaller")),
    (QT_TRANSLATE_NOOP("Shortcuts", "↑ ↓ in a number box"),
     QT_TRANSLATE_NOOP("Shortcuts", "one step (units in the tooltip)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Space on a check box"),
     QT_TRANSLATE_NOOP("Shortcuts", "tick or untick (No leak, Never, Stays docked, Hatch open)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "→ ← (Page Down / Up) in a lesson"),
     QT_TRANSLATE_NOOP("Shortcuts", "next / previous step")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Space in a lesson"),
     QT_TRANSLATE_NOOP("Shortcuts", "reveal the answer, then the next step")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Comma or point in a number box"),
     QT_TRANSLATE_NOOP("Shortcuts", "both are decimal separators: 0,5 = 0.5")),
    *CURSOR_KEY_ROWS,
)


def key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    """The spec's shortcuts as key sequences, platform bindings expanded, without repeats."""
    keys: list[QKeySequence] = []
    for key in spec.shortcuts:
        found = QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]
        keys += [k for k in found if not k.isEmpty() and k not in keys]
    return keys


def make_action(spec: ActionSpec, window, plot: str | None = None) -> QAction:
    """A QAction for ``spec`` (parented to the window) calling its callback with the window."""
    action = QAction(translate("Actions", spec.title).format(**dict(spec.args)) if spec.args
                     else translate("Actions", spec.title), window)
    action.setObjectName(spec.id)
    if spec.shortcuts:
        action.setShortcuts(key_sequences(spec))
    if spec.tooltip:
        action.setToolTip(translate("Actions", spec.tooltip))
    if spec.checkable:
        action.setCheckable(True)
        action.toggled.connect(lambda on: spec.callback(window, on))
    elif plot is not None:
        action.triggered.connect(lambda _checked=False: spec.callback(window, plot))
    else:
        action.triggered.connect(lambda _checked=False: spec.callback(window))
    return action


def build_menus(window, extras: dict[str, object]) -> dict[str, QAction]:
    """Fill ``window.menuBar()`` from :data:`MENUS`; returns the actions by id.

    ``extras`` maps each "@name" to a QMenu or QAction the window provides.
    """
    by_id = {spec.id: spec for spec in ACTIONS}
    actions = {spec.id: make_action(spec, window) for spec in ACTIONS}

    def fill(menu, items) -> None:
        for item in items:
            if item == "-":
                menu.addSeparator()
            elif isinstance(item, tuple):
                fill(menu.addMenu(translate("Menus", item[0])), item[1])
            elif item.startswith("@"):
                extra = extras[item[1:]]
                for one in (extra if isinstance(extra, (list, tuple)) else [extra]):  # a list: several rows
                    (menu.addMenu if isinstance(one, QMenu) else menu.addAction)(one)
            else:
                menu.addAction(actions[item])

    for title, items in MENUS:
        fill(window.menuBar().addMenu(translate("Menus", title)), items)
    actions["quit"].setMenuRole(QAction.MenuRole.QuitRole)

    def refresh() -> None:
        for action_id, action in actions.items():
            when = by_id[action_id].enabled_when
            if when is not None:
                action.setEnabled(bool(when(window.session)))

    for event in ("scenario", "result", "reference"):
        window.session.subscribe(event, refresh)
    refresh()
    return actions


#: The joiner of two shortcuts of one command, marked for translation.
OR_WORD = QT_TRANSLATE_NOOP("Shortcuts", " or ")


def shortcut_rows(actions: dict[str, QAction]) -> list[tuple[str, str]]:
    """(keys, what) of every table action with a chord or function-key shortcut (two at most)."""
    rows = []
    for spec in ACTIONS:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in key_sequences(spec)]
        # Chords and function keys only (not media keys such as "Redo" or "Exit").
        keys = [k for k in keys if "+" in k or re.fullmatch(r"F\d+", k)][:2]
        if keys:
            rows.append((translate("Shortcuts", " or ").join(keys), actions[spec.id].text().replace("&", "").rstrip("…").strip()))
    return sorted(rows, key=lambda row: row[1].lower())
