"""Help ▸ Keyboard shortcuts: every shortcut of the action table, and the controls' own keys."""

from __future__ import annotations

from html import escape

from thermoviz.model.language import translate

from .actions import CONTROL_KEYS, shortcut_rows


def shortcuts_html(window) -> str:
    def table(rows):
        body = "".join(f"<tr><td style='padding-right:16px'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>"
                       for k, v in rows)
        return f"<table>{body}</table>"

    controls = [(translate("Shortcuts", keys), translate("Shortcuts", what)) for keys, what in CONTROL_KEYS]
    return ("<h3>" + translate("Shortcuts", "Menu shortcuts") + "</h3>" + table(shortcut_rows(window.actions))
            + "<h3>" + translate("Shortcuts", "In the controls") + "</h3>" + table(controls)
            + "<p>" + translate("Shortcuts", "Time cursor: drag the grey line or click a plot.") + "</p>")
