"""Deleting a school takes all it had with it, in one transaction, audited."""

from __future__ import annotations

import pytest

from papi_desktop.demo import school_profile
from papi_desktop.errors import NotFoundError


def test_deleting_a_school_removes_its_assessments_history_and_evidence(demo_repo):
    """Its assessments (finalised too), answers, revisions and evidence files go; the other schools stay."""
    code = school_profile(1, 0).code
    ids = [a.id for a in demo_repo.list_assessments(code)]
    final = next(i for i in ids if demo_repo.get_assessment(i).is_final)
    demo_repo.reopen(final, reason="sửa")
    jpeg = b"\xff\xd8\xff\xe0 anh" * 30
    demo_repo.add_attachment_bytes(final, next(iter(demo_repo.get_answers(final))), "anh.jpg", jpeg)
    others = {s.code for s in demo_repo.list_schools()} - {code}
    assert demo_repo.delete_school(code) == len(ids) == 2
    assert {s.code for s in demo_repo.list_schools()} == others
    for table in ("assessments", "answers", "attachments", "revisions"):
        column = "school_code" if table == "assessments" else "assessment_id"
        values = [code] if table == "assessments" else ids
        marks = ",".join("?" for _ in values)
        assert demo_repo.db.execute(f"SELECT count(*) FROM {table} WHERE {column} IN ({marks})",
                                    values).fetchone()[0] == 0
    assert demo_repo.db.execute("SELECT count(*) FROM blobs WHERE sha256 NOT IN "
                                "(SELECT sha256 FROM attachments)").fetchone()[0] == 0
    [entry] = [e for e in demo_repo.audit_log() if e.action == "school_deleted"]
    assert entry.detail == {"school": code, "assessments": 2}


def test_deleting_an_unknown_school_says_so_and_changes_nothing(demo_repo):
    """A code that is not there raises NotFoundError; nothing is written (not even to the audit log)."""
    before = len(demo_repo.audit_log())
    with pytest.raises(NotFoundError):
        demo_repo.delete_school("TH00000000")
    assert len(demo_repo.audit_log()) == before
