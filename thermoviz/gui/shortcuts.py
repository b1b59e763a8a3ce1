"""Help ▸ Keyboard shortcuts: every menu shortcut of the window, read from its actions."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtGui import QAction, QKeySequence

#: Keys of the controls themselves (not menu actions).
CONTROL_KEYS = (
    ("Tab / Shift+Tab", "move between the controls"),
    ("← → ↑ ↓ on the hole slider", "hole diameter ≈ 6 % smaller/larger"),
    ("Page Up / Page Down on the hole slider", "hole diameter ≈ 80 % larger/smaller"),
    ("↑ ↓ in a number box", "one step (units in the tooltip)"),
    ("Space on a check box", "tick or untick (No leak, Never, Stays docked, Hatch open)"),
)


def _menu_actions(window) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in window.findChildren(QAction):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
        # Keyboard chords and function keys only (not media keys such as "Redo" or "Exit"),
        # at most two per action.
        keys = [k for k in keys if "+" in k or re.fullmatch(r"F\d+", k)][:2]
        text = action.text().replace("&", "").rstrip("…").strip()
        if not keys or not text or text in seen:
            continue
        seen.add(text)
        rows.append((" or ".join(keys), text))
    return sorted(rows, key=lambda row: row[1].lower())


def shortcuts_html(window) -> str:
    def table(rows):
        body = "".join(f"<tr><td style='padding-right:16px'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>"
                       for k, v in rows)
        return f"<table>{body}</table>"

    return ("<h3>Menu shortcuts</h3>" + table(_menu_actions(window))
            + "<h3>In the controls</h3>" + table(CONTROL_KEYS)
            + "<p>Time cursor: drag the grey line or click a plot.</p>")
