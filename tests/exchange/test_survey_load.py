"""``papi-desktop survey load / results / form`` end to end: a CSV or XLSX of forms gives exact counts and Wilson
intervals; a hostile or wrong file is refused with one sentence and changes nothing; no file is counted twice."""

from __future__ import annotations

import json

import pytest

from papi_desktop import cli
from papi_desktop.core.survey import default_questionnaire
from tests.conftest import run_cli
from tests.exchange.conftest import dump

HEADER = "stt,lop,diem_truong,lop_hoc,nha_ve_sinh,ca_ba,thoi_gian,danh_gia"


@pytest.fixture
def draft(demo_repo):
    """(database path, draft id, main campus code) of the sample school's draft, its sample forms removed."""
    a = next(x for x in demo_repo.list_assessments() if not x.is_final and x.school_code.endswith("00000"))
    demo_repo.delete_survey_forms(a.id, [f.id for f in demo_repo.list_survey_forms(a.id)])
    return demo_repo.path, a.id, demo_repo.school_for(a).campuses[0].code


def run(capsys, *args) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def write_csv(path, lines: list[str], encoding="utf-8"):
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    return path


def ten_forms(campus: str) -> list[str]:
    """Question 1: 7 có, 3 không (written in different ways); question 2: 2 có, 6 không, 2 không biết."""
    yes_no = ["có", "c", "1", "Có", "CO", "co", "c", "không", "k", "0"]
    toilets = ["k", "k", "không", "Không", "0", "k", "c", "1", "kb", "Không biết"]
    pairs = enumerate(zip(yes_no, toilets, strict=True))
    return [f"{i + 1},3A,{campus},{q1},{q2},,{1 + i % 4},tốt" for i, (q1, q2) in pairs]


def test_a_csv_gives_exact_counts_and_wilson_intervals(tmp_path, capsys, draft):
    """7 of 10 parents say yes to question 1 → share 0.7, 95 % interval (0.3968, 0.8922); question 2: 2 of 8
    (don't know left out) → 0.25, (0.0715, 0.5907)."""
    db, aid, campus = draft
    path = write_csv(tmp_path / "lop 3A.csv", [HEADER, *ten_forms(campus)])
    code, out, _ = run(capsys, "survey", "load", "--db", db, "--assessment", aid, path)
    assert code == 0 and "Đã nạp 10 phiếu" in out
    code, out, _ = run(capsys, "survey", "results", "--db", db, "--assessment", aid, "--json")
    result = json.loads(out)
    assert result["forms"] == 10
    q1, q2 = result["questions"][0], result["questions"][1]
    assert (q1["yes"], q1["no"], q1["dont_know"], q1["answered"]) == (7, 3, 0, 10)
    assert (q1["share_yes"], q1["ci_low"], q1["ci_high"]) == (0.7, 0.3968, 0.8922)
    # n = 8, p = 0.25: centre 0.25 + 3.8416/16 = 0.4901; spread 1.96·√(0.1875/8 + 3.8416/256) = 1.96·√0.0384438
    # = 0.384299; denominator 1 + 3.8416/8 = 1.4802 → (0.105801/1.4802, 0.874399/1.4802) = (0.0715, 0.5907)
    assert (q2["yes"], q2["no"], q2["dont_know"], q2["answered"]) == (2, 6, 2, 8)
    assert (q2["share_yes"], q2["ci_low"], q2["ci_high"]) == (0.25, 0.0715, 0.5907)
    ca_ba = next(q for q in result["questions"] if q["id"] == "ca_ba")
    assert (ca_ba["answered"], ca_ba["share_yes"], ca_ba["ci_low"]) == (0, None, None)
    rating = next(c for c in result["choices"] if c["id"] == "danh_gia")
    assert rating["counts"]["tot"] == 10
    assert result["classes"] == [{"campus": campus, "class": "3A", "forms": 10}]
    assert set(result) >= {"forms", "questions", "gaps"}
    assert set(q1) >= {"id", "text", "criteria", "answered", "yes", "no", "dont_know", "share_yes", "ci_low",
                       "ci_high"}


def test_an_xlsx_with_number_cells_loads_like_the_csv(tmp_path, capsys, draft):
    """Excel stores 1 and 0 as numbers; a workbook of the same forms gives the same counts."""
    from openpyxl import Workbook

    db, aid, campus = draft
    wb = Workbook()
    ws = wb.active
    ws.append(["Lớp", "Điểm trường", "Lop_hoc", "Nhà vệ sinh"])
    for q1, q2 in [(1, 0), (1, 1), (0, 0), (1, "kb")]:
        ws.append(["4b", campus, q1, q2])
    wb.save(tmp_path / "lop-4b.xlsx")
    code, _out, err = run(capsys, "survey", "load", "--db", db, "--assessment", aid, tmp_path / "lop-4b.xlsx")
    assert code == 0, err
    result = json.loads(run(capsys, "survey", "results", "--db", db, "--assessment", aid, "--json")[1])
    q1, q2 = result["questions"][0], result["questions"][1]
    assert (q1["yes"], q1["no"], q2["yes"], q2["no"], q2["dont_know"]) == (3, 1, 1, 2, 1)
    assert result["classes"] == [{"campus": campus, "class": "4B", "forms": 4}]


@pytest.mark.parametrize("make, words", [
    (lambda p, c: write_csv(p, [HEADER, f"1,3A,{c},có,không,,1,tốt", f"2,3A,{c},có lẽ,không,,1,tốt"]),
     "Dòng 3, cột D («lop_hoc»): «có lẽ» không phải câu trả lời hợp lệ"),
    (lambda p, c: write_csv(p, ["lop,lop_hoc,nha_vs", "3A,c,k"]), "Dòng 1, cột C («nha_vs»)"),
    (lambda p, c: write_csv(p, ["lop,diem_truong,lop_hoc", "3A,Buôn Mới,c"]), "không có điểm trường «Buôn Mới»"),
    (lambda p, c: write_csv(p, ["lop,lop_hoc", "3A,c\x1b[2J"]), "ký tự"),
    (lambda p, c: write_csv(p, ["lop,lop_hoc", "3A," + "c" * 101]), "dài hơn 100 ký tự"),
    (lambda p, c: write_csv(p, ["lop_hoc"] + ["c"] * 5001), "hơn 5001 dòng"),
    (lambda p, c: write_csv(p, [",".join(["lop_hoc"] * 41)]), "hơn 40 cột"),
    (lambda p, c: p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100) and p, "không phải"),
    (lambda p, c: write_csv(p, ["lop,diem_truong", "3A,chinh"]), "không có cột nào mang mã câu hỏi"),
])
def test_a_wrong_or_hostile_file_is_refused_in_one_sentence_and_changes_nothing(tmp_path, capsys, draft, demo_repo,
                                                                                 make, words):
    """Wrong answers, unknown headers or campuses, control characters, overlong cells, too many rows or columns,
    a picture named .csv: exit 1, one sentence saying what and where, the database exactly as before."""
    db, aid, campus = draft
    path = make(tmp_path / "phieu.csv", campus)
    before = dump(demo_repo)
    code, out, err = run(capsys, "survey", "load", "--db", db, "--assessment", aid, path)
    assert code == 1 and out == ""
    assert words in err and err.count("\n") == 1 and "Traceback" not in err
    assert dump(demo_repo) == before


def test_the_same_forms_are_never_loaded_twice(tmp_path, capsys, draft, demo_repo):
    """Loading the file again — or its copy under another name, re-saved with other line ends — is refused."""
    db, aid, campus = draft
    lines = [HEADER, *ten_forms(campus)]
    write_csv(tmp_path / "a.csv", lines)
    assert run(capsys, "survey", "load", "--db", db, "--assessment", aid, tmp_path / "a.csv")[0] == 0
    before = dump(demo_repo)
    (tmp_path / "b.csv").write_bytes(("\r\n".join(lines) + "\r\n\r\n").encode("utf-8-sig"))
    for name in ("a.csv", "b.csv"):
        code, _out, err = run(capsys, "survey", "load", "--db", db, "--assessment", aid, tmp_path / name)
        assert code == 1 and "đã được nạp" in err
    assert dump(demo_repo) == before
    assert len(demo_repo.list_survey_forms(aid)) == 10


def test_forms_cannot_be_loaded_into_a_finalised_assessment(tmp_path, capsys, demo_repo):
    """The survey of a finalised assessment is read-only: the load is refused, nothing stored."""
    final = next(a for a in demo_repo.list_assessments() if a.is_final)
    campus = demo_repo.school_for(final).campuses[0].code
    path = write_csv(tmp_path / "f.csv", [HEADER, *ten_forms(campus)])
    before = dump(demo_repo)
    code, _out, err = run(capsys, "survey", "load", "--db", demo_repo.path, "--assessment", final.id, path)
    assert code == 1 and "Mở lại" in err
    assert dump(demo_repo) == before


def test_results_name_the_gaps_in_words(tmp_path, capsys, draft, demo_repo):
    """The plain output lists each question and, when there is one, where the verdict and the parents differ."""
    from papi_desktop.core.model import Answer

    db, aid, campus = draft
    demo_repo.save_answer(aid, Answer("TH.04", {"choice": "yes"}))
    write_csv(tmp_path / "g.csv", ["lop,diem_truong,ca_ba", *[f"2A,{campus},k"] * 4])
    assert run(capsys, "survey", "load", "--db", db, "--assessment", aid, tmp_path / "g.csv")[0] == 0
    code, out, _ = run(capsys, "survey", "results", "--db", db, "--assessment", aid)
    assert code == 0 and "Số phiếu: 4" in out
    assert all(q.id in out for q in default_questionnaire().yes_no_questions())
    assert "TH.04  Đạt, 0 % cha mẹ trả lời «có» (4 phiếu)" in out


def test_form_command_in_a_subprocess(tmp_path, draft):
    """``survey form --copies 3 --class 2a`` writes three A4 pages with the class's batch code."""
    from pypdf import PdfReader

    db, aid, _campus = draft
    out = tmp_path / "phiếu 2A.pdf"
    r = run_cli("survey", "form", "--db", str(db), "--assessment", aid, "--out", str(out), "--copies", "3",
                "--class", "2a")
    assert r.returncode == 0, r.stderr
    pages = PdfReader(out).pages
    assert len(pages) == 3 and "-2526-2A" in pages[2].extract_text()
    bad = run_cli("survey", "form", "--db", str(db), "--assessment", aid, "--out", str(out), "--copies", "0")
    assert bad.returncode == 1 and "Số bản" in bad.stderr
