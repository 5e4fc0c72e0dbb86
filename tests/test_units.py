"""The list of communes and wards the wizard offers is data with its source."""

from __future__ import annotations

import unicodedata

from papi_desktop.units import unit_list


def test_dak_lak_has_its_102_communes_and_wards_since_july_2025():
    """102 units, 88 xã and 14 phường, each once, in NFC, with the resolution they come from."""
    units = unit_list()
    names = units.names
    assert len(names) == 102 and len(set(names)) == 102
    assert sum(n.startswith("xã ") for n in names) == 88 and sum(n.startswith("phường ") for n in names) == 14
    assert all(unicodedata.normalize("NFC", n) == n and n == n.strip() for n in names)
    assert "1660/NQ-UBTVQH15" in units.source and units.valid_from == "2025-07-01" and units.province == "Đắk Lắk"
    assert {"phường Buôn Ma Thuột", "phường Tuy Hòa", "xã Ea Kar", "xã Krông Nô"} <= set(names)
    assert "chưa đối chiếu" in units.note
