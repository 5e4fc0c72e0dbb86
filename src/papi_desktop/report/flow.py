"""Small reportlab building blocks shared by every official document (the school's report, the office's summary).

Every piece of text goes through :func:`para` (NFC, XML-escaped) in the report family; no base-14 font.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from xml.sax.saxutils import escape


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


def heading_before_table(text: str, style, room: float = 90) -> list:
    """A heading followed by a table (``style`` without keepWithNext, e.g. ``heading_t``): it goes to the next page
    only when it and about ``room`` points of the table (header row, first lines) would not fit. keepWithNext would
    move the whole table and leave the rest of the page empty."""
    from reportlab.platypus import CondPageBreak

    return [CondPageBreak(style.leading * 2 + style.spaceBefore + style.spaceAfter + room), para(text, style)]


def text_width(text: str, style) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(clean(text), style.fontName, style.fontSize)


def table_style(font_name: str, *commands):
    """A TableStyle in the report family: reportlab would otherwise set Helvetica for every cell."""
    from reportlab.platypus import TableStyle

    return TableStyle([("FONTNAME", (0, 0), (-1, -1), font_name), *commands])


#: a borderless layout table: cells top-aligned, no side padding
PLAIN = (("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
         ("RIGHTPADDING", (0, 0), (-1, -1), 0))


@cache
def _continued_table_class():
    from reportlab.platypus import Table
    from reportlab.platypus.doctemplate import FrameBreak

    class ContinuedTable(Table):
        """A table whose remainder after a split always starts on the next page: reportlab would otherwise try the
        remainder (with its repeated header row) in the space left on the same page and print the header twice."""

        def split(self, availWidth, availHeight):
            parts = super().split(availWidth, availHeight)
            if len(parts) != 2:
                return parts
            rest = parts[1]
            body = rest._cellvalues[rest.repeatRows or 0:]
            if len(body) == 1 and all(cell in ([], (), "", None) for cell in body[0]):
                # the row fitted but for its bottom padding: the "rest" is a header over an empty strip
                return parts[:1]
            return [parts[0], FrameBreak(), rest]

    return ContinuedTable


def grid(rows: list[list], widths: list[float], font_name: str):
    """A bordered table with its header row repeated on every page; the row that crosses the end of a page is
    split inside (at least 28 pt on each side) so that pages are filled."""
    table = _continued_table_class()(rows, colWidths=widths, repeatRows=1, splitByRow=0, splitInRow=28)
    table.setStyle(table_style(font_name,
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ))
    return table


def keep_tail(table, follow: list, rows: int = 2, lead: list | None = None):
    """``lead`` (a heading), ``table`` then ``follow`` (e.g. the closing and signature): the heading stays with the
    table's first rows, and at least the table's last ``rows`` rows are on the page where ``follow`` starts — a
    page never begins with the closing alone after a long table."""
    from reportlab.platypus import KeepTogether
    from reportlab.platypus.doctemplate import FrameBreak
    from reportlab.platypus.flowables import Flowable, _listWrapOn

    class TableTail(Flowable):
        def __init__(self, table, lead):
            super().__init__()
            self.table, self.lead = table, lead

        def wrap(self, aW, aH):
            return aW, 0xFFFFFF  # always split: the frame asks split() what goes here

        def split(self, aW, aH):
            t, lead, canv = self.table, self.lead, getattr(self, "canv", None)
            ht = t.wrap(aW, aH)[1]
            hl = _listWrapOn(lead, aW, canv)[1] if lead else 0
            hf = _listWrapOn(follow, aW, canv)[1]
            if hl + ht + hf <= aH:
                return [*lead, t, *follow]
            heights, head = list(t._rowHeights), t.repeatRows or 0
            if len(heights) - head <= rows:  # a short table goes with what follows, as KeepTogether would
                keep = KeepTogether([*lead, t, *follow])
                keep.canv, keep._frame = canv, getattr(self, "_frame", None)
                return keep.split(aW, aH)
            parts = t.split(aW, min(aH - hl, ht - sum(heights[-rows:])))
            if len(parts) < 2:
                frame = getattr(self, "_frame", None)
                at_top = frame is None or getattr(frame, "_atTop", 0)
                return [*lead, t, *follow] if at_top else [FrameBreak(), self]
            return [*lead, *parts[:-1], TableTail(parts[-1], [])]

    return TableTail(table, list(lead or []))
