"""Evidence files: add (stored with their SHA-256), open a temporary copy, remove after confirmation."""

from __future__ import annotations

import hashlib


def _page(window):
    draft = next(a for a in window.home.assessments if not a.is_final)
    window.open_assessment(draft.id)
    walk = window.assessment_view.walkthrough
    return walk.pages[walk.current_id()]


def test_add_open_and_remove_a_photo(demo_db, open_window, tmp_path, user):
    """A photo chosen in the file dialog is listed, opens as an identical copy, and goes after "Bỏ"."""
    window = open_window(demo_db)
    page = _page(window)
    photo = tmp_path / "ảnh phòng học.jpg"
    data = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40
    photo.write_bytes(data)
    user.files[:] = [str(photo)]
    page.attachments.add_button.click()
    panel = page.attachments
    assert panel.list.count() == 1 and panel.list.item(0).text().startswith("ảnh phòng học.jpg")
    stored = window.repo.list_attachments(window.session.id, page.criterion.id)
    assert stored[0].sha256 == hashlib.sha256(data).hexdigest()
    copy = panel.open_selected()
    assert copy is not None and copy.read_bytes() == data and copy != photo
    user.confirm_answers[:] = [False]
    panel.remove_button.click()
    assert panel.list.count() == 1
    user.confirm_answers[:] = [True]
    panel.remove_button.click()
    assert panel.list.count() == 0
    assert window.repo.list_attachments(window.session.id, page.criterion.id) == []


def test_an_unreadable_file_gives_a_message_not_a_crash(demo_db, open_window, tmp_path, user):
    """A file that vanished between choosing and adding is reported in Vietnamese."""
    window = open_window(demo_db)
    page = _page(window)
    user.files[:] = [str(tmp_path / "không-còn.pdf")]
    page.attachments.add_button.click()
    assert page.attachments.list.count() == 0
    assert any("Không đọc được tệp" in m for m in user.kinds("error"))
