"""File ▸ Export ▸ Handout writes the window's scenario as one A4 page."""

from __future__ import annotations

import re

import pytest


def test_export_handout_from_the_window(make_window, tmp_path, monkeypatch):
    window = make_window("soyuz-ms22-crewed-return")
    out = tmp_path / "handout.pdf"
    monkeypatch.setattr(window.file_actions, "ask_save_path", lambda *a: str(out))
    monkeypatch.setattr(window.file_actions, "show_info", lambda text: None)
    monkeypatch.setattr(window.file_actions, "show_error", lambda *a: pytest.fail(a))
    window.actions["handout"].trigger()
    data = out.read_bytes()
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) == 1
