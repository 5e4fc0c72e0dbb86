"""Sub-commands for what the report says beyond the answers: ``basis`` (the Sở's plan of a school year) and
``details`` (an assessment's reference date, causes and proposals). Light: no reportlab here."""

from __future__ import annotations

import argparse
import json

from papi_desktop.errors import PapiError, ValidationError, user_language


def _t(vi: str, en: str) -> str:
    return vi if user_language() == "vi" else en


def _pairs(items: list[str] | None, what_vi: str, what_en: str) -> dict[str, str]:
    out = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ValidationError(f"{what_vi} phải có dạng KHÓA=nội dung: «{item[:40]}».",
                                  f"{what_en} must read KEY=text: '{item[:40]}'.")
        out[key.strip()] = value
    return out


def basis_state(repo, school_year: str) -> dict:
    """``{"school_year", "basis", "source"}``: the plan basis of a year and where it comes from (``"user"``,
    ``"default"`` — the app's known plan of that year — or None when unset)."""
    stored = repo.stored_plan_basis(school_year)
    basis = repo.plan_basis(school_year)
    return {"school_year": school_year, "basis": basis,
            "source": "user" if stored is not None else "default" if basis else None}


def cmd_basis(args: argparse.Namespace) -> int:
    from papi_desktop.cli import open_repo
    from papi_desktop.core.documents import basis_text

    with open_repo(args) as repo:
        if args.action == "set":
            values = {k: getattr(args, k) for k in ("kind", "number", "date", "issuer", "title", "cites")}
            repo.set_plan_basis(args.year, {k: v for k, v in values.items() if v})
        elif args.action == "clear":
            repo.set_plan_basis(args.year, None)
        years = [args.year] if args.year else sorted({a.school_year for a in repo.list_assessments()}, reverse=True)
        states = [basis_state(repo, y) for y in years]
    if args.json:
        print(json.dumps(states if not args.year else states[0], ensure_ascii=False, indent=2))
        return 0
    lang = user_language()
    for st in states:
        text = basis_text(st["basis"], lang) if st["basis"] else _t("CHƯA GHI — báo cáo không nêu căn cứ",
                                                                    "NOT SET — the report names no plan")
        print(f"{st['school_year']}: {text}")
    return 0


def details_state(repo, assessment_id: str, lang: str) -> dict:
    """Everything ``details show`` prints: stored values, the suggestions the report uses where nothing is
    written, and what is still missing."""
    from papi_desktop.core.remedies import written_or_suggested
    from papi_desktop.core.scoring import NOT_MET
    from papi_desktop.report.texts import missing_flags

    a = repo.get_assessment(assessment_id)
    snap = repo.snapshot(assessment_id)
    details = snap["content"].get("report") or {}
    cat = repo.catalogue_of(a)
    failing = [c.id for c in cat.criteria if snap["verdicts"].get(c.id) == NOT_MET]
    values = {x["criterion_id"]: x["value"] for x in snap["content"]["answers"]}
    causes, proposals = written_or_suggested(cat, details, failing, values, snap["content"]["school"]["campuses"],
                                             lang)
    return {
        "assessment": a.id, "school_year": a.school_year, "status": a.status,
        "reference_date": details.get("reference_date"), "basis": details.get("basis"),
        "causes": {cid: {"text": text, "written": written} for cid, (text, written) in causes.items()},
        "proposals": proposals, "proposals_written": details.get("proposals") is not None,
        "missing": missing_flags(details, a.school_year, lang) if not a.is_final else [],
    }


def cmd_details(args: argparse.Namespace) -> int:
    from papi_desktop.cli import open_repo
    from papi_desktop.core.terms import SOLVERS

    lang = user_language()
    with open_repo(args) as repo:
        if args.action == "set":
            changes: dict = {}
            if args.reference_date is not None:
                changes["reference_date"] = args.reference_date or None
            causes = _pairs(args.cause, "--cause", "--cause")
            if causes:
                changes["causes"] = causes
            proposals = _pairs(args.proposal, "--proposal", "--proposal")
            if set(proposals) - set(SOLVERS):
                raise PapiError(f"--proposal: cấp giải quyết phải là một trong {', '.join(SOLVERS)}.",
                                f"--proposal: the level must be one of {', '.join(SOLVERS)}.")
            if args.suggested_proposals:
                changes["proposals"] = None
            elif proposals:
                current = details_state(repo, args.assessment, lang)["proposals"]
                changes["proposals"] = {**current, **{k: v.replace("\\n", "\n") for k, v in proposals.items()}}
            if not changes:
                raise PapiError("Không có gì để ghi: dùng --reference-date, --cause, --proposal hoặc "
                                "--suggested-proposals.", "Nothing to set: use --reference-date, --cause, "
                                "--proposal or --suggested-proposals.")
            repo.save_report_details(args.assessment, **changes)
        state = details_state(repo, args.assessment, lang)
    if args.json:
        print(json.dumps(state, ensure_ascii=False, indent=2))
        return 0
    print(_t(f"Ngày chốt số liệu: {state['reference_date'] or 'chưa ghi'}",
             f"Reference date: {state['reference_date'] or 'not set'}"))
    for cid, cause in state["causes"].items():
        mark = "" if cause["written"] else _t(" (gợi ý)", " (suggested)")
        print(f"{cid}{mark}: {cause['text']}")
    for solver, text in state["proposals"].items():
        if text:
            print(f"[{solver}]" + ("" if state["proposals_written"] else _t(" (gợi ý)", " (suggested)")))
            print(text)
    for line in state["missing"]:
        print(_t("Còn thiếu: ", "Missing: ") + line)
    return 0


def register(sub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser) -> None:
    """``basis`` and ``details``."""
    p = sub.add_parser("basis", parents=[db_parent], help=_t("căn cứ của báo cáo: văn bản của Sở theo năm học",
                                                            "the Department's plan each year's report answers"))
    p.add_argument("action", nargs="?", choices=("show", "set", "clear"), default="show")
    p.add_argument("--year", metavar="YYYY-YYYY", help=_t("năm học", "school year"))
    p.add_argument("--kind", help=_t("loại văn bản (mặc định: Kế hoạch)", "document kind (default: Kế hoạch)"))
    p.add_argument("--number", help=_t("số, ký hiệu, ví dụ 123/KH-SGDĐT", "number and symbol, e.g. 123/KH-SGDĐT"))
    p.add_argument("--date", help=_t("ngày ban hành (dd/mm/yyyy, hoặc mm/yyyy)", "date (dd/mm/yyyy or mm/yyyy)"))
    p.add_argument("--issuer", help=_t("cơ quan ban hành", "issuing body"))
    p.add_argument("--title", help=_t("trích yếu", "title"))
    p.add_argument("--cites", help=_t("văn bản cấp trên mà kế hoạch thực hiện", "the higher document it implements"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_require_year(cmd_basis))

    p = sub.add_parser("details", parents=[db_parent], help=_t("ngày chốt số liệu, nguyên nhân, đề xuất của báo cáo",
                                                              "reference date, causes and proposals of a report"))
    p.add_argument("action", nargs="?", choices=("show", "set"), default="show")
    p.add_argument("--assessment", required=True, metavar="ID")
    p.add_argument("--reference-date", metavar="DD/MM/YYYY", help=_t("ngày chốt số liệu (\"\" để xoá)",
                                                                     "date the figures refer to (\"\" clears)"))
    p.add_argument("--cause", action="append", metavar="CID=TEXT", help=_t("nguyên nhân của một tiêu chí chưa đạt",
                                                                            "cause of a criterion not met"))
    p.add_argument("--proposal", action="append", metavar="LEVEL=TEXT",
                   help=_t("đề xuất theo cấp: school, commune, so, province", "proposal by level"))
    p.add_argument("--suggested-proposals", action="store_true",
                   help=_t("dùng lại đề xuất gợi ý từ các tiêu chí chưa đạt", "go back to the suggested proposals"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_details)


def _require_year(func):
    def run(args: argparse.Namespace) -> int:
        if args.action in ("set", "clear") and not args.year:
            raise PapiError("Cần --year (ví dụ 2025-2026).", "--year is required (e.g. 2025-2026).")
        return func(args)

    return run
