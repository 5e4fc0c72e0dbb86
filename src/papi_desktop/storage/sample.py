"""The sample-data mark: a database made for "Xem thử với dữ liệu mẫu" says so in its settings.

Whatever is made from a marked database must not pass for real: reports carry a "DỮ LIỆU MẪU" watermark and data
files to send are refused (:func:`refuse_export`). The mark is set only by :func:`papi_desktop.sample.ensure_sample_db`
(``papi-desktop demo --db FILE`` writes unmarked sample schools, for scripts and tests).
"""

from __future__ import annotations

from papi_desktop.errors import SampleDataError

SAMPLE_KEY = "sample_data"


def is_sample(repo) -> bool:
    """True when ``repo`` is a sample database."""
    return bool(repo.get_setting(SAMPLE_KEY))


def mark_sample(repo) -> None:
    repo.set_setting(SAMPLE_KEY, True)


def refuse_export(repo) -> None:
    """Raise :class:`SampleDataError` when ``repo`` holds sample data (nothing from it may be sent on)."""
    if is_sample(repo):
        raise SampleDataError(
            "Đây là dữ liệu mẫu để xem thử, nên không xuất tệp dữ liệu để gửi đi. Hãy nhập dữ liệu của trường mình "
            "(«Về dữ liệu của tôi») rồi xuất từ đó.",
            "This is sample data for trying the program out, so no data file is exported from it. Enter your own "
            "school's data («Back to my data») and export from there.",
        )
