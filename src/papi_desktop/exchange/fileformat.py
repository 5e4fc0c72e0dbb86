"""The ``.papi`` data file: names, limits and the manifest (see ``docs/exchange-format.md``).

A ``.papi`` file is a ZIP archive holding

* ``manifest.json`` — what the file is (format, school, assessment, catalogue, hashes, attachments);
* ``assessment.json`` — the canonical content of one finalised assessment (since version 3 with the parents'
  survey forms, when there are any), byte for byte
  :func:`papi_desktop.core.snapshot.canonical_json`; its SHA-256 is the content hash whose first bits are the
  verification code printed on the paper report;
* ``attachments/<sha256>`` — each evidence file, once;
* ``manifest.p7s`` — optional: a detached CMS (PKCS #7) signature over ``manifest.json``.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from papi_desktop.resources import resource_path

FORMAT_NAME = "papi-desktop-exchange"
FORMAT_VERSION = 3
#: members of ``assessment.json`` in format version 1
V1_MEMBERS = frozenset({"format", "school", "assessment", "answers", "attachments", "actions"})
#: the format version that introduced each later member: ``report`` (the report's details) 2, ``survey`` (the
#: parents' survey forms) 3
MEMBER_VERSIONS = {"report": 2, "survey": 3}
SUFFIX = ".papi"

MANIFEST = "manifest.json"
CONTENT = "assessment.json"
SIGNATURE = "manifest.p7s"
ATTACHMENT_DIR = "attachments/"

# Limits for incoming files: anything over them is refused before a byte is written to the database.
MAX_FILE_BYTES = 256 * 1024 * 1024  # a whole .papi file
MAX_ENTRIES = 1003  # manifest, content, signature and up to 1000 attachments
MAX_JSON_BYTES = 8 * 1024 * 1024  # manifest.json, assessment.json (uncompressed)
MAX_SIGNATURE_BYTES = 256 * 1024
MAX_ENTRY_BYTES = 50 * 1024 * 1024  # one attachment (the app's own limit for evidence files)
MAX_TOTAL_BYTES = 512 * 1024 * 1024  # everything uncompressed
MAX_RATIO = 200  # uncompressed / compressed size of an entry (zip bombs)
RATIO_FLOOR = 64 * 1024  # entries smaller than this are never "too compressed"


@cache
def _validator(name: str):
    import fastjsonschema

    schema = json.loads(resource_path("schemas", name).read_text(encoding="utf-8"))
    return fastjsonschema.compile(_inline_refs(schema, schema.pop("definitions", {})))


def _inline_refs(node: Any, definitions: dict) -> Any:
    """Replace local ``{"$ref": "#/definitions/x"}`` by the definition: the compiled check runs ~8× faster."""
    if isinstance(node, dict):
        ref = node.get("$ref", "")
        if ref.startswith("#/definitions/"):
            return _inline_refs(definitions[ref.rsplit("/", 1)[1]], definitions)
        return {k: _inline_refs(v, definitions) for k, v in node.items()}
    if isinstance(node, list):
        return [_inline_refs(v, definitions) for v in node]
    return node


def manifest_validator():
    """Compiled JSON Schema of ``manifest.json`` (``resources/schemas/papi-manifest.schema.json``)."""
    return _validator("papi-manifest.schema.json")


def content_validator():
    """Compiled JSON Schema of ``assessment.json`` (``resources/schemas/papi-assessment.schema.json``)."""
    return _validator("papi-assessment.schema.json")


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    """Serialise a manifest: sorted keys, indented for people who open the ZIP, UTF-8."""
    return (json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1, allow_nan=False) + "\n").encode("utf-8")


def version_for(content: dict[str, Any]) -> int:
    """The format version a file with this content declares: the lowest one that has all its members (1 while it
    has only version-1 members), so an office on an older app keeps reading every file that needs nothing newer.
    A member no version knows needs one newer than this app's."""
    return max((MEMBER_VERSIONS.get(m, FORMAT_VERSION + 1) for m in set(content) - V1_MEMBERS), default=1)


def attachment_path(sha256: str) -> str:
    return f"{ATTACHMENT_DIR}{sha256}"
