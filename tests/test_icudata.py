"""The Linux bundle's trimmed ICU data (``.ci/icudata.py``): 3 MB instead of 32 MB, same Vietnamese behaviour."""

from __future__ import annotations

import importlib.util
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

spec = importlib.util.spec_from_file_location("icudata", ROOT / ".ci" / "icudata.py")
icudata = importlib.util.module_from_spec(spec)
spec.loader.exec_module(icudata)

PROBE = """
from PySide6.QtCore import QByteArray, QCollator, QLocale, QTimeZone
vi = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
c = QCollator(vi)
print(sorted(["Ân", "Anh", "Ăn", "Đắk Lắk", "Dak", "Ea Kar", "ơi", "ô", "o", "Ư", "u"], key=c.sortKey))
print(vi.toUpper("trường tiểu học xã ea kar, đắk lắk"))
tz = QTimeZone(QByteArray(b"Asia/Ho_Chi_Minh"))
for loc in (vi, QLocale("en_US")):
    print(tz.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, loc))
"""


def _package(items: list[tuple[str, bytes]]) -> bytes:
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + struct.pack("<HHBBBB", 20, 0, 0, 0, 2, 0) + b"CmnD"
    return icudata.write_package(header + b"\0" * (32 - len(header)), items)


def test_package_keeps_the_chosen_items_intact_and_aligned():
    """A package written back holds exactly the kept items, byte for byte, each at a 16-byte boundary."""
    items = [("icudt73l/coll/vi.res", b"V" * 48), ("icudt73l/coll/zh.res", b"Z" * 5008),
             ("icudt73l/root.res", b"R" * 16), ("icudt73l/zone/vi.res", b"T" * 32)]  # ICU items are 16-byte multiples
    header, back = icudata.read_package(_package(items))
    assert back == items
    kept = [i for i in items if icudata.keep_item(i[0])]
    data = _package(kept)
    header, again = icudata.read_package(data)
    assert again == kept == [items[0], items[2], items[3]]
    count = struct.unpack_from("<I", data, len(header))[0]
    offsets = [struct.unpack_from("<II", data, len(header) + 4 + 8 * i)[1] for i in range(count)]
    assert all((len(header) + o) % 16 == 0 for o in offsets)


def test_data_the_app_needs_is_kept_and_the_rest_dropped():
    """Vietnamese/English/root locales and shared tables stay; other languages, converters, dictionaries go."""
    keep = ["coll/vi.res", "coll/root.res", "coll/ucadata.icu", "vi_VN.res", "en_GB.res", "zone/vi.res",
            "res_index.res", "pool.res", "supplementalData.res", "cnvalias.icu", "zoneinfo64.res"]
    drop = ["coll/zh.res", "ja.res", "brkitr/cjdict.dict", "ibm-1258_P100-1997.cnv", "lang/vi.res",
            "unames.icu", "translit/root.res", "rfc3491.spp"]
    assert all(icudata.keep_item(f"icudt73l/{n}") for n in keep)
    assert not any(icudata.keep_item(f"icudt73l/{n}") for n in drop)


def _qt_icu_library() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return found[0] if found else None


@pytest.mark.skipif(not sys.platform.startswith("linux") or _qt_icu_library() is None or not shutil.which("cc"),
                    reason="Linux PySide6 with its own ICU, and a C compiler")
def test_trimmed_icu_sorts_and_names_like_the_full_one(tmp_path):
    """With the trimmed library, Vietnamese sorting, upper case and time-zone names are exactly as with the full."""
    full = _qt_icu_library()
    trimmed = icudata.trim_library(full, tmp_path / full.name, tmp_path / "work")
    assert trimmed.stat().st_size < 4_000_000 < 25_000_000 < full.stat().st_size

    def probe(preload: Path | None) -> list[str]:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        if preload:
            env["LD_PRELOAD"] = str(preload)  # takes the place of Qt's libicudata (same soname)
        out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=60)
        assert out.returncode == 0, out.stderr
        return out.stdout.splitlines()

    with_full, with_trimmed = probe(None), probe(trimmed)
    assert with_trimmed == with_full
    assert with_trimmed[0] == str(["Anh", "Ăn", "Ân", "Dak", "Đắk Lắk", "Ea Kar", "o", "ô", "ơi", "u", "Ư"])
    assert with_trimmed[1] == "TRƯỜNG TIỂU HỌC XÃ EA KAR, ĐẮK LẮK"
