"""Section III of the school's report, "Ý kiến của cha mẹ học sinh": what the parents' survey says beside the
self-assessment.

It reads ``snapshot["survey"]`` — the results the snapshot computed from the content's survey member with
:func:`papi_desktop.core.survey.survey_results`, so the school, the office and the command line print the same
numbers: how many forms, of how many classes, entered on which days (per campus when the school has several),
per question the share of "có" with its 95 % interval, the choice questions, and plainly each criterion where the
principal's verdict and most parents disagree. A report without forms says so in one sentence: the Sở's plan asks
schools to survey parents (II.5), so a Sở officer must see that this one did not, rather than wonder whether the
section was forgotten.
"""

from __future__ import annotations

from papi_desktop.core import terms
from papi_desktop.core.catalogue import Text
from papi_desktop.core.scoring import MET, VERDICT_TEXT
from papi_desktop.core.survey import percent, questionnaire_for
from papi_desktop.report import facts as F
from papi_desktop.report.flow import heading_before_table, para
from papi_desktop.report.layout import TEXT_W
from papi_desktop.report.texts import t

#: campuses side by side in one table of shares (more are split over further tables)
CAMPUSES_PER_TABLE = 4


def interval(low: float | None, high: float | None) -> str:
    return "–" if low is None else f"{round(100 * low)}–{percent(high)}"


def parents(ctx) -> list:
    """The flowables of section III (see the module docstring)."""
    s, lang = ctx.styles, ctx.lang
    out = [para(t("s_parents", lang), s["heading"])]
    survey = ctx.snapshot.get("survey")
    if not survey or not survey.get("forms"):
        return [*out, para(t("sv_none", lang), s["body"])]
    questionnaire = questionnaire_for(survey["survey"]["id"], survey["survey"]["version"])
    number = {q.id: n for n, q in enumerate(questionnaire.questions, start=1)}
    texts = {q.id: q.text for q in questionnaire.questions}
    out += _introduction(ctx, survey)
    out += heading_before_table(t("sv_table", lang), s["heading_t"])
    out.append(_question_table(ctx, survey["questions"], number, texts))
    n = 2
    campuses = [c for c in survey.get("campuses", []) if c["forms"]]
    if len(campuses) > 1:
        out += _campus_tables(ctx, campuses, number, texts, n)
        n += 1
    if survey.get("choices"):
        out.append(para(t("sv_choices", lang, n=n), s["group"]))
        out += [para(_choice_line(c, questionnaire, number, lang), s["item"]) for c in survey["choices"]]
        n += 1
    out.append(para(t("sv_gaps", lang, n=n), s["group"]))
    if not survey["gaps"]:
        return [*out, para(t("sv_no_gaps", lang), s["item"])]
    for g in survey["gaps"]:
        key = "sv_gap_met" if g["verdict"] == MET else "sv_gap_not_met"
        text = ctx.catalogue.criterion(g["criterion"]).text if ctx.catalogue.has(g["criterion"]) else Text("", "")
        out.append(para("- " + t(key, lang, cid=g["criterion"], text=text.get(lang).rstrip("."),
                                 verdict=VERDICT_TEXT[g["verdict"]].get(lang), share=percent(g["share_yes"]),
                                 questions=", ".join(str(number[q]) for q in g["questions"]),
                                 yes=g["yes"], answered=g["answered"],
                                 interval=interval(g["ci_low"], g["ci_high"])), s["item"]))
    return out


def _introduction(ctx, survey: dict) -> list:
    s, lang = ctx.styles, ctx.lang
    first, last = survey["entered"]["first"], survey["entered"]["last"]
    dates = t("sv_date" if first == last else "sv_dates", lang, first=F.vn_date(first), last=F.vn_date(last))
    classes = len({(c["campus"], c["class"]) for c in survey["classes"]})
    out = [para(t("sv_forms", lang, forms=survey["forms"], classes=classes, dates=dates), s["body"])]
    campuses = ctx.school.get("campuses") or []
    if len(campuses) > 1:
        got = {c["campus"]: c["forms"] for c in survey.get("campuses", [])}
        items = "; ".join(t("sv_campus_item", lang, name=c.get("name", ""), n=got.get(c["code"], 0))
                          for c in campuses)
        out.append(para(t("sv_campus_forms", lang, items=items), s["body"]))
    out.append(para(t("sv_how", lang), s["body"]))
    return out


def _question_table(ctx, questions: list[dict], number: dict, texts: dict):
    s, lang = ctx.styles, ctx.lang
    head = ["tt", "sv_question", None, "sv_yes", "sv_no", "sv_dont_know", "sv_share"]
    rows = [[para(terms.CRITERION.get(lang) if k is None else t(k, lang), s["cell_head"]) for k in head]]
    for r in questions:
        rows.append([para(str(number[r["id"]]), s["cell_c"]), para(texts[r["id"]].get(lang), s["cell"]),
                     para(", ".join(r["criteria"]), s["cell_c"]), para(str(r["yes"]), s["cell_c"]),
                     para(str(r["no"]), s["cell_c"]), para(str(r["dont_know"]), s["cell_c"]),
                     para(_share_cell(r), s["cell_c"])])
    w = TEXT_W
    return ctx.grid(rows, [0.06 * w, 0.37 * w, 0.11 * w, 0.08 * w, 0.1 * w, 0.11 * w, 0.17 * w])


def _share_cell(r: dict) -> str:
    if r["share_yes"] is None:
        return "–"
    return f"{percent(r['share_yes'])} ({interval(r['ci_low'], r['ci_high'])})"


def _campus_tables(ctx, campuses: list[dict], number: dict, texts: dict, n: int) -> list:
    """Shares per campus (the number of forms answering yes or no under each), a few campuses per table."""
    s, lang = ctx.styles, ctx.lang
    names = {c["code"]: c.get("name", c["code"]) for c in ctx.school.get("campuses") or []}
    out = heading_before_table(t("sv_campus_table", lang, n=n), s["heading_t"])
    for start in range(0, len(campuses), CAMPUSES_PER_TABLE):
        part = campuses[start:start + CAMPUSES_PER_TABLE]
        head = [para(t("tt", lang), s["cell_head"]), para(t("sv_question", lang), s["cell_head"])]
        head += [para(t("sv_campus_head", lang, name=names.get(c["campus"], c["campus"]), n=c["forms"]),
                      s["cell_head"]) for c in part]
        rows = [head]
        for k, q in enumerate(part[0]["questions"]):
            cells = []
            for c in part:
                r = c["questions"][k]
                cells.append(para("–" if r["share_yes"] is None else f"{percent(r['share_yes'])} ({r['answered']})",
                                  s["cell_c"]))
            rows.append([para(str(number[q["id"]]), s["cell_c"]), para(texts[q["id"]].get(lang), s["cell"]), *cells])
        share = 0.56 / len(part)
        out.append(ctx.grid(rows, [0.06 * TEXT_W, 0.38 * TEXT_W, *[share * TEXT_W] * len(part)]))
    out.append(para(t("sv_campus_note", lang), s["small"].clone("sv_note", spaceBefore=3, spaceAfter=6)))
    return out


def _choice_line(c: dict, questionnaire, number: dict, lang: str) -> str:
    """"10. Con đi từ nhà đến trường mất bao lâu? Dưới 15 phút: 120 (52%); …" — shares of the forms answering it."""
    q = questionnaire.question(c["id"])
    head = f"{number[c['id']]}. {q.text.get(lang)} "
    if not c["answered"]:
        return head + t("sv_choice_none", lang)
    counts = c["counts"]
    return head + "; ".join(f"{o.label.get(lang)}: {counts.get(o.key, 0)} "
                            f"({percent(counts.get(o.key, 0) / c['answered'])})" for o in q.options) + "."
