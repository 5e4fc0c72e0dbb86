"""The office's summary report: the official layout of the school report (one implementation, NĐ 30/2020) and the
content a Sở officer signs off — situation, results, shortcomings with fact totals, causes, proposals."""

from __future__ import annotations

import io
import re

import pytest

from papi_desktop.exchange.summary_pdf import build_summary_pdf, serif_font_files

OFFICE = {"name": "Phòng Văn hóa – Xã hội phường Buôn Ma Thuột", "supervising_body": "UBND phường Buôn Ma Thuột",
          "abbreviation": "VHXH", "place_name": "Buôn Ma Thuột", "signer": "Nguyễn Văn Bình",
          "signer_title": "KT. Trưởng phòng / Phó Trưởng phòng", "recipients": ["Sở Giáo dục và Đào tạo tỉnh Đắk Lắk"],
          "copy_to": ["UBND phường Buôn Ma Thuột (để báo cáo)"], "doc_number": 5}
PLACEHOLDERS = ("CƠ QUAN TỔNG HỢP", "Số: /", "THỦ TRƯỞNG CƠ QUAN", "BC-CQTH")


def data(schools: int = 3) -> dict:
    """Plain summary data as ``summary_data`` returns it."""
    return {
        "office": dict(OFFICE), "school_year": "2025-2026", "date": "2026-01-05", "submitted": schools,
        "missing": [["TH9", "Trường Tiểu học Ơn", "xã Ea Kar"]], "missing_count": 1, "expected": schools + 1,
        "average_score": 7.25,
        "dimensions": [{"id": "D7", "number": "7", "name": "Quản trị môi trường", "average": 7.5}],
        "criteria": [{"id": f"D1.{i:02d}", "text": "Hiệu trưởng ban hành kế hoạch nâng cao Chỉ số PAPI", "met": 2,
                      "rate": 0.5, "not_met": 1} for i in range(1, 7)],
        "shortcomings": [{"id": "TH.01", "text": "Lớp học là nhà kiên cố", "met": 1, "rate": 0.33, "not_met": 2}],
        "schools": [{"code": f"TH{i:03d}", "name": f"Trường Tiểu học Số {i}", "unit": "xã Ea Kar", "score": 7.0,
                     "met": 20} for i in range(1, schools + 1)],
        "totals": [{"key": "temporary_rooms", "label": "Phòng học tạm, thuê, mượn", "unit": "phòng"}],
        "units": [{"unit": "xã Ea Kar", "schools": schools, "temporary_rooms": 4}],
        "causes": {"TH.01": [("Còn phòng học bán kiên cố, phòng học tạm, thuê, mượn", 2)]},
        "proposals": {"province": ["đầu tư xây dựng phòng học kiên cố thay thế 4 phòng học tạm, thuê, mượn của 2 "
                                   "trường"]},
        "written": [{"school": "Trường Tiểu học Số 1", "solver": "so", "text": "- Cấp thêm 2 máy lọc nước."}],
        "written_count": 1,
    }


def texts(path) -> list[str]:
    from pypdf import PdfReader

    return [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]


def base_fonts(path) -> set[str]:
    from pypdf import PdfReader

    return {str(f["/BaseFont"]).split("+")[-1] for p in PdfReader(path).pages
            for f in p["/Resources"]["/Font"].values()}


@pytest.fixture(scope="module")
def summary(tmp_path_factory):
    return build_summary_pdf(data(), tmp_path_factory.mktemp("s") / "th.pdf", invariant=True)


def test_header_is_the_official_one(summary):
    """Office names upper-case, "Số: 05/BC-VHXH", the motto, the decree's date form, "BÁO CÁO" with the trích yếu
    "Tổng hợp kết quả tự đánh giá …", and "Kính gửi"."""
    first = texts(summary)[0]
    for words in ("UBND PHƯỜNG BUÔN MA THUỘT", "PHÒNG VĂN HÓA – XÃ HỘI PHƯỜNG BUÔN MA THUỘT", "Số: 05/BC-VHXH",
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                  "Buôn Ma Thuột, ngày 05 tháng 01 năm 2026", "BÁO CÁO Tổng hợp kết quả tự đánh giá",
                  "năm học 2025-2026", "Kính gửi: Sở Giáo dục và Đào tạo tỉnh Đắk Lắk."):
        assert words in first, words
    assert "BÁO CÁO TỔNG HỢP" not in first


def test_sections_carry_situation_results_shortcomings_causes_and_proposals(summary):
    """Sections I–VI: expected, received and missing schools by name; scores; the parents' survey (none here); the
    criteria most schools miss and the fact totals by unit; their causes; proposals from the totals and the
    schools' own."""
    text = " ".join(texts(summary))
    for words in ("I. TÌNH HÌNH CHUNG", "có 4 trường phải gửi", "đã nhận 3 bản", "Còn 1 trường chưa gửi: Trường "
                  "Tiểu học Ơn (TH9)", "II. KẾT QUẢ TỰ ĐÁNH GIÁ", "Điểm tự đánh giá trung bình: 7,25/10",
                  "không phải điểm Chỉ số PAPI", "7 Quản trị môi trường 7,50", "III. Ý KIẾN CỦA CHA MẸ HỌC SINH",
                  "Chưa trường nào gửi kèm phiếu hỏi ý kiến cha mẹ học sinh.", "IV. TỒN TẠI, HẠN CHẾ",
                  "TH.01 – Lớp học là nhà kiên cố: 2/3 trường chưa đạt", "xã Ea Kar 3 4", "(1) Phòng học tạm, thuê, "
                  "mượn (phòng)", "V. NGUYÊN NHÂN", "Còn phòng học bán kiên cố, phòng học tạm, thuê, mượn (2 trường)",
                  "VI. ĐỀ XUẤT, KIẾN NGHỊ", "Đề nghị Sở Giáo dục và Đào tạo (GDĐT) xem xét, trình Ủy ban nhân dân "
                  "(UBND) tỉnh", "Đầu tư xây dựng phòng học kiên cố thay thế 4 phòng", "Trường Tiểu học Số 1 (gửi Sở "
                  "GDĐT): Cấp thêm 2 máy lọc nước."):
        assert words in text, words


def test_kinh_gui_and_noi_nhan_are_two_lists(summary):
    """"Nơi nhận" lists "- Như trên;" (for the office under "Kính gửi", not named again), the other recipients,
    "- Lưu: VT."."""
    closing = next(t for t in texts(summary) if "Nơi nhận" in t)
    after = closing.split("Nơi nhận:")[1]
    assert after.startswith(" - Như trên; - UBND phường Buôn Ma Thuột (để báo cáo); - Lưu: VT.")
    assert "Sở Giáo dục và Đào tạo" not in after


def test_deputy_signs_on_behalf_in_two_lines(summary):
    """A deputy's title prints "KT. TRƯỞNG PHÒNG" over "PHÓ TRƯỞNG PHÒNG", then the signer's name."""
    closing = next(t for t in texts(summary) if "Nơi nhận" in t)
    assert re.search(r"KT\. TRƯỞNG PHÒNG.*PHÓ TRƯỞNG PHÒNG.*Nguyễn Văn Bình", closing)


def test_schools_are_listed_in_the_annex_after_the_signature(summary):
    """The per-school results are the annex: after the signature page, with the document they belong to."""
    pages = texts(summary)
    signed = next(i for i, t in enumerate(pages) if "Nơi nhận" in t)
    annex = " ".join(pages[signed + 1:])
    assert annex.startswith("PHỤ LỤC") or "PHỤ LỤC" in annex[:20]
    assert "kèm theo Báo cáo số 05/BC-VHXH ngày 05/01/2026 của Phòng Văn hóa" in annex
    assert "Trường Tiểu học Số 3" in annex and "Trường Tiểu học Số 3" not in " ".join(pages[:signed + 1])


def test_no_placeholder_text(summary):
    """None of the old stand-ins for a missing profile is printed."""
    text = " ".join(texts(summary))
    for placeholder in PLACEHOLDERS:
        assert placeholder not in text


def test_same_font_files_as_the_school_report(summary, demo_repo):
    """The summary embeds the report room's font (same faces as the school's report), no base-14 font."""
    from papi_desktop.report.builder import report_bytes
    from papi_desktop.report.fonts import resolve_fonts

    a = next(x for x in demo_repo.list_assessments() if x.is_final)
    report = io.BytesIO(report_bytes(demo_repo.snapshot(a.id), demo_repo.catalogue_of(a)))
    assert base_fonts(summary) <= base_fonts(report)
    assert not base_fonts(summary) & {"Helvetica", "Times-Roman"}
    assert serif_font_files()["Bold"] == resolve_fonts().paths["bold"]


def test_long_school_list_stays_in_the_annex(tmp_path):
    """A list of 80 schools runs over several annex pages, each with the table's header row."""
    pages = texts(build_summary_pdf(data(schools=80), tmp_path / "dai.pdf"))
    signed = next(i for i, t in enumerate(pages) if "Nơi nhận" in t)
    annex = pages[signed + 1:]
    assert len(annex) >= 2 and all(t.count("TT Trường Đơn vị Điểm tự đánh giá") == 1 for t in annex)
    assert "Trường Tiểu học Số 80" in annex[-1]


def test_unwritable_target_is_an_exchange_error(tmp_path):
    """Writing where no folder can be made is an ExchangeError a clerk can read, not a traceback."""
    from papi_desktop.errors import ExchangeError

    (tmp_path / "a-file").write_text("x")
    with pytest.raises(ExchangeError) as caught:
        build_summary_pdf(data(), tmp_path / "a-file" / "th.pdf")
    assert caught.value.vi.startswith("Không ghi được tệp")
