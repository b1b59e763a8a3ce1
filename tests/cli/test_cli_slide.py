"""``thermoviz run --slide`` and ``thermoviz lesson --step N --png``: headless slides; bad values exit 2."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from thermoviz.cli import main


def test_run_writes_a_slide_of_the_chosen_plots_and_window(tmp_path, capsys):
    out = tmp_path / "ms22.png"
    code = main(["run", "soyuz-ms22-crewed-return", "--slide", str(out), "--plots", "crew,cabin",
                 "--from", "47", "--to", "57", "--title", "Why MS-22 could not bring its crew home"])
    assert code == 0, capsys.readouterr().err
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1920, 1080)
    assert f"Wrote {out}" in capsys.readouterr().out


@pytest.mark.parametrize("args, flag", [
    (["--plots", "cabin,pressure"], "--plots"),
    (["--plots", "cabin,cabin"], "--plots"),
    (["--slide-size", "1024x768"], "--slide-size"),
    (["--from", "5", "--to", "3"], "--to"),
    (["--from", "abc"], "--from"),
    (["--to", "999"], "--to"),
    (["--title", "  "], "--title"),
])
def test_bad_slide_values_are_one_line_exit_2_and_nothing_written(tmp_path, capsys, args, flag):
    out = tmp_path / "slide.png"
    code = main(["run", "soyuz-ms22", "--slide", str(out), *args])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and flag in err and "Traceback" not in err
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_slide_options_without_slide_are_refused(capsys):
    assert main(["run", "soyuz-ms22", "--plots", "cabin"]) == 2
    assert "--plots" in capsys.readouterr().err


def test_lesson_step_png_is_a_slide(tmp_path, capsys):
    out = tmp_path / "step4.png"
    assert main(["lesson", "ms22-why", "--step", "4", "--png", str(out)]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1920, 1080)


def test_lesson_png_needs_a_step(tmp_path, capsys):
    out = tmp_path / "x.png"
    assert main(["lesson", "ms22-why", "--png", str(out)]) == 2
    assert "--step" in capsys.readouterr().err and not out.exists()


def test_run_uncertainty_draws_its_bands_in_every_figure_file(tmp_path, monkeypatch):
    """run --uncertainty N with --png/--slide: the files show the bands, not only the JSON/text."""
    from thermoviz import cli_slide
    from thermoviz.export import cli_export

    seen = {}
    real_export, real_slide = cli_export._export, cli_slide.write_slide

    def export(*args, **kwargs):
        seen["png"] = kwargs.get("uncertainty")
        return real_export(*args, **kwargs)

    def slide(*args):
        seen["slide"] = args[4]
        return real_slide(*args)

    monkeypatch.setattr(cli_export, "_export", export)
    monkeypatch.setattr(cli_slide, "write_slide", slide)
    code = main(["run", "soyuz-ms22-crewed-return", "--uncertainty", "10", "--png", str(tmp_path / "f.png"),
                 "--slide", str(tmp_path / "s.png"), "--plots", "cabin,crew"])
    assert code == 0
    assert seen["png"] is not None and seen["png"].n == 10
    assert seen["slide"] is seen["png"]
    assert (tmp_path / "f.png").stat().st_size > 0 and (tmp_path / "s.png").stat().st_size > 0


def test_slide_of_the_crew_plot_zooms_to_the_flight_home_unless_from_to_say_otherwise():
    """Issue 18: --slide --plots crew showed all 60 h with the crew curve in the last tenth."""
    import thermoviz
    from thermoviz.figure.view import data_window
    from thermoviz.io.scenario_source import load_scenario

    result = thermoviz.simulate(load_scenario("soyuz-ms22-crewed-return"), crew_strain=True)
    lo, hi = data_window(result, ("crew",))
    undock, landing = result.events["undock"], result.events["landing"]
    assert undock - 1.0 <= lo <= undock and landing <= hi <= landing + 2.0
    assert data_window(result, ("loop", "cabin")) is None  # those show something all run long
