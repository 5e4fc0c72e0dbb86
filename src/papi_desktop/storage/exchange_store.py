"""Storage for the exchange room: imported files, conflicts, the import log, the summary table and the roster.

Functions take the :class:`~papi_desktop.storage.repository.Repository` and run inside the caller's
transaction (``repo.transaction()``); the importer opens one per batch and a savepoint per file. Incoming
content has been checked by :mod:`papi_desktop.exchange.reader` (schema, hashes, NFC) before it gets here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, BinaryIO

from papi_desktop.storage.blobs import fill_blob
from papi_desktop.storage.signers import record_signer
from papi_desktop.storage.survey_office import ImportedSurvey, imported_survey, write_imported_surveys

SUMMARY_COLUMNS = (
    "assessment_id", "school_code", "school_name", "sort_key", "unit_code", "unit_name", "school_year", "status",
    "revision", "catalogue_id", "catalogue_version", "content_hash", "verdicts", "dimension_scores", "dimension_list",
    "score", "met", "not_met", "na", "unanswered",
)


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, allow_nan=False)  # as the repository writes JSON


def _json(value: Any) -> str:
    # incoming content was verified to be NFC already, so no second normalisation pass is needed
    return _ENCODER.encode(value)


def tune_for_import(repo) -> None:
    """Connection settings for big imports: per-file savepoints journal in memory, a 64 MB page cache.

    Neither changes durability: the batch commit still waits for the disk (``synchronous=FULL``).
    """
    repo.conn.execute("PRAGMA temp_store=MEMORY")
    repo.conn.execute("PRAGMA cache_size=-65536")


def tune_for_reading(repo) -> None:
    """A 64 MB page cache (grown only as used), so that refreshing the dashboard of 15,000 schools reads the summary
    table from SQLite's cache rather than parsing it from the OS page by page again."""
    repo.conn.execute("PRAGMA cache_size=-65536")


# -- state of what is already stored ------------------------------------------------------------------------


def assessment_state(repo, assessment_id: str) -> dict | None:
    """``{"revision", "content_hash", "status", "school_code", "school_year"}`` of an assessment, or None."""
    row = repo.conn.execute(
        "SELECT revision, content_hash, status, school_code, school_year FROM assessments WHERE id = ?",
        [assessment_id],
    ).fetchone()
    if row is None:
        return None
    return dict(zip(("revision", "content_hash", "status", "school_code", "school_year"), row, strict=True))


def assessment_for(repo, school_code: str, school_year: str) -> str | None:
    row = repo.conn.execute(
        "SELECT id FROM assessments WHERE school_code = ? AND school_year = ?", [school_code, school_year]
    ).fetchone()
    return row[0] if row else None


def is_new(repo, assessment_id: str, school_code: str, school_year: str) -> bool:
    """Neither this assessment nor another one of the same school and year is held, nor a school whose code
    differs from ``school_code`` only by case."""
    return not repo.conn.execute(
        "SELECT EXISTS (SELECT 1 FROM assessments WHERE id = ?) OR EXISTS (SELECT 1 FROM assessments "
        "WHERE school_code = ? AND school_year = ?) OR EXISTS (SELECT 1 FROM schools WHERE upper(code) = ? "
        "AND code != ?)", [assessment_id, school_code, school_year, school_code.upper(), school_code],
    ).fetchone()[0]


def school_code_variant(repo, school_code: str) -> str | None:
    """The code of a school held under ``school_code`` in another letter case (the same school), or None."""
    row = repo.conn.execute("SELECT code FROM schools WHERE upper(code) = ? AND code != ?",
                               [school_code.upper(), school_code]).fetchone()
    return row[0] if row else None


def revision_known(repo, assessment_id: str, revision: int, content_hash: str) -> bool:
    return repo.conn.execute(
        "SELECT 1 FROM revisions WHERE assessment_id = ? AND revision = ? AND content_hash = ?",
        [assessment_id, revision, content_hash],
    ).fetchone() is not None


def received_files(repo) -> dict[str, tuple]:
    """``file SHA-256 → (assessment id, school code, school name, school year, revision)`` of the file each held
    imported assessment last came from: a file with the same bytes needs no reading to be "unchanged"."""
    return {row[0]: row[1:] for row in repo.conn.execute(
        "SELECT r.file_sha256, a.id, a.school_code, s.school_name, a.school_year, a.revision FROM received r "
        "JOIN assessments a ON a.id = r.assessment_id JOIN summary s ON s.assessment_id = a.id "
        "WHERE a.status = 'finalised'")}


def received_file(repo, assessment_id: str) -> tuple[bytes, bytes | None, str] | None:
    """The manifest and signature an imported assessment arrived with (``None`` for local assessments)."""
    row = repo.conn.execute(
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
    return [r[0] for r in repo.conn.execute(sql + " ORDER BY school_code, school_year", args)]


# -- writing an imported assessment ---------------------------------------------------------------------------


#: an answer's value as stored in ``answers.value`` (same JSON form as the repository writes)
encode_value = _ENCODER.encode


@dataclass(frozen=True, slots=True)
class IncomingFile:
    """One checked incoming file as the rows it becomes: built where the file was read (possibly a worker
    process, so only plain values, cheap to pass between processes), written by :func:`write_imported` — the one
    writer of imported rows. Evidence files are not carried: ``blobs`` lists ``(sha256, size)`` and the writer
    reads each again from ``source`` (the file's path or bytes) through the reader's checked stream."""

    file_sha256: str
    assessment_id: str
    school_code: str
    school_name: str
    school_year: str
    revision: int
    content_hash: str
    signer: Any  # papi_desktop.exchange.signing.SignerInfo or None (plain values)
    school: tuple  # code, name, profile JSON
    assessment: tuple  # the assessments row (columns _ASSESSMENT_COLUMNS)
    answers: list[tuple]
    attachments: list[tuple]
    blobs: list[tuple[str, int]]
    actions: list[tuple]
    manifest: bytes
    signature: bytes | None
    summary: tuple  # the summary row, in SUMMARY_COLUMNS order
    content_raw: bytes  # the canonical content, for history and conflicts
    source: str | bytes  # the .papi file (path or bytes), where evidence files are read again
    survey: ImportedSurvey | None = None  # the parents' survey forms and their summary row (format version 3)

    @property
    def school_key(self) -> str:
        """The school as the office compares it (codes differing only by case are one school)."""
        return self.school_code.upper()

    @property
    def held_bytes(self) -> int:
        """Roughly what this item holds in memory (for the importer's byte budget)."""
        return 3 * (len(self.content_raw) + len(self.manifest)) + len(self.signature or b"")


def incoming(content: dict, *, file_sha256: str, content_hash: str, content_raw: bytes, manifest: bytes,
             signature: bytes | None, signer, attachments: dict[str, int], summary: dict,
             source: str | bytes, survey: dict | None = None) -> IncomingFile:
    """The rows an incoming finalised assessment becomes, stored like a local one (see :func:`write_imported`);
    ``survey`` are the results of its parents' survey (:func:`papi_desktop.core.survey.results_json`)."""
    school, a = content["school"], content["assessment"]
    aid, code, fin = a["id"], school["code"], a["finalised_at"]
    profile = _json({k: v for k, v in school.items() if k != "code"})
    return IncomingFile(
        file_sha256, aid, code, school["name"], a["school_year"], a["revision"], content_hash, signer,
        (code, school["name"], profile),
        (aid, code, a["school_year"], a["catalogue_id"], a["catalogue_version"], "finalised", a["revision"], fin,
         fin, fin, a["doc_number"], a["doc_date"], profile, content_hash, summary["score"]),
        [(aid, x["criterion_id"], encode_value(x["value"]), int(x["na"]), x["na_reason"], x["note"], fin)
         for x in content["answers"]],
        [(aid, t["criterion_id"], t["filename"], t["sha256"], t["size"], fin) for t in content["attachments"]],
        sorted(attachments.items()),
        [(aid, x["criterion_id"], x["what"], x["who"], x["due"], x["status"], fin, fin) for x in content["actions"]],
        manifest, signature, tuple(summary[c] for c in SUMMARY_COLUMNS), content_raw, source,
        imported_survey(content, survey),
    )


_ASSESSMENT_COLUMNS = ("id", "school_code", "school_year", "catalogue_id", "catalogue_version", "status", "revision",
                       "created_at", "updated_at", "finalised_at", "doc_number", "doc_date", "school_profile",
                       "content_hash", "score")
_SUMMARY_SQL = (f"INSERT OR REPLACE INTO summary ({', '.join(SUMMARY_COLUMNS)}) "
                f"VALUES ({', '.join('?' for _ in SUMMARY_COLUMNS)})")


def write_imported(repo, items: list[IncomingFile], *, file_names: list[str], now: str,
                   open_attachment: Callable[[IncomingFile, str, int], BinaryIO], replace: bool = False) -> None:
    """Store incoming finalised assessments like local ones, with their summary rows: one statement per table for
    all ``items`` (``replace``: newer revisions of assessments already held, whose old rows go first). Evidence
    files are streamed into ``blobs`` one at a time from ``open_attachment(item, sha256, size)`` (a stream that
    raises when what it read does not match its hash); a signed item of a school without a recorded signer records
    it (trust on first use, :func:`record_signer`).

    The caller has checked that no two items share an assessment id or a school (the school row takes an item's
    profile unless the school already has an assessment of a later year, which a second item could change).
    """
    conn = repo.conn
    if replace:
        for table in ("answers", "attachments", "actions"):
            conn.executemany(f"DELETE FROM {table} WHERE assessment_id = ?", [(x.assessment_id,) for x in items])
    conn.executemany(
        "INSERT INTO schools (code, name, profile, updated_at) SELECT ?, ?, ?, ? WHERE ? >= coalesce("
        "(SELECT max(school_year) FROM assessments WHERE school_code = ?), '') ON CONFLICT (code) DO UPDATE "
        "SET name = excluded.name, profile = excluded.profile, updated_at = excluded.updated_at "
        "WHERE schools.profile != excluded.profile",
        [(*x.school, now, x.school_year, x.school_code) for x in items],
    )
    if replace:
        sets = ", ".join(f"{c} = ?" for c in _ASSESSMENT_COLUMNS[1:])
        conn.executemany(f"UPDATE assessments SET {sets} WHERE id = ?",
                         [(*x.assessment[1:], x.assessment_id) for x in items])
    else:
        conn.executemany(f"INSERT INTO assessments ({', '.join(_ASSESSMENT_COLUMNS)}) "
                         f"VALUES ({', '.join('?' for _ in _ASSESSMENT_COLUMNS)})", [x.assessment for x in items])
    conn.executemany(
        "INSERT INTO answers (assessment_id, criterion_id, value, na, na_reason, note, needs_recheck, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 0, ?)", [row for x in items for row in x.answers],
    )
    for x in items:
        for sha, size in x.blobs:
            _store_blob(conn, sha, size, lambda x=x, sha=sha, size=size: open_attachment(x, sha, size))
    if any(x.blobs for x in items):
        conn.executemany(
            "INSERT INTO attachments (assessment_id, criterion_id, filename, sha256, size, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?)", [row for x in items for row in x.attachments],
        )
    actions = [row for x in items for row in x.actions]
    if actions:
        conn.executemany(
            "INSERT INTO actions (assessment_id, criterion_id, what, who, due, status, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", actions,
        )
    if replace:
        conn.execute("DELETE FROM blobs WHERE sha256 NOT IN (SELECT sha256 FROM attachments)")
    conn.executemany(
        "INSERT INTO received (assessment_id, file_name, file_sha256, manifest, signature, received_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (assessment_id) DO UPDATE SET file_name = excluded.file_name, "
        "file_sha256 = excluded.file_sha256, manifest = excluded.manifest, signature = excluded.signature, "
        "received_at = excluded.received_at",
        [(x.assessment_id, name, x.file_sha256, x.manifest, x.signature, now)
         for x, name in zip(items, file_names, strict=True)],
    )
    for x, name in zip(items, file_names, strict=True):
        if x.signer is not None:
            record_signer(repo, x.school_key, x.signer, now, from_file=name, replace=False)
    action = "assessment_updated_by_import" if replace else "assessment_imported"
    conn.executemany(
        "INSERT INTO audit (at, assessment_id, action, detail, actor) VALUES (?, ?, ?, ?, '')",
        [(now, x.assessment_id, action,
          _json({"file": name, "revision": x.revision, "signer": x.signer.subject if x.signer else "",
                 "signer_sha256": x.signer.cert_sha256 if x.signer else "", "sha256": x.file_sha256}))
         for x, name in zip(items, file_names, strict=True)],
    )
    conn.executemany(_SUMMARY_SQL, [x.summary for x in items])
    write_imported_surveys(repo, [(x.assessment_id, x.survey) for x in items], now=now, replace=replace)
    conn.executemany("DELETE FROM summary_stale WHERE assessment_id = ?", [(x.assessment_id,) for x in items])
    repo.write_imported_details([(x.assessment_id, report_member(x.content_raw)) for x in items
                                 if replace or b'"report":' in x.content_raw])


def report_member(content_raw: bytes) -> dict | None:
    """The ``"report"`` member of canonical content (format version 2), parsed only when the bytes name it."""
    if b'"report":' not in content_raw:
        return None
    return json.loads(content_raw).get("report")


def _store_blob(conn, sha: str, size: int, open_source: Callable[[], BinaryIO]) -> None:
    """One evidence file into ``blobs`` (kept once by hash), streamed in (:mod:`papi_desktop.storage.blobs`)."""
    cur = conn.execute("INSERT OR IGNORE INTO blobs (sha256, size, data) VALUES (?, ?, zeroblob(?))",
                       [sha, size, size])
    if cur.rowcount == 1:
        with open_source() as src:
            fill_blob(conn, "blobs", "data", cur.lastrowid, src, size)


def archive_revision(repo, assessment_id: str, revision: int, content_hash: str, content_json: str, reason: str,
                     now: str) -> None:
    """Keep a revision in history (``revisions``), once."""
    repo.conn.execute(
        "INSERT OR IGNORE INTO revisions (assessment_id, revision, content_hash, content, archived_at, reason) "
        "VALUES (?, ?, ?, ?, ?, ?)", [assessment_id, revision, content_hash, content_json, now, reason],
    )


def keep_conflict(repo, x: IncomingFile, file_name: str, now: str) -> bool:
    """Keep a conflicting file aside; False when the same one was kept before."""
    cur = repo.conn.execute(
        "INSERT OR IGNORE INTO conflicts (assessment_id, school_code, school_year, revision, content_hash, file_name,"
        " content, manifest, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [x.assessment_id, x.school_code, x.school_year, x.revision, x.content_hash, file_name,
         x.content_raw.decode("utf-8"), x.manifest, now],
    )
    return cur.rowcount == 1


def list_conflicts(repo) -> list[dict]:
    cur = repo.conn.execute(
        "SELECT id, assessment_id, school_code, school_year, revision, content_hash, file_name, received_at "
        "FROM conflicts ORDER BY received_at, id")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur]


def log_imports(repo, rows: list[tuple]) -> None:
    """Rows of ``import_log``: ``(at, file_name, file_sha256, result, assessment_id, school_code, revision,
    reason)``."""
    repo.conn.executemany(
        "INSERT INTO import_log (at, file_name, file_sha256, result, assessment_id, school_code, revision, reason) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows,
    )


def import_log(repo, limit: int = 1000) -> list[dict]:
    cur = repo.conn.execute("SELECT * FROM import_log ORDER BY id DESC LIMIT ?", [limit])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur]


# -- summary table -------------------------------------------------------------------------------------------


def upsert_summary(repo, row: dict) -> None:
    """Write one summary row (columns :data:`SUMMARY_COLUMNS`); the assessment is no longer stale."""
    conn = repo.conn
    conn.execute(_SUMMARY_SQL, [row[c] for c in SUMMARY_COLUMNS])
    conn.execute("DELETE FROM summary_stale WHERE assessment_id = ?", [row["assessment_id"]])


def stale_summary_ids(repo) -> list[str]:
    """Assessments whose summary row is missing or out of date (marked by triggers on every change)."""
    return [r[0] for r in repo.conn.execute("SELECT assessment_id FROM summary_stale")]


def _where(school_year: str, unit: str | None, status: str | None) -> tuple[str, list]:
    sql, args = " WHERE school_year = ?", [school_year]
    if unit:
        sql += " AND (unit_code = ? OR unit_name = ?)"
        args += [unit, unit]
    if status:
        sql += " AND status = ?"
        args.append(status)
    return sql, args


def summary_rows(repo, *, school_year: str, columns: tuple[str, ...], unit: str | None = None,
                 status: str | None = "finalised") -> list:
    """Summary rows of a school year in Vietnamese name order (tuples of ``columns``, names from
    :data:`SUMMARY_COLUMNS`)."""
    if not set(columns) <= set(SUMMARY_COLUMNS):
        raise ValueError(f"unknown summary columns: {sorted(set(columns) - set(SUMMARY_COLUMNS))}")
    where, args = _where(school_year, unit, status)
    sql = f"SELECT {', '.join(columns)} FROM summary{where} ORDER BY sort_key, school_code"
    return repo.conn.execute(sql, args).fetchall()


def summary_catalogues(repo, *, school_year: str, unit: str | None = None, status: str | None = "finalised") -> list:
    """``(catalogue_id, catalogue_version, rows)`` of the summary rows :func:`summary_rows` would return."""
    where, args = _where(school_year, unit, status)
    return repo.conn.execute(
        f"SELECT catalogue_id, catalogue_version, count(*) FROM summary{where} GROUP BY 1, 2", args).fetchall()


def summary_years(repo) -> list[str]:
    return [r[0] for r in repo.conn.execute("SELECT DISTINCT school_year FROM summary ORDER BY school_year DESC")]


def summary_units(repo, school_year: str) -> list[tuple[str, str]]:
    return repo.conn.execute(
        "SELECT unit_code, max(unit_name) FROM summary WHERE school_year = ? GROUP BY unit_code", [school_year]
    ).fetchall()


def actions_of_year(repo, school_year: str) -> list[tuple]:
    """``(school_code, school_name, criterion_id, what, who, due, status)`` of every finalised assessment."""
    return repo.conn.execute(
        "SELECT s.school_code, s.school_name, x.criterion_id, x.what, x.who, x.due, x.status FROM actions x "
        "JOIN summary s ON s.assessment_id = x.assessment_id WHERE s.school_year = ? AND s.status = 'finalised' "
        "ORDER BY s.sort_key, s.school_code, x.id", [school_year],
    ).fetchall()


# -- roster --------------------------------------------------------------------------------------------------


def replace_roster(repo, rows: list[tuple[str, str, str, str]], now: str) -> None:
    """Replace the list of expected schools with ``(code, name, unit, sort_key)`` rows."""
    conn = repo.conn
    conn.execute("DELETE FROM roster")
    conn.executemany("INSERT INTO roster (code, name, unit, sort_key, loaded_at) VALUES (?, ?, ?, ?, ?)",
                     [(*r, now) for r in rows])


def roster_rows(repo) -> list[tuple[str, str, str]]:
    return repo.conn.execute("SELECT code, name, unit FROM roster ORDER BY sort_key, code").fetchall()


def roster_missing(repo, school_year: str) -> list[tuple[str, str, str]]:
    """Expected schools with no finalised assessment for ``school_year`` (roster codes are upper case; a school's
    code matches whatever its case)."""
    return repo.conn.execute(
        "SELECT r.code, r.name, r.unit FROM roster r WHERE NOT EXISTS (SELECT 1 FROM schools s JOIN assessments a "
        "ON a.school_code = s.code WHERE upper(s.code) = r.code AND a.school_year = ? AND a.status = 'finalised') "
        "ORDER BY r.sort_key, r.code",
        [school_year],
    ).fetchall()


# -- the office's screens: years and conflicts (firsthour) --------------------------------------------------------


def summary_year_counts(repo) -> dict[str, int]:
    """``school year → finalised assessments held``, for every year in the summary table."""
    return dict(repo.conn.execute(
        "SELECT school_year, sum(status = 'finalised') FROM summary GROUP BY school_year ORDER BY school_year DESC"))


def get_conflict(repo, conflict_id: int) -> dict | None:
    """A kept-aside file (``list_conflicts`` columns plus ``content``, its canonical content as JSON text, and
    ``manifest``), or None."""
    cur = repo.conn.execute(
        "SELECT id, assessment_id, school_code, school_year, revision, content_hash, file_name, received_at, content, "
        "manifest FROM conflicts WHERE id = ?", [conflict_id])
    row = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], row, strict=True)) if row else None


def held_assessment_for_conflict(repo, conflict: dict) -> str | None:
    """The assessment a conflict stands against: the same id, else the one of the same school and year."""
    return (conflict["assessment_id"] if assessment_state(repo, conflict["assessment_id"]) else
            assessment_for(repo, conflict["school_code"], conflict["school_year"]))


def blobs_held(repo, shas: list[str]) -> dict[str, bytes]:
    """The evidence files among ``shas`` that are stored (sha256 → bytes)."""
    out = {}
    for sha in set(shas):
        row = repo.conn.execute("SELECT data FROM blobs WHERE sha256 = ?", [sha]).fetchone()
        if row is not None:
            out[sha] = bytes(row[0])
    return out


def resolve_conflict(repo, conflict: dict, *, keep: str, held_id: str | None, held_revision: int | None,
                     held_hash: str | None, held_json: str | None, incoming: IncomingFile | None, now: str,
                     open_attachment: Callable[[IncomingFile, str, int], BinaryIO] | None = None) -> None:
    """Settle a kept-aside file (inside the caller's transaction): ``keep="held"`` files the incoming version in
    history; ``keep="incoming"`` files the held version in history, replaces it by ``incoming`` and passes the rows
    on to :func:`write_imported`. Either way the conflict is removed and the decision goes to the audit log."""
    conn = repo.conn
    if keep == "held":
        archive_revision(repo, conflict["assessment_id"], conflict["revision"], conflict["content_hash"],
                         conflict["content"], f"bản xung đột không dùng (giữ bản đang có), từ {conflict['file_name']}",
                         now)
    else:
        if held_id is not None:
            archive_revision(repo, held_id, held_revision or 0, held_hash or "", held_json or "",
                             f"thay bằng bản nhận từ {conflict['file_name']} khi giải quyết xung đột", now)
            if held_id != incoming.assessment_id:
                conn.execute("DELETE FROM assessments WHERE id = ?", [held_id])
                conn.execute("DELETE FROM blobs WHERE sha256 NOT IN (SELECT sha256 FROM attachments)")
        write_imported(repo, [incoming], file_names=[conflict["file_name"]], now=now,
                       replace=held_id == incoming.assessment_id, open_attachment=open_attachment)
    conn.execute("DELETE FROM conflicts WHERE id = ?", [conflict["id"]])
    conn.execute(
        "INSERT INTO audit (at, assessment_id, action, detail, actor) VALUES (?, ?, 'conflict_resolved', ?, '')",
        [now, held_id or conflict["assessment_id"],
         _json({"conflict": conflict["id"], "keep": keep, "school": conflict["school_code"],
                "school_year": conflict["school_year"], "file": conflict["file_name"],
                "incoming_revision": conflict["revision"], "incoming_hash": conflict["content_hash"],
                "held_revision": held_revision, "held_hash": held_hash})])
