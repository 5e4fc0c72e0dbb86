"""The gate for a ``.papi-receipt`` that came from outside: every receipt is hostile until this says otherwise.

Nothing here touches the database. :func:`read_receipt` reads the whole file and returns a checked
:class:`Receipt` or raises :class:`~papi_desktop.errors.RejectedFileError` with one sentence. Checks, in order: the
file's size (read no further than the cap); UTF-8; strict JSON (no repeated keys, no NaN or Infinity, bounded
nesting); the format name and version; the schema; no control or bidirectional-text character in any text, names on
one line; NFC; the canonical form (the bytes are exactly what the app writes, so nothing can hide in white space);
the verification code against the content hash; a return carries a reason, an acceptance no notes; the signature,
when there is one (a damaged or weak one, or one that does not cover these bytes, is refused). What the receipt must
match in the database (school, assessment, revision, hash, office key, order) is checked by
:mod:`papi_desktop.exchange.receipt_import`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from papi_desktop.core.snapshot import verification_code
from papi_desktop.core.text import char_name, unsafe_char
from papi_desktop.errors import RejectedFileError
from papi_desktop.exchange import receipt_format as rf
from papi_desktop.exchange.signing import SignerInfo


@dataclass(frozen=True)
class Receipt:
    """A checked receipt (plain values)."""

    name: str
    sha256: str
    data: bytes
    receipt_id: str
    sequence: int
    office_name: str
    office_key: str
    school_code: str
    school_name: str
    assessment_id: str
    school_year: str
    revision: int
    content_hash: str
    state: str
    reason: str
    notes: dict = field(default_factory=dict)
    reviewer: str = ""
    decided_at: str = ""
    signer: SignerInfo | None = None  # who signed it (``exchange.signing``), None when not signed

    def row(self) -> dict:
        """The columns of ``receipts`` (storage)."""
        return {"receipt_id": self.receipt_id, "assessment_id": self.assessment_id, "office_key": self.office_key,
                "office_name": self.office_name, "sequence": self.sequence, "revision": self.revision,
                "content_hash": self.content_hash, "state": self.state, "reason": self.reason, "notes": self.notes,
                "reviewer": self.reviewer, "decided_at": self.decided_at,
                "signer": self.signer.subject if self.signer else ""}


def reject(vi: str, en: str) -> RejectedFileError:
    return RejectedFileError(vi, en)


def _not_receipt() -> RejectedFileError:
    return reject("Không phải giấy báo kết quả xem xét (.papi-receipt) hoặc tệp đã bị hỏng. Hãy xin cơ quan gửi lại.",
                  "Not a review receipt (.papi-receipt), or the file is damaged. Ask the office to send it again.")


def _altered(vi: str, en: str) -> RejectedFileError:
    return reject(f"Giấy báo đã bị hỏng hoặc bị sửa: {vi}. Hãy xin cơ quan gửi lại.",
                  f"The receipt is damaged or was altered: {en}. Ask the office to send it again.")


def read_receipt_path(path: str | Path) -> Receipt:
    """Read and check the receipt at ``path``: never more than the size cap is read."""
    p = Path(path)
    try:
        with p.open("rb") as fh:
            data = fh.read(rf.MAX_BYTES + 1)
    except OSError as exc:
        why = exc.strerror or exc
        raise reject(f"Không đọc được tệp: {why}.", f"Cannot read the file: {why}.") from None
    return read_receipt(data, p.name)


def _strict_json(text: str):
    from papi_desktop.core.strict_json import loads

    try:
        return loads(text)
    except (ValueError, RecursionError):
        raise _not_receipt() from None


def _texts(value, path: str = ""):
    """Every string inside ``value`` with where it is (keys included)."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield f"{path}.{k}", k
            yield from _texts(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _texts(v, f"{path}[{i}]")


_ONE_LINE = (".office.name", ".office.supervising_body", ".school.name", ".review.reviewer")


def _check_text(receipt: dict) -> None:
    for where, text in _texts(receipt):
        bad = unsafe_char(text, allow_layout=where not in _ONE_LINE)
        if bad is not None:
            raise reject(f"Giấy báo có ký tự điều khiển không được phép ({char_name(bad)}), đã từ chối.",
                         f"The receipt holds a control character that is not allowed ({char_name(bad)}); refused.")


def _schema(receipt: dict) -> None:
    import fastjsonschema

    try:
        rf.validator()(receipt)
    except fastjsonschema.JsonSchemaException as exc:
        where = str(getattr(exc, "name", "") or "").removeprefix("data").lstrip(".") or "(gốc)"
        raise reject(f"Giấy báo sai cấu trúc ở «{where}»: tệp hỏng hoặc bị sửa. Hãy xin cơ quan gửi lại.",
                     f"The receipt does not follow the format at '{where}' ({exc.message}): damaged or altered. "
                     "Ask the office to send it again.") from None


def read_receipt(data: bytes, name: str = "") -> Receipt:
    """Check ``data`` (the bytes of a receipt file) completely; raise RejectedFileError with the reason."""
    if len(data) > rf.MAX_BYTES:
        raise reject(f"Tệp quá lớn để là giấy báo kết quả (giới hạn {rf.MAX_BYTES // 1024} KB).",
                     f"The file is too large for a receipt (the limit is {rf.MAX_BYTES // 1024} KB).")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise _not_receipt() from None
    receipt = _strict_json(text)
    if not isinstance(receipt, dict) or receipt.get("format") != rf.FORMAT_NAME:
        raise _not_receipt()
    version = receipt.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > rf.FORMAT_VERSION:
        raise reject(f"Giấy báo được tạo theo định dạng phiên bản {version}, mới hơn ứng dụng này. Hãy cập nhật ứng "
                     "dụng rồi nhập lại.",
                     f"The receipt uses format version {version}, newer than this app. Update the app and import "
                     "again.")
    _schema(receipt)
    _check_text(receipt)
    if not unicodedata.is_normalized("NFC", text) or rf.receipt_bytes(receipt) != data:
        raise _altered("nội dung không ở dạng chuẩn của ứng dụng", "the content is not in the app's canonical form")
    a, review = receipt["assessment"], receipt["review"]
    if verification_code(a["content_hash"]) != a["verification_code"]:
        raise _altered("mã xác thực không khớp với mã băm", "the verification code does not match the hash")
    if review["state"] == "returned" and not review["reason"].strip():
        raise _altered("trả lại mà không có lý do", "a return without a reason")
    if review["state"] == "accepted" and review["notes"]:
        raise _altered("tiếp nhận mà lại có ghi chú theo tiêu chí", "an acceptance with notes per criterion")
    signer = _check_signature(receipt)
    office = receipt["office"]
    return Receipt(name, hashlib.sha256(data).hexdigest(), data, receipt["receipt_id"], receipt["sequence"],
                   office["name"], rf.office_key(office["name"]), receipt["school"]["code"],
                   receipt["school"]["name"], a["id"], a["school_year"], a["revision"], a["content_hash"],
                   review["state"], review["reason"], dict(review["notes"]), review["reviewer"],
                   review["decided_at"], signer)


def _check_signature(receipt: dict) -> SignerInfo | None:
    b64 = receipt["signature"]
    if b64 is None:
        return None
    try:
        der = base64.b64decode(b64, validate=True)
    except (binascii.Error, ValueError):
        raise _altered("chữ ký số không đọc được", "the digital signature cannot be read") from None
    if len(der) > rf.MAX_SIGNATURE_BYTES:
        raise _altered("chữ ký số quá lớn", "the digital signature is too large")
    from papi_desktop.exchange.signing import SignatureInvalid, verify_detached

    try:
        return verify_detached(rf.signed_bytes(receipt), der)
    except SignatureInvalid as exc:
        raise reject(exc.vi.replace("tệp", "giấy báo") + " Hãy xin cơ quan gửi lại.",
                     exc.en.replace("file", "receipt") + " Ask the office to send it again.") from None
