"""How likely a radiator puncture is: meteoroid and debris fluxes, the wall's ballistic limit, the odds.

Qt-free, closed forms only.  :func:`perforation_odds` answers one vehicle's question,
:func:`three_leaks_odds` the fleet's; ``thermoviz.puncture_odds`` (``thermoviz.api_odds``) reads
the vehicle's radiator area from its file and calls them.
"""

from .estimate import ESTIMATES, Band, Estimate, Odds, Orbit, at_least, perforation_odds
from .fleet import THREE_LEAKS_EXPOSURE, FleetOdds, record_odds, three_leaks_odds

__all__ = ["ESTIMATES", "Band", "Estimate", "FleetOdds", "Odds", "Orbit", "THREE_LEAKS_EXPOSURE", "at_least",
           "perforation_odds", "record_odds", "three_leaks_odds"]
