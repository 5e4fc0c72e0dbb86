"""The parts of the report as reportlab flowables: header, title, sections I–V, closing and verification.

Every piece of text goes through :func:`para` (NFC, XML-escaped) in the report family; no base-14 font.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from xml.sax.saxutils import escape

from papi_desktop.core.scoring import MET, NA, NOT_MET, UNANSWERED, VERDICT_TEXT
from papi_desktop.report import facts as F
from papi_desktop.report.layout import MM, TEXT_W, Marks, Rule, qr_flowable, signature_space
from papi_desktop.report.texts import doc_number, place_date, t


def clean(text) -> str:
    return unicodedata.normalize("NFC", "" if text is None else str(text))


@cache
def paragraph_class():
    """reportlab's Paragraph remembering its last wrap: tables wrap each cell several times at the same width
    (measuring, splitting, drawing); line breaking does not depend on the available height."""
    from reportlab.platypus import Paragraph

    class CachedParagraph(Paragraph):
        def wrap(self, availWidth, availHeight):
            if getattr(self, "_wrapped_for", None) == availWidth and "blPara" in self.__dict__:
                return self.width, self.height
            result = super().wrap(availWidth, availHeight)
            self._wrapped_for = availWidth
            return result

    return CachedParagraph


@cache
def _template_frags(font_name: str, font_size: float, with_head: bool) -> tuple:
    """Parsed fragments of a template paragraph in a style, to clone for plain text (skips the XML parser)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus.paraparser import ParaParser

    style = ParagraphStyle("template", fontName=font_name, fontSize=font_size)
    return tuple(ParaParser().parse("<b>H</b>T" if with_head else "T", style)[1])


def para(text: str, style, bold_head: str = ""):
    """A Paragraph of plain ``text``; ``bold_head`` is printed bold before it."""
    Paragraph = paragraph_class()
    text, head = clean(text).strip(), clean(bold_head)
    if text and "\n" not in text + head and head.lstrip() == head:
        # plain text: clone parsed template fragments instead of running reportlab's XML parser per cell
        frags = _template_frags(style.fontName, style.fontSize, bool(head))
        texts = [head, text] if head else [text]
        clones = [f.clone(text=t, link=[], us_lines=[]) for f, t in zip(frags, texts, strict=True)]
        return Paragraph(text, style, frags=clones)
    body = escape(text).replace("\n", "<br/>")
    if head:
        body = f"<b>{escape(head)}</b>{body}"
    return Paragraph(body, style)


def lines_para(lines: list[F.Line], style):
    Paragraph = paragraph_class()
    parts = []
    for line in lines:
        head = f"<b>{escape(clean(line.head))}</b>" if line.head else ""
        parts.append(head + escape(clean(line.text)))
    return Paragraph("<br/>".join(parts), style)


def table_style(ctx, *commands):
    """A TableStyle in the report family: reportlab would otherwise set Helvetica for every cell."""
    from reportlab.platypus import TableStyle

    return TableStyle([("FONTNAME", (0, 0), (-1, -1), ctx.styles["cell"].fontName), *commands])


def _text_width(text: str, style) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(clean(text), style.fontName, style.fontSize)


def header(ctx) -> list:
    """Page 1 header: a two-column borderless table (issuing body left, national title right)."""
    from reportlab.platypus import Table

    s, school, lang = ctx.styles, ctx.school, ctx.lang
    left_w, right_w = TEXT_W * 0.42, TEXT_W * 0.58
    school_name = clean(school.get("name", "")).upper()
    school_line_w = min(_text_width(school_name, s["school"]), left_w - 6)  # a wrapped name spans the column
    motto = t("motto", lang)
    left = [
        para(clean(school.get("supervising_body", "")).upper(), s["supervising"]),
        para(school_name, s["school"]),
        Rule.make(school_line_w * 0.4, 3),
        para(doc_number(ctx.doc_number, ctx.abbreviation, lang), s["number"]),
    ]
    right = [
        para(t("national", lang), s["national"]),
        para(motto, s["motto"]),
        Rule.make(_text_width(motto, s["motto"]), 3),
        para(place_date(clean(school.get("place_name", "")), ctx.doc_date, lang), s["date"]),
    ]
    table = Table([[left, right]], colWidths=[left_w, right_w])
    table.setStyle(table_style(ctx, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (0, 0), 6), ("TOPPADDING", (0, 0), (-1, -1), 0)))
    return [table]


def title(ctx) -> list:
    """"BÁO CÁO", the summary line with a short rule, then "Kính gửi: …"."""
    from reportlab.platypus import Spacer, Table

    s, lang = ctx.styles, ctx.lang
    summary = t("summary", lang, year=ctx.year_text)
    out = [para(t("doc_type", lang), s["title"]), para(summary, s["summary"]),
           Rule.make(min(_text_width(summary, s["summary"]), TEXT_W) / 3, 5, 10)]
    offices = [clean(o) for o in ctx.school.get("receiving_offices") or [] if clean(o).strip()]
    if len(offices) == 1:
        out.append(para(f"{t('to', lang)} {offices[0]}.", ctx.styles["to"].clone("to_c", alignment=1)))
    elif offices:
        items = [f"- {o};" for o in offices[:-1]] + [f"- {offices[-1]}."]
        label_w = _text_width(t("to", lang) + " ", s["to"]) + 2
        body_w = min(max(_text_width(i, s["to"]) for i in items) + 4, TEXT_W - label_w - 20 * MM)
        table = Table([[para(t("to", lang), s["to"]), [para(i, s["to"]) for i in items]]],
                      colWidths=[label_w, body_w], hAlign="CENTER")
        table.setStyle(table_style(ctx, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)))
        out.append(table)
    out.append(Spacer(1, 8))
    return out


def grid(rows: list[list], widths: list[float], ctx):
    """A bordered table with its header row repeated on every page; rows may split across pages."""
    from reportlab.platypus import Table

    table = Table(rows, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=1)
    table.setStyle(table_style(ctx,
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ))
    return table


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
        out.append(para(t("dim_heading", lang, n=n, name=d.name.get(lang), score=score), s["heading"]))
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
    return grid(rows, [0.07 * w, 0.27 * w, 0.34 * w, 0.11 * w, 0.21 * w], ctx)


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
    out = [para(t("s4", lang), s["heading"])]
    actions = ctx.content.get("actions") or []
    if not actions:
        return [*out, para(t("no_actions", lang), s["body"])]
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


def closing(ctx, marks: Marks) -> list:
    """Closing sentence, then "Nơi nhận" (left) and the signature block (right), kept on one page."""
    from reportlab.platypus import KeepTogether, Spacer, Table

    s, lang = ctx.styles, ctx.lang
    recipients = [para(t("recipients", lang), s["recipients_head"]), para(t("as_above", lang), s["recipients"])]
    recipients += [para(f"- {clean(c)};", s["recipients"]) for c in ctx.copies]
    recipients.append(para(t("archive", lang), s["recipients"]))
    title_lines = [x.strip() for x in clean(ctx.signer["title"]).split("/") if x.strip()]
    sign = [para(line, s["signer"]) for line in title_lines]
    sign += [signature_space(marks, TEXT_W * 0.5), para(ctx.signer["name"], s["signer"])]
    table = Table([[recipients, sign]], colWidths=[TEXT_W * 0.45, TEXT_W * 0.55])
    table.setStyle(table_style(ctx, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)))
    block = [para(t("closing", lang, year=ctx.year_text, school=ctx.school.get("name", "")), s["body"]),
             Spacer(1, 6), table]
    return [KeepTogether(block + verification(ctx))]


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
    table.setStyle(table_style(ctx, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOX", (0, 0), (-1, -1), 0.5, "black")))
    return [Spacer(1, 8), table]


def qr_payload(school_code: str, school_year: str, revision: int, digest: str) -> str:
    """What the QR code holds: ``PAPI1;<school code>;<school year>;<revision>;<sha256 hex>``."""
    return f"PAPI1;{school_code};{school_year};{revision};{digest}"
