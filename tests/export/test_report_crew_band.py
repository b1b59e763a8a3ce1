"""Issue 16 item 3: the PDF carries the crew band as a table, names its central curve and why, and marks
every peak beyond the crew models' validated range (never a bare number)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

import thermoviz
from thermoviz.analysis.crew_band import crew_band
from thermoviz.cli import main
from thermoviz.io.vehicles import resolve
from thermoviz.model.outcome.grades import grade

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils missing (scripts/ensure-debian-libs.sh installs it)")


@pytest.fixture(scope="module")
def band():
    """The crewed return extrapolates: PHS peaks above 40 °C, JOS-3 at 1.0 met stays below."""
    scenario = thermoviz.load_scenario("soyuz-ms22-crewed-return")
    return crew_band(scenario, *resolve(scenario))


def _pdf_text(path) -> str:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())


def test_pdf_has_the_crew_band_table(band, tmp_path, capsys):
    path = tmp_path / "band.pdf"
    assert main(["run", "soyuz-ms22-crewed-return", "--crew-band", "--pdf", str(path)]) == 0
    capsys.readouterr()
    text = _pdf_text(path)
    assert "Crew band: both crew models and the crew assumptions" in text
    assert "Peak crew core while aboard [°C]" in text
    # The sentence names the central curve and gives the band's own reason.
    assert f"Central curve: {band.central.label}." in text
    assert "PHS is central: the outcome scale's 38 °C line is its ISO 7933 limit" in text
    rows = (band.central, *band.variants)
    assert len(rows) == 10
    for v in rows:
        assert v.label.split(",")[0] in text
        value = f"{v.core_peak_c:.1f} °C"
        marked = f"{value}* {grade(v.grade).title}"
        if v.extrapolated:  # beyond 40 °C: marked, and the footnote says what the mark means
            assert marked in text, v
        else:
            assert f"{value} {grade(v.grade).title}" in text and marked not in text, v
    assert band.central.extrapolated and not all(v.extrapolated for v in rows)  # the test sees both kinds
    assert "* At or above 40 °C the core is beyond the range where the crew models are validated" in text
    jos3 = next(v for v in band.variants if v.id == "jos3-met-1.0")  # 38.6 °C core, graded by the wet bulb
    assert f"{jos3.core_peak_c:.1f} °C Not survivable†" in text
    assert "† Graded by the cabin wet bulb reaching 35 °C" in text
    # The heading and the central-curve sentence stay on the page where the table starts.
    pages = [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(path), "-"], capture_output=True,
                            text=True, check=True).stdout for n in range(1, 4)]
    page = next(p for p in pages if "Crew band: both crew models" in p)
    assert "Central curve:" in page and "Crew assumptions (one change" in page


def test_crew_band_table_in_fahrenheit(band, tmp_path, capsys):
    path = tmp_path / "band_f.pdf"
    assert main(["run", "soyuz-ms22-crewed-return", "--crew-band", "--units", "F", "--pdf", str(path)]) == 0
    capsys.readouterr()
    text = _pdf_text(path)
    assert "Peak crew core while aboard [°F]" in text
    assert f"{band.central.core_peak_c * 1.8 + 32:.1f} °F*" in text
    assert "* At or above 104 °F the core is beyond" in text
    assert "38 °C line" not in text and "100 °F line" in text  # the reason reads in the chosen unit too


def test_no_crew_band_no_table(tmp_path, capsys):
    path = tmp_path / "plain.pdf"
    assert main(["run", "soyuz-ms22-crewed-return", "--pdf", str(path)]) == 0
    capsys.readouterr()
    assert "Crew band" not in _pdf_text(path)


def test_table_also_when_the_figure_shades_the_vehicles_band(tmp_path, capsys):
    """``--uncertainty N --crew-band``: the figures shade the vehicles' band, the PDF still tables the crew band."""
    path = tmp_path / "both.pdf"
    assert main(["run", "soyuz-ms22-crewed-return", "--uncertainty", "10", "--crew-band", "--pdf", str(path)]) == 0
    capsys.readouterr()
    text = _pdf_text(path)
    assert "Uncertainty. Shaded bands: 5–95 %" in text  # the figure's band
    assert "Crew band: both crew models and the crew assumptions" in text and "Central curve: ISO 7933 PHS" in text
    assert "Figure 1 shades the vehicles' uncertainty band instead" in text


def test_window_export_tables_the_crew_band_it_shows(band, qtbot, tmp_path):
    """File ▸ PDF report with View ▸ Crew band on: the view's band is the crew band, so the PDF tables it."""
    from thermoviz.api import simulate
    from thermoviz.export import export_pdf_report
    from thermoviz.figure.view import FigureView

    result = simulate(thermoviz.load_scenario("soyuz-ms22-crewed-return"))
    path = tmp_path / "window.pdf"
    export_pdf_report(result, path, view=FigureView(uncertainty=band))
    text = _pdf_text(path)
    assert "Crew band: both crew models and the crew assumptions" in text
    assert "their envelope is the shaded crew band of Figure 1" in text
    assert f"{band.central.core_peak_c:.1f} °C* Not survivable" in text
