"""The glossary as code: one word for each thing, used by the GUI, the PDFs and the spreadsheets.

``docs/glossary.md`` explains each choice; this module is what the programs print. Texts are
:class:`~papi_desktop.core.catalogue.Text` pairs (Vietnamese, English) like the catalogue's, so the GUI shows them
with ``gui.i18n.text`` and the PDFs with ``.get(lang)``. Qt-free.
"""

from __future__ import annotations

from papi_desktop.core.catalogue import Catalogue, Dimension, Text

#: a PAPI dimension (PAPI calls its eight dimensions "chỉ số nội dung"); never "lĩnh vực"
DIMENSION = Text("Nội dung", "Dimension")
CRITERION = Text("Tiêu chí", "Criterion")
#: the school's plan to remedy the criteria not met; never "kế hoạch cải thiện"
PLAN = Text("Kế hoạch khắc phục", "Improvement plan")
#: the score the school gives itself; it is not the PAPI index
SCORE = Text("Điểm tự đánh giá", "Self-assessment score")
SCORE_NOTE = Text("Điểm tự đánh giá (thang 10) do nhà trường tự chấm theo bộ tiêu chí; đây không phải điểm Chỉ số "
                  "PAPI do CECODES và UNDP công bố.",
                  "The self-assessment score (out of 10) is the school's own score against the criteria; it is not "
                  "the PAPI score published by CECODES and UNDP.")
ACTION_STATUS = {
    "planned": Text("Chưa thực hiện", "Not started"),
    "in_progress": Text("Đang thực hiện", "In progress"),
    "done": Text("Đã hoàn thành", "Done"),
}
OVERDUE = Text("quá hạn {days} ngày", "{days} days overdue")
CAUSE = Text("Nguyên nhân", "Cause")
PROPOSALS = Text("Đề xuất, kiến nghị", "Proposals")
#: the parents' survey and its section III; parents are "cha mẹ học sinh" (PAPI asks them), never "phụ huynh"
PARENTS_VIEWS = Text("Ý kiến của cha mẹ học sinh", "The parents' views")
#: a school (or a data file) without survey forms
NO_SURVEY = Text("không có khảo sát", "no survey")
ALL_CAMPUSES = Text("Tất cả các điểm trường", "Every campus")
REFERENCE_DATE = Text("Số liệu tính đến ngày {date}", "Figures as of {date}")

#: who can solve what a criterion lacks, from the school up (the order of section VI)
SOLVERS = ("school", "commune", "so", "province")
SOLVER = {
    "school": Text("Nhà trường", "The school"),
    "commune": Text("Ủy ban nhân dân xã, phường", "The commune People's Committee"),
    "so": Text("Sở Giáo dục và Đào tạo", "The Department of Education and Training"),
    "province": Text("Ủy ban nhân dân tỉnh", "The provincial People's Committee"),
}


def revision_text(revision: int, lang: str = "vi") -> str:
    """``"lần sửa 2"``: the number of the finalised version (1 is the first one finalised)."""
    return f"lần sửa {revision}" if lang == "vi" else f"revision {revision}"


def year_text(school_year: str) -> str:
    """A school year as printed everywhere: ``"2025-2026"`` (hyphen, as typed and stored)."""
    return (school_year or "").replace("–", "-")


def dimension_title(catalogue: Catalogue, dimension: Dimension, lang: str = "vi") -> str:
    """``"7. Quản trị môi trường"``; a group outside PAPI's dimensions has no number, only its name."""
    n = dimension_number(catalogue, dimension)
    return f"{n}. {dimension.name.get(lang)}" if n else dimension.name.get(lang)


def dimension_number(catalogue: Catalogue, dimension: Dimension) -> str:
    """PAPI's own number of a dimension: ``"1"`` … ``"8"``, and ``"6.2"`` for public primary education.

    The first dimension of the catalogue with a PAPI dimension number gets that number; a later one with the same
    number is a sub-dimension, numbered as the catalogue's document data says (``numbers`` in
    ``resources/documents/remedies.json``) or ``"<n>.<k>"`` in catalogue order.
    """
    from papi_desktop.core.remedies import remedies_for

    declared = remedies_for(catalogue).numbers.get(dimension.id)
    if declared:
        return declared
    n = getattr(dimension, "papi_dimension", None)
    if not n:
        return ""
    same = [d.id for d in catalogue.dimensions if getattr(d, "papi_dimension", None) == n]
    k = same.index(dimension.id)
    return str(n) if k == 0 else f"{n}.{k + 1}"
