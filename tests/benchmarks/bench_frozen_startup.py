"""Start-up of the frozen bundle against the same app started from the virtual environment.

Each run is a fresh process that opens the main window on the sample data, fills the home page and quits as soon
as the window is shown (``PAPI_QUIT_WHEN_SHOWN=1``); the time is the whole process, from start to exit. Runs
alternate between the two so both see the same machine load; the result is the ratio of the medians
(target: frozen ≤ 1.1 × venv).

    python3 .ci/dev.py bundle        # builds dist/papi-desktop
    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_frozen_startup.py [--runs 9] [--bundle DIR]
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


def timed(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "papi-desktop")
    args = parser.parse_args()
    exe = args.bundle / ("papi-desktop.exe" if os.name == "nt" else "papi-desktop")
    if not exe.exists():
        print(f"no bundle at {exe}: build it with `python3 .ci/dev.py bundle`", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.sqlite3"
        env = dict(os.environ, PAPI_DATA_DIR=tmp, PAPI_QUIT_WHEN_SHOWN="1",
                   QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        env["PYTHONPATH"] = str(ROOT / "src")
        subprocess.run([sys.executable, "-m", "papi_desktop", "demo", "--db", str(db)], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        venv_cmd = [sys.executable, "-m", "papi_desktop", "--db", str(db)]
        frozen_cmd = [str(exe), "--db", str(db)]
        timed(venv_cmd, env), timed(frozen_cmd, env)  # warm the file cache for both
        venv, frozen = [], []
        for _ in range(args.runs):
            venv.append(timed(venv_cmd, env))
            frozen.append(timed(frozen_cmd, env))
    v, f = statistics.median(venv), statistics.median(frozen)
    print(f"venv   median {v * 1000:7.0f} ms  (runs: {', '.join(f'{x * 1000:.0f}' for x in venv)})")
    print(f"frozen median {f * 1000:7.0f} ms  (runs: {', '.join(f'{x * 1000:.0f}' for x in frozen)})")
    print(f"ratio frozen / venv = {f / v:.2f}  (target ≤ 1.10)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
