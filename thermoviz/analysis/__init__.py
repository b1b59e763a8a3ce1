"""Analyses over many simulations (survivability maps, limit finders, uncertainty bands).

Sits above the Python API (it runs many scenarios through it) and below the figures
that draw its results; Qt-free.
"""
