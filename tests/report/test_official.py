"""The official parts shared by every document: "Nơi nhận" (NĐ 30/2020 Phụ lục I) and page flow at the end."""

from __future__ import annotations

import copy

from papi_desktop.report.builder import report_bytes
from papi_desktop.report.official import recipient_lines

from .conftest import page_texts, pdf_text

ARCHIVE = "- Lưu: VT, HSTĐG."


def test_nhu_tren_stands_for_the_offices_under_kinh_gui():
    """"- Như trên;" comes first for the addressed offices, which are not repeated; "- Lưu" is last."""
    to = ["Phòng Văn hóa – Xã hội phường Buôn Ma Thuột", "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk"]
    assert recipient_lines(to, [], ARCHIVE) == ["- Như trên;", ARCHIVE]
    assert recipient_lines(to, ["Sở GDĐT tỉnh Đắk Lắk (để báo cáo)", " sở giáo dục và đào tạo tỉnh đắk lắk "],
                           ARCHIVE) == ["- Như trên;", "- Sở GDĐT tỉnh Đắk Lắk (để báo cáo);", ARCHIVE]


def test_without_addressees_there_is_no_nhu_tren():
    """With nobody under "Kính gửi", "Như trên" would point at nothing: the list holds the copies and "- Lưu"."""
    assert recipient_lines([], ["UBND phường Buôn Ma Thuột (để biết)"], ARCHIVE) == [
        "- UBND phường Buôn Ma Thuột (để biết);", ARCHIVE]
    assert recipient_lines(["", "  "], [], ARCHIVE) == [ARCHIVE]


def test_report_lists_copies_after_nhu_tren_and_keeps_offices_under_kinh_gui(draft_parts):
    """Every receiving office stays under "Kính gửi"; "Nơi nhận" has "Như trên", the extra copies, then "Lưu"."""
    _, _, cat, snap = draft_parts
    offices = snap["content"]["school"]["receiving_offices"]
    data = report_bytes(snap, cat, copies=["UBND phường Buôn Ma Thuột (để biết)", offices[1]])
    text, last = pdf_text(data), " ".join(page_texts(data)[-1].split())
    assert f"Kính gửi: - {offices[0]}; - {offices[1]}." in text
    assert f"Nơi nhận: - Như trên; - UBND phường Buôn Ma Thuột (để biết); {ARCHIVE}" in last
    assert last.count(offices[1]) == 0


def test_signature_page_does_not_start_with_the_closing_sentence(final_parts):
    """The page with the signature also carries the last paragraph of section V, never the closing alone."""
    _, _, cat, snap = final_parts
    for proposals in (None, ["Đề nghị hỗ trợ kinh phí sửa nhà vệ sinh điểm trường Buôn Ea Nuôl."] * 6):
        pages = page_texts(report_bytes(snap, cat, proposals=proposals))
        last = " ".join(pages[-1].split())
        body = last.split("Trên đây là báo cáo")[0]
        assert "Nơi nhận" in last and len(body.split()) > 12, body


def test_no_receiving_office_prints_no_kinh_gui_and_no_nhu_tren(final_parts):
    """A school without receiving offices gets neither "Kính gửi" nor "Như trên"."""
    _, _, cat, snap = final_parts
    snap = copy.deepcopy(snap)
    snap["content"]["school"]["receiving_offices"] = []
    text = pdf_text(report_bytes(snap, cat))
    assert "Kính gửi" not in text and "Như trên" not in text and f"Nơi nhận: {ARCHIVE}" in text


def test_table_header_row_repeats_only_at_the_top_of_a_page():
    """A dimension table running over a page repeats its header row at the top of the next page only, never
    twice on one page (reportlab would place the split-off rest in the space left on the same page)."""
    import re

    from .conftest import big_catalogue, big_snapshot

    cat = big_catalogue(45)
    pages = page_texts(report_bytes(big_snapshot(cat, actions=20, seed=3), cat))
    assert len(pages) > 8
    for n, page in enumerate(pages, start=1):
        page = " ".join(page.split())
        heads = page.count("TT Tiêu chí Thực trạng Kết quả Minh chứng")
        tables_started = len(re.findall(r"\d\. .{3,90}? \(điểm: ", page))
        assert heads <= tables_started + 1, f"page {n}: {heads} header rows, {tables_started} tables started"
