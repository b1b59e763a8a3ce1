"""Radiant exchange: the hull's radiation to space through its insulation, and the crew's with the walls.

Radiation to space (MLI-covered hull of area A, effective emittance ε* of the blanket,
effective sink temperature T_sink seen by its outer layer)::

    q_space = ε*·σ·A·(T⁴ - T_sink⁴) = G_rad(T)·(T - T_sink),
    G_rad(T) = ε*·σ·A·(T² + T_sink²)·(T + T_sink)            [W/K, temperatures in K]

The cabin's implicit step takes ``G_rad`` at the node temperature of the start of the step (a
secant linearisation: exact flux when the node does not move; the books close on the flux the
step actually books).  With ε* = 0.03 and T_sink = -30 °C a 25 °C hull loses ≈7.5 W/m².

The crew's mean radiant temperature is the wall (surface) node's temperature; a person's sensible
heat ``S`` splits into radiation to the walls ``R`` and convection to the air ``C = S - R`` with
linear coefficients (clothing surface ``A_cl``; ``t_cl`` eliminated from S = A_cl·[h_c(t_cl - t_a)
+ h_r(t_cl - t_r)])::

    R = S·h_r/(h_c + h_r) + A_cl·h_r·h_c/(h_c + h_r)·(t_a - t_r)

so the sum is exactly ``S`` (the books stay closed) and the radiant part is booked to the walls
(:func:`crew_radiant_w` keeps the first term only; why there).
"""

from __future__ import annotations

#: Stefan–Boltzmann constant [W/(m²·K⁴)].
SIGMA_W_M2_K4 = 5.670374419e-8
#: Linear radiative heat-transfer coefficient of a clothed, seated person [W/(m²·K)]: 4.7
#: (ASHRAE Fundamentals ch. 9 typical value, ε ≈ 0.95, A_r/A_D ≈ 0.70; from memory, estimate, range 4-5.5).
CREW_RADIANT_COEFF_W_M2_K = 4.7
#: Convective coefficient of a seated person in weak fan flow (< 0.2 m/s) [W/(m²·K)]: 3.1 (ASHRAE
#: Fundamentals ch. 9, seated, 0-0.2 m/s; from memory, estimate, range 2.5-5).
CREW_CONVECTIVE_COEFF_W_M2_K = 3.1
#: Clothing surface of one person [m²]: DuBois area ≈1.9 m² × f_cl ≈1.1 (light overalls); estimate.
CREW_CLOTHING_AREA_M2 = 2.1


def radiation_conductance_w_k(emissivity, area_m2, temp_c, sink_c):
    """Secant conductance G_rad [W/K] of a hull at ``temp_c`` radiating to ``sink_c`` (floats or arrays)."""
    t = temp_c + 273.15
    s = sink_c + 273.15
    return emissivity * SIGMA_W_M2_K4 * area_m2 * (t * t + s * s) * (t + s)


def crew_radiant_w(sensible_w):
    """Part [W] of the crew's sensible heat ``sensible_w`` (whole crew) that goes to the walls by radiation.

    The operative-temperature form: the body's net sensible heat splits as the coefficients do,
    ``R = S·h_r/(h_c + h_r)`` (the first term of the exact split above; a body taking heat in, S < 0,
    takes it from air and walls in the same ratio).  The second term, the air -> clothing -> wall path
    through the bodies (≈3.9 W/K per person), is left out: the cabin's air-wall conductance is an
    estimate for the cabin with its crew and seats (15-60 W/K), and counted on its own it made each
    extra person an air cooler (more crew, cooler air, the review's "2 crew hotter than 3").
    """
    return sensible_w * (CREW_RADIANT_COEFF_W_M2_K / (CREW_CONVECTIVE_COEFF_W_M2_K + CREW_RADIANT_COEFF_W_M2_K))
