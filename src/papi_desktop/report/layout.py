"""Page geometry, paragraph styles and drawn parts of the report (Nghị định 30/2020/NĐ-CP, Phụ lục I).

Numbers from the decree: A4; margins top/bottom 20 mm, left 30 mm, right 15 mm; header sizes 12–13 pt;
title, summary line, body, signature block 13–14 pt; "Nơi nhận:" 12 pt bold italic with its list in 11 pt;
page numbers top centre from page 2; digital-signature text 10 pt. Table cells use 12 pt (our choice: five
columns on 165 mm).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

MM = 72 / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 20 * MM, 20 * MM, 30 * MM, 15 * MM
TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT
#: the band at the bottom of the text area that holds the footer line (verification code, draft mark): inside the
#: margins like everything else the decree does not place in a margin (only the page number sits in the top margin)
FOOTER_BAND = 6 * MM
FOOTER_BASELINE = MARGIN_BOTTOM + 1.5 * MM

SIZE = {
    "supervising": 12, "school": 12, "number": 13, "national": 12, "motto": 13, "date": 13,
    "title": 14, "summary": 14, "to": 14, "body": 13, "heading": 13, "cell": 12,
    "signer": 13, "recipients_head": 12, "recipients": 11, "page_number": 13, "small": 10,
}
SIGNATURE_SPACE_H = 36 * MM  # room for the hand signature and the seal (a school seal is about 35 mm across)
GREY = (0.55, 0.55, 0.55)
#: the PDF's Keywords record where the visible signature belongs: "papi-signature-box=PAGE,X1,Y1,X2,Y2"
SIGNATURE_BOX_KEY = "papi-signature-box"


@dataclass
class Marks:
    """What the page decorations need, and what drawing reports back (signature box position)."""

    draft_text: str = ""
    footer_text: str = ""
    sample_text: str = ""  # "DỮ LIỆU MẪU": made from the sample data, so it cannot pass for a real report
    signature_box: dict = field(default_factory=dict)  # page, x1, y1, x2, y2 (PDF points)


@cache
def styles(family: str) -> dict:
    """Paragraph styles by name, all in the report family (``family`` is the registered regular face); built once
    per process — never change one in place, ``clone`` it."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    def st(name: str, size: float, bold=False, italic=False, align=TA_CENTER, **kw) -> ParagraphStyle:
        face = family + {(False, False): "", (True, False): "-bold", (False, True): "-italic",
                         (True, True): "-bolditalic"}[(bold, italic)]
        kw.setdefault("leading", round(size * 1.2, 2))
        return ParagraphStyle(name, fontName=face, fontSize=size, alignment=align, **kw)

    s = SIZE
    return {
        "supervising": st("supervising", s["supervising"]),
        "school": st("school", s["school"], bold=True),
        "number": st("number", s["number"], spaceBefore=4),
        "national": st("national", s["national"], bold=True),
        "motto": st("motto", s["motto"], bold=True),
        "date": st("date", s["date"], italic=True, spaceBefore=4),
        "title": st("title", s["title"], bold=True, spaceBefore=14),
        "summary": st("summary", s["summary"], bold=True),
        "to": st("to", s["to"], align=TA_LEFT),
        "body": st("body", s["body"], align=TA_JUSTIFY, firstLineIndent=1.27 / 2.54 * 72, spaceAfter=6,
                   leading=round(s["body"] * 1.25, 2)),
        "heading": st("heading", s["heading"], bold=True, align=TA_JUSTIFY, spaceBefore=6, spaceAfter=6, keepWithNext=1,
                      firstLineIndent=1.27 / 2.54 * 72),
        "heading_t": st("heading_t", s["heading"], bold=True, align=TA_JUSTIFY, spaceBefore=6, spaceAfter=6,
                        firstLineIndent=1.27 / 2.54 * 72),  # before a table: see flow.heading_before_table
        "cell": st("cell", s["cell"], align=TA_LEFT, leading=round(s["cell"] * 1.15, 2)),
        "cell_c": st("cell_c", s["cell"], align=TA_CENTER, leading=round(s["cell"] * 1.15, 2)),
        "cell_head": st("cell_head", s["cell"], bold=True, leading=round(s["cell"] * 1.15, 2)),
        "signer": st("signer", s["signer"], bold=True),
        "recipients_head": st("recipients_head", s["recipients_head"], bold=True, italic=True, align=TA_LEFT),
        "recipients": st("recipients", s["recipients"], align=TA_LEFT, leading=round(s["recipients"] * 1.15, 2)),
        "small": st("small", s["small"], align=TA_LEFT),
        "caption": st("caption", s["small"], italic=True, leading=round(s["small"] * 1.15, 2)),
        "hash": st("hash", s["small"] - 1, align=TA_LEFT, leading=round((s["small"] - 1) * 1.2, 2)),
        "group": st("group", s["body"], bold=True, align=TA_JUSTIFY, spaceBefore=2, spaceAfter=4,
                    firstLineIndent=1.27 / 2.54 * 72, keepWithNext=1),
        "item": st("item", s["body"], align=TA_JUSTIFY, spaceAfter=3, leading=round(s["body"] * 1.25, 2),
                   firstLineIndent=1.27 / 2.54 * 72),
    }


class Rule:
    """Factory of centred horizontal rules (the short lines under header names, motto and title)."""

    @staticmethod
    def make(width: float, space_before: float = 1, space_after: float = 2):
        from reportlab.platypus.flowables import HRFlowable

        return HRFlowable(width=width, thickness=0.6, color="black", hAlign="CENTER",
                          spaceBefore=space_before, spaceAfter=space_after)


def signature_space(marks: Marks, width: float, height: float = SIGNATURE_SPACE_H):
    """An empty flowable that records where it was drawn: the visible digital signature goes there."""
    from reportlab.platypus.flowables import Flowable

    class SignatureSpace(Flowable):
        def wrap(self, aw, ah):
            return width, height

        def draw(self):
            x, y = self.canv.absolutePosition(0, 0)
            box = dict(page=self.canv.getPageNumber(), x1=round(x, 2), y1=round(y, 2),
                       x2=round(x + width, 2), y2=round(y + height, 2))
            marks.signature_box.update(box)
            self.canv.setKeywords(f"{SIGNATURE_BOX_KEY}=" + ",".join(str(v) for v in box.values()))

    return SignatureSpace()


def qr_flowable(data: str, size: float):
    """The QR code of ``data`` as vector squares (segno), ``size`` points wide including the quiet zone."""
    import segno
    from reportlab.platypus.flowables import Flowable

    # a fixed mask: any mask is valid and scans; searching all eight costs ~20 ms of a 60 ms report
    matrix = [list(row) for row in segno.make_qr(data, error="m", mask=0).matrix]
    n = len(matrix) + 8  # quiet zone of 4 modules each side
    module = size / n

    class QR(Flowable):
        def wrap(self, aw, ah):
            return size, size

        def draw(self):
            c = self.canv
            c.setFillColorRGB(0, 0, 0)
            for r, row in enumerate(matrix):
                y = size - (r + 5) * module
                start = None
                for col, dark in enumerate([*row, 0]):
                    if dark and start is None:
                        start = col
                    elif not dark and start is not None:
                        c.rect((start + 4) * module, y, (col - start) * module, module, stroke=0, fill=1)
                        start = None

    return QR()


WATERMARK_PT = 80


@cache
def watermark_size(face: str, text: str, offset: float) -> float:
    """The largest size up to 80 pt at which ``text``, drawn ``offset`` (at 80 pt, scaled with the size) from the
    page centre and turned 45°, stays inside the margins."""
    import math

    from reportlab.pdfbase.pdfmetrics import stringWidth

    c = math.cos(math.radians(45))
    size = WATERMARK_PT
    while size > 20:
        w, y = stringWidth(text, face, size), offset * size / WATERMARK_PT
        corners = [(x, v) for x in (-w / 2, w / 2) for v in (y - 0.25 * size, y + 0.95 * size)]
        if all(MARGIN_LEFT <= PAGE_W / 2 + c * (x - v) <= PAGE_W - MARGIN_RIGHT
               and MARGIN_BOTTOM <= PAGE_H / 2 + c * (x + v) <= PAGE_H - MARGIN_TOP for x, v in corners):
            return size
        size -= 2
    return size


def page_decorator(family: str, marks: Marks):
    """``onPage`` callback: draft and sample-data marks (watermarks, and in the footer line), page number (top
    centre in the top margin, from page 2, as the decree places it), verification code in the footer line — the
    footer band inside the margins."""

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        page = canvas.getPageNumber()
        both = bool(marks.draft_text and marks.sample_text)
        for text, y in ((marks.draft_text, 40 if both else -28), (marks.sample_text, -110 if both else -28)):
            if not text:
                continue
            size = watermark_size(family + "-bold", text, y)
            canvas.setFillColorRGB(*GREY)
            canvas.setFont(family + "-bold", size)
            canvas.translate(PAGE_W / 2, PAGE_H / 2)
            canvas.rotate(45)
            canvas.setFillAlpha(0.25)
            canvas.drawCentredString(0, y * size / WATERMARK_PT, text)
            canvas.setFillAlpha(1)
            canvas.rotate(-45)
            canvas.translate(-PAGE_W / 2, -PAGE_H / 2)
        left = " – ".join(x for x in (marks.draft_text, marks.sample_text) if x)
        if left:  # in the footer line, inside the margins
            canvas.setFillColorRGB(*GREY)
            canvas.setFont(family + "-bold", SIZE["small"] - 1)
            canvas.drawString(MARGIN_LEFT, FOOTER_BASELINE, left)
        canvas.setFillColorRGB(0, 0, 0)
        if page > 1:
            canvas.setFont(family, SIZE["page_number"])
            canvas.drawCentredString(MARGIN_LEFT + TEXT_W / 2, PAGE_H - 13 * MM, str(page))
        if marks.footer_text:
            canvas.setFont(family, SIZE["small"] - 1)
            canvas.drawRightString(PAGE_W - MARGIN_RIGHT, FOOTER_BASELINE, marks.footer_text)
        canvas.restoreState()

    return decorate
