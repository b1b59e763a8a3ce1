"""View ▸ Crew band: the crew curve under both crew models and the physiological assumptions.

When switched on, :func:`thermoviz.analysis.crew_band.crew_band` runs for the session's scenario
in the worker process (ten coupled runs: PHS and JOS-3, acclimatised, 1.0/1.4 met, air speed,
clothing), shades their envelope behind the crew curve and says, under the verdict, which curve is
central and why.  It behaves like View ▸ Uncertainty (:class:`~.uncertainty_view.Uncertainty`):
every edit removes the band at once and starts a new run; the two share the figure's one band.
"""

from __future__ import annotations

from thermoviz.model.language import QT_TRANSLATE_NOOP, translate

from .uncertainty_view import Uncertainty


class CrewBandView(Uncertainty):
    """The crew-band switch of ``window``."""

    KIND = "crew_band"
    RUNNING = QT_TRANSLATE_NOOP("Window", "Crew band: running both crew models and the crew assumptions…")
    NOT_AVAILABLE = QT_TRANSLATE_NOOP("Window", "Crew band not available: {message}")
    TOOLTIP = QT_TRANSLATE_NOOP("Window", "The crew curve under both crew models (PHS, JOS-3) and the spread of the "
                                "physiological assumptions: acclimatised or not, 1.0-1.4 met, air speed, clothing "
                                "(View ▸ Crew band)")

    def job(self, scenario):
        from functools import partial

        from thermoviz.analysis.jobs import crew_band_job

        return partial(crew_band_job, scenario)

    def words(self, result) -> str:
        return translate("Window", "<b>Crew band:</b> ") + f"{result.summary()} {result.why_central_text}."

    def _arrived(self, job: int, answer) -> None:
        if self.runner.is_current(job) and answer[1] is None:  # nobody rides: nothing to shade
            self.runner.done(job)
            self._show(None)
            self.label.setText(translate("Window", "Crew band: no crew rides in this scenario."))
            self.label.show()
            return
        super()._arrived(job, answer)
