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

Atomicity: files are written in batches — one SQLite transaction per batch; new assessments are written in
groups (one SAVEPOINT, one statement per table), any other file in a SAVEPOINT of its own (:class:`_Batch`). A
file that fails any check is refused before anything of it is written; a group that fails while being written
is rolled back to its savepoint and its files written one by one. Either way the database is exactly as before
that file (only a row in ``import_log`` records the attempt). Because a batch commits once, a power cut loses at
most the current batch, never part of a file, and importing the same files again is harmless.

Memory is bounded by bytes, not by a number of files: evidence files are never held (they are streamed from the
file into the database), a group is written as soon as what it holds passes :data:`BATCH_BYTES`, and at most
:data:`GROUP_FILES` files (:data:`GROUP_BYTES` on disk) per reading process are read ahead of the writer.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from papi_desktop.core.snapshot import canonical_json
from papi_desktop.errors import PapiError, RejectedFileError, user_language
from papi_desktop.exchange import fileformat as ff
from papi_desktop.exchange import trust
from papi_desktop.exchange.aggregate import summary_for_content
from papi_desktop.exchange.reader import PapiFile, file_sha256, open_attachment, read_papi, read_papi_path
from papi_desktop.storage import exchange_store as store

IMPORTED, UNCHANGED, UPDATED, OLDER, CONFLICT, SIGNER_CHANGED, REJECTED = (
    "imported", "unchanged", "updated", "older", "conflict", "signer_changed", "rejected")
RESULT_TEXT = {
    IMPORTED: ("đã nhập", "imported"),
    UNCHANGED: ("không đổi", "unchanged"),
    UPDATED: ("đã cập nhật", "updated"),
    OLDER: ("bản cũ hơn", "older"),
    CONFLICT: ("xung đột", "conflict"),
    SIGNER_CHANGED: ("đổi người ký", "signer changed"),
    REJECTED: ("từ chối", "rejected"),
}
BATCH_SIZE = 500
BATCH_BYTES = 64 * 1024 * 1024  # a group of new assessments is written once it holds this much
GROUP_FILES = 16  # files read by a reading process in one task
GROUP_BYTES = 256 * 1024  # … and at most this much of them on disk (one file may be bigger)
PARALLEL_FROM = 200  # below this many files, starting worker processes costs more than it saves


@dataclass
class ImportResult:
    """The outcome for one file. ``reason_vi``/``reason_en`` explain anything but a plain import."""

    path: str
    result: str
    reason_vi: str = ""
    reason_en: str = ""
    assessment_id: str | None = None
    school_code: str | None = None
    school_name: str | None = None
    school_year: str | None = None
    revision: int | None = None

    def reason(self, lang: str | None = None) -> str:
        return self.reason_vi if (lang or user_language()) == "vi" else self.reason_en

    def line(self, lang: str | None = None) -> str:
        """One line for the command line or a log, in the user's language."""
        lang = lang or user_language()
        label = RESULT_TEXT[self.result][0 if lang == "vi" else 1]
        parts = [f"{label}: {self.path}"]
        if self.school_code:
            parts.append(f"{self.school_code} {self.school_year or ''} r{self.revision or '?'} {self.school_name or ''}"
                         .strip())
        if self.reason(lang):
            parts.append(self.reason(lang))
        return " — ".join(parts)


# -- what reading one file gives (plain values: passed back from worker processes) ------------------------------

@dataclass(frozen=True)
class Checked:
    """The file passed every check; ``item`` is the rows it becomes."""

    item: store.IncomingFile


@dataclass(frozen=True)
class Refused:
    """The file failed a check (the reason in Vietnamese and English)."""

    vi: str
    en: str


@dataclass(frozen=True)
class AlreadyReceived:
    """The file has the very bytes of the one an assessment held was imported from (not read again)."""

    assessment_id: str
    school_code: str
    school_name: str
    school_year: str
    revision: int


@dataclass(frozen=True)
class Failed:
    """Reading the file raised something unexpected (logged; the file is rejected)."""

    text: str


@dataclass
class ImportReport:
    results: list[ImportResult] = field(default_factory=list)
    dry_run: bool = False

    def count(self, result: str) -> int:
        return sum(1 for r in self.results if r.result == result)

    @property
    def ok(self) -> bool:
        """True when every file was applied or known: none rejected, none held aside for a changed signer."""
        return self.count(REJECTED) == 0 and self.count(SIGNER_CHANGED) == 0


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
    summary = summary_for_content(f.catalogue, f.content, f.content_hash)
    return Checked(store.incoming(f.content, file_sha256=f.sha256, content_hash=f.content_hash,
                                  content_raw=f.content_raw, manifest=f.manifest_raw, signature=f.signature,
                                  signer=f.signer, attachments=f.attachments, summary=summary, source=source))


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


@dataclass(frozen=True)
class ImportOptions:
    """How the office imports: ``require_signature`` refuses unsigned files (also when the repository setting
    :data:`~papi_desktop.exchange.trust.REQUIRE_SIGNATURE_KEY` says so)."""

    require_signature: bool = False


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
                    batch = _Batch(repo, report.results, options)
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


class _Batch:
    """The files of one transaction, in order. New assessments (the usual case) are written together, one
    statement per table, when something else has to be written, when they hold :data:`BATCH_BYTES`, or when the
    batch ends; any other file goes through :func:`_import_one` on its own. If writing the group fails, it is
    rolled back and its files are written one by one, so that only the failing file is rejected — each file still
    lands whole or not at all."""

    def __init__(self, repo, results: list[ImportResult], options: ImportOptions):
        self.repo, self.results, self.options = repo, results, options
        self.pending: list[tuple[int, str, store.IncomingFile]] = []  # (index in results, file, rows)
        self.keys: set = set()  # assessment ids and school keys in ``pending``
        self.bytes = 0

    def add(self, shown: str, prepared: Checked | Refused | AlreadyReceived | Failed) -> None:
        if isinstance(prepared, AlreadyReceived):
            self.results.append(ImportResult(shown, UNCHANGED, assessment_id=prepared.assessment_id,
                                             school_code=prepared.school_code, school_name=prepared.school_name,
                                             school_year=prepared.school_year, revision=prepared.revision))
            return
        if isinstance(prepared, Checked):
            x = prepared.item
            if x.assessment_id in self.keys or x.school_key in self.keys:
                self.flush()  # an earlier file of this batch may have recorded the school's signer
            if (trust.check(self.repo, x, self.options.require_signature) is None
                    and store.is_new(self.repo, x.assessment_id, x.school_code, x.school_year)):
                self.pending.append((len(self.results), shown, x))
                self.keys.update((x.assessment_id, x.school_key))
                self.bytes += x.held_bytes
                self.results.append(_result(ImportResult(shown, IMPORTED, *_signed(x)), x))
                if self.bytes >= BATCH_BYTES:
                    self.flush()
                return
        self.flush()  # anything else is written (or looked up) after the files before it
        self.results.append(_import_one(self.repo, shown, prepared, self.options))

    def flush(self) -> None:
        if not self.pending:
            return
        repo, now = self.repo, self.repo.clock()
        try:
            with repo.transaction():
                store.write_imported(repo, [x for _i, _s, x in self.pending],
                                     file_names=[s for _i, s, _x in self.pending], now=now,
                                     open_attachment=_open_attachment)
                store.log_imports(repo, [_log_row(self.results[i], x.file_sha256, now) for i, _s, x in self.pending])
        except Exception:
            for i, shown, x in self.pending:
                self.results[i] = _import_one(repo, shown, Checked(x), self.options)
        self.pending.clear()
        self.keys.clear()
        self.bytes = 0


def _open_attachment(x: store.IncomingFile, sha256: str, size: int):
    return open_attachment(x.source, sha256, size)


def _signed(x: store.IncomingFile) -> tuple[str, str]:
    if x.signer is None:
        return "", ""
    vi, en = f"Có chữ ký số: {x.signer.subject}.", f"Digitally signed: {x.signer.subject}."
    if x.signer.expired:
        vi += f" Chứng thư số đã hết hạn ngày {_date(x.signer.not_after)}."
        en += f" The certificate expired on {_date(x.signer.not_after)}."
    return vi, en


def _date(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}" if len(iso) >= 10 else iso


def _log_row(result: ImportResult, sha: str, now: str) -> tuple:
    return (now, result.path, sha, result.result, result.assessment_id, result.school_code, result.revision,
            result.reason_vi)


def _import_one(repo, shown: str, prepared: Checked | Refused | Failed, options: ImportOptions) -> ImportResult:
    now = repo.clock()
    if isinstance(prepared, Refused):
        result = ImportResult(shown, REJECTED, prepared.vi, prepared.en)
        store.log_imports(repo, [_log_row(result, "", now)])
        return result
    if isinstance(prepared, Failed):
        return _unexpected(repo, shown, "", RuntimeError(prepared.text), now)
    x = prepared.item
    try:
        with repo.transaction():
            verdict = trust.check(repo, x, options.require_signature)
            result = _apply(repo, x, shown, now) if verdict is None else _result(
                ImportResult(shown, verdict.result, verdict.vi, verdict.en), x)
            if verdict is not None and verdict.result == SIGNER_CHANGED:
                trust.hold(repo, x, shown, verdict, now)
    except PapiError as exc:
        result = _result(ImportResult(shown, REJECTED, exc.vi, exc.en), x)
    except Exception as exc:
        return _unexpected(repo, shown, x.file_sha256, exc, now)
    if result.result != UNCHANGED:
        store.log_imports(repo, [_log_row(result, x.file_sha256, now)])
    return result


def _unexpected(repo, shown: str, sha: str, exc: Exception, now: str) -> ImportResult:
    from papi_desktop.logs import log_exception

    where = log_exception(exc)
    vi = f"Nội dung tệp không hợp lệ, không nhập được (chi tiết kỹ thuật ghi ở {where})."
    en = f"The file's content is not valid and was not imported (technical details in {where})."
    result = ImportResult(shown, REJECTED, vi, en)
    store.log_imports(repo, [_log_row(result, sha, now)])
    return result


def _result(result: ImportResult, x: store.IncomingFile) -> ImportResult:
    result.assessment_id, result.revision, result.school_year = x.assessment_id, x.revision, x.school_year
    result.school_code, result.school_name = x.school_code, x.school_name
    return result


def _apply(repo, x: store.IncomingFile, shown: str, now: str) -> ImportResult:
    aid, rev, digest = x.assessment_id, x.revision, x.content_hash
    state = store.assessment_state(repo, aid)

    def result(kind: str, vi: str = "", en: str = "") -> ImportResult:
        return _result(ImportResult(shown, kind, vi, en), x)

    def conflict(vi: str, en: str) -> ImportResult:
        store.keep_conflict(repo, x, shown, now)
        return result(CONFLICT, vi + " Tệp được giữ riêng để xem xét, dữ liệu đang có không bị thay.",
                      en + " The file was kept aside for review; the data held was not replaced.")

    if state is None:
        variant = store.school_code_variant(repo, x.school_code)
        if variant:
            return conflict(f"Tệp ghi mã trường {x.school_code}, nhưng ở đây đã có trường {variant} — cùng một mã, "
                            "chỉ khác chữ hoa/chữ thường, nên là cùng một trường.",
                            f"The file names school {x.school_code}, but school {variant} is held here — the same "
                            "code in another letter case, so the same school.")
        other = store.assessment_for(repo, x.school_code, x.school_year)
        if other:
            held = store.assessment_state(repo, other)
            return conflict(f"{x.school_name} ({x.school_code}) đã có một bản tự đánh giá khác của năm học "
                            f"{x.school_year} ở đây (lần sửa r{held['revision']}); tệp này là một bản khác, không "
                            "phải lần sửa tiếp theo của bản đó.",
                            f"{x.school_name} ({x.school_code}) already has another assessment for {x.school_year} "
                            f"here (revision r{held['revision']}); this file is a different one, not a later "
                            "revision of it.")
        store.write_imported(repo, [x], file_names=[shown], now=now, open_attachment=_open_attachment)
        return result(IMPORTED, *_signed(x))
    if (state["school_code"].upper(), state["school_year"]) != (x.school_key, x.school_year):
        return conflict(f"Tệp ghi trường {x.school_code} năm học {x.school_year}, nhưng mã bản tự đánh giá của nó "
                        f"đã dùng cho trường {state['school_code']} năm học {state['school_year']} ở đây.",
                        f"The file names school {x.school_code}, {x.school_year}, but its assessment id is already "
                        f"used here by school {state['school_code']}, {state['school_year']}.")
    if state["status"] != "finalised":
        return conflict("Bản này đang được sửa (bản nháp) trên máy này.",
                        "This assessment is a draft on this computer.")
    if rev == state["revision"]:
        if digest == state["content_hash"]:
            return result(UNCHANGED)
        return conflict(f"Cùng lần sửa r{rev} nhưng nội dung khác với bản đã nhận.",
                        f"Same revision r{rev} but different content from the one received.")
    if rev > state["revision"]:
        old = repo.canonical(aid)
        store.archive_revision(repo, aid, state["revision"], state["content_hash"] or "",
                               canonical_json(old).decode("utf-8"), f"thay bằng bản r{rev} nhập từ {shown}", now)
        store.write_imported(repo, [x], file_names=[shown], now=now, replace=True, open_attachment=_open_attachment)
        return result(UPDATED, f"Thay bản r{state['revision']} (bản cũ được giữ trong lịch sử).",
                      f"Replaces r{state['revision']} (the old one is kept in history).")
    if store.revision_known(repo, aid, rev, digest):
        return result(UNCHANGED, f"Bản r{rev} đã có trong lịch sử.", f"Revision r{rev} is already in history.")
    store.archive_revision(repo, aid, rev, digest, x.content_raw.decode("utf-8"),
                           f"bản cũ r{rev} nhập từ {shown}", now)
    return result(OLDER, f"Đã có bản mới hơn r{state['revision']}; bản này chỉ được lưu vào lịch sử.",
                  f"A newer revision r{state['revision']} is held; this one was only added to history.")
