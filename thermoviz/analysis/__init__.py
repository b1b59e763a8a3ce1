"""Analyses over many simulations: survivability maps, safe limits, uncertainty bands.

Qt-free.  Everything here is built on the single-scenario path
(:func:`thermoviz.simulate`) or on the batch engine that runs the same equations
for many scenarios at once; the two agree within the tolerances stated in
:mod:`thermoviz.analysis.evaluate`.
"""
