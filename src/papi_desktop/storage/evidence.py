"""Evidence and the improvement plan: attachments (stored once by SHA-256 in ``blobs``) and actions.

Part of :class:`~papi_desktop.storage.repository.Repository` (mixed in); every write is one transaction.
"""

from __future__ import annotations

from pathlib import Path

from papi_desktop.core.model import ACTION_STATUSES, Action, Attachment
from papi_desktop.core.text import nfc
from papi_desktop.errors import NotFoundError, StorageError, ValidationError
from papi_desktop.storage.rows import dict_rows

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


class EvidenceMixin:
    """Attachments and improvement actions of an assessment."""


    def add_attachment(self, assessment_id: str, criterion_id: str, source: str | Path) -> Attachment:
        """Copy a file into the store (deduplicated by SHA-256) and link it to a criterion.

        Only the evidence types of :mod:`papi_desktop.core.evidence_types` are accepted, judged by the content;
        the stored name is :func:`~papi_desktop.core.evidence_types.safe_name` of the file's name."""
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
        return self.add_attachment_bytes(assessment_id, criterion_id, src.name, data)

    def add_attachment_bytes(self, assessment_id: str, criterion_id: str, filename: str, data: bytes) -> Attachment:
        """Store ``data`` as evidence of a criterion: refused (EvidenceTypeError, with the reason) unless its content
        is an accepted type; named :func:`~papi_desktop.core.evidence_types.safe_name` of ``filename``."""
        import hashlib
        import io

        from papi_desktop.core.evidence_types import detect, safe_name, shown_name

        self._require_draft(assessment_id)
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise ValidationError(f"Tệp {shown_name(filename)} quá lớn; giới hạn là 50 MB.",
                                  f"File {shown_name(filename)} is too large; the limit is 50 MB.")
        filename = safe_name(filename, detect(io.BytesIO(data), filename))
        digest = hashlib.sha256(data).hexdigest()
        now = self.clock()
        with self.transaction():
            self.db.execute(
                "INSERT OR IGNORE INTO blobs (sha256, size, data) VALUES (?, ?, ?)", [digest, len(data), data]
            )
            att_id = self.db["attachments"].insert(
                {"assessment_id": assessment_id, "criterion_id": criterion_id, "filename": filename,
                 "sha256": digest, "size": len(data), "added_at": now}
            ).last_pk
            self._touch(assessment_id, now)
            self.audit("attachment_added", assessment_id, criterion=criterion_id, file=filename, sha256=digest)
        return Attachment(att_id, assessment_id, criterion_id, filename, digest, len(data), now)

    def list_attachments(self, assessment_id: str, criterion_id: str | None = None) -> list[Attachment]:
        where = "assessment_id = ?" + (" AND criterion_id = ?" if criterion_id else "")
        args = [assessment_id] + ([criterion_id] if criterion_id else [])
        rows = dict_rows(self.conn, f"SELECT * FROM attachments WHERE {where} ORDER BY id", args)
        return [Attachment(**r) for r in rows]

    def attachment_bytes(self, sha256: str) -> bytes:
        row = self.conn.execute("SELECT data FROM blobs WHERE sha256 = ?", [sha256]).fetchone()
        if not row:
            raise NotFoundError("Không tìm thấy tệp minh chứng.", "The evidence file was not found.")
        return row[0]

    def remove_attachment(self, attachment_id: int) -> None:
        rows = dict_rows(self.conn, "SELECT * FROM attachments WHERE id = ?", [attachment_id])
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
        rows = dict_rows(self.conn, "SELECT * FROM actions WHERE assessment_id = ? ORDER BY id", [assessment_id])
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
        rows = dict_rows(self.conn, "SELECT * FROM actions WHERE id = ?", [action_id])
        if not rows:
            return
        self._require_draft(rows[0]["assessment_id"])
        with self.transaction():
            self.db.execute("DELETE FROM actions WHERE id = ?", [action_id])
