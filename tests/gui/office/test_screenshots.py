"""The office screenshot script still runs (so the pictures in docs/office.md can be remade)."""

from __future__ import annotations

import sys
from pathlib import Path


def test_office_screenshot_script_writes_small_pngs(tmp_path, qapp):
    """make_office_screenshots.py writes the six office screens, each under 200 KB."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from make_office_screenshots import make_office_screenshots

    shots = make_office_screenshots(tmp_path)
    assert [p.name for p in shots] == ["tong-hop-nhap-tep.png", "tong-hop-bang.png", "y-kien-cha-me-co-quan.png",
                                       "tong-hop-xung-dot.png", "tong-hop-bao-cao.png", "tong-hop-truong.png"]
    assert all(0 < p.stat().st_size < 200 * 1024 for p in shots)
