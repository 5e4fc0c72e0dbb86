"""Plain data of the office's summary report (:func:`summary_data`), gathered from the repository; the PDF builder
(:mod:`papi_desktop.exchange.summary_pdf`) only lays it out.

* situation: schools expected (the roster), finalised assessments received, expected schools missing by name;
* results: average score per dimension (PAPI's numbering) and pass rate per criterion, score per school;
* the parents' survey: per question the share of "có" over all forms, per unit, the schools with the largest gaps
  (:func:`papi_desktop.exchange.survey_office.survey_summary`);
* shortcomings: the criteria not met by the most schools, and the fact totals declared for each catalogue version
  (``resources/documents/<catalogue>.json``: temporary classrooms, campuses without clean water, …) by unit;
* causes: the causes the schools gave for those criteria (or the suggestion their answers give), most common first;
* proposals: from the fact totals (data), and the schools' own written proposals to the Sở and the province.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from papi_desktop.core.catalogue import catalogue_for
from papi_desktop.core.text import nfc_deep

TOP_CRITERIA = 10  # shortcomings listed by name
TOP_CAUSES = 3  # causes per criterion
MAX_MISSING_NAMED = 100
MAX_WRITTEN_PROPOSALS = 30


def _catalogue_of_year(repo, year: str, unit: str | None):
    from papi_desktop.core.catalogue import default_catalogue
    from papi_desktop.storage import exchange_store as store

    keys = {(cid, version): n for cid, version, n in store.summary_catalogues(repo, school_year=year, unit=unit)}
    return catalogue_for(*max(keys, key=lambda k: (keys[k], k))) if keys else default_catalogue()


def summary_data(repo, *, school_year: str | None = None, unit: str | None = None, today: date | None = None,
                 all_submissions: bool = False) -> dict:
    """Plain data of the summary report; ExchangeError (from :func:`~papi_desktop.exchange.office.require_office`)
    when the office's profile is incomplete. It counts the accepted submissions only, unless ``all_submissions``
    (``counted``: ``"accepted"`` or ``"all"``; ``received``: every finalised submission held; ``review_counts``:
    how many of them are in each review state)."""
    from papi_desktop.core import terms
    from papi_desktop.exchange import roster
    from papi_desktop.exchange.dashboard import counted_dashboards
    from papi_desktop.exchange.office import require_office
    from papi_desktop.storage import exchange_store as store

    office = require_office(repo)
    everything, d = counted_dashboards(repo, school_year=school_year, unit=unit, all_submissions=all_submissions)
    year, missing = roster.missing(repo, d.school_year)
    expected = len(store.roster_rows(repo))
    year = d.school_year or ""
    catalogue = _catalogue_of_year(repo, year, unit) if year else None
    numbers = {x.id: terms.dimension_number(catalogue, x) for x in catalogue.dimensions} if catalogue else {}
    criteria = [{"id": c.criterion_id, "text": c.text_vi, "met": d.met_counts[c.criterion_id],
                 "rate": d.pass_rates[c.criterion_id], "not_met": sum(1 for r in d.rows if r.verdicts[c.index] == "N")}
                for c in d.columns]
    worst = sorted((c for c in criteria if c["not_met"]), key=lambda c: (-c["not_met"], c["id"]))[:TOP_CRITERIA]
    counted = {r.assessment_id for r in d.rows}
    facts = fact_totals(repo, year, unit, [c["id"] for c in worst], counted) if year else {}
    review_counts = Counter(everything.review(i) or "pending" for i in range(len(everything.rows)))
    from papi_desktop.exchange.survey_office import survey_overview, survey_summary
    from papi_desktop.storage.sample import is_sample

    return nfc_deep({
        "sample": is_sample(repo),
        "office": office,
        "school_year": year,
        "date": (today or date.today()).isoformat(),
        "submitted": len(d.rows),
        "received": len(everything.rows),
        "counted": "all" if all_submissions else "accepted",
        "review_counts": dict(review_counts),
        "expected": expected or None,
        "missing": [list(m) for m in missing][:MAX_MISSING_NAMED] if expected and year else [],
        "missing_count": len(missing) if expected and year else 0,
        "average_score": d.average_score,
        "dimensions": [{"id": i, "number": numbers.get(i, ""), "name": vi, "average": d.dimension_averages.get(i)}
                       for i, vi, _en in d.dimensions],
        "criteria": criteria,
        "shortcomings": worst,
        "schools": [{"code": r.school_code, "name": r.school_name, "unit": r.unit_name, "score": r.score,
                     "met": r.met} for r in d.rows],
        "survey": survey_summary(survey_overview(repo, school_year=year or None, unit=unit, sync=False,
                                                 counted=counted)),
        **facts,
    })


def fact_totals(repo, year: str, unit: str | None, worst: list[str], counted: set[str] | None = None) -> dict:
    """``totals`` (declarations), ``units`` (per unit: schools and each total), ``causes`` (per criterion of
    ``worst``: [(cause, schools)]), ``proposals`` (per solver: sentences from the totals) and ``written``
    (the schools' own proposals to the Sở and the province) — over the assessments ``counted`` (default: all)."""
    from papi_desktop.core.remedies import general_causes, remedies_for, school_totals
    from papi_desktop.storage import exchange_store as store

    rows = store.summary_rows(repo, school_year=year, unit=unit, columns=(
        "assessment_id", "school_name", "unit_name", "verdicts", "catalogue_id", "catalogue_version"))
    if counted is not None:
        rows = [r for r in rows if r[0] in counted]
    if not rows:
        return {"totals": [], "units": [], "causes": {}, "proposals": {}, "written": []}
    catalogues = {(r[4], r[5]): catalogue_for(r[4], r[5]) for r in rows}
    declared: dict[str, object] = {}
    for cat in catalogues.values():
        for total in remedies_for(cat).totals:
            declared.setdefault(total.key, total)
    needed = sorted({t.criterion for t in declared.values()} | set(worst))
    values: dict[str, dict] = defaultdict(dict)
    for aid, cid, value, na in repo.year_answers(year, needed, unit):
        if not na:
            values[aid][cid] = value
    campuses = repo.school_campus_codes([r[0] for r in rows])
    details = repo.year_details(year, unit)
    per_unit: dict[str, Counter] = defaultdict(Counter)
    schools_with: dict[str, set] = defaultdict(set)
    causes: dict[str, Counter] = defaultdict(Counter)
    written = []
    for aid, school, unit_name, letters, cat_id, version in rows:
        cat = catalogues[(cat_id, version)]
        not_met = {c.id for c, v in zip(cat.criteria, letters, strict=False) if v == "N"}
        counts = school_totals(cat, values[aid], not_met, campuses.get(aid, []))
        per_unit[unit_name]["schools"] += 1
        for key, n in counts.items():
            per_unit[unit_name][key] += n
            if n:
                schools_with[key].add(aid)
        mine = details.get(aid, {})
        for cid in worst:
            if cid in not_met and cat.has(cid):
                text = (mine.get("causes") or {}).get(cid)
                for cause in [" ".join(text.split())] if text else general_causes(
                        cat, cat.criterion(cid), values[aid].get(cid), campuses.get(aid, [])):
                    causes[cid][cause] += 1
        for solver in ("so", "province"):
            text = ((mine.get("proposals") or {}).get(solver) or "").strip()
            if text:
                written.append({"school": school, "solver": solver, "text": text})
    totals = [{"key": t.key, "label": t.label.vi, "unit": t.unit.vi} for t in declared.values()]
    units = [{"unit": u or "—", "schools": c["schools"], **{t["key"]: c[t["key"]] for t in totals}}
             for u, c in sorted(per_unit.items())]
    proposals: dict[str, list[str]] = defaultdict(list)
    for key, total in declared.items():
        value = sum(u[key] for u in units)
        if value and total.proposal:
            proposals[total.solver].append(total.proposal.vi.format(value=value, schools=len(schools_with[key])))
    return {"totals": totals, "units": units,
            "causes": {cid: causes[cid].most_common(TOP_CAUSES) for cid in worst if causes[cid]},
            "proposals": dict(proposals), "written": written[:MAX_WRITTEN_PROPOSALS],
            "written_count": len(written)}

