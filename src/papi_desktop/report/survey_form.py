"""The printed parents' form: one A4 page per family, N copies in one PDF, ready to hand out through class teachers.

Pure builder (questionnaire + school + year → PDF); the report's font family (:mod:`papi_desktop.report.fonts`)
only, never a base-14 font. Type is large (13 pt and up; the title 16 pt), every answer is a tick box, and the
short batch code (school, year, class) is printed top right so returned forms can be counted per class. The
form carries no serial number and asks for no name: it is anonymous, and says so.

A copy that would not fit on one page (a questionnaire file with too much text, a very long school name) is
refused with :class:`~papi_desktop.errors.ReportError` rather than printed over two pages.
"""

from __future__ import annotations

import io
from pathlib import Path

from papi_desktop.core.model import School
from papi_desktop.core.survey import ANSWER_TEXT, YES_NO_KEYS, Questionnaire, batch_code
from papi_desktop.core.text import nfc
from papi_desktop.errors import ReportError
from papi_desktop.report.flow import table_style

MAX_COPIES = 2000
MM = 72 / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM
MARGIN = 12 * MM
TEXT_W = PAGE_W - 2 * MARGIN
BODY, TITLE, CODE = 14, 17, 16
BOX = 6 * MM
NUMBER_W = 11 * MM
_LABELS = {
    "year": ("Năm học", "School year"),
    "class": ("Lớp", "Class"),
    "code": ("Mã phiếu", "Form code"),
    "question": ("Câu hỏi", "Question"),
}


def _styles(family: str) -> dict:
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    def st(name, size=BODY, face="", align=TA_LEFT, **kw):
        kw.setdefault("leading", round(size * 1.22, 2))
        return ParagraphStyle(name, fontName=family + face, fontSize=size, alignment=align, **kw)

    return {
        "school": st("school", face="-bold"),
        "body": st("body", spaceAfter=3),
        "note": st("note", face="-bolditalic", spaceAfter=3),
        "title": st("title", TITLE, "-bold", TA_CENTER, spaceBefore=6, spaceAfter=2),
        "centre": st("centre", align=TA_CENTER, spaceAfter=6),
        "code": st("code", CODE, "-bold", TA_RIGHT),
        "code_label": st("code_label", align=TA_RIGHT),
        "head": st("head", face="-bold", align=TA_CENTER),
        "question": st("question"),
        "number": st("number", face="-bold"),
    }


def _tick_box():
    from reportlab.platypus.flowables import Flowable

    class TickBox(Flowable):
        def wrap(self, aw, ah):
            return BOX, BOX

        def draw(self):
            self.canv.setLineWidth(1)
            self.canv.rect(0, 0, BOX, BOX, stroke=1, fill=0)

    return TickBox()


def _options_row(options: list[str], s: dict):
    """Tick box + label for each option, side by side."""
    from reportlab.platypus import Paragraph, Table

    cells = []
    for label in options:
        cells += [_tick_box(), Paragraph(label, s["question"])]
    label_w = (TEXT_W - NUMBER_W - len(options) * 8 * MM) / len(options)
    t = Table([cells], colWidths=[8 * MM, label_w] * len(options), hAlign="RIGHT")
    t.setStyle(table_style(s["question"].fontName, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                           ("TOPPADDING", (0, 0), (-1, -1), 2)))
    return t


def _one_form(q: Questionnaire, school: School, school_year: str, class_label: str, lang: str, s: dict) -> list:
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph, Spacer, Table

    def t(pair):
        return pair[0] if lang == "vi" else pair[1]

    def p(text, style):
        return Paragraph(escape(nfc(text) or ""), s[style])

    header = Table(
        [[[p(school.supervising_body, "body"), p(school.name, "school")],
          [p(t(_LABELS["code"]) + ":", "code_label"), p(batch_code(school, school_year, class_label), "code")]]],
        colWidths=[TEXT_W * 0.62, TEXT_W * 0.38])
    font = s["body"].fontName
    header.setStyle(table_style(font, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (1, 0), (1, 0), 1, "black"),
                                ("LEFTPADDING", (0, 0), (0, 0), 0)))
    year_and_class = (escape(f"{t(_LABELS['year'])} {school_year.replace('-', '–')}") + "&nbsp;" * 8
                      + escape(f"{t(_LABELS['class'])}: {class_label or '…………'}"))
    story = [header, p(q.title.get(lang), "title"), Paragraph(year_and_class, s["centre"]),
             p(q.intro.get(lang), "body"), p(q.anonymity.get(lang), "note"), p(q.instruction.get(lang), "body")]

    rows = [[p("", "head"), p(t(_LABELS["question"]), "head")] + [p(ANSWER_TEXT[k].get(lang), "head")
                                                                  for k in YES_NO_KEYS]]
    number = 0
    for question in q.yes_no_questions():
        number += 1
        rows.append([p(f"{number}.", "number"), p(question.text.get(lang), "question")] + [_tick_box()] * 3)
    answer_w = 21 * MM
    table = Table(rows, colWidths=[NUMBER_W, TEXT_W - NUMBER_W - 3 * answer_w] + [answer_w] * 3)
    table.setStyle(table_style(
        font, ("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (2, 1), (-1, -1), "CENTER"), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 5)))
    story += [Spacer(1, 2 * MM), table, Spacer(1, 3 * MM)]
    for question in q.choice_questions():
        number += 1
        story.append(Table([[p(f"{number}.", "number"), p(question.text.get(lang), "question")]],
                           colWidths=[NUMBER_W, TEXT_W - NUMBER_W],
                           style=table_style(font, ("BOTTOMPADDING", (0, 0), (-1, -1), 1))))
        story.append(_options_row([escape(o.label.get(lang)) for o in question.options], s))
        story.append(Spacer(1, 2 * MM))
    story.append(p(q.closing.get(lang), "note"))
    return story


def build_survey_form(questionnaire: Questionnaire, school: School, school_year: str, *, copies: int = 1,
                      class_label: str = "", lang: str = "vi", invariant: bool = False) -> bytes:
    """The PDF of ``copies`` identical forms, one A4 page each. Raises ReportError when a copy would not fit.

    The form is laid out once into a PDF form XObject that every page draws, so 1,000 copies cost one layout and
    barely more bytes than one."""
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Frame

    from papi_desktop.report.fonts import register_fonts

    if not 1 <= copies <= MAX_COPIES:
        raise ReportError(f"Số bản phải từ 1 đến {MAX_COPIES}.", f"The number of copies must be 1 to {MAX_COPIES}.")
    family = register_fonts().family
    rl_config.useA85 = 0  # binary compressed streams, as the report does
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(PAGE_W, PAGE_H), initialFontName=family, initialFontSize=BODY,
               invariant=int(invariant), pageCompression=1)
    c.setTitle(questionnaire.title.get(lang))
    c.setAuthor(nfc(school.name) or "")
    c.setSubject(f"{school_year} {batch_code(school, school_year, class_label)}")
    c.setCreator("papi-desktop")
    story = _one_form(questionnaire, school, school_year, class_label, lang, _styles(family))
    c.beginForm("phieu")
    Frame(MARGIN, MARGIN, TEXT_W, PAGE_H - 2 * MARGIN, leftPadding=0, rightPadding=0, topPadding=0,
          bottomPadding=0).addFromList(story, c)
    c.endForm()
    if story:  # what did not fit is left in the list
        raise ReportError("Phiếu khảo sát không vừa một trang A4 (tên trường hoặc câu hỏi quá dài).",
                          "The survey form does not fit on one A4 page (the school name or the questions are too "
                          "long).")
    for _ in range(copies):
        c.doForm("phieu")
        c.showPage()
    c.save()
    return buffer.getvalue()


def write_survey_form(repo, assessment_id: str, out_path: str | Path, *, copies: int = 1, class_label: str = "",
                      lang: str = "vi") -> Path:
    """Print the forms of ``assessment_id``'s survey into ``out_path`` (whole or not at all:
    :func:`papi_desktop.outputs.write_bytes`)."""
    from papi_desktop.core.survey import clean_class_label

    a = repo.get_assessment(assessment_id)
    data = build_survey_form(repo.survey_questionnaire(assessment_id), repo.school_for(a), a.school_year,
                             copies=copies, class_label=clean_class_label(class_label), lang=lang)
    from papi_desktop.outputs import write_bytes

    return write_bytes(out_path, data, ReportError)
