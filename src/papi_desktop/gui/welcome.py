"""The first hour: the welcome panel that asks who you are, and the banner that marks the sample data.

The home page shows :class:`WelcomePanel` while the data file holds no school: "Trường của tôi" (the profile
wizard), "Cơ quan tổng hợp" (the receiving office's window) or "Xem thử với dữ liệu mẫu" (the sample data, in a file
of its own). :class:`SampleBanner` sits above every window opened on the sample data.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCommandLinkButton, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

#: repository setting: the role chosen at the first start ("school" or "office")
ROLE_KEY = "gui.role"
SCHOOL, OFFICE = "school", "office"


class WelcomePanel(QWidget):
    """Three ways in; each emits its signal (the main window does the work)."""

    school_requested = Signal()
    office_requested = Signal()
    sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Welcome! Who will use the program on this computer?"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        intro = QLabel(self.tr("The program helps a primary school assess itself against the criteria for raising "
                               "the PAPI index, and helps the receiving office aggregate the schools' reports. "
                               "Choose one; you can do the others later."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.school_button = self._choice(
            self.tr("My &school"),
            self.tr("Enter the school's profile (a few minutes), then assess each criterion, print the report and "
                    "export the data file for the receiving office."))
        self.office_button = self._choice(
            self.tr("Receiving &office"),
            self.tr("Commune or ward People's Committee, Department of Education: import the data files the schools "
                    "sent, see the summary table, make the summary report. Later: File → Aggregation."))
        self.sample_button = self._choice(
            self.tr("Try it with &sample data"),
            self.tr("Opens six filled-in sample schools in a separate file: your own data is not touched, and "
                    "nothing made from the sample can be sent."))
        self.school_button.clicked.connect(self.school_requested)
        self.office_button.clicked.connect(self.office_requested)
        self.sample_button.clicked.connect(self.sample_requested)
        for b in (self.school_button, self.office_button, self.sample_button):
            layout.addWidget(b)
        layout.addStretch(1)

    @staticmethod
    def _choice(title: str, description: str) -> QCommandLinkButton:
        button = QCommandLinkButton(title, description)
        font = QFont(button.font())
        font.setPointSizeF(button.font().pointSizeF())  # set on the button: else Qt draws it at 9 pt whatever the
        button.setFont(font)                            # text size chosen in the settings
        button.setAccessibleName(title.replace("&", ""))
        button.setAccessibleDescription(description)
        return button


def window_title(title: str, sample: bool) -> str:
    """A window's title, marked "— DỮ LIỆU MẪU" when it shows the sample data."""
    return QCoreApplication.translate("SampleBanner", "%1 — SAMPLE DATA").replace("%1", title) if sample else title


class SampleBanner(QFrame):
    """"DỮ LIỆU MẪU" across the top of a window on the sample data; ``leave_requested`` from its button (shown only
    when ``can_leave``)."""

    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, can_leave: bool = True):
        super().__init__(parent)
        self.setObjectName("sampleBanner")
        self.setStyleSheet("#sampleBanner { background: #fff3c4; border: 2px solid #b26a00; }"
                           "#sampleBanner QLabel { color: #000000; }")
        layout = QHBoxLayout(self)
        mark = QLabel(self.tr("SAMPLE DATA"))
        font = mark.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        mark.setFont(font)
        self.text = QLabel(self.tr("For trying the program only. Reports printed from it carry «SAMPLE DATA»; "
                                   "no data file can be exported from it. Your own data is kept separately."))
        self.text.setWordWrap(True)
        layout.addWidget(mark)
        layout.addWidget(self.text, 1)
        self.leave_button = QPushButton(self.tr("Back to &my data"))
        self.leave_button.clicked.connect(self.leave_requested)
        self.leave_button.setVisible(can_leave)
        layout.addWidget(self.leave_button)
        self.setAccessibleName(mark.text())
