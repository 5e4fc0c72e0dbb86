"""The pages of the school-profile wizard (:mod:`papi_desktop.gui.wizard`), one class per page.

Each page loads its part of the profile the first time it is shown (``load``), says what is wrong before the user
goes on (``problem``) and writes its part into the profile being built (``store``); nothing here writes to the data
file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from papi_desktop.core.model import SCHOOL_CODE_RE, Campus, School
from papi_desktop.core.text import nfc
from papi_desktop.gui import dialogs
from papi_desktop.gui.widgets import Caption

if TYPE_CHECKING:
    from papi_desktop.gui.wizard import ProfileWizard

def normal_code(text: str) -> str:
    """A school code as stored: trimmed, upper case (``" th64300123x "`` → ``"TH64300123X"``)."""
    return nfc(text.strip()).upper()


def _line(form: QFormLayout, label: str, accessible: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    _row(form, label, edit)
    return edit


def _row(form: QFormLayout, label: str, field: QWidget) -> None:
    form.addRow(Caption(label, field), field)


def _form(page: QWizardPage) -> QFormLayout:
    form = QFormLayout(page)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [nfc(x.strip()) for x in edit.toPlainText().splitlines() if x.strip()]


class ProfilePage(QWizardPage):
    """Base: ``load(school)`` once, ``problem()`` before going on, ``store(school)`` at Finish."""

    def __init__(self, wizard: ProfileWizard):
        super().__init__()
        self.profile_wizard = wizard
        self.loaded = False

    def intro(self, text: str) -> QLabel:
        """The page's explanation under its title, wrapping onto every line it needs (QWizard's own subtitle keeps
        the height of the first page it was measured on and cuts longer ones off)."""
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def initializePage(self) -> None:  # only on the first visit (IndependentPages)
        self.load(self.profile_wizard.working())
        self.loaded = True

    def load(self, school: School) -> None:
        raise NotImplementedError

    def store(self, school: School) -> None:
        raise NotImplementedError

    def problem(self) -> str | None:
        return None

    def validatePage(self) -> bool:
        problem = self.problem()
        if problem:
            dialogs.warn(self, self.title(), problem)
            return False
        return True


class SchoolPage(ProfilePage):
    def __init__(self, wizard: ProfileWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Your school"))
        form = _form(self)
        form.addRow(self.intro(self.tr("As written on the school's documents.")))
        self.code = _line(form, self.tr("School &code:"), self.tr("School code"), self.tr("e.g. TH64300001"))
        self.name = _line(form, self.tr("School &name:"), self.tr("School name"),
                          self.tr("e.g. Trường Tiểu học Lê Lợi"))
        self.abbreviation = _line(form, self.tr("&Abbreviation on documents:"), self.tr("Abbreviation"),
                                  self.tr("e.g. THLL"))
        self.place = _line(form, self.tr("&Place name on documents:"), self.tr("Place name"),
                           self.tr("e.g. Ea Kar"))
        self.address = _line(form, self.tr("A&ddress:"), self.tr("Address"))
        self.code.editingFinished.connect(lambda: self.code.setText(normal_code(self.code.text())))

    def load(self, s: School) -> None:
        self.code.setText(s.code)
        self.code.setReadOnly(not self.profile_wizard.is_new)
        for edit, value in ((self.name, s.name), (self.abbreviation, s.abbreviation), (self.place, s.place_name),
                            (self.address, s.address)):
            edit.setText(value)

    def problem(self) -> str | None:
        code = normal_code(self.code.text())
        self.code.setText(code)
        if not SCHOOL_CODE_RE.match(code):
            return self.tr("Enter the school code: letters and digits only, 2 to 32 characters (e.g. TH64300001).")
        if self.profile_wizard.is_new and self.profile_wizard.code_taken(code):
            return self.tr("A school with the code %1 is already in this data file. Check the code, or cancel and "
                           "choose that school on the home page.").replace("%1", code)
        if not self.name.text().strip():
            return self.tr("Enter the school's name.")
        if not self.place.text().strip():
            return self.tr("Enter the place name used on documents (e.g. Ea Kar).")
        return None

    def store(self, s: School) -> None:
        s.code = normal_code(self.code.text())
        s.name = nfc(self.name.text().strip())
        s.abbreviation = nfc(self.abbreviation.text().strip())
        s.place_name = nfc(self.place.text().strip())
        s.address = nfc(self.address.text().strip())


class UnitPage(ProfilePage):
    """The commune or ward the school belongs to (the office groups schools by it) and the school's size."""

    def __init__(self, wizard: ProfileWizard):
        super().__init__(wizard)
        from papi_desktop.gui.i18n import sort_vi
        from papi_desktop.units import unit_list

        units = unit_list()
        self.setTitle(self.tr("Commune or ward, and size"))
        form = _form(self)
        form.addRow(self.intro(self.tr("The report's «Scale» line and the receiving office's summaries use these.")))
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit.addItems(sort_vi(list(units.names)))
        self.unit.setCurrentIndex(-1)
        self.unit.setAccessibleName(self.tr("Commune or ward"))
        self.unit.lineEdit().setPlaceholderText(self.tr("e.g. xã Ea Kar"))
        completer = QCompleter(self.unit.model(), self.unit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.unit.setCompleter(completer)
        _row(form, self.tr("Co&mmune or ward:"), self.unit)
        self.unit_note = QLabel(self.tr("The list holds the %1 communes and wards of %2 since %3. A school elsewhere "
                                        "types the name.").replace("%1", str(len(units.names)))
                                .replace("%2", units.province).replace("%3", "1/7/2025"))
        self.unit_note.setWordWrap(True)
        self.unit_note.setToolTip(units.source)
        form.addRow(self.unit_note)
        self.body = _line(form, self.tr("Supervising &body:"), self.tr("Supervising body"),
                          self.tr("e.g. UBND XÃ EA KAR"))
        self.unit.currentTextChanged.connect(self._suggest_body)
        self.counts: dict[str, QSpinBox] = {}
        for key, label, accessible in (
            ("classes", self.tr("C&lasses:"), self.tr("Number of classes")),
            ("pupils", self.tr("P&upils:"), self.tr("Number of pupils")),
            ("teachers", self.tr("&Teachers:"), self.tr("Number of teachers")),
            ("staff", self.tr("Managers and other staf&f:"), self.tr("Number of managers and other staff")),
        ):
            spin = QSpinBox()
            spin.setRange(0, 20000)
            spin.setAccessibleName(accessible)
            spin.setSpecialValueText("–")
            _row(form, label, spin)
            self.counts[key] = spin

    def _suggest_body(self, unit: str) -> None:
        """Fill the supervising body from the commune while the user has not typed one of their own."""
        suggested = self.property("suggested_body") or ""
        if self.body.text() in ("", suggested):
            value = f"UBND {unit.strip()}".upper() if unit.strip() else ""
            self.body.setText(value)
            self.setProperty("suggested_body", value)

    def load(self, s: School) -> None:
        self.unit.setCurrentText(s.unit_name)  # suggests a supervising body
        if s.supervising_body:
            self.body.setText(s.supervising_body)
        for key, spin in self.counts.items():
            spin.setValue(int(s.stats.get(key) or 0))

    def problem(self) -> str | None:
        if not self.unit.currentText().strip():
            return self.tr("Choose or type the commune or ward the school belongs to.")
        if not self.body.text().strip():
            return self.tr("Enter the supervising body (e.g. UBND XÃ EA KAR).")
        missing = [key for key in ("classes", "pupils", "teachers") if not self.counts[key].value()]
        if missing:
            return self.tr("Enter the number of classes, pupils and teachers (the report prints them).")
        return None

    def store(self, s: School) -> None:
        name = nfc(self.unit.currentText().strip())
        if name != s.unit_name:
            s.unit_code = ""  # a code belongs to the unit it came with
        s.unit_name = name
        s.supervising_body = nfc(self.body.text().strip())
        s.stats = {**s.stats, **{key: spin.value() for key, spin in self.counts.items()}}


class OfficesPage(ProfilePage):
    def __init__(self, wizard: ProfileWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Receiving offices"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro(self.tr("The offices the report is sent to, one per line (since 1 July 2025 "
                                            "usually the commune People's Committee and the provincial Department "
                                            "of Education).")))
        self.offices = QPlainTextEdit()
        self.offices.setTabChangesFocus(True)
        self.offices.setAccessibleName(self.tr("Receiving offices, one per line"))
        layout.addWidget(self.offices)

    def load(self, s: School) -> None:
        offices = list(s.receiving_offices)
        if not offices and s.unit_name:  # a first suggestion (names printed on the Vietnamese report, not UI text)
            from papi_desktop.units import unit_list

            offices = [f"Phòng Văn hóa – Xã hội {s.unit_name}", f"Sở Giáo dục và Đào tạo tỉnh {unit_list().province}"]
        self.offices.setPlainText("\n".join(offices))

    def problem(self) -> str | None:
        return None if _lines(self.offices) else self.tr("Enter at least one receiving office.")

    def store(self, s: School) -> None:
        s.receiving_offices = _lines(self.offices)


class PeoplePage(ProfilePage):
    def __init__(self, wizard: ProfileWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Principal and deputies"))
        form = _form(self)
        self.principal = _line(form, self.tr("&Principal:"), self.tr("Principal's full name"))
        self.deputies = QPlainTextEdit()
        self.deputies.setTabChangesFocus(True)
        self.deputies.setAccessibleName(self.tr("Deputy principals, one per line"))
        _row(form, self.tr("&Deputies (one per line):"), self.deputies)

    def load(self, s: School) -> None:
        self.principal.setText(s.principal)
        self.deputies.setPlainText("\n".join(s.deputies))

    def problem(self) -> str | None:
        return None if self.principal.text().strip() else self.tr("Enter the principal's full name.")

    def store(self, s: School) -> None:
        s.principal = nfc(self.principal.text().strip())
        s.deputies = _lines(self.deputies)


class CampusesPage(ProfilePage):
    def __init__(self, wizard: ProfileWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Campuses"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro(self.tr("The main campus first, then each satellite campus (điểm trường).")))
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(self.tr("Campuses"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Address")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add campus"))
        self.remove_button = QPushButton(self.tr("&Remove campus"))
        self.add_button.clicked.connect(lambda: self.add_row("", ""))
        self.remove_button.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)

    def add_row(self, name: str, address: str, code: str | None = None) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(name))
        self.table.setItem(r, 1, QTableWidgetItem(address))
        self.table.item(r, 0).setData(Qt.ItemDataRole.UserRole, code)

    def load(self, s: School) -> None:
        self.table.setRowCount(0)
        for c in s.campuses or [Campus("chinh", self.tr("Main campus"), True, s.address)]:
            self.add_row(c.name, c.address, c.code)

    def _rows(self) -> list[tuple[str, str, str | None]]:
        out = []
        for r in range(self.table.rowCount()):
            name = (self.table.item(r, 0).text() if self.table.item(r, 0) else "").strip()
            address = (self.table.item(r, 1).text() if self.table.item(r, 1) else "").strip()
            code = self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) if self.table.item(r, 0) else None
            if name:
                out.append((nfc(name), nfc(address), code))
        return out

    def problem(self) -> str | None:
        return None if self._rows() else self.tr("Enter at least the main campus.")

    def store(self, s: School) -> None:
        used = {code for _n, _a, code in self._rows() if code}
        campuses = []
        for i, (name, address, code) in enumerate(self._rows()):
            if not code:
                n = 1
                while f"diem-{n}" in used:
                    n += 1
                code = "chinh" if i == 0 and "chinh" not in used else f"diem-{n}"
                used.add(code)
            campuses.append(Campus(code, name, i == 0, address))
        s.campuses = campuses


