"""Crash test: a writer process is killed with SIGKILL at random moments, hundreds of times.

After every kill the database, reopened the way the app reopens it, must pass ``integrity_check`` and
``foreign_key_check``, hold every write the writer reported as committed (see ``crash_worker.py`` for what
"reported" means), and show no half-written assessment: an imported assessment is complete (school, all answers,
finalised with its content hash, audit entries) or entirely absent. This proves crash (killed process)
atomicity and durability; a power cut additionally relies on ``synchronous=FULL`` flushing every commit, which
no test on a running kernel can cut.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from papi_desktop.core.catalogue import default_catalogue
from papi_desktop.core.snapshot import content_hash
from papi_desktop.storage.repository import Repository

HERE = Path(__file__).resolve().parent
SRC = HERE.parent.parent / "src"
KILLS = int(os.environ.get("PAPI_CRASH_KILLS", "200"))
IMPORT_PREFIX = "10000000-"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the fork server needs POSIX (CI runs Linux)"),
]


def read_journal(path: Path) -> list[list[str]]:
    """Complete lines only: a line cut by the kill (no final newline) was never reported."""
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")[:-1]  # the part after the last newline is incomplete (or empty)
    return [line.split() for line in lines]


class Model:
    """What the journal says the database must (and may) contain."""

    def __init__(self) -> None:
        self.last_done: dict[tuple[str, str], str] = {}
        self.pending: dict[tuple[str, str], set[str]] = {}  # intents after the last done, per answer key
        self.done_imports: set[str] = set()
        self.intent_imports: dict[str, str] = {}
        self.done_setups: set[str] = set()
        self.done_lines = 0
        self.unreported: set[str] = set()  # imports found committed although their report was cut off

    def feed(self, entries: list[list[str]]) -> None:
        for kind, op, *rest in entries:
            if op == "answer":
                aid, crit, tag = rest
                key = (aid, crit)
                if kind == "intent":
                    self.pending.setdefault(key, set()).add(tag)
                else:
                    self.last_done[key] = tag
                    self.pending[key] = set()
            elif op == "import":
                aid, code = rest
                if kind == "intent":
                    self.intent_imports[aid] = code
                else:
                    self.done_imports.add(aid)
            elif op == "setup" and kind == "done":
                self.done_setups.add(rest[0])
            self.done_lines += kind == "done"


def check_database(db: Path, model: Model, n_criteria: int) -> dict:
    """Every assertion of one kill; returns counts of what was checked."""
    repo = Repository.open(db)  # the app's own open path: WAL recovery, settings, migrations
    try:
        conn = repo.db.conn
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        present = {a.id: a for a in repo.list_assessments()}
        assert model.done_setups <= present.keys(), "a reported draft is missing"
        # answers: the last reported value, or a later one whose report the kill cut off
        checked = 0
        for aid in model.done_setups:
            notes = {cid: ans.note for cid, ans in repo.get_answers(aid).items()}
            for (key_aid, crit), tag in model.last_done.items():
                if key_aid != aid:
                    continue
                allowed = {f"tag {t}" for t in {tag} | model.pending.get((aid, crit), set())}
                assert notes.get(crit) in allowed, f"lost answer {aid} {crit}: {notes.get(crit)} not in {allowed}"
                checked += 1
        # imports: complete or absent, and every reported one present
        rows = conn.execute(
            "SELECT a.id, a.status, a.content_hash, a.school_code, "
            "(SELECT count(*) FROM answers x WHERE x.assessment_id = a.id), "
            "(SELECT count(*) FROM schools s WHERE s.code = a.school_code), "
            "(SELECT count(*) FROM audit u WHERE u.assessment_id = a.id) "
            "FROM assessments a WHERE a.id LIKE ?", [IMPORT_PREFIX + "%"]).fetchall()
        imported = set()
        for aid, status, digest, _code, answers, schools, audits in rows:
            assert (status, answers, schools) == ("finalised", n_criteria, 1), f"half-written import {aid}"
            assert digest and audits == 2, f"import {aid} lacks its hash or audit entries"
            imported.add(aid)
        assert model.done_imports <= imported, f"reported imports lost: {model.done_imports - imported}"
        assert imported <= model.intent_imports.keys(), "an assessment nobody wrote"
        for aid in model.intent_imports.keys() - imported:  # not committed: no trace at all
            code = model.intent_imports[aid]
            assert conn.execute("SELECT count(*) FROM schools WHERE code = ?", [code]).fetchone()[0] == 0
            assert conn.execute("SELECT count(*) FROM audit WHERE assessment_id = ?", [aid]).fetchone()[0] == 0
        newest = max(imported, default=None)
        if newest:  # the stored hash is the hash of the stored content
            assert content_hash(repo.canonical(newest)) == present[newest].content_hash
        model.unreported |= imported - model.done_imports
        return {"answers": checked, "imports": len(model.done_imports)}
    finally:
        repo.close()


class ForkServer:
    """Writers forked from one server process that imported the app once (milliseconds per writer)."""

    def __init__(self, env: dict, err):
        self.proc = subprocess.Popen([sys.executable, str(HERE / "crash_worker.py")], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=err, text=True, env=env)
        assert self.proc.stdout.readline().strip() == "ready"

    def start(self, db: Path, journal: Path, seed: int):
        self.proc.stdin.write(f"run {db} {journal} {seed}\n")
        self.proc.stdin.flush()
        pid = int(self.proc.stdout.readline().split()[1])
        return pid, lambda: int(self.proc.stdout.readline().split()[1])

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()


class FreshProcesses:
    """Each writer a new interpreter (``crash_worker.py once …``), started and imported from scratch."""

    def __init__(self, env: dict, err):
        self.env, self.err = env, err

    def start(self, db: Path, journal: Path, seed: int):
        proc = subprocess.Popen([sys.executable, str(HERE / "crash_worker.py"), "once", str(db), str(journal),
                                 str(seed)], stdout=subprocess.PIPE, stderr=self.err, text=True, env=self.env)
        assert proc.stdout.readline().strip() == "started"
        return proc.pid, proc.wait

    def close(self) -> None:
        pass


def kill_loop(tmp_path: Path, kills: int, launcher_class) -> str:
    """Start a writer, kill it at a random moment, check the database; ``kills`` times. Returns a summary."""
    db, journal = tmp_path / "crash.sqlite3", tmp_path / "journal.txt"
    n_criteria = len(default_catalogue().criteria)
    env = dict(os.environ, PYTHONPATH=str(SRC), PAPI_DATA_DIR=str(tmp_path / "data"))
    rng = random.Random(20261128)
    model, phases, totals = Model(), Counter(), Counter()
    seen = 0
    t0 = time.perf_counter()
    with open(tmp_path / "worker.err", "w") as err:
        launcher = launcher_class(env, err)
        try:
            for run in range(1, kills + 1):
                pid, wait = launcher.start(db, journal, run)
                time.sleep(rng.uniform(0.0, 0.03) if rng.random() < 0.25 else rng.uniform(0.03, 0.3))
                os.kill(pid, signal.SIGKILL)
                status = wait()
                assert status == -signal.SIGKILL, (status, (tmp_path / "worker.err").read_text())
                entries = read_journal(journal)
                new, seen = entries[seen:], len(entries)
                phases["opening" if not new else f"{new[-1][0]} {new[-1][1]}"] += 1
                model.feed(new)
                totals.update(check_database(db, model, n_criteria))
        finally:
            launcher.close()
    elapsed = time.perf_counter() - t0
    backups = sorted((tmp_path / "data" / "backups").glob("*.sqlite3"))
    partial = len(list((tmp_path / "data" / "backups").glob("*.partial")))
    for b in backups:  # a backup interrupted by a kill never appears under a real name
        with sqlite3.connect(b) as c:
            assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok", b
    assert model.done_imports, "no import ever committed: the kills came too early to test anything"
    assert model.last_done, "no answer ever committed"
    assert sum(n for p, n in phases.items() if p.startswith("intent")) >= kills // 10, phases
    return (f"{kills} kills in {elapsed:.1f} s; reported writes {model.done_lines} "
            f"({len(model.done_imports)} whole assessments); answer checks {totals['answers']}, import checks "
            f"{totals['imports']}, committed-but-unreported imports {len(model.unreported)}; "
            f"kill moments {dict(phases)}; backups kept {len(backups)} (+{partial} cut off), "
            f"db {db.stat().st_size} bytes")


def test_sigkill_loop_keeps_every_reported_write(tmp_path):
    """Killing a writer at random moments hundreds of times never loses a reported write nor leaves half of one."""
    print("\ncrash test (forked writers):", kill_loop(tmp_path, KILLS, ForkServer))


def test_sigkill_of_fresh_processes(tmp_path):
    """The same with writers started as fresh interpreters (no fork), a few times."""
    print("\ncrash test (fresh processes):", kill_loop(tmp_path, max(10, KILLS // 20), FreshProcesses))
