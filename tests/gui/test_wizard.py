"""School profile set-up (QWizard, pages as data)."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from papi_desktop.gui.wizard import CampusesPage, OfficesPage, PeoplePage, SchoolPage, WelcomePage
from papi_desktop.storage.repository import Repository


def _wizard(window, qtbot):
    qtbot.waitUntil(lambda: window.profile_wizard is not None and window.profile_wizard.isVisible())
    return window.profile_wizard


def test_first_start_walks_through_the_profile_and_saves_each_page(tmp_path, open_window, qtbot):
    """On an empty data folder the wizard opens; each page's part is saved when the user goes on."""
    db = tmp_path / "new.sqlite3"
    window = open_window(db)
    wizard = _wizard(window, qtbot)
    assert isinstance(wizard.currentPage(), WelcomePage)
    wizard.next()
    page = wizard.currentPage()
    assert isinstance(page, SchoolPage)
    page.code.setText("TH65100007")
    page.name.setText("Trường Tiểu học Nơ Trang Lơng")
    page.body.setText("UBND XÃ EA KAR")
    page.place.setText("Ea Kar")
    wizard.next()
    assert isinstance(wizard.currentPage(), OfficesPage)
    assert window.repo.get_school("TH65100007").name == "Trường Tiểu học Nơ Trang Lơng"  # saved already
    wizard.currentPage().offices.setPlainText("Phòng Văn hóa – Xã hội xã Ea Kar\nSở Giáo dục và Đào tạo tỉnh Đắk Lắk")
    wizard.next()
    people = wizard.currentPage()
    assert isinstance(people, PeoplePage)
    people.principal.setText("H'Ngọc Êban")
    people.deputies.setPlainText("Y Bhin Niê")
    wizard.next()
    campuses = wizard.currentPage()
    assert isinstance(campuses, CampusesPage)
    campuses.add_row("Điểm trường Buôn Trấp", "Buôn Trấp")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    with Repository.open(db) as repo:
        school = repo.get_school("TH65100007")
    assert school.receiving_offices == ["Phòng Văn hóa – Xã hội xã Ea Kar", "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk"]
    assert school.principal == "H'Ngọc Êban" and school.deputies == ["Y Bhin Niê"]
    assert [c.name for c in school.campuses] == ["Điểm trường chính", "Điểm trường Buôn Trấp"]
    assert school.campuses[0].is_main and len({c.code for c in school.campuses}) == 2
    assert window.home.heading.text() == "Trường Tiểu học Nơ Trang Lơng"


def test_a_page_with_a_missing_name_blocks_with_a_message(tmp_path, open_window, qtbot, user):
    """validatePage keeps the user on the page and says what is missing."""
    window = open_window(tmp_path / "new.sqlite3")
    wizard = _wizard(window, qtbot)
    wizard.next()
    page = wizard.currentPage()
    page.code.setText("TH1")
    wizard.next()
    assert wizard.currentPage() is page
    assert any("tên trường" in m for m in user.kinds("warn"))
    assert window.repo.list_schools() == []


def test_sample_school_opens_a_filled_example(tmp_path, open_window, qtbot):
    """"Mở trường mẫu" fills the empty data folder and opens the sample draft at once."""
    window = open_window(tmp_path / "new.sqlite3")
    wizard = _wizard(window, qtbot)
    wizard.currentPage().sample_button.click()
    assert not wizard.isVisible()
    assert window.session is not None and window.session.answers
    assert window.session.assessment.school_year == "2025-2026"


def test_wizard_buttons_are_in_vietnamese(tmp_path, open_window, qtbot):
    """Qt has no Vietnamese for wizard buttons: ours are set explicitly."""
    window = open_window(tmp_path / "new.sqlite3")
    wizard = _wizard(window, qtbot)
    texts = {wizard.buttonText(b).replace("&", "") for b in (
        QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton,
        QWizard.WizardButton.CancelButton)}
    assert texts == {"< Quay lại", "Tiếp >", "Xong", "Huỷ"}


def test_editing_an_existing_profile_keeps_the_code(demo_db, open_window, qtbot):
    """The profile button loads the school; the code cannot change; an edited place name is saved."""
    window = open_window(demo_db)
    window.go_home()
    code = window.home.school_code()
    window.home.profile_button.click()
    wizard = _wizard(window, qtbot)
    page = wizard.currentPage()
    assert isinstance(page, SchoolPage)
    assert page.code.text() == code and page.code.isReadOnly()
    page.place.setText("Buôn Ma Thuột")
    wizard.next()
    assert window.repo.get_school(code).place_name == "Buôn Ma Thuột"


def test_alt_keys_are_unique_on_every_wizard_page(tmp_path, open_window, qtbot):
    """On each page the wizard's buttons and the page's fields have different Alt+letters."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    window = open_window(tmp_path / "new.sqlite3")
    wizard = _wizard(window, qtbot)
    buttons = [wizard.buttonText(b) for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                                              QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)]
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        texts = buttons + [w.text() for w in page.findChildren(QAbstractButton)]
        texts += [w.text() for w in page.findChildren(QLabel) if w.buddy() is not None]
        keys = [m.group(1).lower() for t in texts if (m := re.search(r"&([^&\s])", t))]
        assert len(keys) >= len(buttons) - 1
        assert len(keys) == len(set(keys)), (type(page).__name__, sorted(keys))
