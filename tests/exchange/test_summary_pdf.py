"""The office's summary PDF follows the school report's official layout (one implementation, NĐ 30/2020)."""

from __future__ import annotations

import io
import re

import pytest

from papi_desktop.exchange.summary_pdf import build_summary_pdf, serif_font_files

OFFICE = {"name": "Phòng Văn hóa – Xã hội phường Buôn Ma Thuột", "supervising_body": "UBND phường Buôn Ma Thuột",
          "abbreviation": "VHXH", "place_name": "Buôn Ma Thuột", "signer": "Nguyễn Văn Bình",
          "signer_title": "KT. Trưởng phòng / Phó Trưởng phòng", "recipients": ["Sở Giáo dục và Đào tạo tỉnh Đắk Lắk"],
          "doc_number": 5}


def data(schools: int = 3) -> dict:
    """Plain summary data as ``summary_data`` returns it."""
    return {
        "office": dict(OFFICE), "school_year": "2025-2026", "date": "2026-01-05", "submitted": schools,
        "missing": [["TH9", "Trường Tiểu học Ơn", "xã Ea Kar"]], "expected": schools + 1, "average_score": 7.25,
        "dimensions": [{"id": "D1", "name": "Tham gia của người dân ở cấp cơ sở", "average": 7.5}],
        "criteria": [{"id": f"D1.{i:02d}", "text": "Hiệu trưởng ban hành kế hoạch nâng cao Chỉ số PAPI", "met": 2,
                      "rate": 0.5} for i in range(1, 7)],
        "schools": [{"code": f"TH{i:03d}", "name": f"Trường Tiểu học Số {i}", "unit": "xã Ea Kar", "score": 7.0,
                     "met": 20} for i in range(1, schools + 1)],
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
    """Office names upper-case, "Số: 05/BC-VHXH", the motto and the decree's date form as in the school report."""
    first = texts(summary)[0]
    for words in ("UBND PHƯỜNG BUÔN MA THUỘT", "PHÒNG VĂN HÓA – XÃ HỘI PHƯỜNG BUÔN MA THUỘT", "Số: 05/BC-VHXH",
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                  "Buôn Ma Thuột, ngày 05 tháng 01 năm 2026", "BÁO CÁO TỔNG HỢP", "năm học 2025–2026",
                  "Kính gửi: Sở Giáo dục và Đào tạo tỉnh Đắk Lắk."):
        assert words in first, words


def test_noi_nhan_says_nhu_tren_instead_of_repeating_the_addressee(summary):
    """"Nơi nhận" lists "- Như trên;" and "- Lưu: VT."; the office under "Kính gửi" is not named again."""
    last = texts(summary)[-1]
    assert "Nơi nhận: - Như trên; - Lưu: VT." in last
    assert "Sở Giáo dục và Đào tạo" not in last.split("Nơi nhận")[1]


def test_deputy_signs_on_behalf_in_two_lines(summary):
    """A deputy's title prints "KT. TRƯỞNG PHÒNG" over "PHÓ TRƯỞNG PHÒNG", then the signer's name."""
    last = texts(summary)[-1]
    assert re.search(r"KT\. TRƯỞNG PHÒNG.*PHÓ TRƯỞNG PHÒNG.*Nguyễn Văn Bình", last)


def test_same_font_files_as_the_school_report(summary, demo_repo):
    """The summary embeds the report room's font (same faces as the school's report), no base-14 font."""
    from papi_desktop.report.builder import report_bytes
    from papi_desktop.report.fonts import resolve_fonts

    a = next(x for x in demo_repo.list_assessments() if x.is_final)
    report = io.BytesIO(report_bytes(demo_repo.snapshot(a.id), demo_repo.catalogue_of(a)))
    assert base_fonts(summary) <= base_fonts(report)
    assert not base_fonts(summary) & {"Helvetica", "Times-Roman"}
    assert serif_font_files()["Bold"] == resolve_fonts().paths["bold"]


def test_long_school_list_keeps_rows_on_the_signature_page(tmp_path):
    """After a list running over several pages, the signature page still starts with rows of the list."""
    pages = texts(build_summary_pdf(data(schools=80), tmp_path / "dai.pdf"))
    assert len(pages) >= 3
    last = pages[-1]
    assert "Trường Tiểu học Số 80" in last and "Nơi nhận" in last
    assert last.index("Trường Tiểu học Số 80") < last.index("Trên đây là báo cáo tổng hợp")


def test_unwritable_target_is_an_exchange_error(tmp_path):
    """Writing where no folder can be made is an ExchangeError a clerk can read, not a traceback."""
    from papi_desktop.errors import ExchangeError

    (tmp_path / "a-file").write_text("x")
    with pytest.raises(ExchangeError) as caught:
        build_summary_pdf(data(), tmp_path / "a-file" / "th.pdf")
    assert caught.value.vi.startswith("Không ghi được tệp")
