"""Numbered schema migrations (sqlite-utils ``Migrations``). Never edit a released migration: add a new one.

Each migration runs in its own transaction together with the record that it was applied.

Migrations are registered as with sqlite-utils (``@migrations()``) in a :class:`MigrationList`, which hands them to
a sqlite-utils ``Migrations`` only to apply them. Which ones a file already has is read from sqlite-utils' table
(:data:`MIGRATIONS_TABLE`) with the standard library (:func:`applied_names`), so opening an up-to-date file — every
start of the app — imports no sqlite-utils.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SET = "papi_desktop"
#: the table in which sqlite-utils' ``Migrations`` records what was applied (``migration_set``, ``name``,
#: ``applied_at``; in the order applied)
MIGRATIONS_TABLE = "_sqlite_migrations"


class MigrationList:
    """The app's migrations in order, registered like sqlite-utils' ``Migrations``: ``@migrations()`` on a
    function ``mNNN_name(db)``."""

    def __init__(self, name: str):
        self.name = name
        self._migrations: list[tuple[str, Callable]] = []

    def __call__(self, *, name: str | None = None) -> Callable[[Callable], Callable]:
        def register(fn: Callable) -> Callable:
            migration = name or fn.__name__
            if migration in self.names():
                raise ValueError(f"migration {migration} is registered twice")
            self._migrations.append((migration, fn))
            return fn

        return register

    def names(self) -> list[str]:
        return [name for name, _fn in self._migrations]

    def apply(self, db: Database, *, stop_before: str | None = None) -> None:
        """Apply the pending migrations to ``db`` (a sqlite-utils ``Database``) with sqlite-utils' ``Migrations``:
        each in one transaction with the record of it (up to, not including, ``stop_before``)."""
        from sqlite_utils import Migrations

        runner = Migrations(self.name)
        for name, fn in self._migrations:
            runner(name=name)(fn)
        if stop_before is None:
            runner.apply(db)
        else:
            runner.apply(db, stop_before=stop_before)


migrations = MigrationList(MIGRATION_SET)


def applied_names(conn: sqlite3.Connection) -> list[str]:
    """The app's migrations the database on ``conn`` has, in the order applied (plain ``sqlite3``)."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]).fetchone():
        return []
    return [r[0] for r in conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET])]


@migrations()
def m001_initial(db: Database) -> None:
    db.execute(
        """CREATE TABLE schools (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            profile TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE assessments (
            id TEXT PRIMARY KEY,
            school_code TEXT NOT NULL REFERENCES schools(code),
            school_year TEXT NOT NULL,
            catalogue_id TEXT NOT NULL,
            catalogue_version TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('draft', 'finalised')),
            revision INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            finalised_at TEXT,
            doc_number INTEGER,
            doc_date TEXT,
            school_profile TEXT,
            content_hash TEXT,
            score REAL,
            UNIQUE (school_code, school_year)
        )"""
    )
    db.execute(
        """CREATE TABLE answers (
            assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            criterion_id TEXT NOT NULL,
            value TEXT NOT NULL DEFAULT '{}',
            na INTEGER NOT NULL DEFAULT 0,
            na_reason TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            needs_recheck INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (assessment_id, criterion_id)
        )"""
    )
    db.execute(
        """CREATE TABLE blobs (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            data BLOB NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            criterion_id TEXT NOT NULL,
            filename TEXT NOT NULL,
            sha256 TEXT NOT NULL REFERENCES blobs(sha256),
            size INTEGER NOT NULL,
            added_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX attachments_assessment ON attachments(assessment_id, criterion_id)")
    db.execute(
        """CREATE TABLE actions (
            id INTEGER PRIMARY KEY,
            assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            criterion_id TEXT,
            what TEXT NOT NULL,
            who TEXT NOT NULL DEFAULT '',
            due TEXT,
            status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX actions_assessment ON actions(assessment_id)")
    db.execute(
        """CREATE TABLE revisions (
            assessment_id TEXT NOT NULL,
            revision INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            content TEXT NOT NULL,
            archived_at TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (assessment_id, revision, content_hash)
        )"""
    )
    db.execute(
        """CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            assessment_id TEXT,
            action TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '{}',
            actor TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX audit_assessment ON audit(assessment_id)")
    # The audit log is append-only: the database itself refuses changes and deletions.
    db.execute(
        "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit "
        "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
    )
    db.execute(
        "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit "
        "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
    )
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@migrations()
def m002_exchange(db: Database) -> None:
    """The receiving office: received files, kept-aside conflicts, the import log, the roster, the summary."""
    # One row per assessment with what the dashboard shows, written on import and refreshed by
    # ``sync_summary`` for the assessments listed in ``summary_stale`` (filled by triggers on every change).
    # ``verdicts`` has one letter per criterion in catalogue order: M met, N not met, A not applicable,
    # U unanswered; ``dimension_list`` the dimension scores in catalogue order, ";"-separated ("" = none).
    db.execute(
        """CREATE TABLE summary (
            assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            school_code TEXT NOT NULL,
            school_name TEXT NOT NULL,
            sort_key TEXT NOT NULL,
            unit_code TEXT NOT NULL DEFAULT '',
            unit_name TEXT NOT NULL DEFAULT '',
            school_year TEXT NOT NULL,
            status TEXT NOT NULL,
            revision INTEGER NOT NULL,
            catalogue_id TEXT NOT NULL,
            catalogue_version TEXT NOT NULL,
            content_hash TEXT,
            verdicts TEXT NOT NULL,
            dimension_scores TEXT NOT NULL DEFAULT '{}',
            dimension_list TEXT NOT NULL DEFAULT '',
            score REAL,
            met INTEGER NOT NULL DEFAULT 0,
            not_met INTEGER NOT NULL DEFAULT 0,
            na INTEGER NOT NULL DEFAULT 0,
            unanswered INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (school_year, sort_key, school_code, assessment_id)
        ) WITHOUT ROWID"""
    )
    # stored in dashboard order, so a school year is read in one sequential pass
    db.execute("CREATE UNIQUE INDEX summary_assessment ON summary(assessment_id)")
    db.execute("CREATE INDEX summary_year_unit ON summary(school_year, unit_code)")
    db.execute("CREATE TABLE summary_stale (assessment_id TEXT PRIMARY KEY)")
    db.execute("INSERT INTO summary_stale SELECT id FROM assessments")
    for event in ("INSERT", "UPDATE"):
        db.execute(
            f"CREATE TRIGGER summary_stale_{event.lower()} AFTER {event} ON assessments "
            "BEGIN INSERT INTO summary_stale SELECT new.id WHERE NOT EXISTS "
            "(SELECT 1 FROM summary_stale WHERE assessment_id = new.id); END"
        )
    db.execute(
        "CREATE TRIGGER summary_stale_delete AFTER DELETE ON assessments "
        "BEGIN DELETE FROM summary_stale WHERE assessment_id = old.id; END"
    )
    # (no "INSERT OR IGNORE" in triggers: the outer statement's conflict policy would override it)
    # a draft shows the live school profile: a change of the school makes its drafts' rows stale
    db.execute(
        "CREATE TRIGGER summary_stale_school AFTER UPDATE ON schools BEGIN INSERT INTO summary_stale "
        "SELECT id FROM assessments WHERE school_code = new.code AND status = 'draft' "
        "AND id NOT IN (SELECT assessment_id FROM summary_stale); END"
    )
    # The manifest and signature of every imported file, byte for byte, so the office can pass them on.
    db.execute(
        """CREATE TABLE received (
            assessment_id TEXT PRIMARY KEY REFERENCES assessments(id) ON DELETE CASCADE,
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL,
            manifest BLOB NOT NULL,
            signature BLOB,
            signer TEXT NOT NULL DEFAULT '',
            received_at TEXT NOT NULL
        )"""
    )
    # A file with the same revision but different content: kept aside, never applied silently.
    db.execute(
        """CREATE TABLE conflicts (
            id INTEGER PRIMARY KEY,
            assessment_id TEXT NOT NULL,
            school_code TEXT NOT NULL,
            school_year TEXT NOT NULL,
            revision INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            file_name TEXT NOT NULL,
            content TEXT NOT NULL,
            manifest BLOB NOT NULL,
            received_at TEXT NOT NULL,
            UNIQUE (assessment_id, revision, content_hash)
        )"""
    )
    db.execute(
        """CREATE TABLE import_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL DEFAULT '',
            result TEXT NOT NULL,
            assessment_id TEXT,
            school_code TEXT,
            revision INTEGER,
            reason TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute(
        """CREATE TABLE roster (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            unit TEXT NOT NULL DEFAULT '',
            sort_key TEXT NOT NULL,
            loaded_at TEXT NOT NULL
        )"""
    )


@migrations()
def m003_summary_catalogue_index(db: Database) -> None:
    """The dashboard asks which catalogue versions a school year's rows use before reading them: with this index
    that is a short covering scan (≈ 1 ms over 15,000 schools) instead of a pass over the whole table (≈ 15 ms)."""
    db.execute("CREATE INDEX summary_catalogue ON summary(school_year, status, catalogue_id, catalogue_version)")


@migrations()
def m006_survey(db: Database) -> None:
    """The parents' survey: which questionnaire an assessment's forms answer, the forms (anonymous: class, campus,
    batch code, day entered, answers as JSON), and the files loaded (by SHA-256, so one file is never loaded
    twice). Deleting an assessment deletes its survey."""
    db.execute(
        """CREATE TABLE survey (
            assessment_id TEXT PRIMARY KEY REFERENCES assessments(id) ON DELETE CASCADE,
            survey_id TEXT NOT NULL,
            survey_version TEXT NOT NULL,
            survey_sha256 TEXT NOT NULL,
            started_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE survey_forms (
            id INTEGER PRIMARY KEY,
            assessment_id TEXT NOT NULL REFERENCES survey(assessment_id) ON DELETE CASCADE,
            batch TEXT NOT NULL,
            class_label TEXT NOT NULL DEFAULT '',
            campus TEXT NOT NULL DEFAULT '',
            entered_on TEXT NOT NULL,
            answers TEXT NOT NULL DEFAULT '{}',
            source TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX survey_forms_assessment ON survey_forms(assessment_id, campus, class_label)")
    db.execute(
        """CREATE TABLE survey_files (
            assessment_id TEXT NOT NULL REFERENCES survey(assessment_id) ON DELETE CASCADE,
            file_sha256 TEXT NOT NULL,
            file_name TEXT NOT NULL,
            forms INTEGER NOT NULL,
            loaded_at TEXT NOT NULL,
            PRIMARY KEY (assessment_id, file_sha256)
        )"""
    )


@migrations()
def m008_documents(db: Database) -> None:
    """What the report says beyond the answers: per assessment the reference date of the figures, the causes of the
    criteria not met, the proposals and (frozen at finalising) the Sở's plan the report answers; per school year the
    Sở's plan as the user set it."""
    db.execute(
        """CREATE TABLE IF NOT EXISTS report_details (
            assessment_id TEXT PRIMARY KEY REFERENCES assessments(id) ON DELETE CASCADE,
            details TEXT NOT NULL DEFAULT '{}',
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE IF NOT EXISTS plan_basis (
            school_year TEXT PRIMARY KEY,
            basis TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )


@migrations()
def m004_security(db: Database) -> None:
    """Signer continuity at the office (trust on first use): each school's recorded signing certificate, and files
    held aside because they came with another key or unsigned after a signed one (kept whole, applied only when a
    clerk accepts the new certificate). ``received.signer`` goes: nothing read it (the signer is in the audit log,
    and now in ``school_signers``)."""
    db.execute(
        """CREATE TABLE school_signers (
            school_code TEXT PRIMARY KEY,
            subject TEXT NOT NULL,
            cert_sha256 TEXT NOT NULL,
            key_sha256 TEXT NOT NULL,
            certificate BLOB NOT NULL,
            not_after TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL,
            from_file TEXT NOT NULL DEFAULT '',
            accepted_by_clerk INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute(
        """CREATE TABLE held_files (
            id INTEGER PRIMARY KEY,
            school_code TEXT NOT NULL,
            assessment_id TEXT NOT NULL,
            school_year TEXT NOT NULL,
            revision INTEGER NOT NULL,
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL UNIQUE,
            size INTEGER NOT NULL,
            signer_subject TEXT NOT NULL DEFAULT '',
            signer_cert_sha256 TEXT NOT NULL DEFAULT '',
            signer_key_sha256 TEXT NOT NULL DEFAULT '',
            signer_certificate BLOB,
            signer_not_after TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL,
            received_at TEXT NOT NULL,
            data BLOB NOT NULL
        )"""
    )
    db.execute("CREATE INDEX held_files_school ON held_files(school_code)")
    # codes differing only by case are one school: found through this index, not by scanning every school
    db.execute("CREATE INDEX schools_code_upper ON schools(upper(code))")
    db["received"].transform(drop={"signer"})


@migrations()
def m007_review(db: Database) -> None:
    """The loop back to the school. At the office: ``reviews``, every decision on a submission (accepted or returned,
    with the reason, notes per criterion, who and when), numbered per assessment; the newest one is the state. At
    the school (and at the next level, from a bundle): ``receipts``, the offices' receipt files read here, kept byte
    for byte; ``office_signers``, the certificate each office signed its first signed receipt with (trust on first
    use)."""
    db.execute(
        """CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            receipt_id TEXT NOT NULL UNIQUE,
            assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            sequence INTEGER NOT NULL,
            revision INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('accepted', 'returned')),
            reason TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '{}',
            reviewer TEXT NOT NULL DEFAULT '',
            decided_at TEXT NOT NULL,
            receipt_written_at TEXT,
            receipt_file TEXT NOT NULL DEFAULT '',
            UNIQUE (assessment_id, sequence)
        )"""
    )
    db.execute(
        """CREATE TABLE receipts (
            id INTEGER PRIMARY KEY,
            receipt_id TEXT NOT NULL UNIQUE,
            assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            office_key TEXT NOT NULL,
            office_name TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            revision INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('accepted', 'returned')),
            reason TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '{}',
            reviewer TEXT NOT NULL DEFAULT '',
            decided_at TEXT NOT NULL,
            signer TEXT NOT NULL DEFAULT '',
            file_name TEXT NOT NULL DEFAULT '',
            file_sha256 TEXT NOT NULL,
            data BLOB NOT NULL,
            received_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX receipts_assessment ON receipts(assessment_id, office_key, sequence)")
    db.execute(
        """CREATE TABLE office_signers (
            office_key TEXT PRIMARY KEY,
            office_name TEXT NOT NULL,
            subject TEXT NOT NULL,
            key_sha256 TEXT NOT NULL,
            cert_sha256 TEXT NOT NULL,
            certificate BLOB NOT NULL,
            recorded_at TEXT NOT NULL
        )"""
    )


@migrations()
def m009_survey_office(db: Database) -> None:
    """The parents' survey in the data file and at the office (issue 16).

    ``survey.in_content``: the forms are part of the finalised content (and so of its hash). Set when an assessment
    is finalised from now on, and for imported ones; an assessment finalised before keeps its content and hash
    (0). ``survey_summary``: what the office's screens read per assessment — the counts per question
    (``counts``: ``{question id: [yes, no, don't know]}``), the gaps (``gaps``: ``[[criterion, verdict, yes,
    answered], …]``, largest first) and ``largest_gap`` (the share of parents who disagree with the verdict in the
    largest gap, 0 without one), written on import and refreshed with the summary row."""
    db.execute("ALTER TABLE survey ADD COLUMN in_content INTEGER NOT NULL DEFAULT 0")
    db.execute(
        """CREATE TABLE IF NOT EXISTS survey_summary (
            assessment_id TEXT PRIMARY KEY REFERENCES assessments(id) ON DELETE CASCADE,
            survey_id TEXT NOT NULL,
            survey_version TEXT NOT NULL,
            forms INTEGER NOT NULL,
            first_entered TEXT,
            last_entered TEXT,
            counts TEXT NOT NULL,
            gaps TEXT NOT NULL,
            largest_gap REAL NOT NULL DEFAULT 0
        )"""
    )


def known_names() -> set[str]:
    return set(migrations.names())
