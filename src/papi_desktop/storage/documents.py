"""What the report says beyond the answers (see :mod:`papi_desktop.core.documents`): the per-assessment report
details and the per-year plan basis, and the reads the office's summary needs.

Part of :class:`~papi_desktop.storage.repository.Repository` (mixed in); every write is one transaction. Details
are edited only while the assessment is a draft; finalising freezes the year's plan basis into them (so a plan set
later for that year never changes a finalised report or its hash), reopening thaws it.
"""

from __future__ import annotations

import json
from typing import Any

from papi_desktop.core.model import Assessment, valid_school_year
from papi_desktop.errors import ValidationError
from papi_desktop.storage.rows import dumps as _dumps

_UNSET = object()


class DocumentsMixin:
    """Report details of an assessment, the plan basis of a school year."""

    # -- plan basis per school year ----------------------------------------------------------------------------

    def stored_plan_basis(self, school_year: str) -> dict | None:
        """The plan basis the user set for ``school_year`` (None when not set)."""
        row = self.conn.execute("SELECT basis FROM plan_basis WHERE school_year = ?", [school_year]).fetchone()
        return json.loads(row[0]) if row else None

    def plan_basis(self, school_year: str) -> dict | None:
        """The plan basis of ``school_year``: the user's, else the app's known plan of that year, else None."""
        stored = self.stored_plan_basis(school_year)
        from papi_desktop.core.documents import default_basis

        return stored if stored is not None else default_basis(school_year)

    def set_plan_basis(self, school_year: str, basis: dict | None) -> dict | None:
        """Set (or with None / ``{}`` clear) the plan basis of a school year; returns what was stored."""
        if not valid_school_year(school_year):
            raise ValidationError(f"Năm học «{school_year}» không hợp lệ (ví dụ đúng: 2025-2026).",
                                  f"School year '{school_year}' is invalid (e.g. 2025-2026).")
        from papi_desktop.core.documents import clean_basis

        cleaned = clean_basis(basis)
        with self.transaction():
            if cleaned is None:
                self.db.execute("DELETE FROM plan_basis WHERE school_year = ?", [school_year])
            else:
                self.db.execute(
                    "INSERT INTO plan_basis (school_year, basis, updated_at) VALUES (?, ?, ?) ON CONFLICT "
                    "(school_year) DO UPDATE SET basis = excluded.basis, updated_at = excluded.updated_at",
                    [school_year, _dumps(cleaned), self.clock()])
            self.audit("plan_basis_set", None, school_year=school_year, basis=cleaned)
        return cleaned

    # -- report details per assessment -------------------------------------------------------------------------

    def stored_details(self, assessment_id: str) -> dict:
        """The report details as stored (``{}`` when none)."""
        row = self.conn.execute("SELECT details FROM report_details WHERE assessment_id = ?",
                                [assessment_id]).fetchone()
        return json.loads(row[0]) if row else {}

    def report_details(self, a: Assessment) -> dict:
        """The report details as they go into the content: stored ones, with the year's plan basis for a draft."""
        details = self.stored_details(a.id)
        if not a.is_final:
            details.pop("basis", None)
            basis = self.plan_basis(a.school_year)
            if basis:
                details["basis"] = basis
        from papi_desktop.core.documents import clean_details

        return clean_details(details)

    def _write_details(self, assessment_id: str, details: dict) -> None:
        if details:
            self.db.execute(
                "INSERT INTO report_details (assessment_id, details, updated_at) VALUES (?, ?, ?) ON CONFLICT "
                "(assessment_id) DO UPDATE SET details = excluded.details, updated_at = excluded.updated_at",
                [assessment_id, _dumps(details), self.clock()])
        else:
            self.db.execute("DELETE FROM report_details WHERE assessment_id = ?", [assessment_id])

    def save_report_details(self, assessment_id: str, *, reference_date: Any = _UNSET, causes: dict | None = None,
                            proposals: Any = _UNSET) -> dict:
        """Change a draft's report details: the reference date (``None`` clears it), causes by criterion (a text
        ``""`` clears one), the proposals by solver (``None`` goes back to the suggestions). Returns them."""
        a = self._require_draft(assessment_id)
        details = self.stored_details(assessment_id)
        details.pop("basis", None)
        if reference_date is not _UNSET:
            details["reference_date"] = reference_date
        if causes:
            details["causes"] = {**details.get("causes", {}), **causes}
        if proposals is not _UNSET:
            details["proposals"] = proposals
        from papi_desktop.core.documents import clean_details

        cleaned = clean_details(details, {c.id for c in self.catalogue_of(a).criteria})
        now = self.clock()
        with self.transaction():
            self._write_details(assessment_id, cleaned)
            self._touch(assessment_id, now)
            self.audit("report_details_saved", assessment_id, keys=sorted(cleaned))
        return cleaned

    def _freeze_details(self, a: Assessment) -> None:
        """At finalising (inside its transaction): keep the year's plan basis with the assessment."""
        details = self.stored_details(a.id)
        basis = self.plan_basis(a.school_year)
        if basis:
            details["basis"] = basis
        else:
            details.pop("basis", None)
        from papi_desktop.core.documents import clean_details

        self._write_details(a.id, clean_details(details))

    def _thaw_details(self, assessment_id: str) -> None:
        """At reopening (inside its transaction): the draft follows the year's plan basis again."""
        details = self.stored_details(assessment_id)
        if details.pop("basis", None) is not None:
            self._write_details(assessment_id, details)

    def write_imported_details(self, rows: list[tuple[str, dict | None]]) -> None:
        """Store the report details of imported assessments (inside the import transaction); ``None`` removes
        them (a newer revision without details)."""
        for assessment_id, details in rows:
            self._write_details(assessment_id, details or {})

    # -- reads for the office ----------------------------------------------------------------------------------

    def previous_final(self, a: Assessment) -> Assessment | None:
        """The latest finalised assessment of the same school from an earlier school year."""
        row = self.conn.execute(
            "SELECT id FROM assessments WHERE school_code = ? AND school_year < ? AND status = 'finalised' "
            "ORDER BY school_year DESC LIMIT 1", [a.school_code, a.school_year]).fetchone()
        return self.get_assessment(row[0]) if row else None

    def previous_result(self, a: Assessment) -> dict | None:
        """``{"school_year", "revision", "dimensions", "overall"}`` of the school's previous finalised year."""
        from papi_desktop.core.scoring import score

        prev = self.previous_final(a)
        if prev is None:
            return None
        cat, _school, evs = self.evaluations(prev)
        scores = score(cat, evs)
        return {"school_year": prev.school_year, "revision": prev.revision, "dimensions": scores.dimensions,
                "overall": scores.overall}

    def year_answers(self, school_year: str, criterion_ids: list[str], unit: str | None = None):
        """``(assessment_id, criterion_id, value, na)`` of the finalised assessments of a school year (summary
        rows, optionally of one unit) for the given criteria; values are parsed JSON."""
        if not criterion_ids:
            return []
        marks = ", ".join("?" for _ in criterion_ids)
        sql = (f"SELECT x.assessment_id, x.criterion_id, x.value, x.na FROM answers x JOIN summary s ON "
               f"s.assessment_id = x.assessment_id WHERE s.school_year = ? AND s.status = 'finalised' AND "
               f"x.criterion_id IN ({marks})")
        args: list = [school_year, *criterion_ids]
        if unit:
            sql += " AND (s.unit_code = ? OR s.unit_name = ?)"
            args += [unit, unit]
        return [(r[0], r[1], json.loads(r[2]), bool(r[3])) for r in self.conn.execute(sql, args)]

    def year_details(self, school_year: str, unit: str | None = None) -> dict[str, dict]:
        """Report details of the finalised assessments of a school year (by assessment id)."""
        sql = ("SELECT d.assessment_id, d.details FROM report_details d JOIN summary s ON s.assessment_id = "
               "d.assessment_id WHERE s.school_year = ? AND s.status = 'finalised'")
        args: list = [school_year]
        if unit:
            sql += " AND (s.unit_code = ? OR s.unit_name = ?)"
            args += [unit, unit]
        return {r[0]: json.loads(r[1]) for r in self.conn.execute(sql, args)}

    def school_campus_codes(self, assessment_ids: list[str]) -> dict[str, list[str]]:
        """Campus codes of each assessment's frozen school profile (finalised assessments)."""
        out = {}
        for i in range(0, len(assessment_ids), 500):
            chunk = assessment_ids[i:i + 500]
            marks = ", ".join("?" for _ in chunk)
            for aid, profile in self.conn.execute(
                    f"SELECT id, school_profile FROM assessments WHERE id IN ({marks})", chunk):
                campuses = json.loads(profile).get("campuses", []) if profile else []
                out[aid] = [c["code"] for c in campuses]
        return out
