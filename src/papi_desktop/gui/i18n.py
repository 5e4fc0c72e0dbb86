"""Language of the GUI: Qt translators for our own strings, catalogue texts by language, Vietnamese sorting.

English is the source language in code (``self.tr("…")``); ``resources/i18n/papi_desktop_vi.qm`` (compiled from
``papi_desktop_vi.ts`` with ``pyside6-lrelease``) turns it into Vietnamese. Catalogue texts are not in the .ts:
they come from the catalogue's own ``Text(vi, en)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QTranslator

from papi_desktop.resources import resource_path

if TYPE_CHECKING:
    from papi_desktop.core.catalogue import Text

LANGUAGES = ("vi", "en")
_state: dict = {"lang": "vi", "translator": None}


def current_language() -> str:
    """``"vi"`` or ``"en"``: the language the GUI shows now."""
    return _state["lang"]


def install_language(lang: str) -> bool:
    """Switch the application's translator to ``lang``; returns False when the .qm file could not be loaded."""
    lang = lang if lang in LANGUAGES else "vi"
    app = QCoreApplication.instance()
    old = _state["translator"]
    if old is not None and app is not None:
        app.removeTranslator(old)
    _state["translator"] = None
    _state["lang"] = lang
    ok = True
    if lang == "vi":
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        translator = QTranslator(app)
        ok = translator.load(str(resource_path("i18n", "papi_desktop_vi.qm")))
        if ok and app is not None:
            app.installTranslator(translator)
            _state["translator"] = translator
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return ok


def text(t: Text | None) -> str:
    """A catalogue text in the current language ("" for None)."""
    return t.get(current_language()) if t else ""


def collator() -> QCollator:
    """Vietnamese collation (a ă â b c d đ e ê …), case-insensitive."""
    c = QCollator(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    c.setCaseSensitivity(c.caseSensitivity().CaseInsensitive)
    c.setNumericMode(True)
    return c


def sort_vi(items: list, key=lambda x: x) -> list:
    """``items`` sorted by ``key`` in Vietnamese order."""
    c = collator()
    return sorted(items, key=lambda x: c.sortKey(key(x)))


def number_text(value: float | None, decimals: int = 2) -> str:
    """A score in the current locale (``7,50`` in Vietnamese, ``7.50`` in English); "–" for nothing."""
    if value is None:
        return "–"
    return QLocale().toString(float(value), "f", decimals)


def date_text(iso: str | None) -> str:
    """``2025-09-15`` → ``15/09/2025`` (the form used on Vietnamese documents); "" for nothing."""
    if not iso or len(iso) < 10:
        return ""
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"


def datetime_text(iso: str | None) -> str:
    """An ISO UTC timestamp shown in local time, e.g. ``28/11/2026 14:30``."""
    from PySide6.QtCore import QDateTime, Qt

    if not iso:
        return ""
    dt = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not dt.isValid():
        return iso
    return dt.toLocalTime().toString("dd/MM/yyyy HH:mm")
