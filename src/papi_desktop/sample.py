"""The sample data file behind "Xem thử với dữ liệu mẫu" (``papi-desktop --sample``).

It lives in its own database (:func:`papi_desktop.paths.sample_db_path`, ``papi-mau.sqlite3`` in the data folder),
never in the user's: opening it cannot put a sample school into the user's data. It is built once, in a temporary
file renamed into place when complete, and carries the sample mark (:mod:`papi_desktop.storage.sample`).
"""

from __future__ import annotations

import os
from pathlib import Path

from papi_desktop.paths import sample_db_path

SAMPLE_SCHOOLS = 6
SAMPLE_SEED = 1


def ensure_sample_db(path: str | Path | None = None) -> Path:
    """The sample database at ``path`` (default: the data folder's), created with the sample schools if missing."""
    from papi_desktop.demo import make_demo
    from papi_desktop.errors import StorageError
    from papi_desktop.storage.repository import Repository
    from papi_desktop.storage.sample import is_sample, mark_sample

    target = Path(path) if path else sample_db_path()
    if target.exists():
        with Repository.open(target) as repo:
            if not is_sample(repo):  # a file of that name that is not ours: never treat it as sample data
                raise StorageError(
                    f"Tệp {target} không phải dữ liệu mẫu của chương trình nên không được mở như dữ liệu mẫu.",
                    f"{target} is not the program's sample data, so it is not opened as sample data.")
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.stem}-{os.getpid()}.partial")
    try:
        with Repository.open(tmp) as repo:
            make_demo(repo, schools=SAMPLE_SCHOOLS, seed=SAMPLE_SEED)
            mark_sample(repo)
        os.replace(tmp, target)  # closing the last connection folded the WAL file into it
    finally:
        for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            p.unlink(missing_ok=True)
    return target
