"""The summary table: one row per assessment with its verdicts and scores, for the office's dashboard.

Rows are written on import (:func:`summaries_for_content`, inside the import transaction, with the parents'
survey's row of ``survey_summary``) and refreshed for local assessments by :func:`sync_summary`, which finds rows
whose assessment changed (edited, finalised, reopened, survey forms entered) with one query and recomputes only
those — the dashboard calls it before reading.
"""

from __future__ import annotations

import json

from papi_desktop.core.catalogue import Catalogue
from papi_desktop.core.scoring import MET, NA, NOT_MET, UNANSWERED, evaluate_all, score
from papi_desktop.core.snapshot import content_answers
from papi_desktop.core.text import vi_sort_key
from papi_desktop.storage import exchange_store, survey_office

#: one letter per verdict in ``summary.verdicts``
VERDICT_CODES = {MET: "M", NOT_MET: "N", NA: "A", UNANSWERED: "U"}
CODE_VERDICTS = {v: k for k, v in VERDICT_CODES.items()}
_DIMENSIONS_JSON = json.JSONEncoder(sort_keys=True, allow_nan=False)  # as json.dumps(…, sort_keys=True), once


def summary_row(catalogue: Catalogue, school: dict, *, assessment_id: str, school_year: str, status: str,
                revision: int, content_hash: str | None, verdicts: dict[str, str], scores) -> dict:
    """A summary row (see ``storage.exchange_store.SUMMARY_COLUMNS``) from verdicts and scores."""
    letters = "".join(VERDICT_CODES[verdicts.get(c.id, UNANSWERED)] for c in catalogue.criteria)
    return {
        "assessment_id": assessment_id,
        "school_code": school["code"],
        "school_name": school["name"],
        "sort_key": vi_sort_key(school["name"]),
        "unit_code": school.get("unit_code") or "",
        "unit_name": school.get("unit_name") or "",
        "school_year": school_year,
        "status": status,
        "revision": revision,
        "catalogue_id": catalogue.catalogue_id,
        "catalogue_version": catalogue.version,
        "content_hash": content_hash,
        "verdicts": letters,
        "dimension_scores": _DIMENSIONS_JSON.encode(scores.dimensions),
        "dimension_list": ";".join("" if scores.dimensions.get(d.id) is None else repr(scores.dimensions[d.id])
                                   for d in catalogue.dimensions),
        "score": scores.overall,
        "met": letters.count("M"),
        "not_met": letters.count("N"),
        "na": letters.count("A"),
        "unanswered": letters.count("U"),
    }


def summaries_for_content(catalogue: Catalogue, content: dict, content_hash: str) -> tuple[dict, dict | None]:
    """The summary row of incoming canonical content (a finalised assessment) and the results of its parents'
    survey (:func:`papi_desktop.core.survey.results_json`, None without one) — both from one evaluation."""
    from papi_desktop.core.survey import member_results, results_json

    a, school = content["assessment"], content["school"]
    answers = content_answers(content)
    codes = [c["code"] for c in school["campuses"]]
    evaluations = evaluate_all(catalogue, answers, codes, a["school_year"], stats=school.get("stats") or {})
    scores = score(catalogue, evaluations)
    row = summary_row(catalogue, school, assessment_id=a["id"], school_year=a["school_year"], status="finalised",
                      revision=a["revision"], content_hash=content_hash,
                      verdicts={cid: ev.verdict for cid, ev in evaluations.items()}, scores=scores)
    survey = member_results(content.get("survey"), catalogue, evaluations, codes)
    return row, (results_json(survey) if survey else None)


def refresh_summary(repo, assessment_id: str) -> None:
    """Recompute the summary row of one assessment from the database (inside the caller's transaction)."""
    from types import SimpleNamespace

    snap = repo.snapshot(assessment_id)
    a = repo.get_assessment(assessment_id)
    content = snap["content"]
    scores = SimpleNamespace(dimensions=snap["scores"]["dimensions"], overall=snap["scores"]["overall"])
    row = summary_row(repo.catalogue_of(a), content["school"], assessment_id=a.id, school_year=a.school_year,
                      status=a.status, revision=a.revision, content_hash=a.content_hash, verdicts=snap["verdicts"],
                      scores=scores)
    exchange_store.upsert_summary(repo, row)
    survey_office.upsert_survey_summary(repo, assessment_id, snap["survey"])


def sync_summary(repo) -> int:
    """Bring the summary table up to date; returns how many rows were recomputed."""
    stale = exchange_store.stale_summary_ids(repo)
    if stale:
        with repo.transaction():
            for aid in stale:
                refresh_summary(repo, aid)
    return len(stale)
