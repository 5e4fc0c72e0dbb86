"""Layout checks that see what a user sees: text cut off, a widget that needs sideways scrolling, a window larger
than the screen. ``problems(widget)`` works in any GUI test; run as a script this module renders the app's windows
and dialogs (:data:`SCREENS`) at 100/125/150 % on a 1366×768 screen, saves each as a PNG and prints what is wrong:

    python tests/gui/layout.py --out /tmp/layout

(the script starts itself again on a 1366×768 offscreen screen; ``--quick`` checks the hundreds of criterion pages
without saving each). ``tests/gui/test_layout.py`` runs it. The screens are in :mod:`tests.gui.layout_screens` (the
windows and dialogs) and :mod:`tests.gui.layout_pages` (every criterion page); to check more, add a generator to
:data:`SCREENS` that yields ``(name, widget)`` for each state to look at, with the widget shown.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if __name__ == "__main__":  # run as a script: the app and the other layout modules from this checkout
    sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from tests.gui import layout_screens as screens  # noqa: E402
from tests.gui.layout_pages import criterion_pages  # noqa: E402
from tests.gui.layout_screens import SCREEN, TASKBAR  # noqa: E402

ZOOMS = (100, 125, 150)
#: item views whose many columns scroll sideways by design (accessible names, in Vietnamese and English)
WIDE_TABLES = {"Các trường và tiêu chí", "Kết quả của từng tệp", "Câu trả lời và kết quả", "Các xung đột",
               "Ý kiến cha mẹ theo trường", "Ý kiến cha mẹ theo đơn vị",
               "Schools and criteria", "Result of each file", "Answers and results", "Conflicts",
               "Parents' answers by school", "Parents' answers by unit"}


def _name(w) -> str:
    for attr in ("text", "windowTitle", "accessibleName"):
        value = getattr(w, attr, None)
        if callable(value) and isinstance(value(), str) and value():
            return f"{type(w).__name__} «{value()[:60]}»"
    return type(w).__name__


def _in_scrolled_content(w) -> bool:
    """Inside a scroll area's content (the content's width is checked as sideways scrolling instead)."""
    from PySide6.QtWidgets import QAbstractScrollArea

    p = w.parentWidget()
    while p is not None:
        area = p.parentWidget()
        if isinstance(area, QAbstractScrollArea) and p is area.viewport():
            return True
        p = area
    return False


def _shown_children(widget) -> Iterator:
    """The widgets shown inside ``widget``'s window (a hidden one's children are not walked: quick for a window
    that keeps dozens of pages in a stack)."""
    from PySide6.QtWidgets import QWidget

    todo = [widget]
    while todo:
        try:
            children = todo.pop().children()
        except RuntimeError:  # deleted meanwhile (e.g. a file dialog's transient parts)
            continue
        for child in children:
            if isinstance(child, QWidget) and not child.isWindow() and not child.isHidden():
                yield child
                todo.append(child)


def problems(widget, *, sideways_ok: Callable[[object], bool] | None = None) -> list[str]:
    """What does not fit in ``widget`` (a shown window or dialog) and its children, one sentence each:

    * a label whose text needs more room than it has (wrapped: more height; on one line: more width), or a caption
      with a shortcut letter that Qt draws on two lines in a row one line high;
    * a button or check box whose text is wider than the button; a list box whose chosen text is cut short;
    * an item of a list or tree whose text is cut short ("…"); a tab whose title is cut short;
    * a scroll area (a page, a form, a list) that scrolls sideways — unless ``sideways_ok(view)`` (default: the
      tables of :data:`WIDE_TABLES`);
    * a child that sticks out of its parent (so it is cut off), outside scrolled content;
    * the window larger than a 1366×768 screen's free area.
    """
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractScrollArea,
        QComboBox,
        QCommandLinkButton,
        QLabel,
        QListView,
        QStyle,
        QStyleOptionComboBox,
        QTabBar,
        QToolButton,
        QTreeView,
    )

    sideways_ok = sideways_ok or (lambda view: view.accessibleName() in WIDE_TABLES)
    out = []
    if widget.isWindow():
        frame = widget.frameGeometry()
        free_w, free_h = SCREEN[0], SCREEN[1] - TASKBAR
        if frame.width() > free_w or frame.height() > free_h:
            out.append(f"{_name(widget)} is {frame.width()}×{frame.height()}, larger than the free area of a "
                       f"1366×768 screen ({free_w}×{free_h})")
    for w in _shown_children(widget):
        if w.width() <= 0:
            continue
        if isinstance(w, QLabel) and w.text() and (w.pixmap() is None or w.pixmap().isNull()):
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + 1:
                    out.append(f"{_name(w)} needs {need} px of height, has {w.height()}")
                elif _shortcut_width(w) > w.contentsRect().width() and need < 2 * w.fontMetrics().height():
                    out.append(f"{_name(w)} is drawn on two lines ({_shortcut_width(w):.1f} px wide with its "
                               f"underlined letter) where it has room for one ({w.contentsRect().width()} px)")
            elif w.minimumSizeHint().width() > w.width() + 1 or w.fontMetrics().height() > w.height() + 1:
                out.append(f"{_name(w)} needs {w.minimumSizeHint().width()}×{w.fontMetrics().height()} px, has "
                           f"{w.width()}×{w.height()}")
        elif isinstance(w, QCommandLinkButton):
            if w.heightForWidth(w.width()) > w.height() + 1:
                out.append(f"{_name(w)} needs {w.heightForWidth(w.width())} px of height, has {w.height()}")
        elif isinstance(w, QAbstractButton) and not isinstance(w, QToolButton) and w.text():
            if w.sizeHint().width() > w.width() + 1:
                out.append(f"{_name(w)} needs {w.sizeHint().width()} px of width, has {w.width()}")
        elif isinstance(w, QComboBox) and not w.isEditable() and w.currentText():
            option = QStyleOptionComboBox()
            w.initStyleOption(option)
            field = w.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, w)
            need = w.fontMetrics().horizontalAdvance(w.currentText())
            if need > field.width() + 1:
                out.append(f"{_name(w)} shows «{w.currentText()}» in {field.width()} px, needs {need}")
        elif isinstance(w, QTabBar):
            out += [f"{_name(w)}: tab «{w.tabText(i)}» is cut short or hidden" for i in range(w.count())
                    if w.tabRect(i).width() + 1 < w.tabSizeHint(i).width() or w.tabRect(i).right() > w.width() + 1]
        if isinstance(w, (QListView, QTreeView)) and not sideways_ok(w) and not _file_dialog_sidebar(w):
            out += _cut_items(w)
        if isinstance(w, QAbstractScrollArea) and not (isinstance(w, QAbstractItemView) and sideways_ok(w)):
            bar = w.horizontalScrollBar()
            if bar.maximum() > 0:
                out.append(f"{_name(w)} scrolls sideways by {bar.maximum()} px")
        parent = w.parentWidget()
        if parent is not None and not w.isWindow() and not _in_scrolled_content(w) \
                and not isinstance(parent, QAbstractScrollArea):
            g = w.geometry()
            if g.right() > parent.width() + 1 or g.bottom() > parent.height() + 1:
                out.append(f"{_name(w)} sticks out of {_name(parent)} (to {g.right()}, {g.bottom()} in "
                           f"{parent.width()}×{parent.height()})")
    return out


def _shortcut_width(label) -> float:
    """How wide a caption with a shortcut letter ("&Tên trường:") is drawn on one line: Qt draws the underlined
    letter apart from its neighbours (no kerning across it), so wider than it measures the text (0: no letter)."""
    from PySide6.QtGui import QFontMetricsF

    text = label.text()
    at = text.replace("&&", "\0\0").find("&")
    if label.buddy() is None or at < 0 or at + 1 >= len(text):
        return 0.0
    metrics = QFontMetricsF(label.font())
    before, letter, after = text[:at].replace("&&", "&"), text[at + 1], text[at + 2:].replace("&&", "&")
    return metrics.horizontalAdvance(before) + metrics.horizontalAdvance(letter) + metrics.horizontalAdvance(after)


def _file_dialog_sidebar(view) -> bool:
    """The side bar of Qt's own file dialog (shown only where the system has no file dialog of its own): Qt sizes
    it, and cuts "Máy tính" short at large text sizes."""
    from PySide6.QtWidgets import QFileDialog

    return view.objectName() == "sidebar" and isinstance(view.window(), QFileDialog)


def _cut_items(view) -> list[str]:
    """The items of a list or tree (column 0) in sight whose text does not fit the room the view gives it."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFont, QFontMetrics, QIcon
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTreeView

    model, style, out = view.model(), view.style(), []
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    todo = [view.rootIndex()]
    while todo and model is not None:
        parent = todo.pop()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if isinstance(view, QTreeView) and view.isExpanded(index):
                todo.append(index)
            text, rect = index.data(Qt.ItemDataRole.DisplayRole), view.visualRect(index)
            if not isinstance(text, str) or not text or not rect.intersects(view.viewport().rect()):
                continue
            option = QStyleOptionViewItem()
            option.rect, option.text, option.font = rect, text, index.data(Qt.ItemDataRole.FontRole) or view.font()
            option.features = QStyleOptionViewItem.ViewItemFeature.HasDisplay
            icon = index.data(Qt.ItemDataRole.DecorationRole)
            if isinstance(icon, QIcon) and not icon.isNull():
                option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
                option.decorationSize = view.iconSize() if view.iconSize().isValid() else rect.size()
            room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view).adjusted(margin, 0,
                                                                                                        -margin, 0)
            metrics = QFontMetrics(QFont(option.font))
            if view.wordWrap():
                need = metrics.boundingRect(QRect(0, 0, room.width(), 100000), Qt.TextFlag.TextWordWrap, text)
                cut = need.height() > room.height() + 1 or need.width() > room.width() + 1
            else:
                cut = metrics.horizontalAdvance(text) > room.width() + 1
            if cut:
                out.append(f"{_name(view)}: item «{text[:60]}» is cut short ({room.width()}×{room.height()} px)")
    return out


def settle(widget) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(2):
        QApplication.processEvents()


SCREENS: dict[str, Callable[[Path], Iterator]] = {
    "first_start": screens.first_start, "principal": screens.principal, "dialogs": screens.principal_dialogs,
    "wizard": screens.wizard, "office": screens.office, "review_loop": screens.review_loop,
    "parents": screens.parents,
    "criterion_pages": criterion_pages,
}


#: (language, zoom) of each pass over the screens: English (longer texts in places) at the largest text size
PASSES = (*(("vi", z) for z in ZOOMS), ("en", ZOOMS[-1]))
#: screens with hundreds of states: without ``--quick`` only, each state is also saved as a PNG
MANY = {"criterion_pages"}


def run(out: Path, passes=PASSES, screens=None, quick: bool = False) -> dict[str, list[str]]:
    """Render every screen in every pass into ``out`` (PNG, ``name-zoom.png``, ``name-en-zoom.png`` in English);
    returns ``{"name@zoom" or "name@en-zoom": [problems]}``. ``quick``: no PNG of the :data:`MANY` screens."""
    from PySide6.QtWidgets import QApplication

    from papi_desktop.gui.app import _application
    from papi_desktop.gui.prefs import UiPrefs
    from papi_desktop.sample import ensure_sample_db

    app = _application()
    out.mkdir(parents=True, exist_ok=True)
    results = {}
    for language, zoom in passes:
        tag = str(zoom) if language == "vi" else f"{language}-{zoom}"
        work = Path(tempfile.mkdtemp(prefix=f"layout-{tag}-"))
        os.environ["PAPI_DATA_DIR"] = str(work)
        UiPrefs().language = language
        UiPrefs().zoom = zoom
        ensure_sample_db(work / "papi-mau.sqlite3")
        for key in screens or SCREENS:
            for name, widget in SCREENS[key](work):
                settle(widget)
                results[f"{name}@{tag}"] = problems(widget)
                if not (quick and key in MANY):
                    widget.grab().save(str(out / f"{name}-{tag}.png"))
            for w in QApplication.topLevelWidgets():
                w.close()
                w.deleteLater()
            app.processEvents()
    return results


def screen_config(folder: Path) -> str:
    """``QT_QPA_PLATFORM`` for an offscreen screen of 1366×768 (Qt's offscreen plugin reads a JSON file)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "screen-1366x768.json"
    path.write_text(json.dumps({"screens": [{"name": "1366x768", "x": 0, "y": 0, "width": SCREEN[0],
                                             "height": SCREEN[1], "logicalDpi": 96, "logicalBaseDpi": 96,
                                             "dpr": 1}]}))
    return f"offscreen:configfile={path}"


def run_in_screen(out: Path, screens=None, quick: bool = False) -> dict[str, list[str]]:
    """Run :func:`run` in a fresh process whose (offscreen) screen is 1366×768."""
    env = dict(os.environ, QT_QPA_PLATFORM=screen_config(out), PYTHONPATH=str(ROOT / "src"))
    args = [sys.executable, __file__, "--out", str(out), "--here", *(["--screens", ",".join(screens)] if screens
                                                                        else []), *(["--quick"] if quick else [])]
    done = subprocess.run(args, env=env, capture_output=True, text=True, encoding="utf-8", timeout=1800)
    if done.returncode:
        raise RuntimeError(done.stderr[-4000:])
    return json.loads(done.stdout.splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--screens", default="")
    parser.add_argument("--quick", action="store_true", help="check the criterion pages without saving them")
    parser.add_argument("--here", action="store_true", help="run in this process (the screen is set up already)")
    args = parser.parse_args()
    screens = [s for s in args.screens.split(",") if s] or None
    if not args.here:
        found = run_in_screen(args.out, screens, args.quick)
        for name, lines in found.items():
            for line in lines:
                print(f"{name}: {line}")
        return 1 if any(found.values()) else 0
    print(json.dumps(run(args.out, screens=screens, quick=args.quick), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
