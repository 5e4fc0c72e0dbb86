"""Memory of the office window while a clerk imports the schools' files and writes the summaries.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_office_memory.py [--files 300] [--runs 3] [--compare SRC]

The schools' ``.papi`` files are made once (sample schools, ``--files`` of their finalised assessments exported,
one per school and year). Each run is a
fresh process that does what a clerk does: open the office window on an empty office database, import the folder
through the import tab (its worker thread and reading processes), look at the dashboard, then write the summary as
Excel and as PDF through the summary tab. After each step it prints the process's resident memory (``VmRSS``) and
its high-water mark (``VmHWM``); the reading processes are separate processes and not counted. The baseline is the
same window before anything is imported. ``--compare SRC`` runs another checkout's ``src/`` the same way,
interleaved.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src"

CLERK = r"""
import os, sys, time
from pathlib import Path
def mem():
    status = open("/proc/self/status").read()
    return [int(status.split(k + ":")[1].split()[0]) / 1024 for k in ("VmRSS", "VmHWM")]
def step(name):
    print(name, *mem(), flush=True)
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from papi_desktop.gui import actions, dialogs
from papi_desktop.gui.office import create_office_window
folder, db, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
window = create_office_window(db)
window.show()
app.processEvents()
step("office window shown")
window.tabs.setCurrentWidget(window.import_panel)
window.import_panel.start([str(folder)])
while window.import_panel.running():
    app.processEvents()
    time.sleep(0.01)
app.processEvents()
step(f"{len(window.import_panel.results)} files imported")
window.tabs.setCurrentWidget(window.dashboard)
app.processEvents()
step("dashboard shown")
panel = window.summaries
office = {"name": "Phòng Văn hóa – Xã hội phường Buôn Ma Thuột", "supervising_body": "UBND phường Buôn Ma Thuột",
          "place_name": "Buôn Ma Thuột", "signer": "Nguyễn Văn An", "signer_title": "TRƯỞNG PHÒNG",
          "recipients": "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk", "copy_to": "UBND phường (để báo cáo)"}
for key, value in office.items():
    panel.fields[key].setText(value)
dialogs.inform = lambda *a, **k: None
window.tabs.setCurrentWidget(panel)
for fmt in ("xlsx", "pdf"):
    actions.save_file = lambda *a, fmt=fmt, **k: str(out / f"tong-hop.{fmt}")
    assert panel.save_summary(fmt), fmt
    app.processEvents()
    step(f"summary written ({fmt})")
os._exit(0)
"""


def make_files(files: int, work: Path) -> Path:
    sys.path.insert(0, str(SRC))
    from papi_desktop.demo import make_demo
    from papi_desktop.exchange.writer import export_all
    from papi_desktop.storage.repository import Repository

    made, folder = work / "made", work / "nhan"
    with Repository.open(work / "truong.sqlite3") as repo:
        make_demo(repo, schools=files * 3 // 2, seed=7)  # about two in three sample schools have a final year
        export_all(repo, made)
    found = sorted(made.rglob("*.papi"))
    if len(found) < files:
        raise RuntimeError(f"only {len(found)} data files were made")
    for p in found[:files]:
        target = folder / p.relative_to(made)
        target.parent.mkdir(parents=True, exist_ok=True)
        p.rename(target)
    return folder


def run(src: str, folder: Path, work: Path, i: int) -> list[tuple[str, float, float]]:
    run_dir = work / f"run{i}"
    run_dir.mkdir()
    env = dict(os.environ, PYTHONPATH=src, PAPI_DATA_DIR=str(run_dir), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", CLERK, str(folder), str(run_dir / "phong.sqlite3"), str(run_dir)],
                         capture_output=True, text=True, env=env, timeout=900)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-3000:])
    steps = []
    for line in out.stdout.splitlines():
        *name, rss, hwm = line.split()
        steps.append((" ".join(name), float(rss), float(hwm)))
    return steps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--compare", metavar="SRC", help="also run another checkout's src/ (interleaved)")
    args = parser.parse_args()
    sources = {"app": str(SRC), **({"compared": str(Path(args.compare).resolve())} if args.compare else {})}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        folder = make_files(args.files, work)
        results: dict[str, list] = {label: [] for label in sources}
        count = 0
        for _ in range(args.runs):
            for label, src in sources.items():
                count += 1
                results[label].append(run(src, folder, work, count))
    print(f"\n{args.files} data files of sample schools; medians of {args.runs} fresh processes (MiB)")
    for label, runs in results.items():
        print(f"{label}:")
        for k, (name, *_rest) in enumerate(runs[0]):
            rss = statistics.median(r[k][1] for r in runs)
            hwm = statistics.median(r[k][2] for r in runs)
            print(f"  {name:<28} resident {rss:6.1f}   peak so far {hwm:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
