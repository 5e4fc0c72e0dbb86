"""The reader never fails with anything but a rejection, whatever the bytes."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from papi_desktop.errors import RejectedFileError
from papi_desktop.exchange.reader import read_papi

from .conftest import entries, pack


def _check(data: bytes) -> None:
    try:
        read_papi(data, "fuzz.papi")
    except RejectedFileError as exc:
        assert exc.vi and exc.en


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=4096))
def test_random_bytes_are_rejected_cleanly(data):
    """Random bytes only ever give a rejection with a reason."""
    _check(data)


@pytest.fixture(scope="module")
def valid_bytes(tmp_path_factory):
    from papi_desktop.demo import make_demo
    from papi_desktop.exchange.writer import build_papi
    from papi_desktop.storage.repository import Repository

    repo = Repository.open(tmp_path_factory.mktemp("fuzz") / "f.sqlite3")
    make_demo(repo, schools=2)
    a = next(x for x in repo.list_assessments() if x.is_final)
    return build_papi(repo, a.id)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_mutated_files_are_rejected_cleanly(valid_bytes, data):
    """Flipping, cutting or inserting bytes of a valid file gives a clean rejection (or a still-valid file)."""
    raw = bytearray(valid_bytes)
    for _ in range(data.draw(st.integers(1, 8))):
        pos = data.draw(st.integers(0, len(raw) - 1))
        kind = data.draw(st.sampled_from(["flip", "cut", "insert"]))
        if kind == "flip":
            raw[pos] ^= data.draw(st.integers(1, 255))
        elif kind == "cut":
            del raw[pos : pos + data.draw(st.integers(1, 64))]
        else:
            raw[pos:pos] = data.draw(st.binary(min_size=1, max_size=32))
        if not raw:
            raw = bytearray(b"x")
    _check(bytes(raw))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_mutated_json_is_rejected_cleanly(valid_bytes, data):
    """Replacing any JSON value of the content or manifest (hashes recomputed) gives a clean result."""
    import hashlib
    import json

    from papi_desktop.core.snapshot import verification_code
    from papi_desktop.core.text import nfc_deep
    from papi_desktop.exchange.fileformat import manifest_bytes

    files = entries(valid_bytes)
    which = data.draw(st.sampled_from(["assessment.json", "manifest.json"]))
    doc = json.loads(files[which])
    node = doc
    for _ in range(data.draw(st.integers(0, 4))):
        if isinstance(node, dict) and node:
            key = data.draw(st.sampled_from(sorted(node)))
            if not isinstance(node[key], (dict, list)) or not node[key]:
                node[key] = data.draw(json_values)
                break
            node = node[key]
        elif isinstance(node, list) and node:
            node = node[data.draw(st.integers(0, len(node) - 1))]
        else:
            break
    if isinstance(node, dict):
        node[data.draw(st.text(max_size=8))] = data.draw(json_values)
    # written as a hostile sender would: Infinity and NaN as their (non-JSON) literals, which the app never writes
    if which == "assessment.json":
        body = json.dumps(nfc_deep(doc), sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
        m = json.loads(files["manifest.json"])
        m["content_hash"] = hashlib.sha256(body).hexdigest()
        m["verification_code"], m["content"]["size"] = verification_code(m["content_hash"]), len(body)
        files["assessment.json"], files["manifest.json"] = body, manifest_bytes(m)
    else:
        files["manifest.json"] = json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=1).encode()
    data_file = pack(files)
    _check(data_file)
    _import_cleanly(data_file)


def _import_cleanly(data: bytes) -> None:
    """The importer turns anything it cannot store into a result; it never raises."""
    import tempfile
    from pathlib import Path

    from papi_desktop.exchange.importer import RESULT_TEXT, import_paths
    from papi_desktop.storage.repository import Repository

    with tempfile.TemporaryDirectory() as tmp, Repository.open(":memory:") as repo:
        path = Path(tmp) / "m.papi"
        path.write_bytes(data)
        [r] = import_paths(repo, [path]).results
        assert r.result in RESULT_TEXT
