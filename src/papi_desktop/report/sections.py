"""The parts of the school's report as reportlab flowables: header, title, sections I–V, closing and verification.

The fixed official parts (header, title, "Kính gửi", "Nơi nhận", signature) come from ``official.py``; every piece
of text goes through :func:`para` (NFC, XML-escaped) in the report family; no base-14 font.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from papi_desktop.core.scoring import MET, NA, NOT_MET, UNANSWERED, VERDICT_TEXT
from papi_desktop.report import facts as F
from papi_desktop.report import official as O
from papi_desktop.report.flow import clean, heading_before_table, para, paragraph_class, table_style
from papi_desktop.report.flow import grid as flow_grid
from papi_desktop.report.layout import MM, TEXT_W, Marks, qr_flowable
from papi_desktop.report.texts import t


def lines_para(lines: list[F.Line], style):
    Paragraph = paragraph_class()
    parts = []
    for line in lines:
        head = f"<b>{escape(clean(line.head))}</b>" if line.head else ""
        parts.append(head + escape(clean(line.text)))
    return Paragraph("<br/>".join(parts), style)


def header(ctx) -> list:
    school = ctx.school
    return O.header(ctx.styles, supervising_body=school.get("supervising_body", ""), issuer=school.get("name", ""),
                    number=ctx.doc_number, abbreviation=ctx.abbreviation, place=school.get("place_name", ""),
                    when=ctx.doc_date, lang=ctx.lang)


def title(ctx) -> list:
    """"BÁO CÁO", the summary line with a short rule, then "Kính gửi: …" (the school's receiving offices)."""
    summary = t("summary", ctx.lang, year=ctx.year_text)
    return [*O.title(ctx.styles, t("doc_type", ctx.lang), summary),
            *O.addressees(ctx.styles, ctx.school.get("receiving_offices"), ctx.lang)]


def grid(rows: list[list], widths: list[float], ctx):
    return flow_grid(rows, widths, ctx.styles["cell"].fontName)


def score_text(value, lang: str) -> str:
    return "—" if value is None else F.vn_number(value, lang, decimals=2)


def general(ctx) -> list:
    s, school, lang = ctx.styles, ctx.school, ctx.lang
    stats = school.get("stats") or {}
    out = [para(t("s1", lang), s["heading"]),
           para(t("school_line", lang, name=school.get("name", ""), code=school.get("code", ""),
                  address=school.get("address") or school.get("place_name", "")), s["body"])]
    campuses = school.get("campuses") or []
    names = "; ".join(clean(c.get("name", "")) + (f" ({clean(c['address'])})" if c.get("address") else "")
                      for c in campuses)
    out.append(para(t("campus_line", lang, n=len(campuses)) + (f": {names}." if names else "."), s["body"]))
    out.append(para(t("scale_line", lang, **{k: stats.get(k, "…") for k in ("classes", "pupils", "teachers",
                                                                             "staff")}), s["body"]))
    return out


def results(ctx) -> list:
    """Section II: the score summary table, then one table per dimension."""
    s, lang, cat = ctx.styles, ctx.lang, ctx.catalogue
    counts = ctx.snapshot["scores"].get("counts", {})
    out = [para(t("s2", lang), s["heading"]),
           para(t("overall_line", lang, overall=score_text(ctx.snapshot["scores"].get("overall"), lang),
                  total=len(cat.criteria), met=counts.get(MET, 0), not_met=counts.get(NOT_MET, 0),
                  na=counts.get(NA, 0), unanswered=counts.get(UNANSWERED, 0)), s["body"])]
    head = [para(t(k, lang), s["cell_head"]) for k in ("tt", "dimension", "criteria_n", "met_n", "not_met_n",
                                                      "score")]
    rows = [head]
    dims = [d for d in cat.dimensions if cat.criteria_of(d.id)]
    for n, d in enumerate(dims, start=1):
        verdicts = [ctx.verdicts.get(c.id) for c in cat.criteria_of(d.id)]
        rows.append([para(str(n), s["cell_c"]), para(d.name.get(lang), s["cell"]),
                     para(str(len(verdicts)), s["cell_c"]), para(str(verdicts.count(MET)), s["cell_c"]),
                     para(str(verdicts.count(NOT_MET)), s["cell_c"]),
                     para(score_text(ctx.snapshot["scores"]["dimensions"].get(d.id), lang), s["cell_c"])])
    rows.append([para("", s["cell"]), para(t("overall", lang), s["cell_head"]),
                 para(str(len(cat.criteria)), s["cell_c"]),
                 para(str(counts.get(MET, 0)), s["cell_c"]), para(str(counts.get(NOT_MET, 0)), s["cell_c"]),
                 para(score_text(ctx.snapshot["scores"].get("overall"), lang), s["cell_head"])])
    w = TEXT_W
    out.append(grid(rows, [0.07 * w, 0.43 * w, 0.13 * w, 0.11 * w, 0.12 * w, 0.14 * w], ctx))
    for n, d in enumerate(dims, start=1):
        score = score_text(ctx.snapshot["scores"]["dimensions"].get(d.id), lang)
        out += heading_before_table(t("dim_heading", lang, n=n, name=d.name.get(lang), score=score), s["heading_t"])
        out.append(dimension_table(ctx, d.id))
    return out


def dimension_table(ctx, dimension_id: str):
    s, lang = ctx.styles, ctx.lang
    rows = [[para(t(k, lang), s["cell_head"]) for k in ("tt", "criterion", "facts", "verdict", "evidence")]]
    campuses = ctx.school.get("campuses") or []
    for n, c in enumerate(ctx.catalogue.criteria_of(dimension_id), start=1):
        answer = ctx.answers.get(c.id)
        verdict = VERDICT_TEXT[ctx.verdicts.get(c.id, UNANSWERED)].get(lang)
        rows.append([
            para(str(n), s["cell_c"]),
            para(c.text.get(lang), s["cell"], bold_head=f"{c.id}. "),
            lines_para(F.facts(c, answer, campuses, lang), s["cell"]),
            para(verdict, s["cell_c"]),
            lines_para(F.evidence(answer, ctx.files.get(c.id, []), lang), s["cell"]),
        ])
    w = TEXT_W
    # "Chưa trả lời" fits one line of the result column; the criterion text gets the width TT does not need
    return grid(rows, [0.06 * w, 0.29 * w, 0.33 * w, 0.14 * w, 0.18 * w], ctx)


def shortcomings(ctx) -> list:
    s, lang, cat = ctx.styles, ctx.lang, ctx.catalogue
    out = [para(t("s3", lang), s["heading"])]
    failing = [c for c in cat.criteria if ctx.verdicts.get(c.id) == NOT_MET]
    unanswered = [c for c in cat.criteria if ctx.verdicts.get(c.id, UNANSWERED) == UNANSWERED]
    for n, c in enumerate(failing, start=1):
        problems = ctx.snapshot.get("problems", {}).get(c.id, [])
        detail = " ".join(clean(p) for p in problems)
        out.append(para(f"{n}. {c.id} – {c.text.get(lang)}: {VERDICT_TEXT[NOT_MET].get(lang).lower()}."
                        + (f" {detail}" if detail else ""), s["body"]))
    if unanswered:
        out.append(para(t("unanswered_left", lang, n=len(unanswered)), s["body"]))
    if not failing and not unanswered:
        out.append(para(t("no_shortcomings", lang), s["body"]))
    return out


def plan(ctx) -> list:
    s, lang = ctx.styles, ctx.lang
    actions = ctx.content.get("actions") or []
    if not actions:
        return [para(t("s4", lang), s["heading"]), para(t("no_actions", lang), s["body"])]
    out = heading_before_table(t("s4", lang), s["heading_t"])
    rows = [[para(t(k, lang), s["cell_head"]) for k in ("tt", "action", "criterion", "who", "due", "status")]]
    for n, x in enumerate(actions, start=1):
        status = x.get("status") or "planned"
        rows.append([para(str(n), s["cell_c"]), para(x.get("what", ""), s["cell"]),
                     para(x.get("criterion_id") or "", s["cell_c"]), para(x.get("who", ""), s["cell"]),
                     para(F.vn_date(x["due"]) if x.get("due") else "", s["cell_c"]),
                     para(t(status, lang) if status in ("planned", "in_progress", "done") else status, s["cell"])])
    w = TEXT_W
    return [*out, grid(rows, [0.07 * w, 0.36 * w, 0.11 * w, 0.17 * w, 0.13 * w, 0.16 * w], ctx)]


def proposals(ctx) -> list:
    s, lang = ctx.styles, ctx.lang
    out = [para(t("s5", lang), s["heading"])]
    if ctx.proposals:
        return out + [para(p, s["body"]) for p in ctx.proposals]
    any_gap = any(v in (NOT_MET, UNANSWERED) for v in ctx.verdicts.values())
    return [*out, para(t("proposal_default" if any_gap else "proposal_none", lang), s["body"])]


def closing(ctx, marks: Marks, before: list | None = None) -> list:
    """Closing sentence, "Nơi nhận" and the signature block, kept on one page with ``before`` and the verification
    box.
    "- Như trên;" stands for the offices under "Kính gửi"; ``copies`` not among them follow it."""
    lang = ctx.lang
    recipients = O.recipient_lines(ctx.school.get("receiving_offices"), ctx.copies, t("archive", lang), lang)
    sentence = t("closing", lang, year=ctx.year_text, school=ctx.school.get("name", ""))
    return O.closing(ctx.styles, sentence, recipients, ctx.signer["title"], ctx.signer["name"], marks,
                     after=verification(ctx), lang=lang, before=before)


def verification(ctx) -> list:
    """For a finalised assessment: the verification code and a QR code of school, year, revision and hash."""
    from reportlab.platypus import Spacer, Table

    code = ctx.snapshot.get("verification_code")
    if not code:
        return []
    s, lang, a = ctx.styles, ctx.lang, ctx.content["assessment"]
    digest = ctx.snapshot["content_hash"]
    data = qr_payload(ctx.school.get("code", ""), a.get("school_year", ""), a.get("revision", 1), digest)
    spaced = " ".join(digest[i:i + 16] for i in range(0, len(digest), 16))
    text = [para(t("verify_head", lang, code=code), s["small"].clone("vh", fontName=s["cell_head"].fontName)),
            para(t("verify_text", lang, school_code=ctx.school.get("code", ""), year=a.get("school_year", ""),
                   revision=a.get("revision", 1), digest=spaced), s["small"])]
    table = Table([[qr_flowable(data, 26 * MM), text]], colWidths=[28 * MM, TEXT_W - 28 * MM], hAlign="LEFT")
    table.setStyle(table_style(s["cell"].fontName, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOX", (0, 0), (-1, -1), 0.5, "black")))
    return [Spacer(1, 8), table]


def qr_payload(school_code: str, school_year: str, revision: int, digest: str) -> str:
    """What the QR code holds: ``PAPI1;<school code>;<school year>;<revision>;<sha256 hex>``."""
    return f"PAPI1;{school_code};{school_year};{revision};{digest}"
