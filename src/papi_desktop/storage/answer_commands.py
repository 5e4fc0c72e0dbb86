"""Sub-commands ``show``, ``answer`` and ``check``: one criterion's answer, verdict and messages from outside the
window (district IT staff, scripts, tests). Values are in the data file's format (docs/exchange-format.md)."""

from __future__ import annotations

import argparse
import json
import sys


def _t(vi: str, en: str) -> str:
    from papi_desktop.errors import user_language

    return vi if user_language() == "vi" else en


def _lang() -> str:
    from papi_desktop.errors import user_language

    return user_language()


def _context(repo, assessment_id: str):
    a = repo.get_assessment(assessment_id)
    school = repo.school_for(a)
    return a, repo.catalogue_of(a), school


def _evaluations(repo, assessment_id: str):
    answers = repo.get_answers(assessment_id)
    cat, school, evs = repo.evaluations(repo.get_assessment(assessment_id), answers)
    return cat, school, answers, evs


def _messages(ev, lang: str) -> list[dict]:
    blocking = [(p, True) for p in ev.problems] + [(p, False) for p in ev.reasons]
    return [{"text": p.message.get(lang), "field": p.field, "campus": p.campus, "blocks_finalising": b}
            for p, b in blocking]


def show_entry(repo, assessment_id: str, criterion_id: str) -> dict:
    """``{"criterion", "value", "verdict", "messages", "text"}`` of one criterion (``value`` None when unanswered or
    not applicable; ``text`` is what the report prints, in the user's language)."""
    from papi_desktop.core.answers import describe_text

    cat, school, answers, evs = _evaluations(repo, assessment_id)
    criterion = cat.criterion(criterion_id)
    answer = answers.get(criterion.id)
    lang = _lang()
    return {
        "criterion": criterion.id,
        "value": None if answer is None or answer.na else answer.value,
        "verdict": evs[criterion.id].verdict,
        "messages": _messages(evs[criterion.id], lang),
        "text": describe_text(criterion, answer, lang, school.campuses),
    }


def _print_entry(entry: dict, title: str = "") -> None:
    from papi_desktop.core.scoring import VERDICT_TEXT

    verdict = VERDICT_TEXT[entry["verdict"]].get(_lang())
    print(f"{entry['criterion']}{'. ' + title if title else ''}")
    print(_t("  Kết quả: ", "  Result: ") + verdict)
    if "text" in entry:
        print(_t("  Trả lời: ", "  Answer: ") + entry["text"])
    for m in entry["messages"]:
        mark = "⚠" if m["blocks_finalising"] else "–"
        print(f"  {mark} {m['text']}")


def cmd_show(args: argparse.Namespace) -> int:
    from papi_desktop.cli import open_repo

    with open_repo(args) as repo:
        entry = show_entry(repo, args.assessment, args.criterion)
        title = _context(repo, args.assessment)[1].criterion(args.criterion).text.get(_lang())
    if args.json:
        print(json.dumps(entry, ensure_ascii=False, indent=2))
    else:
        _print_entry(entry, title)
    return 0


def _read_value(args: argparse.Namespace):
    from papi_desktop.errors import ValidationError

    if args.na is not None:
        return None
    if args.json is None and args.file is None:
        raise ValidationError("Hãy cho giá trị bằng --json '<giá trị>', --file TỆP.json hoặc --na LÝ_DO.",
                              "Give the value with --json '<value>', --file FILE.json or --na REASON.")
    try:
        if args.file is not None:
            with open(args.file, encoding="utf-8") as fh:
                raw = fh.read(1_000_001)
        else:
            raw = args.json
        if len(raw) > 1_000_000:
            raise ValueError("too large")
        return json.loads(raw)
    except (OSError, ValueError) as exc:
        raise ValidationError(f"Không đọc được giá trị JSON ({exc}).", f"The value is not readable JSON ({exc}).") \
            from None


def cmd_answer(args: argparse.Namespace) -> int:
    from papi_desktop.cli import open_repo
    from papi_desktop.core.model import Answer
    from papi_desktop.core.text import nfc

    value = _read_value(args)
    with open_repo(args) as repo:
        old = repo.get_answers(args.assessment).get(args.criterion)
        note = nfc(args.note) if args.note is not None else (old.note if old else "")
        answer = Answer(args.criterion, {} if value is None else value, na=args.na is not None,
                        na_reason=nfc(args.na) or "", note=note or "")
        if not isinstance(answer.value, dict):
            answer.value = {"_": answer.value}  # refused by validation with its sentence
        repo.save_answer_checked(args.assessment, answer, source="cli")
        entry = show_entry(repo, args.assessment, args.criterion)
    _print_entry({k: v for k, v in entry.items() if k != "text"})
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from papi_desktop.cli import open_repo

    with open_repo(args) as repo:
        *_parts, evs = _evaluations(repo, args.assessment)
    lang = _lang()
    entries = [{"criterion": cid, "verdict": ev.verdict, "messages": _messages(ev, lang)} for cid, ev in evs.items()]
    if args.json:
        print(json.dumps(entries, ensure_ascii=False, indent=2))
        return 0
    from papi_desktop.core.scoring import VERDICT_TEXT

    for e in entries:
        print(f"{e['criterion']:<7} {VERDICT_TEXT[e['verdict']].get(lang)}")
        for m in e["messages"]:
            print(f"        {'⚠' if m['blocks_finalising'] else '–'} {m['text']}")
    blocking = sum(m["blocks_finalising"] for e in entries for m in e["messages"])
    print(_t(f"{blocking} lỗi cần sửa trước khi hoàn thành.", f"{blocking} errors to fix before finalising."),
          file=sys.stderr)
    return 0


def register(sub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser) -> None:
    ids = argparse.ArgumentParser(add_help=False)
    ids.add_argument("--assessment", required=True, metavar="ID", help=_t("mã bản tự đánh giá", "assessment id"))

    p = sub.add_parser("show", parents=[db_parent, ids],
                       help=_t("xem câu trả lời, kết quả và thông báo của một tiêu chí",
                               "show one criterion's answer, verdict and messages"))
    p.add_argument("--criterion", required=True, metavar="CID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("answer", parents=[db_parent, ids],
                       help=_t("ghi câu trả lời một tiêu chí (như trong cửa sổ)",
                               "store one criterion's answer (as the window does)"))
    p.add_argument("--criterion", required=True, metavar="CID")
    src = p.add_mutually_exclusive_group()
    src.add_argument("--json", metavar="VALUE", help=_t("giá trị dạng JSON", "the value as JSON"))
    src.add_argument("--file", metavar="FILE.json", help=_t("tệp JSON chứa giá trị", "a JSON file with the value"))
    src.add_argument("--na", metavar="REASON", help=_t("không áp dụng, với lý do", "not applicable, with the reason"))
    p.add_argument("--note", metavar="TEXT", help=_t("ghi chú minh chứng", "evidence note"))
    p.set_defaults(func=cmd_answer)

    p = sub.add_parser("check", parents=[db_parent, ids],
                       help=_t("kết quả và thông báo của mọi tiêu chí", "every criterion's verdict and messages"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)
