"""Screenshots of the receiving office's screens, in Vietnamese, from sample data → ``docs/screenshots/*.png``.

    QT_QPA_PLATFORM=offscreen python tests/gui/make_office_screenshots.py [--out docs/screenshots]

Writes ``tong-hop-nhap-tep.png`` (import results, with one forged file rejected and one conflict),
``tong-hop-bang.png`` (the dashboard), ``y-kien-cha-me-co-quan.png`` (the parents' survey per unit and school),
``tong-hop-xung-dot.png`` (a conflict side by side), ``tong-hop-truong.png``
(one school read-only) and ``tong-hop-bao-cao.png`` (summaries). Also run by ``tests/gui/office/test_screenshots.py``
into a temporary folder. Each PNG is kept under 200 KB.

The schools' files come from sample schools written by a script (``make_demo``, as ``papi-desktop demo --db``
does): a data file is never exported from the app's own sample data file.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "gui"))
from make_screenshots import _save, in_temp_data_dir  # noqa: E402 - same PNG size rule and data folder


def _second_assessment(db: Path, school, out: Path) -> Path:
    """The file of a school that reinstalled the program and assessed 2025-2026 again: another assessment of the
    same school and year, which the office keeps aside as a conflict."""
    import random

    from papi_desktop.demo import NEW_YEAR, answer_for
    from papi_desktop.exchange.writer import export_assessment
    from papi_desktop.storage.repository import Repository

    with Repository.open(db) as repo:
        school = repo.save_school(school)
        a = repo.create_assessment(school_code=school.code, school_year=NEW_YEAR)
        rng = random.Random(7)
        codes = [c.code for c in school.campuses]
        repo.save_answers(a.id, [answer_for(rng, c, codes, NEW_YEAR, school) for c in repo.catalogue_of(a).criteria])
        repo.finalise(a.id, doc_number=31, doc_date="2026-05-25")
        return export_assessment(repo, a.id, out)


def make_office_screenshots(out: Path) -> list[Path]:
    """Write the office screenshots into ``out``; returns their paths."""
    return in_temp_data_dir(_make, out, "papi-office-screens-")


def _make(out: Path, work: Path) -> list[Path]:
    from papi_desktop.demo import make_demo
    from papi_desktop.exchange.writer import export_all
    from papi_desktop.gui.app import _application
    from papi_desktop.gui.office import create_office_window
    from papi_desktop.gui.prefs import UiPrefs
    from papi_desktop.storage.repository import Repository

    app = _application()
    out.mkdir(parents=True, exist_ok=True)
    inbox = work / "nhan"
    with Repository.open(work / "truong.sqlite3") as repo:
        make_demo(repo, schools=24, seed=3)
        files = export_all(repo, inbox)
        sent = next(a.school_code for a in repo.list_assessments() if a.is_final and a.school_year == "2025-2026")
        school = repo.get_school(sent)
    _second_assessment(work / "cai-lai.sqlite3", school, inbox / "zz-gui-lai.papi")
    forged = inbox / "TH-gia-mao.papi"
    forged.write_bytes(files[0].read_bytes()[:-40])  # cut short, as a broken e-mail attachment would be
    UiPrefs().language = "vi"
    UiPrefs().zoom = 100
    window = create_office_window(work / "phong.sqlite3")
    window.resize(1200, 760)
    window.show()
    shots: list[Path] = []

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    window.import_panel.start([str(inbox)])
    deadline = time.monotonic() + 120
    while window.import_panel.running() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    settle()
    shots.append(_save(window, out / "tong-hop-nhap-tep.png"))
    window.tabs.setCurrentWidget(window.dashboard)
    settle()
    shots.append(_save(window, out / "tong-hop-bang.png"))
    window.tabs.setCurrentWidget(window.survey)
    settle()
    shots.append(_save(window, out / "y-kien-cha-me-co-quan.png"))
    window.tabs.setCurrentWidget(window.conflicts)
    settle()
    shots.append(_save(window, out / "tong-hop-xung-dot.png"))
    window.tabs.setCurrentWidget(window.summaries)
    form = window.summaries
    for key, value in (("name", "Phòng Văn hóa – Xã hội phường Buôn Ma Thuột"),
                       ("supervising_body", "UBND phường Buôn Ma Thuột"), ("abbreviation", "VHXH"),
                       ("place_name", "Buôn Ma Thuột"), ("signer", "Nguyễn Văn Bình"), ("signer_title", "Trưởng phòng"),
                       ("recipients", "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk; Lưu: VT")):
        form.fields[key].setText(value)
    settle()
    shots.append(_save(window, out / "tong-hop-bao-cao.png"))
    dialog = window.open_school(window.dashboard.model.assessment_id(0))
    dialog.resize(1100, 700)
    settle()
    shots.append(_save(dialog, out / "tong-hop-truong.png"))
    window.close()
    window.deleteLater()
    app.processEvents()
    return shots


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    for path in make_office_screenshots(args.out):
        print(f"{path}  {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
