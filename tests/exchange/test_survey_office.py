"""The parents' survey in the office's summaries: the XLSX sheets and the summary report's section III carry the
schools' own numbers, the schools with the largest gaps first, and say which schools sent no survey."""

from __future__ import annotations

import json

from papi_desktop import cli
from papi_desktop.exchange.importer import import_paths
from papi_desktop.exchange.survey_office import overview_json, survey_overview

from .test_format_v3 import received  # noqa: F401 - the fixture

OFFICE = {"name": "Phòng Văn hóa – Xã hội xã Ea Kar", "supervising_body": "UBND xã Ea Kar", "place_name": "Ea Kar",
          "signer": "Nguyễn Văn Bình", "signer_title": "TRƯỞNG PHÒNG",
          "recipients": ["Sở Giáo dục và Đào tạo tỉnh Đắk Lắk"]}


def test_the_summary_workbook_has_the_schools_numbers(source, received):  # noqa: F811
    """Sheet «Ý kiến cha mẹ»: one row per school, largest gap first, each share (%) and count as the school's own
    results give them; «… theo đơn vị» pools them; «Câu hỏi khảo sát» names the questions."""
    from papi_desktop.exchange.tabular import summary_sheets

    sheets = {title: (header, rows) for title, header, rows in summary_sheets(received, school_year="2025-2026",
                                                                              all_submissions=True)}
    header, rows = sheets["Ý kiến cha mẹ"]
    at = {h: i for i, h in enumerate(header)}
    assert [r[0] for r in rows] == [s.school_code for s in survey_overview(received).schools]
    for a in source.list_assessments():
        if not (a.is_final and a.school_year == "2025-2026"):
            continue
        row = next(r for r in rows if r[0] == a.school_code)
        results = source.survey_results(a.id)
        assert row[at["Số phiếu"]] == results.forms
        q1 = results.school.questions[0]
        assert row[at["Câu 1 – tỉ lệ có (%)"]] == round(100 * q1.yes / q1.answered, 1)
        assert row[at["Câu 1 – số phiếu trả lời"]] == q1.answered
        assert row[at["Số tiêu chí lệch"]] == len(results.gaps)
    _units_header, units = sheets["Ý kiến cha mẹ theo đơn vị"]
    assert units[-1][0] == "Tất cả đơn vị" and units[-1][3] == sum(r[at["Số phiếu"]] for r in rows)
    assert next(r[2] for r in sheets["Câu hỏi khảo sát"][1]).startswith("Phòng học của con")


def test_the_summary_report_has_a_section_on_the_parents(source, received, tmp_path):  # noqa: F811
    """Section III of the summary PDF: how many schools and forms, per question the pooled share of "có" with its
    interval, and the schools with the largest gaps by name with the criterion and the share."""
    from pypdf import PdfReader

    from papi_desktop.exchange.office import save_office
    from papi_desktop.exchange.summary_pdf import write_summary_pdf

    save_office(received, OFFICE)
    path = write_summary_pdf(received, tmp_path / "tong-hop.pdf", school_year="2025-2026", all_submissions=True)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)
    part = text.split("III. Ý KIẾN CỦA CHA MẸ HỌC SINH", 1)[1].split("IV. TỒN TẠI, HẠN CHẾ", 1)[0]
    o = survey_overview(received)
    assert f"Có {o.total.surveyed}/{o.total.schools} trường gửi kèm phiếu hỏi ý kiến cha mẹ học sinh" in part
    assert f"tổng cộng {o.total.forms} phiếu" in part
    first = o.schools[0]
    gap = first.gaps[0]
    assert f"- {first.school_name} ({first.unit_name}): {gap.criterion} tự đánh giá “Đạt”, nhưng chỉ " \
           f"{round(100 * gap.share_yes)}% cha mẹ trả lời “có” ({gap.yes}/{gap.answered} phiếu)." in part
    yes, no, _dk = o.total.counts["lop_hoc"]
    assert f"{yes + no} {round(100 * yes / (yes + no))}% (" in part


def test_the_office_command_prints_the_overview(capsys, received):  # noqa: F811
    """``survey office --json`` prints the overview; the plain form lists the units and schools with their gap."""
    assert cli.main(["survey", "office", "--db", str(received.path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == overview_json(survey_overview(received))
    assert cli.main(["survey", "office", "--db", str(received.path)]) == 0
    out = capsys.readouterr().out
    o = survey_overview(received)
    assert o.schools[0].school_code in out and o.schools[0].gaps[0].criterion in out


def test_a_unit_filter_keeps_only_its_schools(exported, office):
    """``--unit`` shows one unit's schools and pools only their forms."""
    import_paths(office, exported)
    o = survey_overview(office)
    unit = o.units[0]
    only = survey_overview(office, unit=unit.unit_code or unit.unit_name)
    assert {s.unit_code for s in only.schools} == {unit.unit_code}
    assert only.total.forms == unit.forms



def test_schools_where_most_parents_say_no_are_counted_even_at_zero():
    """"Số trường dưới 50%" counts every school under one half, one where nobody said yes included."""
    from papi_desktop.core.survey import default_questionnaire
    from papi_desktop.exchange.survey_office import SchoolSurvey, SurveyOverview, UnitSurvey, survey_summary

    q = default_questionnaire()
    schools = [SchoolSurvey("a", "TH1", "Trường 1", "u", "xã U", forms=3, counts={"lop_hoc": [0, 3, 0]}),
               SchoolSurvey("b", "TH2", "Trường 2", "u", "xã U", forms=4, counts={"lop_hoc": [1, 3, 0]}),
               SchoolSurvey("c", "TH3", "Trường 3", "u", "xã U", forms=2, counts={"lop_hoc": [2, 0, 0]}),
               SchoolSurvey("d", "TH4", "Trường 4", "u", "xã U")]
    o = SurveyOverview("2025-2026", list(q.yes_no_questions()), {x.id: n for n, x in enumerate(q.questions, 1)},
                       schools, [], UnitSurvey("", ""))
    for s in schools:
        o.total.add(s)
    d = survey_summary(o)
    first = d["questions"][0]
    assert (first["schools_under_half"], first["answered"], round(first["share"], 4)) == (2, 9, round(3 / 9, 4))
    assert (d["surveyed"], d["without"], d["forms"]) == (3, ["Trường 4"], 9)


def test_the_summary_csv_names_each_schools_survey(exported, office, tmp_path):
    """The CSV summary (the schools sheet) carries each school's number of forms and its largest gap, and says
    "không có khảo sát" for a school that sent none."""
    import csv

    from papi_desktop.exchange.tabular import summary_sheets, write_tables

    import_paths(office, exported)
    for year in ("2025-2026", "2024-2025"):
        path = write_tables(tmp_path / f"{year}.csv", summary_sheets(office, school_year=year, all_submissions=True))
        rows = list(csv.reader(path.open(encoding="utf-8-sig")))
        at = rows[0].index("Phiếu ý kiến cha mẹ")
        o = survey_overview(office, school_year=year)
        forms = {s.school_code: s.forms for s in o.schools}
        for r in rows[1:]:
            assert r[at] == (str(forms[r[0]]) if forms[r[0]] else "không có khảo sát")
        assert year != "2025-2026" or any(r[at + 1] for r in rows[1:])


def test_the_summaries_count_the_same_schools_for_the_survey(received):  # noqa: F811
    """By default the summaries count the accepted submissions only: the survey's sheets and section then hold
    exactly those schools, pooled over their forms only."""
    from papi_desktop.exchange.office import save_office
    from papi_desktop.exchange.review import decide
    from papi_desktop.exchange.summary_data import summary_data
    from papi_desktop.exchange.tabular import summary_sheets

    save_office(received, OFFICE)
    o = survey_overview(received)
    accepted = [s for s in o.schools if s.has_survey][:2]
    for s in accepted:
        decide(received, s.assessment_id, "accepted", reviewer="Trần Thị Hoa")
    sheets = {title: rows for title, _h, rows in summary_sheets(received, school_year="2025-2026")}
    assert sorted(r[0] for r in sheets["Ý kiến cha mẹ"]) == sorted(s.school_code for s in accepted)
    part = summary_data(received, school_year="2025-2026")["survey"]
    assert (part["schools"], part["forms"]) == (2, sum(s.forms for s in accepted))
