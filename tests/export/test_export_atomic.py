"""Unwritable paths: one-line error naming the path and the reason; no file, no temporary left."""

from __future__ import annotations

import pytest

from synthetic import synthetic_result
from thermoviz.export import ExportError, export_pdf_report, export_png, export_svg  # noqa: F401
from thermoviz.io.atomic import atomic_write_with as write_with_atomic


@pytest.mark.parametrize("export", [
    lambda r, p: export_png(r, p, scale=2), lambda r, p: export_svg(r, p), export_pdf_report])
def test_missing_folder(qtbot, tmp_path, export):
    target = tmp_path / "no-such-folder" / "out.file"
    with pytest.raises(ExportError) as info:
        export(synthetic_result(), target)
    message = str(info.value)
    assert "\n" not in message and str(target) in message and "does not exist" in message
    assert list(tmp_path.iterdir()) == []


def test_parent_is_a_file(qtbot, tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="not a folder"):
        export_png(synthetic_result(), blocker / "out.png")
    assert [p.name for p in tmp_path.iterdir()] == ["file.txt"]


def test_target_is_a_folder(qtbot, tmp_path):
    (tmp_path / "dir.png").mkdir()
    with pytest.raises(ExportError, match="is a folder"):
        export_png(synthetic_result(), tmp_path / "dir.png")


def test_failing_writer_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")

    def half_then_crash(tmp):
        tmp.write_bytes(b"half a file")
        raise RuntimeError("renderer crashed")

    with pytest.raises(RuntimeError):
        write_with_atomic(target, half_then_crash)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_pdf_on_full_disk_keeps_the_old_pdf_and_says_disk_full(small_disk, qtbot):
    old = small_disk / "report.pdf"
    old.write_bytes(b"%PDF-1.4 old report " + b"x" * 300 + b"\nstartxref\n0\n%%EOF\n")
    before = old.read_bytes()
    with pytest.raises(ExportError) as info:
        export_pdf_report(synthetic_result(), old)
    assert "disk full" in str(info.value) and "\n" not in str(info.value)
    assert old.read_bytes() == before
    assert [p.name for p in small_disk.iterdir()] == ["report.pdf"]
