"""Benchmark of the parents' survey (not collected by pytest): ``python tests/benchmarks/bench_survey.py``.

Targets (issue 16): 60 forms are entered by keyboard in a few minutes — the grid must never be what a person
waits for, so a key press (answer stored in its own transaction, cursor moved) should cost no more than a few
times one bare autosave of an answer; printing a class's forms takes no longer than the report. Each number is
printed with its ratio to a baseline measured in the same run:

* key press in the grid (with 60 and with 600 forms shown): baseline = ``Repository.save_answer`` of one answer
  (the autosave every criterion page does);
* 1,000 printed forms: baseline = 1 printed form (the form is laid out once; copies should be nearly free).

Times are medians after one warm-up run.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from tests.benchmarks.timing import median_ms  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from papi_desktop.core.model import Answer
    from papi_desktop.core.survey import SurveyForm
    from papi_desktop.demo import make_demo
    from papi_desktop.gui.session import AssessmentSession
    from papi_desktop.gui.survey import SurveyPage
    from papi_desktop.report.survey_form import build_survey_form
    from papi_desktop.storage.repository import Repository

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PAPI_DATA_DIR"] = tmp
        repo = Repository.open(Path(tmp) / "bench.sqlite3")
        make_demo(repo, schools=1, seed=1)
        draft = next(a for a in repo.list_assessments() if not a.is_final)
        repo.delete_survey_forms(draft.id, [f.id for f in repo.list_survey_forms(draft.id)])  # the sample's own
        code = repo.school_for(draft).campuses[0].code
        answers = iter(range(10**6))
        save = median_ms(lambda: repo.save_answer(draft.id, Answer("TH.04", {"choice": "yes" if next(answers) % 2
                                                                                 else "no"})), 40)
        print(f"baseline save_answer               {save:7.2f} ms")
        for shown in (60, 600):
            label = f"K{shown}"
            repo.save_survey_forms(draft.id, [SurveyForm(class_label=label, campus=code, answers={"lop_hoc": "yes"})
                                              for _ in range(shown)])
            page = SurveyPage(AssessmentSession(repo, draft.id))
            page.show()
            page.class_box.setCurrentText(label)
            page.class_box.lineEdit().editingFinished.emit()
            page.grid.setFocus()
            keys = iter(range(10**6))

            def press(page=page, keys=keys, shown=shown):
                n = next(keys)  # every press changes an answer: row n, "Không" and "Có" by turns
                page.grid.go(n % shown, 0)
                QTest.keyClick(page.grid, Qt.Key.Key_2 if (n // shown) % 2 == 0 else Qt.Key.Key_1)

            key = median_ms(press, 60)
            print(f"key press, {shown:3d} forms shown         {key:7.2f} ms   {key / save:5.2f}× save_answer")
            page.close()
            app.processEvents()
        q, school = repo.survey_questionnaire(draft.id), repo.school_for(draft)
        one = median_ms(lambda: build_survey_form(q, school, draft.school_year, class_label="3A"), 5)
        many = median_ms(lambda: build_survey_form(q, school, draft.school_year, copies=1000, class_label="3A"), 3)
        print(f"1 printed form                      {one:7.2f} ms")
        print(f"1,000 printed forms                 {many:7.2f} ms   {many / one:5.2f}× one form")
        repo.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
