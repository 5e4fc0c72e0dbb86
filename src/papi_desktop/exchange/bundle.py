"""What an office sends to the next level: its schools' ``.papi`` files and the summary (XLSX and PDF).

The schools' files are passed on as they arrived (same manifest and signature), so the next level can import
the folder (or the unpacked ZIP) with ``papi-desktop import`` and check each school's signature itself; the office's
receipts (``tiep-nhan/*.papi-receipt``) tell it which submissions this office accepted or returned. The summary counts
the accepted submissions.
"""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

from papi_desktop.errors import ExchangeError
from papi_desktop.outputs import atomic_output


def make_bundle(repo, out: str | Path, *, school_year: str | None = None, signer=None) -> int:
    """Write the bundle to the folder ``out`` (or a ZIP when ``out`` ends in ``.zip``); returns the file count.
    The office's receipt of each reviewed submission goes in ``tiep-nhan/`` (signed with ``signer`` when given)."""
    from papi_desktop.exchange.aggregate import sync_summary
    from papi_desktop.exchange.office import require_office
    from papi_desktop.exchange.receipt import bundle_receipts
    from papi_desktop.exchange.summary_pdf import write_summary_pdf
    from papi_desktop.exchange.tabular import summary_sheets, write_xlsx
    from papi_desktop.exchange.writer import export_all
    from papi_desktop.storage import exchange_store as store

    require_office(repo)  # before anything is written: the summary report needs the office's profile
    sync_summary(repo)
    years = store.summary_years(repo)
    year = school_year or (years[0] if years else None)
    if year is None:
        raise ExchangeError("Chưa có bản tự đánh giá nào để đóng gói.", "There are no assessments to bundle yet.")
    out = Path(out)
    as_zip = out.suffix.lower() == ".zip"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "bundle" if as_zip else out
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ExchangeError(f"Không tạo được thư mục {root}: {exc.strerror}.",
                                f"Cannot create the folder {root}: {exc.strerror}.") from None
        files = export_all(repo, root / "truong", school_year=year)
        bundle_receipts(repo, root / "tiep-nhan", year, signer=signer)  # the review states travel with the files
        write_xlsx(root / f"tong-hop-{year}.xlsx", summary_sheets(repo, school_year=year))
        write_summary_pdf(repo, root / f"tong-hop-{year}.pdf", school_year=year)
        if as_zip:
            with atomic_output(out, ExchangeError) as part, zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED) as zf:
                for f in sorted(root.rglob("*")):
                    if f.is_file():
                        zf.write(f, f.relative_to(root).as_posix())
    return len(files)
