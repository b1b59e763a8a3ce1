"""The start time's allowed text (field help, the PDF's parameter table, "must be …" errors) in Russian:
it was the one English "allowed" text left ("an ISO-8601 time with its zone, …") (issue 19)."""

from __future__ import annotations

from thermoviz.io.translations import use_language
from thermoviz.model.clock import EXAMPLE_UTC, allowed_utc_text
from thermoviz.model.scenario import FIELD_SPECS


def test_start_time_allowed_text_in_russian():
    spec = FIELD_SPECS["start_utc"]
    english = spec.allowed()
    assert english.startswith("an ISO-8601 time with its zone, e.g. 2022-12-14T23:45Z (Z = UTC)")
    assert EXAMPLE_UTC in allowed_utc_text()
    use_language("ru")
    try:
        shown, after_must_be = spec.allowed(), spec.allowed(after_must_be=True)
    finally:
        use_language("en")
    assert shown.startswith("время по ISO-8601 с часовым поясом, например 2022-12-14T23:45Z")
    assert after_must_be.startswith("временем по ISO-8601")
