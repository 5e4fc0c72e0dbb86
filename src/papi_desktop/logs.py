"""Logging to a rotating file in the data folder (``papi-desktop.log``, 3 × 1 MB)."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

LOG_NAME = "papi-desktop.log"
MAX_BYTES = 1_000_000
BACKUPS = 3


def log_file() -> Path:
    from papi_desktop.paths import data_dir

    return data_dir() / LOG_NAME


class LogFileHandler(logging.Handler):
    """The rotating log file (``logging.handlers.RotatingFileHandler``), made at the first record: a start that
    logs nothing does not import ``logging.handlers`` (which brings socket, pickle and queue, ≈ 10 ms)."""

    def __init__(self, path: Path):
        super().__init__()
        self.baseFilename = str(path.absolute())
        self._rotating: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._rotating is None:
            import logging.handlers

            try:
                self._rotating = logging.handlers.RotatingFileHandler(
                    self.baseFilename, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
            except OSError:
                self.handleError(record)
                return
            self._rotating.setFormatter(self.formatter)
        self._rotating.emit(record)

    def close(self) -> None:
        if self._rotating is not None:
            self._rotating.close()
        super().close()


def setup_logging() -> Path | None:
    """Attach the log file's handler once; returns the log path (None if the folder is not writable)."""
    root = logging.getLogger("papi_desktop")
    path = log_file()
    for h in list(root.handlers):
        if isinstance(h, LogFileHandler):
            if Path(h.baseFilename) == path.absolute():
                return path
            root.removeHandler(h)  # the data folder changed (PAPI_DATA_DIR): follow it
            h.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8"):  # writable? (the handler opens it at the first record)
            pass
    except OSError:
        return None
    handler = LogFileHandler(path)
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


def crash_report_text(exc: BaseException) -> str:
    """Plain text for the crash dialog's "copy details" button: what, where, the app and system, the traceback.

    Contains no answers or school data; the principal can paste it into an e-mail or Zalo message to IT.
    """
    import platform
    import sys
    from datetime import datetime

    from papi_desktop import __version__
    from papi_desktop.errors import PapiError

    lines = [
        f"papi-desktop {__version__} — {datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"Python {platform.python_version()} ({sys.executable}), {platform.platform()}",
        f"Log: {log_file()}",
        f"{type(exc).__module__}.{type(exc).__qualname__}: {exc}",
    ]
    if isinstance(exc, PapiError):
        lines += [f"vi: {exc.vi}", f"en: {exc.en}"]
    lines += ["", "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)).rstrip()]
    return "\n".join(lines)


def install_excepthook(show=None) -> None:
    """Route every uncaught exception (main thread, other threads, Qt slots) to the log, then to ``show``.

    ``show(text, exc)`` is the GUI's crash dialog (``text`` is :func:`crash_report_text`); without it a short
    sentence goes to stderr. Writes in progress are not lost or half-done: every repository write is one
    transaction, which SQLite rolls back when the exception leaves it; what was committed before stays.
    ``KeyboardInterrupt`` keeps Python's default behaviour.
    """
    import sys
    import threading

    default = sys.__excepthook__

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            default(exc_type, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        where = log_exception(exc)
        if show is not None:
            try:
                show(crash_report_text(exc), exc)
                return
            except Exception as inner:  # the dialog itself failed: still tell the user
                log_exception(inner)
        from papi_desktop.errors import PapiError, user_language

        if isinstance(exc, PapiError):
            print(exc.message(), file=sys.stderr)
        elif user_language() == "vi":
            print(f"Lỗi không mong muốn ({exc_type.__name__}); dữ liệu đã lưu không bị ảnh hưởng. Chi tiết đã ghi "
                  f"vào {where}.", file=sys.stderr)
        else:
            print(f"Unexpected error ({exc_type.__name__}); saved data is not affected. Details were written to "
                  f"{where}.", file=sys.stderr)

    sys.excepthook = hook
    def thread_hook(args) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    threading.excepthook = thread_hook
