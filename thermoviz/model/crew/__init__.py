"""The crew: each person as an ISO 7933:2023 Predicted Heat Strain (PHS) body.

``heat_strain`` runs PHS (pythermalcomfort ``phs``, heat balance
M − W = C + R + E + Cres + Eres + S with the core (rectal) temperature and sweat
loss as outputs) through constant-condition segments and states the PHS validity
range and the ISO 7933 dehydration limits (3 % / 5 % of body mass); ``body`` turns
one PHS step into what a person gives the cabin (sensible heat = metabolic − stored,
vapour = evaporated sweat, DuBois body area); ``clothing`` maps what the crew wears
(Sokol suit with fans on or off, flight clothing) to clo, moisture permeability
and air speed.  Crew and clothing values are estimates (``docs/sources.md``).
Imports neither the loop nor the cabin: the engine passes the cabin air in.
"""
