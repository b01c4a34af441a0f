"""Files written atomically: a temporary file beside the target, renamed into place (inside
``deferred_replace`` the renames wait until every file is written), so that a reader never
sees a half-written file and a failed run leaves the previous one whole.
"""
from __future__ import annotations

import hashlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

# The temporary files written inside ``deferred_replace``, with the paths they will replace.
_STAGED: ContextVar[list[tuple[str, Path]] | None] = ContextVar("fazhi_staged_writes", default=None)
# Temporary files of atomic_write: .fazhi.ttl.k3j2x9.tmp
TEMPORARY_NAME = re.compile(r"^\..+\.[A-Za-z0-9_]{6,}\.tmp$")


def atomic_write(path: Path, write: Callable[[object], None], mode: str = "wb", *, durable: bool = True) -> None:
    """Write ``path`` through a temporary file in the same folder, renamed into place when
    complete. The file's bytes reach the disk before the rename (``fsync``) unless not
    ``durable``: then a crash of the system (not of the process: the rename stays atomic)
    can leave ``path`` empty or cut short, which its reader must detect."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes files private; exports are for everyone
    try:
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8", "newline": "\n"})) as fh:
            write(fh)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        replace_when_done(tmp, path)
    except BaseException as exc:
        if os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(exc, OSError) and exc.errno is not None and exc.filename in (None, tmp):
            exc.filename = str(path)  # name the file the user knows, not the temporary one
        raise


def replace_when_done(tmp: str | Path, path: Path) -> None:
    """Rename a completed temporary file to ``path``: now, or inside ``deferred_replace``
    when the block completes."""
    staged = _STAGED.get()
    if staged is None:
        os.replace(tmp, path)
    else:
        staged.append((str(tmp), Path(path)))


@contextmanager
def deferred_replace(*, commit: bool = True) -> Iterator[list[tuple[str, Path]]]:
    """Hold back the renames of every ``atomic_write`` in the block until it ends.

    When the block completes, all files are renamed into place one after the other (a
    few milliseconds); when it fails, or the process dies, none is, and the temporary
    files are deleted (or left as hidden ``.*.tmp`` files that ``remove_stale_temporaries``
    clears). So a build that fails while writing leaves every previous export as it was.
    Without ``commit`` the completed block renames nothing: see ``collect_replacements``.
    """
    staged: list[tuple[str, Path]] = []
    token = _STAGED.set(staged)
    try:
        yield staged
    except BaseException:
        discard_staged(staged)
        raise
    finally:
        _STAGED.reset(token)
    if not commit:
        return
    for tmp, path in staged:
        os.replace(tmp, path)
    for folder in {path.parent for _, path in staged}:
        _fsync_dir(folder)


def discard_staged(staged: Iterable[tuple[str, Path]]) -> None:
    """Delete the temporary files of renames that will not be made."""
    for tmp, _ in staged:
        if os.path.exists(tmp):
            os.unlink(tmp)


@contextmanager
def collect_replacements() -> Iterator[list[tuple[str, Path]]]:
    """Hold back the renames of every ``atomic_write`` in the block, as ``deferred_replace``
    does, but leave them to the caller: the list it yields holds each temporary file with the
    path it is to replace, for a ``deferred_replace`` (perhaps in another process) to adopt.
    When the block fails, the temporary files are deleted."""
    with deferred_replace(commit=False) as staged:
        yield staged


@contextmanager
def replace_now() -> Iterator[None]:
    """Let every ``atomic_write`` in the block rename its file at once, inside a ``deferred_replace``
    too: for a file whose new version must be in place before the deferred ones are."""
    token = _STAGED.set(None)
    try:
        yield
    finally:
        _STAGED.reset(token)


def _fsync_dir(folder: Path) -> None:
    """Make the renames in ``folder`` durable (where the platform allows it)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_stale_temporaries(folder: Path) -> int:
    """Delete temporary files that a killed run of ``atomic_write`` left in ``folder``."""
    removed = 0
    if not Path(folder).is_dir():
        return 0
    for entry in Path(folder).iterdir():
        if TEMPORARY_NAME.match(entry.name) and entry.is_file():
            entry.unlink(missing_ok=True)
            removed += 1
    return removed


# Characters a file name must not hold on any common system: separators, controls, those
# Windows reserves, lone surrogates and noncharacters.
_UNSAFE_IN_NAME = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|\ud800-\udfff\ufffe\uffff]')
# Names Windows reserves for devices, whatever the suffix: CON, NUL, COM1 …
_RESERVED_NAME = re.compile(r"^(?:con|prn|aux|nul|com\d|lpt\d)$", re.I)
MAX_NAME_BYTES = 200


def safe_filename(name: str, suffix: str = "") -> str:
    """A file name made from an arbitrary string (an entity name from a report): one path
    component, no separators or control characters, not hidden, not ``..``, not a reserved
    device name, at most ``MAX_NAME_BYTES`` bytes of UTF-8. When the name had to be
    changed, a short hash of the original keeps two different names apart."""
    cleaned = unicodedata.normalize("NFC", name)
    cleaned = _UNSAFE_IN_NAME.sub("_", cleaned).strip(" .")
    if _RESERVED_NAME.match(cleaned.split(".")[0] if cleaned else ""):
        cleaned = "_" + cleaned
    changed = cleaned != name or not cleaned
    budget = max(MAX_NAME_BYTES - len(suffix.encode("utf-8")) - 9, 0)  # room for "-" and the hash
    if len(cleaned.encode("utf-8")) > budget:
        cleaned = cleaned.encode("utf-8")[:budget].decode("utf-8", errors="ignore").rstrip(" .")
        changed = True
    if changed:
        digest = hashlib.sha1(name.encode("utf-8", errors="surrogatepass")).hexdigest()[:8]
        cleaned = f"{cleaned}-{digest}" if cleaned else digest
    return cleaned + suffix


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
