"""Writing output files whole or not at all: the one helper every file the app writes goes through.

A report PDF, a summary, an export, a bundle or a backup is first written to a temporary name in the target's own
folder (``<name>.<random>.partial``), flushed to disk, and only then renamed over the target (``os.replace``, atomic
on the same volume). A full disk, a read-only folder, a crash or a power cut therefore never leaves a truncated file
under the real name — the old file (if any) stays as it was — and the failure becomes one sentence
(:class:`~papi_desktop.errors.PapiError` or the subclass the caller names), never a traceback.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path

from papi_desktop.errors import PapiError

PARTIAL_SUFFIX = ".partial"


def write_failed(path: Path, exc: OSError, error: type[PapiError] = PapiError) -> PapiError:
    """The sentence for an OSError met while writing ``path``."""
    code = getattr(exc, "errno", None)
    if code == errno.ENOSPC or "full" in str(exc).lower():
        return error(f"Không ghi được tệp {path}: ổ đĩa đã đầy. Hãy xoá bớt tệp không cần rồi thử lại; không có tệp dở "
                     "dang nào được để lại.",
                     f"Cannot write {path}: the disk is full. Free some space and try again; no partial file was "
                     "left behind.")
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return error(f"Không ghi được tệp {path}: không có quyền ghi vào thư mục, hoặc tệp đang mở ở chương trình khác "
                     "(ví dụ Excel). Hãy đóng tệp hoặc chọn thư mục khác rồi thử lại.",
                     f"Cannot write {path}: the folder is not writable, or the file is open in another program "
                     "(e.g. Excel). Close it or choose another folder, then try again.")
    why = exc.strerror or exc
    return error(f"Không ghi được tệp {path}: {why}.", f"Cannot write {path}: {why}.")


def _fsync(path: Path, *, directory: bool = False) -> None:
    if directory and os.name == "nt":  # Windows cannot open a folder for flushing; NTFS renames are journaled
        return
    fd = os.open(path, os.O_RDONLY if directory else os.O_RDWR)  # Windows flushes only writable handles
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _new_partial(target: Path) -> Path:
    """A new empty file ``<name>.<random>.partial`` beside ``target`` (permissions as the umask says, like the
    file a plain ``open`` would make)."""
    while True:
        tmp = target.with_name(f"{target.name}.{os.urandom(4).hex()}{PARTIAL_SUFFIX}")
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666))
            return tmp
        except FileExistsError:
            continue


@contextlib.contextmanager
def atomic_output(path: str | Path, error: type[PapiError] = PapiError) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; when the block ends normally it becomes ``path``.

    The block writes the temporary file by any means (``open``, openpyxl's ``save``, SQLite's backup API…). If
    it raises, the temporary file is removed and ``path`` is untouched; an ``OSError`` (from the block, the flush or
    the rename) becomes ``error`` with a sentence (:func:`write_failed`).
    """
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = _new_partial(target)
    except OSError as exc:
        raise write_failed(target, exc, error) from None
    try:
        yield tmp
        _fsync(tmp)
        os.replace(tmp, target)
        with contextlib.suppress(OSError):
            _fsync(target.parent, directory=True)
    except OSError as exc:
        raise write_failed(target, exc, error) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def write_bytes(path: str | Path, data: bytes, error: type[PapiError] = PapiError) -> Path:
    """Write ``data`` to ``path`` through :func:`atomic_output`."""
    with atomic_output(path, error) as tmp:
        tmp.write_bytes(data)
    return Path(path)
