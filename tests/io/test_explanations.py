"""Explanations as data: every series, limit and event of the model has a short, sourced entry."""

from __future__ import annotations

import copy
import tomllib

import pytest

from thermoviz.io.explanations import (
    all_explanations,
    explanation,
    explanations_from_dict,
    explanations_path,
    missing_entries,
    tooltip_text,
)
from thermoviz.model.limits import ALL_LIMITS
from thermoviz.model.outcome.result import EVENTS, SERIES
from thermoviz.model.scenario import ScenarioError

CONCEPTS = ("discharge_coefficient", "accumulator", "condensing_heat_exchanger", "station_air", "verdict",
            "radiator", "reported_timeline")


@pytest.mark.parametrize("section, key", [("series", k) for k in SERIES] + [("event", k) for k in EVENTS]
                         + [("limit", lim.key) for lim in ALL_LIMITS] + [("concept", k) for k in CONCEPTS])
def test_every_model_key_and_concept_has_a_short_sourced_entry(section, key):
    entry = explanation(section, key)
    assert entry is not None, f"{section}.{key} has no explanation"
    assert entry.what and entry.why and entry.source and entry.title
    assert len(entry.what) + len(entry.why) <= 480, f"{section}.{key}: two or three sentences"
    text = tooltip_text(section, key)
    assert text.startswith(entry.title) and f"Source: {entry.source}" in text


def test_nothing_is_missing_and_titles_come_from_the_model():
    assert missing_entries() == []
    for key, (_unit, label) in SERIES.items():
        assert explanation("series", key).title == label
    for limit in ALL_LIMITS:
        assert explanation("limit", limit.key).title == limit.label
    assert tooltip_text("series", "no_such_series") == ""


def test_the_record_and_the_standards_are_named():
    assert "Vecellio" in explanation("limit", "wet_bulb_31").source
    assert "Sherwood" in explanation("limit", "wet_bulb_35").source
    assert "ISO 7933" in explanation("limit", "core_38").source
    assert "0.62" in explanation("concept", "discharge_coefficient").why
    assert all("/work/" not in e.source for e in all_explanations().values())


def raw() -> dict:
    return tomllib.loads(explanations_path().read_text(encoding="utf-8"))


@pytest.mark.parametrize("change, field, fragment", [
    (lambda d: d["series"].update(cabin_temperature={"what": "x.", "why": "y.", "source": "z"}),
     "series.cabin_temperature", "unknown series key"),
    (lambda d: d["limit"]["core_38"].pop("source"), "limit.core_38.source", "non-empty text"),
    (lambda d: d["concept"]["radiator"].pop("title"), "concept.radiator.title", "non-empty text"),
    (lambda d: d["event"]["landing"].update(link="x"), "event.landing.link", "unknown field"),
    (lambda d: d.update(glossary={}), "glossary", "unknown section"),
    (lambda d: d["series"]["cabin_temp_c"].update(why="One. Two. Three. Four. Five."), "series.cabin_temp_c",
     "must be short"),
])
def test_bad_entries_are_one_line_naming_the_entry(change, field, fragment):
    data = copy.deepcopy(raw())
    change(data)
    with pytest.raises(ScenarioError) as info:
        explanations_from_dict(data, source="explanations.toml")
    message = str(info.value)
    assert message.startswith(f"explanations.toml: {field}: ") and fragment in message and "\n" not in message


def test_decimal_points_are_not_sentence_ends():
    data = {"schema_version": 1, "limit": {"core_38": {
        "what": "Core 38.0 °C is the limit.", "why": "At 38.5 °C and 39.0 °C it is worse. Stop. Rest.",
        "source": "ISO 7933"}}}
    assert explanations_from_dict(data)[("limit", "core_38")].what.startswith("Core 38.0")
