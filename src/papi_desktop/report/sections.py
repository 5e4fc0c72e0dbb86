"""The parts of the school's report as reportlab flowables: header, title, the opening (căn cứ), sections I–II,
closing and verification. Section III (the parents' views) is in ``survey_section.py``, IV–VI in ``findings.py``,
the annex in ``annex.py``.

The fixed official parts (header, title, "Kính gửi", "Nơi nhận", signature) come from ``official.py``; every piece
of text goes through :func:`para` (NFC, XML-escaped) in the report family; no base-14 font.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from papi_desktop.core import terms
from papi_desktop.core.documents import basis_text
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


def same_facts_together(lines: list[F.Line], campuses: list[dict], lang: str) -> list[F.Line]:
    """Per-campus facts with campuses that say the same thing on one line ("Điểm trường A, Điểm trường B: …"; all
    of them as "Tất cả các điểm trường: …"), so a cell shows a campus apart only where its facts differ."""
    if len(lines) < 2 or not all(line.head for line in lines):
        return lines
    groups: dict[str, list[str]] = {}
    for line in lines:
        groups.setdefault(line.text, []).append(line.head.rstrip().rstrip(":"))
    if len(groups) == len(lines):
        return lines
    out = []
    for text, names in groups.items():
        head = terms.ALL_CAMPUSES.get(lang) if len(names) == len(lines) == len(campuses) else ", ".join(names)
        out.append(F.Line(text, head=f"{head}: "))
    return out


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


def opening(ctx) -> list:
    """"Căn cứ …;" (the document the Sở's plan implements), then "Thực hiện <the Sở's plan>, <school> báo cáo …".
    Without a plan basis the report names no plan (never a stale one); names are spelled out before their
    abbreviations."""
    s, lang, basis = ctx.styles, ctx.lang, ctx.details.get("basis")
    out = []
    lead = ""
    if basis:
        if basis.get("cites"):
            out.append(para(ctx.spell(t("basis_cites", lang, cites=basis["cites"])), s["body"]))
        lead = t("basis_lead", lang, basis=basis_text(basis, lang))
    out.append(para(ctx.spell(t("intro", lang, lead=lead, school=ctx.school.get("name", ""), year=ctx.year_text)),
                    s["body"]))
    return out


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
    if ctx.details.get("reference_date"):
        out.append(para(t("reference_line", lang, date=F.vn_date(ctx.details["reference_date"])), s["body"]))
    return out


def results(ctx) -> list:
    """Section II: the score, what the score is not, the summary table (with last year's scores when there is a
    finalised previous year), what changed, then one table per dimension."""
    from reportlab.platypus import Spacer

    s, lang, cat = ctx.styles, ctx.lang, ctx.catalogue
    scores = ctx.snapshot["scores"]
    counts = scores.get("counts", {})
    out = [para(t("s2", lang), s["heading"]),
           para(t("overall_line", lang, overall=score_text(scores.get("overall"), lang), total=len(cat.criteria),
                  met=counts.get(MET, 0), not_met=counts.get(NOT_MET, 0), na=counts.get(NA, 0),
                  unanswered=counts.get(UNANSWERED, 0)), s["body"]),
           para(terms.SCORE_NOTE.get(lang), s["body"])]
    prev = ctx.previous
    head = [t("tt", lang), terms.DIMENSION.get(lang), t("criteria_n", lang), t("met_n", lang), t("not_met_n", lang)]
    if prev:
        head += [t("score_of", lang, year=terms.year_text(prev["school_year"])),
                 t("score_of", lang, year=ctx.year_text)]
        widths = [0.07, 0.37, 0.11, 0.08, 0.1, 0.135, 0.135]
    else:
        head.append(t("score", lang))
        widths = [0.07, 0.43, 0.13, 0.11, 0.12, 0.14]
    rows = [[para(h, s["cell_head"]) for h in head]]
    for d in ctx.dimensions:
        verdicts = [ctx.verdicts.get(c.id) for c in cat.criteria_of(d.id)]
        row = [para(terms.dimension_number(cat, d), s["cell_c"]), para(d.name.get(lang), s["cell"]),
               para(str(len(verdicts)), s["cell_c"]), para(str(verdicts.count(MET)), s["cell_c"]),
               para(str(verdicts.count(NOT_MET)), s["cell_c"])]
        if prev:
            row.append(para(score_text(prev["dimensions"].get(d.id), lang), s["cell_c"]))
        row.append(para(score_text(scores["dimensions"].get(d.id), lang), s["cell_c"]))
        rows.append(row)
    last = [para("", s["cell"]), para(terms.SCORE.get(lang), s["cell_head"]), para(str(len(cat.criteria)),
            s["cell_c"]), para(str(counts.get(MET, 0)), s["cell_c"]), para(str(counts.get(NOT_MET, 0)), s["cell_c"])]
    if prev:
        last.append(para(score_text(prev.get("overall"), lang), s["cell_head"]))
    last.append(para(score_text(scores.get("overall"), lang), s["cell_head"]))
    rows.append(last)
    out += [grid(rows, [x * TEXT_W for x in widths], ctx), Spacer(1, 6)]
    if prev:
        out += [para(x, s["body"]) for x in changes(ctx)]
    for d in ctx.dimensions:
        score = score_text(scores["dimensions"].get(d.id), lang)
        out += heading_before_table(t("dim_heading", lang, title=terms.dimension_title(cat, d, lang), score=score),
                                    s["heading_t"])
        out.append(dimension_table(ctx, d.id))
    return out


def changes(ctx) -> list[str]:
    """Sentences on what improved and what fell back since the previous finalised year, by dimension."""
    lang, prev, scores = ctx.lang, ctx.previous, ctx.snapshot["scores"]
    old, new = prev.get("overall"), scores.get("overall")
    if old is None or new is None:
        return []
    key = "yoy_up" if new > old + 0.005 else "yoy_down" if new < old - 0.005 else "yoy_same"
    out = [t("yoy_intro", lang, prev=terms.year_text(prev["school_year"]),
             change=t(key, lang, old=score_text(old, lang), new=score_text(new, lang)))]
    better, worse = [], []
    for d in ctx.dimensions:
        a, b = prev["dimensions"].get(d.id), scores["dimensions"].get(d.id)
        if a is None or b is None or abs(a - b) < 0.005:
            continue
        item = t("yoy_item", lang, name=terms.dimension_title(ctx.catalogue, d, lang), old=score_text(a, lang),
                 new=score_text(b, lang))
        (better if b > a else worse).append(item)
    if better:
        out.append(t("yoy_better", lang, items="; ".join(better)))
    if worse:
        out.append(t("yoy_worse", lang, items="; ".join(worse)))
    return out


def dimension_table(ctx, dimension_id: str):
    s, lang = ctx.styles, ctx.lang
    rows = [[para(x, s["cell_head"]) for x in (t("tt", lang), terms.CRITERION.get(lang), t("facts", lang),
                                                t("verdict", lang), t("evidence", lang))]]
    campuses = ctx.school.get("campuses") or []
    for n, c in enumerate(ctx.catalogue.criteria_of(dimension_id), start=1):
        answer = ctx.answers.get(c.id)
        verdict = VERDICT_TEXT[ctx.verdicts.get(c.id, UNANSWERED)].get(lang)
        facts = same_facts_together(F.facts(c, answer, campuses, lang), campuses, lang)
        if answer and answer.get("na"):
            facts = [F.Line(ctx.annex.cut(line.text, f"{c.id} – {VERDICT_TEXT[NA].get(lang)}"), line.head)
                     for line in facts]
        evidence = F.evidence(answer, ctx.files.get(c.id, []), lang)
        if evidence and answer and (answer.get("note") or "").strip():
            evidence[0] = F.Line(ctx.annex.cut(evidence[0].text, f"{c.id} – {t('evidence', lang)}"))
        rows.append([
            para(str(n), s["cell_c"]),
            para(c.text.get(lang), s["cell"], bold_head=f"{c.id}. "),
            lines_para(facts, s["cell"]),
            para(verdict, s["cell_c"]),
            lines_para(evidence, s["cell"]),
        ])
    w = TEXT_W
    # "Chưa trả lời" fits one line of the result column; the criterion text gets the width TT does not need
    return grid(rows, [0.06 * w, 0.29 * w, 0.33 * w, 0.14 * w, 0.18 * w], ctx)


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
                   revision=terms.revision_text(a.get("revision", 1), lang), digest=spaced), s["small"])]
    table = Table([[qr_flowable(data, 26 * MM), text]], colWidths=[28 * MM, TEXT_W - 28 * MM], hAlign="LEFT")
    table.setStyle(table_style(s["cell"].fontName, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOX", (0, 0), (-1, -1), 0.5, "black")))
    return [Spacer(1, 8), table]


def qr_payload(school_code: str, school_year: str, revision: int, digest: str) -> str:
    """What the QR code holds: ``PAPI1;<school code>;<school year>;<revision>;<sha256 hex>``."""
    return f"PAPI1;{school_code};{school_year};{revision};{digest}"
