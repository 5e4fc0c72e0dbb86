"""Conflicts at the office: listed in words, compared side by side, settled by keeping one version (audited)."""

from __future__ import annotations

import json

import pytest

from papi_desktop.errors import PapiError
from papi_desktop.exchange.conflicts import compare, list_conflicts, resolve
from papi_desktop.exchange.importer import CONFLICT, import_paths
from papi_desktop.exchange.writer import export_assessment
from tests.conftest import run_cli

from .conftest import dump, rebuild

OTHER_NOTE = "Nội dung khác, gửi lần hai"


@pytest.fixture
def conflicted(source, office, tmp_path):
    """The office holds a school's file; a second file with the same revision but another note was kept aside."""
    a = next(x for x in source.list_assessments() if x.is_final and x.id == source.with_attachment)
    good = export_assessment(source, a.id, tmp_path / "good.papi")
    import_paths(office, [good])

    def other_note(c):
        c["answers"][0]["note"] = OTHER_NOTE

    evil = tmp_path / "lan-hai.papi"
    evil.write_bytes(rebuild(good.read_bytes(), content=other_note))
    [r] = import_paths(office, [evil]).results
    assert r.result == CONFLICT
    office.changed_criterion = json.loads(office.db.execute("SELECT content FROM conflicts").fetchone()[0])[
        "answers"][0]["criterion_id"]
    office.assessment_id, office.evil = a.id, evil
    return office


def test_a_conflict_is_described_by_school_year_and_revision_never_an_id(conflicted):
    """The list says which school, which year and which revisions — no UUID a clerk cannot read."""
    [c] = list_conflicts(conflicted)
    school = conflicted.get_school(conflicted.get_assessment(conflicted.assessment_id).school_code)
    text = c.describe("vi")
    assert school.name in text and school.code in text and c.school_year in text
    assert f"lần sửa {c.incoming_revision}" in text and c.held_revision == c.incoming_revision
    assert conflicted.assessment_id not in text and "cùng lần sửa" in text


def test_the_comparison_shows_exactly_the_criterion_that_differs(conflicted):
    """Side by side, only the criterion whose note changed differs; both texts are there."""
    [c] = list_conflicts(conflicted)
    cmp = compare(conflicted, c.id)
    differing = [r for r in cmp.criteria if r.differs]
    assert [r.key for r in differing] == [conflicted.changed_criterion]
    assert OTHER_NOTE in differing[0].incoming and OTHER_NOTE not in differing[0].held
    code = next(r for r in cmp.facts if r.key == "code")
    assert code.differs and code.held and code.incoming  # the verification codes differ: say which paper matches
    assert len(cmp.criteria) == 41


def test_keeping_the_held_version_files_the_other_in_history_and_audits_it(conflicted):
    """Keep held: the data stays exactly as it was; the conflict goes; the received version is in history."""
    [c] = list_conflicts(conflicted)
    before = dump(conflicted)
    incoming_hash = conflicted.db.execute("SELECT content_hash FROM conflicts").fetchone()[0]
    resolve(conflicted, c.id, "held")
    after = dump(conflicted)
    assert after["conflicts"] == []
    for table in ("assessments", "answers", "attachments", "schools", "summary"):
        assert after[table] == before[table]
    kept = [h for h in conflicted.list_revisions(conflicted.assessment_id) if OTHER_NOTE in h["content"]]
    assert [h["content_hash"] for h in kept] == [incoming_hash]
    [entry] = [e for e in conflicted.audit_log() if e.action == "conflict_resolved"]
    assert entry.detail["keep"] == "held" and entry.detail["school_year"] == c.school_year


def test_the_file_set_aside_is_not_a_conflict_again_when_imported_again(conflicted):
    """After «keep held», the school (or a colleague) sends the same file once more: the clerk's decision stands —
    the file is "unchanged, already in history", no new conflict is listed, nothing in the data moves."""
    [c] = list_conflicts(conflicted)
    resolve(conflicted, c.id, "held")
    before = dump(conflicted)
    [r] = import_paths(conflicted, [conflicted.evil]).results
    assert r.result == "unchanged" and "lịch sử" in r.reason_vi
    assert list_conflicts(conflicted) == []
    after = dump(conflicted)
    for table in ("assessments", "answers", "attachments", "revisions", "conflicts", "summary"):
        assert after[table] == before[table]


def test_keeping_the_incoming_version_replaces_the_held_one_which_goes_to_history(conflicted):
    """Keep incoming: the assessment now says what the received file says; the old version is in history."""
    [c] = list_conflicts(conflicted)
    aid, cid = conflicted.assessment_id, conflicted.changed_criterion
    old_hash = conflicted.get_assessment(aid).content_hash
    resolve(conflicted, c.id, "incoming")
    assert conflicted.get_answers(aid)[cid].note == OTHER_NOTE
    assert conflicted.get_assessment(aid).content_hash != old_hash
    assert any(h["content_hash"] == old_hash for h in conflicted.list_revisions(aid))
    assert list_conflicts(conflicted) == []
    assert conflicted.list_attachments(aid)  # the evidence came along
    [entry] = [e for e in conflicted.audit_log() if e.action == "conflict_resolved"]
    assert entry.detail["keep"] == "incoming" and entry.detail["held_hash"] == old_hash


def test_keeping_incoming_without_its_evidence_and_without_the_file_changes_nothing(conflicted):
    """If the received version's evidence is not stored and its file is gone, it says so and changes nothing."""
    conflicted.db.execute("UPDATE conflicts SET content = replace(content, (SELECT sha256 FROM attachments LIMIT 1), "
                          "'0000000000000000000000000000000000000000000000000000000000000000')")
    conflicted.evil.unlink()
    [c] = list_conflicts(conflicted)
    before = dump(conflicted)
    with pytest.raises(PapiError) as err:
        resolve(conflicted, c.id, "incoming")
    assert "không còn tìm thấy" in err.value.vi and conflicted.evil.name in err.value.vi
    assert dump(conflicted) == before


def test_a_resolved_or_unknown_conflict_is_refused_with_a_sentence(conflicted):
    """Resolving twice (or a number that does not exist) says so."""
    [c] = list_conflicts(conflicted)
    resolve(conflicted, c.id, "held")
    with pytest.raises(PapiError) as err:
        resolve(conflicted, c.id, "incoming")
    assert "đã được giải quyết" in err.value.vi


def test_the_command_lists_and_resolves_conflicts(conflicted):
    """``conflicts list --json`` names school, year and revisions; ``show`` gives the difference; ``resolve --keep
    held`` settles one, and a second time it is refused with a sentence."""
    db, cid = str(conflicted.path), conflicted.changed_criterion
    conflicted.close()
    listed = run_cli("conflicts", "--db", db, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    [row] = json.loads(listed.stdout)
    assert {"id", "school_code", "school_name", "school_year", "held_revision", "incoming_revision", "kind",
            "file_name", "description"} <= set(row)
    shown = run_cli("conflicts", "--db", db, "show", str(row["id"]))
    assert shown.returncode == 0 and f"- {cid} " in shown.stdout and OTHER_NOTE in shown.stdout
    done = run_cli("conflicts", "--db", db, "resolve", str(row["id"]), "--keep", "held")
    assert done.returncode == 0 and "Đã giữ bản đang có" in done.stdout
    again = run_cli("conflicts", "--db", db, "resolve", str(row["id"]), "--keep", "held")
    assert again.returncode == 1 and "Lỗi:" in again.stderr and "Traceback" not in again.stderr
