"""help(thermoviz) lists the public functions with their signatures; Result exposes units."""

from __future__ import annotations

import inspect
import pydoc

import thermoviz


def plain_signature(name: str) -> str:
    parts, star = [], False
    for p in inspect.signature(getattr(thermoviz, name)).parameters.values():
        if p.kind is p.KEYWORD_ONLY and not star:
            parts.append("*")
            star = True
        parts.append(p.name if p.default is p.empty else f"{p.name}={p.default!r}")
    return f"{name}({', '.join(parts)})"


def test_help_lists_every_public_function_with_its_signature():
    text = " ".join(pydoc.render_doc(thermoviz, renderer=pydoc.plaintext).split())
    functions = [n for n in thermoviz.__all__ if n != "__version__" and inspect.isfunction(getattr(thermoviz, n))]
    assert len(functions) >= 7
    for name in functions:
        assert " ".join(plain_signature(name).split()) in text, name


def test_result_exposes_units():
    result = thermoviz.simulate(thermoviz.load_scenario("soyuz-ms22"), crew_strain=False)
    assert result.units["cabin_temp_c"] == "°C" and result.units["loop_pressure_kpa"] == "kPa"
    assert set(result.units) == set(result.series)
