"""The office's summary report as PDF ("BÁO CÁO TỔNG HỢP"), in the format of Nghị định 30/2020 (REFERENCE §5).

A small pure builder: :func:`build_summary_pdf` takes plain data (:func:`summary_data`) and a path. The font, the
header, title, "Kính gửi", "Nơi nhận" and signature block are the report room's (``papi_desktop.report.fonts`` and
``papi_desktop.report.official``), so the school's report and the office's summary follow one implementation.
The office's details come from the repository setting ``"office"`` (docs/exchange.md).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from papi_desktop.core.text import abbreviation, nfc_deep
from papi_desktop.errors import ExchangeError, ReportError
from papi_desktop.outputs import atomic_output

MAX_SCHOOLS_LISTED = 400  # longer lists are in the XLSX summary


def serif_font_files() -> dict[str, Path]:
    """Regular/Bold/Italic/BoldItalic TTF files of the report font (Times New Roman on Windows, else the bundled
    Liberation Serif) — the report room's resolver (kept for callers of the earlier name)."""
    from papi_desktop.report.fonts import resolve_fonts

    try:
        paths = resolve_fonts().paths
    except ReportError as exc:
        raise ExchangeError(exc.vi, exc.en) from None
    return {"Regular": paths["regular"], "Bold": paths["bold"], "Italic": paths["italic"],
            "BoldItalic": paths["bolditalic"]}


def summary_data(repo, *, school_year: str | None = None, unit: str | None = None, today: date | None = None) -> dict:
    """Plain data of the summary report: office, counts, dimension averages, pass rates, schools."""
    from papi_desktop.exchange import roster
    from papi_desktop.exchange.dashboard import dashboard

    d = dashboard(repo, school_year=school_year, unit=unit)
    office = repo.get_setting("office") or {}
    year, missing = roster.missing(repo, d.school_year)
    from papi_desktop.storage import exchange_store

    expected = len(exchange_store.roster_rows(repo)) or None
    from papi_desktop.storage.sample import is_sample

    return nfc_deep({
        "sample": is_sample(repo),
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
    from reportlab.platypus import KeepTogether

    from papi_desktop.report import official as O
    from papi_desktop.report.flow import grid, heading_before_table, keep_tail, para
    from papi_desktop.report.fonts import register_fonts
    from papi_desktop.report.layout import TEXT_W, Marks, styles
    from papi_desktop.report.texts import t

    try:
        fonts = register_fonts()
    except ReportError as exc:
        raise ExchangeError(exc.vi, exc.en) from None
    s, office, year = styles(fonts.family), data["office"], data["school_year"]
    abbr = office["abbreviation"] or abbreviation(office["name"])
    year_text = year.replace("-", "–")
    story = [*O.header(s, supervising_body=office["supervising_body"], issuer=office["name"],
                       number=office.get("doc_number"), abbreviation=abbr,
                       place=office["place_name"], when=date.fromisoformat(data["date"])),
             *O.title(s, "BÁO CÁO TỔNG HỢP", "Kết quả tự đánh giá các tiêu chí nâng cao Chỉ số PAPI của các "
                      f"trường tiểu học năm học {year_text}"),
             *O.addressees(s, office["recipients"])]
    expected = f" trên tổng số {data['expected']} trường phải nộp" if data["expected"] else ""
    story.append(para(f"{office['name']} đã nhận và tổng hợp {data['submitted']} bản tự đánh giá đã hoàn thành"
                      f"{expected}. Điểm chung trung bình (thang 10) là {_fmt(data['average_score'])}.", s["body"]))
    if data["missing"]:
        names = ", ".join(f"{n} ({c})" for c, n, _u in data["missing"][:30])
        more = f" và {len(data['missing']) - 30} trường khác" if len(data["missing"]) > 30 else ""
        story.append(para(f"Còn {len(data['missing'])} trường chưa nộp: {names}{more}.", s["body"]))

    def table(head, rows, shares, centred):
        body = [[para(str(v), s["cell_c"] if i in centred else s["cell"]) for i, v in enumerate(r)] for r in rows]
        return grid([[para(h, s["cell_head"]) for h in head], *body], [x * TEXT_W for x in shares],
                    s["cell"].fontName)

    story += [*heading_before_table("1. Điểm trung bình theo lĩnh vực", s["heading_t"]),
              table(["TT", "Lĩnh vực", "Điểm trung bình"],
                    [[i, x["name"], _fmt(x["average"])] for i, x in
                     enumerate([x for x in data["dimensions"] if x["average"] is not None], 1)],
                    [0.07, 0.71, 0.22], {0, 2}),
              *heading_before_table("2. Tỉ lệ trường đạt theo tiêu chí", s["heading_t"]),
              table(["Mã", "Tiêu chí", "Số trường đạt", "Tỉ lệ (%)"],
                    [[c["id"], c["text"], c["met"], _fmt(None if c["rate"] is None else 100 * c["rate"], 1)]
                     for c in data["criteria"]], [0.12, 0.6, 0.14, 0.14], {0, 2, 3})]
    heading = para("3. Kết quả từng trường", s["heading_t"])
    closing = O.closing(s, "Trên đây là báo cáo tổng hợp kết quả tự đánh giá các tiêu chí nâng cao Chỉ số PAPI "
                           f"của các trường tiểu học năm học {year_text}./.",
                        O.recipient_lines(office["recipients"], [], t("archive_office")),
                        office["signer_title"], office["signer"])
    schools = data["schools"]
    if len(schools) > MAX_SCHOOLS_LISTED:
        listed = para(f"Danh sách {len(schools)} trường có trong tệp tổng hợp XLSX kèm theo.", s["body"])
        story.append(KeepTogether([heading, listed, *closing]))
    else:
        story.append(keep_tail(table(["TT", "Trường", "Đơn vị", "Điểm chung"],
                                     [[i, x["name"], x["unit"], _fmt(x["score"])] for i, x in enumerate(schools, 1)],
                                     [0.07, 0.5, 0.29, 0.14], {0, 3}), closing, lead=[heading]))
    p_out = Path(path)
    marks = Marks(sample_text=t("sample", "vi") if data.get("sample") else "")
    with atomic_output(p_out, ExchangeError) as tmp, tmp.open("wb") as fh:
        O.write_pdf(fh, story, fonts.family, marks, invariant=invariant, title="Báo cáo tổng hợp",
                    author=office["name"], subject=f"Báo cáo tổng hợp năm học {year_text}")
    return p_out


def write_summary_pdf(repo, path: str | Path, *, school_year: str | None = None, unit: str | None = None) -> Path:
    """The summary PDF of the office's repository for a school year (default: the latest) and unit."""
    return build_summary_pdf(summary_data(repo, school_year=school_year, unit=unit), path)
