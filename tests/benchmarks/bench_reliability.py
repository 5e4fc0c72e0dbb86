"""Benchmark (not collected by pytest): the price of durability and of backups, as ratios to baselines measured
in the same run.

    PYTHONPATH=src python tests/benchmarks/bench_reliability.py [schools]

* autosave of one answer with ``synchronous=FULL`` (ours) against ``NORMAL`` (what FULL buys: no lost commit on
  power loss);
* an online, integrity-checked backup against a plain file copy of the same (closed) database.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path


def autosave_ms(repo, aid: str, crit: str, n: int = 200) -> float:
    from papi_desktop.core.model import Answer

    t0 = time.perf_counter()
    for i in range(n):
        repo.save_answer(aid, Answer(crit, {"choice": "yes" if i % 2 else "no"}, note=f"lần {i}"))
    return (time.perf_counter() - t0) / n * 1000


def main(schools: int = 300) -> None:
    from papi_desktop.demo import make_demo
    from papi_desktop.storage.backup import write_backup
    from papi_desktop.storage.repository import Repository

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PAPI_DATA_DIR"] = str(Path(tmp) / "data")
        db = Path(tmp) / "bench.sqlite3"
        repo = Repository.open(db)
        make_demo(repo, schools=schools)
        a = next(x for x in repo.list_assessments() if not x.is_final)
        crit = repo.catalogue_of(a).criteria[0].id
        full = autosave_ms(repo, a.id, crit)
        repo.db.execute("PRAGMA synchronous=NORMAL")
        normal = autosave_ms(repo, a.id, crit)
        repo.db.execute("PRAGMA synchronous=FULL")
        info = write_backup(repo.db.conn, Path(tmp) / "b.sqlite3")
        repo.close()
        t0 = time.perf_counter()
        shutil.copyfile(db, Path(tmp) / "plain-copy.sqlite3")
        copy_s = time.perf_counter() - t0
    print(f"{schools} schools, database {info.size / 1048576:.1f} MB")
    print(f"autosave one answer: FULL {full:.2f} ms, NORMAL {normal:.2f} ms, ratio {full / normal:.2f}")
    print(f"backup: {info.seconds * 1000:.0f} ms (checked), plain copy {copy_s * 1000:.1f} ms, "
          f"ratio {info.seconds / max(copy_s, 1e-6):.1f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
