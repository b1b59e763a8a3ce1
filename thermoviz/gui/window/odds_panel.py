"""The Odds line beside the hole-size control: how likely a hole this big or bigger is.

"A hole this big or bigger: about 1 in N per 6-month mission (range …)", from
:func:`thermoviz.puncture_odds` (closed form, about a millisecond); the tooltip says what the
band is made of and where the full answer is (``thermoviz odds VEHICLE``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from thermoviz.api_odds import MISSION_DAYS, puncture_odds
from thermoviz.model.odds.words import count_text, local_number, one_in
from thermoviz.model.language import QT_TRANSLATE_NOOP, number, translate
from thermoviz.model.scenario import Scenario, ScenarioError

NO_AREA = QT_TRANSLATE_NOOP("Odds", "Odds: this vehicle has no radiator area in its file.")


def odds_line(vehicle_id: str, hole_mm: float, days: float = MISSION_DAYS) -> tuple[str, str]:
    """(the line, its tooltip) for a hole of ``hole_mm`` on ``vehicle_id``."""
    try:
        answer = puncture_odds(vehicle_id, days=days, min_hole_mm=hole_mm)
    except ScenarioError:
        return translate("Odds", NO_AREA), translate("Odds", "Add exposed_radiator_area_m2 to the vehicle file to "
                                                    "see the odds of a puncture.")
    p, n = answer.odds.probability, answer.odds.expected_count
    line = translate("Odds", "A hole this big or bigger: about {odds} per 6-month mission (range {low} to {high}).").format(
        odds=one_in(p.central), low=one_in(p.low), high=one_in(p.high))
    fleet = answer.three_leaks
    tip = translate("Odds", "Expected punctures of {vehicle}'s radiator ({area} m², estimate) making a hole of "
                    "{hole} mm or more in {days} days: {count} (range {low} to {high}); {share} from meteoroids, "
                    "the rest orbital debris.").format(
        vehicle=answer.vehicle_name, area=number(f"{answer.area.central:g}"), hole=number(f"{hole_mm:g}"),
        days=number(f"{days:g}"), count=local_number(count_text(n.central)), low=local_number(count_text(n.low)),
        high=local_number(count_text(n.high)), share=f"{answer.odds.meteoroid_share:.0%}")
    tip += "\n" + translate("Odds", "Models: Grün meteoroid flux (ECSS-E-ST-10-04C), NASA 91 debris model, "
                            "Cour-Palais ballistic limit of the radiator wall. Every input is an estimate with a "
                            "range; the band moves them together.")
    tip += "\n" + translate("Odds", "Three leaks at the station in eleven months: about {odds} (range {low} to "
                            "{high}).").format(odds=one_in(fleet.probability.central),
                                               low=one_in(fleet.probability.low), high=one_in(fleet.probability.high))
    tip += "\n" + translate("Odds", "Details: {command}").format(
        command=f"thermoviz odds {answer.vehicle_id} --min-hole {hole_mm:g}")
    return line, tip


class OddsLabel(QLabel):
    """One wrapping line under the hole control; :meth:`show_for` updates it (cached per vehicle and hole)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("oddsLine")
        self.setAccessibleName(translate("Odds", "Odds of a hole this big"))
        self.setWordWrap(True)
        self.setStyleSheet("color: #444444;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._key: tuple[str, float] | None = None

    def show_for(self, scenario: Scenario) -> None:
        key = (scenario.vehicle, float(scenario.hole_diameter_mm))
        if key == self._key:
            return
        self._key = key
        line, tip = odds_line(*key)
        self.setText(line)
        self.setToolTip(tip)
