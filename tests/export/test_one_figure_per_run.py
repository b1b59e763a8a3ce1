"""A command-line export run paints every format from one off-screen figure."""

from __future__ import annotations

from synthetic import synthetic_result
from thermoviz.export import figure as export_figure_module
from thermoviz.export.cli_export import export_from_cli
from thermoviz.figure.figure import Figure


def test_png_svg_and_pdf_share_one_figure(qtbot, tmp_path, monkeypatch):
    built: list[Figure] = []

    class CountedFigure(Figure):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            built.append(self)

    monkeypatch.setattr(export_figure_module, "Figure", CountedFigure)
    result, reference = synthetic_result(), synthetic_result("Pinned")
    export_from_cli(result, png=tmp_path / "a.png", svg=tmp_path / "a.svg", pdf=tmp_path / "a.pdf",
                    reference=reference)
    assert len(built) == 1
    assert {p.name for p in tmp_path.iterdir()} == {"a.png", "a.svg", "a.pdf"}
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")
    assert b"Pinned" in (tmp_path / "a.svg").read_bytes()  # the reference is in the shared figure
