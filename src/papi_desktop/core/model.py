"""The domain model: plain dataclasses, no database and no Qt.

The repository (:mod:`papi_desktop.storage.repository`) reads and writes these; the GUI, the report and the
exchange code only ever see these objects or the plain-data snapshot built from them
(:mod:`papi_desktop.core.snapshot`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

DRAFT = "draft"
FINALISED = "finalised"
STATUSES = (DRAFT, FINALISED)

ACTION_STATUSES = ("planned", "in_progress", "done")
#: who signs the report: the principal, or a deputy signing for the principal (printed on two lines)
PRINCIPAL_TITLE = "HIỆU TRƯỞNG"
DEPUTY_TITLE = "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG"
SIGNER_TITLES = (PRINCIPAL_TITLE, DEPUTY_TITLE)
SCHOOL_YEAR_RE = re.compile(r"^(\d{4})-(\d{4})$")
SCHOOL_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$")


def now_iso() -> str:
    """Current UTC time, ISO 8601 with seconds, e.g. ``2026-11-28T07:30:00+00:00``."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def valid_school_year(year: str) -> bool:
    """``"2025-2026"`` is valid; the second year must follow the first."""
    m = SCHOOL_YEAR_RE.match(year or "")
    return bool(m) and int(m.group(2)) == int(m.group(1)) + 1


@dataclass
class Campus:
    """A campus (điểm trường). ``code`` is unique within the school, e.g. ``"chinh"`` or ``"buon-ea-nuol"``."""

    code: str
    name: str
    is_main: bool = False
    address: str = ""


@dataclass
class School:
    """The school and the data its documents need. Offices and bodies are data, never constants."""

    code: str
    name: str
    supervising_body: str = ""
    place_name: str = ""
    address: str = ""
    unit_code: str = ""
    unit_name: str = ""
    principal: str = ""
    deputies: list[str] = field(default_factory=list)
    receiving_offices: list[str] = field(default_factory=list)
    abbreviation: str = ""
    phone: str = ""
    email: str = ""
    campuses: list[Campus] = field(default_factory=list)
    stats: dict[str, int] = field(default_factory=dict)


@dataclass
class Assessment:
    """One self-assessment of one school for one school year. ``id`` is a UUID string."""

    id: str
    school_code: str
    school_year: str
    catalogue_id: str
    catalogue_version: str
    status: str = DRAFT
    revision: int = 1
    created_at: str = ""
    updated_at: str = ""
    finalised_at: str | None = None
    doc_number: int | None = None
    doc_date: str | None = None
    content_hash: str | None = None
    score: float | None = None

    @property
    def is_final(self) -> bool:
        return self.status == FINALISED


@dataclass
class Answer:
    """The principal's answer to one criterion.

    ``value`` depends on the answer model: ``{"choice": "yes"}`` (yes_no_partly); ``{"field": value, …}`` or
    ``{"campuses": {campus_code: {"field": value}}}`` (form); ``{"disclosed": "yes", "date": "2025-09-15",
    "methods": [...]}`` (disclosure).
    """

    criterion_id: str
    value: dict[str, Any] = field(default_factory=dict)
    na: bool = False
    na_reason: str = ""
    note: str = ""
    needs_recheck: bool = False
    updated_at: str = ""


@dataclass
class Attachment:
    """A file kept as evidence, stored once in the app's store under its SHA-256."""

    id: int | None
    assessment_id: str
    criterion_id: str
    filename: str
    sha256: str
    size: int
    added_at: str = ""


@dataclass
class Action:
    """An improvement action of the plan."""

    id: int | None
    assessment_id: str
    what: str
    who: str = ""
    due: str | None = None
    status: str = "planned"
    criterion_id: str | None = None
    created_at: str = ""


@dataclass
class AuditEntry:
    id: int
    at: str
    assessment_id: str | None
    action: str
    detail: dict[str, Any] = field(default_factory=dict)
    actor: str = ""
