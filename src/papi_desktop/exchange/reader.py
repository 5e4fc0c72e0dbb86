"""Reading a ``.papi`` file that came from outside: every file is treated as hostile.

Nothing here touches the database. :func:`read_papi_path` (and :func:`read_papi` for bytes in memory) either
returns a fully checked :class:`PapiFile` or raises :class:`~papi_desktop.errors.RejectedFileError` with a reason a
clerk can act on. Checks, in order: size of the file; the ZIP directory (entry count, absolute paths, ``..``,
links, encryption, unknown or repeated names, declared sizes and compression ratios) before anything is
decompressed; bounded reading of each entry (actual sizes, CRC); the manifest (strict JSON: no repeated keys, no
NaN/Infinity; format name and version, schema); the content (size, content hash, verification code, strict JSON,
schema, canonical form and NFC, agreement with the manifest, no control or bidi characters, a school year of the
catalogue and not beyond next year); the catalogue (known to this app, same hash, known criteria); the report's
details and the parents' survey forms (in the very form the app writes them); the answers (the
very rule that stops finalising in the school app, :func:`papi_desktop.core.scoring.finalise_blockers`); the
attachments (streamed: hashes, sizes, and an accepted evidence type judged by content — they are never held in
memory, the writer reads them again from the file and checks their hashes again); the signature (and its key's
strength).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import re
import stat
import tempfile
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from papi_desktop.core.catalogue import Catalogue, catalogue_for
from papi_desktop.core.evidence_types import ALLOWED_TEXT_EN, ALLOWED_TEXT_VI, EvidenceTypeError, detect, shown_name
from papi_desktop.core.snapshot import verification_code
from papi_desktop.core.strict_json import RepeatedKey
from papi_desktop.core.strict_json import loads as strict_loads
from papi_desktop.core.text import unsafe_char
from papi_desktop.errors import CatalogueError, RejectedFileError
from papi_desktop.exchange import fileformat as ff
from papi_desktop.exchange.content_checks import all_texts, bad_char, check_answers, check_school_year, check_text
from papi_desktop.exchange.signing import SignerInfo

_DRIVE = re.compile(r"^[A-Za-z]:")
_ATTACHMENT = re.compile(r"^attachments/[0-9a-f]{64}$")


@dataclass
class PapiFile:
    """A checked incoming data file. Its evidence files are not held: :meth:`attachment` reads one again from
    ``source`` (the file's path, or its bytes) and checks it against its hash."""

    name: str
    sha256: str
    manifest: dict
    manifest_raw: bytes
    content: dict
    content_raw: bytes
    catalogue: Catalogue
    attachments: dict[str, int] = field(default_factory=dict)  # sha256 → size
    signature: bytes | None = None
    signer: SignerInfo | None = None
    source: Path | bytes = b""

    @property
    def content_hash(self) -> str:
        return self.manifest["content_hash"]

    def attachment(self, sha256: str) -> bytes:
        """The evidence file ``sha256``, read again from the source; RejectedFileError if it changed since."""
        with open_attachment(self.source, sha256, self.attachments[sha256]) as fh:
            return fh.read()


@contextlib.contextmanager
def open_attachment(source: Path | str | bytes, sha256: str, size: int):
    """Evidence file ``sha256`` (``size`` bytes) of the ``.papi`` file at ``source`` (a path or the bytes) as a
    stream that checks what it gives against the hash: the writer's second look, so a file swapped between checking
    and writing is refused (RejectedFileError at the end of the stream) instead of stored."""
    try:
        with _open_zip(source) as zf, zf.open(ff.attachment_path(sha256)) as fh:
            yield _CheckedStream(fh, sha256, size)
    except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile, NotImplementedError, RuntimeError,
            zlib.error):
        raise _changed() from None


class _CheckedStream:
    """``read`` passes the data through, never past ``size`` bytes; at the end the hash must match."""

    def __init__(self, fh: BinaryIO, sha256: str, size: int):
        self.fh, self.sha256, self.left, self.digest = fh, sha256, size, hashlib.sha256()

    def read(self, n: int = -1) -> bytes:
        want = self.left if n is None or n < 0 else min(n, self.left)
        data = self.fh.read(want) if want else b""
        self.left -= len(data)
        self.digest.update(data)
        if (not data or not self.left) and (self.left or self.fh.read(1) or self.digest.hexdigest() != self.sha256):
            raise _changed()
        return data


def _changed() -> RejectedFileError:
    return _mismatch("tệp đã thay đổi trong lúc đang nhập (minh chứng không còn khớp mã băm)",
                     "the file changed while it was being imported (an evidence file no longer matches its hash)")


def _open_zip(source: Path | str | bytes) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)


def reject(vi: str, en: str) -> RejectedFileError:
    return RejectedFileError(vi, en)


IN_MEMORY_BYTES = 8 * 1024 * 1024  # a file up to this size is read once, into memory; a bigger one in pieces


def file_sha256(path: str | Path) -> str:
    """SHA-256 of a file, read in pieces (a file of the maximum size is never held in memory)."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def read_papi_path(path: str | Path) -> PapiFile:
    """Read and check the file at ``path`` (its size is checked before it is read; it is read in pieces)."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > ff.MAX_FILE_BYTES:
            raise _too_large(size)
        if size <= IN_MEMORY_BYTES:  # one read: hashed and parsed from the same bytes
            data = p.read_bytes()
            sha, zf = hashlib.sha256(data).hexdigest(), _open_zip(data)
        else:  # read in pieces, then parsed from the file
            sha, zf = file_sha256(p), zipfile.ZipFile(p)
    except RejectedFileError:
        raise
    except OSError as exc:
        why = exc.strerror or exc
        raise reject(f"Không đọc được tệp: {why}.", f"Cannot read the file: {why}.") from None
    except _ZIP_ERRORS:
        raise _not_papi() from None
    with zf:
        return _read(zf, p.name, sha, p)


def _too_large(size: int) -> RejectedFileError:
    mb = ff.MAX_FILE_BYTES // 1048576
    return reject(f"Tệp quá lớn ({size // 1048576} MB; giới hạn {mb} MB).",
                  f"The file is too large ({size // 1048576} MB; the limit is {mb} MB).")


_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, IndexError, KeyError,
               NotImplementedError, UnicodeDecodeError, RuntimeError)


def read_papi(data: bytes, name: str = "") -> PapiFile:
    """Check ``data`` (the bytes of a ``.papi`` file) completely; raise RejectedFileError with the reason."""
    if len(data) > ff.MAX_FILE_BYTES:
        raise _too_large(len(data))
    try:
        zf = _open_zip(data)
    except (*_ZIP_ERRORS, OSError):
        raise _not_papi() from None
    with zf:
        return _read(zf, name, hashlib.sha256(data).hexdigest(), data)


def _read(zf: zipfile.ZipFile, name: str, file_sha: str, source: Path | bytes) -> PapiFile:
    try:
        infos = zf.infolist()
    except (*_ZIP_ERRORS, OSError):
        raise _not_papi() from None
    entries = _check_directory(infos)
    raw = {n: _read_entry(zf, info, _entry_limit(n)) for n, info in entries.items()
           if not n.startswith(ff.ATTACHMENT_DIR)}
    manifest = _parse_manifest(raw.get(ff.MANIFEST))
    content_raw = raw.get(ff.CONTENT)
    if content_raw is None:
        raise reject("Tệp thiếu phần nội dung (assessment.json).", "The file has no content (assessment.json).")
    content = _parse_content(manifest, content_raw)
    catalogue = _check_catalogue(manifest, content)
    check_answers(catalogue, content)
    attachments = _check_attachments(manifest, content, zf, entries)
    signature, signer = _check_signature(manifest, raw)
    return PapiFile(name, file_sha, manifest, raw[ff.MANIFEST], content, content_raw, catalogue, attachments,
                    signature, signer, source)


def _not_papi() -> RejectedFileError:
    return reject("Không phải tệp dữ liệu .papi hoặc tệp đã bị hỏng (không mở được dạng ZIP). Hãy xin trường gửi lại.",
                  "Not a .papi data file, or the file is damaged (not a readable ZIP). Ask the school to resend it.")


def _entry_limit(name: str) -> int:
    if name in (ff.MANIFEST, ff.CONTENT):
        return ff.MAX_JSON_BYTES
    if name == ff.SIGNATURE:
        return ff.MAX_SIGNATURE_BYTES
    return ff.MAX_ENTRY_BYTES


def _unsafe(vi: str, en: str, entry: str) -> RejectedFileError:
    shown = entry.encode("utf-8", "replace")[:80].decode("utf-8", "replace")
    return reject(f"Tệp không an toàn, đã từ chối: {vi} («{shown}»).", f"Unsafe file refused: {en} ('{shown}').")


def _check_directory(infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
    """Check the ZIP directory before anything is decompressed."""
    if len(infos) > ff.MAX_ENTRIES:
        raise reject(f"Tệp có quá nhiều thành phần ({len(infos)}; giới hạn {ff.MAX_ENTRIES}).",
                     f"The file has too many entries ({len(infos)}; the limit is {ff.MAX_ENTRIES}).")
    entries: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        n = info.filename
        parts = re.split(r"[\\/]", n)
        if n.startswith(("/", "\\")) or _DRIVE.match(n):
            raise _unsafe("đường dẫn tuyệt đối", "absolute path", n)
        if ".." in parts:
            raise _unsafe("đường dẫn chứa «..»", "path with '..'", n)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise _unsafe("liên kết (symlink)", "link (symlink)", n)
        if info.flag_bits & 0x1:
            raise _unsafe("thành phần có mật khẩu", "encrypted entry", n)
        if n in entries:
            raise _unsafe("tên thành phần bị lặp", "repeated entry name", n)
        if n not in (ff.MANIFEST, ff.CONTENT, ff.SIGNATURE) and not _ATTACHMENT.match(n):
            raise _unsafe("thành phần lạ", "unexpected entry", n)
        limit = _entry_limit(n)
        if info.file_size > limit:
            raise _unsafe(f"thành phần quá lớn ({info.file_size} byte)", f"entry too large ({info.file_size} bytes)", n)
        if info.file_size > ff.RATIO_FLOOR and info.file_size > ff.MAX_RATIO * max(info.compress_size, 1):
            raise _unsafe("nén bất thường (nghi «bom ZIP»)", "abnormally compressed (a possible zip bomb)", n)
        total += info.file_size
        if total > ff.MAX_TOTAL_BYTES:
            raise _unsafe("tổng dung lượng giải nén quá lớn", "too much data once uncompressed", n)
        entries[n] = info
    return entries


def _read_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Read one entry, never more than its declared size (and the limit); CRC is checked by zipfile."""
    try:
        with zf.open(info) as fh:
            data = fh.read(min(limit, info.file_size) + 1)
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError, RuntimeError, KeyError,
            IndexError, UnicodeDecodeError, zlib.error):
        raise _not_papi() from None
    if len(data) != info.file_size:
        raise _unsafe("kích thước thật khác kích thước khai báo", "actual size differs from the declared size",
                      info.filename)
    return data


def _json(raw: bytes, what_vi: str, what_en: str):
    try:
        return strict_loads(raw.decode("utf-8"))
    except RepeatedKey as exc:
        key = exc.key[:60]
        raise reject(f"{what_vi} có khoá «{key}» bị lặp (tệp hỏng hoặc bị sửa).",
                     f"{what_en} repeats the key '{key}' (damaged or altered file).") from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise reject(f"{what_vi} không phải JSON UTF-8 hợp lệ (tệp hỏng hoặc bị sửa).",
                     f"{what_en} is not valid UTF-8 JSON (damaged or altered file).") from None


def _schema(validator, value, what_vi: str, what_en: str) -> None:
    import fastjsonschema

    try:
        validator(value)
    except fastjsonschema.JsonSchemaException as exc:
        where = str(getattr(exc, "name", "") or "").removeprefix("data").lstrip(".") or "(gốc)"
        raise reject(f"{what_vi} sai cấu trúc tại {where}: {exc.message}.",
                     f"{what_en} does not follow the format at {where}: {exc.message}.") from None
    except RecursionError:
        raise reject(f"{what_vi} lồng nhau quá sâu.", f"{what_en} is nested too deeply.") from None


def _parse_manifest(raw: bytes | None) -> dict:
    if raw is None:
        raise reject("Tệp thiếu phần mô tả (manifest.json): không phải tệp dữ liệu .papi.",
                     "The file has no manifest.json: not a .papi data file.")
    manifest = _json(raw, "Phần mô tả (manifest.json)", "manifest.json")
    if not isinstance(manifest, dict) or manifest.get("format") != ff.FORMAT_NAME:
        raise reject("Tệp không phải tệp dữ liệu tự đánh giá PAPI (sai tên định dạng).",
                     "Not a PAPI self-assessment data file (wrong format name).")
    version = manifest.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > ff.FORMAT_VERSION:
        raise reject(f"Tệp được tạo theo định dạng phiên bản {version}, mới hơn ứng dụng này (phiên bản "
                     f"{ff.FORMAT_VERSION}). Hãy cập nhật ứng dụng rồi nhập lại.",
                     f"The file uses format version {version}, newer than this app ({ff.FORMAT_VERSION}). "
                     "Update the app and import again.")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise reject(f"Phiên bản định dạng «{version}» không được hỗ trợ.", f"Unsupported format version '{version}'.")
    _schema(ff.manifest_validator(), manifest, "Phần mô tả (manifest.json)", "manifest.json")
    named = [("mã trường", manifest["school"]["code"]), ("tên trường", manifest["school"]["name"])]
    for where, text in [*named, *(("nội dung", t) for t in all_texts(manifest))]:
        bad = unsafe_char(text, allow_layout=False)
        if bad:
            raise bad_char(where, text, bad)
    return manifest


def _mismatch(vi: str, en: str) -> RejectedFileError:
    return reject(f"Tệp đã bị hỏng hoặc bị sửa: {vi}. Hãy xin trường gửi lại tệp.",
                  f"The file is damaged or was altered: {en}. Ask the school to resend it.")


_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _is_canonical(content: dict, raw: bytes) -> bool:
    """``raw == canonical_json(content)``, computed without walking the content twice.

    The text is NFC as a whole (all its strings are: JSON punctuation never composes with them) and
    re-encoding with sorted keys gives the same bytes; :func:`canonical_json` is the slow reference.
    """
    text = raw.decode("utf-8")
    return unicodedata.is_normalized("NFC", text) and _CANONICAL.encode(content) == text


def _parse_content(manifest: dict, raw: bytes) -> dict:
    if len(raw) != manifest["content"]["size"]:
        raise _mismatch("kích thước nội dung không khớp", "the content size does not match")
    if hashlib.sha256(raw).hexdigest() != manifest["content_hash"]:
        raise _mismatch("mã băm nội dung không khớp", "the content hash does not match")
    if verification_code(manifest["content_hash"]) != manifest["verification_code"]:
        raise _mismatch("mã xác thực không khớp với nội dung", "the verification code does not match the content")
    content = _json(raw, "Phần nội dung (assessment.json)", "assessment.json")
    _schema(ff.content_validator(), content, "Phần nội dung (assessment.json)", "assessment.json")
    if not _is_canonical(content, raw):
        raise _mismatch("nội dung không ở dạng chuẩn (NFC, khoá sắp xếp)", "the content is not in canonical form")
    a, s = content["assessment"], content["school"]
    pairs = [
        (a["id"], manifest["assessment_id"]), (a["revision"], manifest["revision"]),
        (a["school_year"], manifest["school_year"]), (s["code"], manifest["school"]["code"]),
        (s["name"], manifest["school"]["name"]), (a["catalogue_id"], manifest["catalogue"]["id"]),
        (a["catalogue_version"], manifest["catalogue"]["version"]),
        (a["catalogue_sha256"], manifest["catalogue"]["sha256"]),
    ]
    if any(x != y for x, y in pairs) or ff.version_for(content) > manifest["format_version"]:
        raise _mismatch("phần mô tả và nội dung không khớp nhau", "the manifest and the content disagree")
    start, end = (int(x) for x in a["school_year"].split("-"))
    if end != start + 1:
        raise reject(f"Năm học «{a['school_year']}» không hợp lệ.", f"Invalid school year '{a['school_year']}'.")
    campuses = [c["code"] for c in s["campuses"]]
    if len(set(campuses)) != len(campuses):
        raise reject("Mã điểm trường bị trùng trong tệp.", "Repeated campus codes in the file.")
    check_text(content, raw)
    return content


def _check_catalogue(manifest: dict, content: dict) -> Catalogue:
    cat = manifest["catalogue"]
    try:
        catalogue = catalogue_for(cat["id"], cat["version"])
    except CatalogueError:
        raise reject(f"Tệp dùng bộ tiêu chí «{cat['id']}» phiên bản «{cat['version']}» mà ứng dụng này chưa có. "
                     "Hãy cập nhật ứng dụng rồi nhập lại.",
                     f"The file uses catalogue '{cat['id']}' version '{cat['version']}', which this app does not "
                     "have. Update the app and import again.") from None
    if catalogue.sha256 != cat["sha256"]:
        raise reject(f"Bộ tiêu chí trong tệp khác bộ tiêu chí «{cat['id']}» {cat['version']} của ứng dụng "
                     "(cùng tên nhưng khác nội dung).",
                     f"The file's catalogue differs from this app's '{cat['id']}' {cat['version']} (same name, "
                     "different content).")
    ids = [x["criterion_id"] for x in content["answers"]]
    unknown = sorted({i for i in ids if not catalogue.has(i)}
                     | {t["criterion_id"] for t in content["attachments"] if not catalogue.has(t["criterion_id"])}
                     | {x["criterion_id"] for x in content["actions"]
                        if x["criterion_id"] is not None and not catalogue.has(x["criterion_id"])})
    if unknown:
        shown = ", ".join(unknown[:5])
        raise reject(f"Tệp có tiêu chí không thuộc bộ tiêu chí: {shown}.", f"Unknown criteria in the file: {shown}.")
    if len(set(ids)) != len(ids):
        raise reject("Một tiêu chí được trả lời hai lần trong tệp.", "A criterion is answered twice in the file.")
    check_school_year(catalogue, content["assessment"]["school_year"])
    _check_report(content, catalogue)
    _check_survey(content)
    return catalogue


def _check_report(content: dict, catalogue: Catalogue) -> None:
    """The report details (format version 2) are in the form the app writes: known criteria, valid dates."""
    from papi_desktop.core.documents import clean_details
    from papi_desktop.errors import ValidationError

    report = content.get("report")
    if report is None:
        return
    try:
        same = clean_details(report, {c.id for c in catalogue.criteria}) == report
    except ValidationError:
        same = False
    if not same:
        raise _mismatch("phần thông tin của báo cáo không hợp lệ", "the report details are not valid")


def _check_survey(content: dict) -> None:
    """The parents' survey forms (format version 3) are exactly what the app writes: a questionnaire this app ships
    (same SHA-256), at most :data:`~papi_desktop.core.survey.MAX_FORMS` forms, campuses of the school, known
    questions and answers, canonical order (:func:`papi_desktop.core.survey.check_member`, the one gate)."""
    from papi_desktop.core.survey import check_member
    from papi_desktop.errors import SurveyError

    member = content.get("survey")
    if member is None:
        return
    try:
        check_member(member, [c["code"] for c in content["school"]["campuses"]])
    except SurveyError as exc:
        raise reject(exc.vi, exc.en) from None


SPOOL_BYTES = 4 * 1024 * 1024  # an evidence file being checked stays in memory up to this size, then on disk


def _check_attachments(manifest: dict, content: dict, zf: zipfile.ZipFile,
                       entries: dict[str, zipfile.ZipInfo]) -> dict[str, int]:
    """Every evidence file listed once, present, of its size and hash, and of an accepted type by its content
    (streamed through a spooled temporary file: never more than :data:`SPOOL_BYTES` of it in memory)."""
    listed = {}
    for item in manifest["attachments"]:
        if item["path"] != ff.attachment_path(item["sha256"]) or item["sha256"] in listed:
            raise _mismatch("danh sách tệp minh chứng sai", "the list of evidence files is wrong")
        listed[item["sha256"]] = item["size"]
    present = {n.removeprefix(ff.ATTACHMENT_DIR) for n in entries if n.startswith(ff.ATTACHMENT_DIR)}
    if present != set(listed):
        raise _mismatch("tệp minh chứng thiếu hoặc thừa so với danh sách", "evidence files are missing or extra")
    used = {t["sha256"]: t["size"] for t in content["attachments"]}
    if set(used) != set(listed) or any(used[k] != listed[k] for k in used):
        raise _mismatch("tệp minh chứng không khớp với nội dung", "the evidence files do not match the content")
    names = {t["sha256"]: t["filename"] for t in content["attachments"]}
    for sha, size in listed.items():
        info = entries[ff.attachment_path(sha)]
        with tempfile.SpooledTemporaryFile(SPOOL_BYTES) as spool:
            if _copy_entry(zf, info, spool) != sha or spool.tell() != size:
                raise _mismatch("mã băm của một tệp minh chứng không khớp", "an evidence file's hash does not match")
            try:
                detect(spool, names[sha])
            except EvidenceTypeError as exc:
                shown = shown_name(names[sha])
                raise reject(f"Tệp minh chứng «{shown}» trong tệp dữ liệu không được nhận: {exc.why_vi}. Chỉ nhận "
                             f"{ALLOWED_TEXT_VI}; hãy đề nghị trường thay tệp đó rồi gửi lại.",
                             f"The evidence file '{shown}' in the data file is not accepted: {exc.why_en}. Only "
                             f"{ALLOWED_TEXT_EN} are accepted; ask the school to replace it and resend.") from None
    return listed


def _copy_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, out: BinaryIO) -> str:
    """Copy one entry to ``out`` in pieces (never past its declared size); its SHA-256."""
    digest, left = hashlib.sha256(), info.file_size
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(min(1 << 20, left + 1)):
                left -= len(chunk)
                if left < 0:
                    break
                digest.update(chunk)
                out.write(chunk)
    except (*_ZIP_ERRORS, OSError, zlib.error):
        raise _not_papi() from None
    if left != 0:
        raise _unsafe("kích thước thật khác kích thước khai báo", "actual size differs from the declared size",
                      info.filename)
    return digest.hexdigest()


def _check_signature(manifest: dict, raw: dict[str, bytes]) -> tuple[bytes | None, SignerInfo | None]:
    der = raw.get(ff.SIGNATURE)
    if manifest.get("signature") and der is None:
        raise _mismatch("chữ ký số đã bị gỡ khỏi tệp", "the digital signature was removed from the file")
    if der is None:
        return None, None
    from papi_desktop.exchange.signing import SignatureInvalid, verify_detached

    try:
        return der, verify_detached(raw[ff.MANIFEST], der)
    except SignatureInvalid as exc:
        raise reject(exc.vi + " Hãy xin trường gửi lại tệp.", exc.en + " Ask the school to resend the file.") from None
