"""Resources: everything the code asks for exists, from one resolver that build.spec mirrors."""

from __future__ import annotations

import re
from pathlib import Path

from papi_desktop.resources import REQUIRED, missing_resources, resource_path

SRC = Path(__file__).resolve().parent.parent / "src" / "papi_desktop"
ROOT = SRC.parent.parent


def test_every_required_resource_exists():
    """The list of required resources is complete on disk."""
    assert missing_resources() == []


def test_every_literal_resource_path_in_the_code_exists_and_is_listed():
    """Each resource_path("folder", "file") the code calls names a file that exists and is in REQUIRED."""
    calls = set()
    for py in SRC.rglob("*.py"):
        for folder, name in re.findall(r'resource_path\(\s*"([a-z0-9]+)",\s*"([^"]+)"\s*\)', py.read_text("utf-8")):
            calls.add((folder, name))
    assert calls, "no resource_path calls found"
    for parts in calls:
        assert resource_path(*parts).is_file(), parts
        assert parts in REQUIRED, f"{parts} is read by the code but not in resources.REQUIRED"


def test_build_spec_ships_the_resources_folder():
    """build.spec puts resources/ next to the frozen executable, where resource_root() looks for it."""
    spec = (ROOT / "build.spec").read_text("utf-8")
    assert '(str(ROOT / "resources"), "resources")' in spec
    assert 'Path(frozen) / "resources"' in (SRC / "resources.py").read_text("utf-8")


def test_font_licence_sits_beside_the_fonts():
    """The bundled Liberation Serif ships with its SIL OFL licence."""
    text = resource_path("fonts", "LICENSE-LiberationSerif.txt").read_text("utf-8", errors="replace")
    assert "SIL OPEN FONT LICENSE" in text.upper()


def test_the_windows_speak_the_glossary():
    """Every Vietnamese text of the windows uses the glossary's words (docs/glossary.md): a PAPI dimension is a
    «nội dung», never a «lĩnh vực»; the score is the «điểm tự đánh giá», not an «điểm chung»; parents are «cha mẹ
    học sinh»; a finalised version is «lần sửa N», never «lần N» or the internal «r1»."""
    ts = (ROOT / "resources" / "i18n" / "papi_desktop_vi.ts").read_text("utf-8")
    translations = re.findall(r"<translation>(.*?)</translation>", ts, flags=re.S)
    assert len(translations) > 500
    banned = re.compile(r"lĩnh vực|điểm chung|phụ huynh|kế hoạch cải thiện|\bbản r?%\d|\blần %\d|\br\d\b",
                        flags=re.I)
    assert [t for t in translations if banned.search(t)] == []
