"""Window sizes that fit: never larger than the screen's free area, never so narrow that the title is cut short."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QWidget

#: room the title bar needs beside the text (icon, minimise / maximise / close buttons), in average characters
_TITLE_BAR_CHARS = 18


def available_size(widget: QWidget | None = None) -> tuple[int, int]:
    """Width and height of the free area (without the taskbar) of the screen ``widget`` is on, or the primary."""
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    if screen is None:
        return 1366, 728
    area = screen.availableGeometry()
    return area.width(), area.height()


def fit_to_screen(window: QWidget, width: int, height: int, margin: int = 16) -> None:
    """Resize ``window`` to ``width`` × ``height``, shrunk to the screen's free area (less the window frame)."""
    free_w, free_h = available_size(window)
    frame = window.fontMetrics().height() * 2  # title bar and borders, drawn by the system around the window
    window.resize(max(200, min(width, free_w - margin)), max(150, min(height, free_h - frame - margin)))


def title_width(widget: QWidget) -> int:
    """Width the window title needs on the title bar (bold system font, as most window managers draw it)."""
    font = QFont(widget.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    return metrics.horizontalAdvance(widget.windowTitle()) + metrics.averageCharWidth() * _TITLE_BAR_CHARS


def fit_to_title(dialog: QWidget) -> None:
    """Make ``dialog`` at least as wide as its title needs, so the title bar does not cut it short."""
    free_w, _ = available_size(dialog)
    dialog.setMinimumWidth(min(free_w - 32, max(dialog.minimumWidth(), title_width(dialog))))


def fit_height(dialog: QWidget, width: int) -> None:
    """Resize ``dialog`` to ``width`` and the height its wrapped texts need at that width."""
    layout = dialog.layout()
    height = layout.totalHeightForWidth(width) if layout is not None and layout.hasHeightForWidth() else -1
    dialog.resize(width, height if height > 0 else dialog.sizeHint().height())
