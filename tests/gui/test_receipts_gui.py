"""At the school: the office's receipt read from the Tệp menu; a refused receipt is a warning and changes nothing."""

from __future__ import annotations

import json

from papi_desktop.gui import receipts


def _returned_receipt(db, tmp_path):
    """The office returned the school's finalised 2025-2026 self-assessment; the receipt file it wrote."""
    from papi_desktop.exchange.importer import import_paths
    from papi_desktop.exchange.receipt import write_receipt
    from papi_desktop.exchange.review import decide
    from papi_desktop.exchange.writer import export_assessment
    from papi_desktop.storage.repository import Repository

    with Repository.open(db) as school:
        a = next(x for x in school.list_assessments() if x.is_final)
        sent = export_assessment(school, a.id, tmp_path / "gui.papi")
        school.set_setting("gui.current_school", a.school_code)
    with Repository.open(tmp_path / "phong.sqlite3") as office:
        import_paths(office, [sent])
        office.set_setting("office", {"name": "Phòng Văn hóa – Xã hội xã Ea Kar"})
        decide(office, a.id, "returned", reason="Thiếu minh chứng", notes={"CD.01": "Ghi rõ"}, reviewer="Hoa")
        return a.id, write_receipt(office, a.id, tmp_path / "tra-lai.papi-receipt")


def test_the_file_menu_reads_a_receipt(demo_db, open_window, monkeypatch, tmp_path, user):
    """Tệp → Đọc giấy báo kết quả của cơ quan… reads the chosen receipt; the home page shows the verdict and the
    table's last column says "trả lại"."""
    aid, path = _returned_receipt(demo_db, tmp_path)
    window = open_window(demo_db)
    monkeypatch.setattr(receipts, "choose_receipt_files", lambda _p: [str(path)])
    menu = window.menuBar().actions()[0].menu()
    next(a for a in menu.actions() if "giấy báo" in a.text()).trigger()
    assert "Phòng Văn hóa – Xã hội xã Ea Kar đã trả lại lần sửa 1" in user.kinds("inform")[-1]
    home = window.home
    row = next(r for r, a in enumerate(home.assessments) if a.id == aid)
    home.table.selectRow(row)
    assert home.table.item(row, 4).text() == "trả lại"
    assert home.verdict.isVisible() and "Lý do: «Thiếu minh chứng»." in home.verdict.text.text()


def test_a_refused_receipt_is_a_warning_and_changes_nothing(demo_db, open_window, tmp_path, user):
    """A receipt whose school code was changed is refused with the reason; the home page shows no verdict."""
    aid, path = _returned_receipt(demo_db, tmp_path)
    forged = json.loads(path.read_bytes())
    forged["school"]["code"] = "TH00000042"
    from papi_desktop.exchange.receipt_format import receipt_bytes

    bad = tmp_path / "gia.papi-receipt"
    bad.write_bytes(receipt_bytes(forged))
    window = open_window(demo_db)
    window.read_receipts([str(bad)])
    assert "trường khác" in user.kinds("warn")[-1] and not user.kinds("inform")
    assert window.repo.newest_receipt(aid) is None and not window.home.verdict.isVisible()


def test_a_new_office_certificate_is_accepted_only_after_asking(demo_db, open_window, tmp_path, user):
    """A receipt signed with the office's new certificate is refused with a question; "do not accept" keeps it
    refused, accepting applies it."""
    from papi_desktop.exchange.receipt import write_receipt
    from papi_desktop.exchange.review import decide
    from papi_desktop.storage.repository import Repository
    from tests.exchange.loop import office_signer

    aid, _first = _returned_receipt(demo_db, tmp_path)
    with Repository.open(tmp_path / "phong.sqlite3") as office:
        signed = write_receipt(office, aid, tmp_path / "ky.papi-receipt", signer=office_signer())
        decide(office, aid, "returned", reason="Thiếu biên bản", reviewer="Hoa")
        renewed = write_receipt(office, aid, tmp_path / "ky-moi.papi-receipt", signer=office_signer("renewed"))
    window = open_window(demo_db)
    window.read_receipts([str(signed)])
    user.confirm_answers = [False]
    window.read_receipts([str(renewed)])
    assert "chứng thư khác" in user.kinds("warn")[-1] and "đổi chứng thư" in user.kinds("confirm")[-1]
    assert window.repo.newest_receipt(aid)["reason"] == "Thiếu minh chứng"
    user.confirm_answers = [True]
    window.read_receipts([str(renewed)])
    assert window.repo.newest_receipt(aid)["reason"] == "Thiếu biên bản"
