"""Storage of signer continuity at the office: each school's recorded signing key, and files held aside.

Trust on first use, as SSH does with known hosts: ``school_signers`` holds, per school (code in upper case), the
certificate of the first signed file that was applied, or the one a clerk accepted later. A file signed with
another key, or unsigned after a signed one, is not applied: it is kept whole in ``held_files`` (the ``.papi``
bytes, so it can be applied once the clerk accepts the new certificate, even if the original file is gone).
Functions run inside the caller's transaction; the importer (:mod:`papi_desktop.exchange.trust`) decides.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, BinaryIO

from papi_desktop.storage.blobs import fill_blob

_SIGNER_COLUMNS = ("school_code", "subject", "cert_sha256", "key_sha256", "certificate", "not_after", "recorded_at",
                   "from_file", "accepted_by_clerk")
_HELD_COLUMNS = ("id", "school_code", "assessment_id", "school_year", "revision", "file_name", "file_sha256",
                 "size", "signer_subject", "signer_cert_sha256", "signer_key_sha256", "signer_certificate",
                 "signer_not_after", "reason", "received_at")


def school_signer(repo, school_key: str) -> dict | None:
    """The recorded signer of a school (``school_key``: upper-case code), or None; ``key_sha256`` is "" when a
    clerk accepted that the school no longer signs."""
    row = repo.conn.execute(f"SELECT {', '.join(_SIGNER_COLUMNS)} FROM school_signers WHERE school_code = ?",
                               [school_key]).fetchone()
    return dict(zip(_SIGNER_COLUMNS, row, strict=True)) if row else None


def record_signer(repo, school_key: str, signer, now: str, *, from_file: str, replace: bool,
                  by_clerk: bool = False) -> None:
    """Record ``signer`` (a :class:`~papi_desktop.exchange.signing.SignerInfo`) as the school's. ``replace`` False
    is first use: it keeps a signer already recorded (but fills the place a clerk emptied, :func:`forget_signer`);
    True replaces it (a clerk accepted a new certificate)."""
    cols = ", ".join(_SIGNER_COLUMNS)
    updates = ", ".join(f"{c} = excluded.{c}" for c in _SIGNER_COLUMNS[1:])
    where = "" if replace else " WHERE school_signers.key_sha256 = ''"
    repo.conn.execute(
        f"INSERT INTO school_signers ({cols}) VALUES ({', '.join('?' * len(_SIGNER_COLUMNS))}) "
        f"ON CONFLICT (school_code) DO UPDATE SET {updates}{where}",
        [school_key, signer.subject, signer.cert_sha256, signer.key_sha256, signer.certificate, signer.not_after,
         now, from_file, int(by_clerk)])


def forget_signer(repo, school_key: str, now: str) -> None:
    """A clerk accepted that the school no longer signs: an empty record (so the signed files received before are
    not taken as its signer again); its next signed file is a first use again."""
    repo.conn.execute(
        "INSERT OR REPLACE INTO school_signers (school_code, subject, cert_sha256, key_sha256, certificate, "
        "recorded_at, accepted_by_clerk) VALUES (?, '', '', '', x'', ?, 1)", [school_key, now])


def received_signatures(repo, school_key: str) -> list[tuple[bytes, bytes]]:
    """``(manifest, signature)`` of the signed files held for a school, newest school year and revision first —
    for offices that received signed files before signers were recorded."""
    return [(bytes(m), bytes(s)) for m, s in repo.conn.execute(
        "SELECT r.manifest, r.signature FROM schools s JOIN assessments a ON a.school_code = s.code "
        "JOIN received r ON r.assessment_id = a.id WHERE upper(s.code) = ? AND r.signature IS NOT NULL "
        "ORDER BY a.school_year DESC, a.revision DESC",
        [school_key])]


def hold_file(repo, x, *, file_name: str, reason: str, now: str, size: int,
              open_file: Callable[[], BinaryIO]) -> bool:
    """Keep the file of item ``x`` (an :class:`~papi_desktop.storage.exchange_store.IncomingFile`) aside, whole
    (``size`` bytes streamed from ``open_file()``); False when these very bytes are held already."""
    signer = x.signer
    cur = repo.conn.execute(
        "INSERT OR IGNORE INTO held_files (school_code, assessment_id, school_year, revision, file_name, file_sha256,"
        " size, signer_subject, signer_cert_sha256, signer_key_sha256, signer_certificate, signer_not_after, reason,"
        " received_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, zeroblob(?))",
        [x.school_key, x.assessment_id, x.school_year, x.revision, file_name, x.file_sha256, size,
         signer.subject if signer else "", signer.cert_sha256 if signer else "",
         signer.key_sha256 if signer else "", signer.certificate if signer else None,
         signer.not_after if signer else "", reason, now, size])
    if cur.rowcount != 1:
        return False
    with open_file() as fh:
        fill_blob(repo.conn, "held_files", "data", cur.lastrowid, fh, size)
    return True


def held_files(repo, school_key: str | None = None) -> list[dict[str, Any]]:
    """Files held aside (oldest first), without their bytes; of one school when ``school_key`` is given."""
    sql = f"SELECT {', '.join(_HELD_COLUMNS)} FROM held_files"
    args: list = []
    if school_key:
        sql += " WHERE school_code = ?"
        args.append(school_key)
    cur = repo.conn.execute(sql + " ORDER BY id", args)
    return [dict(zip(_HELD_COLUMNS, r, strict=True)) for r in cur]


def held_data(repo, held_id: int) -> bytes:
    """The ``.papi`` bytes of a held file."""
    return bytes(repo.conn.execute("SELECT data FROM held_files WHERE id = ?", [held_id]).fetchone()[0])


def release_held(repo, held_id: int) -> None:
    repo.conn.execute("DELETE FROM held_files WHERE id = ?", [held_id])
