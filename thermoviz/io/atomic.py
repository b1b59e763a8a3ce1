"""Atomic file writes: a crash, a full disk or an exception never leaves a half-written file.

Every file thermoviz writes (scenario TOML, CSV, JSON) goes through
:func:`atomic_write_bytes`: the data is written to a temporary file *in the same
directory*, flushed and fsync'ed, and only then renamed over the target with
``os.replace`` (atomic on POSIX and Windows within one file system).  If anything
fails before the rename, the temporary file is removed and the old target, if any,
is untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


class FileWriteError(OSError):
    """A file could not be written; ``str(err)`` is one line naming the path and why."""

    def __init__(self, path: str | os.PathLike[str], reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"cannot write {self.path}: {reason}")

    def __str__(self) -> str:  # OSError.__str__ would add errno formatting
        return f"cannot write {self.path}: {self.reason}"


class FileExistsRefused(FileWriteError, FileExistsError):
    """``overwrite=False`` and the target exists (Save As never overwrites silently)."""

    def __init__(self, path: str | os.PathLike[str]):
        super().__init__(path, "the file already exists (not overwritten)")


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


def check_writable(path: str | os.PathLike[str], *, overwrite: bool = True) -> Path:
    """Check, without leaving anything behind, that ``path`` can be written.

    The parent directory must exist and accept a new file (probed by creating and
    deleting a temporary file there, which is right even for root, where
    ``os.access`` always says yes); ``path`` must not be a directory; with
    ``overwrite=False`` it must not exist.  Raises :class:`FileWriteError`.
    """
    target = Path(path)
    parent = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise FileWriteError(target, "it is a directory")
    if not parent.exists():
        raise FileWriteError(target, f"directory {parent} does not exist")
    if not parent.is_dir():
        raise FileWriteError(target, f"{parent} is not a directory")
    if not overwrite and target.exists():
        raise FileExistsRefused(target)
    try:
        fd, probe = tempfile.mkstemp(dir=parent, prefix=f".{target.name}.", suffix=".probe")
    except OSError as exc:
        raise FileWriteError(target, _reason(exc)) from None
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(probe)
    return target


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, overwrite: bool = True) -> Path:
    """Write ``data`` to ``path`` atomically (temp file beside it, fsync, rename).

    With ``overwrite=False`` an existing ``path`` is never replaced: the final step
    is then a hard link (fails if the target appeared meanwhile), falling back to an
    exists-check + rename on file systems without hard links.

    Raises :class:`FileWriteError` (an ``OSError``) with a one-line message; the old
    file, if any, is left exactly as it was.
    """
    target = check_writable(path, overwrite=overwrite)
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _set_default_mode(tmp_name, target)
        if overwrite:
            os.replace(tmp_name, target)
        else:
            _rename_no_clobber(tmp_name, target)
        tmp_name = None
        _fsync_dir(target.parent)
    except FileWriteError:
        raise
    except FileExistsError:
        raise FileExistsRefused(target) from None
    except OSError as exc:
        raise FileWriteError(target, _reason(exc)) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return target


def atomic_write_text(path: str | os.PathLike[str], text: str, *, overwrite: bool = True) -> Path:
    """:func:`atomic_write_bytes` of UTF-8 text (newlines written as ``\\n``)."""
    return atomic_write_bytes(path, text.encode("utf-8"), overwrite=overwrite)


def _rename_no_clobber(tmp_name: str, target: Path) -> None:
    try:
        os.link(tmp_name, target)  # atomic, fails with FileExistsError if target exists
    except FileExistsError:
        raise
    except OSError:
        if target.exists():
            raise FileExistsError(str(target)) from None
        os.replace(tmp_name, target)
        return
    with contextlib.suppress(OSError):  # the target is complete; a stray temp link is harmless
        os.unlink(tmp_name)


def _set_default_mode(tmp_name: str, target: Path) -> None:
    """mkstemp makes 0600 files; give the result the mode a normal open() would."""
    try:
        mode = target.stat().st_mode & 0o7777  # keep an existing file's mode
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    with contextlib.suppress(OSError):
        os.chmod(tmp_name, mode)


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable (best effort; not possible on every platform)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
