"""Named errors of the app.

Every error a user can meet is a :class:`PapiError` carrying a Vietnamese and an English message. The CLI
prints :meth:`PapiError.message` in the user's language; the GUI shows it in one dialog. Nothing else
(tracebacks, sqlite3 messages) should reach a user.
"""

from __future__ import annotations

import locale
import os


def user_language() -> str:
    """Return ``"vi"`` or ``"en"``: ``PAPI_LANG`` if set, else the locale (Vietnamese unless it is clearly English)."""
    forced = os.environ.get("PAPI_LANG", "").strip().lower()
    if forced in ("vi", "en"):
        return forced
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "vi"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:  # pragma: no cover - broken locale settings
        loc = ""
    return "en" if loc.lower().startswith("en") else "vi"


class PapiError(Exception):
    """Base of all errors meant for a user. ``vi`` and ``en`` are complete sentences."""

    def __init__(self, vi: str, en: str | None = None):
        self.vi = vi
        self.en = en or vi
        super().__init__(self.en)

    def message(self, lang: str | None = None) -> str:
        """The message in ``lang`` (default: the user's language)."""
        return self.vi if (lang or user_language()) == "vi" else self.en


class CatalogueError(PapiError):
    """The criteria catalogue is missing, malformed or violates its schema."""


class StorageError(PapiError):
    """The database cannot be opened, read or written."""


class NewerDatabaseError(StorageError):
    """The database was written by a newer version of the app."""


class DatabaseLockedError(StorageError):
    """Another program (or a second copy of this app) is writing to the database."""


class NotFoundError(PapiError):
    """A school, assessment or record that was asked for does not exist."""


class ValidationError(PapiError):
    """Input that breaks a rule (empty name, negative count, unknown criterion…)."""


class ReadOnlyError(PapiError):
    """A finalised assessment cannot be changed without reopening it."""


class ReportError(PapiError):
    """The PDF report cannot be produced or signed."""


class ExchangeError(PapiError):
    """A data file cannot be exported or imported."""


class InstanceLockedError(DatabaseLockedError):
    """A second copy of the app was started on a database that another copy already has open."""


class DatabaseMovedError(StorageError):
    """The database file was deleted, moved or replaced while the app had it open."""


class BackupError(StorageError):
    """A backup cannot be made, or a file offered for restoring is refused."""


class RejectedFileError(ExchangeError):
    """An incoming data file was refused (damaged, tampered with, hostile or of an unknown kind)."""


class SampleDataError(ExchangeError):
    """Something that must not be made from the sample data (a data file to send) was asked for."""


class ConflictFileNeededError(ExchangeError):
    """Keeping the received version of a conflict needs the received file again, and it is not where it was."""


class SurveyError(PapiError):
    """The parents' survey questionnaire, or a file of survey forms offered for loading, is refused."""
