"""Screenshots of each main screen, in Vietnamese, from the sample data file (``papi-mau.sqlite3``, with its
"DỮ LIỆU MẪU" banner) → ``docs/screenshots/*.png``.

    QT_QPA_PLATFORM=offscreen python tests/gui/make_screenshots.py [--out docs/screenshots]

Also run by ``test_screenshots.py`` into a temporary folder (so the script cannot rot); commit the PNGs after
looking at them. Each PNG is kept under 200 KB (reduced to a 256-colour palette if needed).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAX_BYTES = 200 * 1024


def _save(widget, path: Path) -> Path:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = widget.grab().toImage()
    image.save(str(path))
    if path.stat().st_size > MAX_BYTES:
        image.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither).save(str(path))
    return path


def in_temp_data_dir(make, out: Path, prefix: str) -> list[Path]:
    """Run ``make(out, work)`` with a fresh data folder ``work`` (so the user's own data is never touched)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix=prefix))
    saved = os.environ.get("PAPI_DATA_DIR")
    os.environ["PAPI_DATA_DIR"] = str(work)
    try:
        return make(out, work)
    finally:
        if saved is None:
            os.environ.pop("PAPI_DATA_DIR", None)
        else:
            os.environ["PAPI_DATA_DIR"] = saved


def make_screenshots(out: Path) -> list[Path]:
    """Write the screenshots into ``out``; returns their paths."""
    return in_temp_data_dir(_make, out, "papi-screens-")


def _make(out: Path, work: Path) -> list[Path]:

    from papi_desktop.demo import school_profile
    from papi_desktop.gui.app import _application, create_main_window
    from papi_desktop.gui.assessment_view import MissingDialog, missing_items
    from papi_desktop.gui.prefs import UiPrefs
    from papi_desktop.gui.settings_dialog import SettingsDialog
    from papi_desktop.gui.wizard import ProfileWizard
    from papi_desktop.sample import SAMPLE_SEED, ensure_sample_db

    app = _application()
    out.mkdir(parents=True, exist_ok=True)
    db = ensure_sample_db(work / "papi-mau.sqlite3")
    shots: list[Path] = []

    def settle(widget) -> None:
        for _ in range(5):
            app.processEvents()
        widget.repaint()
        app.processEvents()

    # 100 %: the window as it first opens; 150 %: maximised on a 1366×768 screen (less taskbar and title bar)
    for zoom, size, suffix in ((100, (1100, 720), ""), (150, (1362, 698), "-150")):
        UiPrefs().zoom = zoom
        UiPrefs().language = "vi"
        window = create_main_window(db)
        window.resize(*size)
        window.show()
        window.go_home()
        window.home.show_school(school_profile(SAMPLE_SEED, 0).code)  # the school with two school years
        settle(window)
        shots.append(_save(window, out / f"trang-chinh{suffix}.png"))
        draft = next(a for a in window.home.assessments if not a.is_final)
        window.open_assessment(draft.id)
        walk = window.assessment_view.walkthrough
        per_campus = next(c for c in window.session.catalogue.criteria if c.answer.per_campus)
        walk.show_criterion(per_campus.id)
        if suffix:  # at 150 % «Về tiêu chí này» closed, as a principal would leave it there
            walk.pages[per_campus.id].about_button.click()
        settle(window)
        shots.append(_save(window, out / f"tieu-chi-theo-diem-truong{suffix}.png"))
        if not suffix:
            other = next((c for c in window.session.catalogue.criteria if c.answer.model == "disclosure"), None)
            if other is not None:
                walk.show_criterion(other.id)
                settle(window)
                shots.append(_save(window, out / "tieu-chi-cong-khai.png"))
            shots += _date_field(window, out, settle)
        window.assessment_view.show_review()
        settle(window)
        shots.append(_save(window, out / f"tong-hop{suffix}.png"))
        if not suffix:
            dialog = MissingDialog(window.session, missing_items(window.session), window)
            dialog.show()
            settle(dialog)
            shots.append(_save(dialog, out / "chua-du-de-hoan-thanh.png"))
            dialog.close()
            settings = SettingsDialog(window.repo, window.prefs, window.session.school.code, window)
            settings.show()
            settle(settings)
            shots.append(_save(settings, out / "cai-dat.png"))
            settings.close()
            wizard = ProfileWizard(window.repo, window.session.school.code, parent=window)
            wizard.show()
            settle(wizard)
            shots.append(_save(wizard, out / "ho-so-truong.png"))
            wizard.next()
            settle(wizard)
            shots.append(_save(wizard, out / "ho-so-truong-xa-phuong.png"))
            wizard.close()
            final = next(a for a in window.repo.list_assessments(window.session.school.code) if a.is_final)
            window.open_assessment(final.id)
            settle(window)
            shots.append(_save(window, out / "ban-da-hoan-thanh.png"))
        window.close()
        window.deleteLater()
        app.processEvents()
        first = create_main_window(work / f"trong{suffix}.sqlite3")  # a first start: who are you?
        first.resize(*size)
        first.show()
        settle(first)
        shots.append(_save(first, out / f"chao-mung{suffix}.png"))
        first.close()
        first.deleteLater()
        app.processEvents()
    UiPrefs().zoom = 100
    UiPrefs().about_open = True
    return shots


def _date_field(window, out: Path, settle) -> list[Path]:
    """The first criterion with a date field (catalogue 2026.1: CD.01), scrolled to its answer, with a date typed
    as dd/mm/yyyy, and its calendar opened inside the school year."""
    from papi_desktop.gui.widgets import DateField

    walk = window.assessment_view.walkthrough
    dated = next((c for c in window.session.catalogue.criteria if c.answer.model == "form"
                  and any(f.type == "date" for f in c.answer.fields)), None)
    if dated is None:
        return []
    walk.show_criterion(dated.id)
    page = walk.pages[dated.id]
    [field] = page.editor.findChildren(DateField)
    if not field.edit.text():
        field.edit.setText("15/09/" + window.session.assessment.school_year[:4])
    settle(window)
    page.ensureWidgetVisible(field, 0, page.height() // 3)
    settle(window)
    shots = [_save(window, out / "tieu-chi-ngay.png")]
    field._open_calendar()
    field.calendar.show()
    settle(field.calendar)
    shots.append(_save(field.calendar, out / "lich-chon-ngay.png"))
    field.calendar.hide()
    return shots


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    for path in make_screenshots(args.out):
        print(f"{path}  {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
