"""Atomic file writes: a crash, a full disk or a failing writer never leaves a damaged file.

Every file thermoviz writes (scenario TOML, CSV, PNG, SVG, PDF) goes through
:func:`atomic_write_with`: the writer fills a hidden temporary file *in the target's
folder* (named ``.thermoviz-<name>.<random>.tmp``, see :data:`TEMP_PREFIX`), the
file is checked by a per-format verifier (:mod:`thermoviz.io.verify`) *before* it
may replace anything, fsync'ed, renamed over the target with ``os.replace`` (atomic
within one file system) and the folder is fsync'ed.  If anything fails, the
temporary file is removed and the old target, if any, is untouched.

:func:`staged_writes` extends this to several files that must appear together
(``thermoviz run --csv a --png b``): every file is written and verified first,
then all are renamed; on any failure none of them appears.

Temporary files of a killed process are removed by :func:`remove_stale_temps`
(ours only: by name pattern *and* age) the next time thermoviz writes to that folder.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from ..model.language import translate
from ..model.scenario import quote_value

#: Every temporary file thermoviz creates starts with this (hidden on POSIX) ...
TEMP_PREFIX = ".thermoviz-"
#: ... and ends with this.
TEMP_SUFFIX = ".tmp"
#: A temporary file older than this [s] belongs to a process that died: safe to remove.
STALE_AFTER_S = 3600.0
#: Characters of the target's name kept in a temporary file's name.
_NAME_IN_TEMP = 40

Verifier = Callable[[Path], None]


class FileWriteError(OSError):
    """A file could not be written; ``str(err)`` is one line naming the file and the real cause."""

    def __init__(self, path: str | os.PathLike[str], reason: str):
        self.path = Path(path)
        self.reason = " ".join(str(reason).split())
        super().__init__(str(self))

    def __str__(self) -> str:  # OSError.__str__ would add errno formatting
        return translate("Errors", "cannot write {path}: {reason}").format(
            path=quote_value(os.fspath(self.path), limit=120, quotes=False), reason=self.reason)


class FileExistsRefused(FileWriteError, FileExistsError):
    """``overwrite=False`` and the target exists (Save As never overwrites silently)."""

    def __init__(self, path: str | os.PathLike[str]):
        super().__init__(path, translate("Errors", "the file already exists (not overwritten)"))


class VerifyError(ValueError):
    """A written file failed its format check (what is wrong, one line)."""


_REASONS = {
    errno.ENOSPC: "disk full (no space left on device)",
    errno.EDQUOT: "disk quota exceeded",
    errno.EROFS: "read-only file system",
    errno.EACCES: "no permission",
    errno.EPERM: "no permission",
    errno.ENAMETOOLONG: "file name too long",
    errno.EISDIR: "it is a folder",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.ENOENT: "the folder does not exist",
    errno.EIO: "input/output error (the disk or the connection failed)",
    errno.EFBIG: "file too large for this file system",
    errno.EMFILE: "too many open files",
}


def describe_os_error(exc: BaseException) -> str:
    """The real cause of an OS error in a few plain words ("disk full", "no permission", ...)."""
    if isinstance(exc, OSError) and exc.errno in _REASONS:
        return _REASONS[exc.errno]
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def check_writable(path: str | os.PathLike[str], *, overwrite: bool = True) -> Path:
    """Check, without leaving anything behind, that ``path`` can be written.

    The folder must exist and accept a new file (probed by creating and deleting a
    temporary file there, which is right even for root, where ``os.access`` always
    says yes); ``path`` must not be a folder, a device, a pipe or a socket (the
    final rename would replace it, e.g. ``/dev/null`` when run as root); with
    ``overwrite=False`` it must not exist.  Raises :class:`FileWriteError`.
    """
    target = Path(path)
    try:
        parent = target.parent
        if target.is_dir():
            raise FileWriteError(target, translate("Errors", "it is a folder"))
        if not parent.exists():
            raise FileWriteError(target, translate("Errors", "the folder {folder} does not exist").format(
                folder=quote_value(str(parent), limit=80, quotes=False)))
        if not parent.is_dir():
            raise FileWriteError(target, translate("Errors", "{folder} is not a folder").format(
                folder=quote_value(str(parent), limit=80, quotes=False)))
        if not overwrite and target.exists():
            raise FileExistsRefused(target)
        if target.exists() and not target.is_file():  # never rename over /dev/null, a pipe or a socket
            raise FileWriteError(target, translate("Errors", "it is not a regular file (a device, pipe or socket); "
                                                         "give a file name"))
    except OSError as exc:
        if isinstance(exc, FileWriteError):
            raise
        raise FileWriteError(target, describe_os_error(exc)) from None
    probe = _new_temp(target)
    with contextlib.suppress(OSError):
        os.unlink(probe)
    return target


def temp_name_for(target: Path) -> str:
    """The recognisable start of a temporary file's name for ``target`` (random part and suffix follow)."""
    return f"{TEMP_PREFIX}{target.name[:_NAME_IN_TEMP]}."


def is_our_temp(path: Path) -> bool:
    """True for a file name thermoviz's writers create (pattern only; see :func:`remove_stale_temps`)."""
    return path.name.startswith(TEMP_PREFIX) and path.name.endswith(TEMP_SUFFIX)


def _new_temp(target: Path) -> Path:
    try:
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=temp_name_for(target), suffix=TEMP_SUFFIX)
    except OSError as exc:
        raise FileWriteError(target, describe_os_error(exc)) from None
    os.close(fd)
    return Path(name)


def remove_stale_temps(folder: str | os.PathLike[str], *, older_than_s: float = STALE_AFTER_S) -> int:
    """Delete thermoviz's own temporary files in ``folder`` left by a killed process.

    Only regular files whose name matches ``.thermoviz-*.tmp`` *and* that were last
    modified more than ``older_than_s`` seconds ago (a live write touches its file
    continually; no write takes an hour).  Never follows symlinks, never recurses.
    Best effort: returns how many were removed, never raises.
    """
    removed = 0
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not (entry.name.startswith(TEMP_PREFIX) and entry.name.endswith(TEMP_SUFFIX)):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            if now - entry.stat(follow_symlinks=False).st_mtime <= older_than_s:
                continue
            os.unlink(entry.path)
            removed += 1
        except OSError:
            continue
    return removed


def _finish_temp(tmp: Path, target: Path, verify: Verifier | None) -> None:
    """Verify and fsync a written temporary file (before any rename)."""
    if not tmp.exists() or tmp.stat().st_size == 0:
        raise FileWriteError(target, _damaged_reason(target, "the writer produced no data"))
    if verify is not None:
        try:
            verify(tmp)
        except VerifyError as exc:
            raise FileWriteError(target, _damaged_reason(target, str(exc))) from None
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    _set_default_mode(tmp, target)


def _damaged_reason(target: Path, detail: str) -> str:
    """Why a written file is incomplete: a full disk is by far the usual cause (writers such
    as QPdfWriter do not report write errors), so say so when the folder has no room left."""
    try:
        stats = os.statvfs(target.parent)
        free_bytes = stats.f_bavail * stats.f_frsize
    except (OSError, AttributeError):
        free_bytes = None
    if free_bytes is not None and free_bytes < 1024 * 1024:
        return f"disk full (the written file was incomplete: {detail})"
    return f"the written file failed its check ({detail})"


def atomic_write_with(path: str | os.PathLike[str], write: Callable[[Path], None], *,
                      overwrite: bool = True, verify: Verifier | None = None) -> Path:
    """Call ``write(tmp)`` to fill a hidden temporary file beside ``path``, check it, then rename.

    Parameters
    ----------
    path : path-like
        The file to create or replace.
    write : callable
        Writes the complete file to the path it is given (e.g. ``QPdfWriter``).
    overwrite : bool
        False: never replace an existing ``path`` (:class:`FileExistsRefused`).
    verify : callable, optional
        Raises :class:`VerifyError` if the written temporary file is damaged
        (see :mod:`thermoviz.io.verify`); runs before the rename.

    Raises :class:`FileWriteError` (an ``OSError``, one line naming the file and the
    real cause); the old file, if any, is then left exactly as it was.  Other
    exceptions of ``write`` propagate, also leaving no temporary file.
    """
    target = check_writable(path, overwrite=overwrite)
    remove_stale_temps(target.parent)
    tmp: Path | None = _new_temp(target)
    try:
        write(tmp)
        _finish_temp(tmp, target, verify)
        if overwrite:
            os.replace(tmp, target)
        else:
            _rename_no_clobber(tmp, target)
        tmp = None
        _fsync_dir(target.parent)
    except FileWriteError as exc:
        if exc.path != target:  # e.g. a writer that itself wrote atomically to ``tmp``
            raise FileWriteError(target, exc.reason) from None
        raise
    except FileExistsError:
        raise FileExistsRefused(target) from None
    except OSError as exc:
        raise FileWriteError(target, describe_os_error(exc)) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return target


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, overwrite: bool = True,
                       verify: Verifier | None = None) -> Path:
    """Write ``data`` to ``path`` atomically (see :func:`atomic_write_with`)."""

    def write(tmp: Path) -> None:
        with open(tmp, "wb") as handle:
            handle.write(data)
        if tmp.stat().st_size != len(data):
            raise FileWriteError(tmp, f"disk full (wrote {tmp.stat().st_size} of {len(data)} bytes)")

    return atomic_write_with(path, write, overwrite=overwrite, verify=verify)


def atomic_write_text(path: str | os.PathLike[str], text: str, *, overwrite: bool = True,
                      verify: Verifier | None = None, encoding: str = "utf-8") -> Path:
    """:func:`atomic_write_bytes` of text (newlines written as ``\\n``)."""
    return atomic_write_bytes(path, text.encode(encoding), overwrite=overwrite, verify=verify)


class StagedWrites:
    """Several files written to temporaries and verified, then all renamed (see :func:`staged_writes`)."""

    def __init__(self) -> None:
        self._staged: list[tuple[Path, Path, Verifier | None]] = []  # (target, tmp, verify)

    def reserve(self, path: str | os.PathLike[str], *, verify: Verifier | None = None) -> Path:
        """A hidden temporary path beside ``path`` for a writer to fill (checked at commit)."""
        target = check_writable(path)
        if any(target == staged for staged, _, _ in self._staged):
            raise FileWriteError(target, "the same file is written twice")
        remove_stale_temps(target.parent)
        tmp = _new_temp(target)
        self._staged.append((target, tmp, verify))
        return tmp

    def target_of(self, text: str) -> str:
        """``text`` (e.g. an error message) with every temporary path replaced by its target."""
        for target, tmp, _ in self._staged:
            text = text.replace(str(tmp), str(target))
        return text

    def commit(self) -> list[Path]:
        """Verify and fsync every staged file, then rename them all onto their targets."""
        for target, tmp, verify in self._staged:
            try:
                _finish_temp(tmp, target, verify)
            except FileWriteError:
                raise
            except OSError as exc:
                raise FileWriteError(target, describe_os_error(exc)) from None
        done = []
        for target, tmp, _ in self._staged:
            try:
                os.replace(tmp, target)
            except OSError as exc:
                raise FileWriteError(target, describe_os_error(exc)) from None
            done.append(target)
            _fsync_dir(target.parent)
        self._staged = [(t, tmp, v) for t, tmp, v in self._staged if t not in done]
        return done

    def discard(self) -> None:
        """Remove every temporary file not yet renamed."""
        for _target, tmp, _ in self._staged:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        self._staged = []


@contextlib.contextmanager
def staged_writes() -> Iterator[StagedWrites]:
    """All-or-nothing writing of several files.

    Example::

        with staged_writes() as stage:
            write_csv(result, stage.reserve("a.csv", verify=...))
            export_png(result, stage.reserve("b.png", verify=verify_png))
        # here both exist, verified; after any exception neither was created or replaced

    The renames at the end are atomic one by one; every file is complete and
    verified before the first rename, so only a failure of ``rename`` itself (not
    of writing) could leave some targets replaced and others not.
    """
    stage = StagedWrites()
    try:
        yield stage
        stage.commit()
    except FileWriteError as exc:  # a writer failed on its hidden temporary: name the target the user gave
        target = next((t for t, tmp, _ in stage._staged if tmp == exc.path), exc.path)
        if target == exc.path and exc.reason == stage.target_of(exc.reason):
            raise
        raise FileWriteError(target, stage.target_of(exc.reason)) from None
    except OSError as exc:  # e.g. ENOSPC from a writer's own open()/write(): said as "disk full"
        target = next((t for t, tmp, _ in stage._staged if os.fspath(tmp) in str(exc)), None)
        if target is None:
            raise
        raise FileWriteError(target, describe_os_error(exc)) from None
    finally:
        stage.discard()


def _rename_no_clobber(tmp: Path, target: Path) -> None:
    try:
        os.link(tmp, target)  # atomic, fails with FileExistsError if target exists
    except FileExistsError:
        raise
    except OSError:
        if target.exists():
            raise FileExistsError(str(target)) from None
        os.replace(tmp, target)
        return
    with contextlib.suppress(OSError):  # the target is complete; the temporary link goes
        os.unlink(tmp)


def _set_default_mode(tmp: Path, target: Path) -> None:
    """mkstemp makes 0600 files; give the result the mode a normal open() would."""
    try:
        mode = target.stat().st_mode & 0o777  # keep an existing file's read/write/run bits, never setuid/setgid
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    with contextlib.suppress(OSError):
        os.chmod(tmp, mode)


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable (best effort; not possible on every platform)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
