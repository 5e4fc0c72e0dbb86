"""The report details and the plan basis in the database (m008_documents): drafts only, frozen at finalising,
and the canonical content of assessments finalised without them keeps its bytes."""

from __future__ import annotations

import pytest

from papi_desktop.core.snapshot import canonical_json, content_hash
from papi_desktop.errors import ReadOnlyError, ValidationError

BASIS = {"number": "1234/KH-SGDĐT", "date": "15/08/2025", "issuer": "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk",
         "title": "nâng cao Chỉ số PAPI năm 2025"}


def _final(repo):
    return next(a for a in repo.list_assessments() if a.is_final and a.school_year == "2024-2025")


def _draft(repo):
    return next(a for a in repo.list_assessments() if not a.is_final and a.school_code.endswith("00000"))


def test_a_plan_set_later_for_a_finalised_year_changes_nothing_it_signed(demo_repo):
    """Setting the plan basis of 2024-2025 after its assessment was finalised leaves its canonical content byte
    for byte (and so its hash and verification code); the content has no "report" member."""
    a = _final(demo_repo)
    before = canonical_json(demo_repo.canonical(a.id))
    demo_repo.set_plan_basis("2024-2025", BASIS)
    after = demo_repo.canonical(a.id)
    assert canonical_json(after) == before and "report" not in after
    assert content_hash(after) == demo_repo.get_assessment(a.id).content_hash


def test_details_are_saved_for_drafts_and_refused_once_final(demo_repo):
    """A draft takes a reference date, causes and proposals (NFC); a finalised assessment refuses them and keeps
    what it had."""
    d = _draft(demo_repo)
    saved = demo_repo.save_report_details(d.id, reference_date="30/09/2025",
                                          causes={"TH.03": "Gie\u0302\u0301ng chưa xét nghiệm"})
    assert saved == {"reference_date": "2025-09-30", "causes": {"TH.03": "Giếng chưa xét nghiệm"}}
    assert demo_repo.canonical(d.id)["report"]["causes"] == {"TH.03": "Giếng chưa xét nghiệm"}
    f = _final(demo_repo)
    with pytest.raises(ReadOnlyError):
        demo_repo.save_report_details(f.id, reference_date="01/05/2025")
    assert demo_repo.stored_details(f.id) == {}


def test_a_refused_detail_changes_nothing(demo_repo):
    """A cause for a criterion the catalogue does not have is refused and the stored details stay as they were."""
    d = _draft(demo_repo)
    demo_repo.save_report_details(d.id, reference_date="30/09/2025")
    with pytest.raises(ValidationError):
        demo_repo.save_report_details(d.id, causes={"XX.01": "?"})
    assert demo_repo.stored_details(d.id) == {"reference_date": "2025-09-30"}


def test_finalising_freezes_the_years_plan_and_reopening_thaws_it(demo_repo):
    """A draft follows its year's plan; finalising keeps a copy in the content (the hash covers it); a plan changed
    afterwards does not touch it; reopening follows the year's plan again."""
    from tests.exchange.test_format_v2 import complete

    d = _draft(demo_repo)
    demo_repo.set_plan_basis(d.school_year, BASIS)
    assert demo_repo.canonical(d.id)["report"]["basis"]["number"] == "1234/KH-SGDĐT"
    complete(demo_repo, d)
    demo_repo.finalise(d.id)
    digest = demo_repo.get_assessment(d.id).content_hash
    demo_repo.set_plan_basis(d.school_year, dict(BASIS, number="99/KH-SGDĐT"))
    content = demo_repo.canonical(d.id)
    assert content["report"]["basis"]["number"] == "1234/KH-SGDĐT" and content_hash(content) == digest
    demo_repo.reopen(d.id, reason="Sửa số liệu")
    assert demo_repo.canonical(d.id)["report"]["basis"]["number"] == "99/KH-SGDĐT"


def test_plan_basis_per_year_with_the_apps_known_plan(repo):
    """The user's plan of a year wins; without one, the app's known plan of that year (only 2022-2023); clearing
    goes back; an invalid year is refused."""
    assert repo.plan_basis("2025-2026") is None
    assert repo.plan_basis("2022-2023")["date"] == "2022-08"
    repo.set_plan_basis("2025-2026", BASIS)
    assert repo.plan_basis("2025-2026")["date"] == "2025-08-15"
    repo.set_plan_basis("2025-2026", None)
    assert repo.stored_plan_basis("2025-2026") is None
    with pytest.raises(ValidationError):
        repo.set_plan_basis("2025", BASIS)


def test_deleting_a_draft_deletes_its_details(demo_repo):
    """Details go with their assessment (foreign key cascade)."""
    d = _draft(demo_repo)
    demo_repo.save_report_details(d.id, reference_date="30/09/2025")
    demo_repo.delete_assessment(d.id)
    assert demo_repo.db.execute("SELECT count(*) FROM report_details").fetchone()[0] == 0


def test_previous_result_is_the_latest_earlier_finalised_year(demo_repo):
    """The draft of 2025-2026 compares with the finalised 2024-2025; the finalised 2024-2025 with nothing."""
    d, f = _draft(demo_repo), _final(demo_repo)
    prev = demo_repo.previous_result(d)
    assert prev["school_year"] == "2024-2025" and prev["overall"] == pytest.approx(f.score)
    assert demo_repo.previous_result(f) is None


def test_a_database_of_the_previous_version_is_upgraded_with_its_data(tmp_path):
    """A file of the previous schema (before m008_documents) opens: the new tables are added, and sample data
    written then keeps every finalised assessment's hash."""
    from sqlite_utils import Database

    from papi_desktop.demo import make_demo
    from papi_desktop.storage.migrations import migrations
    from papi_desktop.storage.repository import Repository

    path = tmp_path / "cu.sqlite3"
    migrations.apply(Database(path), stop_before="m008_documents")
    old = Database(path)
    assert "report_details" not in old.table_names()
    old.close()
    with Repository.open(path) as repo:
        make_demo(repo, schools=1, seed=1)
        assert {"report_details", "plan_basis"} <= set(repo.db.table_names())
        for a in repo.list_assessments():
            if a.is_final:
                assert content_hash(repo.canonical(a.id)) == a.content_hash
