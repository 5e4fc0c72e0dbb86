"""School profile wizard: entries survive Back and Next, the code is normalised, the school is saved once at Finish."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from papi_desktop.gui.wizard import CampusesPage, OfficesPage, PeoplePage, SchoolPage, UnitPage

CAMPUSES = [("Điểm trường chính", "Thôn 1, xã Ea Kar"), ("Điểm trường Buôn Trấp", "Buôn Trấp"),
            ("Điểm trường Thôn 3", "Thôn 3")]


def new_school_wizard(window, qtbot):
    """The wizard of "Trường của tôi" on the first start's welcome panel."""
    assert window.home.welcome.isVisible()
    window.home.welcome.school_button.click()
    qtbot.waitUntil(lambda: window.profile_wizard is not None and window.profile_wizard.isVisible())
    return window.profile_wizard


def fill_all_pages(wizard, code="th65100007 ", unit="xã Ea Kar"):
    """Type a whole profile, page after page (stops on the last page, before Finish)."""
    page = wizard.currentPage()
    assert isinstance(page, SchoolPage)
    page.code.setText(code)
    page.name.setText("Trường Tiểu học Nơ Trang Lơng")
    page.place.setText("Ea Kar")
    page.address.setText("Thôn 1, xã Ea Kar")
    wizard.next()
    page = wizard.currentPage()
    assert isinstance(page, UnitPage)
    page.unit.setCurrentText(unit)
    for key, value in (("classes", 15), ("pupils", 412), ("teachers", 24), ("staff", 6)):
        page.counts[key].setValue(value)
    wizard.next()
    page = wizard.currentPage()
    assert isinstance(page, OfficesPage)
    page.offices.setPlainText("Phòng Văn hóa – Xã hội xã Ea Kar\nSở Giáo dục và Đào tạo tỉnh Đắk Lắk")
    wizard.next()
    page = wizard.currentPage()
    assert isinstance(page, PeoplePage)
    page.principal.setText("H'Ngọc Êban")
    page.deputies.setPlainText("Y Bhin Niê")
    wizard.next()
    page = wizard.currentPage()
    assert isinstance(page, CampusesPage)
    page.table.setRowCount(0)
    for name, address in CAMPUSES:
        page.add_row(name, address)


def _entries(wizard) -> dict:
    """What every page shows, as the user would read it."""
    school, unit, offices, people, campuses = wizard.pages
    return {
        "code": school.code.text(), "name": school.name.text(), "unit": unit.unit.currentText(),
        "body": unit.body.text(), "counts": {k: s.value() for k, s in unit.counts.items()},
        "offices": offices.offices.toPlainText(), "principal": people.principal.text(),
        "deputies": people.deputies.toPlainText(),
        "campuses": [(campuses.table.item(r, 0).text(), campuses.table.item(r, 1).text())
                     for r in range(campuses.table.rowCount())],
    }


def test_back_and_forth_keeps_every_entry_and_finish_saves_the_school_once(tmp_path, open_window, qtbot):
    """Three campuses and the receiving offices survive going back to the first page and forward again; nothing is
    written before Finish; Finish saves one school with the code in upper case and everything the pages asked."""
    window = open_window(tmp_path / "new.sqlite3")
    wizard = new_school_wizard(window, qtbot)
    fill_all_pages(wizard)
    typed = _entries(wizard)
    for _ in range(4):
        wizard.back()
    assert isinstance(wizard.currentPage(), SchoolPage)
    assert window.repo.list_schools() == []  # nothing saved yet
    for _ in range(4):
        wizard.next()
    assert isinstance(wizard.currentPage(), CampusesPage)
    assert _entries(wizard) == {**typed, "code": "TH65100007"}
    wizard.button(QWizard.WizardButton.FinishButton).click()
    [school] = window.repo.list_schools()
    assert school.code == "TH65100007" and school.name == "Trường Tiểu học Nơ Trang Lơng"
    assert [(c.name, c.address) for c in school.campuses] == CAMPUSES
    assert school.campuses[0].is_main and len({c.code for c in school.campuses}) == 3
    assert school.receiving_offices == ["Phòng Văn hóa – Xã hội xã Ea Kar", "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk"]
    assert school.unit_name == "xã Ea Kar" and school.supervising_body == "UBND XÃ EA KAR"
    assert school.stats == {"classes": 15, "pupils": 412, "teachers": 24, "staff": 6}
    assert school.principal == "H'Ngọc Êban" and school.deputies == ["Y Bhin Niê"]
    assert window.home.heading.text() == "Trường Tiểu học Nơ Trang Lơng"
    assert [e.action for e in window.repo.audit_log()].count("school_created") == 1


def test_fixing_a_typo_in_the_code_never_leaves_a_second_school(tmp_path, open_window, qtbot):
    """Going back from the last page to correct the code gives one school, under the corrected code."""
    window = open_window(tmp_path / "new.sqlite3")
    wizard = new_school_wizard(window, qtbot)
    fill_all_pages(wizard, code="TH6510000")
    for _ in range(4):
        wizard.back()
    wizard.currentPage().code.setText("th65100009")
    for _ in range(4):
        wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert [s.code for s in window.repo.list_schools()] == ["TH65100009"]


def test_a_bad_or_taken_code_and_a_missing_name_block_with_a_sentence(demo_db, tmp_path, open_window, qtbot, user):
    """validatePage keeps the user on the page and says what is wrong; nothing is saved."""
    window = open_window(demo_db)
    taken = window.home.school_code()
    window.home.add_school_button.click()
    qtbot.waitUntil(lambda: window.profile_wizard is not None and window.profile_wizard.isVisible())
    wizard = window.profile_wizard
    page = wizard.currentPage()
    before = len(window.repo.list_schools())
    for code, name, expected in (("T H 1", "Trường A", "chỉ gồm chữ và số"), (taken.lower(), "Trường A", "đã có"),
                                 ("TH1", "", "tên trường")):
        page.code.setText(code)
        page.name.setText(name)
        page.place.setText("Ea Kar")
        wizard.next()
        assert wizard.currentPage() is page
        assert expected in user.kinds("warn")[-1]
    assert len(window.repo.list_schools()) == before


def test_cancelling_with_entries_asks_first_and_saves_nothing(tmp_path, open_window, qtbot, user):
    """Closing the wizard after typing asks; "Nhập tiếp" keeps it open with the entries; closing saves nothing."""
    window = open_window(tmp_path / "new.sqlite3")
    wizard = new_school_wizard(window, qtbot)
    wizard.currentPage().name.setText("Trường Tiểu học Chu Văn An")
    user.confirm_answers[:] = [False]
    wizard.reject()
    assert wizard.isVisible() and wizard.currentPage().name.text() == "Trường Tiểu học Chu Văn An"
    assert "Đóng mà không lưu" in user.kinds("confirm")[-1]
    user.confirm_answers[:] = [True]
    wizard.reject()
    assert not wizard.isVisible() and window.repo.list_schools() == []


def test_editing_an_existing_profile_keeps_the_code_and_saves_at_finish(demo_db, open_window, qtbot):
    """The profile button loads the school; the code cannot change; an edited place name is saved at Finish only."""
    window = open_window(demo_db)
    window.go_home()
    code = window.home.school_code()
    window.home.profile_button.click()
    qtbot.waitUntil(lambda: window.profile_wizard is not None and window.profile_wizard.isVisible())
    wizard = window.profile_wizard
    page = wizard.currentPage()
    assert page.code.text() == code and page.code.isReadOnly()
    page.place.setText("Cư Êbur")
    while not wizard.button(QWizard.WizardButton.FinishButton).isVisible():
        wizard.next()
    assert window.repo.get_school(code).place_name != "Cư Êbur"
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert window.repo.get_school(code).place_name == "Cư Êbur"


def test_the_commune_list_is_the_provinces_102_units_and_typing_another_works(tmp_path, open_window, qtbot):
    """The commune box lists Đắk Lắk's 102 communes and wards (since 1/7/2025) and accepts a typed name."""
    from papi_desktop.units import unit_list

    window = open_window(tmp_path / "new.sqlite3")
    wizard = new_school_wizard(window, qtbot)
    unit = wizard.pages[1]
    items = [unit.unit.itemText(i) for i in range(unit.unit.count())]
    assert len(items) == 102 and sorted(items) == sorted(unit_list().names)
    assert sum(i.startswith("phường ") for i in items) == 14 and "xã Ea Kar" in items
    assert "Nghị quyết" in unit.unit_note.toolTip()
    fill_all_pages(wizard, unit="phường Hải Châu")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert window.repo.list_schools()[0].unit_name == "phường Hải Châu"


def test_wizard_buttons_are_in_vietnamese(tmp_path, open_window, qtbot):
    """Qt has no Vietnamese for wizard buttons: ours are set explicitly."""
    window = open_window(tmp_path / "new.sqlite3")
    wizard = new_school_wizard(window, qtbot)
    texts = {wizard.buttonText(b).replace("&", "") for b in (
        QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton,
        QWizard.WizardButton.CancelButton)}
    assert texts == {"< Quay lại", "Tiếp >", "Xong", "Huỷ"}


def test_alt_keys_are_unique_on_every_wizard_page(tmp_path, open_window, qtbot):
    """On each page the wizard's buttons and the page's fields have different Alt+letters."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    window = open_window(tmp_path / "new.sqlite3")
    wizard = new_school_wizard(window, qtbot)
    buttons = [wizard.buttonText(b) for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                                              QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)]
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        texts = buttons + [w.text() for w in page.findChildren(QAbstractButton)]
        texts += [w.text() for w in page.findChildren(QLabel) if w.buddy() is not None]
        keys = [m.group(1).lower() for t in texts if (m := re.search(r"&([^&\s])", t))]
        assert len(keys) >= len(buttons) - 1
        assert len(keys) == len(set(keys)), (type(page).__name__, sorted(keys))
