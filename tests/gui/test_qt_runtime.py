"""The Qt binding the app is installed with: known-bad builds are kept out (pyproject) and detected here."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    progressed = Signal(int, int)
    done = Signal()


def test_emitting_signals_keeps_pythons_reference_counts(qapp):
    """PySide6 6.12.0 drops a reference to ``True`` on every ``Signal.emit()``. On Python 3.11 the app then aborts
    ("bool_dealloc: deallocating True or False") after a few hundred signals — at the office, part-way through
    importing a folder of files (one progress signal per file). pyproject keeps that build out; this fails if a
    build with the same fault is installed again."""
    emitter = _Emitter()
    before = sys.getrefcount(True), sys.getrefcount(False)
    for i in range(50):
        emitter.progressed.emit(i, 50)
        emitter.done.emit()
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert abs(after[0] - before[0]) < 20 and abs(after[1] - before[1]) < 20, (before, after)
