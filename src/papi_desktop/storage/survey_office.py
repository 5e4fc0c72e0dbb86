"""The parents' survey at the receiving office: the forms of imported assessments, and one summary row per
assessment for the office's screens (table ``survey_summary``, migration ``m009_survey_office``).

Functions take the :class:`~papi_desktop.storage.repository.Repository` and run inside the caller's transaction
(the import's batch, or the summary refresh). Imported forms are stored like a school's own (tables ``survey`` and
``survey_forms``, marked as part of the finalised content), so the office rebuilds the same canonical content and
``papi-desktop survey results`` works there as at the school. The summary row holds what the dashboard and the
summaries read for thousands of schools without touching the forms: counts per question and the gaps.
"""

from __future__ import annotations

import json
from typing import NamedTuple

from papi_desktop.core.scoring import MET
from papi_desktop.core.survey import batch_code
from papi_desktop.storage.rows import school_from_profile

_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)
SUMMARY_COLUMNS = ("assessment_id", "survey_id", "survey_version", "forms", "first_entered", "last_entered", "counts",
                   "gaps", "largest_gap")


class ImportedSurvey(NamedTuple):
    """The rows an incoming survey member becomes (plain values: built in a reading process, written by this one)."""

    questionnaire: tuple[str, str, str]  # id, version, SHA-256
    forms: list[tuple]  # (batch, class, campus, entered_on, answers JSON)
    summary: tuple  # the survey_summary row, in SUMMARY_COLUMNS order


def summary_row(assessment_id: str, results: dict) -> tuple:
    """The ``survey_summary`` row of an assessment from its results (the JSON of
    :func:`papi_desktop.core.survey.results_json`, as ``snapshot["survey"]`` holds it)."""
    gaps = results["gaps"]
    largest = 0.0
    if gaps:
        share = gaps[0]["share_yes"]
        largest = round(1 - share if gaps[0]["verdict"] == MET else share, 4)
    return (assessment_id, results["survey"]["id"], results["survey"]["version"], results["forms"],
            results["entered"]["first"], results["entered"]["last"],
            _ENCODER.encode({q["id"]: [q["yes"], q["no"], q["dont_know"]] for q in results["questions"]}),
            _ENCODER.encode([[g["criterion"], g["verdict"], g["yes"], g["answered"]] for g in gaps]), largest)


def imported_survey(content: dict, results: dict | None) -> ImportedSurvey | None:
    """The rows of the checked ``"survey"`` member of incoming content (None without one); ``results`` are its
    results (:func:`papi_desktop.core.survey.results_json`)."""
    member = content.get("survey")
    if not member or results is None:
        return None
    school, a = content["school"], content["assessment"]
    profile = school_from_profile(school["code"], {k: v for k, v in school.items() if k != "code"})
    q = member["questionnaire"]
    batches = {label: batch_code(profile, a["school_year"], label) for label in {f["class"] for f in member["forms"]}}
    forms = [(batches[f["class"]], f["class"], f["campus"], f["entered_on"], _ENCODER.encode(f["answers"]))
             for f in member["forms"]]
    return ImportedSurvey((q["id"], q["version"], q["sha256"]), forms, summary_row(a["id"], results))


_SUMMARY_SQL = (f"INSERT OR REPLACE INTO survey_summary ({', '.join(SUMMARY_COLUMNS)}) "
                f"VALUES ({', '.join('?' for _ in SUMMARY_COLUMNS)})")


def write_imported_surveys(repo, items: list[tuple[str, ImportedSurvey | None]], *, now: str,
                           replace: bool = False) -> None:
    """Store the surveys of imported assessments (``(assessment id, survey or None)``); ``replace``: newer
    revisions, whose previous survey (if any) goes first."""
    conn = repo.conn
    if replace:
        conn.executemany("DELETE FROM survey WHERE assessment_id = ?", [(aid,) for aid, _s in items])
        conn.executemany("DELETE FROM survey_summary WHERE assessment_id = ?", [(aid,) for aid, _s in items])
    present = [(aid, s) for aid, s in items if s is not None]
    if not present:
        return
    conn.executemany(
        "INSERT INTO survey (assessment_id, survey_id, survey_version, survey_sha256, started_at, in_content) "
        "VALUES (?, ?, ?, ?, ?, 1)", [(aid, *s.questionnaire, now) for aid, s in present])
    conn.executemany(
        "INSERT INTO survey_forms (assessment_id, batch, class_label, campus, entered_on, answers, source, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, '', ?)",
        [(aid, *form, now) for aid, s in present for form in s.forms])
    conn.executemany(_SUMMARY_SQL, [s.summary for _aid, s in present])


def upsert_survey_summary(repo, assessment_id: str, results: dict | None) -> None:
    """The summary row of one assessment from its results, or none when it has no survey."""
    if results is None:
        repo.conn.execute("DELETE FROM survey_summary WHERE assessment_id = ?", [assessment_id])
    else:
        repo.conn.execute(_SUMMARY_SQL, summary_row(assessment_id, results))


def survey_summary_rows(repo, *, school_year: str, unit: str | None = None,
                        status: str | None = "finalised") -> list[tuple]:
    """``(assessment_id, school_code, school_name, unit_code, unit_name, survey_id, survey_version, forms,
    first_entered, last_entered, counts, gaps, largest_gap)`` of every assessment of the year in the summary (the
    survey columns are None for one without a survey), in Vietnamese name order; counts and gaps parsed."""
    from papi_desktop.storage.exchange_store import _where  # the summary's filter (its columns are summary's only)

    where, args = _where(school_year, unit, status)
    rows = repo.conn.execute(
        "SELECT s.assessment_id, s.school_code, s.school_name, s.unit_code, s.unit_name, v.survey_id, "
        "v.survey_version, v.forms, v.first_entered, v.last_entered, v.counts, v.gaps, v.largest_gap "
        f"FROM summary s LEFT JOIN survey_summary v ON v.assessment_id = s.assessment_id{where} "
        "ORDER BY s.sort_key, s.school_code", args).fetchall()
    return [(*r[:10], json.loads(r[10]) if r[10] else None, json.loads(r[11]) if r[11] else None, r[12])
            for r in rows]
