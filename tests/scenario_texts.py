"""Scenario file texts shared by the IO tests."""

#: A complete, valid scenario file (schema 1) that tests break one field at a time.
GOOD = """\
schema_version = 1
title = "Test"
vehicle = "soyuz-ms"
loop = "external"
hole_diameter_mm = 0.8
discharge_coefficient = 0.3
puncture_time_h = 1.0
hatch_open = true
crew = 3
duration_h = 24.0
"""
