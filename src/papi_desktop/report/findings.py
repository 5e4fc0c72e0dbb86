"""Sections IV–VI of the school's report: each criterion not met with its cause, the improvement plan with the
overdue actions marked, and the proposals grouped by who can solve them.

Causes and proposals are the principal's (report details, :mod:`papi_desktop.core.documents`); where none was
written the suggestion from the failing facts is printed (:func:`papi_desktop.core.remedies.written_or_suggested`,
computed once by the builder's context) — the same on every machine that has the same data.
"""

from __future__ import annotations

from datetime import date

from papi_desktop.core import terms
from papi_desktop.core.scoring import UNANSWERED
from papi_desktop.report import facts as F
from papi_desktop.report.flow import clean, heading_before_table, para
from papi_desktop.report.layout import TEXT_W
from papi_desktop.report.texts import t

#: the order of section VI: the school's direct supervisor first, the school's own part last
PROPOSAL_ORDER = ("commune", "so", "province", "school")


def shortcomings(ctx) -> list:
    s, lang, cat = ctx.styles, ctx.lang, ctx.catalogue
    out = [para(t("s3", lang), s["heading"])]
    failing = ctx.not_met
    unanswered = [c for c in cat.criteria if ctx.verdicts.get(c.id, UNANSWERED) == UNANSWERED]
    for n, cid in enumerate(failing, start=1):
        problems = ctx.snapshot.get("problems", {}).get(cid, [])
        detail = " ".join(dict.fromkeys(clean(p) for p in problems))  # a campus's message said once
        line = t("shortcoming", lang, n=n, cid=cid, text=cat.criterion(cid).text.get(lang))
        out.append(para(line + (f" {detail}" if detail else ""), s["body"]))
        out.append(para(t("cause_line", lang, cause=ctx.causes[cid][0]), s["item"]))
    if unanswered:
        out.append(para(t("unanswered_left", lang, n=len(unanswered)), s["body"]))
    if not failing and not unanswered:
        out.append(para(t("no_shortcomings", lang), s["body"]))
    return out


def overdue_days(action: dict, on: date) -> int:
    """Days an action not done is past its deadline on ``on`` (0 when not overdue)."""
    if action.get("status") == "done" or not action.get("due"):
        return 0
    try:
        due = date.fromisoformat(str(action["due"])[:10])
    except ValueError:
        return 0
    return max(0, (on - due).days)


def status_text(action: dict, on: date, lang: str) -> str:
    """"Chưa thực hiện; quá hạn 12 ngày" — the status, and how many days overdue on the report's date."""
    status = action.get("status") or "planned"
    word = terms.ACTION_STATUS[status].get(lang) if status in terms.ACTION_STATUS else status
    days = overdue_days(action, on)
    return f"{word}; {terms.OVERDUE.get(lang).format(days=days)}" if days else word


def plan(ctx) -> list:
    s, lang = ctx.styles, ctx.lang
    actions = ctx.content.get("actions") or []
    if not actions:
        return [para(t("s4", lang), s["heading"]), para(t("no_actions", lang), s["body"])]
    out = heading_before_table(t("s4", lang), s["heading_t"])
    late = sum(1 for x in actions if overdue_days(x, ctx.doc_date))
    if late:
        out.append(para(t("overdue_note", lang, n=late, date=ctx.doc_date.strftime("%d/%m/%Y")), s["body"]))
    rows = [[para(t(k, lang), s["cell_head"]) for k in ("tt", "action")] +
            [para(terms.CRITERION.get(lang), s["cell_head"])] +
            [para(t(k, lang), s["cell_head"]) for k in ("who", "due", "status")]]
    for n, x in enumerate(actions, start=1):
        rows.append([para(str(n), s["cell_c"]), para(ctx.annex.cut(x.get("what", ""), f"{t('s4', lang)}, {n}"),
                                                      s["cell"]),
                     para(x.get("criterion_id") or "", s["cell_c"]), para(x.get("who", ""), s["cell"]),
                     para(F.vn_date(x["due"]) if x.get("due") else "", s["cell_c"]),
                     para(status_text(x, ctx.doc_date, lang), s["cell"])])
    w = TEXT_W
    return [*out, ctx.grid(rows, [0.07 * w, 0.36 * w, 0.11 * w, 0.17 * w, 0.13 * w, 0.16 * w])]


def group_heading(ctx, solver: str) -> str:
    lang = ctx.lang
    if solver == "commune":
        unit = clean(ctx.school.get("unit_name") or "").strip()
        office = f"Ủy ban nhân dân {unit}" if unit and lang == "vi" else (
            f"the People's Committee of {unit}" if unit else t("to_commune_default", lang))
        return t("to_commune", lang, office=office)
    return t({"so": "to_so", "province": "to_province", "school": "by_school"}[solver], lang)


def proposals(ctx) -> list:
    """Section V: one group per solver that has something, its lines as the principal wrote them."""
    s, lang = ctx.styles, ctx.lang
    out = [para(t("s5", lang), s["heading"])]
    if ctx.proposals:  # given by the caller (build_report(proposals=…))
        return out + [para(p, s["body"]) for p in ctx.proposals]
    texts = ctx.proposal_texts
    n = 0
    for solver in PROPOSAL_ORDER:
        lines = [x.strip() for x in (texts.get(solver) or "").splitlines() if x.strip()]
        if not lines:
            continue
        n += 1
        out.append(para(ctx.spell(f"{n}. {group_heading(ctx, solver)}"), s["group"]))
        out += [para(line, s["item"]) for line in lines]
    if not n:
        out.append(para(t("proposal_none", lang), s["body"]))
    return out
