"""Helpers for the office GUI tests."""

from __future__ import annotations


def run_import(qtbot, window, paths, dry_run: bool = False):
    """Start an import the way the folder button does and wait until the worker has ended."""
    panel = window.import_panel
    panel.dry_run.setChecked(dry_run)
    with qtbot.waitSignal(panel.finished, timeout=60000) as blocker:
        panel.start([str(p) for p in paths])
    qtbot.waitUntil(lambda: not panel.running(), timeout=10000)
    return blocker.args[0]
