"""``thermoviz run ... --gif/--mp4 [--anim-size] [--fps] [--frames]`` in-process."""

from __future__ import annotations

import pytest

from thermoviz.cli import main


def test_run_writes_gif_and_mp4_with_the_asked_frames_and_size(capsys, tmp_path):
    from PIL import Image
    import imageio.v2 as iio

    gif, mp4 = tmp_path / "ms22.gif", tmp_path / "ms22.mp4"
    code = main(["run", "soyuz-ms22-crewed-return", "--gif", str(gif), "--mp4", str(mp4),
                 "--anim-size", "640x360", "--fps", "8", "--frames", "9"])
    out = capsys.readouterr().out
    assert code == 0 and f"Wrote {gif}" in out and f"Wrote {mp4}" in out
    with Image.open(gif) as im:
        assert im.size == (640, 360) and im.n_frames == 9
    reader = iio.get_reader(str(mp4), format="FFMPEG")
    try:
        assert reader.count_frames() == 9 and tuple(reader.get_meta_data()["size"]) == (640, 360)
        assert reader.get_meta_data()["fps"] == 8.0
    finally:
        reader.close()


@pytest.mark.parametrize("extra, fragment", [
    (["--anim-size", "641x360"], "--anim-size: must be WIDTHxHEIGHT"),
    (["--anim-size", "huge"], "--anim-size: must be WIDTHxHEIGHT"),
    (["--anim-size", "8000x360"], "--anim-size: must be WIDTHxHEIGHT"),
    (["--fps", "0"], "--fps: must be a whole number from 1 to 50"),
    (["--fps", "12.5"], "--fps: must be a whole number from 1 to 50"),
    (["--frames", "1"], "--frames: must be a whole number from 2 to 3000"),
    (["--frames", "lots"], "--frames: must be a whole number from 2 to 3000"),
    (["--frames", "3000", "--anim-size", "3840x2160"], "--frames: a 3840x2160 GIF can have at most 180 frames"),
])
def test_bad_values_are_one_line_exit_2_nothing_written(capsys, tmp_path, extra, fragment):
    code = main(["run", "soyuz-ms22", "--gif", str(tmp_path / "a.gif"), "--mp4", str(tmp_path / "a.mp4"), *extra])
    err = capsys.readouterr().err
    assert code == 2 and fragment in err and err.count("\n") == 1 and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_bad_paths_and_orphan_settings(capsys, tmp_path):
    cases = [
        (["--mp4", str(tmp_path / "no" / "a.mp4")], "--mp4: cannot write"),
        (["--gif", str(tmp_path / "x"), "--csv", str(tmp_path / "x")], "--gif: names the same file as --csv"),
        (["--fps", "10"], "--fps: sets the playback animation: add --gif PATH or --mp4 PATH"),
    ]
    for extra, fragment in cases:
        assert main(["run", "soyuz-ms22", *extra]) == 2
        err = capsys.readouterr().err
        assert fragment in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_from_and_to_choose_the_animated_window(monkeypatch, tmp_path, capsys):
    import thermoviz.export.animation as anim

    seen = []
    real = anim.frame_times_h
    monkeypatch.setattr(anim, "frame_times_h", lambda result, options: seen.append(real(result, options)) or seen[-1])
    code = main(["run", "soyuz-ms22-crewed-return", "--gif", str(tmp_path / "w.gif"), "--anim-size", "320x180",
                 "--frames", "3", "--from", "47", "--to", "57"])
    assert code == 0, capsys.readouterr().err
    assert list(seen[0]) == [48.0, 53.0, 58.0]  # typed since the puncture (at 1 h): the run's 48-58 h


@pytest.mark.parametrize("extra, fragment", [
    (["--from", "80"], "--from: must be a time from -1 to 71 h since the puncture (the run)"),
    (["--from", "10", "--to", "5"], "--to: must be later than --from (10 h since the puncture)"),
    (["--to", "soon"], "--to: must be a number of hours"),
])
def test_bad_window_is_one_line_exit_2_nothing_written(capsys, tmp_path, extra, fragment):
    code = main(["run", "soyuz-ms22", "--gif", str(tmp_path / "a.gif"), "--frames", "2", *extra])
    err = capsys.readouterr().err
    assert code == 2 and fragment in err and err.count("\n") == 1 and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []
