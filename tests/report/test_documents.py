"""What a Sở officer reads in the school's report: the plan it answers, the date of its figures, causes, overdue
actions, proposals by who can solve them, last year's scores, the evidence annex, one set of words."""

from __future__ import annotations

import io
import random
from datetime import date

import pytest

from papi_desktop.core.model import Action
from papi_desktop.core.scoring import NOT_MET
from papi_desktop.report.builder import build_report, report_bytes

from .conftest import page_texts, pdf_text

BASIS = {"number": "1234/KH-SGDĐT", "date": "15/08/2025", "issuer": "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk",
         "title": "nâng cao Chỉ số PAPI năm 2025",
         "cites": "Kế hoạch số 99/KH-UBND ngày 01/7/2025 của Ủy ban nhân dân tỉnh Đắk Lắk"}


def _drafts(repo):
    return [a for a in repo.list_assessments() if not a.is_final]


def _pdf(repo, a, **kwargs) -> bytes:
    from papi_desktop.report.api import evidence_reader

    return report_bytes(repo.snapshot(a.id), repo.catalogue_of(a), evidence=evidence_reader(repo), **kwargs)


def _section(text: str, start: str, end: str) -> str:
    return text.split(start, 1)[1].split(end, 1)[0]


def test_without_a_plan_basis_the_report_names_no_stale_plan(draft_parts):
    """A 2025-2026 draft whose year has no plan set cites no plan (not the 2022 one), and says so under the draft
    mark; the catalogue's source line is never printed."""
    _repo, _a, cat, snap = draft_parts
    text = pdf_text(report_bytes(snap, cat))
    assert "năm 2022" not in text and "Thực hiện" not in text and cat.source not in text
    assert "Chưa ghi căn cứ (văn bản của Sở Giáo dục và Đào tạo cho năm học 2025-2026)." in text
    assert "Chưa ghi ngày chốt số liệu." in text


def test_the_years_plan_opens_the_report_with_names_spelled_out(draft_parts):
    """With the year's plan set, the opening cites the province's plan and the Sở's, each name spelled out before
    its abbreviation; the reference date is printed in section I; the draft flags are gone."""
    repo, a, _cat, _snap = draft_parts
    repo.set_plan_basis(a.school_year, BASIS)
    repo.save_report_details(a.id, reference_date="30/09/2025")
    text = pdf_text(_pdf(repo, a))
    assert ("Căn cứ Kế hoạch số 99/KH-UBND ngày 01/7/2025 của Ủy ban nhân dân (UBND) tỉnh Đắk Lắk; Thực hiện Kế "
            "hoạch số 1234/KH-SGDĐT ngày 15/8/2025 của Sở Giáo dục và Đào tạo (GDĐT) tỉnh Đắk Lắk về nâng cao Chỉ số "
            "PAPI năm 2025, Trường Tiểu học Lê Lợi báo cáo") in text
    assert "4. Số liệu tính đến ngày 30/09/2025." in text
    assert "Chưa ghi căn cứ" not in text and "Chưa ghi ngày chốt" not in text


def test_the_2022_plan_is_known_without_a_number():
    """The only plan the app knows (the seed's, 8/2022) pre-fills 2022-2023 and prints no invented number."""
    from papi_desktop.core.documents import basis_text, default_basis

    basis = default_basis("2022-2023")
    assert basis and "number" not in basis and basis["date"] == "2022-08"
    assert basis_text(basis).startswith("Kế hoạch tháng 8/2022 của Sở Giáo dục và Đào tạo tỉnh Đắk Lắk về")
    assert default_basis("2025-2026") is None


def test_two_schools_with_different_unmet_criteria_get_different_proposals(demo_repo):
    """Section V is built from each school's own criteria not met: a proposal for a criterion only one school
    misses appears in that school's report only."""
    from papi_desktop.core.remedies import proposal_suggestions

    first, second = _drafts(demo_repo)[:2]
    texts, failing, proposals = {}, {}, {}
    for a in (first, second):
        snap = demo_repo.snapshot(a.id)
        cat = demo_repo.catalogue_of(a)
        failing[a.id] = {c for c, v in snap["verdicts"].items() if v == NOT_MET}
        texts[a.id] = _section(pdf_text(_pdf(demo_repo, a)), "VI. ĐỀ XUẤT, KIẾN NGHỊ", "Trên đây là báo cáo")
        proposals[a.id] = proposal_suggestions(cat, sorted(failing[a.id]), {x["criterion_id"]: x["value"] for x in
                                               snap["content"]["answers"]}, snap["content"]["school"]["campuses"])
    assert failing[first.id] != failing[second.id]
    assert texts[first.id] != texts[second.id]
    only = next(iter(failing[first.id] - failing[second.id]))
    cat = demo_repo.catalogue_of(first)
    mine = proposal_suggestions(cat, [only], {x["criterion_id"]: x["value"] for x in
                                demo_repo.snapshot(first.id)["content"]["answers"]},
                                demo_repo.snapshot(first.id)["content"]["school"]["campuses"])
    line = next(x for v in mine.values() for x in v.splitlines() if x)
    assert " ".join(line.split()) in texts[first.id]
    assert " ".join(line.split()) not in texts[second.id]


def test_written_proposals_replace_the_suggestions_and_can_be_given_back(draft_parts):
    """What the principal writes for a level is printed under its heading; an emptied level is not printed;
    going back to the suggestions prints them again."""
    repo, a, _cat, _snap = draft_parts
    repo.save_report_details(a.id, proposals={"so": "- Cấp thêm 2 máy lọc nước cho điểm trường chính.",
                                              "province": "", "commune": "", "school": ""})
    v = _section(pdf_text(_pdf(repo, a)), "VI. ĐỀ XUẤT, KIẾN NGHỊ", "Trên đây là báo cáo")
    assert v.strip() == "1. Đề nghị Sở Giáo dục và Đào tạo (GDĐT): - Cấp thêm 2 máy lọc nước cho điểm trường chính."
    repo.save_report_details(a.id, proposals=None)
    v = _section(pdf_text(_pdf(repo, a)), "VI. ĐỀ XUẤT, KIẾN NGHỊ", "Trên đây là báo cáo")
    assert "máy lọc nước" not in v and "1. Đề nghị" in v


def test_each_unmet_criterion_has_its_cause(draft_parts):
    """Section III gives a cause for each criterion not met: the principal's where written, else the suggestion
    from the failing facts."""
    repo, a, _cat, snap = draft_parts
    failing = [c for c, v in snap["verdicts"].items() if v == NOT_MET]
    repo.save_report_details(a.id, causes={failing[0]: "Giếng khoan chưa được xét nghiệm chất lượng nước."})
    iii = _section(pdf_text(_pdf(repo, a)), "IV. TỒN TẠI, HẠN CHẾ", "V. KẾ HOẠCH KHẮC PHỤC")
    assert iii.count("Nguyên nhân: ") == len(failing)
    assert "Nguyên nhân: Giếng khoan chưa được xét nghiệm chất lượng nước." in iii


def test_an_overdue_action_says_how_many_days(draft_parts):
    """An action past its deadline on the report's date and not done is marked "quá hạn N ngày"; a done one and a
    future one are not; the section says how many are overdue."""
    repo, a, _cat, _snap = draft_parts
    for x in repo.list_actions(a.id):
        repo.delete_action(x.id)
    repo.save_action(Action(None, a.id, "Sửa mái phòng học điểm trường Buôn Ea Nuôl", "Hiệu trưởng", "2026-03-01"))
    repo.save_action(Action(None, a.id, "Lắp vòi rửa tay", "Kế toán", "2026-02-01", status="done"))
    repo.save_action(Action(None, a.id, "Khảo sát phụ huynh", "Phó hiệu trưởng", "2026-06-30", "in_progress"))
    iv = _section(pdf_text(_pdf(repo, a, today=date(2026, 4, 5))), "V. KẾ HOẠCH KHẮC PHỤC", "VI. ĐỀ XUẤT")
    # (the row may be split at the end of a page, so the words are looked for apart)
    assert "Chưa thực hiện; quá hạn" in iv and "35 ngày" in iv
    assert iv.count("quá hạn") == 1 and "Đã hoàn thành" in iv and "Đang thực hiện" in iv
    assert "Có 1 việc đã quá thời hạn mà chưa hoàn thành (tính đến ngày 05/04/2026)." in iv


def test_a_school_with_two_years_shows_last_years_scores(draft_parts, demo_repo):
    """The results table of a school with a finalised previous year has that year's score beside this year's, per
    dimension, and the text names what improved and what fell back; a school with one year has no such column."""
    _repo, a, cat, snap = draft_parts
    prev = snap["previous"]
    assert prev["school_year"] == "2024-2025"
    text = pdf_text(report_bytes(snap, cat))
    ii = _section(text, "II. KẾT QUẢ TỰ ĐÁNH GIÁ", "1. Tham gia của người dân ở cấp cơ sở (điểm")
    assert "Điểm 2024-2025 Điểm 2025-2026" in ii
    d1 = prev["dimensions"]["D1"]
    assert f"{d1:.2f}".replace(".", ",") in ii
    assert "So với năm học 2024-2025: điểm tự đánh giá" in ii
    changed = [d for d in cat.dimensions if prev["dimensions"].get(d.id) is not None
               and abs(prev["dimensions"][d.id] - snap["scores"]["dimensions"][d.id]) >= 0.005]
    assert changed and all(d.name.vi in ii for d in changed)
    assert ("Tiến bộ ở:" in ii) or ("Giảm ở:" in ii)
    other = next(x for x in _drafts(demo_repo) if x.school_code != a.school_code)
    assert "Điểm 2024-2025" not in pdf_text(_pdf(demo_repo, other))


def test_papi_numbering_and_the_self_assessment_score(final_parts):
    """Dimensions carry PAPI's numbers (6.2 for primary education, 7 for environmental governance); the score is
    "Điểm tự đánh giá" with the line that it is not the PAPI score; one word for dimensions."""
    _, _, cat, snap = final_parts
    text = pdf_text(report_bytes(snap, cat))
    assert "6.2 Giáo dục tiểu học công lập" in text and "7 Quản trị môi trường" in text
    assert "7. Quản trị môi trường (điểm:" in text and "6.2. Giáo dục tiểu học công lập" in text
    assert "Điểm tự đánh giá:" in text and "không phải điểm Chỉ số PAPI do CECODES và UNDP công bố" in text
    assert "Điểm chung" not in text and "Lĩnh vực" not in text and "2024–2025" not in text
    assert "lần sửa 1" in text


def _photo(width=3000, height=2000) -> bytes:
    from PIL import Image

    rng = random.Random(5)
    small = Image.new("RGB", (60, 40))
    small.putdata([(rng.randrange(256), rng.randrange(256), rng.randrange(256)) for _ in range(60 * 40)])
    out = io.BytesIO()
    small.resize((width, height)).save(out, "JPEG", quality=95)
    return out.getvalue()


def test_an_image_attached_as_evidence_is_in_the_annex(draft_parts):
    """After the signature page, the annex prints each image as a captioned thumbnail (criterion, file name,
    SHA-256 prefix) and lists other files with their full hash; a 3000×2000 photo adds little to the file."""
    import hashlib

    from pypdf import PdfReader

    repo, a, _cat, _snap = draft_parts
    before = _pdf(repo, a, invariant=True)
    photo = _photo()
    repo.add_attachment_bytes(a.id, "TH.02", "nha-ve-sinh-diem-chinh.jpg", photo)
    repo.add_attachment_bytes(a.id, "D1.01", "ke-hoach.pdf", b"%PDF-1.4 ke hoach " * 200)
    after = _pdf(repo, a, invariant=True)
    pages = page_texts(after)
    signed = next(i for i, t in enumerate(pages) if "Nơi nhận" in t)
    annex = " ".join(" ".join(t.split()) for t in pages[signed + 1:])
    sha = hashlib.sha256(photo).hexdigest()
    assert annex.startswith("PHỤ LỤC") or "PHỤ LỤC" in annex[:40]
    assert f"TH.02 – nha-ve-sinh-diem-chinh.jpg – SHA-256: {sha[:16]}" in annex
    pdf_sha = hashlib.sha256(b"%PDF-1.4 ke hoach " * 200).hexdigest()
    assert "ke-hoach.pdf" in annex and pdf_sha[:32] in annex.replace(" ", "") and pdf_sha[32:] in annex
    reader = PdfReader(io.BytesIO(after))
    images = [img for page in reader.pages[signed + 1:] for img in page.images]
    assert len(images) == 1
    assert len(photo) > 400_000 and len(after) - len(before) < 120_000


def test_a_file_that_is_not_a_readable_image_is_listed_not_printed(draft_parts):
    """A truncated JPEG and a PNG claiming 60000×60000 pixels are listed with their hash, never decoded."""
    import struct
    import zlib

    repo, a, _cat, _snap = draft_parts
    head = b"\x89PNG\r\n\x1a\n"
    ihdr = struct.pack(">IIBBBBB", 60000, 60000, 8, 2, 0, 0, 0)
    bomb = head + struct.pack(">I", 13) + b"IHDR" + ihdr + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    repo.add_attachment_bytes(a.id, "TH.02", "bom.png", bomb)
    repo.add_attachment_bytes(a.id, "TH.03", "cut.jpg", _photo(200, 100)[:300])
    annex = " ".join(page_texts(_pdf(repo, a))[-1].split())
    assert "bom.png" in annex and "cut.jpg" in annex and "Tệp minh chứng khác" in annex
    assert "Hình ảnh minh chứng" not in annex


def test_a_long_note_is_cut_in_the_table_and_printed_in_full_in_the_annex(draft_parts):
    """A 5,000-character evidence note leaves the body as long as it was (not six more pages as one narrow column):
    the table shows its start and where the rest is; the annex after the signature has all of it (≤ 3 pages)."""
    repo, a, cat, _snap = draft_parts
    base = build_report(repo.snapshot(a.id), cat, io.BytesIO())
    words = "Biên bản kiểm tra nhà vệ sinh các điểm trường lập ngày 12/9/2025 ghi nhận nhiều nội dung cần khắc phục"
    note = " ".join([words] * 60)[:5000]
    answer = repo.get_answers(a.id)["TH.02"]
    answer.note = note
    repo.save_answer(a.id, answer)
    data = _pdf(repo, a)
    now = build_report(repo.snapshot(a.id), cat, io.BytesIO())
    assert now.signature_page == base.signature_page and now.pages <= base.pages + 3
    text = pdf_text(data)
    assert "(toàn văn tại Phụ lục, mục 1.1)" in text
    annex = text.split("1. Toàn văn ghi chú", 1)[1]
    assert " ".join(note.split())[-200:] in annex


def test_invariant_output_with_the_annex_is_byte_identical(draft_parts):
    """Two builds with images in the annex give the same bytes (invariant mode)."""
    repo, a, _cat, _snap = draft_parts
    repo.add_attachment_bytes(a.id, "TH.02", "anh.jpg", _photo(800, 600))
    assert _pdf(repo, a, invariant=True) == _pdf(repo, a, invariant=True)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_overdue_and_status_words_come_from_the_glossary(lang):
    """The plan's status words and "quá hạn" are the glossary's, in each language."""
    from papi_desktop.core import terms
    from papi_desktop.report.findings import status_text

    on = date(2026, 4, 5)
    assert status_text({"status": "planned", "due": "2026-04-01"}, on, lang) == (
        f"{terms.ACTION_STATUS['planned'].get(lang)}; {terms.OVERDUE.get(lang).format(days=4)}")
    assert status_text({"status": "done", "due": "2026-01-01"}, on, lang) == terms.ACTION_STATUS["done"].get(lang)


def test_facts_name_a_campus_only_where_they_differ(draft_parts):
    """Facts are the answer model's sentences; campuses that answered alike share one line ("Tất cả các điểm
    trường: …"), a campus that differs is named on its own."""
    from papi_desktop.core.model import Answer

    repo, a, _cat, snap = draft_parts
    codes = [c["code"] for c in snap["content"]["school"]["campuses"]]
    assert len(codes) >= 2
    same = {"co_cho_rua_tay": "yes", "nuoc_xa_phong": "nuoc_va_xa_phong"}
    repo.save_answer(a.id, Answer("TH.09", {"campuses": {c: dict(same) for c in codes}}))
    text = pdf_text(_pdf(repo, a))
    row = _section(text, "TH.09. Học sinh có chỗ", "TH.10.")
    assert "Tất cả các điểm trường: " in row and "Điểm trường chính:" not in row
    other = dict(same, nuoc_xa_phong="chi_co_nuoc")
    repo.save_answer(a.id, Answer("TH.09", {"campuses": {codes[0]: other, **{c: dict(same) for c in codes[1:]}}}))
    row = _section(pdf_text(_pdf(repo, a)), "TH.09. Học sinh có chỗ", "TH.10.")
    assert "Tất cả các điểm trường" not in row and row.count(":") >= 2
