"""Plain-data snapshot of an assessment, its canonical form, hash and verification code.

The snapshot is what the report builder, the data-file exporter and the GUI review read: plain dicts, lists,
strings and numbers, all text in NFC. The **canonical content** is the part of the snapshot that identifies what
the school declared (school, assessment identity, answers, evidence, actions, and when set the report's details
and the parents' survey forms) — without derived scores and
without local times of edits — serialised as sorted, compact UTF-8 JSON. Its SHA-256 is the content hash; the
**verification code** printed on the paper report and carried by the data file is derived from that hash, so an
office can check that a signed paper and an imported file are the same.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import asdict
from typing import Any

from papi_desktop.core.catalogue import Catalogue
from papi_desktop.core.model import Action, Answer, Assessment, Attachment, School
from papi_desktop.core.scoring import evaluate_all, score
from papi_desktop.core.text import nfc_deep

CANONICAL_FORMAT = "papi-assessment/1"


def make_snapshot(
    catalogue: Catalogue,
    school: School,
    assessment: Assessment,
    answers: dict[str, Answer],
    attachments: list[Attachment],
    actions: list[Action],
    details: dict | None = None,
    survey: dict | None = None,
) -> dict[str, Any]:
    """Everything about one assessment as plain data, with verdicts and scores computed from ``catalogue``;
    ``"survey"`` holds the parents' survey results (:func:`~papi_desktop.core.survey.results.results_json`) of the
    content's survey member, None without one."""
    from papi_desktop.core.survey import member_results, results_json

    campus_codes = [c.code for c in school.campuses]
    evaluations = evaluate_all(catalogue, answers, campus_codes, assessment.school_year, stats=school.stats)
    scores = score(catalogue, evaluations)
    content = canonical_content(catalogue, school, assessment, answers, attachments, actions, details, survey)
    digest = content_hash(content)
    results = member_results(content.get("survey"), catalogue, evaluations, campus_codes)
    return nfc_deep({
        "content": content,
        "content_hash": digest,
        "verification_code": verification_code(digest) if assessment.is_final else None,
        "status": assessment.status,
        "created_at": assessment.created_at,
        "updated_at": assessment.updated_at,
        "verdicts": {cid: ev.verdict for cid, ev in evaluations.items()},
        # errors, then the reasons for "Chưa đạt" (both explain a verdict in the report)
        "problems": {
            cid: [p.message.vi for p in ev.messages] for cid, ev in evaluations.items() if ev.messages
        },
        "scores": {"dimensions": scores.dimensions, "overall": scores.overall, "counts": scores.counts},
        "survey": results_json(results) if results else None,
    })


def canonical_content(
    catalogue: Catalogue,
    school: School,
    assessment: Assessment,
    answers: dict[str, Answer],
    attachments: list[Attachment],
    actions: list[Action],
    details: dict | None = None,
    survey: dict | None = None,
) -> dict[str, Any]:
    """The declared content of an assessment (see the module docstring). Deterministic for equal input.

    ``details`` (:mod:`papi_desktop.core.documents`) become the member ``"report"`` only when something is set,
    and ``survey`` (the parents' forms, :func:`papi_desktop.core.survey.survey_member`) the member ``"survey"``
    only when there are forms, so the content of an assessment without them keeps its bytes and hash."""
    school_d = asdict(school)
    content = {
        "format": CANONICAL_FORMAT,
        "school": school_d,
        "assessment": {
            "id": assessment.id,
            "school_year": assessment.school_year,
            "catalogue_id": assessment.catalogue_id,
            "catalogue_version": assessment.catalogue_version,
            "catalogue_sha256": catalogue.sha256,
            "revision": assessment.revision,
            "finalised_at": assessment.finalised_at,
            "doc_number": assessment.doc_number,
            "doc_date": assessment.doc_date,
        },
        "answers": [
            {
                "criterion_id": a.criterion_id,
                "value": a.value,
                "na": a.na,
                "na_reason": a.na_reason,
                "note": a.note,
            }
            for a in sorted(answers.values(), key=lambda a: a.criterion_id)
        ],
        "attachments": [
            {"criterion_id": t.criterion_id, "filename": t.filename, "sha256": t.sha256, "size": t.size}
            for t in sorted(attachments, key=lambda t: (t.criterion_id, t.sha256, t.filename))
        ],
        "actions": [
            {"criterion_id": x.criterion_id, "what": x.what, "who": x.who, "due": x.due, "status": x.status}
            for x in sorted(actions, key=lambda x: (x.criterion_id or "", x.what, x.who, x.due or ""))
        ],
    }
    if details:
        content["report"] = details
    if survey:
        content["survey"] = survey
    return nfc_deep(content)


def content_answers(content: dict[str, Any]) -> dict[str, Answer]:
    """The answers of a canonical content (:func:`canonical_content`), as the rules read them."""
    return {x["criterion_id"]: Answer(x["criterion_id"], x["value"], x["na"], x["na_reason"], x["note"])
            for x in content["answers"]}


def canonical_json(content: dict[str, Any]) -> bytes:
    """Sorted keys, no insignificant white space, UTF-8, NFC; NaN/Infinity refused (not JSON; finite numbers are
    written exactly as before, so hashes of finalised assessments do not change)."""
    return json.dumps(nfc_deep(content), sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def content_hash(content: dict[str, Any]) -> str:
    """SHA-256 (hex) of :func:`canonical_json`."""
    return hashlib.sha256(canonical_json(content)).hexdigest()


def verification_code(digest_hex: str) -> str:
    """A 12-character code from the first 60 bits of the hash, in groups of four, e.g. ``K3QF-7ZP2-MA9D``.

    Base32 without padding; letters and digits that are easy to read aloud on the phone.
    """
    raw = base64.b32encode(bytes.fromhex(digest_hex)[:10]).decode("ascii")[:12]
    return "-".join(raw[i : i + 4] for i in range(0, 12, 4))
