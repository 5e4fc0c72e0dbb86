"""The window side of the boundaries: accepting a school's new signer in two clicks, opening evidence only
through the one safe function, refusing a program at attach time."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QDesktopServices

from tests.gui.office.helpers import run_import
from tests.security import certs


@pytest.fixture
def opened(monkeypatch):
    """What the app handed to the system's viewer (nothing is really opened)."""
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url.toLocalFile()) or True))
    return urls


@pytest.fixture
def school_files(tmp_path):
    """One school's r1 signed with its key, and its r2 signed with a new certificate (as after a renewal)."""
    from papi_desktop.core.model import Answer
    from papi_desktop.demo import make_demo
    from papi_desktop.exchange.writer import export_assessment
    from papi_desktop.storage.repository import Repository

    with Repository.open(tmp_path / "school.sqlite3") as repo:
        make_demo(repo, schools=1, seed=1)
        a = next(x for x in repo.list_assessments() if x.is_final)
        r1 = export_assessment(repo, a.id, tmp_path / "r1.papi", signer=certs.signer(label="old-cert"))
        repo.reopen(a.id, reason="Bổ sung")
        cid, ans = next(iter(repo.get_answers(a.id).items()))
        repo.save_answer(a.id, Answer(cid, ans.value, ans.na, ans.na_reason, "Đã bổ sung"))
        repo.finalise(a.id)
        r2 = export_assessment(repo, a.id, tmp_path / "r2.papi", signer=certs.signer(label="new-cert"))
    return a, r1, r2


def test_clerk_accepts_a_new_signer_in_two_clicks(office_window, school_files, qtbot, user):
    """A file signed with the school's new certificate is held and selected; "Accept the new signer" and the
    confirmation (naming both certificates) import it and record the acceptance in the audit log."""
    a, r1, r2 = school_files
    window = office_window()
    run_import(qtbot, window, [r1])
    run_import(qtbot, window, [r2])
    panel = window.import_panel
    assert panel.model.index(0, 1).data() == "đổi người ký"
    assert panel.accept_button.isEnabled()
    user.confirm_answers[:] = [True]
    panel.accept_button.click()  # click 1; the stand-in's "yes" is click 2
    [question] = user.kinds("confirm")
    assert question.count("SHA-256") == 2
    assert panel.model.index(0, 1).data() == "đã cập nhật"
    assert window.repo.get_assessment(a.id).revision == 2
    assert [e.detail["school"] for e in window.repo.audit_log() if e.action == "signer_accepted"] == [a.school_code]
    assert not panel.accept_button.isEnabled()


def test_declining_keeps_the_file_held(office_window, school_files, qtbot, user):
    """Answering "no" to the confirmation changes nothing: the file stays held, the revision stays 1."""
    a, r1, r2 = school_files
    window = office_window()
    run_import(qtbot, window, [r1])
    run_import(qtbot, window, [r2])
    user.confirm_answers[:] = [False]
    window.import_panel.accept_button.click()
    assert window.import_panel.model.index(0, 1).data() == "đổi người ký"
    assert window.repo.get_assessment(a.id).revision == 1


def test_office_view_opens_evidence_only_as_a_marked_safe_copy(tmp_path, qtbot, user, opened):
    """The office's read-only view opens an accepted evidence file as a copy with a safe name; a program stored by
    an older version under "…\\u202efdp.exe" is not handed to the system, and the reason is shown."""
    from papi_desktop.demo import make_demo
    from papi_desktop.gui.office.school_view import SchoolDialog
    from papi_desktop.storage.repository import Repository

    repo = Repository.open(tmp_path / "o.sqlite3")
    make_demo(repo, schools=1, seed=1)
    a = next(x for x in repo.list_assessments() if not x.is_final)
    cid = repo.catalogue_of(a).criteria[0].id
    repo.add_attachment_bytes(a.id, cid, "Biên bản họp.pdf", b"%PDF-1.4\n bien ban")
    exe = b"MZ\x90\x00" + b"\x00" * 100
    import hashlib

    sha = hashlib.sha256(exe).hexdigest()
    with repo.transaction():  # as an older version stored it, before types were checked
        repo.db.execute("INSERT INTO blobs (sha256, size, data) VALUES (?, ?, ?)", [sha, len(exe), exe])
        repo.db.execute("INSERT INTO attachments (assessment_id, criterion_id, filename, sha256, size, added_at) "
                        "VALUES (?, ?, ?, ?, ?, '2025-01-01')", [a.id, cid, "Bien-ban-hop\u202efdp.exe", sha, len(exe)])
    dialog = SchoolDialog(repo, a.id)
    qtbot.addWidget(dialog)
    dialog.evidence.setCurrentRow(0)
    dialog.open_button.click()
    assert len(opened) == 1 and opened[0].endswith("/Biên bản họp.pdf")
    dialog.evidence.setCurrentRow(1)
    dialog.open_button.click()
    assert len(opened) == 1
    assert any("chương trình" in m for m in user.kinds("error"))
    repo.close()


def test_principal_cannot_attach_a_program_named_pdf(demo_db, open_window, tmp_path, user):
    """Choosing a program named "Biên bản.pdf" in the school app is refused with the reason; nothing is attached."""
    window = open_window(demo_db)
    draft = next(a for a in window.home.assessments if not a.is_final)
    window.open_assessment(draft.id)
    walk = window.assessment_view.walkthrough
    page = walk.pages[walk.current_id()]
    fake = tmp_path / "Biên bản.pdf"
    fake.write_bytes(b"MZ\x90\x00" + b"\x00" * 500)
    user.files[:] = [str(fake)]
    page.attachments.add_button.click()
    assert page.attachments.list.count() == 0
    assert any("chương trình" in m and "PDF" in m for m in user.kinds("error"))
