"""The coolant loop: what the radiator loop holds and how it empties through a hole.

``coolant`` lists the candidate coolants and the properties the leak needs
(density, vapour pressure P_v).  ``leak`` is liquid orifice flow into vacuum from a
bellows accumulator, dV/dt = Cd·A·sqrt(2·(P_gas(V) − P_v)/ρ) with a polytropic gas
charge P_gas = P0·(V_g0/(V_g0+V))^n (Henry & Fauske 1971 for the thin-wall hole),
a small residual flow once the bellows bottoms out, solved once per loop and
coolant as t(V) = τ(V)/(Cd·A); it also gives the pump's circulation (so the
heat the loop can still reject) as the loop empties.  The effective Cd is fitted to
the MS-22 record (0.8 mm hole, Interfax 20 Dec 2022; most of 44 L lost by ≈17.75 h,
NASA via SpaceRef) in :mod:`thermoviz.model.calibration`; ``docs/sources.md`` §6.
Imports neither the cabin nor the crew.
"""
