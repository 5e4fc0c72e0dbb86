"""Importing ``.papi`` files at the receiving office (Qt-free; the GUI calls :func:`import_paths` from a worker).

Each file gets one result: ``imported``, ``unchanged``, ``updated`` (a newer revision; the previous one is kept
in ``revisions``), ``older`` (an older revision than the one held; kept in history only), ``conflict`` (same
revision with different content, or another assessment for the same school and year: kept aside in
``conflicts``, never applied), ``signer_changed`` (signed with another key than the school's recorded one, or
unsigned after signed files: held aside whole, never applied, until a clerk accepts the new certificate — see
:mod:`papi_desktop.exchange.trust`) or ``rejected`` (with the reason).

Reading a file (in a worker process for big imports) gives one small dataclass (:class:`Checked`,
:class:`Refused`, :class:`AlreadyReceived`, :class:`Failed`); the rows a checked file becomes are an
:class:`~papi_desktop.storage.exchange_store.IncomingFile`, written only by
:func:`~papi_desktop.storage.exchange_store.write_imported`.

Atomicity: files are written in batches — one SQLite transaction per batch; new assessments are written in groups
(one SAVEPOINT, one statement per table), any other file in a SAVEPOINT of its own
(:class:`papi_desktop.exchange.applying.Batch`). A file that fails any check is refused before anything of it is
written; a group that fails while being written is rolled back to its savepoint and its files written one by one.
Either way the database is exactly as before that file (only a row in ``import_log`` records the attempt). Because
a batch commits once, a power cut loses at most the current batch, never part of a file, and importing the same
files again is harmless.

Memory is bounded by bytes, not by a number of files: evidence files are never held (they are streamed from the
file into the database), a group is written as soon as what it holds passes :data:`BATCH_BYTES`, and at most
:data:`GROUP_FILES` files (:data:`GROUP_BYTES` on disk) per reading process are read ahead of the writer.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable
from pathlib import Path

from papi_desktop.errors import RejectedFileError
from papi_desktop.exchange import fileformat as ff
from papi_desktop.exchange import trust
from papi_desktop.exchange.aggregate import summaries_for_content
from papi_desktop.exchange.applying import BATCH_BYTES, Batch, import_one
from papi_desktop.exchange.import_results import (  # the results, importable from here as before
    CONFLICT,
    IMPORTED,
    OLDER,
    REJECTED,
    RESULT_TEXT,
    SIGNER_CHANGED,
    UNCHANGED,
    UPDATED,
    AlreadyReceived,
    Checked,
    Failed,
    ImportOptions,
    ImportReport,
    ImportResult,
    Refused,
)
from papi_desktop.exchange.reader import PapiFile, file_sha256, read_papi, read_papi_path
from papi_desktop.storage import exchange_store as store

__all__ = ["BATCH_BYTES", "BATCH_SIZE", "CONFLICT", "IMPORTED", "OLDER", "REJECTED", "RESULT_TEXT", "SIGNER_CHANGED",
           "UNCHANGED", "UPDATED", "AlreadyReceived", "Checked", "Failed", "ImportOptions", "ImportReport",
           "ImportResult", "Refused", "collect_files", "import_one", "import_paths", "prepare", "prepare_bytes"]

BATCH_SIZE = 500
GROUP_FILES = 16  # files read by a reading process in one task
GROUP_BYTES = 256 * 1024  # … and at most this much of them on disk (one file may be bigger)
PARALLEL_FROM = 200  # below this many files, starting worker processes costs more than it saves


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files named directly, and every ``*.papi`` file found in folders (recursively), in a stable order."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.suffix.lower() == ff.SUFFIX and f.is_file()
                          and not f.is_symlink())
        else:
            out.append(p)
    return out


class _DryRun(Exception):
    pass


def checked(f: PapiFile, source: str | bytes) -> Checked:
    """The rows of a checked file (scored here, where it was read)."""
    summary, survey = summaries_for_content(f.catalogue, f.content, f.content_hash)
    return Checked(store.incoming(f.content, file_sha256=f.sha256, content_hash=f.content_hash,
                                  content_raw=f.content_raw, manifest=f.manifest_raw, signature=f.signature,
                                  signer=f.signer, attachments=f.attachments, summary=summary, source=source,
                                  survey=survey))


def prepare(path: str) -> Checked | Refused | Failed:
    """Read, check and score one file without touching the database (runs in a worker process when asked)."""
    try:
        return checked(read_papi_path(path), path)
    except RejectedFileError as exc:
        return Refused(exc.vi, exc.en)
    except Exception as exc:  # never let a hostile file end the import with a traceback
        return Failed(f"{type(exc).__name__}: {exc}")


def prepare_bytes(data: bytes, name: str) -> Checked | Refused | Failed:
    """:func:`prepare` for a file held in memory (a file held aside, applied after a clerk accepted its signer)."""
    try:
        return checked(read_papi(data, name), data)
    except RejectedFileError as exc:
        return Refused(exc.vi, exc.en)
    except Exception as exc:
        return Failed(f"{type(exc).__name__}: {exc}")


def default_workers(n_files: int) -> int:
    """Processes that read and check files: one for small imports, else up to 4 (also in the frozen app, whose
    entry point calls ``multiprocessing.freeze_support()``; its selftest imports with two)."""
    if n_files < PARALLEL_FROM:
        return 1
    return max(1, min(os.cpu_count() or 1, 4))


def import_paths(repo, paths: Iterable[str | Path], *, dry_run: bool = False,
                 progress: Callable[[int, int], object] | None = None, batch_size: int = BATCH_SIZE,
                 workers: int | None = None, require_signature: bool = False) -> ImportReport:
    """Import every file under ``paths``; ``progress(done, total)`` after each file (return False to stop).

    ``dry_run`` checks and classifies every file exactly as a real import would, then rolls everything back.
    ``workers`` processes read and check files in parallel (default :func:`default_workers`); only this
    process writes, in file order. ``require_signature`` refuses unsigned files (so does the office setting).
    """
    files = collect_files(paths)
    report = ImportReport(dry_run=dry_run)
    total = len(files)
    workers = workers or default_workers(total)
    chunks = [[str(p) for p in files[i : i + batch_size]] for i in range(0, total, batch_size)]
    store.tune_for_import(repo)
    options = ImportOptions(require_signature or trust.signature_required(repo))
    known = store.received_files(repo) if total else {}
    pool = _ReadingProcesses(workers) if workers > 1 and total else None
    read = pool.start if pool else lambda chunk: map(prepare, chunk)

    def start(chunk: list[str]):
        """``prepare`` of each file of ``chunk``, in order; a file with the very bytes of one already received
        is not read and checked again (importing the same folder twice costs a hash per file)."""
        if not known:
            return read(chunk)
        seen = [_already_received(p, known) for p in chunk]
        todo = iter(read([p for p, hit in zip(chunk, seen, strict=True) if hit is None]))
        return (hit or next(todo) for hit in seen)
    try:
        stop = False
        items = start([p for chunk in chunks for p in chunk])  # read ahead across batches, a few files at a time
        for n, chunk in enumerate(chunks):
            done = n * batch_size
            try:
                with repo.transaction():
                    batch = Batch(repo, report.results, options)
                    for k, (path, item) in enumerate(zip(chunk, items, strict=False), start=done + 1):
                        batch.add(path, item)
                        if progress and progress(k, total) is False:
                            stop = True
                            break
                    batch.flush()
                    if dry_run:
                        raise _DryRun
            except _DryRun:
                pass
            if stop:
                break
    finally:
        if pool is not None:
            pool.shutdown()
    return report


def _already_received(path: str, known: dict[str, tuple]) -> AlreadyReceived | None:
    """The assessment held whose file had the very bytes of the file at ``path``; None when it must be read (also
    when it cannot be read here)."""
    try:
        if Path(path).stat().st_size > ff.MAX_FILE_BYTES:
            return None
        held = known.get(file_sha256(path))
    except OSError:
        return None
    return AlreadyReceived(*held) if held else None


def prepare_group(paths: list[str]) -> list[Checked | Refused | Failed]:
    """:func:`prepare` of each of ``paths`` (one task of a reading process)."""
    return [prepare(p) for p in paths]


def _groups(paths: list[str]):
    """``paths`` in consecutive groups of at most :data:`GROUP_FILES` files and :data:`GROUP_BYTES` on disk (what
    a file becomes in memory is bounded by its size on disk: the reader refuses entries compressed more than
    200-fold), so that a few groups read ahead hold little memory however big the files."""
    group: list[str] = []
    size = 0
    for p in paths:
        try:
            n = os.stat(p).st_size
        except OSError:
            n = 0
        if group and (len(group) >= GROUP_FILES or size + n > GROUP_BYTES):
            yield group
            group, size = [], 0
        group.append(p)
        size += n
    if group:
        yield group


class _ReadingProcesses:
    """``workers`` spawned processes running :func:`prepare_group`, at most two groups each ahead of the
    writer. If they cannot start or die (a frozen build on a system where spawning fails, a killed process), the
    files not read yet are read in this process instead: the import is slower but complete, and the cause goes to
    the log."""

    def __init__(self, workers: int):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # spawn, not fork: the GUI calls this from a thread, and forking a threaded process is unsafe
        self.workers = workers
        self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
        self.broken = False

    def start(self, paths: list[str]):
        """The prepared files of ``paths``, in order, read in the background a few groups ahead of the caller."""
        done = 0
        try:
            groups = _groups(paths)
            pending = deque(self.pool.submit(prepare_group, g) for g in itertools.islice(groups, self.workers * 2))
            while pending:
                items = pending.popleft().result()
                nxt = next(groups, None)
                if nxt is not None:
                    pending.append(self.pool.submit(prepare_group, nxt))
                for item in items:
                    yield item
                    done += 1
        except Exception as exc:  # the pool is broken or cannot start processes
            self._give_up(exc)
            yield from map(prepare, paths[done:])

    def _give_up(self, exc: Exception) -> None:
        if not self.broken:
            from papi_desktop.logs import log_exception

            self.broken = True
            log_exception(exc)

    def shutdown(self) -> None:
        self.pool.shutdown(cancel_futures=True)
