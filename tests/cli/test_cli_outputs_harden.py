"""Outputs and numbers on the command line (issue 21): two outputs naming one file are refused before
anything is written; one number parser with short messages; new files never setuid; a full disk is
named with the target's path, never the temporary's; `gui --screenshot` follows the exit-code rule."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from thermoviz.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_two_outputs_that_are_one_file_are_refused_before_writing(capsys, tmp_path):
    out = tmp_path / "o"
    (out / "sub").mkdir(parents=True)
    (tmp_path / "link").symlink_to(out, target_is_directory=True)
    cases = [
        ("--png", str(out / "same.bin"), "--pdf", str(out / "sub" / ".." / "same.bin")),  # both said "Wrote" before
        ("--csv", str(out / "same.csv"), "--svg", str(tmp_path / "link" / "same.csv")),  # through a symlinked folder
        ("--csv", str(out / "a.csv"), "--slide", str(out / "sub" / ".." / "a.csv")),
    ]
    for first, a, second, b in cases:
        code, stdout, err = _run(capsys, "run", "soyuz-ms22", first, a, second, b)
        assert code == 2 and stdout == "" and err.count("\n") == 1, err
        assert f"{second}: names the same file as {first}" in err
    (out / "hard.csv").write_text("x")
    os.link(out / "hard.csv", out / "hard2.csv")
    code, _, err = _run(capsys, "run", "soyuz-ms22", "--csv", str(out / "hard.csv"), "--png", str(out / "hard2.csv"))
    assert code == 2 and "names the same file as --csv" in err  # same inode
    assert sorted(p.name for p in out.iterdir()) == ["hard.csv", "hard2.csv", "sub"]  # nothing new written


@pytest.mark.parametrize("argv, flag", [
    (["run", "soyuz-ms22", "--gif", "{tmp}/a.gif", "--frames", "9" * 5000], "--frames"),  # a traceback before
    (["run", "soyuz-ms22", "--gif", "{tmp}/a.gif", "--fps", "1" * 5000], "--fps"),
    (["run", "soyuz-ms22", "--gif", "{tmp}/a.gif", "--frames", "１２"], "--frames"),
    (["run", "soyuz-ms22", "--uncertainty", "7" * 300], "--uncertainty"),
    (["map", "soyuz-ms22-crewed-return", "--x", "hole_diameter_mm=1_0:5", "--y", "crew=1:3"], "--x hole_diameter_mm"),
    (["map", "soyuz-ms22-crewed-return", "--x", "hole_diameter_mm=１:5", "--y", "crew=1:3"], "--x hole_diameter_mm"),
    (["map", "soyuz-ms22-crewed-return", "--x", "hole_diameter_mm=0.5:5:" + "9" * 400, "--y", "crew=1:3"],
     "--x hole_diameter_mm N"),
    (["limit", "soyuz-ms22-crewed-return", "hole_diameter_mm", "--crew", "nan"], "--crew"),
    (["run", "soyuz-ms22", "--png", "{tmp}/a.png", "--scale", "0x2"], "--scale"),
    (["lesson", "ms22-why", "--step", "1e400"], "--step"),
])
def test_numbers_have_one_syntax_and_short_messages(capsys, tmp_path, argv, flag):
    code, out, err = _run(capsys, *[a.replace("{tmp}", str(tmp_path)) for a in argv])
    assert code == 2 and out == "" and err.count("\n") == 1, err
    assert err.startswith(f"thermoviz: {flag}") and len(err) < 240, err
    assert not list(tmp_path.iterdir())


@pytest.mark.skipif(os.name != "posix", reason="setuid is POSIX")
def test_a_replaced_setuid_file_does_not_pass_on_its_mode(capsys, tmp_path):
    target = tmp_path / "victim.png"
    target.write_bytes(b"old")
    os.chmod(target, 0o4755)
    (tmp_path / "link.png").symlink_to(target)
    code, _, err = _run(capsys, "run", "soyuz-ms22", "--png", str(target))
    assert code == 0, err
    mode = target.stat().st_mode
    assert not mode & (stat.S_ISUID | stat.S_ISGID) and stat.S_IMODE(mode) == 0o755


def test_a_full_disk_is_named_with_the_target_path(small_disk):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for flag, name in (("--png", "big.png"), ("--slide", "slide.png"), ("--csv", "a.csv")):
        (small_disk / "filler").write_bytes(b"\0" * 60_000)  # leave about 4 KB
        proc = subprocess.run([sys.executable, "-m", "thermoviz", "run", "soyuz-ms22", flag, str(small_disk / name)],
                              env=env, capture_output=True, text=True, timeout=180, cwd=ROOT)
        (small_disk / "filler").unlink()
        assert proc.returncode == 2, proc.stderr
        assert "no space left on device" in proc.stderr and str(small_disk / name) in proc.stderr, proc.stderr
        assert ".thermoviz-" not in proc.stderr and "libpng" not in proc.stderr, proc.stderr
        assert "Unknown error" not in proc.stderr and proc.stderr.count("\n") == 1, proc.stderr
        assert list(small_disk.iterdir()) == []


def test_gui_screenshot_that_cannot_be_written_exits_2(tmp_path, monkeypatch, capsys):
    import thermoviz.gui.app as app

    def fail(window, path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(app, "save_window_png", fail)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    code = main(["gui", "soyuz-ms22", "--screenshot", str(tmp_path / "shot.png")])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("thermoviz: --screenshot:") and err.count("\n") == 1, err
