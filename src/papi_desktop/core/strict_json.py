"""JSON read the strict way: what JSON itself refuses and Python's ``json`` accepts is refused here too.

* an object with a key twice — one reader keeps the first value, another the last, so two programs would see two
  different files (:class:`RepeatedKey`);
* ``NaN``, ``Infinity``, ``-Infinity`` and numbers too big for a float (``1e999`` is Infinity by another name).

Every JSON that comes from outside (data files, backups, the machine settings file) is read with :func:`loads`;
everything the app writes is written with ``allow_nan=False``.
"""

from __future__ import annotations

import json
import math


class RepeatedKey(ValueError):
    """An object repeats ``key``."""

    def __init__(self, key: str):
        super().__init__(f"repeated key {key!r}")
        self.key = key


def _unique_keys(pairs: list[tuple[str, object]]) -> dict:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        raise RepeatedKey(next(k for k, _v in pairs if k in seen or seen.add(k)))
    return obj


def _no_constant(name: str):
    raise ValueError(f"non-finite number {name}")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"non-finite number {text}")
    return value


def loads(text: str | bytes):
    """``json.loads`` refusing repeated keys (:class:`RepeatedKey`), NaN and Infinity (``ValueError``)."""
    return json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant, parse_float=_finite)
