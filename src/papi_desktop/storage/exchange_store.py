"""Storage for the exchange room: imported files, conflicts, the import log, the summary table and the roster.

Functions take the :class:`~papi_desktop.storage.repository.Repository` and run inside the caller's
transaction (``repo.transaction()``); the importer opens one per batch and a savepoint per file. Incoming
content has been checked by :mod:`papi_desktop.exchange.reader` (schema, hashes, NFC) before it gets here.
"""

from __future__ import annotations

import json
from typing import Any

SUMMARY_COLUMNS = (
    "assessment_id", "school_code", "school_name", "sort_key", "unit_code", "unit_name", "school_year", "status",
    "revision", "catalogue_id", "catalogue_version", "content_hash", "verdicts", "dimension_scores", "dimension_list",
    "score", "met", "not_met", "na", "unanswered",
)


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)  # as the repository writes JSON columns


def _json(value: Any) -> str:
    # incoming content was verified to be NFC already, so no second normalisation pass is needed
    return _ENCODER.encode(value)


def tune_for_import(repo) -> None:
    """Connection settings for big imports: per-file savepoints journal in memory, a 64 MB page cache.

    Neither changes durability: the batch commit still waits for the disk (``synchronous=FULL``).
    """
    repo.db.conn.execute("PRAGMA temp_store=MEMORY")
    repo.db.conn.execute("PRAGMA cache_size=-65536")


def tune_for_reading(repo) -> None:
    """A 64 MB page cache (grown only as used), so that refreshing the dashboard of 15,000 schools reads the summary
    table from SQLite's cache rather than parsing it from the OS page by page again."""
    repo.db.conn.execute("PRAGMA cache_size=-65536")


# -- state of what is already stored ------------------------------------------------------------------------


def assessment_state(repo, assessment_id: str) -> dict | None:
    """``{"revision", "content_hash", "status", "school_code", "school_year"}`` of an assessment, or None."""
    row = repo.db.conn.execute(
        "SELECT revision, content_hash, status, school_code, school_year FROM assessments WHERE id = ?",
        [assessment_id],
    ).fetchone()
    if row is None:
        return None
    return dict(zip(("revision", "content_hash", "status", "school_code", "school_year"), row, strict=True))


def assessment_for(repo, school_code: str, school_year: str) -> str | None:
    row = repo.db.conn.execute(
        "SELECT id FROM assessments WHERE school_code = ? AND school_year = ?", [school_code, school_year]
    ).fetchone()
    return row[0] if row else None


def revision_known(repo, assessment_id: str, revision: int, content_hash: str) -> bool:
    return repo.db.conn.execute(
        "SELECT 1 FROM revisions WHERE assessment_id = ? AND revision = ? AND content_hash = ?",
        [assessment_id, revision, content_hash],
    ).fetchone() is not None


def received_file(repo, assessment_id: str) -> tuple[bytes, bytes | None, str] | None:
    """The manifest and signature an imported assessment arrived with (``None`` for local assessments)."""
    row = repo.db.conn.execute(
        "SELECT r.manifest, r.signature, a.content_hash FROM received r JOIN assessments a ON a.id = r.assessment_id "
        "WHERE r.assessment_id = ?", [assessment_id],
    ).fetchone()
    return (bytes(row[0]), bytes(row[1]) if row[1] is not None else None, row[2]) if row else None


def finalised_ids(repo, school_year: str | None = None) -> list[str]:
    sql = "SELECT id FROM assessments WHERE status = 'finalised'"
    args: list = []
    if school_year:
        sql += " AND school_year = ?"
        args.append(school_year)
    return [r[0] for r in repo.db.conn.execute(sql + " ORDER BY school_code, school_year", args)]


# -- writing an imported assessment ---------------------------------------------------------------------------


def _value_encoder():
    """``_ENCODER.encode`` for dicts, without building a new C encoder on every call (41 small values a file)."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # a Python without the C accelerator
        return _ENCODER.encode
    enc = make(None, _ENCODER.default, json.encoder.encode_basestring, None, _ENCODER.key_separator,
               _ENCODER.item_separator, True, False, True)
    return lambda value: "".join(enc(value, 0)) if isinstance(value, dict) else _ENCODER.encode(value)


_encode_value = _value_encoder()


def encode_values(content: dict) -> list[str]:
    """The answers' values as stored in ``answers.value`` (same JSON form as the repository writes)."""
    return [_encode_value(x["value"]) for x in content["answers"]]


def write_imported(repo, content: dict, *, file_name: str, file_sha256: str, manifest: bytes,
                   signature: bytes | None, signer: str, attachments: dict[str, bytes], now: str,
                   content_hash: str, score: float | None, replace: bool,
                   value_json: list[str] | None = None) -> None:
    """Store an incoming finalised assessment like a local one (``replace``: a newer revision of a known one).

    ``value_json`` may carry the answers' values already encoded (:func:`encode_values`, done by a worker).
    """
    conn = repo.db.conn
    school, a = content["school"], content["assessment"]
    aid, code, year = a["id"], school["code"], a["school_year"]
    profile = _json({k: v for k, v in school.items() if k != "code"})
    # the school row takes this profile unless the school already has an assessment of a later year
    conn.execute(
        "INSERT INTO schools (code, name, profile, updated_at) SELECT ?, ?, ?, ? WHERE ? >= coalesce("
        "(SELECT max(school_year) FROM assessments WHERE school_code = ?), '') ON CONFLICT (code) DO UPDATE "
        "SET name = excluded.name, profile = excluded.profile, updated_at = excluded.updated_at "
        "WHERE schools.profile != excluded.profile",
        [code, school["name"], profile, now, year, code],
    )
    finalised = a["finalised_at"]
    row = [aid, code, year, a["catalogue_id"], a["catalogue_version"], "finalised", a["revision"], finalised,
           finalised, finalised, a["doc_number"], a["doc_date"], profile, content_hash, score]
    if replace:
        for table in ("answers", "attachments", "actions"):
            conn.execute(f"DELETE FROM {table} WHERE assessment_id = ?", [aid])
        conn.execute(
            "UPDATE assessments SET school_code = ?, school_year = ?, catalogue_id = ?, catalogue_version = ?, "
            "status = ?, revision = ?, created_at = ?, updated_at = ?, finalised_at = ?, doc_number = ?, "
            "doc_date = ?, school_profile = ?, content_hash = ?, score = ? WHERE id = ?",
            [*row[1:], aid],
        )
    else:
        conn.execute(
            "INSERT INTO assessments (id, school_code, school_year, catalogue_id, catalogue_version, status, revision,"
            " created_at, updated_at, finalised_at, doc_number, doc_date, school_profile, content_hash, score) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row,
        )
    conn.executemany(
        "INSERT INTO answers (assessment_id, criterion_id, value, na, na_reason, note, needs_recheck, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 0, ?)",
        [(aid, x["criterion_id"], v, int(x["na"]), x["na_reason"], x["note"], finalised)
         for x, v in zip(content["answers"], value_json or encode_values(content), strict=True)],
    )
    if attachments:
        conn.executemany("INSERT OR IGNORE INTO blobs (sha256, size, data) VALUES (?, ?, ?)",
                         [(sha, len(data), data) for sha, data in attachments.items()])
        conn.executemany(
            "INSERT INTO attachments (assessment_id, criterion_id, filename, sha256, size, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(aid, t["criterion_id"], t["filename"], t["sha256"], t["size"], finalised)
             for t in content["attachments"]],
        )
    if content["actions"]:
        conn.executemany(
            "INSERT INTO actions (assessment_id, criterion_id, what, who, due, status, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(aid, x["criterion_id"], x["what"], x["who"], x["due"], x["status"], finalised, finalised)
             for x in content["actions"]],
        )
    if replace:
        conn.execute("DELETE FROM blobs WHERE sha256 NOT IN (SELECT sha256 FROM attachments)")
    conn.execute(
        "INSERT INTO received (assessment_id, file_name, file_sha256, manifest, signature, signer, received_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (assessment_id) DO UPDATE SET file_name = excluded.file_name, "
        "file_sha256 = excluded.file_sha256, manifest = excluded.manifest, signature = excluded.signature, "
        "signer = excluded.signer, received_at = excluded.received_at",
        [aid, file_name, file_sha256, manifest, signature, signer, now],
    )
    conn.execute(
        "INSERT INTO audit (at, assessment_id, action, detail, actor) VALUES (?, ?, ?, ?, '')",
        [now, aid, "assessment_updated_by_import" if replace else "assessment_imported",
         _json({"file": file_name, "revision": a["revision"], "signer": signer, "sha256": file_sha256})],
    )


def archive_revision(repo, assessment_id: str, revision: int, content_hash: str, content_json: str, reason: str,
                     now: str) -> None:
    """Keep a revision in history (``revisions``), once."""
    repo.db.conn.execute(
        "INSERT OR IGNORE INTO revisions (assessment_id, revision, content_hash, content, archived_at, reason) "
        "VALUES (?, ?, ?, ?, ?, ?)", [assessment_id, revision, content_hash, content_json, now, reason],
    )


def keep_conflict(repo, content: dict, content_hash: str, content_json: str, manifest: bytes, file_name: str,
                  now: str) -> bool:
    """Keep a conflicting file aside; False when the same one was kept before."""
    a = content["assessment"]
    cur = repo.db.conn.execute(
        "INSERT OR IGNORE INTO conflicts (assessment_id, school_code, school_year, revision, content_hash, file_name,"
        " content, manifest, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [a["id"], content["school"]["code"], a["school_year"], a["revision"], content_hash, file_name, content_json,
         manifest, now],
    )
    return cur.rowcount == 1


def list_conflicts(repo) -> list[dict]:
    cur = repo.db.conn.execute(
        "SELECT id, assessment_id, school_code, school_year, revision, content_hash, file_name, received_at "
        "FROM conflicts ORDER BY received_at, id")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur]


def log_import(repo, *, now: str, file_name: str, file_sha256: str, result: str, assessment_id: str | None,
               school_code: str | None, revision: int | None, reason: str) -> None:
    repo.db.conn.execute(
        "INSERT INTO import_log (at, file_name, file_sha256, result, assessment_id, school_code, revision, reason) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [now, file_name, file_sha256, result, assessment_id, school_code, revision, reason],
    )


def import_log(repo, limit: int = 1000) -> list[dict]:
    cur = repo.db.conn.execute("SELECT * FROM import_log ORDER BY id DESC LIMIT ?", [limit])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur]


# -- summary table -------------------------------------------------------------------------------------------


def upsert_summary(repo, row: dict) -> None:
    """Write one summary row (columns :data:`SUMMARY_COLUMNS`); the assessment is no longer stale."""
    cols = ", ".join(SUMMARY_COLUMNS)
    marks = ", ".join("?" for _ in SUMMARY_COLUMNS)
    conn = repo.db.conn
    conn.execute(f"INSERT OR REPLACE INTO summary ({cols}) VALUES ({marks})", [row[c] for c in SUMMARY_COLUMNS])
    conn.execute("DELETE FROM summary_stale WHERE assessment_id = ?", [row["assessment_id"]])


def stale_summary_ids(repo) -> list[str]:
    """Assessments whose summary row is missing or out of date (marked by triggers on every change)."""
    return [r[0] for r in repo.db.conn.execute("SELECT assessment_id FROM summary_stale")]


DASHBOARD_COLUMNS = (
    "assessment_id", "school_code", "school_name", "unit_code", "unit_name", "school_year", "revision",
    "content_hash", "verdicts", "dimension_list", "score", "met", "not_met", "na", "unanswered", "catalogue_id",
    "catalogue_version",
)


def _where(school_year: str, unit: str | None, status: str | None) -> tuple[str, list]:
    sql, args = " WHERE school_year = ?", [school_year]
    if unit:
        sql += " AND (unit_code = ? OR unit_name = ?)"
        args += [unit, unit]
    if status:
        sql += " AND status = ?"
        args.append(status)
    return sql, args


def summary_rows(repo, *, school_year: str, unit: str | None = None, status: str | None = "finalised",
                 columns: tuple[str, ...] = DASHBOARD_COLUMNS) -> list:
    """Summary rows of a school year in Vietnamese name order (tuples of ``columns``)."""
    where, args = _where(school_year, unit, status)
    sql = f"SELECT {', '.join(columns)} FROM summary{where} ORDER BY sort_key, school_code"
    return repo.db.conn.execute(sql, args).fetchall()


def summary_years(repo) -> list[str]:
    return [r[0] for r in repo.db.conn.execute("SELECT DISTINCT school_year FROM summary ORDER BY school_year DESC")]


def summary_units(repo, school_year: str) -> list[tuple[str, str]]:
    return repo.db.conn.execute(
        "SELECT unit_code, max(unit_name) FROM summary WHERE school_year = ? GROUP BY unit_code", [school_year]
    ).fetchall()


def actions_of_year(repo, school_year: str) -> list[tuple]:
    """``(school_code, school_name, criterion_id, what, who, due, status)`` of every finalised assessment."""
    return repo.db.conn.execute(
        "SELECT s.school_code, s.school_name, x.criterion_id, x.what, x.who, x.due, x.status FROM actions x "
        "JOIN summary s ON s.assessment_id = x.assessment_id WHERE s.school_year = ? AND s.status = 'finalised' "
        "ORDER BY s.sort_key, s.school_code, x.id", [school_year],
    ).fetchall()


# -- roster --------------------------------------------------------------------------------------------------


def replace_roster(repo, rows: list[tuple[str, str, str, str]], now: str) -> None:
    """Replace the list of expected schools with ``(code, name, unit, sort_key)`` rows."""
    conn = repo.db.conn
    conn.execute("DELETE FROM roster")
    conn.executemany("INSERT INTO roster (code, name, unit, sort_key, loaded_at) VALUES (?, ?, ?, ?, ?)",
                     [(*r, now) for r in rows])


def roster_rows(repo) -> list[tuple[str, str, str]]:
    return repo.db.conn.execute("SELECT code, name, unit FROM roster ORDER BY sort_key, code").fetchall()


def roster_missing(repo, school_year: str) -> list[tuple[str, str, str]]:
    """Expected schools with no finalised assessment for ``school_year``."""
    return repo.db.conn.execute(
        "SELECT r.code, r.name, r.unit FROM roster r WHERE NOT EXISTS (SELECT 1 FROM assessments a "
        "WHERE a.school_code = r.code AND a.school_year = ? AND a.status = 'finalised') ORDER BY r.sort_key, r.code",
        [school_year],
    ).fetchall()
