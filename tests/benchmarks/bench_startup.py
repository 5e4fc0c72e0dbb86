"""Start-up time of the main window against a bare 3-page QWizard on the same machine.

Each measurement is a fresh Python process; the time runs from just before the process is started until it
reports that its window is exposed (visible) on screen. Runs alternate between the two programs so both see the
same machine load; the result is the ratio of the medians (target: ≤ 1.3).

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_startup.py [--runs 9]

Three app cases are measured: home page on the sample data (the usual start), resuming into an open assessment
(after a crash or a normal close inside an assessment), and the first start on an empty data folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src"

WAIT_VISIBLE = """
def _wait_visible(app, w):
    import time as _t
    deadline = _t.monotonic() + 30
    while not (w.windowHandle() and w.windowHandle().isExposed()) and _t.monotonic() < deadline:
        app.processEvents()
    app.processEvents()
    print("visible", flush=True)
"""

BASELINE = WAIT_VISIBLE + """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage
app = QApplication(sys.argv)
wizard = QWizard()
for i in range(3):
    page = QWizardPage()
    page.setTitle(f"Page {i + 1}")
    QVBoxLayout(page).addWidget(QLabel(f"Text of page {i + 1}"))
    wizard.addPage(page)
wizard.show()
_wait_visible(app, wizard)
"""

APP = """
import sys
from papi_desktop.gui.app import show_main_window  # what run_gui does, without entering the event loop
window = show_main_window(sys.argv[1], on_visible=lambda _w: print("visible", flush=True))
from PySide6.QtWidgets import QApplication
QApplication.processEvents()
print("ready", flush=True)
"""


def run_once(code: str, args: list[str], env: dict) -> tuple[float, float]:
    """Seconds until the window is visible, and until it is filled ("ready"; equal for the baseline)."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True, env=env)
    line = proc.stdout.readline()
    visible = time.perf_counter() - start
    ready = visible
    if code is APP:
        proc.stdout.readline()
        ready = time.perf_counter() - start
    proc.kill()
    proc.wait()
    if line.strip() != "visible":
        raise RuntimeError("the program did not show its window")
    return visible, ready


def prepare(folder: Path) -> dict[str, tuple[Path, Path]]:
    """Databases (and data folders) for the three cases."""
    sys.path.insert(0, str(SRC))
    from papi_desktop.demo import make_demo
    from papi_desktop.gui.session import RESUME_KEY
    from papi_desktop.storage.repository import Repository

    cases = {}
    for name in ("home", "resume", "empty"):
        data = folder / name
        data.mkdir()
        db = data / "papi.sqlite3"
        if name != "empty":
            with Repository.open(db) as repo:
                make_demo(repo, schools=6, seed=1)
                if name == "resume":
                    draft = next(a for a in repo.list_assessments() if not a.is_final)
                    crit = repo.catalogue_of(draft).criteria[-1].id
                    repo.set_setting(RESUME_KEY, {"assessment": draft.id, "criterion": crit, "view": "walk"})
        cases[name] = (data, db)
    return cases


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    # an installed app runs from compiled bytecode: let the warm-up runs write .pyc files (any non-empty
    # PYTHONDONTWRITEBYTECODE, even "0", stops that and every run would recompile the sources)
    base_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    base_env["PYTHONPATH"] = str(SRC)
    base_env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        cases = prepare(Path(tmp))
        times: dict[str, list[tuple[float, float]]] = {"baseline": [], **{name: [] for name in cases}}
        # one warm-up of each (fills the OS file cache and .pyc files), not counted
        run_once(BASELINE, [], base_env)
        for data, db in cases.values():
            run_once(APP, [str(db)], dict(base_env, PAPI_DATA_DIR=str(data)))
        for _ in range(args.runs):
            times["baseline"].append(run_once(BASELINE, [], base_env))
            for name, (data, db) in cases.items():
                if name == "empty" and db.exists():
                    db.unlink()
                times[name].append(run_once(APP, [str(db)], dict(base_env, PAPI_DATA_DIR=str(data))))
    base = statistics.median(t[0] for t in times["baseline"])
    print(f"runs per program: {args.runs}")
    print(f"bare 3-page QWizard        visible {base * 1000:7.1f} ms")
    home_ratio = 0.0
    for name in cases:
        visible = statistics.median(t[0] for t in times[name])
        ready = statistics.median(t[1] for t in times[name])
        if name == "home":
            home_ratio = visible / base
        print(f"main window ({name:<6})  visible {visible * 1000:7.1f} ms  ratio {visible / base:.2f}   "
              f"filled {ready * 1000:7.1f} ms  ratio {ready / base:.2f}")
    print(f"target: window visible <= 1.30 x baseline -> {'OK' if home_ratio <= 1.3 else 'TOO SLOW'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
