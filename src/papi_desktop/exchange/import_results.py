"""What importing a file can give: the results and their words, and what reading one file gives (plain values,
passed back from the reading processes). Shared by :mod:`~papi_desktop.exchange.importer` (reading, batches),
:mod:`~papi_desktop.exchange.applying` (writing) and :mod:`~papi_desktop.exchange.trust` (signer continuity)."""

from __future__ import annotations

from dataclasses import dataclass, field

from papi_desktop.errors import user_language
from papi_desktop.storage import exchange_store as store

IMPORTED, UNCHANGED, UPDATED, OLDER, CONFLICT, SIGNER_CHANGED, REJECTED = (
    "imported", "unchanged", "updated", "older", "conflict", "signer_changed", "rejected")
RESULT_TEXT = {
    IMPORTED: ("đã nhập", "imported"),
    UNCHANGED: ("không đổi", "unchanged"),
    UPDATED: ("đã cập nhật", "updated"),
    OLDER: ("bản cũ hơn", "older"),
    CONFLICT: ("xung đột", "conflict"),
    SIGNER_CHANGED: ("đổi người ký", "signer changed"),
    REJECTED: ("từ chối", "rejected"),
}


@dataclass
class ImportResult:
    """The outcome for one file. ``reason_vi``/``reason_en`` explain anything but a plain import."""

    path: str
    result: str
    reason_vi: str = ""
    reason_en: str = ""
    assessment_id: str | None = None
    school_code: str | None = None
    school_name: str | None = None
    school_year: str | None = None
    revision: int | None = None

    def reason(self, lang: str | None = None) -> str:
        return self.reason_vi if (lang or user_language()) == "vi" else self.reason_en

    def line(self, lang: str | None = None) -> str:
        """One line for the command line or a log, in the user's language."""
        lang = lang or user_language()
        label = RESULT_TEXT[self.result][0 if lang == "vi" else 1]
        parts = [f"{label}: {self.path}"]
        if self.school_code:
            parts.append(f"{self.school_code} {self.school_year or ''} r{self.revision or '?'} {self.school_name or ''}"
                         .strip())
        if self.reason(lang):
            parts.append(self.reason(lang))
        return " — ".join(parts)


# -- what reading one file gives (plain values: passed back from worker processes) ------------------------------

@dataclass(frozen=True)
class Checked:
    """The file passed every check; ``item`` is the rows it becomes."""

    item: store.IncomingFile


@dataclass(frozen=True)
class Refused:
    """The file failed a check (the reason in Vietnamese and English)."""

    vi: str
    en: str


@dataclass(frozen=True)
class AlreadyReceived:
    """The file has the very bytes of the one an assessment held was imported from (not read again)."""

    assessment_id: str
    school_code: str
    school_name: str
    school_year: str
    revision: int


@dataclass(frozen=True)
class Failed:
    """Reading the file raised something unexpected (logged; the file is rejected)."""

    text: str


@dataclass
class ImportReport:
    results: list[ImportResult] = field(default_factory=list)
    dry_run: bool = False

    def count(self, result: str) -> int:
        return sum(1 for r in self.results if r.result == result)

    @property
    def ok(self) -> bool:
        """True when every file was applied or known: none rejected, none held aside for a changed signer."""
        return self.count(REJECTED) == 0 and self.count(SIGNER_CHANGED) == 0


@dataclass(frozen=True)
class ImportOptions:
    """How the office imports: ``require_signature`` refuses unsigned files (also when the repository setting
    :data:`~papi_desktop.exchange.trust.REQUIRE_SIGNATURE_KEY` says so)."""

    require_signature: bool = False
