"""The one repository over the SQLite store. Every write is one transaction (``db.atomic()``).

Reads use the standard library's connection (``self.conn``); writes go through the sqlite-utils ``Database`` over
that same connection (``self.db``, made on first use: :class:`~papi_desktop.storage.database.DatabaseFile`), so a
start that only reads — the home page — never imports sqlite-utils.

Widgets, the CLI, the report and the exchange code call these methods; nobody else writes SQL. All text that
comes in is normalised to NFC here. A finalised assessment refuses changes (:class:`ReadOnlyError`) until it is
reopened, which archives the finalised content as a revision and writes the reason to the audit log.

The class is split by what it does: schools, assessments, answers and settings here; evidence and actions in
:mod:`~papi_desktop.storage.evidence`; finalise, reopen, audit and snapshots in :mod:`~papi_desktop.storage.lifecycle`;
the parents' survey in :mod:`~papi_desktop.storage.survey`; review states and receipts in
:mod:`~papi_desktop.storage.reviews`.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from papi_desktop.core.model import Answer, Assessment, Campus, School, now_iso, valid_school_year
from papi_desktop.core.text import nfc, nfc_deep
from papi_desktop.errors import (
    DatabaseLockedError,
    NotFoundError,
    ReadOnlyError,
    StorageError,
    ValidationError,
)
from papi_desktop.storage.database import DatabaseFile, open_file
from papi_desktop.storage.documents import DocumentsMixin
from papi_desktop.storage.evidence import MAX_ATTACHMENT_BYTES, EvidenceMixin
from papi_desktop.storage.lifecycle import LifecycleMixin
from papi_desktop.storage.machine import MACHINE_KEYS, MachineSettings, move_out_of_database
from papi_desktop.storage.reviews import ReviewMixin
from papi_desktop.storage.rows import dict_rows, school_from_profile
from papi_desktop.storage.rows import dumps as _dumps
from papi_desktop.storage.survey import SurveyMixin

if TYPE_CHECKING:
    from papi_desktop.core.catalogue import Catalogue

__all__ = ["MAX_ATTACHMENT_BYTES", "Repository", "carried_answers", "school_from_profile"]


def carried_answers(catalogue: Catalogue, old: dict[str, Answer]) -> list[Answer]:
    """Last year's answers for a new assessment with ``catalogue``: by id (or the id a criterion replaces), marked
    for re-checking; a value the new criterion does not accept is dropped, the principal answers it again."""
    from papi_desktop.core.answers import validate
    from papi_desktop.core.catalogue import previous_ids

    out = []
    for c in catalogue.criteria:
        ans = next((old[i] for i in previous_ids(c) if i in old), None)
        if ans is None or (not ans.na and validate(c, ans.value)):
            continue
        out.append(Answer(c.id, ans.value, ans.na, ans.na_reason, ans.note, needs_recheck=True))
    return out


class Repository(EvidenceMixin, LifecycleMixin, SurveyMixin, DocumentsMixin, ReviewMixin):
    """Reads and writes schools, assessments, answers, evidence, actions, settings and the audit log."""

    def __init__(self, file: DatabaseFile, path: str | Path = ":memory:"):
        self.file = file
        #: the connection every read uses (plain ``sqlite3``)
        self.conn = file.conn
        self.path = Path(path) if str(path) != ":memory:" else None
        #: source of timestamps; the demo generator sets a fixed clock so its data is reproducible
        self.clock = now_iso
        #: this computer's settings (device paths, backup folder, window state): never in the database
        self.machine = MachineSettings.for_this_computer() if self.path is not None else MachineSettings(None)

    @property
    def db(self):
        """The sqlite-utils ``Database`` on the same connection, for writes (sqlite-utils is imported on first use)."""
        return self.file.database

    @classmethod
    def open(cls, path: str | Path) -> Repository:
        """Open or create the database at ``path`` (``":memory:"`` for tests)."""
        repo = cls(open_file(path), path)
        move_out_of_database(repo)
        return repo

    def close(self) -> None:
        self.file.close()

    def __enter__(self) -> Repository:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- transactions -------------------------------------------------------------------------------------

    @contextmanager
    def transaction(self):
        """One write transaction; SQLite errors become StorageError with a message a user can act on."""
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.OperationalError as exc:
            text = str(exc)
            if "locked" in text or "busy" in text:
                raise DatabaseLockedError(
                    "Tệp dữ liệu đang được một chương trình khác ghi; hãy đóng chương trình đó rồi thử lại.",
                    "The database is being written by another program; close it and try again.",
                ) from None
            if "readonly" in text or "read-only" in text:
                raise StorageError(
                    "Không ghi được: tệp dữ liệu chỉ cho phép đọc.", "Cannot write: the database is read-only."
                ) from None
            if "disk" in text or "full" in text:
                raise StorageError(
                    "Không ghi được: ổ đĩa đã đầy. Những gì đã lưu trước đó vẫn còn nguyên.",
                    "Cannot write: the disk is full. Everything saved before is intact.",
                ) from None
            raise StorageError(f"Lỗi ghi dữ liệu: {text}.", f"Database write failed: {text}.") from None

    def audit(self, action: str, assessment_id: str | None = None, **detail: Any) -> None:
        """Append one entry to the audit log (inside the caller's transaction)."""
        self.db["audit"].insert(
            {"at": self.clock(), "assessment_id": assessment_id, "action": action, "detail": _dumps(detail),
             "actor": nfc(str(detail.get("actor", ""))) or ""}
        )

    # -- settings -------------------------------------------------------------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        """A setting of this database — or of this computer for the keys of
        :data:`~papi_desktop.storage.machine.MACHINE_KEYS` (kept outside the database, never restored)."""
        if key in MACHINE_KEYS:
            return self.machine.get(self.path, key, default)
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        if key in MACHINE_KEYS:
            self.machine.set(self.path, key, value)
            return
        with self.transaction():
            self.db["settings"].upsert({"key": key, "value": _dumps(value)}, pk="key")

    # -- schools --------------------------------------------------------------------------------------------

    def save_school(self, school: School) -> School:
        """Create or update a school profile. Code and name are required; campus codes must be unique."""
        school = School(**nfc_deep(asdict(school)))
        school.campuses = [Campus(**c) if isinstance(c, dict) else c for c in school.campuses]
        if not school.code or not school.name:
            raise ValidationError("Mã trường và tên trường không được để trống.", "School code and name are required.")
        codes = [c.code for c in school.campuses]
        if len(set(codes)) != len(codes) or any(not c for c in codes):
            raise ValidationError("Mã điểm trường bị trống hoặc trùng nhau.", "Campus codes are empty or repeated.")
        profile = asdict(school)
        profile.pop("code")
        with self.transaction():
            existed = self.db["schools"].count_where("code = ?", [school.code]) > 0
            old_stats = self.get_school(school.code).stats if existed else {}
            self.db["schools"].upsert(
                {"code": school.code, "name": school.name, "profile": _dumps(profile), "updated_at": self.clock()},
                pk="code",
            )
            self.audit("school_updated" if existed else "school_created", None, school=school.code)
            if existed and old_stats != school.stats:
                self._follow_profile(school.code, old_stats, school.stats)
        return school

    def _follow_profile(self, school_code: str, old: dict, new: dict) -> None:
        """Keep the drafts' answers that come from the profile (staff, teachers, classes) in step with it: a value
        that still held the old profile number takes the new one (audited); anything else is left for the checks."""
        from papi_desktop.core.answers import follow_profile

        now = self.clock()
        for a in self.list_assessments(school_code):
            if a.is_final:
                continue
            cat = self.catalogue_of(a)
            changed = []
            for cid, answer in self.get_answers(a.id).items():
                if not cat.has(cid) or answer.na:
                    continue
                value = follow_profile(cat.criterion(cid), answer.value, old, new)
                if value is not None:
                    answer.value = value
                    self._write_answer(a.id, answer, now)
                    changed.append(cid)
            if changed:
                self._touch(a.id, now)
                self._refresh_score(a.id)
                self.audit("answers_follow_profile", a.id, criteria=changed)

    def get_school(self, code: str) -> School:
        row = self.conn.execute("SELECT code, profile FROM schools WHERE code = ?", [code]).fetchone()
        if not row:
            raise NotFoundError(f"Không có trường mã {code}.", f"No school with code {code}.")
        return school_from_profile(row[0], json.loads(row[1]))

    def list_schools(self) -> list[School]:
        rows = self.conn.execute("SELECT code, profile FROM schools ORDER BY code").fetchall()
        return [school_from_profile(code, json.loads(p)) for code, p in rows]

    def delete_school(self, code: str) -> int:
        """Delete a school with all its assessments (finalised ones too), their history and evidence; returns how
        many assessments went. The caller makes a backup first (the GUI does, :mod:`papi_desktop.storage.backup`)."""
        self.get_school(code)
        ids = [a.id for a in self.list_assessments(code)]
        with self.transaction():
            self.conn.executemany("DELETE FROM revisions WHERE assessment_id = ?", [(i,) for i in ids])
            self.db.execute("DELETE FROM assessments WHERE school_code = ?", [code])
            self.db.execute("DELETE FROM schools WHERE code = ?", [code])
            self._drop_orphan_blobs()
            self.audit("school_deleted", None, school=code, assessments=len(ids))
        return len(ids)

    # -- assessments ------------------------------------------------------------------------------------------

    def _assessments(self, where: str, args: list) -> list[Assessment]:
        fields = Assessment.__dataclass_fields__
        return [Assessment(**{k: v for k, v in r.items() if k in fields})
                for r in dict_rows(self.conn, f"SELECT * FROM assessments {where}", args)]

    def get_assessment(self, assessment_id: str) -> Assessment:
        rows = self._assessments("WHERE id = ?", [assessment_id])
        if not rows:
            raise NotFoundError(
                f"Không có bản tự đánh giá mã {assessment_id}.", f"No assessment with id {assessment_id}."
            )
        return rows[0]

    def list_assessments(self, school_code: str | None = None) -> list[Assessment]:
        """Assessments, newest school year first."""
        where, args = ("WHERE school_code = ?", [school_code]) if school_code else ("", [])
        return self._assessments(f"{where} ORDER BY school_year DESC, school_code", args)

    def catalogue_of(self, assessment: Assessment) -> Catalogue:
        from papi_desktop.core.catalogue import catalogue_for

        return catalogue_for(assessment.catalogue_id, assessment.catalogue_version)

    def create_assessment(
        self,
        *,
        school_code: str,
        school_year: str,
        catalogue: Catalogue | None = None,
        copy_from: str | None = None,
        assessment_id: str | None = None,
    ) -> Assessment:
        """Start a draft with ``catalogue`` (default: the newest that covers ``school_year``). ``copy_from`` copies
        another assessment's answers, marked for re-checking (following criteria that changed id; parts the new
        catalogue no longer asks are left out)."""
        import uuid

        from papi_desktop.core.catalogue import catalogue_for_year

        catalogue = catalogue or catalogue_for_year(school_year)
        if not valid_school_year(school_year):
            raise ValidationError(
                f"Năm học «{school_year}» không hợp lệ (ví dụ đúng: 2025-2026).",
                f"School year '{school_year}' is invalid (e.g. 2025-2026).",
            )
        self.get_school(school_code)
        if self.db["assessments"].count_where("school_code = ? AND school_year = ?", [school_code, school_year]):
            raise ValidationError(
                f"Trường đã có bản tự đánh giá năm học {school_year}.",
                f"The school already has an assessment for {school_year}.",
            )
        now = self.clock()
        a = Assessment(
            id=assessment_id or str(uuid.uuid4()),
            school_code=school_code,
            school_year=school_year,
            catalogue_id=catalogue.catalogue_id,
            catalogue_version=catalogue.version,
            created_at=now,
            updated_at=now,
        )
        with self.transaction():
            self.db["assessments"].insert(asdict(a))
            if copy_from:
                for ans in carried_answers(catalogue, self.get_answers(copy_from)):
                    self._write_answer(a.id, ans, now)
            self._refresh_score(a.id)
            self.audit("assessment_created", a.id, school_year=school_year, copied_from=copy_from)
        return self.get_assessment(a.id)

    def delete_assessment(self, assessment_id: str) -> None:
        """Delete a draft (finalised assessments are kept)."""
        a = self.get_assessment(assessment_id)
        if a.is_final:
            raise ReadOnlyError(
                "Không xoá được bản đã hoàn thành; chỉ xoá được bản nháp.", "A finalised assessment cannot be deleted."
            )
        with self.transaction():
            self.db.execute("DELETE FROM assessments WHERE id = ?", [assessment_id])
            self._drop_orphan_blobs()
            self.audit("assessment_deleted", assessment_id, school=a.school_code, school_year=a.school_year)

    def _require_draft(self, assessment_id: str) -> Assessment:
        a = self.get_assessment(assessment_id)
        if a.is_final:
            raise ReadOnlyError(
                "Bản tự đánh giá đã hoàn thành nên chỉ xem được; hãy «Mở lại» nếu cần sửa.",
                "The assessment is finalised and read-only; reopen it to make changes.",
            )
        return a

    def _touch(self, assessment_id: str, now: str) -> None:
        self.db.execute("UPDATE assessments SET updated_at = ? WHERE id = ?", [now, assessment_id])

    # -- answers ---------------------------------------------------------------------------------------------

    def get_answers(self, assessment_id: str) -> dict[str, Answer]:
        rows = self.conn.execute(
            "SELECT criterion_id, value, na, na_reason, note, needs_recheck, updated_at "
            "FROM answers WHERE assessment_id = ?",
            [assessment_id],
        ).fetchall()
        return {
            r[0]: Answer(r[0], json.loads(r[1]), bool(r[2]), r[3], r[4], bool(r[5]), r[6]) for r in rows
        }

    def _write_answer(self, assessment_id: str, answer: Answer, now: str) -> None:
        self.db.execute(
            "INSERT INTO answers (assessment_id, criterion_id, value, na, na_reason, note, needs_recheck, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (assessment_id, criterion_id) DO UPDATE SET "
            "value = excluded.value, na = excluded.na, na_reason = excluded.na_reason, note = excluded.note, "
            "needs_recheck = excluded.needs_recheck, updated_at = excluded.updated_at",
            [
                assessment_id,
                answer.criterion_id,
                _dumps(answer.value or {}),
                int(answer.na),
                nfc(answer.na_reason) or "",
                nfc(answer.note) or "",
                int(answer.needs_recheck),
                now,
            ],
        )

    def save_answer(self, assessment_id: str, answer: Answer) -> Answer:
        """Autosave one answer (insert or replace) and refresh the cached score. Refused when finalised."""
        a = self._require_draft(assessment_id)
        self.catalogue_of(a).criterion(answer.criterion_id)
        now = self.clock()
        with self.transaction():
            self._write_answer(assessment_id, answer, now)
            self._touch(assessment_id, now)
            self._refresh_score(assessment_id)
        return self.get_answers(assessment_id)[answer.criterion_id]

    def save_answer_checked(self, assessment_id: str, answer: Answer, *, source: str) -> Answer:
        """Store an answer that comes from outside the window (the command line) as the window would: refused with
        a ValidationError when its value is not one the answer model accepts (unknown keys or options, wrong types,
        limits), NFC, the score refreshed, and an audit entry naming ``source``. Refused when finalised."""
        from papi_desktop.core.answers import validate

        a = self._require_draft(assessment_id)
        criterion = self.catalogue_of(a).criterion(answer.criterion_id)
        if answer.na and not criterion.answer.allow_na:
            raise ValidationError(f"Tiêu chí {criterion.id} không được chọn «không áp dụng».",
                                  f"Criterion {criterion.id} cannot be 'not applicable'.")
        if answer.na and not (answer.na_reason or "").strip():
            raise ValidationError("Hãy ghi lý do «không áp dụng».", "Give the reason for 'not applicable'.")
        problems = [] if answer.na else validate(criterion, answer.value)
        if problems:
            listing = "; ".join(p.message.vi for p in problems[:5])
            listing_en = "; ".join(p.message.en for p in problems[:5])
            raise ValidationError(f"Không lưu câu trả lời cho {criterion.id}: {listing}",
                                  f"Answer for {criterion.id} not stored: {listing_en}")
        now = self.clock()
        with self.transaction():
            self._write_answer(assessment_id, answer, now)
            self._touch(assessment_id, now)
            self._refresh_score(assessment_id)
            self.audit("answer_set", assessment_id, criterion=criterion.id, source=source, na=answer.na)
        return self.get_answers(assessment_id)[answer.criterion_id]

    def save_answers(self, assessment_id: str, answers: list[Answer]) -> None:
        """Save several answers in one transaction (copying, demo data, bulk edits)."""
        a = self._require_draft(assessment_id)
        cat = self.catalogue_of(a)
        now = self.clock()
        with self.transaction():
            for answer in answers:
                cat.criterion(answer.criterion_id)
                self._write_answer(assessment_id, answer, now)
            self._touch(assessment_id, now)
            self._refresh_score(assessment_id)

    def evaluations(self, a: Assessment, answers: dict[str, Answer] | None = None) -> tuple[Catalogue, School, dict]:
        """``(catalogue, school, {criterion id: Evaluation})`` of ``a`` — its catalogue, its school as the
        assessment sees it (campuses, profile), ``answers`` (default: those stored): the one place an assessment
        is scored."""
        from papi_desktop.core.scoring import evaluate_all

        cat, school = self.catalogue_of(a), self.school_for(a)
        answers = self.get_answers(a.id) if answers is None else answers
        return cat, school, evaluate_all(cat, answers, [c.code for c in school.campuses], a.school_year,
                                         stats=school.stats)

    def _refresh_score(self, assessment_id: str) -> float | None:
        from papi_desktop.core.scoring import score

        cat, _school, evs = self.evaluations(self.get_assessment(assessment_id))
        overall = score(cat, evs).overall
        self.db.execute("UPDATE assessments SET score = ? WHERE id = ?", [overall, assessment_id])
        return overall
