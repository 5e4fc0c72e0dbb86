"""The one repository over the SQLite store. Every write is one transaction (``db.atomic()``).

Widgets, the CLI, the report and the exchange code call these methods; nobody else writes SQL. All text that
comes in is normalised to NFC here. A finalised assessment refuses changes (:class:`ReadOnlyError`) until it is
reopened, which archives the finalised content as a revision and writes the reason to the audit log.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from papi_desktop.core.catalogue import Catalogue, catalogue_for, default_catalogue
from papi_desktop.core.model import (
    ACTION_STATUSES,
    DRAFT,
    FINALISED,
    Action,
    Answer,
    Assessment,
    Attachment,
    AuditEntry,
    Campus,
    School,
    now_iso,
    valid_school_year,
)
from papi_desktop.core.scoring import UNANSWERED, evaluate_all, score
from papi_desktop.core.snapshot import canonical_content, content_hash, make_snapshot
from papi_desktop.core.text import nfc, nfc_deep
from papi_desktop.errors import (
    DatabaseLockedError,
    NotFoundError,
    ReadOnlyError,
    StorageError,
    ValidationError,
)
from papi_desktop.storage.database import open_database

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


def _dumps(value: Any) -> str:
    return json.dumps(nfc_deep(value), ensure_ascii=False, sort_keys=True)


def school_from_profile(code: str, profile: dict) -> School:
    data = dict(profile)
    data["campuses"] = [Campus(**c) for c in data.get("campuses", [])]
    data["code"] = code
    fields = School.__dataclass_fields__
    return School(**{k: v for k, v in data.items() if k in fields})


class Repository:
    """Reads and writes schools, assessments, answers, evidence, actions, settings and the audit log."""

    def __init__(self, db: Database, path: str | Path = ":memory:"):
        self.db = db
        self.path = Path(path) if str(path) != ":memory:" else None
        #: source of timestamps; the demo generator sets a fixed clock so its data is reproducible
        self.clock = now_iso

    @classmethod
    def open(cls, path: str | Path) -> Repository:
        """Open or create the database at ``path`` (``":memory:"`` for tests)."""
        return cls(open_database(path), path)

    def close(self) -> None:
        self.db.close()

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
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
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
            self.db["schools"].upsert(
                {"code": school.code, "name": school.name, "profile": _dumps(profile), "updated_at": self.clock()},
                pk="code",
            )
            self.audit("school_updated" if existed else "school_created", None, school=school.code)
        return school

    def get_school(self, code: str) -> School:
        row = self.db.execute("SELECT code, profile FROM schools WHERE code = ?", [code]).fetchone()
        if not row:
            raise NotFoundError(f"Không có trường mã {code}.", f"No school with code {code}.")
        return school_from_profile(row[0], json.loads(row[1]))

    def list_schools(self) -> list[School]:
        rows = self.db.execute("SELECT code, profile FROM schools ORDER BY code").fetchall()
        return [school_from_profile(code, json.loads(p)) for code, p in rows]

    # -- assessments ------------------------------------------------------------------------------------------

    def _row_to_assessment(self, row: dict) -> Assessment:
        fields = Assessment.__dataclass_fields__
        return Assessment(**{k: v for k, v in row.items() if k in fields})

    def get_assessment(self, assessment_id: str) -> Assessment:
        rows = list(self.db["assessments"].rows_where("id = ?", [assessment_id]))
        if not rows:
            raise NotFoundError(
                f"Không có bản tự đánh giá mã {assessment_id}.", f"No assessment with id {assessment_id}."
            )
        return self._row_to_assessment(rows[0])

    def list_assessments(self, school_code: str | None = None) -> list[Assessment]:
        """Assessments, newest school year first."""
        where, args = ("school_code = ?", [school_code]) if school_code else (None, [])
        rows = self.db["assessments"].rows_where(where, args, order_by="school_year DESC, school_code")
        return [self._row_to_assessment(r) for r in rows]

    def catalogue_of(self, assessment: Assessment) -> Catalogue:
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
        """Start a draft. ``copy_from`` copies another assessment's answers, marked for re-checking."""
        catalogue = catalogue or default_catalogue()
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
                for ans in self.get_answers(copy_from).values():
                    if catalogue.has(ans.criterion_id):
                        ans.needs_recheck = True
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
        rows = self.db.execute(
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

    def _refresh_score(self, assessment_id: str) -> float | None:
        a = self.get_assessment(assessment_id)
        cat = self.catalogue_of(a)
        school = self.school_for(a)
        evs = evaluate_all(cat, self.get_answers(assessment_id), [c.code for c in school.campuses], a.school_year)
        overall = score(cat, evs).overall
        self.db.execute("UPDATE assessments SET score = ? WHERE id = ?", [overall, assessment_id])
        return overall

    # -- attachments -------------------------------------------------------------------------------------------

    def add_attachment(self, assessment_id: str, criterion_id: str, source: str | Path) -> Attachment:
        """Copy a file into the store (deduplicated by SHA-256) and link it to a criterion."""
        self._require_draft(assessment_id)
        src = Path(source)
        try:
            size = src.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                raise ValidationError(
                    f"Tệp {src.name} quá lớn ({size // 1048576} MB); giới hạn là 50 MB.",
                    f"File {src.name} is too large ({size // 1048576} MB); the limit is 50 MB.",
                )
            data = src.read_bytes()
        except OSError as exc:
            raise StorageError(
                f"Không đọc được tệp {src.name}: {exc.strerror or exc}. Tệp có thể đã bị xoá, di chuyển hoặc đang mở "
                "ở chương trình khác.",
                f"Cannot read {src.name}: {exc.strerror or exc}. It may have been moved, deleted or locked.",
            ) from None
        return self.add_attachment_bytes(assessment_id, criterion_id, nfc(src.name) or "file", data)

    def add_attachment_bytes(self, assessment_id: str, criterion_id: str, filename: str, data: bytes) -> Attachment:
        digest = hashlib.sha256(data).hexdigest()
        now = self.clock()
        with self.transaction():
            self.db.execute(
                "INSERT OR IGNORE INTO blobs (sha256, size, data) VALUES (?, ?, ?)", [digest, len(data), data]
            )
            att_id = self.db["attachments"].insert(
                {"assessment_id": assessment_id, "criterion_id": criterion_id, "filename": nfc(filename),
                 "sha256": digest, "size": len(data), "added_at": now}
            ).last_pk
            self._touch(assessment_id, now)
            self.audit("attachment_added", assessment_id, criterion=criterion_id, file=filename, sha256=digest)
        return Attachment(att_id, assessment_id, criterion_id, nfc(filename), digest, len(data), now)

    def list_attachments(self, assessment_id: str, criterion_id: str | None = None) -> list[Attachment]:
        where = "assessment_id = ?" + (" AND criterion_id = ?" if criterion_id else "")
        args = [assessment_id] + ([criterion_id] if criterion_id else [])
        rows = self.db["attachments"].rows_where(where, args, order_by="id")
        return [Attachment(**r) for r in rows]

    def attachment_bytes(self, sha256: str) -> bytes:
        row = self.db.execute("SELECT data FROM blobs WHERE sha256 = ?", [sha256]).fetchone()
        if not row:
            raise NotFoundError("Không tìm thấy tệp minh chứng.", "The evidence file was not found.")
        return row[0]

    def remove_attachment(self, attachment_id: int) -> None:
        rows = list(self.db["attachments"].rows_where("id = ?", [attachment_id]))
        if not rows:
            raise NotFoundError("Không tìm thấy tệp minh chứng.", "The evidence file was not found.")
        aid = rows[0]["assessment_id"]
        self._require_draft(aid)
        with self.transaction():
            self.db.execute("DELETE FROM attachments WHERE id = ?", [attachment_id])
            self._drop_orphan_blobs()
            self._touch(aid, self.clock())
            self.audit("attachment_removed", aid, file=rows[0]["filename"], sha256=rows[0]["sha256"])

    def _drop_orphan_blobs(self) -> None:
        self.db.execute("DELETE FROM blobs WHERE sha256 NOT IN (SELECT sha256 FROM attachments)")

    # -- improvement actions ---------------------------------------------------------------------------------

    def list_actions(self, assessment_id: str) -> list[Action]:
        rows = self.db["actions"].rows_where("assessment_id = ?", [assessment_id], order_by="id")
        fields = Action.__dataclass_fields__
        return [Action(**{k: v for k, v in r.items() if k in fields}) for r in rows]

    def save_action(self, action: Action) -> Action:
        """Insert (``id`` None) or update an improvement action."""
        self._require_draft(action.assessment_id)
        what = nfc(action.what) or ""
        if not what:
            raise ValidationError("Hãy ghi nội dung việc cần làm.", "Describe the action.")
        if action.status not in ACTION_STATUSES:
            raise ValidationError("Trạng thái không hợp lệ.", "Unknown status.")
        now = self.clock()
        row = {"assessment_id": action.assessment_id, "criterion_id": action.criterion_id, "what": what,
               "who": nfc(action.who) or "", "due": action.due or None, "status": action.status, "updated_at": now}
        with self.transaction():
            if action.id is None:
                row["created_at"] = now
                action.id = self.db["actions"].insert(row).last_pk
            else:
                self.db["actions"].update(action.id, row)
            self._touch(action.assessment_id, now)
        return next(x for x in self.list_actions(action.assessment_id) if x.id == action.id)

    def delete_action(self, action_id: int) -> None:
        rows = list(self.db["actions"].rows_where("id = ?", [action_id]))
        if not rows:
            return
        self._require_draft(rows[0]["assessment_id"])
        with self.transaction():
            self.db.execute("DELETE FROM actions WHERE id = ?", [action_id])

    # -- finalise / reopen -------------------------------------------------------------------------------

    def school_for(self, a: Assessment) -> School:
        """The school profile of an assessment: frozen at finalising, live for a draft."""
        row = self.db.execute("SELECT school_profile FROM assessments WHERE id = ?", [a.id]).fetchone()
        if row and row[0]:
            return school_from_profile(a.school_code, json.loads(row[0]))
        return self.get_school(a.school_code)

    def missing_for_finalise(self, assessment_id: str) -> list[tuple[str, str]]:
        """``(criterion_id, message)`` for everything that blocks finalising (unanswered, invalid)."""
        a = self.get_assessment(assessment_id)
        cat = self.catalogue_of(a)
        school = self.school_for(a)
        answers = self.get_answers(assessment_id)
        evs = evaluate_all(cat, answers, [c.code for c in school.campuses], a.school_year)
        out = []
        for cid, ev in evs.items():
            if ev.verdict == UNANSWERED:
                out.append((cid, "Chưa trả lời đủ"))
            out += [(cid, p.message.vi) for p in ev.problems]
            if cid in answers and answers[cid].needs_recheck:
                out.append((cid, "Cần kiểm tra lại (chép từ năm trước)"))
        return out

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
            self.audit("assessment_reopened", assessment_id, reason=reason, from_revision=a.revision,
                       to_revision=a.revision + 1)
        return self.get_assessment(assessment_id)

    def list_revisions(self, assessment_id: str) -> list[dict]:
        return list(self.db["revisions"].rows_where("assessment_id = ?", [assessment_id], order_by="revision"))

    def audit_log(self, assessment_id: str | None = None) -> list[AuditEntry]:
        where, args = ("assessment_id = ?", [assessment_id]) if assessment_id else (None, [])
        return [
            AuditEntry(r["id"], r["at"], r["assessment_id"], r["action"], json.loads(r["detail"]), r["actor"])
            for r in self.db["audit"].rows_where(where, args, order_by="id")
        ]

    # -- snapshots -------------------------------------------------------------------------------------

    def _parts(self, assessment_id: str):
        a = self.get_assessment(assessment_id)
        return (self.catalogue_of(a), self.school_for(a), a, self.get_answers(assessment_id),
                self.list_attachments(assessment_id), self.list_actions(assessment_id))

    def canonical(self, assessment_id: str) -> dict:
        """Canonical content (see :mod:`papi_desktop.core.snapshot`)."""
        return canonical_content(*self._parts(assessment_id))

    def snapshot(self, assessment_id: str) -> dict:
        """Plain-data snapshot for the report, the data file and the review screen."""
        return make_snapshot(*self._parts(assessment_id))

    # -- reliability --

    def after_finalise(self, assessment_id: str) -> None:
        """Back up the database once a finalise is committed. Skipped inside a larger transaction (its caller
        calls this after committing); a failed backup is logged, never raised: the finalise itself is saved."""
        from papi_desktop.storage.backup import backup_after_finalise

        backup_after_finalise(self)
