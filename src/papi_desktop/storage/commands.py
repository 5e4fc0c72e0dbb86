"""Sub-commands of this room: ``backup`` and ``restore``. ``register`` stays light: work happens in handlers."""

from __future__ import annotations

import argparse


def _t(vi: str, en: str) -> str:
    from papi_desktop.errors import user_language

    return vi if user_language() == "vi" else en


def _size(n: int) -> str:
    return f"{n / 1048576:.1f} MB" if n >= 1048576 else f"{max(1, n // 1024)} kB"


def cmd_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from papi_desktop.cli import db_path
    from papi_desktop.logs import setup_logging
    from papi_desktop.storage.backup import backup_settings, list_backups, make_backup
    from papi_desktop.storage.database import open_database

    setup_logging()
    path = db_path(args)
    db = open_database(path, migrate=False, create=False)
    try:
        if args.list:
            folder, keep = backup_settings(db.conn, path)
            found = list_backups(folder, path)
            print(_t(f"Thư mục sao lưu: {folder} (giữ {keep} bản mới nhất)",
                     f"Backup folder: {folder} (keeping the newest {keep})"))
            for p in reversed(found):
                print(f"  {p.name}  {_size(p.stat().st_size)}")
            if not found:
                print(_t("  (chưa có bản sao lưu)", "  (no backups yet)"))
            return 0
        info = make_backup(db.conn, path, "manual", out=Path(args.out) if args.out else None)
    finally:
        db.close()
    print(_t(f"Đã sao lưu vào {info.path} ({_size(info.size)}, {info.seconds:.2f} giây, đã kiểm tra toàn vẹn).",
             f"Backed up to {info.path} ({_size(info.size)}, {info.seconds:.2f} s, integrity checked)."))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from papi_desktop.cli import db_path
    from papi_desktop.logs import setup_logging
    from papi_desktop.storage.restore import restore_backup

    setup_logging()
    path = db_path(args)
    result = restore_backup(path, args.backup)
    check = result.restored_from
    print(_t(f"Đã khôi phục {path} từ {check.path} ({check.schools} trường, {check.assessments} bản tự đánh giá).",
             f"Restored {path} from {check.path} ({check.schools} schools, {check.assessments} assessments)."))
    if result.previous is not None:
        prev = getattr(result.previous, "path", result.previous)
        print(_t(f"Dữ liệu trước khi khôi phục được giữ tại {prev}.",
                 f"The data before the restore is kept in {prev}."))
    if result.migrated:
        print(_t("Bản sao lưu cũ hơn ứng dụng nên đã được nâng cấp.", "The backup was older and has been upgraded."))
    return 0


def register(sub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", parents=[db_parent],
                       help=_t("sao lưu tệp dữ liệu (đã kiểm tra toàn vẹn)", "back up the database (checked)"))
    p.add_argument("--out", metavar="PATH",
                   help=_t("thư mục hoặc tên tệp sao lưu (mặc định: thư mục sao lưu của ứng dụng)",
                           "backup folder or file name (default: the app's backup folder)"))
    p.add_argument("--list", action="store_true", help=_t("liệt kê các bản sao lưu", "list the backups"))
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", parents=[db_parent],
                       help=_t("khôi phục tệp dữ liệu từ một bản sao lưu", "restore the database from a backup"))
    p.add_argument("backup", metavar="BACKUP", help=_t("tệp sao lưu", "backup file"))
    p.set_defaults(func=cmd_restore)
