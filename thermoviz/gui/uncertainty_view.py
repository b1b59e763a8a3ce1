"""View ▸ Uncertainty: 5–95 % bands of plausible vehicles behind the curves, and how robust the verdict is.

When switched on, :func:`thermoviz.uncertainty_band` runs for the session's scenario in
a worker (:data:`SAMPLES` seeded samples of the vehicle's estimated parameters).
Every edit removes the bands and the robustness sentence at once, so a band of
another scenario is never drawn, and starts a new run :data:`DELAY_MS` later.  The
bands go through the figure (:class:`~thermoviz.figure.uncertainty_bands.UncertaintyBands`),
so the exports and the PDF report carry them too.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from superqt.utils import qdebounced

from .analysis_worker import AnalysisRunner

#: Sampled vehicles per band (the engine's benchmark: 200 in about a second).
SAMPLES = 200
DELAY_MS = 400


class Uncertainty:
    """The uncertainty switch of ``window``: runs, draws and words the bands."""

    def __init__(self, window):
        self.main = window
        self.on = False
        self.result = None
        self.message = ""
        self.runner = AnalysisRunner(window, "band")
        self.runner.signals.finished.connect(self._arrived)
        self.runner.signals.failed.connect(self._failed)
        self.runner.signals.progress.connect(self._progress)
        self._later = qdebounced(self.compute, timeout=DELAY_MS, parent=window)
        self.label = QLabel()
        self.label.setObjectName("uncertaintySentence")
        self.label.setWordWrap(True)
        self.label.setToolTip("Robustness of the verdict: the scenario run over plausible values of every "
                              "vehicle parameter that is an estimate (View ▸ Uncertainty)")
        self.label.hide()
        window.session.subscribe("scenario", self.scenario_changed)

    def set_on(self, on: bool) -> None:
        self.on = bool(on)
        if self.on:
            self.compute()
        else:
            self._later.cancel()
            self.runner.cancel()
            self._show(None)

    def scenario_changed(self) -> None:
        if not self.on:
            return
        self._show(None)  # never a band of another scenario
        self.runner.cancel()
        self._later()

    def compute(self) -> None:
        from functools import partial

        from thermoviz.analysis.jobs import band_job

        scenario = self.main.session.scenario
        if not self.on or scenario is None:
            return
        self._show(None)
        self.label.setText("Uncertainty: running plausible vehicles…")
        self.label.show()
        self.runner.submit(partial(band_job, scenario, SAMPLES), scenario.vehicle)

    @property
    def running(self) -> bool:
        return self.runner.running

    def _progress(self, job: int, fraction: float) -> None:
        if self.runner.is_current(job):
            self.label.setText(f"Uncertainty: running plausible vehicles… {fraction:.0%}")

    def _arrived(self, job: int, answer) -> None:
        if not self.runner.is_current(job):
            return
        self.runner.done(job)
        scenario, result = answer
        if scenario != self.main.session.scenario or not self.on:
            return
        self._show(result)

    def _failed(self, job: int, message: str) -> None:
        if self.runner.is_current(job):  # a cancelled job's late failure changes nothing
            self.runner.done(job)
            self._show(None)
            self.label.setText(f"Uncertainty not available: {message}")
            self.label.show()

    def _show(self, result) -> None:
        self.result = result
        self.main.dashboard.set_uncertainty(result)
        if result is None:
            self.label.setText("")
            self.label.hide()
            return
        odds = getattr(result, "grades_sentence", "")  # the decision's odds: share of vehicles per crew count
        self.label.setText(f"<b>Uncertainty:</b> {result.sentence}." + (f" {odds}." if odds else ""))
        self.label.show()
