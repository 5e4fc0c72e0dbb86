"""Logging to a rotating file in the data folder (``papi-desktop.log``, 3 × 1 MB)."""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

LOG_NAME = "papi-desktop.log"


def log_file() -> Path:
    from papi_desktop.paths import data_dir

    return data_dir() / LOG_NAME


def setup_logging() -> Path | None:
    """Attach the rotating file handler once; returns the log path (None if the folder is not writable)."""
    root = logging.getLogger("papi_desktop")
    path = log_file()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def log_exception(exc: BaseException) -> str:
    """Write ``exc`` with its traceback to the log; returns where (for the user's message)."""
    path = setup_logging()
    logging.getLogger("papi_desktop").error(
        "unexpected error\n%s", "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    )
    return str(path) if path else "stderr"
