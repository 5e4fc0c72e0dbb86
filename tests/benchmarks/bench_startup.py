"""Start-up time and peak memory of the app against a bare 3-page QWizard on the same machine.

Each measurement is a fresh process pinned to one core (``taskset -c 0``, as on a slow single-core PC), started
the way a user starts the app (``papi-desktop --db FILE``: command line, version guard, lock, window). Two moments
are timed from just before the process starts: the window is *visible* (exposed on screen), and the home page is
*ready* (data loaded, views built, pending events processed: the principal can click). Peak memory is the
process's RSS high-water mark (``VmHWM``) at that point. The baseline does the same with a bare 3-page QWizard.
Runs alternate between the programs so both see the same machine load; results are ratios of medians.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_startup.py [--runs 9] [--cpu 0] [--breakdown]

Targets (issue 17): ready ≤ 1.5 × the wizard, ≤ 75 MiB at the home page; window visible ≤ 1.3 ×.
``--baseline-uses-qt`` lets the wizard read one ``Qt.AlignmentFlag`` (what any real window does; PySide6 then
builds the Python enums of the whole ``Qt`` namespace).
``--breakdown`` adds where the time and memory go: import time by package (``python -X importtime``), RSS after
each stage of the start, and what sqlite-utils costs against the plain ``sqlite3`` module (the start reads with the
standard library and imports sqlite-utils at the first write). ``--compare SRC`` runs another checkout's ``src/``
(e.g. the commit before a change) interleaved with this one; CPU time (user + system) is printed beside the wall
time because it depends less on what else the machine runs.

Cases: the home page on the sample data (the usual start), resuming into an open assessment, and the first start
on an empty data folder (the welcome panel; the migrations create the database, so it imports sqlite-utils). Each run
checks that the app opened what the case expects.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src"

PEAK = """
import os, sys
def cpu_ms():
    t = os.times()
    return int((t.user + t.system) * 1000)
def peak_kib():
    try:
        return int(open("/proc/self/status").read().split("VmHWM:")[1].split()[0])
    except (OSError, IndexError):
        try:
            import resource
        except ImportError:
            return 0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak // 1024 if sys.platform == "darwin" else peak
"""

BASELINE = PEAK + """
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage
app = QApplication(sys.argv)
wizard = QWizard()
for i in range(3):
    page = QWizardPage()
    page.setTitle(f"Page {i + 1}")
    QVBoxLayout(page).addWidget(QLabel(f"Text of page {i + 1}"))
    wizard.addPage(page)
wizard.show()
while not (wizard.windowHandle() and wizard.windowHandle().isExposed()):
    app.processEvents()
print("visible", flush=True)
app.processEvents()
print("ready", peak_kib(), cpu_ms(), flush=True)
os._exit(0)
"""

# the real start (cli.main → run_gui, which imports the GUI only after parsing the command line and checking the
# Windows version); show_main_window is wrapped, as soon as its module loads, to report the two moments and end
APP = PEAK + """
import importlib.util
def measured(shown):
    def show(db_path, on_visible=None):
        window = shown(db_path, on_visible=lambda _w: print("visible", flush=True))
        from PySide6.QtWidgets import QApplication
        QApplication.processEvents()
        peak, cpu = peak_kib(), cpu_ms()
        view = ("assessment" if window.session is not None else "welcome" if window.home.school_part.isHidden()
                else "home")
        print("ready", peak, cpu, view, flush=True)
        os._exit(0)
    return show
class WrapWhenLoaded:
    def find_spec(self, name, path=None, target=None):
        if name != "papi_desktop.gui.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        load = spec.loader.exec_module
        def exec_module(module):
            load(module)
            module.show_main_window = measured(module.show_main_window)
        spec.loader.exec_module = exec_module
        return spec
sys.meta_path.insert(0, WrapWhenLoaded())
from papi_desktop import cli
sys.exit(cli.main(sys.argv[1:]))
"""

STAGES = PEAK + """
import time
t0 = time.perf_counter()
def rss():
    return int(open("/proc/self/status").read().split("VmRSS:")[1].split()[0]) / 1024
def stage(name):
    print(f"{name}\\t{rss():.1f}\\t{(time.perf_counter() - t0) * 1000:.0f}", flush=True)
stage("Python started")
from PySide6.QtWidgets import QApplication
stage("PySide6 (QtCore, QtGui, QtWidgets) imported")
app = QApplication(sys.argv)
stage("QApplication")
from papi_desktop import cli
cli.window_args(["--db", sys.argv[1]])
stage("command line read (the window's own options)")
from papi_desktop.storage.repository import Repository
stage("storage and core imported")
Repository.open(sys.argv[1]).close()
stage("database opened (plain sqlite3)")
from papi_desktop.gui.app import show_main_window
show_main_window(sys.argv[1])
app.processEvents()
stage("home page ready")
os._exit(0)
"""

STORAGE_PLAIN = PEAK + "import sqlite3\nsqlite3.connect(':memory:').execute('select 1')\nprint(peak_kib())\n"
STORAGE_UTILS = PEAK + ("import sqlite_utils\nsqlite_utils.Database(memory=True).execute('select 1')\n"
                        "print(peak_kib())\n")


def pinned(cpu: int) -> list[str]:
    """``taskset -c CPU`` when available (Linux), else nothing."""
    return ["taskset", "-c", str(cpu)] if cpu >= 0 and shutil.which("taskset") else []


def run_once(prefix: list[str], code: str, args: list[str], env: dict, view: str | None = None
             ) -> tuple[float, float, int, float]:
    """Seconds until visible, until ready, the peak RSS (KiB) and the CPU seconds (user + system) at ready, of one
    fresh process (which must have opened ``view``: the home page, the welcome panel or the resumed assessment)."""
    start = time.perf_counter()
    proc = subprocess.Popen([*prefix, sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env)
    first = proc.stdout.readline()
    visible = time.perf_counter() - start
    second = proc.stdout.readline()
    ready = time.perf_counter() - start
    proc.kill()
    proc.wait()
    if first.strip() != "visible" or not second.startswith("ready"):
        raise RuntimeError(f"the program did not show its window ({first!r} {second!r})")
    fields = second.split()
    if view is not None and fields[3] != view:
        raise RuntimeError(f"the app opened {fields[3]}, not {view}")
    return visible, ready, int(fields[1]), int(fields[2]) / 1000


def prepare(folder: Path) -> dict[str, tuple[Path, Path]]:
    """Data folders and databases of the three cases."""
    sys.path.insert(0, str(SRC))
    from papi_desktop.demo import make_demo
    from papi_desktop.gui.session import RESUME_KEY
    from papi_desktop.storage.repository import Repository

    cases = {}
    for name in ("home", "resume", "empty"):
        data = folder / name
        data.mkdir()
        db = data / "papi.sqlite3"
        # the resume position is a setting of this computer (the data folder's may-nay.json): prepare it in the
        # data folder the app will run with, never in the user's own
        os.environ["PAPI_DATA_DIR"] = str(data)
        if name != "empty":
            with Repository.open(db) as repo:
                make_demo(repo, schools=6, seed=1)
                if name == "resume":
                    draft = next(a for a in repo.list_assessments() if not a.is_final)
                    crit = repo.catalogue_of(draft).criteria[-1].id
                    repo.set_setting(RESUME_KEY, {"assessment": draft.id, "criterion": crit, "view": "walk"})
        cases[name] = (data, db)
    return cases


def import_breakdown(prefix: list[str], db: Path, env: dict) -> None:
    """Import time (self) by package of the home-page start, from ``python -X importtime``."""
    out = subprocess.run([*prefix, sys.executable, "-X", "importtime", "-c", APP, "--db", str(db)],
                         capture_output=True, text=True, env=env)
    self_us: Counter = Counter()
    total = 0
    for line in out.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)", line)
        if not m:
            continue
        name = m[4]
        group = ".".join(name.split(".")[:2]) if name.startswith("papi_desktop.") else name.split(".")[0]
        group = {"shibokensupport": "shiboken6", "importlib": "importlib (metadata: sqlite-utils plugins)"}.get(
            group, group)
        self_us[group] += int(m[1])
        total += int(m[1])
    print(f"\nimport time at the home page, by package (self time, one pinned run; total {total / 1000:.0f} ms):")
    for group, us in self_us.most_common(16):
        print(f"  {us / 1000:7.1f} ms  {group}")
    heavy = [m for m in ("reportlab", "pyhanko", "openpyxl", "segno", "fastjsonschema", "PIL", "cryptography")
             if re.search(rf"\| +{m}(\.|$)", out.stderr, re.M)]
    print(f"  heavy libraries imported: {', '.join(heavy) or 'none'}")


def stage_breakdown(prefix: list[str], db: Path, env: dict) -> None:
    """RSS and time after each stage of the start (one pinned run)."""
    out = subprocess.run([*prefix, sys.executable, "-c", STAGES, str(db)], capture_output=True, text=True, env=env)
    print("\nmemory and time after each stage (one pinned run):")
    last = 0.0
    for line in out.stdout.splitlines():
        name, rss, ms = line.split("\t")
        print(f"  {float(rss):6.1f} MiB (+{float(rss) - last:5.1f})  {int(ms):5d} ms  {name}")
        last = float(rss)


def storage_share(prefix: list[str], env: dict, runs: int) -> None:
    """What sqlite-utils costs at start against the standard library's sqlite3 (medians of fresh processes)."""
    times: dict[str, list[float]] = {"plain": [], "utils": []}
    peaks: dict[str, list[int]] = {"plain": [], "utils": []}
    for _ in range(runs):
        for key, code in (("plain", STORAGE_PLAIN), ("utils", STORAGE_UTILS)):
            start = time.perf_counter()
            out = subprocess.run([*prefix, sys.executable, "-c", code], capture_output=True, text=True, env=env)
            times[key].append(time.perf_counter() - start)
            peaks[key].append(int(out.stdout.split()[-1]))
    dt = statistics.median(times["utils"]) - statistics.median(times["plain"])
    dm = (statistics.median(peaks["utils"]) - statistics.median(peaks["plain"])) / 1024
    print(f"\nstorage: `import sqlite_utils` + Database() vs `import sqlite3` + connect(), {runs} fresh processes "
          f"each:\n  sqlite-utils costs {dt * 1000:.0f} ms and {dm:.1f} MiB more — what the start saves by reading "
          "with the standard library (the first write pays it)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--cpu", type=int, default=0, help="core to pin to (-1: do not pin)")
    parser.add_argument("--breakdown", action="store_true", help="where start-up time and memory go")
    parser.add_argument("--cases", default="home,resume,empty", help="which cases (comma-separated)")
    parser.add_argument("--baseline-uses-qt", action="store_true",
                        help="the wizard also reads one Qt.AlignmentFlag, as any real window does (PySide6 then "
                        "builds the Python enums of the Qt namespace, ≈ 25–30 ms on one core)")
    parser.add_argument("--compare", metavar="SRC", help="also run the app from this source folder (another "
                        "checkout's src/, e.g. the commit before a change), interleaved with this one")
    args = parser.parse_args()
    prefix = pinned(args.cpu)
    baseline = BASELINE.replace("app = QApplication(sys.argv)", "app = QApplication(sys.argv)\n"
                                "from PySide6.QtCore import Qt\n_left = Qt.AlignmentFlag.AlignLeft") \
        if args.baseline_uses_qt else BASELINE
    # an installed app runs from compiled bytecode: let the warm-up runs write .pyc files (any non-empty
    # PYTHONDONTWRITEBYTECODE, even "0", stops that and every run would recompile the sources)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(SRC)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    sources = {"app": str(SRC), **({"compared": str(Path(args.compare).resolve())} if args.compare else {})}
    wanted = args.cases.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        cases = {k: v for k, v in prepare(Path(tmp)).items() if k in wanted}
        runs = [(label, name) for label in sources for name in cases]
        results: dict = {"baseline": [], **{run: [] for run in runs}}

        def app(label: str, name: str) -> tuple[float, float, int, float]:
            data, db = cases[name]
            if name == "empty":
                for f in data.iterdir():
                    f.unlink() if f.is_file() else shutil.rmtree(f)
            view = {"home": "home", "resume": "assessment", "empty": "welcome"}[name]
            return run_once(prefix, APP, ["--db", str(db)],
                            dict(env, PAPI_DATA_DIR=str(data), PYTHONPATH=sources[label]), view)

        run_once(prefix, baseline, [], env)  # warm-up (file cache, .pyc files), not counted
        for run in runs:
            app(*run)
        for _ in range(args.runs):
            results["baseline"].append(run_once(prefix, baseline, [], env))
            for run in runs:
                results[run].append(app(*run))
        if args.breakdown and "home" in cases:
            data, db = cases["home"]
            home_env = dict(env, PAPI_DATA_DIR=str(data))
            import_breakdown(prefix, db, home_env)
            stage_breakdown(prefix, db, home_env)
            storage_share(prefix, env, args.runs)

    def med(run, i: int) -> float:
        return statistics.median(r[i] for r in results[run])

    base = [med("baseline", i) for i in range(4)]
    pin = f"pinned to core {args.cpu}" if prefix else "not pinned"
    print(f"\n{args.runs} fresh processes per program, {pin}; medians (CPU: user + system of the process)")
    base_name = "QWizard + Qt enums" if args.baseline_uses_qt else "bare 3-page QWizard"
    print(f"{base_name:<22} visible {base[0] * 1000:5.0f} ms  ready {base[1] * 1000:5.0f} ms  "
          f"CPU {base[3] * 1000:5.0f} ms  peak {base[2] / 1024:5.1f} MiB")
    for run in runs:
        visible, ready, peak, cpu = (med(run, i) for i in range(4))
        print(f"{run[0] + ' (' + run[1] + ')':<22} visible {visible * 1000:5.0f} ms  ready {ready * 1000:5.0f} ms  "
              f"CPU {cpu * 1000:5.0f} ms  peak {peak / 1024:5.1f} MiB   ratios: visible {visible / base[0]:.2f}  "
              f"ready {ready / base[1]:.2f}  CPU {cpu / base[3]:.2f}  memory {peak / base[2]:.2f}")
    if ("app", "home") in results:
        ready_ratio, home_peak = med(("app", "home"), 1) / base[1], med(("app", "home"), 2) / 1024
        print(f"targets at the home page: ready <= 1.50 x wizard -> {ready_ratio:.2f} "
              f"{'OK' if ready_ratio <= 1.5 else 'NOT MET'};  peak <= 75 MiB -> {home_peak:.1f} MiB "
              f"{'OK' if home_peak <= 75 else 'NOT MET'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
