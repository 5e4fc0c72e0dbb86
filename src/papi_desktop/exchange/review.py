"""Review at the office: accept or return a submission, and the review state every screen and command shows.

A submission (a finalised assessment held here) is **chưa xem xét** until a clerk decides. A decision
(:func:`decide`) is *accepted* (đã tiếp nhận) or *returned* (trả lại, with a reason and optional notes per
criterion); who, when and why go to ``reviews`` and the audit log. The newest decision is the state while the
revision and content it was taken on are the ones held; once the school sends a newer revision the state is
*resubmitted* (đã gửi lại) and the submission is back to review. At the school the state comes from the newest
receipt read (:func:`school_state`).

Per school of the roster (:func:`roster_status`): chưa gửi (nothing finalised received), chờ xem xét, đã tiếp nhận,
trả lại, đã gửi lại.
"""

from __future__ import annotations

import getpass

from papi_desktop.core.text import nfc
from papi_desktop.errors import ValidationError
from papi_desktop.exchange.receipt_format import clean_text

ACCEPTED, RETURNED, RESUBMITTED = "accepted", "returned", "resubmitted"
#: roster statuses beyond the review states: nothing received / received, not reviewed yet
NOT_SENT, PENDING = "not_sent", "pending"
#: a submission's review state in words (None: not reviewed yet)
STATE_TEXT = {
    None: ("chưa xem xét", "not reviewed"),
    ACCEPTED: ("đã tiếp nhận", "accepted"),
    RETURNED: ("trả lại", "returned"),
    RESUBMITTED: ("đã gửi lại", "resubmitted"),
}
#: a roster school's status in words
ROSTER_TEXT = {
    NOT_SENT: ("chưa gửi", "not sent"),
    PENDING: ("chờ xem xét", "awaiting review"),
    ACCEPTED: STATE_TEXT[ACCEPTED],
    RETURNED: STATE_TEXT[RETURNED],
    RESUBMITTED: STATE_TEXT[RESUBMITTED],
}
REVIEWER_KEY = "review.reviewer"  # the name last used, offered next time
MAX_REASON = 2000
MAX_NOTE = 1000
MAX_REVIEWER = 120


def state_text(state: str | None, lang: str = "vi") -> str:
    return STATE_TEXT[state][0 if lang == "vi" else 1]


def default_reviewer(repo) -> str:
    """The reviewer's name last used on this data file, else the computer's login name."""
    name = repo.get_setting(REVIEWER_KEY)
    if name:
        return name
    try:
        return nfc(getpass.getuser()) or ""
    except Exception:  # no login name (a service account): the clerk types one
        return ""


def clean_notes(catalogue, notes: dict[str, str]) -> dict[str, str]:
    """Notes per criterion as stored: known criteria of ``catalogue`` only, NFC, empty notes left out."""
    out = {}
    for cid, note in notes.items():
        cid = (nfc(cid) or "").strip()
        if not catalogue.has(cid):
            raise ValidationError(f"Không có tiêu chí «{cid}» trong bộ tiêu chí của bản này.",
                                  f"There is no criterion '{cid}' in this assessment's catalogue.")
        text = clean_text(note, MAX_NOTE, "Ghi chú cho tiêu chí " + cid, "The note on criterion " + cid)
        if text:
            out[cid] = text
    return dict(sorted(out.items()))


def decide(repo, assessment_id: str, state: str, *, reason: str = "", notes: dict[str, str] | None = None,
           reviewer: str | None = None) -> dict:
    """Accept or return the submission held as ``assessment_id``; returns the decision stored.

    Returning needs a reason; notes (``{criterion id: text}``) go with a return only. The decision is about the
    revision and content held now."""
    if state not in (ACCEPTED, RETURNED):
        raise ValidationError(f"Kết quả xem xét «{state}» không hợp lệ.", f"Invalid review decision '{state}'.")
    a = repo.get_assessment(assessment_id)
    if not a.is_final or not a.content_hash:
        raise ValidationError("Chỉ xem xét được bản tự đánh giá đã hoàn thành.",
                              "Only a finalised assessment can be reviewed.")
    reason = clean_text(reason, MAX_REASON, "Lý do", "The reason")
    if state == RETURNED and not reason:
        raise ValidationError("Hãy ghi lý do trả lại để trường biết cần sửa gì.",
                              "Give the reason for returning it, so the school knows what to change.")
    notes = clean_notes(repo.catalogue_of(a), notes or {})
    if state == ACCEPTED and notes:
        raise ValidationError("Ghi chú theo tiêu chí chỉ dùng khi trả lại.", "Notes per criterion go with a return.")
    who = clean_text(reviewer if reviewer is not None else default_reviewer(repo), MAX_REVIEWER,
                     "Tên người xem xét", "The reviewer's name", multiline=False)
    if not who:
        raise ValidationError("Hãy ghi tên người xem xét.", "Give the reviewer's name.")
    decision = repo.record_review(assessment_id, revision=a.revision, content_hash=a.content_hash, state=state,
                                  reason=reason, notes=notes, reviewer=who)
    if repo.get_setting(REVIEWER_KEY) != who:
        repo.set_setting(REVIEWER_KEY, who)
    return decision


def office_state(repo, assessment_id: str) -> tuple[str | None, str]:
    """``(state, reason)`` of a submission at the office: state None until a decision is taken."""
    current = repo.current_reviews([assessment_id]).get(assessment_id)
    return (current["current_state"], current["reason"]) if current else (None, "")


def school_state(assessment, receipt: dict | None) -> str | None:
    """The review state at the school: the newest receipt's, or *resubmitted* once a revision newer than the one
    it answers was finalised here."""
    if receipt is None:
        return None
    newer_final = assessment.revision > receipt["revision"] + 1 or (
        assessment.revision > receipt["revision"] and assessment.is_final)
    return RESUBMITTED if newer_final else receipt["state"]


def list_fields(repo) -> dict[str, tuple[str | None, str | None]]:
    """``assessment id → (review, review_reason)`` for ``list --json`` on either side: the office's own decision
    where one was taken here, else the newest receipt read (the school's view); assessments without either are
    left out (``null``)."""
    out: dict[str, tuple[str | None, str | None]] = {}
    receipts = repo.newest_receipts()
    if receipts:
        by_id = {a.id: a for a in repo.list_assessments()}
        for aid, r in receipts.items():
            if aid in by_id and not repo.is_received(aid):
                out[aid] = (school_state(by_id[aid], r), r["reason"])
    for aid, (state, reason) in repo.review_states().items():
        out[aid] = (state, reason)
    return out


def roster_status(repo, school_year: str | None = None) -> tuple[str | None, list[tuple[str, str, str, str]]]:
    """``(school_year, [(code, name, unit, status), …])``: every school of the roster with its status
    (:data:`ROSTER_TEXT`) for the school year (default: the latest with data), then the schools not on the roster
    that sent a finalised assessment (all of them while no roster is loaded)."""
    from papi_desktop.exchange.aggregate import sync_summary
    from papi_desktop.storage import exchange_store as store

    sync_summary(repo)
    if school_year is None:
        years = store.summary_years(repo)
        school_year = years[0] if years else None
    roster = store.roster_rows(repo)
    if school_year is None:
        return None, [(*r, NOT_SENT) for r in roster]
    held = {code.upper(): (aid, code, name, unit) for aid, code, name, unit in store.summary_rows(
        repo, school_year=school_year, columns=("assessment_id", "school_code", "school_name", "unit_name"))}
    states = repo.review_states()

    def status(aid: str | None) -> str:
        return NOT_SENT if aid is None else (states[aid][0] if aid in states else PENDING)

    out = [(code, name, unit, status(held.pop(code.upper(), (None,))[0])) for code, name, unit in roster]
    out += [(code, name, unit, status(aid)) for aid, code, name, unit in held.values()]
    return school_year, out


def returned_receipt(repo, assessment) -> dict | None:
    """At the school: the newest receipt when it returned the revision finalised now (what "Mở lại để sửa" acts
    on), else None."""
    receipt = repo.newest_receipt(assessment.id)
    if receipt is None or receipt["state"] != RETURNED or not assessment.is_final:
        return None
    return receipt if receipt["revision"] == assessment.revision else None


def reopen_reason(receipt: dict, lang: str = "vi") -> str:
    """The reason a reopening after a return starts with (the principal may change it)."""
    from papi_desktop.exchange.receipt_import import verdict_sentence

    return (f"Sửa theo giấy báo trả lại: {verdict_sentence(receipt, 'vi')}" if lang == "vi" else
            f"Changes asked for by the receipt: {verdict_sentence(receipt, 'en')}")
