"""``selftest`` check of this room: a sample assessment survives export, a hostile-file check and import."""

from __future__ import annotations

import tempfile
from pathlib import Path


def exchange_check() -> str:
    from papi_desktop.demo import make_demo
    from papi_desktop.exchange.importer import import_paths
    from papi_desktop.exchange.writer import export_all
    from papi_desktop.storage.repository import Repository

    with tempfile.TemporaryDirectory() as tmp, Repository.open(Path(tmp) / "school.sqlite3") as school:
        make_demo(school, schools=1)
        files = export_all(school, Path(tmp) / "files")
        (Path(tmp) / "files" / "hong.papi").write_bytes(b"PK\x05\x06" + b"\0" * 18)
        with Repository.open(Path(tmp) / "office.sqlite3") as office:
            # two reading processes: proves that spawned workers start (and stop) in this build, frozen or not
            report = import_paths(office, [Path(tmp) / "files"], workers=2)
            results = sorted(r.result for r in report.results)
            if results != sorted(["imported"] * len(files) + ["rejected"]):
                raise RuntimeError(f"unexpected import results {results}")
            for a in office.list_assessments():
                if a.content_hash != school.get_assessment(a.id).content_hash:
                    raise RuntimeError(f"content hash differs after import for {a.id}")
    return f"{len(files)} .papi exported and imported by 2 reading processes, damaged file refused"
