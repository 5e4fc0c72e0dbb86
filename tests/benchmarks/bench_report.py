"""Benchmark of the PDF report (not collected by pytest): ``python tests/benchmarks/bench_report.py``.

Targets (issue 4): the sample school's full report builds in ≤ 150 ms warm, in-process; the ``report`` command
as a whole process in ≤ 1.0 s; signing in ≤ 300 ms after first use. Each number is printed with its ratio to a
baseline measured in the same run on the same machine, so results from a slow PC and a fast CI runner compare:

* build and signing: baseline = one-page PDF with one paragraph in the same font (reportlab warm);
* whole process: baseline = ``python -m papi_desktop --version`` (interpreter start and the CLI parser).

Times are medians of repeated runs after one warm-up run.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from tests.benchmarks.timing import CPU, median_ms  # noqa: E402
from tests.report.conftest import big_catalogue, big_snapshot, make_certificate  # noqa: E402


def baseline_page() -> bytes:
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from papi_desktop.report.fonts import register_fonts
    from papi_desktop.report.layout import styles

    fonts = register_fonts()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, initialFontName=fonts.family)
    doc.build([Paragraph("Trường Tiểu học Lê Lợi — Đắk Lắk", styles(fonts.family)["body"])])
    return buf.getvalue()


def main() -> int:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    from papi_desktop.demo import make_demo
    from papi_desktop.report.api import sign_pdf
    from papi_desktop.report.builder import report_bytes
    from papi_desktop.storage.repository import Repository

    rows = []
    base_ms = median_ms(baseline_page, 20, "baseline: one-page PDF")
    rows.append(("baseline: one-page PDF", base_ms, None, None))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.sqlite3"
        with Repository.open(db) as repo:
            make_demo(repo, schools=1)
            # the sample school's full reports with the real catalogue: finalised 2024-2025 and the 2025-2026 draft
            sample = sorted(repo.list_assessments(), key=lambda x: x.school_year)
            parts = [(x, repo.snapshot(x.id), repo.catalogue_of(x)) for x in sample]
        a = next(x for x, _, _ in parts if x.is_final)
        for x, snap, cat in parts:
            name = f"sample school {x.school_year} {x.status} ({len(cat.criteria)} criteria)"
            ms = median_ms(lambda snap=snap, cat=cat: report_bytes(snap, cat), 15, name)
            rows.append((name, ms, ms / base_ms, 150))
        big = big_catalogue(45)
        big_snap = big_snapshot(big, actions=12)
        pages = []
        ms = median_ms(lambda: pages.append(report_bytes(big_snap, big)), 10, "full")
        from pypdf import PdfReader

        count = len(PdfReader(io.BytesIO(pages[-1])).pages)
        name = f"full-size report (45 criteria, {count} pages)"
        CPU[name] = CPU.pop("full")
        rows.append((name, ms, ms / base_ms, 150))

        src = Path(tmp) / "bc.pdf"
        src.write_bytes(pages[-1])
        key, cert = make_certificate()
        p12 = Path(tmp) / "t.p12"
        p12.write_bytes(pkcs12.serialize_key_and_certificates(b"t", key, cert, None,
                                                             serialization.BestAvailableEncryption(b"pw")))
        name = "signing (PKCS#12, visible, after first use)"
        ms = median_ms(lambda: sign_pdf(src, Path(tmp) / "signed.pdf", p12, "pw"), 10, name)
        rows.append((name, ms, ms / base_ms, 300))

        env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))

        def run(*args: str) -> None:
            subprocess.run([sys.executable, "-m", "papi_desktop", *args], check=True, env=env,
                           capture_output=True)

        proc_base = median_ms(lambda: run("--version"), 5)
        rows.append(("baseline: papi-desktop --version (process)", proc_base, None, None))
        out = Path(tmp) / "out.pdf"
        ms = median_ms(lambda: run("report", "--db", str(db), "--assessment", a.id, "--out", str(out)), 5)
        rows.append(("papi-desktop report (whole process)", ms, ms / proc_base, 1000))

    print(f"load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print(f"{'measurement':<55} {'wall ms':>8} {'cpu ms':>7} {'ratio':>7} {'target ms':>10}")
    for name, ms, ratio, target in rows:
        flag = "" if target is None else ("  ok" if ms <= target else "  OVER")
        cpu = f"{CPU[name]:.1f}" if name in CPU else ""
        print(f"{name:<55} {ms:>8.1f} {cpu:>7} {'' if ratio is None else f'{ratio:.1f}x':>7} "
              f"{'' if target is None else target:>10}{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
