"""The fixed parts of an official document (Nghị định 30/2020/NĐ-CP, Phụ lục I), with plain parameters.

One implementation for every document the app prints: the school's self-assessment report (``builder.py``) and
the receiving office's summary report (``exchange/summary_pdf.py``). Each function returns reportlab flowables;
``styles`` is :func:`papi_desktop.report.layout.styles` of the registered family.

* :func:`header` — the two-column header table: supervising body, issuing body, "Số: …", Quốc hiệu, Tiêu ngữ,
  place and date;
* :func:`title` — document type, summary line and its short rule;
* :func:`addressees` — "Kính gửi:" one office on the line, several as "- …;" lines;
* :func:`recipient_lines` — the "Nơi nhận" list: "- Như trên;" for the offices under "Kính gửi", then other
  recipients, then "- Lưu: …";
* :func:`closing` — closing sentence, "Nơi nhận" (left) and the signature block (right) kept on one page;
* :func:`write_pdf` — A4 with the decree's margins, page numbers from page 2, no base-14 font.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO

from papi_desktop.report.flow import PLAIN, clean, para, table_style, text_width
from papi_desktop.report.layout import (
    FOOTER_BAND,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MM,
    PAGE_H,
    PAGE_W,
    SIGNATURE_SPACE_H,
    TEXT_W,
    Marks,
    Rule,
    page_decorator,
    signature_space,
)
from papi_desktop.report.texts import doc_number, place_date, t

#: words that say what kind of body or place follows (longest first); a proper name is a run of other words
KIND_WORDS = tuple(sorted((
    "TRƯỜNG TIỂU HỌC VÀ TRUNG HỌC CƠ SỞ", "TRƯỜNG PHỔ THÔNG DÂN TỘC BÁN TRÚ TIỂU HỌC", "TRƯỜNG PHỔ THÔNG DÂN TỘC "
    "BÁN TRÚ", "TRƯỜNG TIỂU HỌC", "TRƯỜNG TRUNG HỌC CƠ SỞ", "TRƯỜNG", "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "UBND",
    "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "PHÒNG GDĐT", "PHÒNG VĂN HÓA – XÃ HỘI", "PHÒNG VĂN HÓA - XÃ HỘI",
    "PHÒNG VĂN HOÁ – XÃ HỘI", "PHÒNG VĂN HOÁ - XÃ HỘI", "PHÒNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SỞ GDĐT", "SỞ",
    "TỈNH", "THÀNH PHỐ", "HUYỆN", "THỊ XÃ", "QUẬN", "XÃ", "PHƯỜNG", "THỊ TRẤN", "ĐẶC KHU", "ĐIỂM TRƯỜNG"),
    key=lambda w: -len(w.split())))
_PLACE_WORDS = {"TỈNH", "THÀNH PHỐ", "HUYỆN", "THỊ XÃ", "QUẬN", "XÃ", "PHƯỜNG", "THỊ TRẤN", "ĐẶC KHU"}


def name_segments(text: str) -> list[tuple[str, bool]]:
    """``(words, is_kind)`` runs of an upper-case name: kind words ("TRƯỜNG TIỂU HỌC", "THÀNH PHỐ") and proper
    names ("NGUYỄN DU", "BUÔN MA THUỘT"). A line may break only between two runs."""
    words = text.split()
    out: list[tuple[str, bool]] = []
    i = 0
    while i < len(words):
        for kind in KIND_WORDS:
            n = len(kind.split())
            if " ".join(words[i:i + n]) == kind:
                out.append((kind, True))
                i += n
                break
        else:
            if out and not out[-1][1]:
                out[-1] = (f"{out[-1][0]} {words[i]}", False)
            else:
                out.append((words[i], False))
            i += 1
    return out


def header_lines(text: str, style, width: float) -> list[str]:
    """The lines of a header name: as few as fit ``width``, broken only between kind words and proper names
    (never "TRƯỜNG TIỂU HỌC NGUYỄN / DU"), a place word kept with its name where that costs no extra line;
    a run longer than a line is left to wrap by words."""
    from itertools import combinations, pairwise

    segments = name_segments(" ".join(clean(text).split()))
    if len(segments) <= 1 or text_width(" ".join(w for w, _k in segments), style) <= width:
        return [" ".join(w for w, _k in segments)] if segments else []
    n = len(segments)
    best = None
    for breaks in range(1, n):
        for cut in combinations(range(1, n), breaks):
            bounds = [0, *cut, n]
            lines = [segments[a:b] for a, b in pairwise(bounds)]
            texts = [" ".join(w for w, _k in line) for line in lines]
            widths = [text_width(x, style) for x in texts]
            over = sum(max(0.0, w - width) for w in widths)
            # a line ending in a kind word parts it from its name; a place word ("THÀNH PHỐ") even more so
            parted = sum(1 + (line[-1][0] in _PLACE_WORDS) for line in lines[:-1] if line[-1][1])
            key = (over > 0, over, len(lines), parted, max(widths) - min(widths))
            if best is None or key < best[0]:
                best = (key, texts)
        if best and not best[0][0]:
            break
    return best[1]


def header(styles: dict, *, supervising_body: str, issuer: str, number: int | None, abbreviation: str,
           place: str, when: date, lang: str = "vi", kind: str = "BC") -> list:
    """Page 1 header: a two-column borderless table (issuing body left, national title right)."""
    from reportlab.platypus import Table

    s = styles
    left_w, right_w = TEXT_W * 0.42, TEXT_W * 0.58
    room = left_w - 6
    body_lines = header_lines(clean(supervising_body).upper(), s["supervising"], room)
    issuer_lines = header_lines(clean(issuer).upper(), s["school"], room)
    issuer_line_w = min(max((text_width(x, s["school"]) for x in issuer_lines), default=0), room)
    motto = t("motto", lang)
    left = [para("\n".join(body_lines), s["supervising"]), para("\n".join(issuer_lines), s["school"]),
            Rule.make(issuer_line_w * 0.4, 3), para(doc_number(number, abbreviation, lang, kind), s["number"])]
    right = [para(t("national", lang), s["national"]), para(motto, s["motto"]),
             Rule.make(text_width(motto, s["motto"]), 3), para(place_date(clean(place), when, lang), s["date"])]
    table = Table([[left, right]], colWidths=[left_w, right_w])
    table.setStyle(table_style(s["cell"].fontName, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, 0), 6),
                               ("TOPPADDING", (0, 0), (-1, -1), 0)))
    return [table]


def title(styles: dict, doc_type: str, summary: str) -> list:
    """The document type ("BÁO CÁO"), the summary line and a short rule under it."""
    from reportlab.platypus import KeepTogether

    s = styles
    rule = Rule.make(min(text_width(summary, s["summary"]), TEXT_W) / 3, 5, 10)
    return [KeepTogether([para(doc_type, s["title"]), para(summary, s["summary"]), rule])]


def offices_of(names) -> list[str]:
    """Non-empty office names, NFC, in order, each once."""
    out: list[str] = []
    for name in names or []:
        name = clean(name).strip()
        if name and _key(name) not in {_key(o) for o in out}:
            out.append(name)
    return out


def _key(name: str) -> str:
    return " ".join(name.casefold().split()).rstrip(";.")


def addressees(styles: dict, offices, lang: str = "vi") -> list:
    """"Kính gửi: X." centred for one office; a label column and "- X;" lines for several; nothing for none."""
    from reportlab.platypus import Spacer, Table

    s, offices = styles, offices_of(offices)
    if len(offices) == 1:
        out = [para(f"{t('to', lang)} {offices[0]}.", s["to"].clone("to_c", alignment=1))]
    elif offices:
        items = [f"- {o};" for o in offices[:-1]] + [f"- {offices[-1]}."]
        label_w = text_width(t("to", lang) + " ", s["to"]) + 2
        body_w = min(max(text_width(i, s["to"]) for i in items) + 4, TEXT_W - label_w - 20 * MM)
        table = Table([[para(t("to", lang), s["to"]), [para(i, s["to"]) for i in items]]],
                      colWidths=[label_w, body_w], hAlign="CENTER")
        table.setStyle(table_style(s["to"].fontName, *PLAIN))
        out = [table]
    else:
        return []
    return [*out, Spacer(1, 8)]


def recipient_lines(addressed, others, archive: str, lang: str = "vi") -> list[str]:
    """The "Nơi nhận" list (NĐ 30/2020, Phụ lục I): "- Như trên;" standing for the offices under "Kính gửi"
    (only when there are any), then each other recipient not already addressed, then ``archive`` ("- Lưu: …")."""
    to = offices_of(addressed)
    seen = {_key(o) for o in to}
    lines = [t("as_above", lang)] if to else []
    for name in offices_of(others):
        if _key(name) not in seen:
            lines.append(f"- {name};")
    return [*lines, archive]


def signature_block(styles: dict, signer_title: str, signer_name: str, marks: Marks | None) -> list:
    """Title lines ("KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG" splits at "/"), room for signature and seal, name."""
    from reportlab.platypus import Spacer

    s = styles
    lines = [x.strip().upper() for x in clean(signer_title).split("/") if x.strip()]
    room = signature_space(marks, TEXT_W * 0.5) if marks is not None else Spacer(TEXT_W * 0.5, SIGNATURE_SPACE_H)
    return [*(para(line, s["signer"]) for line in lines), room, para(signer_name, s["signer"])]


def closing(styles: dict, sentence: str, recipients: list[str], signer_title: str, signer_name: str,
            marks: Marks | None = None, after: list | None = None, lang: str = "vi",
            before: list | None = None) -> list:
    """Closing sentence, then "Nơi nhận" (left) and the signature block (right), kept on one page with ``before``
    (the last paragraph of the body: a signature page never starts with the closing sentence alone) and ``after``
    (e.g. the verification box)."""
    from reportlab.platypus import KeepTogether, Spacer, Table

    s = styles
    left = [para(t("recipients", lang), s["recipients_head"]), *(para(x, s["recipients"]) for x in recipients)]
    table = Table([[left, signature_block(s, signer_title, signer_name, marks)]],
                  colWidths=[TEXT_W * 0.45, TEXT_W * 0.55])
    table.setStyle(table_style(s["cell"].fontName, *PLAIN))
    block = [Spacer(1, 6), para(sentence, s["body"]), Spacer(1, 6), table]
    return [KeepTogether([*(before or []), *block, *(after or [])])]


def write_pdf(out: str | Path | BinaryIO, story: list, family: str, marks: Marks, *, invariant: bool = False,
              title: str = "", author: str = "", subject: str = "", lang: str = "vi") -> int:
    """Lay ``story`` out on A4 with the decree's margins and page decorations; write to ``out`` (a path — written
    only once the whole document is built — or a binary file object). Returns the page count."""
    import io

    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    rl_config.useA85 = 0  # binary compressed streams: smaller files, no ASCII85 encoding time
    target = out if hasattr(out, "write") else io.BytesIO()

    class _Canvas(Canvas):
        def __init__(self, *args, **kwargs):
            kwargs["initialFontName"] = family  # keeps Helvetica out of the file
            kwargs["initialFontSize"] = 13
            super().__init__(*args, **kwargs)

    # 4 pt bottom padding: a table row split inside a cell (splitInRow) ignores the cell's bottom padding, and its
    # last line's descenders would otherwise touch the 20 mm margin
    band = FOOTER_BAND if marks.footer_text or marks.draft_text or marks.sample_text else 0
    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM + band, TEXT_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM - band,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=4, id="body")
    doc = BaseDocTemplate(target, pagesize=(PAGE_W, PAGE_H), leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
                          topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, invariant=1 if invariant else 0,
                          title=title, author=author, subject=subject, creator="papi-desktop", lang=lang)
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=page_decorator(family, marks))])
    doc.build(story, canvasmaker=_Canvas)
    if not hasattr(out, "write"):
        from papi_desktop.errors import ReportError
        from papi_desktop.outputs import write_bytes

        write_bytes(out, target.getvalue(), ReportError)
    return doc.page
