"""View ▸ *Figure contents…*: which plots, curves and limit lines the figure shows.

Check lists built from the figure spec (one box per plot, per curve and per limit
line).  The choice is part of the dashboard's :class:`~thermoviz.figure.view.FigureView`,
so PNG, SVG, PDF, clipboard and slide exports show exactly what the window shows
(e.g. "cabin air only": untick Wet-bulb, Rel. humidity and the RH band).
"""

from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QGridLayout, QGroupBox, QLabel, QVBoxLayout)

from thermoviz.figure import spec as S
from thermoviz.figure.view import FigureView


class FigureContentsDialog(QDialog):
    """Check lists of plots, curves and limits; :meth:`chosen_view` is the result."""

    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle("Figure contents")
        self.window_ = window
        view = window.dashboard.view_state()
        self.base = view
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("What the plots and every export show (PNG, SVG, PDF, slide):"))
        grid = QGridLayout()
        self.plot_boxes: dict[str, QCheckBox] = {}
        self.series_boxes: dict[str, QCheckBox] = {}
        self.limit_boxes: dict[str, QCheckBox] = {}
        for col, plot in enumerate(S.PLOTS):
            group = QGroupBox()
            box = QVBoxLayout(group)
            self.plot_boxes[plot.key] = check = QCheckBox(f"{plot.key.capitalize()} plot")
            check.setToolTip(plot.caption)
            check.setChecked(plot.key in view.plots)
            check.setStyleSheet("font-weight: bold;")
            box.addWidget(check)
            for series in S.series_of(plot.key):
                self.series_boxes[series.key] = sub = QCheckBox(series.legend)
                sub.setChecked(series.key not in view.hidden_series)
                box.addWidget(sub)
            seen = set()
            for limit in plot.limits:
                key = limit.limit.key
                if key in seen or not limit.legend:
                    continue
                seen.add(key)
                self.limit_boxes[key] = sub = QCheckBox(limit.text)
                sub.setChecked(key not in view.hidden_limits)
                box.addWidget(sub)
            box.addStretch(1)
            for child in group.findChildren(QCheckBox):
                if child is not check:
                    check.toggled.connect(child.setEnabled)
                    child.setEnabled(check.isChecked())
            grid.addWidget(group, 0, col)
        layout.addLayout(grid)
        self.problem = QLabel("")
        self.problem.setStyleSheet("color: #B34700;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.show_everything)
        layout.addWidget(buttons)

    def show_everything(self) -> None:
        for check in [*self.plot_boxes.values(), *self.series_boxes.values(), *self.limit_boxes.values()]:
            check.setChecked(True)

    def chosen_view(self) -> FigureView:
        plots = tuple(k for k, c in self.plot_boxes.items() if c.isChecked())
        hidden_series = frozenset(k for k, c in self.series_boxes.items() if not c.isChecked())
        hidden_limits = frozenset(k for k, c in self.limit_boxes.items() if not c.isChecked())
        base = self.base
        return FigureView(plots, base.x_range_h, base.reference, base.reference_label, hidden_series,
                          hidden_limits, base.highlight)

    def accept(self) -> None:
        if not any(c.isChecked() for c in self.plot_boxes.values()):
            self.problem.setText("Tick at least one plot.")
            return
        self.window_.dashboard.apply_view(self.chosen_view())
        super().accept()


def edit_figure_contents(window) -> FigureContentsDialog:
    """Open the dialog (window-modal; applies on OK)."""
    dialog = FigureContentsDialog(window)
    dialog.open()
    return dialog
