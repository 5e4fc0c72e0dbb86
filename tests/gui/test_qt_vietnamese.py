"""Qt's own texts are Vietnamese under the app's translator: text fields' right-click menus, message boxes, the file
dialog Qt draws where the system has none."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QMessageBox, QPlainTextEdit

from papi_desktop.gui.i18n import install_language

ENGLISH = re.compile(r"\b(Undo|Redo|Cut|Copy|Paste|Delete|Select All|Look in|File name|Files of type|Cancel|OK|"
                     r"Open|Save|Show Details|Detail View|List View|Back|Forward)\b")


@pytest.fixture
def vietnamese(qapp):
    install_language("vi")
    yield
    install_language("vi")


def _menu_texts(widget) -> list[str]:
    menu = widget.createStandardContextMenu()
    try:
        return [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if not a.isSeparator()]
    finally:
        menu.deleteLater()


def test_a_text_fields_right_click_menu_is_vietnamese(vietnamese, qtbot):
    """QLineEdit's menu: Hoàn tác, Làm lại, Cắt, Sao chép, Dán, Xoá, Chọn tất cả — no English word."""
    edit = QLineEdit("Trường Tiểu học Lê Lợi")
    qtbot.addWidget(edit)
    assert _menu_texts(edit) == ["Hoàn tác", "Làm lại", "Cắt", "Sao chép", "Dán", "Xoá", "Chọn tất cả"]


def test_a_multi_line_fields_right_click_menu_is_vietnamese(vietnamese, qtbot):
    """QPlainTextEdit (receiving offices, notes) uses QWidgetTextControl's menu: Vietnamese too."""
    edit = QPlainTextEdit("Sở Giáo dục và Đào tạo")
    qtbot.addWidget(edit)
    texts = _menu_texts(edit)
    assert {"Hoàn tác", "Sao chép", "Dán", "Chọn tất cả"} <= set(texts)
    assert not [t for t in texts if ENGLISH.search(t)]


def test_in_english_the_menu_is_english(qapp, qtbot):
    """The same menu follows the language setting (English UI: Qt's English)."""
    install_language("en")
    try:
        edit = QLineEdit("x")
        qtbot.addWidget(edit)
        assert "Undo" in _menu_texts(edit)
    finally:
        install_language("vi")


def test_qts_file_dialog_is_vietnamese(vietnamese, qtbot, tmp_path):
    """Qt's own file dialog (used where the system has no native one): labels and buttons in Vietnamese."""
    dialog = QFileDialog(None, "Lưu báo cáo", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {w.text().replace("&", "") for w in dialog.findChildren(QLabel) if w.isVisible() and w.text()}
    assert {"Tìm trong:", "Tên tệp:", "Kiểu tệp:"} <= labels
    buttons = {b.text().replace("&", "") for box in dialog.findChildren(QDialogButtonBox) for b in box.buttons()}
    assert buttons == {"Lưu", "Huỷ"}
    assert not [t for t in labels | buttons if ENGLISH.search(t)]


def test_message_box_buttons_and_details_are_vietnamese(vietnamese, qtbot):
    """Standard buttons and "Show Details..." of a QMessageBox come from our translation."""
    box = QMessageBox(QMessageBox.Icon.Information, "Tiêu đề", "Nội dung",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    box.setDetailedText("chi tiết")
    qtbot.addWidget(box)
    box.show()
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert {"Đồng ý", "Huỷ", "Xem chi tiết..."} <= texts


def test_the_native_dialog_is_used_where_the_system_has_one(qapp):
    """Nothing turns the platform's native file dialogs off (Windows' own dialog is in the system's language)."""
    from PySide6.QtCore import Qt

    assert not qapp.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    gui = Path(__file__).parents[2] / "src" / "papi_desktop" / "gui"
    source = "".join(p.read_text(encoding="utf-8") for p in gui.rglob("*.py"))
    assert "DontUseNativeDialog" not in source
