"""Export ▸ Slide 16:9: exact pixel size, a real title, the chosen plots, legend under the plots."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage

from thermoviz.api import load_scenario, simulate
from thermoviz.figure.offscreen import ensure_qt_app
from thermoviz.figure.view import FigureView


@pytest.fixture(scope="module")
def crewed():
    ensure_qt_app()
    return simulate(load_scenario("soyuz-ms22-crewed-return"))


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    arr = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    return arr[:, : image.width() * 4].reshape(image.height(), image.width(), 4)[..., :3].copy()  # own the memory


def _dark_share(arr: np.ndarray, rect, scale: float) -> float:
    x, y, w, h = (round(v * scale) for v in (rect.x(), rect.y(), rect.width(), rect.height()))
    region = arr[y:y + h, x:x + w]
    return float((region.max(axis=2) < 90).mean())


@pytest.mark.parametrize("size", [(1920, 1080), (3840, 2160)])
def test_slide_is_exactly_16_9_with_its_title_drawn(crewed, tmp_path, size):
    from thermoviz.export.slide import SLIDE_LOGICAL, build_slide, export_slide

    path = export_slide(crewed, tmp_path / "slide.png", FigureView(("cabin", "crew")), size=size,
                        title="Why MS-22 could not bring its crew home")
    image = QImage(str(path))
    assert (image.width(), image.height()) == size
    arr = _pixels(image)
    with build_slide(crewed, FigureView(("cabin", "crew")), "Why MS-22 could not bring its crew home") as slide:
        assert slide.title == "Why MS-22 could not bring its crew home"
        title_rect = slide.title_label.geometry()
        # Title text is dark ink on white: its box has a good share of dark pixels.
        assert _dark_share(arr, title_rect, size[0] / SLIDE_LOGICAL[0]) > 0.03
        # ... and the title is projector-sized: at least 5 % of the slide height.
        assert title_rect.height() / SLIDE_LOGICAL[1] > 0.05
        # Legend under the plots, never beside them.
        assert slide.legend.geometry().top() >= slide.figure.geometry().bottom()
        assert slide.legend.geometry().width() > 0.9 * slide.figure.geometry().width()
        assert slide.clipped_labels() == []
    # Outside the title and verdict the top margin is blank white (nothing overlaps it).
    assert arr[: round(4 * size[1] / 1080)].min() > 240


def test_slide_shows_only_the_chosen_plots_and_names_the_pinned_reference(crewed):
    from thermoviz.export.slide import SLIDE_LOGICAL, build_slide

    nominal = simulate(load_scenario("soyuz-ms23-return"))
    label = "Soyuz MS-23 nominal return (27 Sep 2023), a long pinned title that once widened the slide"
    view = FigureView(("cabin",), reference=nominal, reference_label=label)
    with build_slide(crewed, view) as slide:
        # A long legend entry wraps inside the slide; it never pushes the plots off the right edge.
        assert (slide.width(), slide.height()) == SLIDE_LOGICAL
        assert slide.legend.geometry().right() <= SLIDE_LOGICAL[0]
        assert slide.figure.geometry().right() <= SLIDE_LOGICAL[0]
        assert slide.title == crewed.scenario.title  # default title
        assert tuple(slide.figure.plots) == ("cabin",)
        texts = [entry.text for entry in slide.legend_entries]
        assert "Crew core (rectal)" not in texts
        assert any("Soyuz MS-23 nominal return" in t and "aligned at undock" in t for t in texts)


def test_cabin_air_only_hides_curves_and_limits_in_the_slide_and_its_legend(crewed):
    from thermoviz.export.slide import build_slide

    view = FigureView(("cabin",), hidden_series={"wet_bulb_c", "cabin_rh_pct"},
                      hidden_limits={"rh_comfort", "wet_bulb_31", "wet_bulb_35"}, highlight="cabin_temp_c")
    with build_slide(crewed, view) as slide:
        figure = slide.figure
        assert not figure.curves["wet_bulb_c"].isVisible() and figure.curves["cabin_temp_c"].isVisible()
        texts = [entry.text for entry in slide.legend_entries]
        assert "Cabin air" in texts and "Wet-bulb" not in texts
        assert not any("RH" in t or "Wet-bulb 3" in t for t in texts)
        bold = [entry.text for entry in slide.legend_entries if entry.bold]
        assert bold == ["Cabin air"]
        # The right (humidity) axis has nothing left to show: no numbers, no title.
        assert not figure.plots["cabin"].getAxis("right").label.isVisible()


def test_slide_size_and_values_are_checked():
    from thermoviz.export.slide import export_slide, parse_slide_size

    assert parse_slide_size("3840x2160") == (3840, 2160)
    with pytest.raises(ValueError, match="1920x1080, 3840x2160"):
        parse_slide_size("1024x768")
    with pytest.raises(ValueError, match="size"):
        export_slide(None, "x.png", size=(1000, 500))


def test_every_lesson_step_renders_headless_as_a_slide(tmp_path):
    from thermoviz.export.lesson_slide import export_step_slide, simulate_step, step_view
    from thermoviz.export.slide import build_slide
    from thermoviz.io.lesson_catalogue import list_lessons

    ensure_qt_app()
    for lesson in list_lessons():
        for step in lesson.steps:
            result = simulate_step(step)
            path = export_step_slide(step, tmp_path / f"{lesson.id}-{step.number}.png", result=result)
            image = QImage(str(path))
            assert (image.width(), image.height()) == (1920, 1080), step.title
            arr = _pixels(image)
            assert (arr.max(axis=2) < 90).mean() > 0.005, f"step {step.number} looks blank"
            view, resolved = step_view(step, result)
            with build_slide(result, view, f"{step.number}. {step.title}", resolved.cursor_h) as slide:
                assert slide.title.endswith(step.title)
                assert tuple(slide.figure.plots) == tuple(step.view.plots)
                x0, x1 = slide.figure.strip.vb.viewRange()[0]
                assert x0 == pytest.approx(resolved.from_h, abs=0.05 * (resolved.to_h - resolved.from_h))
                assert x1 == pytest.approx(resolved.to_h, abs=0.05 * (resolved.to_h - resolved.from_h))
                assert slide.figure.contents.highlight == step.view.highlight
                assert slide.clipped_labels() == []


def test_all_four_plots_fit_above_the_legend_with_the_band_row(crewed):
    """The window's default view (all plots) made a slide whose cabin and crew plots lay under the legend:
    the hidden per-plot legend cells still held their rows open."""
    from thermoviz.analysis.uncertainty import uncertainty_band
    from thermoviz.export.slide import SLIDE_LOGICAL, build_slide

    band = uncertainty_band(crewed.scenario, 10, ranges={"orbital_module_ua_w_k": (6.0, 10.0)})
    with build_slide(crewed, FigureView(uncertainty=band)) as slide:
        figure_rect = slide.figure.geometry()
        assert slide.legend.geometry().top() >= figure_rect.bottom()
        assert slide.footer_label.geometry().bottom() <= SLIDE_LOGICAL[1]
        assert len(slide.figure.plots) == 4
        for key, plot in slide.figure.plots.items():
            box = plot.vb.sceneBoundingRect()
            assert box.height() >= 30, key  # every plot drawn, none squeezed to a line
            assert figure_rect.top() + box.bottom() <= figure_rect.bottom() + 1, key
        texts = [entry.text for entry in slide.legend_entries]
        assert "Shaded: 5–95 % of 10 plausible vehicles" in texts
        assert slide.clipped_labels() == []
        # an axis title longer than its short row is hidden, never run into the next row's title
        for key, plot in slide.figure.plots.items():
            for side in ("left", "right"):
                label = plot.getAxis(side).label
                if label.isVisible():
                    assert label.sceneBoundingRect().height() <= plot.geometry().height() + 1, (key, side)


def test_few_ticks_are_round_and_inside():
    from thermoviz.export.slide import few_ticks

    for low, high in ((0.0, 105.0), (0.0, 330.0), (10.0, 45.0), (36.5, 42.0), (0.0, 5.0), (-3.0, 3.0)):
        ticks = few_ticks(low, high)
        assert 1 <= len(ticks) <= 4, (low, high, ticks)
        assert all(low - 1e-9 <= v <= high + 1e-9 for v, _ in ticks)
        assert all(text == f"{v:g}" for v, text in ticks)
    assert few_ticks(5.0, 5.0) == []
