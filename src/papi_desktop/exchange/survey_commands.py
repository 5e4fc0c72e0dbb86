"""Sub-commands of the parents' survey: ``survey form``, ``survey load``, ``survey results`` (at the school, or at
the office for an imported assessment) and ``survey office`` (every school's survey at the receiving office).

``register`` stays light: reportlab and the table reader are imported inside the handlers.
"""

from __future__ import annotations

import argparse
import json


def _t(vi: str, en: str) -> str:
    from papi_desktop.errors import user_language

    return vi if user_language() == "vi" else en


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f} %"


def cmd_form(args: argparse.Namespace) -> int:
    from papi_desktop.cli import open_repo
    from papi_desktop.report.survey_form import write_survey_form

    with open_repo(args) as repo:
        out = write_survey_form(repo, args.assessment, args.out, copies=args.copies, class_label=args.class_label,
                                lang=args.lang)
    print(_t(f"Đã tạo {args.copies} phiếu khảo sát (mỗi phiếu một trang A4) vào {out}.",
             f"Wrote {args.copies} survey form(s), one A4 page each, to {out}."))
    return 0


def cmd_load(args: argparse.Namespace) -> int:
    from papi_desktop.cli import open_repo
    from papi_desktop.exchange.survey_table import read_survey_file

    with open_repo(args) as repo:
        a = repo.get_assessment(args.assessment)
        loaded = read_survey_file(args.file, repo.survey_questionnaire(a.id), repo.school_for(a))
        repo.add_survey_file(a.id, loaded.forms, file_name=loaded.file_name, file_sha256=loaded.sha256)
        total = len(repo.list_survey_forms(a.id))
    skipped = loaded.skipped_empty
    print(_t(f"Đã nạp {len(loaded.forms)} phiếu từ {loaded.file_name}"
             + (f" (bỏ qua {skipped} dòng không có câu trả lời)" if skipped else "") + f". Tổng số phiếu: {total}.",
             f"Loaded {len(loaded.forms)} forms from {loaded.file_name}"
             + (f" ({skipped} rows without an answer skipped)" if skipped else "") + f". Forms in total: {total}."))
    return 0


def cmd_results(args: argparse.Namespace) -> int:
    from papi_desktop.cli import open_repo
    from papi_desktop.core.scoring import VERDICT_TEXT
    from papi_desktop.core.survey import results_json
    from papi_desktop.errors import user_language

    lang = user_language()
    with open_repo(args) as repo:
        results = repo.survey_results(args.assessment)
    if args.json:
        print(json.dumps(results_json(results, lang), ensure_ascii=False, indent=2))
        return 0
    print(_t(f"Số phiếu: {results.forms}", f"Forms: {results.forms}"))
    print(_t("câu hỏi            phiếu   có  không  không biết  tỉ lệ có  khoảng tin cậy 95 %",
             "question            forms  yes     no  don't know  share yes  95 % interval"))
    for r in results.school.questions:
        interval = f"{_percent(r.interval[0])} – {_percent(r.interval[1])}" if r.interval else "–"
        print(f"{r.id:<18} {r.forms:>6} {r.yes:>4} {r.no:>6} {r.dont_know:>11}  {_percent(r.share_yes):>8}  "
              f"{interval}")
    for c in results.school.choices:
        print(f"{c.id}: " + ", ".join(f"{label.get(lang)} {n}" for _k, label, n in c.counts))
    if results.gaps:
        print(_t("Lệch giữa kết luận của nhà trường và ý kiến cha mẹ:",
                 "Where the school's verdict and the parents disagree:"))
    for g in results.gaps:
        print(f"  {g.criterion}  {VERDICT_TEXT[g.verdict].get(lang)}, "
              + _t(f"{_percent(g.share_yes)} cha mẹ trả lời «có» ({g.answered} phiếu)",
                   f"{_percent(g.share_yes)} of parents say yes ({g.answered} forms)"))
    return 0


def cmd_office(args: argparse.Namespace) -> int:
    from papi_desktop.cli import open_repo
    from papi_desktop.core.terms import NO_SURVEY
    from papi_desktop.errors import user_language
    from papi_desktop.exchange.survey_office import gap_text, overview_json, survey_overview

    lang = user_language()
    with open_repo(args) as repo:
        o = survey_overview(repo, school_year=args.year, unit=args.unit)
    if args.json:
        print(json.dumps(overview_json(o, lang), ensure_ascii=False, indent=2))
        return 0
    numbers = "  ".join(f"{o.numbers[q.id]:>4}" for q in o.questions)
    print(_t(f"Năm học {o.school_year or '–'}: {o.total.surveyed}/{o.total.schools} trường có khảo sát, "
             f"{o.total.forms} phiếu. Tỉ lệ «có» theo câu hỏi:",
             f"School year {o.school_year or '–'}: {o.total.surveyed}/{o.total.schools} schools with a survey, "
             f"{o.total.forms} forms. Share of yes per question:"))
    print(f"{'':<40}{numbers}")
    for u in [*o.units, o.total]:
        name = (u.unit_name or u.unit_code or "–") if u is not o.total else _t("Tất cả", "All")
        print(f"{name[:38]:<40}" + "  ".join(f"{_percent(u.share(q.id)):>4}" for q in o.questions))
    for s in o.schools:
        gap = gap_text(s.gaps[0], lang) if s.gaps else ("" if s.has_survey else NO_SURVEY.get(lang))
        print(f"{s.school_code}  {s.school_name[:40]:<40} {s.forms:>5}  {gap}")
    return 0


def register(sub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser) -> None:
    survey = sub.add_parser("survey", help=_t("khảo sát ý kiến cha mẹ học sinh (in phiếu, nạp phiếu, kết quả)",
                                              "the parents' survey (print forms, load forms, results)"))
    verbs = survey.add_subparsers(dest="survey_command", required=True)
    assessment = argparse.ArgumentParser(add_help=False, parents=[db_parent])
    assessment.add_argument("--assessment", required=True, metavar="ID",
                            help=_t("mã bản tự đánh giá (xem lệnh list)", "assessment id (see the list command)"))

    p = verbs.add_parser("form", parents=[assessment],
                         help=_t("in phiếu khảo sát ra PDF, mỗi phiếu một trang A4", "print survey forms to PDF"))
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--copies", type=int, default=1, metavar="N", help=_t("số phiếu (mặc định 1)",
                                                                          "number of forms (default 1)"))
    p.add_argument("--class", dest="class_label", default="", metavar="LABEL",
                   help=_t("lớp in trên phiếu, ví dụ 3A", "class printed on the forms, e.g. 3A"))
    p.add_argument("--lang", choices=("vi", "en"), default="vi",
                   help=_t("ngôn ngữ của phiếu (mặc định: tiếng Việt)", "language of the forms (default: Vietnamese)"))
    p.set_defaults(func=cmd_form)

    p = verbs.add_parser("load", parents=[assessment],
                         help=_t("nạp phiếu đã nhập trong tệp CSV/XLSX (mỗi dòng một phiếu)",
                                 "load forms from a CSV/XLSX file (one row per form)"))
    p.add_argument("file", metavar="FILE.csv|.xlsx")
    p.set_defaults(func=cmd_load)

    p = verbs.add_parser("results", parents=[assessment],
                         help=_t("kết quả khảo sát và chỗ lệch với kết luận của nhà trường",
                                 "survey results and where they disagree with the school's verdicts"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_results)

    p = verbs.add_parser("office", parents=[db_parent],
                         help=_t("ở cơ quan nhận: tỉ lệ «có» theo câu hỏi của từng trường, từng đơn vị; trường "
                                 "lệch nhiều nhất lên trước",
                                 "at the receiving office: share of yes per question per school and unit; the "
                                 "schools with the largest gaps first"))
    p.add_argument("--year", metavar="YYYY-YYYY", help=_t("năm học (mặc định: năm mới nhất)",
                                                          "school year (default: the latest)"))
    p.add_argument("--unit", metavar="UNIT", help=_t("chỉ một đơn vị (mã hoặc tên)", "one unit only (code or name)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_office)
