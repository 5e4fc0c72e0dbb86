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
