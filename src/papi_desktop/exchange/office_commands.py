"""Sub-command ``office``: the receiving office's profile, printed on its summary report.

    papi-desktop office --db F set --name … --parent … --place … --signer … --signer-title … --recipient … \\
        [--recipient …] [--copy-to …] [--abbreviation …] [--number N]
    papi-desktop office --db F show [--json]
"""

from __future__ import annotations

import argparse
import json

from papi_desktop.errors import user_language


def _t(vi: str, en: str) -> str:
    return vi if user_language() == "vi" else en


#: stored key -> name in ``show --json`` (the command line speaks of --parent and --place)
_JSON = {"name": "name", "supervising_body": "parent", "place_name": "place", "signer": "signer",
         "signer_title": "signer_title", "recipients": "recipients", "copy_to": "copy_to",
         "abbreviation": "abbreviation", "doc_number": "number"}
#: stored key -> argparse destination
_ARGS = {**_JSON, "recipients": "recipient"}


def office_json(office: dict) -> dict:
    """The profile as ``office show --json`` prints it (names as the command line's options), with the names of
    the required fields still empty."""
    from papi_desktop.exchange.office import missing_fields

    out = {name: office.get(key) for key, name in _JSON.items()}
    out["missing"] = [_JSON[k] for k in missing_fields(office)]
    out["complete"] = not out["missing"]
    return out


def cmd_office(args: argparse.Namespace) -> int:
    from papi_desktop.cli import open_repo
    from papi_desktop.exchange.office import LABELS, load_office, missing_fields, save_office

    with open_repo(args) as repo:
        if args.action == "set":
            changes = {key: getattr(args, dest) for key, dest in _ARGS.items() if getattr(args, dest) is not None}
            office = save_office(repo, changes)
        else:
            office = load_office(repo)
    if args.json:
        print(json.dumps(office_json(office), ensure_ascii=False, indent=2))
        return 0
    lang = 0 if user_language() == "vi" else 1
    for key in _ARGS:
        value = office.get(key)
        shown = "; ".join(value) if isinstance(value, list) else ("" if value is None else str(value))
        print(f"{LABELS[key][lang]}: {shown or '—'}")
    missing = missing_fields(office)
    if missing:
        print(_t("Còn thiếu: ", "Missing: ") + ", ".join(LABELS[k][lang] for k in missing))
    return 0


def register(sub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser) -> None:
    """``office``."""
    p = sub.add_parser("office", parents=[db_parent],
                       help=_t("thông tin cơ quan in trên báo cáo tổng hợp", "the office's profile on its summary"))
    p.add_argument("action", nargs="?", choices=("show", "set"), default="show")
    p.add_argument("--name", help=_t("tên cơ quan", "office name"))
    p.add_argument("--parent", help=_t("cơ quan chủ quản", "supervising body"))
    p.add_argument("--place", help=_t("địa danh ghi cạnh ngày tháng", "place name beside the date"))
    p.add_argument("--signer", help=_t("họ tên người ký", "signer's full name"))
    p.add_argument("--signer-title", help=_t("chức vụ, ví dụ TRƯỞNG PHÒNG hoặc KT. TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG",
                                             "title, e.g. TRƯỞNG PHÒNG"))
    p.add_argument("--recipient", action="append", help=_t("nơi gửi (Kính gửi), có thể lặp lại",
                                                           "addressee (Kính gửi), repeatable"))
    p.add_argument("--copy-to", action="append", help=_t("nơi nhận khác (Nơi nhận), có thể lặp lại",
                                                         "other recipient (Nơi nhận), repeatable"))
    p.add_argument("--abbreviation", help=_t("chữ viết tắt trong số văn bản", "abbreviation in the number"))
    p.add_argument("--number", type=int, help=_t("số văn bản", "document number"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_office)
