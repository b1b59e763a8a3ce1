"""Property tests (Hypothesis) over scenario files and --set values: never a traceback.

Whatever the input, the outcome is either a valid Scenario or one ScenarioError whose
message is a single printable line of bounded length.  Bounded (50 examples each, no
deadline) so ``make test`` stays fast.
"""

from __future__ import annotations

import math

import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from thermoviz.cli import parse_override
from thermoviz.io.scenario_file import read_scenario_file, scenario_from_toml
from thermoviz.io.scenario_source import load_scenario
from thermoviz.model.scenario import FIELD_SPECS, Scenario, ScenarioError

BOUNDED = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MAX_MESSAGE = 2000

numbers = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30),
    st.integers().map(lambda n: n * 10**400),  # far too large for a float
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, 0.0, -0.0, 20, 20.0000001, 1e-300, 240, 240.0001, 3, 4]),
)
texts = st.text(max_size=30) | st.sampled_from(["soyuz-ms", "nauka", "external", "main", "none", "None", ""])
values = st.recursive(numbers | texts | st.booleans(),
                      lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                   max_size=3),
                      max_leaves=6)
keys = st.sampled_from([*FIELD_SPECS, "schema_version", "thermoviz_version", "preset"]) | st.text(max_size=12)


def _outcome(call) -> None:
    try:
        scenario = call()
    except ScenarioError as exc:
        message = str(exc)
        assert message.isprintable() and len(message) < MAX_MESSAGE, message
        return
    assert isinstance(scenario, Scenario)
    for name, spec in FIELD_SPECS.items():
        value = getattr(scenario, name)
        if spec.kind is float and value is not None:
            assert math.isfinite(value) and spec.minimum <= value <= spec.maximum


def _valid_doc() -> dict:
    return {"schema_version": 1, "vehicle": "soyuz-ms", "loop": "external", "hole_diameter_mm": 0.8,
            "discharge_coefficient": 0.3, "puncture_time_h": 1.0, "hatch_open": True, "crew": 3,
            "duration_h": 24.0}


@BOUNDED
@given(changes=st.dictionaries(keys, values, max_size=4), drop=st.sets(st.sampled_from(list(_valid_doc()))))
def test_scenario_documents_give_a_scenario_or_one_line(changes, drop):
    doc = {k: v for k, v in _valid_doc().items() if k not in drop}
    doc.update(changes)
    try:
        text = tomli_w.dumps(doc)
    except (TypeError, ValueError):  # tomli_w cannot write every Python value (e.g. NaN keys)
        text = repr(doc)
    _outcome(lambda: scenario_from_toml(text, source="fuzz.toml")[0])


@BOUNDED
@given(raw=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_arbitrary_file_bytes_give_a_scenario_or_one_line(tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("fuzz") / "f.toml"
    path.write_bytes(raw)
    _outcome(lambda: read_scenario_file(path)[0])


@BOUNDED
@given(name=st.sampled_from(list(FIELD_SPECS)) | st.text(max_size=12),
       raw=st.text(max_size=40) | st.from_regex(r"[+-]?[0-9_]{0,6}(\.[0-9]{0,4})?([eE][+-]?[0-9]{1,4})?",
                                                fullmatch=True))
def test_set_values_give_a_scenario_or_one_line(name, raw):
    def run():
        field, value = parse_override(f"{name}={raw}")
        return load_scenario("soyuz-ms22", changes={field: value})

    _outcome(run)
