"""Building hostile ``.papi`` files for the tests: change content or manifest, recompute hashes, re-sign."""

from __future__ import annotations

import hashlib
import json

from tests.exchange.conftest import entries, pack


def final(repo, year: str = "2025-2026"):
    """The finalised assessment of ``year`` that carries an evidence file (the ``source`` fixture's)."""
    aid = getattr(repo, "with_attachment", None)
    if aid and repo.get_assessment(aid).school_year == year:
        return repo.get_assessment(aid)
    return next(a for a in repo.list_assessments() if a.is_final and a.school_year == year)


def forge(data: bytes, *, content=None, manifest=None, attachments: dict[str, bytes] | None = None,
          signer=None, raw_content: bytes | None = None) -> bytes:
    """A consistent ``.papi`` file made from ``data``: ``content(c)`` / ``manifest(m)`` change the parsed JSON,
    ``attachments`` replaces every evidence file by new bytes (content and manifest follow), ``raw_content`` is
    written as the content instead of canonical JSON (NaN literals, repeated keys…); hashes are recomputed and
    the file is signed by ``signer`` (or left unsigned)."""
    from papi_desktop.core.snapshot import canonical_json, verification_code
    from papi_desktop.exchange.fileformat import manifest_bytes

    files = entries(data)
    m = json.loads(files["manifest.json"])
    c = json.loads(files["assessment.json"])
    if attachments is not None:
        for name in [n for n in files if n.startswith("attachments/")]:
            del files[name]
        m["attachments"], c["attachments"] = [], []
        cid = c["answers"][0]["criterion_id"]
        for filename, blob in attachments.items():
            sha = hashlib.sha256(blob).hexdigest()
            files[f"attachments/{sha}"] = blob
            m["attachments"].append({"path": f"attachments/{sha}", "sha256": sha, "size": len(blob)})
            c["attachments"].append({"criterion_id": cid, "filename": filename, "sha256": sha, "size": len(blob)})
    if content:
        content(c)
    body = raw_content if raw_content is not None else canonical_json(c)
    m["content_hash"] = hashlib.sha256(body).hexdigest()
    m["verification_code"] = verification_code(m["content_hash"])
    m["content"]["size"] = len(body)
    files["assessment.json"] = body
    if manifest:
        manifest(m)
    files.pop("manifest.p7s", None)
    m["signature"] = "manifest.p7s" if signer else None
    files["manifest.json"] = manifest_bytes(m)
    if signer:
        from papi_desktop.exchange.signing import sign_detached

        files["manifest.p7s"] = sign_detached(files["manifest.json"], signer)
    return pack(files)


def canonical_text(c: dict) -> str:
    return json.dumps(c, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def schools_of(repo) -> list[tuple[str, str]]:
    return repo.db.execute("SELECT code, name FROM schools ORDER BY code").fetchall()
