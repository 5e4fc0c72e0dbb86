"""The commune-level units (xã, phường) a school can belong to: data under ``resources/units/`` with its source.

The profile wizard offers them in a list (``School.unit_name``; the office's unit filter groups schools by it);
a school elsewhere types its own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from papi_desktop.resources import resource_path

DEFAULT_LIST = "dak-lak-2025"


@dataclass(frozen=True)
class UnitList:
    province: str
    valid_from: str
    source: str
    note: str
    names: tuple[str, ...]


@cache
def unit_list(name: str = DEFAULT_LIST) -> UnitList:
    """The list ``resources/units/<name>.json``."""
    data = json.loads(resource_path("units", f"{name}.json").read_text(encoding="utf-8"))
    return UnitList(data["province"], data["valid_from"], data["source"], data["note"], tuple(data["units"]))
