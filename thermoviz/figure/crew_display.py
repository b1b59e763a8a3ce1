"""How the crew core temperature is drawn honestly (Qt-free).

The crew model (ISO 7933 PHS) is an occupational model fitted to people working
in heat well below heat-stroke core temperatures.  Where its inputs leave the
validated range (``Result.outside_validity["crew_core_temp_c"]``) its output is
an extrapolation, and beyond ``CORE_DISPLAY_CAP_C`` it means nothing physical.
So every figure (window, exports, slides, the PDF) draws the core in two parts:

* **trusted**: the samples inside the validity range, a solid line;
* **beyond the model**: the extrapolated samples, a dotted line, clipped at the
  cap; where the clip bites, a label says "beyond the model".

The two parts share their boundary samples so the line stays continuous.  The
raw series in the Result is never changed (``--json`` and the CSV carry it).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from thermoviz.model.limits import CORE_DISPLAY_CAP_C, CORE_DISPLAY_CAP_LABEL

#: Text shown where the drawn core is capped.
CAP_LABEL = CORE_DISPLAY_CAP_LABEL


@dataclass(frozen=True)
class CrewCoreDisplay:
    """The crew core split for drawing (arrays the length of ``time_h``; NaN = not drawn).

    Attributes
    ----------
    trusted_c : ndarray
        Core [°C] where the model is inside its validity range.
    beyond_c : ndarray
        Core [°C] where it extrapolates, never above ``CORE_DISPLAY_CAP_C``.
    capped_from_h, capped_to_h : float or None
        First and last time [h] the drawn core is held at the cap (None: never capped).
    """

    trusted_c: np.ndarray
    beyond_c: np.ndarray
    capped_from_h: float | None
    capped_to_h: float | None = None

    @property
    def drawn_max_c(self) -> float | None:
        """Highest drawn value [°C] (None: nothing finite to draw)."""
        both = np.concatenate([self.trusted_c, self.beyond_c])
        both = both[np.isfinite(both)]
        return float(both.max()) if both.size else None


def split_crew_core(time_h, core_c, outside=None, cap_c: float = CORE_DISPLAY_CAP_C) -> CrewCoreDisplay:
    """Split a crew core series into its trusted and its extrapolated, capped parts.

    Parameters
    ----------
    time_h : array_like
        Sample times [h].
    core_c : array_like
        Crew core temperature [°C] (NaN where not computed or nobody aboard).
    outside : array_like of bool, optional
        True where the crew model is outside its validity range (None: nowhere).
    cap_c : float
        Highest value drawn [°C].

    Returns
    -------
    CrewCoreDisplay
    """
    t = np.asarray(time_h, dtype=float)
    core = np.asarray(core_c, dtype=float)
    if outside is None or len(outside) != len(core):
        mask = np.zeros(core.shape, dtype=bool)
    else:
        mask = np.asarray(outside, dtype=bool)
    # Anything above the cap is beyond the model even if the validity mask missed it.
    mask = mask | (np.isfinite(core) & (core > cap_c))
    trusted = np.where(mask, np.nan, core)
    # The dotted part also takes its neighbouring trusted samples, so the line joins.
    grow = mask.copy()
    grow[1:] |= mask[:-1]
    grow[:-1] |= mask[1:]
    beyond = np.where(grow, np.minimum(core, cap_c), np.nan)
    capped = np.flatnonzero(np.isfinite(core) & (core > cap_c))
    if not capped.size:
        return CrewCoreDisplay(trusted, beyond, None, None)
    return CrewCoreDisplay(trusted, beyond, float(t[capped[0]]), float(t[capped[-1]]))
