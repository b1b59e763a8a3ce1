"""Issue 21, tried as a new user would: a broken lesson and a broken vehicle in the data folder;
the app opens and names both (status bar, Help menu)."""

from __future__ import annotations

from PySide6.QtGui import QAction

from thermoviz.io.lesson_catalogue import lessons_dir


def test_the_window_opens_and_names_a_broken_lesson_and_a_broken_vehicle(data_dir, make_window):
    (data_dir / "lessons").mkdir(parents=True)
    (data_dir / "vehicles").mkdir(parents=True)
    shipped = (lessons_dir() / "ms22-why.toml").read_text("utf-8")
    (data_dir / "lessons" / "bad-plots.toml").write_text(
        shipped.replace('id = "ms22-why"', 'id = "bad-plots"').replace('plots = [', 'plots = ["pressure", ', 1),
        encoding="utf-8")
    (data_dir / "vehicles" / "broken.toml").write_text("schema_version = 1\nmax_crew = 3\n", encoding="utf-8")
    window = make_window("soyuz-ms22", remember=False)
    notes = "\n".join(window.start_notes)
    assert "Lesson left out:" in notes and "bad-plots.toml" in notes and "view.plots" in notes
    assert "Vehicle left out:" in notes and "broken.toml" in notes
    assert "Lesson left out" in window.statusBar().currentMessage()
    actions = window.findChildren(QAction)
    rows = [a for a in actions if a.text().startswith("Left out: bad-plots.toml")]
    assert rows and not rows[0].isEnabled() and "view.plots" in rows[0].toolTip()
    assert any(a.objectName() == "lesson_ms22-why" for a in actions)  # the others stay
