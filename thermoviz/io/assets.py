"""Where the shipped data files (vehicles, presets) live.

In a wheel, ``assets/`` is packaged as ``thermoviz/assets`` (see pyproject's
force-include); in a source checkout or editable install it is the repo's
top-level ``assets/``.  Either way an installed ``thermoviz`` finds its data
from any working directory.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def assets_dir() -> Path:
    """Directory holding ``vehicles/`` and ``presets/``."""
    here = Path(__file__).resolve().parent.parent  # thermoviz/
    for candidate in (here / "assets", here.parent / "assets"):
        if (candidate / "vehicles").is_dir():
            return candidate
    raise FileNotFoundError(
        f"thermoviz data files not found (looked in {here / 'assets'} and {here.parent / 'assets'}); "
        "reinstall thermoviz"
    )
