"""The parents' survey of an assessment: the questionnaire it answers, the returned forms, the files loaded.

Part of :class:`~papi_desktop.storage.repository.Repository` (mixed in). Every write is one transaction and one
audit entry. Forms follow their assessment: they can be entered, changed and deleted while it is a draft, and
are read-only once it is finalised (the survey belongs to what the school submits: its forms are the member
``"survey"`` of the canonical content, :mod:`papi_desktop.core.survey.data`). The first form written fixes the
questionnaire (id, version, SHA-256) for the assessment; later versions of the app keep reading it.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from papi_desktop.core.text import nfc
from papi_desktop.errors import NotFoundError, SurveyError, ValidationError
from papi_desktop.storage.rows import dumps as _dumps

if TYPE_CHECKING:  # the survey's core is imported when a survey is first used, not at start
    from papi_desktop.core.model import Assessment
    from papi_desktop.core.survey import Questionnaire, SurveyForm, SurveyResults

_COLUMNS = "id, class_label, campus, answers, batch, entered_on, source"


def _form(row) -> SurveyForm:
    from papi_desktop.core.survey import SurveyForm

    return SurveyForm(row[0], row[1], row[2], json.loads(row[3]), row[4], row[5], row[6])


class SurveyMixin:
    """Survey forms of an assessment (see the module docstring)."""

    def survey_questionnaire(self, assessment_id: str) -> Questionnaire:
        """The questionnaire the assessment's forms answer (the newest shipped one before the first form)."""
        from papi_desktop.core.survey import default_questionnaire, questionnaire_for

        row = self.conn.execute("SELECT survey_id, survey_version, survey_sha256 FROM survey WHERE assessment_id = ?",
                                [assessment_id]).fetchone()
        return questionnaire_for(*row) if row else default_questionnaire()

    def list_survey_forms(self, assessment_id: str) -> list[SurveyForm]:
        """Every form of the assessment, in the order entered."""
        rows = self.conn.execute(f"SELECT {_COLUMNS} FROM survey_forms WHERE assessment_id = ? ORDER BY id",
                                 [assessment_id]).fetchall()
        return [_form(r) for r in rows]

    def survey_files(self, assessment_id: str) -> list[dict]:
        """The files of forms loaded for the assessment: ``file_name``, ``file_sha256``, ``forms``, ``loaded_at``."""
        rows = self.conn.execute("SELECT file_name, file_sha256, forms, loaded_at FROM survey_files "
                                 "WHERE assessment_id = ? ORDER BY loaded_at, file_name",
                                 [assessment_id]).fetchall()
        return [dict(zip(("file_name", "file_sha256", "forms", "loaded_at"), r, strict=True)) for r in rows]

    def survey_results(self, assessment_id: str) -> SurveyResults:
        """The survey's results against the principal's current verdicts (see :mod:`papi_desktop.core.survey`)."""
        from papi_desktop.core.survey import survey_results

        catalogue, school, evaluations = self.evaluations(self.get_assessment(assessment_id))
        return survey_results(self.survey_questionnaire(assessment_id), self.list_survey_forms(assessment_id),
                              catalogue, evaluations, [c.code for c in school.campuses])

    def survey_content(self, a: Assessment) -> dict | None:
        """The member ``"survey"`` of the assessment's canonical content: the forms of a draft, or of a finalised
        assessment whose forms were finalised with it (one finalised before the survey travelled keeps its
        content and hash, without them); None without forms."""
        from papi_desktop.core.survey import survey_member

        row = self.conn.execute("SELECT in_content FROM survey WHERE assessment_id = ?", [a.id]).fetchone()
        if row is None or (a.is_final and not row[0]):
            return None
        return survey_member(self.survey_questionnaire(a.id), self.list_survey_forms(a.id))

    def _freeze_survey(self, assessment_id: str) -> None:
        """At finalising (inside its transaction): the forms become part of the finalised content."""
        self.conn.execute("UPDATE survey SET in_content = 1 WHERE assessment_id = ?", [assessment_id])

    # -- writing ------------------------------------------------------------------------------------------

    def _survey_start(self, assessment_id: str, questionnaire: Questionnaire) -> None:
        self.conn.execute(
            "INSERT INTO survey (assessment_id, survey_id, survey_version, survey_sha256, started_at) "
            "SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM survey WHERE assessment_id = ?)",
            [assessment_id, questionnaire.survey_id, questionnaire.version, questionnaire.sha256, self.clock(),
             assessment_id])

    def _clean_forms(self, assessment_id: str, forms: list[SurveyForm]) -> tuple[Questionnaire, list[SurveyForm]]:
        """Checked copies of ``forms`` with class, batch and day set; ValidationError names the first bad one."""
        from papi_desktop.core.survey import MAX_FORMS, SurveyForm, batch_code, clean_answers, clean_class_label

        a = self._require_draft(assessment_id)
        school = self.school_for(a)
        questionnaire = self.survey_questionnaire(assessment_id)
        codes = [c.code for c in school.campuses]
        today = self.clock()[:10]
        out = []
        for form in forms:
            label = clean_class_label(form.class_label)
            campus = nfc(form.campus) or ""
            if codes and not campus:
                raise ValidationError("Phiếu chưa ghi điểm trường.", "The form has no campus.")
            if codes and campus not in codes:
                raise ValidationError(f"Điểm trường «{campus}» không có trong hồ sơ của trường.",
                                      f"Campus '{campus}' is not in the school's profile.")
            out.append(SurveyForm(form.id, label, campus, clean_answers(questionnaire, form.answers),
                                  batch_code(school, a.school_year, label), form.entered_on or today,
                                  nfc(form.source) or ""))
        new = sum(1 for f in out if f.id is None)
        if new and self.survey_form_count(assessment_id) + new > MAX_FORMS:
            most = f"{MAX_FORMS:,}"
            raise ValidationError(f"Một bản tự đánh giá có tối đa {most.replace(',', '.')} phiếu khảo sát.",
                                  f"An assessment holds at most {most} survey forms.")
        return questionnaire, out

    def survey_form_count(self, assessment_id: str) -> int:
        """How many forms the assessment holds (without reading them)."""
        return self.conn.execute("SELECT count(*) FROM survey_forms WHERE assessment_id = ?",
                               [assessment_id]).fetchone()[0]

    def _write_forms(self, assessment_id: str, forms: list[SurveyForm]) -> None:
        now = self.clock()
        self._touch(assessment_id, now)  # the draft's content changed (its summary row is refreshed)
        for form in forms:
            row = [form.batch, form.class_label, form.campus, form.entered_on, _dumps(form.answers), form.source, now]
            if form.id is None:
                form.id = self.conn.execute(
                    "INSERT INTO survey_forms (batch, class_label, campus, entered_on, answers, source, updated_at, "
                    "assessment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [*row, assessment_id]).lastrowid
            elif not self.conn.execute(
                    "UPDATE survey_forms SET batch = ?, class_label = ?, campus = ?, entered_on = ?, answers = ?, "
                    "source = ?, updated_at = ? WHERE id = ? AND assessment_id = ?",
                    [*row, form.id, assessment_id]).rowcount:
                raise NotFoundError("Phiếu khảo sát này không còn nữa (đã bị xoá).",
                                    "This survey form no longer exists (it was deleted).")

    def save_survey_forms(self, assessment_id: str, forms: list[SurveyForm]) -> list[SurveyForm]:
        """Add (``id`` None) or update forms, in one transaction; returns them as stored (ids, batch codes set)."""
        questionnaire, clean = self._clean_forms(assessment_id, forms)
        if not clean:
            return []
        with self.transaction():
            changed = [f.id for f in clean if f.id is not None]
            self._survey_start(assessment_id, questionnaire)
            self._write_forms(assessment_id, clean)
            self.audit("survey_forms_saved", assessment_id, added=len(clean) - len(changed), changed=changed)
        return clean

    def delete_survey_forms(self, assessment_id: str, form_ids: list[int]) -> None:
        """Delete forms (e.g. one entered twice by mistake)."""
        self._require_draft(assessment_id)
        if not form_ids:
            return
        with self.transaction():
            for form_id in form_ids:
                self.conn.execute("DELETE FROM survey_forms WHERE id = ? AND assessment_id = ?",
                                  [form_id, assessment_id])
            self._touch(assessment_id, self.clock())
            self.audit("survey_forms_deleted", assessment_id, forms=list(form_ids))

    def add_survey_file(self, assessment_id: str, forms: list[SurveyForm], *, file_name: str,
                        file_sha256: str) -> list[SurveyForm]:
        """Add the forms read from one file, all or nothing. A file already loaded (same SHA-256) is refused, so
        loading it again never counts its forms twice."""
        questionnaire, clean = self._clean_forms(assessment_id, forms)
        earlier = [f for f in self.survey_files(assessment_id) if f["file_sha256"] == file_sha256]
        if earlier:
            day = "/".join(reversed(earlier[0]["loaded_at"][:10].split("-")))
            raise SurveyError(
                f"Các phiếu trong tệp này đã được nạp ngày {day} (tên tệp khi đó: {earlier[0]['file_name']}); "
                "nạp lại sẽ đếm các phiếu hai lần.",
                f"The forms in this file were already loaded on {day} (as {earlier[0]['file_name']}); loading them "
                "again would count them twice.")
        name = nfc(file_name) or ""
        for form in clean:
            form.id, form.source = None, name
        with self.transaction():
            self._survey_start(assessment_id, questionnaire)
            self._write_forms(assessment_id, clean)
            self.conn.execute("INSERT INTO survey_files (assessment_id, file_sha256, file_name, forms, loaded_at) "
                            "VALUES (?, ?, ?, ?, ?)", [assessment_id, file_sha256, name, len(clean), self.clock()])
            self.audit("survey_file_loaded", assessment_id, file=name, sha256=file_sha256, forms=len(clean))
        return clean
