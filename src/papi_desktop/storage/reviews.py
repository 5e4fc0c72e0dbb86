"""Review states and receipts in the database (migration ``m007_review``).

Part of :class:`~papi_desktop.storage.repository.Repository` (mixed in). At the office, ``reviews`` holds every
decision on a submission, numbered per assessment (``sequence``); the newest one is the review state, compared with
the revision and content hash held now (a newer revision after a decision is "resubmitted"). At the school,
``receipts`` holds the offices' receipt files read here and ``office_signers`` the certificate each office signed
its first signed receipt with. The rules (who may decide what, what a receipt must match) are in
:mod:`papi_desktop.exchange.review` and :mod:`papi_desktop.exchange.receipt_import`; this module only stores.
"""

from __future__ import annotations

import json

from papi_desktop.storage.rows import dumps as _dumps

_REVIEW_COLUMNS = ("id", "receipt_id", "assessment_id", "sequence", "revision", "content_hash", "state", "reason",
                   "notes", "reviewer", "decided_at", "receipt_written_at", "receipt_file")
_RECEIPT_COLUMNS = ("id", "receipt_id", "assessment_id", "office_key", "office_name", "sequence", "revision",
                    "content_hash", "state", "reason", "notes", "reviewer", "decided_at", "signer", "file_name",
                    "file_sha256", "received_at")
#: the newest decision per assessment, with the state it gives against the revision held now
_CURRENT = (
    "SELECT {cols}, CASE WHEN r.revision = a.revision AND r.content_hash = coalesce(a.content_hash, '') "
    "AND a.status = 'finalised' THEN r.state ELSE 'resubmitted' END FROM reviews r "
    "JOIN assessments a ON a.id = r.assessment_id "
    "WHERE r.sequence = (SELECT max(sequence) FROM reviews x WHERE x.assessment_id = r.assessment_id)")


def _review(row) -> dict:
    out = dict(zip(_REVIEW_COLUMNS, row, strict=False))
    out["notes"] = json.loads(out["notes"])
    if len(row) > len(_REVIEW_COLUMNS):
        out["current_state"] = row[len(_REVIEW_COLUMNS)]
    return out


def _receipt(row) -> dict:
    out = dict(zip(_RECEIPT_COLUMNS, row, strict=True))
    out["notes"] = json.loads(out["notes"])
    return out


class ReviewMixin:
    """Decisions on submissions (office) and receipts read (school)."""

    # -- at the office ----------------------------------------------------------------------------------------

    def record_review(self, assessment_id: str, *, revision: int, content_hash: str, state: str, reason: str,
                      notes: dict[str, str], reviewer: str) -> dict:
        """Store one decision (already checked by :func:`papi_desktop.exchange.review.decide`) as the newest, with
        an audit entry; returns it."""
        import uuid

        now = self.clock()
        with self.transaction():
            seq = self.conn.execute("SELECT coalesce(max(sequence), 0) + 1 FROM reviews WHERE assessment_id = ?",
                                  [assessment_id]).fetchone()[0]
            self.conn.execute(
                "INSERT INTO reviews (receipt_id, assessment_id, sequence, revision, content_hash, state, reason, "
                "notes, reviewer, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [str(uuid.uuid4()), assessment_id, seq, revision, content_hash, state, reason, _dumps(notes),
                 reviewer, now])
            self.audit(f"review_{state}", assessment_id, revision=revision, content_hash=content_hash,
                       reason=reason, notes=sorted(notes), sequence=seq, actor=reviewer)
        return self.review_history(assessment_id)[-1]

    def review_history(self, assessment_id: str) -> list[dict]:
        """Every decision on an assessment, oldest first."""
        cur = self.conn.execute(f"SELECT {', '.join(_REVIEW_COLUMNS)} FROM reviews WHERE assessment_id = ? "
                              "ORDER BY sequence", [assessment_id])
        return [_review(r) for r in cur]

    def current_reviews(self, assessment_ids: list[str] | None = None) -> dict[str, dict]:
        """``assessment id → newest decision`` (with ``current_state``: its state, or ``resubmitted`` when the
        assessment held now is another revision or content), for the given ids or every reviewed assessment."""
        sql = _CURRENT.format(cols=", ".join(f"r.{c}" for c in _REVIEW_COLUMNS))
        if assessment_ids is None:
            return {r[2]: _review(r) for r in self.conn.execute(sql)}
        out = {}
        for aid in assessment_ids:
            row = self.conn.execute(sql + " AND r.assessment_id = ?", [aid]).fetchone()
            if row:
                out[aid] = _review(row)
        return out

    def review_states(self) -> dict[str, tuple[str, str]]:
        """``assessment id → (state, reason)`` of every reviewed assessment (one query, for the dashboard; an office
        that never reviewed pays one lookup)."""
        if self.conn.execute("SELECT 1 FROM reviews LIMIT 1").fetchone() is None:
            return {}
        return {aid: (state, reason) for aid, reason, state in self.conn.execute(
            _CURRENT.format(cols="r.assessment_id, r.reason"))}

    def is_own_review(self, receipt_id: str) -> bool:
        """A decision taken in this database has this receipt id (the office's own receipt read back)."""
        return self.conn.execute("SELECT 1 FROM reviews WHERE receipt_id = ?", [receipt_id]).fetchone() is not None

    def mark_receipt_written(self, review_id: int, file_name: str) -> None:
        with self.transaction():
            self.conn.execute("UPDATE reviews SET receipt_written_at = ?, receipt_file = ? WHERE id = ?",
                            [self.clock(), file_name, review_id])

    # -- at the school ----------------------------------------------------------------------------------------

    def revision_hash(self, assessment_id: str, revision: int) -> str | None:
        """The content hash of a finalised revision of an assessment held here (now or in its history)."""
        row = self.conn.execute("SELECT content_hash FROM assessments WHERE id = ? AND revision = ? AND status = "
                              "'finalised'", [assessment_id, revision]).fetchone()
        if row is None:
            row = self.conn.execute("SELECT content_hash FROM revisions WHERE assessment_id = ? AND revision = ?",
                                  [assessment_id, revision]).fetchone()
        return row[0] if row else None

    def is_received(self, assessment_id: str) -> bool:
        """The assessment came from another computer's data file (this database is an office's)."""
        return self.conn.execute("SELECT 1 FROM received WHERE assessment_id = ?", [assessment_id]).fetchone() \
            is not None

    def receipt_by_id(self, receipt_id: str) -> dict | None:
        row = self.conn.execute(f"SELECT {', '.join(_RECEIPT_COLUMNS)} FROM receipts WHERE receipt_id = ?",
                              [receipt_id]).fetchone()
        return _receipt(row) if row else None

    def newest_receipt(self, assessment_id: str, office_key: str | None = None) -> dict | None:
        """The receipt of an assessment read last by sequence (of one office when ``office_key`` is given; of any
        office: the latest decision)."""
        sql = f"SELECT {', '.join(_RECEIPT_COLUMNS)} FROM receipts WHERE assessment_id = ?"
        args: list = [assessment_id]
        if office_key is not None:
            sql += " AND office_key = ? ORDER BY sequence DESC"
            args.append(office_key)
        else:
            sql += " ORDER BY decided_at DESC, sequence DESC"
        row = self.conn.execute(sql + " LIMIT 1", args).fetchone()
        return _receipt(row) if row else None

    def newest_receipts(self) -> dict[str, dict]:
        """``assessment id → newest receipt`` for every assessment with one (``list``, the home page)."""
        out: dict[str, dict] = {}
        for row in self.conn.execute(f"SELECT {', '.join(_RECEIPT_COLUMNS)} FROM receipts "
                                   "ORDER BY decided_at, sequence"):
            out[row[2]] = _receipt(row)
        return out

    def store_receipt(self, receipt: dict, *, data: bytes, file_name: str, file_sha256: str,
                      signer_row: dict | None) -> None:
        """Keep a checked receipt (``receipt``: the columns of ``receipts``), record the office's signer on first
        use or when the school accepted a new one (``signer_row``, with ``replaces``: the old certificate's SHA-256),
        and audit it — one transaction."""
        now = self.clock()
        cols = [c for c in _RECEIPT_COLUMNS if c not in ("id", "file_name", "file_sha256", "received_at")]
        values = [(_dumps(receipt[c]) if c == "notes" else receipt[c]) for c in cols]
        with self.transaction():
            self.conn.execute(
                f"INSERT INTO receipts ({', '.join(cols)}, file_name, file_sha256, data, received_at) "
                f"VALUES ({', '.join('?' * len(cols))}, ?, ?, ?, ?)", [*values, file_name, file_sha256, data, now])
            if signer_row is not None:
                if signer_row.get("replaces"):
                    self.audit("office_signer_replaced", receipt["assessment_id"], office=receipt["office_name"],
                               old=signer_row["replaces"], new=signer_row["cert_sha256"])
                self.conn.execute(
                    "INSERT OR REPLACE INTO office_signers (office_key, office_name, subject, key_sha256, cert_sha256, "
                    "certificate, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [receipt["office_key"], receipt["office_name"], signer_row["subject"], signer_row["key_sha256"],
                     signer_row["cert_sha256"], signer_row["certificate"], now])
            self.audit("receipt_received", receipt["assessment_id"], office=receipt["office_name"],
                       state=receipt["state"], revision=receipt["revision"], sequence=receipt["sequence"],
                       file=file_name, signer=receipt["signer"])

    def office_signer(self, office_key: str) -> dict | None:
        """The certificate an office signed its first signed receipt here with, or None."""
        cur = self.conn.execute("SELECT office_key, office_name, subject, key_sha256, cert_sha256, recorded_at "
                              "FROM office_signers WHERE office_key = ?", [office_key])
        row = cur.fetchone()
        return dict(zip([d[0] for d in cur.description], row, strict=True)) if row else None
