"""``thermoviz run PRESET --lang ru``: the shipped preset's title and description and the model's physics
notes are Russian (issue 19; they were English); English output is unchanged (README outputs, tests/docs)."""

from __future__ import annotations

from thermoviz.cli import main
from thermoviz.io.translations import use_language


def test_russian_summary_title_description_and_notes(capsys):
    try:
        assert main(["run", "soyuz-ms22-crewed-return", "--lang", "ru"]) == 0
    finally:
        use_language("en")
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "Что если: МС-22 возвращает экипаж домой после утечки"
    assert lines[1].startswith("Та же утечка, что на Союзе МС-22")
    assert "  - Оценено или выведено из хроники событий" in out and "эффективный коэффициент расхода 0,12" in out
    assert "Leak rate calibrated" not in out and "What if: MS-22" not in out
