"""What the public record allows for the leak's discharge coefficient Cd (controls, notes, PDF).

The MS-22 record is two inequalities (still spraying at 3 h; more than half gone by
17.75 h); :func:`thermoviz.model.calibration.cd_range` turns them into a Cd interval,
widened over the plausible ranges of the loop's other estimated leak parameters
(:func:`leak_parameter_spans`).  The nominal value is fitted to
"majority gone by 17.75 h" read as three quarters lost (see the calibration table).
"""

from __future__ import annotations

from functools import lru_cache

from thermoviz.model.calibration import MS22_MAJORITY_T_H, cd_range, leak_spans
from thermoviz.model.language import number, translate
from thermoviz.model.loop.coolant import COOLANTS

from .vehicles import get_vehicle, provenance


def leak_parameter_spans(vehicle_id: str, loop_id: str) -> dict[str, tuple[float, float]]:
    """Ranges of the estimated leak parameters of one loop, for ``calibration.cd_range(..., spans=)``."""
    return leak_spans({key: p.range for key, p in provenance(vehicle_id).items()}, loop_id)


@lru_cache(maxsize=32)
def record_cd_range(vehicle_id: str, loop_id: str, coolant_id: str = "") -> tuple[float, float] | None:
    """(lo, hi) Cd the MS-22 record allows for this loop (None: unknown vehicle/loop/coolant)."""
    try:
        vehicle = get_vehicle(vehicle_id)
        loop = vehicle.loop(loop_id)
        coolant = COOLANTS[coolant_id or vehicle.default_coolant]
        return cd_range(loop, coolant, spans=leak_parameter_spans(vehicle_id, loop_id) or None)
    except Exception:  # noqa: BLE001 - a note is optional; an odd user vehicle must not break the controls
        return None


def cd_note(vehicle_id: str, loop_id: str, coolant_id: str = "") -> str:
    """One line for beside the Cd control, e.g. "record allows 0.075–1; calibrated 0.12 (fit to …)"."""
    rng = record_cd_range(vehicle_id, loop_id, coolant_id or "")
    try:
        calibrated = get_vehicle(vehicle_id).loop(loop_id).calibrated_discharge_coefficient
    except Exception:  # noqa: BLE001
        calibrated = None
    parts = []
    if rng is not None and rng[0] <= rng[1]:
        parts.append(translate("Controls", "record allows {low}–{high}").format(low=number(f"{rng[0]:.2g}"),
                                                                                 high=number(f"{rng[1]:.2g}")))
    if calibrated is not None:
        parts.append(translate("Controls", "calibrated {cd} (fit to 'majority gone by {hours} h')").format(
            cd=number(f"{calibrated:.2g}"), hours=number(f"{MS22_MAJORITY_T_H:g}")))
    return "; ".join(parts)
