"""Fixtures of the exchange tests: sample data exported to .papi files, an empty office database, table dumps."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest

from .loop import loop  # noqa: F401 - the review loop's fixture


def dump(repo) -> dict[str, list]:
    """Every row of every table except the import log (which records attempts by design)."""
    names = [r[0] for r in repo.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {n: sorted(map(repr, repo.db.execute(f"SELECT * FROM [{n}]").fetchall()))
            for n in names if n != "import_log"}


@pytest.fixture
def source(demo_repo):
    """The sample data, with one finalised assessment carrying an evidence file (reopened and finalised again)."""
    from papi_desktop.core.model import FINALISED

    a = next(x for x in demo_repo.list_assessments() if x.status == FINALISED and x.school_year == "2025-2026")
    demo_repo.reopen(a.id, reason="Bổ sung minh chứng")
    cid = demo_repo.get_answers(a.id).popitem()[0]
    demo_repo.add_attachment_bytes(a.id, cid, "Biên bản họp.pdf", b"%PDF-1.4 bien ban " * 50)
    demo_repo.finalise(a.id)
    demo_repo.with_attachment = a.id
    return demo_repo


@pytest.fixture
def exported(source, tmp_path) -> list[Path]:
    """Every finalised assessment of ``source`` written as a .papi file."""
    from papi_desktop.exchange.writer import export_all

    return export_all(source, tmp_path / "files")


@pytest.fixture
def office(tmp_path):
    """An empty database at the receiving office."""
    from papi_desktop.storage.repository import Repository

    r = Repository.open(tmp_path / "office.sqlite3")
    yield r
    r.close()


def entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def pack(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return out.getvalue()


def rebuild(data: bytes, *, content=None, manifest=None) -> bytes:
    """A consistent .papi file made from ``data`` with changed content/manifest (hashes recomputed)."""
    from papi_desktop.core.snapshot import canonical_json, verification_code
    from papi_desktop.exchange.fileformat import manifest_bytes

    files = entries(data)
    m = json.loads(files["manifest.json"])
    c = json.loads(files["assessment.json"])
    if content:
        content(c)
        body = canonical_json(c)
        m["content_hash"] = hashlib.sha256(body).hexdigest()
        m["verification_code"] = verification_code(m["content_hash"])
        m["content"]["size"] = len(body)
        files["assessment.json"] = body
    if manifest:
        manifest(m)
    files["manifest.json"] = manifest_bytes(m)
    return pack(files)
