"""The command line: a public, stable contract.

``papi-desktop [--db FILE]`` opens the GUI; ``papi-desktop FILE.papi`` (or ``--open FILE.papi``, what a double
click on a data file runs) opens it with the receiving office's window importing that file; sub-commands work
without a display. Errors are printed to stderr in Vietnamese or English (by locale, or ``PAPI_LANG``) with a
non-zero exit code — never a traceback.

Each room adds its own sub-commands through a ``register(subparsers, db_parent)`` function in a light module
(``papi_desktop.report.commands``, ``papi_desktop.exchange.commands``, ``papi_desktop.storage.commands``);
heavy libraries are imported only when a command runs.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

from papi_desktop import __version__
from papi_desktop.errors import PapiError, user_language

if TYPE_CHECKING:
    import argparse

ROOM_COMMANDS = (
    "papi_desktop.report.commands",
    "papi_desktop.exchange.commands",
    "papi_desktop.exchange.office_commands",
    "papi_desktop.storage.commands",
    "papi_desktop.exchange.conflict_commands",
    "papi_desktop.storage.answer_commands",
    "papi_desktop.exchange.survey_commands",
    "papi_desktop.exchange.review_commands",
)
EXIT_USAGE = 2
EXIT_ERROR = 1
#: the options of the window's own start (``papi-desktop [--db FILE] [--sample] [--open FILE]``): True when the
#: option takes a value
WINDOW_OPTIONS = {"--db": True, "--open": True, "--sample": False, "--print-db-path": False}


def _t(vi: str, en: str) -> str:
    return vi if user_language() == "vi" else en


def db_path(args: argparse.Namespace) -> Path:
    from papi_desktop.paths import default_db_path

    return Path(args.db) if args.db else default_db_path()


def open_repo(args: argparse.Namespace):
    """The repository for ``--db`` (or the default database)."""
    from papi_desktop.storage.repository import Repository

    return Repository.open(db_path(args))


def cmd_demo(args: argparse.Namespace) -> int:
    from papi_desktop.demo import make_demo

    if args.schools < 1 or args.schools > 100_000:
        raise PapiError("--schools phải từ 1 đến 100000.", "--schools must be between 1 and 100000.")
    with open_repo(args) as repo:
        def progress(done: int, total: int) -> None:
            if total >= 1000:
                print(f"{done}/{total}", file=sys.stderr, flush=True)

        added = make_demo(repo, schools=args.schools, seed=args.seed, progress=progress)
    print(_t(f"Đã thêm {added['schools']} trường, {added['assessments']} bản tự đánh giá vào {db_path(args)}.",
             f"Added {added['schools']} schools and {added['assessments']} assessments to {db_path(args)}."))
    return 0


def list_rows(repo) -> list[dict]:
    """One plain row per assessment (used by ``list`` and its JSON output); ``review`` is the office's decision (at
    the office) or the newest receipt's (at the school): null, "accepted", "returned" or "resubmitted"."""
    from papi_desktop.core.snapshot import verification_code
    from papi_desktop.exchange.review import list_fields

    names = {s.code: s.name for s in repo.list_schools()}
    reviews = list_fields(repo)
    return [
        {
            "id": a.id,
            "school_code": a.school_code,
            "school_name": names.get(a.school_code, ""),
            "school_year": a.school_year,
            "status": a.status,
            "revision": a.revision,
            "score": a.score,
            "updated_at": a.updated_at,
            "verification_code": verification_code(a.content_hash) if a.is_final and a.content_hash else None,
            "review": reviews.get(a.id, (None, None))[0],
            "review_reason": reviews.get(a.id, (None, None))[1] or None,
        }
        for a in repo.list_assessments()
    ]


def cmd_list(args: argparse.Namespace) -> int:
    with open_repo(args) as repo:
        rows = list_rows(repo)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2, allow_nan=False))
        return 0
    if not rows:
        print(_t("Chưa có bản tự đánh giá nào.", "No assessments yet."))
        return 0
    from papi_desktop.core.terms import revision_text

    status = {"draft": _t("nháp", "draft"), "finalised": _t("hoàn thành", "final")}
    for r in rows:
        score = "  -  " if r["score"] is None else f"{r['score']:5.2f}"
        print(f"{r['id']}  {r['school_code']:<12} {r['school_year']}  {status[r['status']]:<10} "
              f"{revision_text(r['revision'], user_language()):<10} {score}  {r['school_name']}")
    return 0


def cmd_selftest(args: argparse.Namespace) -> int:
    from papi_desktop.selftest import run_selftest

    ok = run_selftest(print)
    return 0 if ok else EXIT_ERROR


def has_display() -> bool:
    """True when a GUI can be shown (Windows/macOS, an X11/Wayland display, or an explicit Qt platform)."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_gui(args: argparse.Namespace) -> int:
    if not has_display():
        print(_t(
            "Không có màn hình để mở giao diện. Dùng dòng lệnh, ví dụ:\n"
            "  papi-desktop demo --db du-lieu.sqlite3      (tạo dữ liệu mẫu)\n"
            "  papi-desktop list --db du-lieu.sqlite3      (liệt kê các bản tự đánh giá)\n"
            "  papi-desktop report --db du-lieu.sqlite3 --assessment MÃ --out bao-cao.pdf   (in báo cáo PDF)\n"
            "  papi-desktop --help                         (mọi lệnh)",
            "No display to show the window. Use the command line, e.g.:\n"
            "  papi-desktop demo --db data.sqlite3      (create sample data)\n"
            "  papi-desktop list --db data.sqlite3      (list the assessments)\n"
            "  papi-desktop report --db data.sqlite3 --assessment ID --out report.pdf   (the PDF report)\n"
            "  papi-desktop --help                      (all commands)",
        ), file=sys.stderr)
        return EXIT_USAGE
    if args.sample:
        if args.db:
            raise PapiError("Dùng --sample hoặc --db, không dùng cả hai.", "Use --sample or --db, not both.")
        from papi_desktop.sample import ensure_sample_db

        path = ensure_sample_db()
    else:
        path = db_path(args)
    from papi_desktop.windows_guard import explain_qt_import_error, require_supported_windows

    refused = require_supported_windows()  # before Qt loads: an old Windows gets a message box, not a DLL error
    if refused:
        return refused
    # the home page's data layer is Qt-free: imported before PySide6, whose import hook reads the source of every
    # module imported after it (≈ 10 ms and 1–2 MB when the app runs from source)
    import papi_desktop.storage.repository  # noqa: F401
    try:
        from papi_desktop.gui.app import run_gui
    except ImportError as exc:
        return explain_qt_import_error(exc)
    return run_gui(path, open_file=args.open)


def window_args(argv: list[str]) -> SimpleNamespace | None:
    """The usual start — nothing but the window's own options (a double-clicked file too) — read without argparse
    (≈ 15 ms less on one core), into what the full parser gives for it; None for anything else (a command,
    ``--help``, an abbreviated or unknown option, a missing value), which :func:`build_parser` parses and explains."""
    args = SimpleNamespace(db=None, sample=False, open=None, print_db_path=False, command=None, func=cmd_gui)
    words = iter(argv)
    for word in words:
        name, has_value, value = word.partition("=")
        if name not in WINDOW_OPTIONS:
            return None
        if WINDOW_OPTIONS[name]:
            value = value if has_value else next(words, None)
            if value is None or value.startswith("-"):
                return None
            setattr(args, name[2:].replace("-", "_"), value)
        elif has_value:
            return None
        else:
            setattr(args, name[2:].replace("-", "_"), True)
    return args


def build_parser() -> argparse.ArgumentParser:
    """The whole command line (every room's commands)."""
    import argparse

    from papi_desktop.cli_language import CliParser

    db_parent = argparse.ArgumentParser(add_help=False)
    db_parent.add_argument("--db", metavar="FILE", help=_t("tệp dữ liệu SQLite", "SQLite database file"))
    parser = CliParser(
        prog="papi-desktop",
        description=_t("Tự đánh giá các tiêu chí nâng cao Chỉ số PAPI của trường tiểu học.",
                       "Self-assessment of primary schools against the PAPI criteria."),
        parents=[db_parent],
    )
    parser.add_argument("--version", action="version", version=f"papi-desktop {__version__}",
                        help=_t("in số phiên bản rồi thoát", "show the version and exit"))
    parser.add_argument("--sample", action="store_true",
                        help=_t("mở dữ liệu mẫu để xem thử (tệp riêng, không đụng đến dữ liệu của bạn)",
                                "open the sample data to try the program (its own file, your data is not touched)"))
    parser.add_argument("--open", metavar="FILE.papi",
                        help=_t("mở cửa sổ tổng hợp (cơ quan nhận báo cáo) và nhập tệp dữ liệu này",
                                "open the receiving office's window and import this data file"))
    parser.add_argument("--print-db-path", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", parents=[db_parent], help=_t("tạo dữ liệu mẫu", "create sample data"))
    p.add_argument("--schools", type=int, default=6, metavar="N",
                   help=_t("số trường mẫu (mặc định 6)", "how many sample schools (default 6)"))
    p.add_argument("--seed", type=int, default=1, metavar="S",
                   help=_t("cùng số này cho lại đúng dữ liệu mẫu cũ (mặc định 1)",
                           "the same number gives the same sample data again (default 1)"))
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("list", parents=[db_parent], help=_t("liệt kê bản tự đánh giá", "list assessments"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("selftest", help=_t("tự kiểm tra ứng dụng", "check the app works"))
    p.set_defaults(func=cmd_selftest)

    for module in ROOM_COMMANDS:
        importlib.import_module(module).register(sub, db_parent)
    parser.set_defaults(func=cmd_gui)
    return parser


class SafeOutput:
    """A text stream that writes control and bidi characters as ``\\uXXXX`` (:func:`~papi_desktop.core.text.
    shown_safely`): a school name from a hostile file cannot clear the screen, move the cursor over the totals or
    reverse what follows. Tab and newline pass; JSON printed through it stays valid and means the same."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        from papi_desktop.core.text import shown_safely

        self._stream.write(shown_safely(text))
        return len(text)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def main(argv: list[str] | None = None) -> int:
    if hasattr(sys.stdout, "reconfigure"):
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(AttributeError, ValueError):
                stream.reconfigure(encoding="utf-8", errors="replace")
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeOutput(stdout), SafeOutput(stderr)
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _main(argv: list[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0].lower().endswith(".papi") and not argv[0].startswith("-"):
        argv = ["--open", *argv]  # "Open with" / a double click passes the file alone
    args = window_args(argv)
    if args is None:
        from papi_desktop.cli_language import argparse_language

        with argparse_language(user_language()):  # "usage", "options", argparse's errors in the user's language
            args = build_parser().parse_args(argv)
    from papi_desktop.logs import setup_logging

    setup_logging()
    if getattr(args, "print_db_path", False):
        print(db_path(args))
        return 0
    try:
        return args.func(args)
    except PapiError as exc:
        print(_t("Lỗi: ", "Error: ") + exc.message(), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # never show a traceback to a user
        from papi_desktop.logs import log_exception

        where = log_exception(exc)
        print(_t(f"Lỗi không mong muốn ({type(exc).__name__}). Chi tiết đã ghi vào {where}.",
                 f"Unexpected error ({type(exc).__name__}). Details were written to {where}."), file=sys.stderr)
        return EXIT_ERROR
