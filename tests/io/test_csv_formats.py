"""Both CSV formats (script, spreadsheet) round-trip the table and the metadata exactly."""

from __future__ import annotations

import csv

import numpy as np

from thermoviz import __version__
import pytest

from thermoviz.io.csv_io import CSV_FORMATS, META_HEADER, read_csv, write_csv
from thermoviz.model.outcome.result import SERIES

from test_csv_json_io import make_result


@pytest.mark.parametrize("fmt", CSV_FORMATS)
@pytest.mark.parametrize("rows", [200, 5])  # 5 rows: fewer than the metadata lines
def test_both_formats_round_trip_bit_for_bit(tmp_path, fmt, rows):
    result = make_result(rows)
    data = read_csv(write_csv(result, tmp_path / "out.csv", fmt=fmt))
    assert np.array_equal(data.time_h, result.time_h)
    for name in SERIES:
        assert np.array_equal(data.columns[name], result.series[name], equal_nan=True), name
    assert np.array_equal(data.columns["crew_aboard"], result.crew_aboard.astype(float))
    assert data.scenario == result.scenario  # title with quotes, description with a newline
    assert data.units["cabin_temp_c"] == "°C"
    assert data.meta["verdict"] == result.verdict.text and data.meta["notes"] == list(result.notes)
    assert data.events["coolant_half_lost"] == 0.1 + 0.2


def test_spreadsheet_format_has_bom_header_on_row_one_and_metadata_beside(tmp_path):
    result = make_result()
    raw = write_csv(result, tmp_path / "sheet.csv", fmt="spreadsheet").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbftime_h [h],")  # BOM: "°C" opens as °C in Excel
    assert b"\r\n" in raw and "°C".encode() in raw
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    width = len(SERIES) + 4  # time, time since the puncture, series, crew_aboard, crew_core_extrapolated
    assert rows[0][:width][0] == "time_h [h]" and rows[0][width:] == ["", *META_HEADER]
    assert all(len(row) in (width, width + 3) for row in rows)
    meta = {row[width + 1]: row[width + 2] for row in rows[1:] if len(row) > width}
    # plain values, not TOML text (issue 17): no quotes around text, lists as numbered keys
    assert meta["scenario.vehicle"] == "soyuz-ms" and meta["scenario.duration_h"] == "50.0"
    assert meta["thermoviz_version"] == __version__ and meta["verdict"] == result.verdict.text
    assert len(rows) == 1 + len(result.time_h)


def test_script_format_is_unchanged_comment_block_then_table(tmp_path):
    raw = write_csv(make_result(), tmp_path / "s.csv").read_bytes()
    assert raw.startswith(b'# thermoviz_version = "') and b"\r\n" not in raw
    assert not raw.startswith(b"\xef\xbb\xbf")


def test_cli_csv_format_flag(tmp_path, capsys):
    from thermoviz.cli import main

    assert main(["run", "soyuz-ms22", "--csv", str(tmp_path / "a.csv"), "--csv-format", "spreadsheet"]) == 0
    assert (tmp_path / "a.csv").read_bytes().startswith(b"\xef\xbb\xbftime_h [h]")
    assert read_csv(tmp_path / "a.csv").scenario.title


def test_spreadsheet_plain_values_keep_their_types_and_old_toml_cells_still_read(tmp_path):
    import dataclasses

    result = make_result()
    odd = dataclasses.replace(result, scenario=result.scenario.replace(title="2", description="true"))
    data = read_csv(write_csv(odd, tmp_path / "odd.csv", fmt="spreadsheet"))
    assert data.scenario == odd.scenario  # a title "2" stays text
    assert data.meta["notes"] == list(odd.notes) and data.events == {k: v for k, v in odd.events.items()
                                                                    if v is not None}
    # a file of an earlier version: the same table, TOML values in the metadata cells
    import tomli_w

    from thermoviz.io.csv_io import csv_metadata

    def _flat_meta(meta, prefix=""):  # how earlier versions wrote the cells: TOML values
        pairs = []
        for key, value in meta.items():
            if isinstance(value, dict):
                pairs += _flat_meta(value, f"{prefix}{key}.")
            else:
                pairs.append((prefix + key, tomli_w.dumps({"v": value}).partition(" = ")[2].rstrip("\n")))
        return pairs

    rows = list(csv.reader((tmp_path / "odd.csv").read_text(encoding="utf-8-sig").splitlines()))
    width = rows[0].index("") + 1
    toml_pairs = iter(_flat_meta(csv_metadata(odd)))
    for row in rows[1:]:
        if len(row) > width:
            row[width:] = list(next(toml_pairs, ("", "")))  # TOML keeps a list in one cell: fewer rows
    old = tmp_path / "old.csv"
    with old.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)
    assert '"soyuz-ms"' in old.read_text(encoding="utf-8-sig")
    assert read_csv(old).scenario == odd.scenario and read_csv(old).meta["notes"] == list(odd.notes)
