"""``papi-desktop selftest``: proves an installation (or the frozen bundle) works, without a display."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from papi_desktop.gui.selfcheck import check_gui  # imports Qt only when the check runs
from papi_desktop.report.check import selftest_pdf


def _catalogue() -> str:
    from papi_desktop.core.catalogue import default_catalogue

    cat = default_catalogue()
    return f"{cat.catalogue_id} {cat.version}: {len(cat.criteria)} tiêu chí / criteria"


def _resources() -> str:
    from papi_desktop.resources import resource_path

    needed = [resource_path("schemas", "catalogue.schema.json")]
    missing = [str(p) for p in needed if not p.is_file()]
    if missing:
        raise FileNotFoundError(", ".join(missing))
    return f"{len(needed)} OK"


def _exchange() -> str:
    from papi_desktop.exchange.selfcheck import exchange_check

    return exchange_check()


def _database() -> str:
    from papi_desktop.demo import make_demo
    from papi_desktop.storage.repository import Repository

    with tempfile.TemporaryDirectory() as tmp, Repository.open(Path(tmp) / "selftest.sqlite3") as repo:
        make_demo(repo, schools=1)
        ok = repo.db.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            raise RuntimeError(ok)
        a = repo.list_assessments()[0]
        return f"SQLite OK, {len(repo.list_assessments())} assessments, score {a.score}"


def _backup() -> str:
    from papi_desktop.storage.restore import selftest_check

    return selftest_check()


CHECKS: list[tuple[str, Callable[[], str]]] = [
    ("catalogue", _catalogue),
    ("resources", _resources),
    ("database", _database),
    ("backup", _backup),
    ("report", selftest_pdf),
    ("gui", check_gui),
    ("exchange", _exchange),
]


def run_selftest(out: Callable[[str], None] = print) -> bool:
    ok = True
    for name, check in CHECKS:
        try:
            out(f"[OK]   {name}: {check()}")
        except Exception as exc:  # report every failure, keep going
            ok = False
            out(f"[FAIL] {name}: {type(exc).__name__}: {exc}")
    out("selftest: OK" if ok else "selftest: FAILED")
    return ok
