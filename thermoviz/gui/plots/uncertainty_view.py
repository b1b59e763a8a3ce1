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

from thermoviz.model.language import QT_TRANSLATE_NOOP, translate

from ..analysis_worker import AnalysisRunner

#: Sampled vehicles per band (the engine's benchmark: 200 in about a second).
SAMPLES = 200
DELAY_MS = 400


class Uncertainty:
    """The uncertainty switch of ``window``: runs, draws and words the bands."""

    #: Worker name, what the label says while running, its tooltip (a subclass draws another band).
    KIND = "band"
    RUNNING = QT_TRANSLATE_NOOP("Window", "Uncertainty: running plausible vehicles…")
    NOT_AVAILABLE = QT_TRANSLATE_NOOP("Window", "Uncertainty not available: {message}")
    TOOLTIP = QT_TRANSLATE_NOOP("Window", "Robustness of the verdict: the scenario run over plausible values of "
                                "every vehicle parameter that is an estimate (View ▸ Uncertainty)")

    def __init__(self, window):
        self.main = window
        self.on = False
        self.result = None
        self.message = ""
        self.runner = AnalysisRunner(window, "band")  # one worker process for both band switches
        self.runner.signals.finished.connect(self._arrived)
        self.runner.signals.failed.connect(self._failed)
        self.runner.signals.progress.connect(self._progress)
        self._later = qdebounced(self.compute, timeout=DELAY_MS, parent=window)
        self.label = QLabel()
        self.label.setObjectName(f"{self.KIND}Sentence")
        self.label.setWordWrap(True)
        self.label.setToolTip(translate("Window", self.TOOLTIP))
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

    def job(self, scenario):
        """The work sent to the worker process for ``scenario``."""
        from functools import partial

        from thermoviz.analysis.jobs import band_job

        return partial(band_job, scenario, SAMPLES)

    def words(self, result) -> str:
        """The label under the verdict for an arrived ``result``."""
        odds = result.shown_grades_sentence()  # the decision's odds: share of vehicles per crew count
        return translate("Window", "<b>Uncertainty:</b> ") + f"{result.shown_sentence()}." + (f" {odds}." if odds else "")

    def compute(self) -> None:
        scenario = self.main.session.scenario
        if not self.on or scenario is None:
            return
        self._show(None)
        self.label.setText(translate("Window", self.RUNNING))
        self.label.show()
        self.runner.submit(self.job(scenario), scenario.vehicle)

    @property
    def running(self) -> bool:
        return self.runner.running

    def _progress(self, job: int, fraction: float) -> None:
        if self.runner.is_current(job):
            self.label.setText(f"{translate('Window', self.RUNNING)} {fraction:.0%}")

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
            self.label.setText(translate("Window", self.NOT_AVAILABLE).format(message=message))
            self.label.show()

    def _show(self, result) -> None:
        mine = self.result is not None and self.main.dashboard.uncertainty_bands.result is self.result
        self.result = result
        if result is not None or mine:  # one band slot: never clear another switch's band
            self.main.dashboard.set_uncertainty(result)
        if result is None:
            self.label.setText("")
            self.label.hide()
            return
        self.label.setText(self.words(result))
        self.label.show()
