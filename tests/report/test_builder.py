"""The PDF report: every element of the Nghị định 30 layout, fonts, determinism, drafts and finals."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata

import pytest

from papi_desktop.core.model import DEPUTY_TITLE
from papi_desktop.core.text import nfc_deep
from papi_desktop.report.builder import build_report, report_bytes
from papi_desktop.report.sections import qr_payload

from .conftest import BASE14, all_fonts, big_catalogue, big_snapshot, page_texts, pdf_text


def test_header_has_every_element_of_page_one(final_parts):
    """Page 1 carries supervising body, school, number, national title, motto, place and date, title, recipients."""
    _, _, cat, snap = final_parts
    first = " ".join(page_texts(report_bytes(snap, cat))[0].split())
    school = snap["content"]["school"]
    for expected in (
        school["supervising_body"].upper(), school["name"].upper(), f"Số: 12/BC-{school['abbreviation']}",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        f"{school['place_name']}, ngày 20 tháng 5 năm 2025", "BÁO CÁO",
        "Kết quả tự đánh giá các tiêu chí nâng cao Chỉ số PAPI năm học 2024-2025",
        f"Kính gửi: {school['receiving_offices'][0]}.",
    ):
        assert " ".join(expected.split()) in first, expected
    assert unicodedata.is_normalized("NFC", first)


def test_several_receiving_offices_are_listed_under_kinh_gui(draft_parts):
    """With two receiving offices, "Kính gửi:" lists each on its own "- …;" line, the last ending with "."."""
    _, _, cat, snap = draft_parts
    text = pdf_text(report_bytes(snap, cat))
    offices = snap["content"]["school"]["receiving_offices"]
    assert len(offices) == 2
    assert f"Kính gửi: - {offices[0]}; - {offices[1]}." in text


def test_body_sections_tables_and_scores(final_parts):
    """Sections I–VI appear with the general data, one table per dimension, verdicts and scores."""
    _, _, cat, snap = final_parts
    text = pdf_text(report_bytes(snap, cat))
    school = snap["content"]["school"]
    for heading in ("I. THÔNG TIN CHUNG", "II. KẾT QUẢ TỰ ĐÁNH GIÁ", "III. Ý KIẾN CỦA CHA MẸ HỌC SINH",
                    "IV. TỒN TẠI, HẠN CHẾ", "V. KẾ HOẠCH KHẮC PHỤC", "VI. ĐỀ XUẤT, KIẾN NGHỊ"):
        assert heading in text
    assert f"{school['stats']['classes']} lớp; {school['stats']['pupils']} học sinh" in text
    for campus in school["campuses"]:
        assert campus["name"] in text
    assert "TT Tiêu chí Thực trạng Kết quả Minh chứng" in text
    for c in cat.criteria:
        assert f"{c.id}. {c.text.vi}"[:30] in text
    overall = f"{snap['scores']['overall']:.2f}".replace(".", ",")
    assert f"Điểm tự đánh giá: {overall}/10" in text
    assert "không phải điểm Chỉ số PAPI" in text


def test_closing_block_recipients_and_principal(final_parts):
    """The closing has "Nơi nhận:" with "- Như trên;" and "- Lưu: VT…", the title and the principal's name."""
    _, _, cat, snap = final_parts
    last = " ".join(page_texts(report_bytes(snap, cat))[-1].split())
    assert "Nơi nhận: - Như trên; - Lưu: VT" in last
    assert "HIỆU TRƯỞNG" in last and snap["content"]["school"]["principal"] in last
    assert "KT. HIỆU TRƯỞNG" not in last


def test_deputy_signs_for_the_principal(final_parts):
    """A deputy signer prints "KT. HIỆU TRƯỞNG" over "PHÓ HIỆU TRƯỞNG" and the deputy's name."""
    _, _, cat, snap = final_parts
    last = page_texts(report_bytes(snap, cat, signer={"name": "Trần Văn Đức", "title": DEPUTY_TITLE}))[-1]
    lines = [x.strip() for x in last.splitlines()]
    i = lines.index("KT. HIỆU TRƯỞNG")
    assert lines[i + 1] == "PHÓ HIỆU TRƯỞNG" and "Trần Văn Đức" in lines[i + 2:]


def test_fonts_are_embedded_truetype_subsets_never_base14(final_parts):
    """Every font is an embedded TrueType subset of Liberation Serif or Times New Roman; no base-14 font."""
    _, _, cat, snap = final_parts
    data = report_bytes(snap, cat)
    fonts = all_fonts(data)
    assert fonts and b"Helvetica" not in data and b"Courier" not in data
    for f in fonts:
        name = str(f["/BaseFont"]).lstrip("/")
        tag, _, family = name.partition("+")
        assert family not in BASE14 and name not in BASE14
        assert len(tag) == 6 and tag.isupper() and family.startswith(("LiberationSerif", "TimesNewRoman"))
        assert f["/Subtype"] == "/TrueType" and "/FontFile2" in f["/FontDescriptor"]


def test_invariant_output_is_byte_identical(final_parts):
    """Two builds of the same snapshot with invariant=True give the same bytes."""
    _, _, cat, snap = final_parts
    assert report_bytes(snap, cat, invariant=True) == report_bytes(snap, cat, invariant=True)


def test_decomposed_text_is_printed_composed(final_parts):
    """Text arriving in NFD (pasted on Windows) is printed in NFC and gives the same file as NFC input."""
    _, _, cat, snap = final_parts
    nfd = {**snap, "content": {**snap["content"], "school": {
        **snap["content"]["school"], "name": unicodedata.normalize("NFD", snap["content"]["school"]["name"])}}}
    assert report_bytes(nfd, cat, invariant=True) == report_bytes(nfc_deep(nfd), cat, invariant=True)
    assert "TRƯỜNG TIỂU HỌC LÊ LỢI" in pdf_text(report_bytes(nfd, cat))


def test_draft_is_marked_and_has_no_verification_code(draft_parts):
    """A draft shows "BẢN NHÁP" and carries no verification code."""
    _, _, cat, snap = draft_parts
    texts = page_texts(report_bytes(snap, cat))
    assert all("BẢN NHÁP" in t for t in texts)
    assert "Mã xác thực" not in " ".join(texts)


def test_final_prints_verification_code_hash_and_qr(final_parts):
    """A final report prints its verification code on every page, the full hash, and no draft mark."""
    _, _, cat, snap = final_parts
    data = report_bytes(snap, cat)
    texts = page_texts(data)
    assert all(snap["verification_code"] in t for t in texts)
    assert "BẢN NHÁP" not in " ".join(texts)
    joined = pdf_text(data).replace(" ", "")
    assert snap["content_hash"] in joined
    assert qr_payload("TH64300000", "2024-2025", 1, snap["content_hash"]) == (
        f"PAPI1;TH64300000;2024-2025;1;{snap['content_hash']}")


def test_long_tables_split_with_repeated_header_rows():
    """A full-size catalogue and a long plan span several pages; each table page repeats its header row."""
    cat = big_catalogue(45)
    snap = big_snapshot(cat, actions=60)
    buf = io.BytesIO()
    result = build_report(snap, cat, buf)
    texts = page_texts(buf.getvalue())
    assert result.pages == len(texts) >= 6
    plan_pages = [t for t in texts if "Khắc phục nội dung số" in t]
    assert len(plan_pages) >= 2 and all("Nội dung công việc" in t for t in plan_pages)
    for n in (1, 30, 60):
        assert f"Khắc phục nội dung số {n}:" in " ".join(" ".join(texts).split())
    assert "ngày 05 tháng 01 năm 2026" in texts[0] and "Số: 07/BC-" in texts[0]


def test_signature_box_lies_in_the_signature_block(final_parts):
    """The room left for the signature is on the last page, under the title, right half of the page."""
    _, _, cat, snap = final_parts
    buf = io.BytesIO()
    result = build_report(snap, cat, buf)
    x1, y1, x2, y2 = result.signature_box
    assert result.signature_page == result.pages - 1
    assert x1 >= 595.27 * 0.4 and x2 <= 595.27 - 15 * 72 / 25.4 + 1 and y2 - y1 > 80


@pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
                    reason="poppler-utils and zbar-tools needed to scan the printed QR code")
def test_printed_qr_code_scans_to_school_year_revision_and_hash(final_parts, tmp_path):
    """The QR code on the rendered last page scans (zbarimg) to school code, year, revision and full hash."""
    _, a, cat, snap = final_parts
    pdf = tmp_path / "bc.pdf"
    result = build_report(snap, cat, pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", str(result.pages), "-l", str(result.pages), str(pdf),
                    str(tmp_path / "p")], check=True, timeout=120)
    [png_file] = tmp_path.glob("p-*.png")
    scan = subprocess.run(["zbarimg", "-q", "--raw", str(png_file)], capture_output=True, text=True, timeout=120)
    assert scan.stdout.strip() == qr_payload(a.school_code, a.school_year, a.revision, snap["content_hash"])


def test_bare_school_and_english_build(tmp_path):
    """A school with no campuses, statistics, offices or principal still gives a report, in Vietnamese and
    in English."""
    from papi_desktop.core.catalogue import default_catalogue
    from papi_desktop.core.model import Assessment, School
    from papi_desktop.core.snapshot import make_snapshot

    cat = default_catalogue()
    school = School(code="TH1", name="Trường Tiểu học Hòa Bình")
    a = Assessment("a1", "TH1", "2025-2026", cat.catalogue_id, cat.version)
    snap = make_snapshot(cat, school, a, {}, [], [])
    vi = pdf_text(report_bytes(snap, cat))
    assert "Chưa trả lời" in vi and "BẢN NHÁP" in vi and "Kính gửi" not in vi
    en = pdf_text(report_bytes(snap, cat, lang="en"))
    assert "REPORT" in en and "DRAFT" in en and "Not answered" in en


def test_plain_text_fast_path_matches_parsed_paragraphs():
    """Cells built without reportlab's XML parser lay out exactly like parsed ones (same line breaks)."""
    from reportlab.platypus import Paragraph

    from papi_desktop.report.fonts import register_fonts
    from papi_desktop.report.layout import styles
    from papi_desktop.report.sections import para

    st = styles(register_fonts().family)["cell"]
    text = "Lớp học là nhà kiên cố & có đủ ánh sáng <tiêu chuẩn> ở tất cả các điểm trường vùng sâu"
    fast, parsed = para(text, st, bold_head="TH.01. "), Paragraph("<b>TH.01. </b>" + text.replace("&", "&amp;")
                                                                    .replace("<", "&lt;").replace(">", "&gt;"), st)
    assert fast.wrap(150, 1000) == parsed.wrap(150, 1000)

    def lines(p):
        # the parser cuts text at entities (&amp;, &lt;) into more fragments of the same font: compare joined text
        return [("".join(f.text for f in line.words), line.words[0].fontName) for line in p.blPara.lines]

    assert len(lines(fast)) > 2 and lines(fast) == lines(parsed)
