"""Measured layout of the report against Nghị định 30/2020 (A4, margins, font sizes, page numbers)."""

from __future__ import annotations

import io

import pytest

from papi_desktop.report.builder import report_bytes

from .conftest import big_catalogue, big_snapshot, text_runs

MM = 72 / 25.4
A4 = (210 * MM, 297 * MM)


@pytest.fixture(scope="module")
def final_report() -> bytes:
    """A several-page finalised report of a full-size catalogue."""
    cat = big_catalogue(45)
    return report_bytes(big_snapshot(cat, actions=20), cat)


def _find(runs, text, page=None):
    hits = [r for r in runs if r["text"] == text and (page is None or r["page"] == page)]
    assert hits, f"{text!r} not found"
    return hits[0]


def test_pages_are_a4_portrait(final_report):
    """Every page is A4 portrait."""
    from pypdf import PdfReader

    for page in PdfReader(io.BytesIO(final_report)).pages:
        box = page.mediabox
        assert abs(float(box.width) - A4[0]) < 0.5 and abs(float(box.height) - A4[1]) < 0.5


def test_text_stays_inside_the_decree_margins(final_report):
    """All body text lies within left 30 mm, right 15 mm, top 20 mm, bottom 20 mm (page number and footer
    code sit in the top/bottom margin by design)."""
    runs = text_runs(final_report)
    body = [r for r in runs if r["size"] >= 10]
    page_numbers = [r for r in body if r["y"] > A4[1] - 20 * MM]
    assert all(r["text"].isdigit() for r in page_numbers)
    body = [r for r in body if r not in page_numbers]
    assert min(r["x"] for r in body) >= 30 * MM - 0.5
    # justified lines may shrink their spaces by up to 5 % (reportlab's spaceShrinkage): allow for that
    for r in body:
        shrink = 0.05 * 0.25 * r["size"] * r["text"].count(" ")
        assert r["right"] - shrink <= A4[0] - 15 * MM + 0.5, r
    assert max(r["y"] + 0.9 * r["size"] for r in body) <= A4[1] - 20 * MM + 0.5
    assert min(r["y"] - 0.25 * r["size"] for r in body) >= 20 * MM - 0.5
    # left margin really used: body paragraphs start at 30 mm, not further in
    assert min(r["x"] for r in body) <= 30 * MM + 1


def test_header_and_title_font_sizes(final_report):
    """Header 12–13 pt (body, school bold, number 13), motto 13–14 bold, date 13–14 italic, title 13–14 bold."""
    runs = [r for r in text_runs(final_report) if r["page"] == 1]
    national = _find(runs, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert 12 <= national["size"] <= 13 and national["style"] == "bold"
    motto = _find(runs, "Độc lập - Tự do - Hạnh phúc")
    assert 13 <= motto["size"] <= 14 and motto["style"] == "bold"
    date_run = next(r for r in runs if ", ngày 05 tháng 01 năm 2026" in r["text"])
    assert 13 <= date_run["size"] <= 14 and date_run["style"] == "italic"
    number = next(r for r in runs if r["text"].startswith("Số: 07/BC-"))
    assert 12 <= number["size"] <= 13 and number["style"] == "regular"
    school = next(r for r in runs if r["text"].startswith("TRƯỜNG TIỂU HỌC"))
    assert 12 <= school["size"] <= 13 and school["style"] == "bold"
    title = _find(runs, "BÁO CÁO")
    assert 13 <= title["size"] <= 14 and title["style"] == "bold"
    # two-column header: national title on the right half, school on the left
    assert national["x"] > A4[0] / 2 - 20 * MM > school["x"]


def test_body_closing_and_recipient_sizes(final_report):
    """Body 13–14 pt; "Nơi nhận:" 12 pt bold italic; its list 11 pt; signer title 13–14 pt bold."""
    runs = text_runs(final_report)
    heading = _find(runs, "I. THÔNG TIN CHUNG")
    assert 13 <= heading["size"] <= 14 and heading["style"] == "bold"
    head = _find(runs, "Nơi nhận:")
    assert head["size"] == 12 and head["style"] == "bolditalic"
    assert _find(runs, "- Như trên;")["size"] == 11
    signer = _find(runs, "HIỆU TRƯỞNG", page=head["page"])
    assert 13 <= signer["size"] <= 14 and signer["style"] == "bold" and signer["x"] > head["x"] + 60 * MM


def test_page_numbers_top_centre_from_page_two(final_report):
    """Page numbers are printed top centre in 13–14 pt on every page but the first."""
    runs = text_runs(final_report)
    pages = max(r["page"] for r in runs)
    assert pages >= 3
    top = [r for r in runs if r["y"] > A4[1] - 20 * MM and r["text"].isdigit()]
    assert sorted(int(r["text"]) for r in top) == list(range(2, pages + 1))
    assert all(r["page"] == int(r["text"]) for r in top)
    centre = 30 * MM + (A4[0] - 45 * MM) / 2
    for r in top:
        assert 13 <= r["size"] <= 14
        assert abs((r["x"] + r["right"]) / 2 - centre) < 2


def test_long_names_wrap_inside_their_header_column(final_parts):
    """A long supervising body and school name wrap inside the left header column without touching the right."""
    _, _, cat, snap = final_parts
    school = dict(snap["content"]["school"], supervising_body="Ủy ban nhân dân xã Ea Kiết huyện Cư M'gar tỉnh Đắk Lắk",
                  name="Trường Tiểu học và Trung học cơ sở Nguyễn Thị Minh Khai số 2 Buôn Ma Thuột")
    data = report_bytes(dict(snap, content=dict(snap["content"], school=school)), cat)
    runs = [r for r in text_runs(data) if r["page"] == 1]
    national = _find(runs, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    left = [r for r in runs if r["y"] > national["y"] - 80 and r["x"] < national["x"]]
    assert len(left) >= 5  # both names took more than one line each
    assert max(r["right"] for r in left) < national["x"]
    assert "TRƯỜNG TIỂU HỌC VÀ TRUNG HỌC CƠ SỞ" in " ".join(r["text"] for r in left)
