"""Answer values of imported files are stored in exactly the JSON form the repository writes."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from papi_desktop.storage import exchange_store

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=15,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.dictionaries(st.text(max_size=8), JSON, max_size=5) | JSON, max_size=5))
def test_encoded_values_equal_the_plain_encoder(values):
    """Imported values are stored as the repository stores them (json.dumps, ensure_ascii=False, sorted keys)."""
    plain = json.JSONEncoder(ensure_ascii=False, sort_keys=True)
    assert [exchange_store.encode_value(v) for v in values] == [plain.encode(v) for v in values]


def test_vietnamese_text_is_stored_unescaped():
    """Vietnamese letters are stored as themselves, not as \\u escapes."""
    assert exchange_store.encode_value({"ghi_chu": "Đã công khai"}) == '{"ghi_chu": "Đã công khai"}'


def test_nan_and_infinity_are_never_written():
    """NaN and Infinity (not JSON) cannot be stored: writing them raises instead of storing a non-JSON literal."""
    import pytest

    from papi_desktop.storage.rows import dumps

    for bad in (float("nan"), float("inf"), -float("inf")):
        with pytest.raises(ValueError):
            exchange_store.encode_value({"x": bad})
        with pytest.raises(ValueError):
            dumps({"x": bad})
