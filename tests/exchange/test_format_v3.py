"""Data files of format version 3: the parents' survey forms travel in the content (covered by the content hash and
so by the verification code and the signature), the office recomputes the same results, older files still import
(the office shows "không có khảo sát"), and a hostile survey member is refused without changing anything."""

from __future__ import annotations

import json

import pytest

from papi_desktop import cli
from papi_desktop.core.terms import NO_SURVEY
from papi_desktop.exchange.importer import IMPORTED, import_paths
from papi_desktop.exchange.survey_office import overview_json, survey_overview

from .conftest import entries, rebuild
from .test_hostile import _import_bad


def _cli_json(capsys, *args) -> dict:
    assert cli.main([str(a) for a in args]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def received(exported, office):
    """The office after importing every file the sample schools sent."""
    assert {r.result for r in import_paths(office, exported).results} == {IMPORTED}
    return office


def test_the_survey_travels_in_the_content_and_the_file_says_version_3(source, exported):
    """A file of an assessment with forms declares format version 3 and carries every form, anonymous; the content
    hash (the verification code) is that of the content with the forms."""
    from papi_desktop.core.snapshot import content_hash

    surveyed = [p for p in exported if "survey" in json.loads(entries(p.read_bytes())["assessment.json"])]
    assert surveyed
    for path in surveyed:
        files = entries(path.read_bytes())
        manifest, content = json.loads(files["manifest.json"]), json.loads(files["assessment.json"])
        aid = manifest["assessment_id"]
        assert manifest["format_version"] == 3 and set(files) - {"manifest.json", "assessment.json"} <= {
            n for n in files if n.startswith("attachments/")}
        assert len(content["survey"]["forms"]) == len(source.list_survey_forms(aid))
        assert manifest["content_hash"] == content_hash(content) == source.get_assessment(aid).content_hash
        assert "source" not in files["assessment.json"].decode() and "batch" not in files["assessment.json"].decode()


def test_the_office_recomputes_the_schools_results(capsys, source, exported, received):
    """School → export → office import: ``survey results --json`` on the office's database gives, for every
    imported assessment, exactly what it gives at the school; the office's content and report are the school's."""
    from papi_desktop.report.builder import report_bytes

    for a in source.list_assessments():
        if not a.is_final or not source.list_survey_forms(a.id):
            continue
        at_school = _cli_json(capsys, "survey", "results", "--db", source.path, "--assessment", a.id, "--json")
        at_office = _cli_json(capsys, "survey", "results", "--db", received.path, "--assessment", a.id, "--json")
        assert at_office == at_school and at_office["forms"] > 0
        assert received.canonical(a.id) == source.canonical(a.id)
        cat = source.catalogue_of(a)
        assert report_bytes(received.snapshot(a.id), cat, invariant=True) == \
            report_bytes(source.snapshot(a.id), cat, invariant=True)


def test_dashboard_and_units_give_the_schools_numbers(source, received):
    """The office's survey overview per school equals each school's own results (forms, yes/no/don't know, share,
    gaps); a unit's share pools its schools' answers; the school with the largest gap comes first."""
    o = survey_overview(received)
    data = overview_json(o)
    schools = {s["assessment_id"]: s for s in data["schools"]}
    surveyed = [a for a in source.list_assessments() if a.is_final and a.school_year == o.school_year]
    assert surveyed and len(schools) == len(surveyed)
    for a in surveyed:
        mine = source.survey_results(a.id)
        got = schools[a.id]
        assert got["survey"] and got["forms"] == mine.forms
        for q in mine.school.questions:
            assert got["questions"][q.id] == {"yes": q.yes, "no": q.no, "dont_know": q.dont_know,
                                              "answered": q.answered, "share_yes": round(q.share_yes, 4)}
        assert [(g["criterion"], g["verdict"], g["yes"], g["answered"]) for g in got["gaps"]] == \
            [(g.criterion, g.verdict, g.yes, g.answered) for g in mine.gaps]
    gaps = [s.largest_gap for s in o.schools]
    assert gaps == sorted(gaps, reverse=True) and gaps[0] > 0
    for unit in data["units"]:
        members = [s for s in data["schools"] if (s["unit_code"], s["unit_name"]) ==
                   (unit["unit_code"], unit["unit_name"])]
        yes = sum(s["questions"]["lop_hoc"]["yes"] for s in members)
        answered = sum(s["questions"]["lop_hoc"]["answered"] for s in members)
        assert unit["questions"]["lop_hoc"]["yes"] == yes and unit["forms"] == sum(s["forms"] for s in members)
        assert unit["questions"]["lop_hoc"]["share_yes"] == round(yes / answered, 4)


def test_older_files_still_import_and_say_no_survey(capsys, source, exported, office):
    """The 2024-2025 file (format version 1, no survey) imports; the office lists it as "không có khảo sát" and
    ``survey results`` there reports no forms."""
    old = [p for p in exported if "2024-2025" in p.name]
    assert json.loads(entries(old[0].read_bytes())["manifest.json"])["format_version"] == 1
    assert import_paths(office, old).count(IMPORTED) == 1
    o = survey_overview(office, school_year="2024-2025")
    assert [s.has_survey for s in o.schools] == [False]
    out = cli.main(["survey", "office", "--db", str(office.path), "--year", "2024-2025"])
    assert out == 0 and NO_SURVEY.vi in capsys.readouterr().out
    aid = o.schools[0].assessment_id
    assert _cli_json(capsys, "survey", "results", "--db", office.path, "--assessment", aid, "--json")["forms"] == 0


def test_a_newer_revision_without_forms_drops_the_offices_survey(source, received, tmp_path):
    """A school that reopens, deletes its forms and finalises again sends a file without a survey: the office's
    copy loses the forms and its summary row."""
    from papi_desktop.exchange.writer import export_assessment

    a = next(x for x in source.list_assessments() if x.is_final and source.list_survey_forms(x.id))
    source.reopen(a.id, reason="Phiếu nhập nhầm trường")
    source.delete_survey_forms(a.id, [f.id for f in source.list_survey_forms(a.id)])
    source.finalise(a.id)
    assert import_paths(received, [export_assessment(source, a.id, tmp_path / "r2.papi")]).results[0].result == \
        "updated"
    assert received.list_survey_forms(a.id) == [] and "survey" not in received.canonical(a.id)
    assert received.db.execute("SELECT count(*) FROM survey_summary WHERE assessment_id = ?", [a.id]).fetchone()[0] \
        == 0
    assert received.canonical(a.id) == source.canonical(a.id)


@pytest.fixture
def v3_good(exported, office):
    """The bytes of a version-3 file; the office already holds the 2024-2025 file."""
    import_paths(office, [p for p in exported if "2024-2025" in p.name])
    return next(p.read_bytes() for p in exported
                if "survey" in json.loads(entries(p.read_bytes())["assessment.json"]))


def _forms(c: dict) -> list:
    return c["survey"]["forms"]


@pytest.mark.parametrize(("change", "words"), [
    (lambda c: _forms(c)[0]["answers"].update(ho_ten="yes"), "không có trong phiếu khảo sát"),
    (lambda c: _forms(c)[0]["answers"].update(lop_hoc="có lẽ"), "không hợp lệ"),
    (lambda c: _forms(c)[0]["answers"].update(lop_hoc=["yes"]), "không hợp lệ"),
    (lambda c: _forms(c)[0]["answers"].update({"x" * 50: "yes"}), "không có trong phiếu khảo sát"),
    (lambda c: _forms(c)[0]["answers"].update(lop_hoc="maybe"), "không hợp lệ"),
    (lambda c: _forms(c)[0].update(campus="truong-ma"), "không có trong hồ sơ"),
    (lambda c: _forms(c)[0].update(ten="Nguyễn Văn A"), "sai cấu trúc"),
    (lambda c: _forms(c)[0].update(entered_on="2026-13-01"), "ngày nhập không hợp lệ"),
    (lambda c: _forms(c).reverse(), "thứ tự chuẩn"),
    (lambda c: c["survey"]["questionnaire"].update(version="2030.1"), "cập nhật ứng dụng"),
    (lambda c: c["survey"]["questionnaire"].update(sha256="f" * 64), "khác với bộ đã dùng"),
    (lambda c: c["survey"].update(forms=[]), "sai cấu trúc"),
    (lambda c: c["survey"].update(forms=_forms(c)[:1] * 10001), "sai cấu trúc"),
    (lambda c: c["survey"].update(format="papi-survey-data/2"), "sai cấu trúc"),
    (lambda c: _forms(c)[0].update({"class": "3A\u202e"}), "ký tự không hợp lệ"),
])
def test_a_hostile_survey_is_refused_and_changes_nothing(office, tmp_path, v3_good, change, words):
    """Forged questions (a name slipped in), answers, campuses, days, order, questionnaires, empty or oversized
    lists and control characters are refused with a sentence; the office's database is unchanged."""
    r = _import_bad(office, tmp_path, rebuild(v3_good, content=change))
    assert words in r.reason_vi


def test_a_survey_under_a_version_2_manifest_is_refused(office, tmp_path, v3_good):
    """A manifest that says version 2 over content with forms is inconsistent: refused, nothing written."""
    r = _import_bad(office, tmp_path, rebuild(v3_good, manifest=lambda m: m.update(format_version=2)))
    assert "không khớp" in r.reason_vi


def test_forms_changed_after_signing_break_the_hash(office, tmp_path, v3_good):
    """The survey is inside the content whose SHA-256 the manifest (what a signature covers) carries: a form
    changed without rebuilding the manifest is refused as an altered file."""
    import zipfile

    from .conftest import pack

    files = entries(v3_good)
    content = json.loads(files["assessment.json"])
    first = content["survey"]["forms"][0]["answers"]
    first["lop_hoc"] = "no" if first.get("lop_hoc") == "yes" else "yes"
    files["assessment.json"] = json.dumps(content, ensure_ascii=False, sort_keys=True,
                                          separators=(",", ":")).encode()
    r = _import_bad(office, tmp_path, pack(files))
    assert "mã băm nội dung không khớp" in r.reason_vi or "kích thước nội dung" in r.reason_vi
    assert zipfile.is_zipfile(tmp_path / "bad.papi")


def test_a_conflict_over_the_survey_shows_both_counts(office, tmp_path, v3_good):
    """The same revision sent again with one form fewer is kept aside as a conflict, and the comparison says how
    many forms each version carries (the only difference)."""
    from papi_desktop.exchange.conflicts import compare, list_conflicts

    (tmp_path / "a.papi").write_bytes(v3_good)
    assert import_paths(office, [tmp_path / "a.papi"]).count(IMPORTED) == 1
    held = len(json.loads(entries(v3_good)["assessment.json"])["survey"]["forms"])
    (tmp_path / "b.papi").write_bytes(rebuild(v3_good, content=lambda c: _forms(c).pop()))
    assert import_paths(office, [tmp_path / "b.papi"]).results[0].result == "conflict"
    facts = {r.key: r for r in compare(office, list_conflicts(office)[0].id).facts}
    assert (facts["survey"].held, facts["survey"].incoming) == (str(held), str(held - 1))
    assert facts["survey"].differs
