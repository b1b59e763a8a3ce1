"""Fault injection on writes: a full disk, a read-only file system, no permission, SIGKILL.

The promise: a file is replaced only by a complete, verified file; a failure names the
real cause in one line; several CLI outputs appear all together or not at all; our own
stale temporary files are cleaned up, nobody else's.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from thermoviz.io import atomic
from thermoviz.io.atomic import (
    FileWriteError,
    VerifyError,
    atomic_write_bytes,
    atomic_write_with,
    remove_stale_temps,
    staged_writes,
)
from thermoviz.io.verify import verify_pdf

ROOT = Path(__file__).resolve().parents[2]


def _cli(*argv: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "thermoviz", *argv], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def test_cli_full_disk_leaves_no_output_at_all(small_disk):
    """Before: `--csv a --pdf b` on a full disk exited 2 and left `a` behind."""
    proc = _cli("run", "soyuz-ms22", "--csv", str(small_disk / "a.csv"), "--pdf", str(small_disk / "r.pdf"),
                cwd=small_disk.parent)
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == ""
    assert len(proc.stderr.splitlines()) == 1 and "disk full" in proc.stderr and "r.pdf" in proc.stderr
    assert list(small_disk.iterdir()) == []  # no a.csv, no temporary


def test_read_only_file_system_is_named(tmp_path, tmpfs):
    mnt = tmp_path / "ro"
    if not tmpfs(mnt, "64k", "ro"):
        pytest.skip("cannot mount a read-only tmpfs here (needs root and mount permission)")
    with pytest.raises(FileWriteError) as info:
        atomic_write_bytes(mnt / "a.csv", b"data")
    assert str(info.value) == f"cannot write {mnt / 'a.csv'}: read-only file system"


@pytest.mark.skipif(os.name != "posix", reason="folder modes (chmod 0o555) and fork are POSIX")
def test_no_permission_is_named():
    """A folder the user may not write to (as an ordinary user: root may write anywhere)."""
    base = Path(tempfile.mkdtemp(prefix="thermoviz-perm-"))  # pytest's own folders are private (0700)
    base.chmod(0o755)
    folder = base / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        _check_no_permission(folder, base)
    finally:
        shutil.rmtree(base, ignore_errors=True)


def _check_no_permission(folder: Path, _base: Path) -> None:
    if os.geteuid() != 0:
        with pytest.raises(FileWriteError) as info:
            atomic_write_bytes(folder / "out.csv", b"x")
        message = str(info.value)
    else:  # root may write anywhere: try it in a forked child that has become `nobody`
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover (child)
            try:
                os.setgid(65534)
                os.setuid(65534)
                try:
                    atomic_write_bytes(folder / "out.csv", b"x")
                    answer = "written"
                except FileWriteError as exc:
                    answer = str(exc)
            except BaseException as exc:  # noqa: BLE001
                answer = f"child failed: {exc!r}"
            os.write(write_end, answer.encode())
            os._exit(0)
        os.close(write_end)
        os.waitpid(pid, 0)
        with os.fdopen(read_end, "rb") as pipe:
            message = pipe.read().decode()
    assert message == f"cannot write {folder / 'out.csv'}: no permission"
    assert list(folder.iterdir()) == []


# ------------------------------------------------------------ simulated short writes (always run)


class _ShortFile:
    """An open file whose writes stop after ``room`` bytes, silently (as a full disk does to buffered writers)."""

    def __init__(self, path, room: int):
        self._handle = open(path, "wb")  # noqa: SIM115
        self._room = room

    def write(self, data: bytes) -> int:
        kept = data[: max(0, self._room)]
        self._room -= len(kept)
        self._handle.write(kept)
        return len(data)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._handle.close()


def test_simulated_short_write_is_refused_and_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "scenario.toml"
    target.write_text("old = 1\n")
    monkeypatch.setattr(atomic, "open", lambda path, mode="r": _ShortFile(path, 10), raising=False)
    with pytest.raises(FileWriteError, match="disk full"):
        atomic_write_bytes(target, b"schema_version = 1\n" * 20)
    assert target.read_text() == "old = 1\n"
    assert [p.name for p in tmp_path.iterdir()] == ["scenario.toml"]


def test_truncated_pdf_from_a_writer_that_reports_success_is_refused(tmp_path, monkeypatch):
    """QPdfWriter does not report write errors: the verifier must catch the missing trailer."""
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    full_pdf = b"%PDF-1.4\n" + b"1 0 obj << >> endobj\n" * 40 + b"startxref\n9\n%%EOF\n"

    def short_writer(tmp: Path) -> None:
        tmp.write_bytes(full_pdf[: len(full_pdf) // 2])

    monkeypatch.setattr(atomic.os, "statvfs", lambda _p: os.statvfs_result((4096, 4096, 10, 0, 0, 10, 0, 0, 0, 255)))
    with pytest.raises(FileWriteError) as info:
        atomic_write_with(target, short_writer, verify=verify_pdf)
    assert "disk full" in str(info.value) and "%%EOF" in str(info.value)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
    atomic_write_with(target, lambda tmp: tmp.write_bytes(full_pdf), verify=verify_pdf)  # a whole one passes
    assert target.read_bytes() == full_pdf


def test_staged_writes_are_all_or_nothing(tmp_path):
    (tmp_path / "b.png").write_bytes(b"old b")

    def bad(_path: Path) -> None:
        raise VerifyError("broken")

    with pytest.raises(FileWriteError, match="b.png"):
        with staged_writes() as stage:
            stage.reserve(tmp_path / "a.csv").write_text("a")
            stage.reserve(tmp_path / "b.png", verify=bad).write_bytes(b"new b")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.png"]
    assert (tmp_path / "b.png").read_bytes() == b"old b"
    with staged_writes() as stage:
        stage.reserve(tmp_path / "a.csv").write_text("a")
        stage.reserve(tmp_path / "b.png").write_bytes(b"new b")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "b.png"]
    assert (tmp_path / "b.png").read_bytes() == b"new b"


# ------------------------------------------------------------ SIGKILL during writes, stale temporaries

_WRITER = """
import sys
from pathlib import Path
from thermoviz.io.atomic import atomic_write_bytes
target = Path(sys.argv[1])
i = 0
print("ready", flush=True)
while True:
    i += 1
    atomic_write_bytes(target, bytes([i % 251]) * 4_000_000)
"""


def test_sigkill_during_writes_never_damages_the_target_and_stale_temps_are_cleaned(tmp_path):
    target = tmp_path / "big.bin"
    target.write_bytes(b"\x00" * 4_000_000)
    leftovers: set[str] = set()
    for trial in range(6):
        proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(target)], stdout=subprocess.PIPE,
                                env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(0.05 + 0.04 * trial)
        proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows
        proc.wait(timeout=30)
        data = target.read_bytes()
        assert len(data) == 4_000_000 and data == data[:1] * len(data)  # old or new, never mixed
        leftovers |= {p.name for p in tmp_path.iterdir() if p.name != "big.bin"}
    assert all(name.startswith(".thermoviz-big.bin.") and name.endswith(".tmp") for name in leftovers)

    # Ours, an hour old: removed.  Ours but fresh (a live writer), other programs' files, a folder: kept.
    hour_ago = time.time() - 2 * 3600
    stale = tmp_path / ".thermoviz-big.bin.abcd1234.tmp"
    stale.write_bytes(b"left by a killed write")
    fresh = tmp_path / ".thermoviz-other.csv.efgh5678.tmp"
    fresh.write_bytes(b"being written right now")
    foreign = tmp_path / ".big.bin.tmp"
    foreign.write_bytes(b"another program's temporary")
    folder = tmp_path / ".thermoviz-folder.tmp"
    folder.mkdir()
    for path in (stale, foreign, folder, *(tmp_path / name for name in leftovers if (tmp_path / name).exists())):
        os.utime(path, (hour_ago, hour_ago))
    atomic_write_bytes(tmp_path / "next.csv", b"a,b\n")  # writing into the folder cleans up
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(["big.bin", "next.csv", fresh.name, foreign.name, folder.name])
    assert remove_stale_temps(tmp_path) == 0


@pytest.mark.skipif(os.name != "posix", reason="/dev/null and named pipes (mkfifo) are POSIX")
@pytest.mark.parametrize("target", ["/dev/null", "fifo"])
def test_devices_and_pipes_are_never_replaced(tmp_path, target):
    """As root, a rename onto /dev/null would replace the device node itself."""
    if target == "fifo":
        target = tmp_path / "pipe.csv"
        os.mkfifo(target)
    with pytest.raises(FileWriteError, match="not a regular file"):
        atomic_write_bytes(target, b"x")
    assert Path(target).exists() and not Path(target).is_file()
    assert not [p for p in Path(target).parent.iterdir() if p.name.startswith(".thermoviz-")]


def _png(width: int, height: int) -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    rows = b"".join(b"\x00" + b"\x7f" * (width * 3) for _ in range(height))  # filter byte + grey RGB
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def test_png_verifier_catches_truncation_damage_and_wrong_size(tmp_path):
    from thermoviz.io.verify import verify_png

    path = tmp_path / "x.png"
    good = _png(40, 30)
    path.write_bytes(good)
    verify_png(path, (40, 30))
    with pytest.raises(VerifyError, match="expected 41 x 30"):
        verify_png(path, (41, 30))
    for damaged, why in [(good[: len(good) - 20], "truncated|end chunk"),
                         (good[:40] + bytes([good[40] ^ 0xFF]) + good[41:], "CRC")]:
        path.write_bytes(damaged)
        with pytest.raises(VerifyError, match=why):
            verify_png(path)
