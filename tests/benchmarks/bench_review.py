"""Benchmark of the review states on the office's screens (not collected by pytest):
``python tests/benchmarks/bench_review.py [--schools 15000]``.

The dashboard, the roster and the summary read every submission's review state (the newest decision, compared with
the revision held, one query). Target: with every school reviewed (half of them twice) the dashboard costs no more
than 2× the same dashboard with no decision at all (an office that never reviews pays one lookup), measured in the
same run; the state query alone is printed
against the floor of reading the assessments' revision and hash. The office database is the sample schools'
finalised 2025-2026 assessments copied under new ids and codes (rows written directly: building 15,000 real
imports is what ``bench_import.py`` measures). Times are medians of 5 runs after a warm-up.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from tests.benchmarks.timing import median_ms  # noqa: E402


def _grow(repo, size: int) -> list[str]:
    """``size`` finalised 2025-2026 submissions (copies of the sample's), with their schools and summary rows."""
    from papi_desktop.exchange.aggregate import sync_summary
    from papi_desktop.storage.exchange_store import SUMMARY_COLUMNS

    sync_summary(repo)
    conn = repo.db.conn
    a_cols = [r[1] for r in conn.execute("PRAGMA table_info(assessments)")]
    seeds = conn.execute(f"SELECT {', '.join(a_cols)} FROM assessments WHERE status = 'finalised' "
                         "AND school_year = '2025-2026'").fetchall()
    summaries = {r[0]: r for r in conn.execute(f"SELECT {', '.join(SUMMARY_COLUMNS)} FROM summary")}
    profile = conn.execute("SELECT profile FROM schools LIMIT 1").fetchone()[0]
    ids, schools, rows, sums = [], [], [], []
    for i in range(size):
        seed = dict(zip(a_cols, seeds[i % len(seeds)], strict=True))
        aid, code = str(uuid.uuid4()), f"TH{70000000 + i}"
        summary = dict(zip(SUMMARY_COLUMNS, summaries[seed["id"]], strict=True))
        ids.append(aid)
        schools.append((code, f"Trường Tiểu học Số {i}", profile, seed["updated_at"]))
        rows.append(tuple({**seed, "id": aid, "school_code": code}[c] for c in a_cols))
        sums.append(tuple({**summary, "assessment_id": aid, "school_code": code,
                           "school_name": f"Trường Tiểu học Số {i}"}[c] for c in SUMMARY_COLUMNS))
    with repo.transaction():
        conn.executemany("INSERT INTO schools (code, name, profile, updated_at) VALUES (?, ?, ?, ?)", schools)
        conn.executemany(f"INSERT INTO assessments ({', '.join(a_cols)}) VALUES ({', '.join('?' * len(a_cols))})",
                         rows)
        conn.executemany(f"INSERT OR REPLACE INTO summary ({', '.join(SUMMARY_COLUMNS)}) "
                         f"VALUES ({', '.join('?' * len(SUMMARY_COLUMNS))})", sums)
        conn.execute("DELETE FROM summary_stale")
    return ids


def _decide_all(repo, ids: list[str]) -> None:
    """Every submission accepted, every other one returned first (two decisions)."""
    held = dict(repo.db.conn.execute("SELECT id, content_hash FROM assessments"))
    rows = []
    for i, aid in enumerate(ids):
        steps = ["returned", "accepted"] if i % 2 else ["accepted"]
        rows += [(str(uuid.uuid4()), aid, n, 1, held[aid], state, "Thiếu" if state == "returned" else "", "{}",
                  "Hoa", "2026-05-20T08:00:00+00:00") for n, state in enumerate(steps, start=1)]
    with repo.transaction():
        repo.db.conn.executemany(
            "INSERT INTO reviews (receipt_id, assessment_id, sequence, revision, content_hash, state, reason, notes, "
            "reviewer, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schools", type=int, default=15000)
    args = parser.parse_args()
    from papi_desktop.demo import make_demo
    from papi_desktop.exchange.dashboard import dashboard
    from papi_desktop.exchange.review import roster_status
    from papi_desktop.storage.repository import Repository

    with tempfile.TemporaryDirectory() as tmp, Repository.open(Path(tmp) / "phong.sqlite3") as repo:
        make_demo(repo, schools=12, seed=1)
        ids = _grow(repo, args.schools)
        def show():
            return dashboard(repo, school_year="2025-2026", sync=False)

        def floor():
            return repo.db.conn.execute("SELECT id, revision, content_hash, status FROM assessments").fetchall()

        before = median_ms(show)
        _decide_all(repo, ids)
        after = median_ms(show)
        accepted = median_ms(lambda: dashboard(repo, school_year="2025-2026", sync=False, reviews={"accepted"}))
        states = median_ms(repo.review_states)
        base = median_ms(floor)
        roster = median_ms(lambda: roster_status(repo, "2025-2026"))
        n = len(show().rows)
    print(f"{n} schools shown, {args.schools} reviewed ({args.schools // 2} twice)")
    print(f"dashboard without decisions {before:8.1f} ms")
    print(f"dashboard with decisions    {after:8.1f} ms   {after / before:4.2f}× (target ≤ 2×)")
    print(f"dashboard, accepted only    {accepted:8.1f} ms   {accepted / before:4.2f}×")
    print(f"review states alone         {states:8.1f} ms   {states / base:4.2f}× the floor ({base:.1f} ms: reading "
          "every assessment's revision and hash)")
    print(f"roster status (no roster)   {roster:8.1f} ms")
    return 0 if after / before <= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
