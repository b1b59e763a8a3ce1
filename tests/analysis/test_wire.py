"""The worker's data-only message format: round trips, and every malformed input refused in one line."""

from __future__ import annotations

import json
import struct

import numpy as np
import pytest
from hypothesis import given, seed, settings
from hypothesis import strategies as st

import thermoviz
from thermoviz.analysis.wire import MAGIC, WireError, decode, encode, peek_id


def test_a_result_and_a_scenario_make_the_round_trip():
    result = thermoviz.simulate(thermoviz.load_scenario("soyuz-ms22-crewed-return"))
    back = decode(encode({"id": 1, "value": (result.scenario, result, {2: np.arange(3)})}))
    scenario, again, margins = back["value"]
    assert scenario == result.scenario and again.verdict == result.verdict
    for name, values in result.series.items():
        np.testing.assert_array_equal(again.series[name], values)
    assert again.vehicle == result.vehicle and dict(again.events) == dict(result.events)
    np.testing.assert_array_equal(margins[2], np.arange(3))


@pytest.mark.parametrize("thing", [object(), np.array([object()]), {1, 2}, b"bytes", lambda: 0])
def test_anything_but_data_cannot_be_sent(thing):
    with pytest.raises(WireError):
        encode({"value": thing})


def _frame(tree, body=b""):
    header = json.dumps({"tree": tree}).encode()
    return MAGIC + struct.pack("<I", len(header)) + header + body


@pytest.mark.parametrize("data", [
    b"", b"TVZ1", b"\x80\x04K\x01.", _frame({"$c": "Popen", "f": {}}), _frame({"$a": ["O", [1], 0, 8]}, b"\0" * 8),
    _frame({"$a": ["<f8", [10], 0, 80]}, b"\0" * 8), _frame({"$c": "Scenario", "f": {"crew": 99}}),
    _frame({"$c": "Scenario", "f": {"shell": "rm"}}), _frame({"x": 1}), _frame(json.loads("[" * 100 + "]" * 100)),
    MAGIC + struct.pack("<I", 50) + b"9" * 50, MAGIC + struct.pack("<I", 2**31) + b"{}",
])
def test_malformed_messages_are_refused_in_one_line(data):
    with pytest.raises(WireError) as err:
        decode(data)
    assert "\n" not in str(err.value) and len(str(err.value)) < 120


@seed(20261206)  # printed by Hypothesis on failure; fixed so a failure reruns the same bytes
@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200), st.integers(0, 400), st.integers(0, 255))
def test_random_bytes_and_flips_never_raise_anything_but_wire_error(noise, where, byte):
    good = bytearray(encode({"id": 7, "kind": "progress", "value": (0.5, np.linspace(0, 1, 5), {"a": [1, None]})}))
    good[where % len(good)] = byte
    for data in (noise, MAGIC + noise, bytes(good)):
        try:
            decode(data)
        except WireError:
            pass
        peek_id(data)  # never raises
