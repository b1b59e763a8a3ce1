"""The cabin: descent-module air and walls, instrument compartment and orbital module as four
lumped thermal nodes plus water vapour, with no fixed-temperature surroundings.

``nodes`` steps C·dT/dt = Σ U·ΔT + Q for each node and V·dρ_v/dt = ṁ_crew − ṁ_chx −
V̇_ex·Δρ_v − ṁ_cond for the vapour (condensation on walls below the dew point, the
condensing heat exchanger), with backward (implicit) Euler: one linear solve per step,
the thermostats by superposition, the loop's remaining capacity as the heat sink, energy
books closed exactly.  ``radiant`` is the hull's radiation to space through the MLI,
q = ε*·σ·A·(T⁴ − T_sink⁴) linearised per step (ε* 0.03, sink −30 °C, estimates), and the
crew's radiant exchange with the walls.  Moist-air relations (Magnus saturation after
Alduchov & Eskridge 1996, Stull 2011 wet bulb) are :mod:`thermoviz.model.psychro`,
shared with the crew.  Capacities and conductances are estimates from public Soyuz MS
figures (vehicle file, ``docs/sources.md``).  Imports neither the loop nor the crew:
the engine passes the loop's capacity and the crew's heat and vapour in.
"""
