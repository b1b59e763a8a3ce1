"""Benchmark: what the write checks cost (verify before rename), beside the writes themselves.

Run with ``.venv/bin/python benchmarks/bench_io_verify.py`` (not a test; offscreen Qt).
For the ``soyuz-ms22`` preset: the CSV (both formats, verified by reading it back),
the scenario TOML, and the PNG (1x and 4x), SVG and PDF exports; for each the median
time of the whole atomic write and of the format check alone.  Also the stale-temp
scan of a folder holding 2,000 files (run before every write).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import thermoviz  # noqa: E402
from thermoviz.io.atomic import remove_stale_temps  # noqa: E402
from thermoviz.io.csv_io import csv_verifier, write_csv  # noqa: E402
from thermoviz.io.scenario_file import save_scenario  # noqa: E402
from thermoviz.io.verify import verify_pdf, verify_png, verify_svg, verify_toml  # noqa: E402
from timing import median_s  # noqa: E402


def median_ms(call, repeat: int = 5) -> float:
    return median_s(call, repeat) * 1e3


def main() -> None:
    from thermoviz.export import export_pdf_report, export_png, export_svg
    from thermoviz.figure.offscreen import ensure_qt_app

    app = ensure_qt_app()  # noqa: F841
    result = thermoviz.simulate(thermoviz.load_scenario("soyuz-ms22"))
    folder = Path(tempfile.mkdtemp(prefix="thermoviz-bench-"))
    cases = [
        ("csv script", "a.csv", lambda p: write_csv(result, p), csv_verifier(result)),
        ("csv spreadsheet", "b.csv", lambda p: write_csv(result, p, fmt="spreadsheet"), csv_verifier(result)),
        ("scenario toml", "s.toml", lambda p: save_scenario(result.scenario, p), verify_toml),
        ("png 1x", "p1.png", lambda p: export_png(result, p, scale=1), verify_png),
        ("png 4x", "p4.png", lambda p: export_png(result, p, scale=4), verify_png),
        ("svg", "f.svg", lambda p: export_svg(result, p), verify_svg),
        ("pdf", "r.pdf", lambda p: export_pdf_report(result, p), verify_pdf),
    ]
    print(f"{'file':<16} {'size kB':>8} {'write ms':>9} {'check ms':>9}")
    for name, file_name, write, check in cases:
        path = folder / file_name
        repeat = 3 if "4x" in name or name in ("svg", "pdf") else 5
        write_ms = median_ms(lambda: write(path), repeat)
        check_ms = median_ms(lambda: check(path), repeat)
        print(f"{name:<16} {path.stat().st_size / 1e3:>8.0f} {write_ms:>9.1f} {check_ms:>9.1f}")
    many = folder / "many"
    many.mkdir()
    for i in range(2000):
        (many / f"f{i}").touch()
    print(f"stale-temp scan, 2,000-file folder: {median_ms(lambda: remove_stale_temps(many)):.2f} ms")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
