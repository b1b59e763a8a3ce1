"""Atomic file writing for every exporter: write beside the target, then rename.

A crash, a full disk or a failing renderer never leaves a half-written file:
the data goes to a hidden temporary file in the *same directory* (so the final
``os.replace`` is an atomic rename on the same file system) and only a complete
file replaces the target.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Callable, Iterator


class ExportError(OSError):
    """An export could not be written; ``str()`` is one line naming the path and the reason."""

    def __init__(self, path: str | os.PathLike[str], reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"Cannot write {self.path}: {reason}")

    def __str__(self) -> str:  # OSError's default str() would prefix an errno
        return f"Cannot write {self.path}: {self.reason}"


def _check_target(path: Path) -> None:
    parent = path.parent
    if not parent.exists():
        raise ExportError(path, f"the folder {parent} does not exist")
    if not parent.is_dir():
        raise ExportError(path, f"{parent} is not a folder")
    if path.is_dir():
        raise ExportError(path, "it is a folder")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ExportError(path, f"no permission to write in {parent}")


@contextlib.contextmanager
def atomic_target(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success rename it onto ``path``.

    The body writes the complete file to the yielded path (for writers that want a
    file name, e.g. ``QPdfWriter``).  Any exception removes the temporary file and
    leaves ``path`` untouched; OS errors become :class:`ExportError`.
    """
    target = Path(path)
    _check_target(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as err:
        raise ExportError(target, err.strerror or str(err)) from err
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise ExportError(target, "the exporter produced no data")
        # mkstemp creates 0600 files; give the export the user's normal permissions.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except ExportError:
        tmp.unlink(missing_ok=True)
        raise
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise ExportError(target, err.strerror or str(err)) from err
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically; returns the final path."""
    with atomic_target(path) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    return Path(path)


def write_with_atomic(path: str | os.PathLike[str], write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp_path)`` and atomically move the result onto ``path``."""
    with atomic_target(path) as tmp:
        write(tmp)
    return Path(path)
