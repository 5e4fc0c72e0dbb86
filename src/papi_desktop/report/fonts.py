"""Which serif font the report uses, and registering it with reportlab.

Nghị định 30/2020 asks for Times New Roman. Windows has it (``C:\\Windows\\Fonts\\times*.ttf``) and it is used
from there; elsewhere the bundled Liberation Serif (metric-compatible with Times New Roman, SIL OFL 1.1, licence
in ``resources/fonts/``) is used. Only TrueType files are ever registered, so reportlab embeds subsets and no
base-14 font (Helvetica, Times-Roman…) appears in a report.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from papi_desktop.errors import ReportError
from papi_desktop.resources import resource_path

STYLES = ("regular", "bold", "italic", "bolditalic")
WINDOWS_FILES = {"regular": "times.ttf", "bold": "timesbd.ttf", "italic": "timesi.ttf", "bolditalic": "timesbi.ttf"}
BUNDLED_FILES = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bolditalic": "LiberationSerif-BoldItalic.ttf",
}
LICENCE_FILE = "LICENSE-LiberationSerif.txt"


@dataclass(frozen=True)
class FontSet:
    """Four faces of one family. ``family`` is the reportlab name of the regular face."""

    family: str
    paths: dict[str, Path]
    source: str  # "system" or "bundled"

    def face(self, style: str) -> str:
        """reportlab font name of a face: ``regular``, ``bold``, ``italic`` or ``bolditalic``."""
        return self.family if style == "regular" else f"{self.family}-{style}"


def windows_fonts_dir(platform: str = sys.platform, environ=os.environ) -> Path | None:
    """``%WINDIR%\\Fonts`` on Windows (None elsewhere); ``platform`` and ``environ`` let tests simulate Windows."""
    if platform != "win32":
        return None
    return Path(environ.get("WINDIR") or environ.get("SystemRoot") or r"C:\Windows") / "Fonts"


def resolve_fonts(system_dir: Path | None = None, *, prefer_system: bool = True) -> FontSet:
    """Times New Roman from ``system_dir`` (default: the Windows fonts folder) when all four faces exist there,
    otherwise the bundled Liberation Serif. Raises ReportError if neither is usable."""
    folder = system_dir if system_dir is not None else windows_fonts_dir()
    if prefer_system and folder is not None:
        paths = {s: _find_file(folder, name) for s, name in WINDOWS_FILES.items()}
        if all(p is not None for p in paths.values()):
            return FontSet("PapiTimesNewRoman", paths, "system")  # type: ignore[arg-type]
    paths = {s: resource_path("fonts", name) for s, name in BUNDLED_FILES.items()}
    missing = [p.name for p in paths.values() if not p.is_file()]
    if missing:
        raise ReportError(
            f"Thiếu tệp phông chữ {', '.join(missing)} trong thư mục cài đặt; hãy cài lại ứng dụng.",
            f"Font file(s) {', '.join(missing)} are missing from the installation; please reinstall the app.",
        )
    return FontSet("PapiLiberationSerif", paths, "bundled")


def _find_file(folder: Path, name: str) -> Path | None:
    """``folder/name`` matched case-insensitively (Windows names vary: times.ttf / TIMES.TTF)."""
    direct = folder / name
    if direct.is_file():
        return direct
    try:
        for p in folder.iterdir():
            if p.name.lower() == name:
                return p
    except OSError:
        return None
    return None


@cache
def register_fonts(prefer_system: bool = True) -> FontSet:
    """Register the report family with reportlab once per process and return it."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    fonts = resolve_fonts(prefer_system=prefer_system)
    try:
        for style in STYLES:
            pdfmetrics.registerFont(TTFont(fonts.face(style), str(fonts.paths[style])))
    except (TTFError, OSError) as exc:
        if fonts.source == "system":  # a broken system font: fall back to the bundled one
            return register_fonts(prefer_system=False)
        raise ReportError(
            f"Không đọc được phông chữ của báo cáo ({exc}); hãy cài lại ứng dụng.",
            f"The report font cannot be read ({exc}); please reinstall the app.",
        ) from None
    fam = fonts.family
    addMapping(fam, 0, 0, fonts.face("regular"))
    addMapping(fam, 1, 0, fonts.face("bold"))
    addMapping(fam, 0, 1, fonts.face("italic"))
    addMapping(fam, 1, 1, fonts.face("bolditalic"))
    return fonts
