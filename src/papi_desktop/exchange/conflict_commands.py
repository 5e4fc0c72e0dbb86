"""``papi-desktop conflicts``: the files the import kept aside, in words, and how to settle each one.

    papi-desktop conflicts --db F list [--json]
    papi-desktop conflicts --db F show ID [--json]
    papi-desktop conflicts --db F resolve ID --keep held|incoming [--file F.papi]
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from papi_desktop.exchange.commands import db_after_action


def _t(vi: str, en: str) -> str:
    from papi_desktop.errors import user_language

    return vi if user_language() == "vi" else en


def _lang() -> str:
    from papi_desktop.errors import user_language

    return user_language()


def cmd_list(args: argparse.Namespace) -> int:
    from papi_desktop.cli import open_repo
    from papi_desktop.exchange.conflicts import list_conflicts

    with open_repo(args) as repo:
        rows = list_conflicts(repo)
    if args.json:
        print(json.dumps([{**asdict(c), "description": c.describe(_lang())} for c in rows], ensure_ascii=False,
                         indent=2))
        return 0
    if not rows:
        print(_t("Không có xung đột nào.", "No conflicts."))
        return 0
    for c in rows:
        print(f"{c.id}  {c.describe(_lang())}  ({c.file_name})")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from papi_desktop.cli import open_repo
    from papi_desktop.exchange.conflicts import compare

    with open_repo(args) as repo:
        cmp = compare(repo, args.id)
    vi = _lang() == "vi"
    if args.json:
        print(json.dumps({"conflict": {**asdict(cmp.conflict), "description": cmp.conflict.describe(_lang())},
                          "differences": cmp.differences,
                          "facts": [{**asdict(r), "differs": r.differs} for r in cmp.facts],
                          "criteria": [{**asdict(r), "differs": r.differs} for r in cmp.criteria]},
                         ensure_ascii=False, indent=2))
        return 0
    print(cmp.conflict.describe(_lang()))
    print(_t(f"{cmp.differences} chỗ khác nhau (đang có | mới nhận):", f"{cmp.differences} differences (held | "
                                                                       "received):"))
    for r in cmp.facts + cmp.criteria:
        if r.differs:
            label = r.label_vi if vi else r.label_en
            print(f"- {r.key} {label}\n    {r.held_verdict} {r.held}\n  | {r.incoming_verdict} {r.incoming}")
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    from papi_desktop.cli import open_repo
    from papi_desktop.exchange.conflicts import resolve

    with open_repo(args) as repo:
        c = resolve(repo, args.id, args.keep, file=args.file)
    kept = _t("bản đang có", "the held version") if args.keep == "held" else _t("bản mới nhận", "the received version")
    print(_t(f"Đã giữ {kept}: {c.describe('vi')}. Bản kia được lưu trong lịch sử.",
             f"Kept {kept}: {c.describe('en')}. The other one is kept in history."))
    return 0


def register(sub, db_parent) -> None:
    p = sub.add_parser("conflicts", parents=[db_parent],
                       help=_t("xem và giải quyết các tệp bị giữ riêng vì xung đột",
                               "see and settle the files kept aside as conflicts"))
    actions = p.add_subparsers(dest="conflicts_command", metavar=_t("VIỆC", "ACTION"), required=True)
    q = actions.add_parser("list", help=_t("liệt kê các xung đột", "list the conflicts"))
    db_after_action(q)
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_list)
    q = actions.add_parser("show",
                           help=_t("so sánh hai bản của một xung đột", "compare both versions of a conflict"))
    db_after_action(q)
    q.add_argument("id", type=int, metavar=_t("SỐ", "ID"), help=_t("số của xung đột (cột đầu của «list»)",
                                                                    "the conflict's number (first column of «list»)"))
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_show)
    q = actions.add_parser("resolve",
                           help=_t("giữ một trong hai bản (bản kia vào lịch sử)", "keep one version (the other goes "
                                                                                   "to history)"))
    db_after_action(q)
    q.add_argument("id", type=int, metavar=_t("SỐ", "ID"), help=_t("số của xung đột (cột đầu của «list»)",
                                                                    "the conflict's number (first column of «list»)"))
    q.add_argument("--keep", required=True, choices=("held", "incoming"),
                   help=_t("held: bản đang có; incoming: bản mới nhận", "held: the version held; incoming: the one "
                                                                          "received"))
    q.add_argument("--file", metavar=_t("TỆP.papi", "FILE.papi"),
                   help=_t("tệp đã nhận (khi cần đọc lại chữ ký số hoặc minh chứng)",
                           "the received file (when its signature or evidence must be read again)"))
    q.set_defaults(func=cmd_resolve)
