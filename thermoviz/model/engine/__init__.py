"""The engine: composes loop, cabin and crew into a run on a time grid.

``timing`` turns a scenario into event times (puncture, undock, landing, shutdown)
and the vehicle's configuration over time; ``grid`` / ``batch_grid`` build the
non-uniform time grids (breakpoints, a refined leak window, 10-min crew segments);
``step_inputs`` precomputes what every step reads (leak loss, heat-rejection
capacity); ``simulate`` is the implicit-Euler stepper for one or N scenarios
(cabin nodes and PHS bodies coupled both ways, step ≤ 0.5 h); ``books`` names its raw
step output and makes a run's energy books from it; ``vehicle_batch``
runs one scenario on N vehicles (uncertainty samples); ``coupled`` re-runs a
preview with the crew coupled and adds the graded verdict; ``reference`` states the
same equations for ``scipy.integrate.solve_ivp`` (LSODA) as an independent check.
The engine is the only part of the model that imports the physical parts together.
"""
