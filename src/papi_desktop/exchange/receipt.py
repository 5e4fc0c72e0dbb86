"""Writing the office's receipts (``.papi-receipt``, :mod:`papi_desktop.exchange.receipt_format`).

A receipt answers the newest decision on one submission: which school, assessment, revision and content hash,
accepted or returned, the reason and notes, who decided and when, the office's name, and the office's detached
signature when it has a certificate (the ``.p12`` given on the command line, or this computer's
``exchange_signing`` setting — the certificate the office signs its files with). Writing it again gives the same
receipt (same id and number): the school reads it once.
"""

from __future__ import annotations

import base64
from pathlib import Path

from papi_desktop import __version__
from papi_desktop.core.snapshot import verification_code
from papi_desktop.errors import ExchangeError
from papi_desktop.exchange import receipt_format as rf
from papi_desktop.outputs import write_bytes


def _office(repo) -> dict:
    from papi_desktop.exchange.office import load_office

    office = load_office(repo)
    if not office.get("name"):
        raise ExchangeError("Chưa có tên cơ quan để ghi vào giấy báo kết quả. Hãy điền ở thẻ «Báo cáo tổng hợp» "
                            "(hoặc papi-desktop office set --name …) rồi thử lại.",
                            "The office has no name to put on the receipt. Fill it in on the \"Summary reports\" tab "
                            "(or papi-desktop office set --name …) and try again.")
    return {"name": office["name"], "supervising_body": office.get("supervising_body") or ""}


def current_decision(repo, assessment_id: str) -> dict:
    """The newest decision on a submission, when it is about the revision held now (else ExchangeError)."""
    a = repo.get_assessment(assessment_id)
    decision = repo.current_reviews([assessment_id]).get(assessment_id)
    if decision is None:
        raise ExchangeError(f"Bản tự đánh giá của trường {a.school_code} năm học {a.school_year} chưa được xem xét: "
                            "hãy tiếp nhận hoặc trả lại trước khi ghi giấy báo.",
                            f"The {a.school_year} assessment of {a.school_code} has not been reviewed: accept or "
                            "return it before writing its receipt.")
    if decision["current_state"] not in ("accepted", "returned"):
        raise ExchangeError(f"Trường {a.school_code} đã gửi lại lần sửa {a.revision} sau lần xem xét trước: "
                            "hãy xem xét bản mới rồi ghi giấy báo.",
                            f"School {a.school_code} has sent revision {a.revision} since the last review: review "
                            "it, then write the receipt.")
    return decision


def build_receipt(repo, decision: dict, *, signer=None) -> tuple[str, bytes]:
    """``(file name, bytes)`` of the receipt of ``decision`` (a row of ``reviews``)."""
    from papi_desktop.storage.sample import refuse_export

    refuse_export(repo)
    a = repo.get_assessment(decision["assessment_id"])
    school = repo.school_for(a)
    receipt = {
        "format": rf.FORMAT_NAME,
        "format_version": rf.FORMAT_VERSION,
        "app_version": __version__,
        "receipt_id": decision["receipt_id"],
        "sequence": decision["sequence"],
        "office": _office(repo),
        "school": {"code": a.school_code, "name": school.name},
        "assessment": {"id": a.id, "school_year": a.school_year, "revision": decision["revision"],
                       "content_hash": decision["content_hash"],
                       "verification_code": verification_code(decision["content_hash"])},
        "review": {"state": decision["state"], "reason": decision["reason"], "notes": decision["notes"],
                   "reviewer": decision["reviewer"], "decided_at": decision["decided_at"]},
        "signature": None,
    }
    if signer is not None:
        from papi_desktop.exchange.signing import sign_detached

        receipt["signature"] = base64.b64encode(sign_detached(rf.signed_bytes(receipt), signer)).decode("ascii")
    name = rf.file_name(a.school_code, a.school_year, decision["revision"], decision["state"])
    return name, rf.receipt_bytes(receipt)


def write_receipt(repo, assessment_id: str, out: str | Path, *, signer=None) -> Path:
    """Write the receipt of a submission's newest decision to ``out``; it counts as sent."""
    decision = current_decision(repo, assessment_id)
    _name, data = build_receipt(repo, decision, signer=signer)
    path = Path(out)
    write_bytes(path, data, ExchangeError)
    repo.mark_receipt_written(decision["id"], path.name)
    return path


def pending_decisions(repo) -> list[dict]:
    """Decisions on the revisions held now whose receipt was not written yet, oldest first."""
    rows = [d for d in repo.current_reviews().values()
            if d["current_state"] in ("accepted", "returned") and not d["receipt_written_at"]]
    return sorted(rows, key=lambda d: (d["decided_at"], d["assessment_id"]))


def write_pending(repo, out_dir: str | Path, *, signer=None) -> list[Path]:
    """One receipt per reviewed submission without a receipt written, into ``out_dir`` (named for each school)."""
    out = []
    for decision in pending_decisions(repo):
        name, data = build_receipt(repo, decision, signer=signer)
        path = Path(out_dir) / name
        write_bytes(path, data, ExchangeError)
        repo.mark_receipt_written(decision["id"], name)
        out.append(path)
    return out


def bundle_receipts(repo, out_dir: str | Path, school_year: str, *, signer=None) -> list[Path]:
    """The receipt of every submission of ``school_year`` decided on its revision held now, for the next level's
    bundle (they travel with the schools' files; nothing counts as sent to a school)."""
    out = []
    for decision in repo.current_reviews().values():
        if decision["current_state"] not in ("accepted", "returned"):
            continue
        if repo.get_assessment(decision["assessment_id"]).school_year != school_year:
            continue
        name, data = build_receipt(repo, decision, signer=signer)
        path = Path(out_dir) / name
        write_bytes(path, data, ExchangeError)
        out.append(path)
    return sorted(out)
