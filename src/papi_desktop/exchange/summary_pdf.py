"""The office's summary report as PDF, in the administrative format of Nghị định 30/2020 (see REFERENCE §5).

A small pure builder: :func:`build_summary_pdf` takes plain data (:func:`summary_data`) and a path. The font
comes from :func:`serif_font_files` — to be replaced by ``papi_desktop.report.fonts`` once the report room's
work is merged, so that both reports share one font resolver and one header/signature layout.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from papi_desktop.core.text import nfc_deep
from papi_desktop.errors import ExchangeError
from papi_desktop.resources import resource_path

FONT = "PapiSerif"
MAX_SCHOOLS_LISTED = 400  # longer lists are in the XLSX summary
_PLAIN = [("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP")]
_FACES = {"": "Regular", "-Bold": "Bold", "-Italic": "Italic", "-BoldItalic": "BoldItalic"}


def serif_font_files() -> dict[str, Path]:
    """Regular/Bold/Italic/BoldItalic TTF files of Liberation Serif (or Times New Roman on Windows)."""
    dirs = [resource_path("fonts"), Path("/usr/share/fonts/truetype/liberation2"),
            Path("/usr/share/fonts/truetype/liberation")]
    for d in dirs:
        files = {face: d / f"LiberationSerif-{face}.ttf" for face in _FACES.values()}
        if all(p.is_file() for p in files.values()) and _covers_vietnamese(files["Regular"]):
            return files
    if sys.platform == "win32":
        d = Path("C:/Windows/Fonts")
        files = {"Regular": d / "times.ttf", "Bold": d / "timesbd.ttf", "Italic": d / "timesi.ttf",
                 "BoldItalic": d / "timesbi.ttf"}
        if all(p.is_file() for p in files.values()):
            return files
    raise ExchangeError("Không tìm thấy phông chữ Times New Roman hoặc Liberation Serif để in báo cáo.",
                        "No Times New Roman or Liberation Serif font was found to print the report.")


def _covers_vietnamese(path: Path) -> bool:
    """True when the font has the Vietnamese letters (Liberation 1.x lacks many of them)."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    try:
        chars = TTFontFile(str(path)).charToGlyph
    except Exception:
        return False
    return all(ord(c) in chars for c in "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĐđƯưƠơ")


def _register_fonts() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    files = serif_font_files()
    for suffix, face in _FACES.items():
        pdfmetrics.registerFont(TTFont(FONT + suffix, str(files[face])))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT + "-Bold")
    addMapping(FONT, 0, 1, FONT + "-Italic")
    addMapping(FONT, 1, 1, FONT + "-BoldItalic")


def summary_data(repo, *, school_year: str | None = None, unit: str | None = None, today: date | None = None) -> dict:
    """Plain data of the summary report: office, counts, dimension averages, pass rates, schools."""
    from papi_desktop.exchange import roster
    from papi_desktop.exchange.dashboard import dashboard

    d = dashboard(repo, school_year=school_year, unit=unit)
    office = repo.get_setting("office") or {}
    year, missing = roster.missing(repo, d.school_year)
    from papi_desktop.storage import exchange_store

    expected = len(exchange_store.roster_rows(repo)) or None
    return nfc_deep({
        "office": {
            "supervising_body": office.get("supervising_body", ""), "name": office.get("name", "Cơ quan tổng hợp"),
            "abbreviation": office.get("abbreviation", ""), "place_name": office.get("place_name", ""),
            "signer": office.get("signer", ""), "signer_title": office.get("signer_title", "THỦ TRƯỞNG CƠ QUAN"),
            "recipients": office.get("recipients", []), "doc_number": office.get("doc_number"),
        },
        "school_year": d.school_year or "",
        "date": (today or date.today()).isoformat(),
        "submitted": len(d.rows),
        "missing": [list(m) for m in missing] if year else [],
        "expected": expected,
        "average_score": d.average_score,
        "dimensions": [{"id": i, "name": vi, "average": d.dimension_averages.get(i)} for i, vi, _en in d.dimensions],
        "criteria": [{"id": c.criterion_id, "text": c.text_vi, "met": d.met_counts[c.criterion_id],
                      "rate": d.pass_rates[c.criterion_id]} for c in d.columns],
        "schools": [{"code": r.school_code, "name": r.school_name, "unit": r.unit_name, "score": r.score,
                     "met": r.met} for r in d.rows],
    })


def _fmt(v, digits: int = 2) -> str:
    return "–" if v is None else f"{v:.{digits}f}".replace(".", ",")


def build_summary_pdf(data: dict, path: str | Path, *, invariant: bool = False) -> Path:
    """Write the summary report of ``data`` (see :func:`summary_data`) to ``path``."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _register_fonts()
    office = data["office"]
    body = ParagraphStyle("body", fontName=FONT, fontSize=13, leading=17, alignment=TA_JUSTIFY, firstLineIndent=10 * mm,
                          spaceAfter=6)
    centre = ParagraphStyle("c", parent=body, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0)
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=11, leading=13)
    cell_c = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)

    def p(text, style=body):
        return Paragraph(text, style)

    head_style = ParagraphStyle("head", parent=centre, fontSize=12, leading=15)
    y, m, dd = data["date"].split("-")
    m = m if int(m) <= 2 else str(int(m))  # NĐ 30: day with two digits, month padded only for 01 and 02
    number = f"{int(office['doc_number']):02d}" if office.get("doc_number") else "    "
    header = Table([[
        p(f"{office['supervising_body'].upper()}<br/><b>{office['name'].upper()}</b><br/>______<br/>"
          f"Số: {number}/BC-{office['abbreviation'] or 'TH'}", head_style),
        p("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/><b>Độc lập - Tự do - Hạnh phúc</b><br/>"
          "_________________<br/>"
          f"<i>{office['place_name'] or '....'}, ngày {dd} tháng {m} năm {y}</i>",
          head_style),
    ]], colWidths=[68 * mm, 97 * mm])
    header.setStyle(TableStyle([*_PLAIN, ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story = [header, Spacer(1, 8 * mm),
             p("<b>BÁO CÁO TỔNG HỢP</b>", ParagraphStyle("t", parent=centre, fontSize=14)),
             p(f"<b>Kết quả tự đánh giá các tiêu chí nâng cao Chỉ số PAPI<br/>của các trường tiểu học năm học "
               f"{data['school_year']}</b>", ParagraphStyle("s", parent=centre, fontSize=13.5)),
             p("________", centre), Spacer(1, 4 * mm)]
    if office["recipients"]:
        story.append(p("Kính gửi: " + "; ".join(office["recipients"]) + ".", centre))
        story.append(Spacer(1, 3 * mm))
    expected = f" trên tổng số {data['expected']} trường phải nộp" if data["expected"] else ""
    story.append(p(f"{office['name']} đã nhận và tổng hợp {data['submitted']} bản tự đánh giá đã hoàn thành"
                   f"{expected}. Điểm chung trung bình (thang 10) là {_fmt(data['average_score'])}."))
    if data["missing"]:
        names = ", ".join(f"{n} ({c})" for c, n, _u in data["missing"][:30])
        more = f" và {len(data['missing']) - 30} trường khác" if len(data["missing"]) > 30 else ""
        story.append(p(f"Còn {len(data['missing'])} trường chưa nộp: {names}{more}."))

    def table(head, rows, widths):
        t = Table([[p(h, cell_c) for h in head]] + [[p(str(c), cell) for c in r] for r in rows], colWidths=widths,
                  repeatRows=1)
        t.setStyle(TableStyle([*_PLAIN, ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee"))]))
        return t

    story += [p("<b>1. Điểm trung bình theo lĩnh vực</b>", ParagraphStyle("h", parent=body, firstLineIndent=0)),
              table(["Lĩnh vực", "Điểm trung bình"],
                    [[x["name"], _fmt(x["average"])] for x in data["dimensions"] if x["average"] is not None],
                    [125 * mm, 40 * mm]), Spacer(1, 4 * mm),
              p("<b>2. Tỉ lệ trường đạt theo tiêu chí</b>", ParagraphStyle("h", parent=body, firstLineIndent=0)),
              table(["Mã", "Tiêu chí", "Số trường đạt", "Tỉ lệ (%)"],
                    [[c["id"], c["text"], c["met"], _fmt(None if c["rate"] is None else 100 * c["rate"], 1)]
                     for c in data["criteria"]], [18 * mm, 107 * mm, 20 * mm, 20 * mm]), Spacer(1, 4 * mm),
              p("<b>3. Kết quả từng trường</b>", ParagraphStyle("h", parent=body, firstLineIndent=0))]
    schools = data["schools"]
    if len(schools) > MAX_SCHOOLS_LISTED:
        story.append(p(f"Danh sách {len(schools)} trường có trong tệp tổng hợp XLSX kèm theo."))
    else:
        story.append(table(["TT", "Trường", "Đơn vị", "Điểm chung"],
                           [[i, s["name"], s["unit"], _fmt(s["score"])] for i, s in enumerate(schools, 1)],
                           [12 * mm, 88 * mm, 45 * mm, 20 * mm]))
    story.append(Spacer(1, 8 * mm))
    recipients = "".join(f"- {r};<br/>" for r in office["recipients"])
    sign = Table([[
        p(f"<b><i>Nơi nhận:</i></b><br/>{recipients}- Lưu: VT.", ParagraphStyle("n", fontName=FONT, fontSize=11,
                                                                              leading=13)),
        p(f"<b>{office['signer_title'].upper()}</b><br/><br/><br/><br/><br/><b>{office['signer']}</b>", centre),
    ]], colWidths=[80 * mm, 85 * mm])
    sign.setStyle(TableStyle([*_PLAIN]))
    story.append(sign)

    def page_number(canvas, doc):
        if doc.page > 1:
            canvas.setFont(FONT, 13)
            canvas.drawCentredString(A4[0] / 2 + 7.5 * mm, A4[1] - 12 * mm, str(doc.page))

    p_out = Path(path)
    try:
        doc = SimpleDocTemplate(str(p_out), pagesize=A4, leftMargin=30 * mm, rightMargin=15 * mm, topMargin=20 * mm,
                                bottomMargin=20 * mm, title="Báo cáo tổng hợp", author=office["name"],
                                invariant=int(invariant), initialFontName=FONT, initialFontSize=13)
        # the page's initial font is ours too, so no base-14 font ends up in the file
        doc.build(story, onFirstPage=page_number, onLaterPages=page_number)
    except OSError as exc:
        raise ExchangeError(f"Không ghi được tệp {p_out}: {exc.strerror or exc}.",
                            f"Cannot write {p_out}: {exc.strerror or exc}.") from None
    return p_out


def write_summary_pdf(repo, path: str | Path, *, school_year: str | None = None, unit: str | None = None) -> Path:
    return build_summary_pdf(summary_data(repo, school_year=school_year, unit=unit), path)
