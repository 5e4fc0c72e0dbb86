"""The report font: Times New Roman from Windows when all four faces exist, else bundled Liberation Serif."""

from __future__ import annotations

import shutil

from papi_desktop.report.fonts import BUNDLED_FILES, LICENCE_FILE, WINDOWS_FILES, resolve_fonts
from papi_desktop.resources import resource_path


def test_bundled_font_and_licence_exist():
    """The four Liberation Serif faces and their SIL OFL licence ship in resources/fonts/."""
    for name in BUNDLED_FILES.values():
        assert resource_path("fonts", name).stat().st_size > 100_000
    assert "SIL OPEN FONT LICENSE" in resource_path("fonts", LICENCE_FILE).read_text(encoding="utf-8")


def test_system_times_new_roman_is_preferred(tmp_path):
    """A fonts folder holding times.ttf, timesbd.ttf, timesi.ttf and timesbi.ttf (any case) is used first."""
    for style, name in WINDOWS_FILES.items():
        shutil.copy(resource_path("fonts", BUNDLED_FILES[style]), tmp_path / name.upper())
    fonts = resolve_fonts(tmp_path)
    assert fonts.source == "system"
    assert {p.name.lower() for p in fonts.paths.values()} == set(WINDOWS_FILES.values())


def test_incomplete_system_family_falls_back_to_bundled(tmp_path):
    """With a face missing (no bold italic), the bundled Liberation Serif is used instead."""
    for style, name in WINDOWS_FILES.items():
        if style != "bolditalic":
            shutil.copy(resource_path("fonts", BUNDLED_FILES[style]), tmp_path / name)
    fonts = resolve_fonts(tmp_path)
    assert fonts.source == "bundled" and fonts.paths["regular"].name == "LiberationSerif-Regular.ttf"


def test_selftest_renders_a_pdf():
    """The selftest entry renders a one-page PDF with an embedded font."""
    from papi_desktop.report.check import selftest_pdf
    from papi_desktop.selftest import CHECKS

    assert ("report", selftest_pdf) in CHECKS
    assert selftest_pdf().startswith("PDF OK")


def test_windows_fonts_folder_is_under_windir():
    """On Windows the fonts folder is %WINDIR%\\Fonts (SystemRoot or C:\\Windows when WINDIR is unset)."""
    from papi_desktop.report.fonts import windows_fonts_dir

    assert windows_fonts_dir("win32", {"WINDIR": "D:\\WIN"}).name == "Fonts"
    assert "WIN" in str(windows_fonts_dir("win32", {"WINDIR": "D:\\WIN"}))
    assert "Windows" in str(windows_fonts_dir("win32", {}))
    assert windows_fonts_dir("linux", {"WINDIR": "x"}) is None


def test_report_on_windows_uses_times_new_roman_from_the_fonts_folder(tmp_path, monkeypatch):
    """Simulated Windows with Times New Roman in %WINDIR%\\Fonts: the report embeds that font, not the bundled one."""
    from papi_desktop.report import fonts
    from papi_desktop.report.check import selftest_pdf

    folder = tmp_path / "Windows" / "Fonts"
    folder.mkdir(parents=True)
    for style, name in WINDOWS_FILES.items():
        shutil.copy(resource_path("fonts", BUNDLED_FILES[style]), folder / name.upper())
    real = fonts.windows_fonts_dir
    monkeypatch.setattr(fonts, "windows_fonts_dir", lambda: real("win32", {"WINDIR": str(tmp_path / "Windows")}))
    fonts.register_fonts.cache_clear()
    try:
        assert selftest_pdf().startswith("PDF OK (system: TIMES.TTF")
        assert fonts.register_fonts().family == "PapiTimesNewRoman"
    finally:
        fonts.register_fonts.cache_clear()
