"""The life of an assessment: finalising, reopening as a new revision, the audit log, snapshots.

Part of :class:`~papi_desktop.storage.repository.Repository` (mixed in); every write is one transaction.
"""

from __future__ import annotations

import json
from dataclasses import asdict

from papi_desktop.core.model import DRAFT, FINALISED, Assessment, AuditEntry, School
from papi_desktop.core.text import nfc
from papi_desktop.errors import ValidationError
from papi_desktop.storage.rows import dict_rows, school_from_profile
from papi_desktop.storage.rows import dumps as _dumps


class LifecycleMixin:
    """Finalise / reopen, revisions, audit log and the plain-data snapshots."""


    def school_for(self, a: Assessment) -> School:
        """The school profile of an assessment: frozen at finalising, live for a draft."""
        row = self.conn.execute("SELECT school_profile FROM assessments WHERE id = ?", [a.id]).fetchone()
        if row and row[0]:
            return school_from_profile(a.school_code, json.loads(row[0]))
        return self.get_school(a.school_code)

    def missing_for_finalise(self, assessment_id: str) -> list[tuple[str, str]]:
        """``(criterion_id, message)`` for everything that blocks finalising (unanswered, invalid)."""
        from papi_desktop.core.scoring import finalise_blockers

        a = self.get_assessment(assessment_id)
        school = self.school_for(a)
        blockers = finalise_blockers(self.catalogue_of(a), self.get_answers(assessment_id),
                                     [c.code for c in school.campuses], a.school_year, stats=school.stats)
        return [(cid, message.vi) for cid, message in blockers]

    def finalise(self, assessment_id: str, *, doc_number: int | None = None, doc_date: str | None = None) -> Assessment:
        """Make a complete draft final and read-only; freezes the school profile and the content hash."""
        a = self._require_draft(assessment_id)
        missing = self.missing_for_finalise(assessment_id)
        if missing:
            listing = "; ".join(f"{cid}: {msg}" for cid, msg in missing[:10])
            more = f" (+{len(missing) - 10})" if len(missing) > 10 else ""
            raise ValidationError(
                f"Chưa hoàn thành được, còn thiếu: {listing}{more}.", f"Cannot finalise yet, missing: {listing}{more}."
            )
        now = self.clock()
        school = self.get_school(a.school_code)
        with self.transaction():
            self.db["assessments"].update(assessment_id, {
                "status": FINALISED, "finalised_at": now, "updated_at": now,
                "school_profile": _dumps({k: v for k, v in asdict(school).items() if k != "code"}),
                "doc_number": doc_number if doc_number is not None else a.doc_number,
                "doc_date": doc_date or now[:10],
            })
            self._freeze_details(a)
            self._freeze_survey(assessment_id)
            from papi_desktop.core.snapshot import content_hash

            digest = content_hash(self.canonical(assessment_id))
            self.db["assessments"].update(assessment_id, {"content_hash": digest})
            self.audit("assessment_finalised", assessment_id, revision=a.revision, content_hash=digest)
        self.after_finalise(assessment_id)
        return self.get_assessment(assessment_id)

    def reopen(self, assessment_id: str, *, reason: str) -> Assessment:
        """Reopen a finalised assessment as a new draft revision; the finalised content is archived."""
        a = self.get_assessment(assessment_id)
        reason = nfc(reason) or ""
        if not a.is_final:
            raise ValidationError("Bản này đang là bản nháp.", "This assessment is already a draft.")
        if not reason:
            raise ValidationError("Hãy ghi lý do mở lại.", "Give the reason for reopening.")
        content = self.canonical(assessment_id)
        now = self.clock()
        with self.transaction():
            self.db["revisions"].insert({
                "assessment_id": assessment_id, "revision": a.revision, "content_hash": a.content_hash or "",
                "content": _dumps(content), "archived_at": now, "reason": reason,
            }, replace=True)
            self.db["assessments"].update(assessment_id, {
                "status": DRAFT, "revision": a.revision + 1, "finalised_at": None, "content_hash": None,
                "school_profile": None, "updated_at": now,
            })
            self._thaw_details(assessment_id)
            self.audit("assessment_reopened", assessment_id, reason=reason, from_revision=a.revision,
                       to_revision=a.revision + 1)
        return self.get_assessment(assessment_id)

    def list_revisions(self, assessment_id: str) -> list[dict]:
        return dict_rows(self.conn, "SELECT * FROM revisions WHERE assessment_id = ? ORDER BY revision",
                         [assessment_id])

    def audit_log(self, assessment_id: str | None = None) -> list[AuditEntry]:
        where, args = ("WHERE assessment_id = ?", [assessment_id]) if assessment_id else ("", [])
        return [
            AuditEntry(r["id"], r["at"], r["assessment_id"], r["action"], json.loads(r["detail"]), r["actor"])
            for r in dict_rows(self.conn, f"SELECT * FROM audit {where} ORDER BY id", args)
        ]

    # -- snapshots -------------------------------------------------------------------------------------

    def _parts(self, assessment_id: str):
        a = self.get_assessment(assessment_id)
        return (self.catalogue_of(a), self.school_for(a), a, self.get_answers(assessment_id),
                self.list_attachments(assessment_id), self.list_actions(assessment_id), self.report_details(a),
                self.survey_content(a))

    def canonical(self, assessment_id: str) -> dict:
        """Canonical content (see :mod:`papi_desktop.core.snapshot`)."""
        from papi_desktop.core.snapshot import canonical_content

        return canonical_content(*self._parts(assessment_id))

    def snapshot(self, assessment_id: str) -> dict:
        """Plain-data snapshot for the report, the data file and the review screen; ``"previous"`` holds the scores
        of the school's latest finalised assessment of an earlier year (None when there is none)."""
        from papi_desktop.core.snapshot import make_snapshot

        parts = self._parts(assessment_id)
        snap = make_snapshot(*parts)
        snap["previous"] = self.previous_result(parts[2])
        return snap

    # -- reliability --

    def after_finalise(self, assessment_id: str) -> None:
        """Back up the database once a finalise is committed. Skipped inside a larger transaction (its caller
        calls this after committing); a failed backup is logged, never raised: the finalise itself is saved."""
        from papi_desktop.storage.backup import backup_after_finalise

        backup_after_finalise(self)
