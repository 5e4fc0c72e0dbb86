"""Every measurable rule of Nghị định 30/2020 (Phụ lục I) on both PDFs — each sample school's report and the
office's summary — measured from the text runs pypdf reads back (positions, sizes, faces) and the embedded fonts.

Rules tested: A4 portrait; margins left 30, right 15, top 20, bottom 20 mm for everything printed (the footer with
the verification code and the draft mark included), the page number alone in the top margin; header names 12–13 pt
(the issuer bold), broken only between words of different kinds, never inside a proper name; "Số: NN/BC-…" 13 pt
with numbers below 10 padded; Quốc hiệu 12–13 pt bold, Tiêu ngữ 13–14 pt bold; "<place>, ngày DD tháng MM năm
YYYY" 13–14 pt italic, days below 10 and months 1–2 padded; "BÁO CÁO" and the trích yếu 13–14 pt bold; "Kính gửi"
13–14 pt; body 13–14 pt; "Nơi nhận:" 12 pt bold italic, its lines 11 pt, "- Lưu: VT…" last; signer 13–14 pt bold;
page numbers top centre 13–14 pt from page 2 only; every font an embedded TrueType subset, no base-14 font.
"""

from __future__ import annotations

import re

import pytest

from papi_desktop.report.builder import report_bytes
from papi_desktop.report.layout import PAGE_H, PAGE_W
from papi_desktop.report.official import header_lines, name_segments

from .conftest import BASE14, all_fonts, text_runs

MM = 72 / 25.4
LEFT, RIGHT, TOP, BOTTOM = 30 * MM, PAGE_W - 15 * MM, PAGE_H - 20 * MM, 20 * MM


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    """``[(label, pdf bytes, supervising body, issuer)]``: every sample school's report (each assessment of the
    demo), and the summary of an office that imported all finalised ones."""
    from papi_desktop.demo import make_demo
    from papi_desktop.exchange.importer import import_paths
    from papi_desktop.exchange.office import save_office
    from papi_desktop.exchange.summary_pdf import build_summary_pdf, summary_data
    from papi_desktop.exchange.writer import export_all
    from papi_desktop.storage.repository import Repository

    tmp = tmp_path_factory.mktemp("nd30")
    out = []
    with Repository.open(tmp / "demo.sqlite3") as repo:
        make_demo(repo, schools=6, seed=1)
        for a in repo.list_assessments():
            school = repo.school_for(a)
            data = report_bytes(repo.snapshot(a.id), repo.catalogue_of(a), invariant=True)
            out.append((f"{a.school_code} {a.school_year}", data, school.supervising_body, school.name))
        files = export_all(repo, tmp / "files")
    with Repository.open(tmp / "office.sqlite3") as office:
        import_paths(office, files)
        profile = save_office(office, {
            "name": "Phòng Giáo dục và Đào tạo thành phố Buôn Ma Thuột", "supervising_body": "UBND thành phố Buôn "
            "Ma Thuột", "place_name": "Buôn Ma Thuột", "signer": "Nguyễn Văn Bình", "signer_title": "TRƯỞNG PHÒNG",
            "recipients": ["Sở Giáo dục và Đào tạo tỉnh Đắk Lắk"], "doc_number": 3})
        build_summary_pdf(summary_data(office, school_year="2025-2026"), tmp / "tong-hop.pdf", invariant=True)
    out.append(("summary", (tmp / "tong-hop.pdf").read_bytes(), profile["supervising_body"], profile["name"]))
    return out


def _each(samples):
    for label, data, body, issuer in samples:
        yield label, data, text_runs(data), body, issuer


def test_pages_are_a4_portrait(samples):
    """Every page of every document is A4 portrait."""
    import io

    from pypdf import PdfReader

    for label, data, *_ in samples:
        for page in PdfReader(io.BytesIO(data)).pages:
            assert abs(float(page.mediabox.width) - PAGE_W) < 0.5, label
            assert abs(float(page.mediabox.height) - PAGE_H) < 0.5, label


def test_everything_printed_stays_inside_the_margins(samples):
    """All text — tables, signature, the verification-code footer and the draft mark included — lies within
    30/15/20/20 mm; only the page number sits in the top margin, where the decree puts it."""
    for label, _data, runs, *_ in _each(samples):
        flat = [r for r in runs if r["size"] < 30]  # the diagonal watermark is checked on its own
        for r in flat:
            if r["y"] > TOP and r["text"].isdigit():
                continue  # the page number
            shrink = 0.05 * 0.25 * r["size"] * r["text"].count(" ")  # justified lines may tighten their spaces
            assert r["x"] >= LEFT - 0.5, (label, r)
            assert r["right"] - shrink <= RIGHT + 0.5, (label, r)
            assert r["y"] + 0.9 * r["size"] <= TOP + 0.5, (label, r)
            assert r["y"] - 0.25 * r["size"] >= BOTTOM - 0.5, (label, r)


def test_verification_footer_is_inside_the_bottom_margin(samples):
    """The verification code on each page of a finalised report is printed above the 20 mm bottom margin."""
    finals = [(label, runs) for label, _d, runs, *_ in _each(samples) if any("Mã xác thực" in r["text"] for r in runs)]
    assert len(finals) >= 3
    for label, runs in finals:
        footers = [r for r in runs if r["text"].startswith("Mã xác thực ") and r["size"] < 10]
        assert len(footers) == max(r["page"] for r in runs), label
        assert all(r["y"] - 0.25 * r["size"] >= BOTTOM for r in footers), label


@pytest.mark.parametrize(("text", "offset"), [("BẢN NHÁP", -28), ("DỮ LIỆU MẪU", -28), ("BẢN NHÁP", 40),
                                              ("DỮ LIỆU MẪU", -110)])
def test_diagonal_marks_stay_inside_the_text_area(text, offset):
    """The diagonal "BẢN NHÁP" and "DỮ LIỆU MẪU" (turned 45° about the page centre, ``offset`` from it; both together
    on sample drafts) are drawn at a size whose text box, turned, lies in the text area — and still large."""
    import math

    from reportlab.pdfbase.pdfmetrics import stringWidth

    from papi_desktop.report.fonts import register_fonts
    from papi_desktop.report.layout import WATERMARK_PT, watermark_size

    face = register_fonts().face("bold")
    size = watermark_size(face, text, offset)
    assert size >= 56
    w, y = stringWidth(text, face, size), offset * size / WATERMARK_PT
    corners = [(x, v) for x in (-w / 2, w / 2) for v in (y - 0.25 * size, y + 0.95 * size)]
    c = math.cos(math.radians(45))
    for x, v in corners:
        px, py = PAGE_W / 2 + c * (x - v), PAGE_H / 2 + c * (x + v)
        assert LEFT <= px <= RIGHT and BOTTOM <= py <= TOP, (text, offset, px, py)


def _header_runs(runs):
    national = next(r for r in runs if r["page"] == 1 and r["text"] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    number = next(r for r in runs if r["page"] == 1 and r["text"].startswith("Số:"))
    left = [r for r in runs if r["page"] == 1 and r["x"] < national["x"] and r["y"] > number["y"] + 1]
    return national, number, sorted(left, key=lambda r: -r["y"])


def _breaks_between_segments(name: str, lines: list[str]) -> bool:
    words = name.upper().split()
    bounds, i = set(), 0
    for seg, _kind in name_segments(" ".join(words)):
        i += len(seg.split())
        bounds.add(i)
    at, ends = 0, set()
    for line in lines:
        at += len(line.split())
        ends.add(at)
    return " ".join(lines).split() == words and ends <= bounds


def test_header_names_break_between_words_of_different_kinds(samples):
    """The supervising body (regular) and the issuer (bold) print 12–13 pt on lines that end only where a kind of
    body or place ends or a proper name ends — never inside "NGUYỄN DU" or "BUÔN MA THUỘT"."""
    for label, _data, runs, body, issuer in _each(samples):
        _national, number, left = _header_runs(runs)
        bold = [r for r in left if r["style"] == "bold"]
        regular = [r for r in left if r["style"] == "regular"]
        assert all(12 <= r["size"] <= 13 for r in left), label
        assert _breaks_between_segments(issuer, [r["text"] for r in bold]), (label, [r["text"] for r in bold])
        assert _breaks_between_segments(body, [r["text"] for r in regular]), (label, [r["text"] for r in regular])
        assert 12 <= number["size"] <= 13 and number["style"] == "regular"


@pytest.mark.parametrize(("name", "proper"), [
    ("Trường Tiểu học Nguyễn Du", "NGUYỄN DU"),
    ("Phòng GDĐT thành phố Buôn Ma Thuột", "BUÔN MA THUỘT"),
    ("Trường Tiểu học và Trung học cơ sở Hoàng Văn Thụ", "HOÀNG VĂN THỤ"),
])
def test_known_bad_breaks_do_not_happen(name, proper):
    """"TRƯỜNG TIỂU HỌC NGUYỄN / DU" and "PHÒNG GDĐT THÀNH PHỐ BUÔN / MA THUỘT" are broken before the name,
    which stays whole on the last line."""
    from papi_desktop.report.fonts import register_fonts
    from papi_desktop.report.layout import TEXT_W, styles

    style = styles(register_fonts().family)["school"]
    lines = header_lines(name.upper(), style, TEXT_W * 0.42 - 6)
    assert len(lines) == 2 and lines[1].endswith(proper) and proper.split()[0] not in lines[0]


def test_number_and_date_follow_the_decree(samples):
    """"Số: NN/BC-…" with two-digit numbers (a blank for a draft), and "<place>, ngày DD tháng MM năm YYYY" italic
    13–14 pt with days padded and only January and February padded."""
    for label, _data, runs, *_ in _each(samples):
        national, number, _left = _header_runs(runs)
        assert re.fullmatch(r"Số:\s*(\d{2,}|\s*)/BC-[A-ZĐ]+", number["text"]), (label, number["text"])
        date_run = next(r for r in runs if r["page"] == 1 and ", ngày " in r["text"])
        m = re.search(r"ngày (\d{2}) tháng (\d{1,2}) năm (\d{4})$", date_run["text"])
        month = int(m.group(2)) if m else 0
        assert m and (month >= 10 or (len(m.group(2)) == 2) == (month <= 2)), (label, date_run["text"])
        assert 13 <= date_run["size"] <= 14 and date_run["style"] == "italic"
        assert 12 <= national["size"] <= 13 and national["style"] == "bold"
        motto = next(r for r in runs if r["text"] == "Độc lập - Tự do - Hạnh phúc")
        assert 13 <= motto["size"] <= 14 and motto["style"] == "bold"


def test_title_addressees_body_closing_and_signer_sizes(samples):
    """"BÁO CÁO" and its trích yếu 13–14 pt bold, "Kính gửi" 13–14 pt, body 13–14 pt, "Nơi nhận:" 12 pt bold
    italic with 11 pt lines ending in "- Lưu: VT…", the signer's title and name 13–14 pt bold."""
    for label, _data, runs, *_ in _each(samples):
        title = next(r for r in runs if r["page"] == 1 and r["text"] == "BÁO CÁO")
        assert 13 <= title["size"] <= 14 and title["style"] == "bold", label
        summary = max((r for r in runs if r["page"] == 1 and r["y"] < title["y"] and r["style"] == "bold"
                       and r["size"] < 30), key=lambda r: r["y"])
        assert 13 <= summary["size"] <= 14, label
        to = next(r for r in runs if r["text"].startswith("Kính gửi"))
        assert 13 <= to["size"] <= 14, label
        heading = next(r for r in runs if r["text"].startswith("I. "))
        assert 13 <= heading["size"] <= 14, label
        head = next(r for r in runs if r["text"] == "Nơi nhận:")
        assert head["size"] == 12 and head["style"] == "bolditalic", label
        lines = [r for r in runs if r["page"] == head["page"] and r["x"] < head["x"] + 1 and r["y"] < head["y"]
                 and r["text"].startswith("- ")]
        assert lines and all(r["size"] == 11 for r in lines) and lines[-1]["text"].startswith("- Lưu: VT"), label
        signer = [r for r in runs if r["page"] == head["page"] and r["x"] > head["x"] + 60 * MM
                  and r["style"] == "bold" and head["y"] - 80 * MM < r["y"] <= head["y"] + 2]
        assert signer and all(13 <= r["size"] <= 14 for r in signer), (label, signer)


def test_page_numbers_top_centre_from_page_two(samples):
    """Page numbers: top centre in the top margin, 13–14 pt, on every page but the first."""
    centre = LEFT + (RIGHT - LEFT) / 2
    for label, _data, runs, *_ in _each(samples):
        pages = max(r["page"] for r in runs)
        top = [r for r in runs if r["y"] > TOP and r["text"].isdigit()]
        assert sorted(int(r["text"]) for r in top) == list(range(2, pages + 1)), label
        assert all(r["page"] == int(r["text"]) and 13 <= r["size"] <= 14 for r in top), label
        assert all(abs((r["x"] + r["right"]) / 2 - centre) < 2 for r in top), label


def test_fonts_are_embedded_subsets_never_base14(samples):
    """Every font of both PDFs is an embedded TrueType subset (Liberation Serif or Times New Roman)."""
    for label, data, *_ in samples:
        for f in all_fonts(data):
            name = str(f["/BaseFont"]).lstrip("/")
            tag, _, family = name.partition("+")
            assert family not in BASE14 and name not in BASE14, label
            assert len(tag) == 6 and family.startswith(("LiberationSerif", "TimesNewRoman")), label
            assert f["/Subtype"] == "/TrueType" and "/FontFile2" in f["/FontDescriptor"], label


def test_no_page_ends_or_starts_with_a_lone_table_header(samples):
    """A repeated header row always has a row of the table under it (never a header over an empty strip)."""
    for label, _data, runs, *_ in _each(samples):
        heads = [r for r in runs if r["text"] in ("Thực trạng", "Nội dung công việc") and r["style"] == "bold"]
        for head in heads:
            below = [r for r in runs if r["page"] == head["page"] and r["y"] < head["y"] - 2 and r["size"] < 30
                     and r["y"] > BOTTOM + 8 * MM]
            assert below, (label, head["page"])
            first = max(below, key=lambda r: r["y"])
            assert first["size"] == 12 and first["style"] in ("regular", "bold"), (label, head["page"], first)
