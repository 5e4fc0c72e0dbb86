"""Fork server for the crash test: imports the app once, then forks writers that the test kills with SIGKILL.

``crash_worker.py once DB JOURNAL SEED`` runs one writer in this process instead (prints ``started`` first).

Protocol of the server (one line each way): ``run DB JOURNAL SEED`` → ``pid N`` … ``exit STATUS`` once the
writer is dead; ``quit`` ends the server. Forking from this single-threaded process (no database open before
the fork) gives each writer a fresh process in milliseconds, so hundreds of kills fit in a CI run.

The writer (:func:`workload`) appends to JOURNAL with single ``os.write`` calls on an ``O_APPEND`` file:
``intent <op> ...`` before a write and ``done <op> ...`` only after the repository call (and so its COMMIT)
returned. A SIGKILL cannot lose a line already written (the kernel has it), and a line without its final
newline is ignored by the checker. "Reported" therefore means: a complete ``done`` line exists.
"""

from __future__ import annotations

import os
import random
import sys
import traceback

from papi_desktop.core.catalogue import default_catalogue
from papi_desktop.core.model import Answer, School
from papi_desktop.demo import answer_for, sample_answers, school_profile
from papi_desktop.storage.repository import Repository

YEAR = "2025-2026"
DRAFTS = 3


def draft_id(k: int) -> str:
    return f"00000000-0000-4000-8000-{k:012d}"


def workload(db: str, journal: str, seed: int) -> None:
    cat = default_catalogue()
    fd = os.open(journal, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def note(line: str) -> None:
        os.write(fd, (line + "\n").encode())

    rng = random.Random(seed)
    repo = Repository.open(db)
    present = {a.id for a in repo.list_assessments()}
    for k in range(DRAFTS):
        aid = draft_id(k)
        if aid in present:
            continue
        code = f"CRASH{k}"
        note(f"intent setup {aid}")
        with repo.transaction():
            repo.save_school(School(code=code, name=f"Trường Tiểu học thử nghiệm {k}"))
            repo.create_assessment(school_code=code, school_year=YEAR, assessment_id=aid)
        note(f"done setup {aid}")
    n = 0
    while True:
        n += 1
        tag = f"{seed}.{n}"
        if rng.random() < 0.7:
            aid = draft_id(rng.randrange(DRAFTS))
            crit = rng.choice(cat.criteria)
            answer = answer_for(rng, crit, ["chinh"], YEAR)
            answer = Answer(crit.id, answer.value, note=f"tag {tag}")
            note(f"intent answer {aid} {crit.id} {tag}")
            repo.save_answer(aid, answer)
            note(f"done answer {aid} {crit.id} {tag}")
        else:
            school = school_profile(seed, n)
            school.code = f"IMP{seed:05d}{n:05d}"
            aid = f"10000000-0000-4000-8000-{seed:06d}{n:06d}"
            answers = list(sample_answers(rng, cat, school, YEAR).values())
            note(f"intent import {aid} {school.code}")
            with repo.transaction():  # one transaction: the whole assessment or nothing
                repo.save_school(school)
                repo.create_assessment(school_code=school.code, school_year=YEAR, assessment_id=aid)
                repo.save_answers(aid, answers)
                repo.finalise(aid, doc_number=n % 90 + 1)
            note(f"done import {aid} {school.code}")
            if n % 4 == 0:  # the backup after a finalise, outside the transaction (not every time: it is the
                repo.after_finalise(aid)  # slowest step, and kills inside transactions matter most)


def serve() -> None:
    default_catalogue()  # load and validate once, before forking
    print("ready", flush=True)
    for line in sys.stdin:
        parts = line.split()
        if not parts or parts[0] == "quit":
            return
        _, db, journal, seed = parts
        pid = os.fork()
        if pid == 0:  # the writer
            code = 0
            try:
                workload(db, journal, int(seed))
            except BaseException:
                traceback.print_exc()
                sys.stderr.flush()
                code = 3
            os._exit(code)
        print(f"pid {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"exit {os.waitstatus_to_exitcode(status)}", flush=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["once"]:  # one writer in this fresh process
        default_catalogue()
        print("started", flush=True)
        workload(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        serve()
