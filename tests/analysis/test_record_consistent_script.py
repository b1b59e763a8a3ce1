"""scripts/record_consistent_band.py (quoted in README "Ranges") runs and prints its shares."""

from __future__ import annotations

import runpy
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "record_consistent_band.py"


def test_script_prints_shares_for_all_and_record_consistent_vehicles(capsys):
    main = runpy.run_path(str(SCRIPT))["main"]
    main(12, 1)
    out = capsys.readouterr().out
    assert out.startswith("12 sampled Soyuz vehicles (seed 1)")
    assert "all (12): 3 crew >= 38/39/40 °C in " in out
    assert "docked record within twice its tolerances" in out
