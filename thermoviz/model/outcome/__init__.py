"""The outcome: what a run means, read from its result.

``result`` holds a run (series, events, verdict, notes) and names every series and
event; ``events`` finds leak milestones and first limit crossings by linear
interpolation, and ``event_samples`` puts each event time on a sample of the series;
``energy`` keeps the books of a run (generated = rejected + station + space + outside
air + stored, residual ≤ 1 %); ``grades`` is the one crew outcome scale (stop work at a
38 °C core, ISO 7933; not acceptable at 39 °C; not survivable at a 40 °C core or a 35 °C
wet bulb, Sherwood & Huber 2010); ``verdict`` writes the plain-language verdict and
severity; ``notes`` the caveats (which numbers are estimates, the calibrated Cd range).
The limit lines themselves, with their sources, are :mod:`thermoviz.model.limits`, also
read by the crew model.
"""
