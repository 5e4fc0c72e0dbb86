"""Applying an office's receipt (``papi-desktop import --db SCHOOL RECEIPT``, the school's window, or a bundle at the
next level): after :mod:`~papi_desktop.exchange.receipt_reader` has checked the file itself, the receipt must
answer something this database holds.

Refused with one sentence, nothing written: the office's own receipt read back; a receipt for a school, an
assessment or a school year not held here; for a revision never finalised here; for a content hash other than that
revision's (the office reviewed other content); notes on criteria the assessment does not have; from an office whose
receipts were signed before, a receipt signed with another key or not signed (trust on first use, as the office does
for schools); a receipt older than (or as old as) the newest one of that office for that assessment (a replay); a
different receipt carrying the id of one already read. The same receipt read again is ``unchanged``.

At the school the receipt is the office's verdict (home page, criteria pages). In an office's database — the
assessment came in a school's data file, e.g. with a bundle from a lower office — it records that office's review.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from papi_desktop.core.answers.text import vn_date
from papi_desktop.errors import NotFoundError, RejectedFileError, user_language
from papi_desktop.exchange import receipt_format as rf
from papi_desktop.exchange.receipt_reader import Receipt, read_receipt_path, reject

APPLIED, UNCHANGED, REJECTED = "applied", "unchanged", "rejected"
RESULT_TEXT = {APPLIED: ("đã nhận giấy báo", "receipt read"), UNCHANGED: ("không đổi", "unchanged"),
               REJECTED: ("từ chối", "rejected")}


@dataclass
class ReceiptResult:
    """The outcome for one receipt file: ``vi``/``en`` say what it means or why it was refused."""

    path: str
    result: str
    vi: str
    en: str
    assessment_id: str | None = None
    state: str | None = None
    school_code: str | None = None
    school_name: str | None = None
    school_year: str | None = None
    revision: int | None = None
    #: refused only because the office signed with another certificate (the school may accept it, audited)
    signer_changed: bool = False

    def as_import_result(self):
        """The same outcome as a data file's (``imported`` / ``unchanged`` / ``rejected``), for the import's list."""
        from papi_desktop.exchange.import_results import IMPORTED, ImportResult

        return ImportResult(self.path, IMPORTED if self.result == APPLIED else self.result, self.vi, self.en,
                            self.assessment_id, self.school_code, self.school_name, self.school_year, self.revision)

    @property
    def ok(self) -> bool:
        return self.result != REJECTED

    def text(self, lang: str | None = None) -> str:
        return self.vi if (lang or user_language()) == "vi" else self.en

    def line(self, lang: str | None = None) -> str:
        lang = lang or user_language()
        return f"{RESULT_TEXT[self.result][0 if lang == 'vi' else 1]}: {self.path} — {self.text(lang)}"


def is_receipt(path: str | Path) -> bool:
    return str(path).lower().endswith(rf.SUFFIX)


def split_receipts(paths: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    """``(receipts, the rest)``: receipt files named, and those found in folders (which stay in the rest, for their
    data files); receipts are applied after the data files, which they may answer."""
    receipts: list[Path] = []
    rest: list[str] = []
    for p in map(Path, paths):
        if p.is_dir():
            receipts += sorted(f for f in p.rglob(f"*{rf.SUFFIX}") if f.is_file() and not f.is_symlink())
            rest.append(str(p))
        elif is_receipt(p):
            receipts.append(p)
        else:
            rest.append(str(p))
    return receipts, rest


class OfficeSignerChanged(RejectedFileError):
    """The receipt is signed with another certificate than the one its office used before."""


def import_receipts(repo, paths: Iterable[str | Path], *, dry_run: bool = False,
                    accept_new_key: bool = False) -> list[ReceiptResult]:
    """Read, check and apply each receipt in ``paths`` (in order: a newer one after an older one is fine).
    ``accept_new_key``: the school checked with the office that it changed its certificate; the receipt's is
    recorded instead (audited)."""
    out = []
    for p in paths:
        try:
            out.append(apply_receipt(repo, read_receipt_path(p), shown=str(p), dry_run=dry_run,
                                     accept_new_key=accept_new_key))
        except RejectedFileError as exc:
            out.append(ReceiptResult(str(p), REJECTED, exc.vi, exc.en,
                                     signer_changed=isinstance(exc, OfficeSignerChanged)))
    return out


def _day(iso: str) -> str:
    try:
        return vn_date(datetime.fromisoformat(iso).astimezone().date().isoformat())
    except ValueError:
        return iso[:10]


def verdict_sentence(r: dict | Receipt, lang: str = "vi", school: str = "") -> str:
    """"Phòng … đã trả lại lần sửa 1 ngày 20/05/2026: «…»." — a receipt's verdict in one sentence."""
    get = r.get if isinstance(r, dict) else lambda k: getattr(r, k)
    office, rev, day, reason = get("office_name"), get("revision"), _day(get("decided_at")), get("reason")
    whose = f" của trường {school}" if school and lang == "vi" else (f" of {school}" if school else "")
    if get("state") == "accepted":
        tail = f": «{reason}»" if reason and lang == "vi" else (f": '{reason}'" if reason else "")
        return (f"{office} đã tiếp nhận lần sửa {rev}{whose} ngày {day}{tail}." if lang == "vi" else
                f"{office} accepted revision {rev}{whose} on {day}{tail}.")
    notes = len(get("notes") or {})
    more_vi = f" Có ghi chú ở {notes} tiêu chí." if notes else ""
    more_en = f" Notes on {notes} criteria." if notes else ""
    return (f"{office} đã trả lại lần sửa {rev}{whose} ngày {day}: «{reason}».{more_vi}" if lang == "vi" else
            f"{office} returned revision {rev}{whose} on {day}: '{reason}'.{more_en}")


def apply_receipt(repo, r: Receipt, *, shown: str = "", dry_run: bool = False,
                  accept_new_key: bool = False) -> ReceiptResult:
    """Check ``r`` against this database and keep it (unless ``dry_run``); raises RejectedFileError."""
    shown = shown or r.name
    if repo.is_own_review(r.receipt_id):
        raise reject("Đây là giấy báo do chính cơ quan này lập: hãy gửi cho trường, không cần nhập ở đây.",
                     "This receipt was made by this office: send it to the school, there is no need to import it "
                     "here.")
    a = _assessment(repo, r)
    held_hash = repo.revision_hash(a.id, r.revision)
    if held_hash is None:
        raise reject(f"Giấy báo trả lời lần sửa {r.revision}, nhưng bản này chưa từng được hoàn thành trên máy này. "
                     "Hãy kiểm tra lại với cơ quan.",
                     f"The receipt answers revision {r.revision}, which was never finalised on this computer. "
                     "Check with the office.")
    if held_hash != r.content_hash:
        raise reject(f"Giấy báo trả lời một nội dung khác với lần sửa {r.revision} trên máy này (mã băm khác): cơ quan "
                     "đã xem xét một tệp không phải tệp trường gửi. Hãy liên hệ cơ quan.",
                     f"The receipt answers other content than revision {r.revision} held here (the hash differs): "
                     "the office reviewed a file that is not the one the school sent. Contact the office.")
    catalogue = repo.catalogue_of(a)
    unknown = sorted(c for c in r.notes if not catalogue.has(c))
    if unknown:
        raise reject(f"Giấy báo có ghi chú cho tiêu chí không có trong bản tự đánh giá: {', '.join(unknown[:5])}.",
                     f"The receipt has notes on criteria the assessment does not have: {', '.join(unknown[:5])}.")
    signer_row = _signer_continuity(repo, r, accept_new_key)
    held = repo.receipt_by_id(r.receipt_id)
    if held is not None and any(held[k] != v for k, v in r.row().items() if k != "signer"):
        raise reject("Giấy báo mang số của một giấy báo đã nhận nhưng nội dung khác: đã từ chối.",
                     "The receipt carries the id of one already read but says something else: refused.")
    newest = repo.newest_receipt(a.id, r.office_key)
    if held is not None and newest["sequence"] == r.sequence:
        return ReceiptResult(shown, UNCHANGED, "Giấy báo này đã được nhận trước đây.",
                             "This receipt was read before.", a.id, r.state, *_about(r))
    if newest is not None and newest["sequence"] >= r.sequence:
        raise reject(f"Giấy báo này cũ hơn giấy báo đã nhận của {r.office_name} (số {r.sequence}, đã có số "
                     f"{newest['sequence']} ngày {_day(newest['decided_at'])}): đã từ chối, kết quả đang có giữ "
                     "nguyên.",
                     f"This receipt is older than the one already read from {r.office_name} (number {r.sequence}; "
                     f"number {newest['sequence']} of {_day(newest['decided_at'])} is held): refused, the result "
                     "held stays.")
    if not dry_run:
        repo.store_receipt(r.row(), data=r.data, file_name=Path(shown).name, file_sha256=r.sha256,
                           signer_row=signer_row)
    forwarded = repo.is_received(a.id)
    school = f"{r.school_name} ({a.school_code})" if forwarded else ""
    vi, en = verdict_sentence(r, "vi", school), verdict_sentence(r, "en", school)
    if r.signer:
        vi, en = f"{vi} Có chữ ký số: {r.signer.subject}.", f"{en} Digitally signed: {r.signer.subject}."
    return ReceiptResult(shown, APPLIED, vi, en, a.id, r.state, *_about(r))


def _about(r: Receipt) -> tuple:
    return r.school_code, r.school_name, r.school_year, r.revision


def _assessment(repo, r: Receipt):
    try:
        a = repo.get_assessment(r.assessment_id)
    except NotFoundError:
        a = None
    codes = {s.code.upper() for s in repo.list_schools()}
    if a is None or a.school_code.upper() != r.school_code.upper():
        if r.school_code.upper() not in codes:
            raise reject(f"Giấy báo này gửi cho trường khác ({r.school_name}, mã {r.school_code}), không phải trường "
                         "trên máy này: đã từ chối.",
                         f"This receipt is for another school ({r.school_name}, code {r.school_code}), not a school "
                         "on this computer: refused.") from None
        raise reject(f"Giấy báo trả lời một bản tự đánh giá (năm học {r.school_year}) không có trên máy này: đã từ "
                     "chối.",
                     f"The receipt answers an assessment ({r.school_year}) that is not on this computer: refused.")
    if a.school_year != r.school_year:
        raise reject(f"Giấy báo ghi năm học {r.school_year}, khác năm học {a.school_year} của bản trên máy này: đã "
                     "từ chối.",
                     f"The receipt says school year {r.school_year}, not {a.school_year} as held here: refused.")
    return a


def _signer_continuity(repo, r: Receipt, accept_new_key: bool = False) -> dict | None:
    """The office's signer to record now (its first signed receipt, or a new certificate the school accepted), or
    None; raises when the receipt breaks the office's signing: another key, or no signature after signed ones."""
    from papi_desktop.exchange.trust import describe_recorded

    known = repo.office_signer(r.office_key)
    new = None if r.signer is None else {"subject": r.signer.subject, "key_sha256": r.signer.key_sha256,
                                         "cert_sha256": r.signer.cert_sha256, "certificate": r.signer.certificate}
    if known is None:
        return new
    held_vi, held_en = describe_recorded(known, "vi"), describe_recorded(known, "en")
    if r.signer is None:
        raise reject(f"{r.office_name} đã ký số các giấy báo trước (chứng thư {held_vi}) nhưng giấy báo này không có "
                     "chữ ký: có thể không do cơ quan lập. Đã từ chối; hãy gọi điện hỏi lại cơ quan.",
                     f"{r.office_name} signed its earlier receipts (certificate {held_en}) but this one is not "
                     "signed: it may not come from the office. Refused; telephone the office to check.")
    if r.signer.key_sha256 == known["key_sha256"]:
        return None
    if accept_new_key:
        return {**new, "replaces": known["cert_sha256"]}
    raise OfficeSignerChanged(
        f"Giấy báo mang tên {r.office_name} nhưng được ký bằng chứng thư khác ({r.signer.describe('vi')}) với chứng "
        f"thư cơ quan đã dùng ({held_vi}). Đã từ chối; hãy gọi điện hỏi lại cơ quan. Chỉ khi cơ quan xác nhận đã "
        "đổi chứng thư số mới nhập lại và chấp nhận chứng thư mới.",
        f"The receipt bears the name {r.office_name} but is signed with another certificate "
        f"({r.signer.describe('en')}) than the office used ({held_en}). Refused; telephone the office to check. "
        "Only if the office confirms it changed its certificate, import it again accepting the new one.")
