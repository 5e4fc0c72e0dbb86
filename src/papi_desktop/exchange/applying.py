"""Writing what the importer read (the writing half of :mod:`papi_desktop.exchange.importer`): new assessments in
groups, every other file on its own, each whole or not at all; signer continuity is checked first
(:mod:`papi_desktop.exchange.trust`). Only this process writes, in file order."""

from __future__ import annotations

from papi_desktop.core.answers.text import vn_date
from papi_desktop.core.snapshot import canonical_json
from papi_desktop.errors import PapiError
from papi_desktop.exchange import trust
from papi_desktop.exchange.import_results import (
    CONFLICT,
    IMPORTED,
    OLDER,
    REJECTED,
    SIGNER_CHANGED,
    UNCHANGED,
    UPDATED,
    AlreadyReceived,
    Checked,
    Failed,
    ImportOptions,
    ImportResult,
    Refused,
)
from papi_desktop.exchange.reader import open_attachment
from papi_desktop.storage import exchange_store as store

#: a group of new assessments is written once it holds this much (≈ 100 files of a 41-criterion catalogue): what the
#: writer holds at once, whatever the size of the import (64 MiB before: a 300-file import held every file's rows
#: until the end, ≈ 12 MiB more at its peak)
BATCH_BYTES = 4 * 1024 * 1024


class Batch:
    """The files of one transaction, in order. New assessments (the usual case) are written together, one
    statement per table, when something else has to be written, when they hold :data:`BATCH_BYTES`, or when the
    batch ends; any other file goes through :func:`import_one` on its own. If writing the group fails, it is
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
        self.results.append(import_one(self.repo, shown, prepared, self.options))

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
                self.results[i] = import_one(repo, shown, Checked(x), self.options)
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
        vi += f" Chứng thư số đã hết hạn ngày {vn_date(x.signer.not_after[:10])}."
        en += f" The certificate expired on {vn_date(x.signer.not_after[:10])}."
    return vi, en


def _log_row(result: ImportResult, sha: str, now: str) -> tuple:
    return (now, result.path, sha, result.result, result.assessment_id, result.school_code, result.revision,
            result.reason_vi)


def import_one(repo, shown: str, prepared: Checked | Refused | Failed, options: ImportOptions) -> ImportResult:
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

    if store.revision_known(repo, aid, rev, digest):  # also a version the clerk set aside when settling a conflict
        return result(UNCHANGED, f"Lần sửa {rev} đã có trong lịch sử.", f"Revision {rev} is already in history.")
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
                            f"{x.school_year} ở đây (lần sửa {held['revision']}); tệp này là một bản khác, không "
                            "phải lần sửa tiếp theo của bản đó.",
                            f"{x.school_name} ({x.school_code}) already has another assessment for {x.school_year} "
                            f"here (revision {held['revision']}); this file is a different one, not a later "
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
        return conflict(f"Cùng lần sửa {rev} nhưng nội dung khác với bản đã nhận.",
                        f"Same revision {rev} but different content from the one received.")
    if rev > state["revision"]:
        old = repo.canonical(aid)
        store.archive_revision(repo, aid, state["revision"], state["content_hash"] or "",
                               canonical_json(old).decode("utf-8"), f"thay bằng lần sửa {rev} nhập từ {shown}", now)
        store.write_imported(repo, [x], file_names=[shown], now=now, replace=True, open_attachment=_open_attachment)
        return result(UPDATED, f"Thay lần sửa {state['revision']} (bản cũ được giữ trong lịch sử).",
                      f"Replaces revision {state['revision']} (the old one is kept in history).")
    store.archive_revision(repo, aid, rev, digest, x.content_raw.decode("utf-8"),
                           f"bản cũ (lần sửa {rev}) nhập từ {shown}", now)
    return result(OLDER, f"Đã có bản mới hơn (lần sửa {state['revision']}); bản này chỉ được lưu vào lịch sử.",
                  f"A newer revision {state['revision']} is held; this one was only added to history.")
