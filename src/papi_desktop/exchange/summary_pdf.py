"""The office's summary report as PDF ("BÁO CÁO", trích yếu "Tổng hợp kết quả tự đánh giá …"), in the format of
Nghị định 30/2020 (REFERENCE §5).

A small pure builder: :func:`build_summary_pdf` takes plain data (:func:`~papi_desktop.exchange.summary_data.
summary_data`) and a path. The font, the header, title, "Kính gửi", "Nơi nhận" and signature block are the report
room's (``papi_desktop.report.fonts`` and ``papi_desktop.report.official``), so the school's report and the
office's summary follow one implementation. Sections: I situation, II results, III the parents' survey
(:mod:`~papi_desktop.exchange.summary_pdf_survey`), IV shortcomings with the fact totals by unit, V causes, VI
proposals; the list of schools is the annex after the signature page.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from papi_desktop.core import terms
from papi_desktop.core.text import abbreviation
from papi_desktop.errors import ExchangeError, ReportError
from papi_desktop.exchange.summary_data import summary_data
from papi_desktop.outputs import atomic_output

MAX_SCHOOLS_LISTED = 400  # longer lists are in the XLSX summary
SOLVER_ORDER = ("commune", "so", "province")
TITLE = "Tổng hợp kết quả tự đánh giá các tiêu chí nâng cao Chỉ số PAPI của các trường tiểu học năm học {year}"

__all__ = ["MAX_SCHOOLS_LISTED", "build_summary_pdf", "serif_font_files", "summary_data", "write_summary_pdf"]


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


def _fmt(v, digits: int = 2) -> str:
    return "–" if v is None else f"{v:.{digits}f}".replace(".", ",")


def counting_sentence(d: dict) -> str:
    """Which submissions the summary counts (the accepted ones, unless asked for all), with the review states."""
    from papi_desktop.exchange.review import ACCEPTED, RESUBMITTED, RETURNED

    counts = d.get("review_counts") or {}
    parts = [f"{counts[k]} {word}" for k, word in ((ACCEPTED, "bản đã tiếp nhận"), (RETURNED, "bản trả lại"),
                                                   (RESUBMITTED, "bản trường đã gửi lại"),
                                                   ("pending", "bản chưa xem xét")) if counts.get(k)]
    states = f"Trong số bản đã nhận có {', '.join(parts)}. " if parts else ""
    if d.get("counted") == "all":
        return (f"{states}Báo cáo này tổng hợp tất cả {d['submitted']} bản đã nhận, kể cả bản chưa xem xét, bị trả "
                "lại hoặc mới gửi lại.")
    return f"{states}Báo cáo này chỉ tổng hợp {d['submitted']} bản đã được tiếp nhận."


class _Story:
    """The summary's flowables, built in reading order."""

    def __init__(self, data: dict, styles: dict):
        from papi_desktop.report.texts import Spelled

        self.data, self.s, self.out = data, styles, []
        self.spell = Spelled()
        self.year = terms.year_text(data["school_year"])

    def p(self, text: str, style: str = "body") -> None:
        from papi_desktop.report.flow import para

        self.out.append(para(self.spell(text), self.s[style]))

    def table(self, head: list[str], rows: list[list], shares: list[float], centred: set[int], heading: str = ""):
        from papi_desktop.report.flow import grid, heading_before_table, para
        from papi_desktop.report.layout import TEXT_W

        s = self.s
        body = [[para(str(v), s["cell_c"] if i in centred else s["cell"]) for i, v in enumerate(r)] for r in rows]
        if heading:
            self.out += heading_before_table(heading, s["heading_t"])
        self.out.append(grid([[para(h, s["cell_head"]) for h in head], *body], [x * TEXT_W for x in shares],
                             s["cell"].fontName))

    def situation(self) -> None:
        d, office = self.data, self.data["office"]
        self.p(f"{office['name']} báo cáo tổng hợp kết quả tự đánh giá các tiêu chí nâng cao Chỉ số Hiệu quả quản trị "
               f"và Hành chính công cấp tỉnh (PAPI) của các trường tiểu học công lập năm học {self.year} như sau:")
        self.p("I. TÌNH HÌNH CHUNG", "heading")
        received = d.get("received", d["submitted"])
        if d["expected"]:
            self.p(f"Theo danh sách, có {d['expected']} trường phải gửi bản tự đánh giá; đã nhận {received} "
                   f"bản đã hoàn thành.")
        else:
            self.p(f"Đã nhận {received} bản tự đánh giá đã hoàn thành (chưa nạp danh sách các trường phải "
                   "gửi, nên chưa đối chiếu được trường chưa gửi).")
        self.p(counting_sentence(d))
        if d["missing_count"]:
            names = ", ".join(f"{n} ({c})" for c, n, _u in d["missing"])
            more = (f" và {d['missing_count'] - len(d['missing'])} trường khác"
                    if d["missing_count"] > len(d["missing"]) else "")
            self.p(f"Còn {d['missing_count']} trường chưa gửi: {names}{more}.")
        elif d["expected"]:
            self.p("Tất cả các trường trong danh sách đã gửi.")

    def results(self) -> None:
        d = self.data
        self.p("II. KẾT QUẢ TỰ ĐÁNH GIÁ", "heading")
        self.p(f"{terms.SCORE.vi} trung bình: {_fmt(d['average_score'])}/10. {terms.SCORE_NOTE.vi}")
        dims = [x for x in d["dimensions"] if x["average"] is not None]
        self.table(["TT", terms.DIMENSION.vi, "Điểm trung bình"], [[x["number"], x["name"], _fmt(x["average"])]
                                                                   for x in dims],
                   [0.08, 0.7, 0.22], {0, 2}, heading=f"1. Điểm trung bình theo {terms.DIMENSION.vi.lower()}")
        self.table(["Mã", terms.CRITERION.vi, "Số trường đạt", "Tỉ lệ (%)"],
                   [[c["id"], c["text"], c["met"], _fmt(None if c["rate"] is None else 100 * c["rate"], 1)]
                    for c in d["criteria"]], [0.12, 0.6, 0.14, 0.14], {0, 2, 3},
                   heading="2. Tỉ lệ trường đạt theo tiêu chí")
        self.p("3. Kết quả của từng trường: xem Phụ lục kèm theo.", "heading")

    def parents(self) -> None:
        from papi_desktop.exchange.summary_pdf_survey import parents

        parents(self)

    def shortcomings(self) -> None:
        d = self.data
        self.p("IV. TỒN TẠI, HẠN CHẾ", "heading")
        if not d["shortcomings"]:
            self.p("Các trường đã gửi đều đạt mọi tiêu chí.")
        else:
            self.p("1. Các tiêu chí còn nhiều trường chưa đạt:", "group")
            for c in d["shortcomings"]:
                self.p(f"- {c['id']} – {c['text']}: {c['not_met']}/{d['submitted']} trường chưa đạt.", "item")
        totals, units = d.get("totals") or [], d.get("units") or []
        if totals and units:
            head = ["TT", "Xã, phường (đơn vị)", "Số trường", *[f"({i})" for i in range(1, len(totals) + 1)]]
            share = 0.52 / len(totals)
            rows = [[i, u["unit"], u["schools"], *[u[t["key"]] for t in totals]] for i, u in enumerate(units, 1)]
            rows.append(["", "Tổng cộng", sum(u["schools"] for u in units),
                         *[sum(u[t["key"]] for u in units) for t in totals]])
            self.table(head, rows, [0.07, 0.29, 0.12, *[share] * len(totals)], set(range(len(head))) - {1},
                       heading="2. Cơ sở vật chất và điều kiện học tập còn thiếu, theo đơn vị:")
            legend = "; ".join(f"({i}) {t['label']} ({t['unit']})" for i, t in enumerate(totals, 1))
            self.p(f"Ghi chú: {legend}.", "small_note")

    def causes(self) -> None:
        d = self.data
        self.p("V. NGUYÊN NHÂN", "heading")
        causes = d.get("causes") or {}
        if not causes:
            self.p("Không có tiêu chí chưa đạt nên không có nguyên nhân cần nêu.")
            return
        for c in d["shortcomings"]:
            listed = causes.get(c["id"])
            if listed:
                parts = "; ".join(f"{text.rstrip('.')} ({n} trường)" for text, n in listed)
                self.p(f"- {c['id']} ({c['not_met']} trường chưa đạt): {parts}.", "item")

    def proposals(self) -> None:
        d = self.data
        self.p("VI. ĐỀ XUẤT, KIẾN NGHỊ", "heading")
        heads = {"commune": "Đề nghị Ủy ban nhân dân các xã, phường:", "so": "Đề nghị Sở GDĐT:",
                 "province": "Đề nghị Sở GDĐT xem xét, trình UBND tỉnh:"}
        n = 0
        for solver in SOLVER_ORDER:
            lines = (d.get("proposals") or {}).get(solver)
            if lines:
                n += 1
                self.p(f"{n}. {heads[solver]}", "group")
                for line in lines:
                    self.p(f"- {line[:1].upper()}{line[1:]}.", "item")
        if d.get("written"):
            n += 1
            self.p(f"{n}. Kiến nghị của các trường:", "group")
            to = {"so": "gửi Sở GDĐT", "province": "trình UBND tỉnh"}
            for w in d["written"]:
                text = " ".join(w["text"].replace("\n", " ").split()).lstrip("- ")
                self.p(f"- {w['school']} ({to[w['solver']]}): {text}", "item")
            rest = d.get("written_count", 0) - len(d["written"])
            if rest > 0:
                self.p(f"- Và {rest} kiến nghị khác trong tệp dữ liệu của các trường.", "item")
        if not n:
            self.p("Không có đề xuất, kiến nghị khác.")


def build_summary_pdf(data: dict, path: str | Path, *, invariant: bool = False) -> Path:
    """Write the summary report of ``data`` (see :func:`summary_data`) to ``path``."""
    from reportlab.platypus import PageBreak

    from papi_desktop.report import official as O
    from papi_desktop.report.flow import para
    from papi_desktop.report.fonts import register_fonts
    from papi_desktop.report.layout import Marks, styles
    from papi_desktop.report.texts import doc_number, t

    try:
        fonts = register_fonts()
    except ReportError as exc:
        raise ExchangeError(exc.vi, exc.en) from None
    s, office = styles(fonts.family), data["office"]
    s = {**s, "small_note": s["small"].clone("small_note", spaceBefore=3, spaceAfter=6)}
    abbr = office.get("abbreviation") or abbreviation(office["name"])
    when = date.fromisoformat(data["date"])
    story = _Story(data, s)
    story.out += [*O.header(s, supervising_body=office["supervising_body"], issuer=office["name"],
                            number=office.get("doc_number"), abbreviation=abbr, place=office["place_name"], when=when),
                  *O.title(s, "BÁO CÁO", TITLE.format(year=story.year)), *O.addressees(s, office["recipients"])]
    for part in (story.situation, story.results, story.parents, story.shortcomings, story.causes, story.proposals):
        part()
    keep = story.out[-1:]
    del story.out[-1]
    story.out += O.closing(s, "Trên đây là báo cáo tổng hợp kết quả tự đánh giá các tiêu chí nâng cao Chỉ số PAPI "
                              f"của các trường tiểu học năm học {story.year} của {office['name']}./.",
                           O.recipient_lines(office["recipients"], office.get("copy_to") or [],
                                             t("archive_office")),
                           office["signer_title"], office["signer"], before=keep)
    number = doc_number(office.get("doc_number"), abbr).replace("Số:", "số")
    story.out += [PageBreak(), para("PHỤ LỤC", s["title"].clone("annex_title", spaceBefore=0))]
    story.p(f"Kết quả tự đánh giá của từng trường (kèm theo Báo cáo {number} ngày {when:%d/%m/%Y} của "
            f"{office['name']})", "date")
    schools = data["schools"]
    if len(schools) > MAX_SCHOOLS_LISTED:
        story.p(f"Danh sách {len(schools)} trường có trong tệp tổng hợp XLSX kèm theo.")
    else:
        story.table(["TT", "Trường", "Đơn vị", terms.SCORE.vi], [[i, x["name"], x["unit"], _fmt(x["score"])]
                                                                for i, x in enumerate(schools, 1)],
                    [0.07, 0.48, 0.27, 0.18], {0, 3})
    p_out = Path(path)
    marks = Marks(sample_text=t("sample") if data.get("sample") else "")
    with atomic_output(p_out, ExchangeError) as tmp, tmp.open("wb") as fh:
        O.write_pdf(fh, story.out, fonts.family, marks, invariant=invariant, title="Báo cáo tổng hợp",
                    author=office["name"], subject=f"Báo cáo tổng hợp năm học {story.year}")
    return p_out


def write_summary_pdf(repo, path: str | Path, *, school_year: str | None = None, unit: str | None = None,
                      all_submissions: bool = False) -> Path:
    """The summary PDF of the office's repository for a school year (default: the latest) and unit — of the
    accepted submissions unless ``all_submissions``; ExchangeError when the office's profile is incomplete."""
    return build_summary_pdf(summary_data(repo, school_year=school_year, unit=unit,
                                          all_submissions=all_submissions), path)
