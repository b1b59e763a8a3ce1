"""Benchmark: a standalone bundle's size and start times, measured the same way for any packager.

Run with ``.venv/bin/python benchmarks/bench_bundle.py dist/thermoviz/thermoviz`` (not a test;
POSIX only: every run goes through ``env -i`` as tests/packaging/test_bundle.py does, with only
the offscreen Qt platform and a fresh home folder).  docs/bundle.md compares PyInstaller and
pyside6-deploy (Nuitka) with it.  Prints the folder's size and file count, then the median, min
and max wall time of: ``--version`` (start-up), ``run soyuz-ms22 --json`` (no crew model), a PNG
export, the window drawn offscreen (``gui --screenshot``), and a crewed run the first time (the
crew model is compiled, numba) and again (from numba's cache).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: (label, arguments, repeats)
CASES = (
    ("--version", ["--version"], 10),
    ("run soyuz-ms22 --json", ["run", "soyuz-ms22", "--json"], 5),
    ("run soyuz-ms22 --png", ["run", "soyuz-ms22", "--png", "a.png"], 5),
    ("gui soyuz-ms22 --screenshot", ["gui", "soyuz-ms22", "--screenshot", "w.png"], 3),
)
CREWED = ["run", "soyuz-ms22-crewed-return", "--json"]


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) under ``folder``, links not followed."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def timed(exe: Path, args: list[str], home: Path, timeout_s: float = 600.0) -> float:
    """Wall seconds of one run of ``exe args`` from an empty environment; fails loudly on an error."""
    env_i = shutil.which("env") or "/usr/bin/env"
    cmd = [env_i, "-i", "QT_QPA_PLATFORM=offscreen", f"HOME={home}", f"XDG_RUNTIME_DIR={home}", str(exe), *args]
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=home, capture_output=True, timeout=timeout_s)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"{' '.join(args)} failed ({proc.returncode}): {proc.stderr.decode(errors='replace')[-800:]}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("exe", type=Path, help="the bundle's executable (its folder is measured)")
    args = parser.parse_args(argv)
    exe = args.exe.resolve()
    if not exe.is_file():
        parser.error(f"no executable at {exe}")
    size_b, files = folder_size(exe.parent)
    print(f"{exe.parent}: {size_b / 1e6:.0f} MB in {files} files")
    with tempfile.TemporaryDirectory(prefix="thermoviz-bench-bundle-") as tmp:
        home = Path(tmp)
        os.chmod(home, 0o700)
        for label, case_args, repeats in CASES:
            times = [timed(exe, case_args, home) for _ in range(repeats)]
            print(f"{label:32s} median {statistics.median(times):6.2f} s  "
                  f"min {min(times):6.2f}  max {max(times):6.2f}  ({repeats} runs)")
        first = timed(exe, CREWED, home)
        again = [timed(exe, CREWED, home) for _ in range(3)]
        print(f"{'crewed run, first':32s} {first:6.2f} s (the crew model is compiled)")
        print(f"{'crewed run, again':32s} median {statistics.median(again):6.2f} s  (3 runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
