"""Safe limits of the current scenario in words, under the map.

"Largest safe hole", "latest safe undock" and "most crew that survive", found by
:func:`thermoviz.find_limit` (bisection on the exact single-scenario path) in a worker.
A sentence is shown only for the scenario it was found for: an edit replaces the
sentences with "finding…" until the new ones arrive.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from thermoviz.analysis.fields import UNDOCK_AFTER_PUNCTURE
from thermoviz.model.scenario import Scenario, ScenarioError

from .analysis_worker import AnalysisRunner


def limit_fields(scenario: Scenario) -> tuple[str, ...]:
    """The searched fields: hole, undock (after the puncture when there is one), crew."""
    undock = UNDOCK_AFTER_PUNCTURE if scenario.puncture_time_h is not None else "undock_time_h"
    return ("hole_diameter_mm", undock, "crew")


def find_limits(scenario: Scenario, cancel=lambda: False) -> list[str]:
    """One sentence per searched field (a field that cannot be searched says why, in one line)."""
    from thermoviz import find_limit

    from thermoviz.analysis.evaluate import Cancelled

    if scenario.crew < 1:
        return ["Safe limits: nobody rides in this scenario (crew 0)."]
    if scenario.undock_time_h is None:
        return ["Safe limits: the vehicle never undocks here, so the crew never rides it home."]
    sentences = []
    for name in limit_fields(scenario):
        if cancel():
            raise Cancelled()
        try:
            sentences.append(find_limit(scenario, name).sentence + ".")
        except ScenarioError as err:
            sentences.append(f"{name}: {err}")
    return sentences


class LimitFinder(QLabel):
    """The sentences of :func:`find_limits` for the session's scenario."""

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.main = window
        self.setObjectName("limitFinder")
        self.setStyleSheet("font-size: 90%;")
        self.setWordWrap(True)
        self.setToolTip("Found by bisection on single simulations of the scenario as set, varying one input "
                        "at a time; the value given errs on the safe side.")
        self.sentences: list[str] = []
        self.scenario: Scenario | None = None
        self.runner = AnalysisRunner(self)
        self.runner.signals.finished.connect(self._arrived)
        self.runner.signals.failed.connect(self._failed)

    def wait_for_map(self) -> None:
        """The map of a new scenario is computing: the sentences follow it (unless already found)."""
        scenario = self.main.session.scenario
        if scenario is not None and scenario == self.scenario and self.sentences:
            return
        self.runner.cancel()
        self.sentences, self.scenario = [], None
        self.setText("Safe limits: found after the map…")

    def compute(self) -> None:
        scenario = self.main.session.scenario
        if scenario is None or scenario == self.scenario and self.sentences:
            return
        self.sentences, self.scenario = [], None
        self.setText("Safe limits: finding…")
        self.runner.submit(lambda progress, cancel, partial: (scenario, find_limits(scenario, cancel)))

    def _arrived(self, job: int, answer) -> None:
        if not self.runner.is_current(job):
            return
        self.runner.done(job)
        scenario, sentences = answer
        if scenario != self.main.session.scenario:
            return  # an edit arrived in between: its own search follows
        self.scenario, self.sentences = scenario, sentences
        self.setText("<b>Safe limits</b> (this scenario, one input varied at a time): " + " ".join(sentences))

    def _failed(self, job: int, message: str) -> None:
        if job == self.runner.job_id:
            self.runner.done(job)
            self.setText(f"Safe limits could not be found: {message}")
