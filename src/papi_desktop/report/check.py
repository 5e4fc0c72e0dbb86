"""The report room's ``papi-desktop selftest`` entry: a one-page PDF in the report font, to a temp file."""

from __future__ import annotations

import tempfile
from pathlib import Path


def selftest_pdf() -> str:
    """Render one page of Vietnamese text with the system or bundled font; fail if the font is not embedded."""
    from reportlab.pdfgen.canvas import Canvas

    from papi_desktop.report.fonts import register_fonts
    from papi_desktop.report.layout import MARGIN_LEFT, PAGE_H, PAGE_W

    fonts = register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "selftest.pdf"
        c = Canvas(str(path), pagesize=(PAGE_W, PAGE_H), initialFontName=fonts.family, invariant=1)
        c.setFont(fonts.face("bold"), 13)
        c.drawString(MARGIN_LEFT, PAGE_H - 100, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        c.setFont(fonts.face("italic"), 13)
        c.drawString(MARGIN_LEFT, PAGE_H - 120, "Buôn Ma Thuột, ngày 05 tháng 01 năm 2026 — Đắk Lắk")
        c.showPage()
        c.save()
        data = path.read_bytes()
    if b"/FontFile2" not in data or b"/Helvetica" in data:
        raise RuntimeError("the report font was not embedded")
    return f"PDF OK ({fonts.source}: {Path(fonts.paths['regular']).name}, {len(data)} bytes)"
