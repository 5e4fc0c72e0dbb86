"""Office dashboard in the GUI: model reset + first paint (+ sort by name) over up to 15,000 schools.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_dashboard_gui.py [--schools 30] [--sizes 1000,5000,15000]

A real office database is made first: ``demo --schools N`` → export every finalised assessment → import (the
same path an office takes). Its dashboard rows are then repeated with new codes and names up to each size (the
model reads only the rows, so this measures the screen, not the query: the query is measured by the exchange
room's ``bench_import.py``, ≈ 110–150 ms for 10,000 schools). Each size is timed against a baseline measured in
the same run: a bare ``QTableView`` over a model of the same shape whose cells are a constant string.
Times are medians of ``--runs``; printed as ms, µs per row, and the ratio to the baseline.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _office_dashboard(schools: int, work: Path):
    from papi_desktop.demo import make_demo
    from papi_desktop.exchange.dashboard import dashboard
    from papi_desktop.exchange.importer import import_paths
    from papi_desktop.exchange.writer import export_all
    from papi_desktop.storage.repository import Repository

    with Repository.open(work / "truong.sqlite3") as repo:
        make_demo(repo, schools=schools, seed=7)
        export_all(repo, work / "nhan")
    office = Repository.open(work / "phong.sqlite3")
    import_paths(office, [work / "nhan"], workers=1)
    start = time.perf_counter()
    d = dashboard(office)
    query_ms = (time.perf_counter() - start) * 1000
    return office, d, query_ms


def _grown(d, size: int):
    """A copy of dashboard ``d`` with ``size`` rows (the real rows repeated under new codes and names)."""
    import copy

    from papi_desktop.core.text import vi_sort_key

    out = copy.copy(d)
    base = d.rows
    rows = [base[i % len(base)]._replace(school_code=f"TH{i:08d}", school_name=f"{base[i % len(base)].school_name} "
                                                                                 f"số {i}") for i in range(size)]
    rows.sort(key=lambda r: vi_sort_key(r.school_name))
    out.rows = rows
    return out


def _first_paint(app, view, reset) -> float:
    start = time.perf_counter()
    reset()
    view.viewport().repaint()
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schools", type=int, default=30)
    parser.add_argument("--sizes", default="1000,5000,15000")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

    from papi_desktop.gui.app import _application
    from papi_desktop.gui.i18n import install_language
    from papi_desktop.gui.office.dashboard_view import DashboardPanel

    app = _application()
    install_language("vi")
    work = Path(tempfile.mkdtemp(prefix="papi-bench-dash-"))
    office, d, query_ms = _office_dashboard(args.schools, work)
    print(f"real office database: {len(d.rows)} schools, {len(d.columns)} criteria; dashboard query {query_ms:.1f} ms")

    class Constant(QAbstractTableModel):
        def __init__(self, rows: int, cols: int):
            super().__init__()
            self.rows, self.cols = rows, cols

        def rowCount(self, parent=QModelIndex()):  # noqa: B008
            return self.rows

        def columnCount(self, parent=QModelIndex()):  # noqa: B008
            return self.cols

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return "✓" if role == Qt.ItemDataRole.DisplayRole else None

        def reset(self):
            self.beginResetModel()
            self.endResetModel()

    panel = DashboardPanel(office)
    panel.resize(1200, 760)
    panel.show()
    panel.refresh()
    app.processEvents()
    print(f"{'rows':>7} {'reset+paint ms':>15} {'µs/row':>8} {'baseline ms':>12} {'ratio':>6} {'sort by name ms':>16}")
    for size in map(int, args.sizes.split(",")):
        grown = _grown(d, size)
        from PySide6.QtWidgets import QTableView

        base_view = QTableView()
        base_model = Constant(size, len(d.columns) + 4)
        base_view.setModel(base_model)
        base_view.resize(1200, 560)
        base_view.show()
        base, ours, sort = [], [], []
        for _ in range(args.runs):
            base.append(_first_paint(app, base_view, base_model.reset))
            ours.append(_first_paint(app, panel.table, lambda g=grown: panel.model.set_dashboard(g)))
            start = time.perf_counter()
            panel.model.sort(1)
            panel.table.viewport().repaint()
            sort.append((time.perf_counter() - start) * 1000)
        b, o, s = statistics.median(base), statistics.median(ours), statistics.median(sort)
        print(f"{size:>7} {o:>15.1f} {1000 * o / size:>8.2f} {b:>12.1f} {o / b:>6.2f} {s:>16.1f}")
        base_view.close()
    panel.close()
    office.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
