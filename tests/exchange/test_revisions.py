"""Newer revisions update (old one kept in history), same revision with other content is a conflict."""

from __future__ import annotations

from papi_desktop.exchange.importer import CONFLICT, OLDER, UNCHANGED, UPDATED, import_paths
from papi_desktop.exchange.writer import export_assessment

from .conftest import dump, rebuild


def _final(repo):
    return next(a for a in repo.list_assessments() if a.is_final and a.school_year == "2025-2026")


def _refinalise(repo, aid, note="Sửa sau khi Phòng góp ý"):
    from papi_desktop.core.model import Answer

    repo.reopen(aid, reason="Phòng yêu cầu bổ sung")
    cid, ans = next(iter(repo.get_answers(aid).items()))
    repo.save_answer(aid, Answer(cid, ans.value, ans.na, ans.na_reason, note))
    return repo.finalise(aid)


NEW_NAME = "Trường Tiểu học Đổi Tên"


def _next_year_file(path, out):
    """``out``: the school's file at ``path`` turned into a new assessment of 2026-2027 under :data:`NEW_NAME`."""
    import uuid

    new_id = str(uuid.uuid4())

    def content(c):
        c["assessment"].update(id=new_id, school_year="2026-2027")
        c["school"]["name"] = NEW_NAME

    def manifest(m):
        m.update(assessment_id=new_id, school_year="2026-2027")
        m["school"]["name"] = NEW_NAME

    out.write_bytes(rebuild(path.read_bytes(), content=content, manifest=manifest))
    return out


def test_newer_revision_updates_and_keeps_old_in_history(source, office, tmp_path):
    """A file with a newer revision replaces the held one; the old one is kept in the revisions table."""
    a = _final(source)
    import_paths(office, [export_assessment(source, a.id, tmp_path / "r1.papi")])
    old_hash = office.get_assessment(a.id).content_hash
    b = _refinalise(source, a.id)
    [r] = import_paths(office, [export_assessment(source, a.id, tmp_path / "r2.papi")]).results
    assert r.result == UPDATED
    got = office.get_assessment(a.id)
    assert (got.revision, got.content_hash) == (b.revision, b.content_hash)
    assert office.canonical(a.id) == source.canonical(a.id)
    [hist] = office.list_revisions(a.id)
    assert (hist["revision"], hist["content_hash"]) == (a.revision, old_hash)


def test_older_revision_goes_to_history_only(source, office, tmp_path):
    """After a newer revision, importing the older file keeps the newer one and files the old one in history."""
    a = _final(source)
    r1 = export_assessment(source, a.id, tmp_path / "r1.papi")
    _refinalise(source, a.id)
    r2 = export_assessment(source, a.id, tmp_path / "r2.papi")
    import_paths(office, [r2])
    [r] = import_paths(office, [r1]).results
    assert r.result == OLDER
    assert office.get_assessment(a.id).revision == a.revision + 1
    assert [x["revision"] for x in office.list_revisions(a.id)] == [a.revision]
    assert import_paths(office, [r1]).results[0].result == UNCHANGED


def test_same_revision_other_content_is_kept_aside(source, office, tmp_path):
    """A different file with the same revision is a conflict: kept aside, the held data untouched."""
    from papi_desktop.storage.exchange_store import list_conflicts

    a = _final(source)
    good = export_assessment(source, a.id, tmp_path / "good.papi")
    import_paths(office, [good])
    before = dump(office)

    def other_note(c):
        c["answers"][0]["note"] = "Nội dung khác"

    evil = tmp_path / "other.papi"
    evil.write_bytes(rebuild(good.read_bytes(), content=other_note))
    [r] = import_paths(office, [evil]).results
    assert r.result == CONFLICT and "giữ riêng" in r.reason_vi
    after = dump(office)
    assert {k: v for k, v in after.items() if k != "conflicts"} == {k: v for k, v in before.items() if k != "conflicts"}
    [c] = list_conflicts(office)
    assert c["assessment_id"] == a.id and c["revision"] == a.revision


def test_other_assessment_for_same_school_year_is_a_conflict(source, office, tmp_path):
    """A second assessment id for a school and year already held is a conflict, not a replacement."""
    import uuid

    a = _final(source)
    good = export_assessment(source, a.id, tmp_path / "good.papi")
    import_paths(office, [good])
    new_id = str(uuid.uuid4())

    def other_id(c):
        c["assessment"]["id"] = new_id

    evil = tmp_path / "reinstall.papi"
    evil.write_bytes(rebuild(good.read_bytes(), content=other_id, manifest=lambda m: m.update(assessment_id=new_id)))
    [r] = import_paths(office, [evil]).results
    assert r.result == CONFLICT and a.id not in r.reason_vi  # said in words: school, year, revision
    assert "TH" in r.reason_vi and a.school_year in r.reason_vi and "lần sửa 2" in r.reason_vi
    assert [x.id for x in office.list_assessments()] == [a.id]


def test_only_finalised_assessments_export(source, tmp_path):
    """Exporting a draft fails with a message that says to finalise first."""
    import pytest

    from papi_desktop.errors import ExchangeError

    draft = next(a for a in source.list_assessments() if not a.is_final)
    with pytest.raises(ExchangeError) as err:
        export_assessment(source, draft.id, tmp_path / "d.papi")
    assert "chưa hoàn thành" in err.value.vi
    assert not (tmp_path / "d.papi").exists()


def test_export_is_reproducible_and_passes_on_received_files(source, office, tmp_path):
    """Exporting the same assessment twice gives the same bytes; the office re-exports the school's file as is."""
    a = _final(source)
    one = export_assessment(source, a.id, tmp_path / "1.papi").read_bytes()
    import_paths(office, [tmp_path / "1.papi"])
    again = export_assessment(office, a.id, tmp_path / "2.papi").read_bytes()
    assert again == one


def test_school_row_keeps_the_profile_of_its_latest_year(exported, office, tmp_path):
    """Importing an earlier year after a later one does not put the earlier profile back on the school."""
    from papi_desktop.exchange.importer import import_paths

    this_year = next(p for p in exported if "2025-2026" in p.name)
    later = _next_year_file(this_year, tmp_path / "later.papi")
    code = import_paths(office, [later]).results[0].school_code
    assert [r.result for r in import_paths(office, [later, this_year]).results] == ["unchanged", "imported"]
    assert office.get_school(code).name == NEW_NAME


def test_revisions_and_years_in_one_import_apply_in_file_order(source, office, tmp_path):
    """Files of one assessment or one school in the same import (and batch) are applied in order: r1 then r2
    gives imported, updated; a later year before an earlier one leaves the later year's name on the school."""
    a = _final(source)
    r1 = export_assessment(source, a.id, tmp_path / "a_r1.papi")
    _refinalise(source, a.id)
    r2 = export_assessment(source, a.id, tmp_path / "b_r2.papi")
    later = _next_year_file(r1, tmp_path / "0_later.papi")
    assert [r.result for r in import_paths(office, [later, r1]).results] == ["imported", "imported"]
    assert office.get_school(a.school_code).name == NEW_NAME
    office.db.execute("DELETE FROM assessments WHERE id = ?", [a.id])
    assert [r.result for r in import_paths(office, [r1, r2]).results] == ["imported", UPDATED]
    assert office.get_assessment(a.id).revision == a.revision + 1
    assert [x["revision"] for x in office.list_revisions(a.id)] == [a.revision]
    assert office.canonical(a.id) == source.canonical(a.id)
