"""Dashboard data: Vietnamese order, verdict grid, pass rates, averages, filters, fresh after local changes."""

from __future__ import annotations

import random

from papi_desktop.core.text import vi_sort_key
from papi_desktop.exchange.dashboard import dashboard
from papi_desktop.exchange.importer import import_paths


def test_vietnamese_alphabet_order():
    """Letters sort as a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, whatever the input order."""
    alphabet = list("aăâbcdđeêghiklmnoôơpqrstuưvxy")
    shuffled = alphabet[:]
    random.Random(3).shuffle(shuffled)
    assert sorted(shuffled, key=vi_sort_key) == alphabet


def test_tones_come_after_letters():
    """Tones only break ties between equal letters: "Ánh" < "Anh Đào"? no — letters first, then tones."""
    assert sorted(["Bà", "Ba", "Bả", "Bá", "Bạ", "Bã"], key=vi_sort_key) == ["Ba", "Bà", "Bả", "Bã", "Bá", "Bạ"]
    assert sorted(["Ánh", "Anhb"], key=vi_sort_key) == ["Ánh", "Anhb"]
    assert sorted(["Đào", "Dung", "Ân", "Ăn", "An"], key=vi_sort_key) == ["An", "Ăn", "Ân", "Dung", "Đào"]


def test_sort_key_ignores_case_and_normal_form():
    """Upper/lower case and NFD input sort with their NFC lower-case twins."""
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Trường Tiểu học Ơn")
    assert vi_sort_key(nfd) == vi_sort_key("Trường Tiểu học Ơn")
    assert vi_sort_key("ĐẮK LẮK")[: len("đắk lắk")] == vi_sort_key("đắk lắk")[: len("đắk lắk")]


def test_dashboard_rows_verdicts_and_rates(exported, office):
    """The office dashboard lists each school once in Vietnamese order with verdicts matching the report."""
    import_paths(office, exported)
    d = dashboard(office, school_year="2025-2026")
    assert len(d.rows) == sum("2025-2026" in p.name for p in exported)
    keys = [(vi_sort_key(r.school_name), r.school_code) for r in d.rows]
    assert keys == sorted(keys)
    for i, row in enumerate(d.rows):
        snap = office.snapshot(row.assessment_id)
        assert [d.verdict(i, j) for j in range(len(d.columns))] == [snap["verdicts"][c.criterion_id]
                                                                   for c in d.columns]
        assert row.score == snap["scores"]["overall"]
    first = d.columns[0].criterion_id
    met = sum(1 for i in range(len(d.rows)) if d.verdict(i, 0) == "met")
    applicable = sum(1 for i in range(len(d.rows)) if d.verdict(i, 0) != "na")
    assert d.pass_rates[first] == round(met / applicable, 4)


def test_dimension_and_unit_filters(exported, office):
    """Filtering by dimension keeps only its criteria; by unit only its schools."""
    import_paths(office, exported)
    full = dashboard(office, school_year="2025-2026")
    dim = full.columns[-1].dimension_id
    d = dashboard(office, school_year="2025-2026", dimension=dim)
    assert d.columns and {c.dimension_id for c in d.columns} == {dim}
    assert list(d.dimension_averages) == [dim]
    unit = full.rows[0].unit_code
    u = dashboard(office, school_year="2025-2026", unit=unit)
    assert u.rows and {r.unit_code for r in u.rows} == {unit}


def test_dimension_average_is_mean_of_schools(exported, office):
    """The average of a dimension is the mean of the schools' scores for it."""
    import_paths(office, exported)
    d = dashboard(office, school_year="2025-2026")
    dim, avg = next((k, v) for k, v in d.dimension_averages.items() if v is not None)
    values = [d.dimension_score(i, dim) for i in range(len(d.rows)) if d.dimension_score(i, dim) is not None]
    snap = office.snapshot(d.rows[0].assessment_id)
    assert d.dimension_score(0, dim) == snap["scores"]["dimensions"][dim]
    assert avg == round(sum(values) / len(values), 2)


def test_summary_follows_local_finalise(source):
    """At a school, the dashboard reflects an assessment finalised after the last look."""
    d = dashboard(source, school_year="2025-2026")
    before = len(d.rows)
    draft = next(a for a in source.list_assessments() if not a.is_final and a.school_year == "2025-2026"
                 and not source.missing_for_finalise(a.id)) if any(
        not a.is_final and not source.missing_for_finalise(a.id) for a in source.list_assessments()) else None
    if draft is None:  # complete a draft first
        from papi_desktop.demo import sample_answers

        draft = next(a for a in source.list_assessments() if not a.is_final)
        school = source.school_for(draft)
        answers = sample_answers(random.Random(1), source.catalogue_of(draft), school, draft.school_year)
        source.save_answers(draft.id, list(answers.values()))
    source.finalise(draft.id)
    after = dashboard(source, school_year="2025-2026")
    assert len(after.rows) == before + 1
    assert draft.id in {r.assessment_id for r in after.rows}


def test_empty_database_has_an_empty_dashboard(office):
    """With nothing imported the dashboard is empty, not an error."""
    d = dashboard(office)
    assert d.school_year is None and d.rows == []


def test_rows_of_an_unknown_catalogue_version_are_shown_unanswered(exported, office):
    """A school assessed with a catalogue version this app does not ship stays listed (all cells unanswered) and
    the others keep their verdicts: the columns follow the catalogue most rows use."""
    import_paths(office, exported)
    before = dashboard(office, school_year="2025-2026")
    odd = before.rows[0]
    office.db.execute("UPDATE summary SET catalogue_version = '0.0-cu' WHERE assessment_id = ?", [odd.assessment_id])
    d = dashboard(office, school_year="2025-2026", sync=False)
    assert [r.school_code for r in d.rows] == [r.school_code for r in before.rows]
    assert {d.verdict(0, j) for j in range(len(d.columns))} == {"unanswered"}
    assert d.dimension_score(0, d.dimension_order[0]) is None
    assert d.rows[1:] == before.rows[1:] and d.rows[0].score == odd.score


def test_rows_of_the_older_catalogue_line_up_by_the_ids_criteria_replace():
    """A 2025.1 row shown with 2026.1 columns: D1.01's verdict appears under CD.01, which replaces it."""
    from papi_desktop.core.catalogue import catalogue_for
    from papi_desktop.exchange.dashboard import _align

    old, new = catalogue_for("papi-tieu-hoc", "2025.1"), catalogue_for("papi-tieu-hoc", "2026.1")
    letters = "".join("M" if c.id == "D1.01" else "N" for c in old.criteria)
    row = ("id", "TH1", "Trường", "", "", letters, ";".join("5.0" for _ in old.dimensions), 5.0, *old.key)
    (aligned,) = _align([row], new)
    got = dict(zip((c.id for c in new.criteria), aligned[5], strict=True))
    assert got["CD.01"] == "M" and got["D1.04"] == "N" and set(got.values()) == {"M", "N"}
