"""Which evidence files the app accepts, decided by their content (never their name), and safe names for them.

Evidence is what a school scans or writes to back an answer: documents and photos. The allow-list is what a
Vietnamese school office produces and every office PC opens with its standard viewer, and nothing that can carry
a program or a macro:

========  =====================================================================================================
PDF       starts with ``%PDF-``
JPEG      starts with ``FF D8 FF``
PNG       the 8-byte PNG signature followed by an ``IHDR`` chunk
DOCX      a sound ZIP with ``[Content_Types].xml`` naming ``word/document.xml`` as a Word document
XLSX      the same with ``xl/workbook.xml`` as an Excel workbook
PPTX      the same with ``ppt/presentation.xml`` as a PowerPoint presentation
ODT/ODS   a sound ZIP whose first entry ``mimetype`` says OpenDocument text / spreadsheet, with ``content.xml``
========  =====================================================================================================

Refused inside the ZIP-based types: macros (``vbaProject.bin``, macro-enabled content types and files, OpenDocument
``Basic/`` and ``Scripts/``), ActiveX controls, embedded OLE objects (``embeddings/oleObject*.bin``, any OLE
container — an OLE "package" can carry any program), any entry with a program's extension or starting with a
program header (``MZ``, ELF), encrypted or
absolute/``..`` entries, and archives that unpack to more than :data:`MAX_UNPACKED_BYTES`. Old binary Office files
(``.doc``, ``.xls``) and password-protected Office files (both OLE containers that can carry macros) are refused
with the advice to save as PDF.

:func:`detect` reads a seekable binary file (a file, ``BytesIO``, a spooled temporary file) and returns the
:class:`EvidenceType` or raises :class:`EvidenceTypeError` with the reason in Vietnamese and English.
:func:`safe_name` gives the name a copy of the file may carry on any PC: no control or bidi characters, no
characters or device names Windows reserves, at most :data:`MAX_NAME_CHARS` characters, and the extension of
the detected type (so ``Bien-ban-hop\\u202efdp.exe`` holding a PDF becomes ``Bien-ban-hopfdp.pdf``).
"""

from __future__ import annotations

import posixpath
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from typing import BinaryIO

from papi_desktop.core.text import UNSAFE_CHARS
from papi_desktop.errors import ValidationError

MAX_NAME_CHARS = 120
MAX_ZIP_ENTRIES = 5000
MAX_UNPACKED_BYTES = 500 * 1024 * 1024


@dataclass(frozen=True)
class EvidenceType:
    """One accepted kind of evidence file."""

    key: str
    extension: str  # with the dot, lower case
    mime: str
    label: str  # what a person calls it


PDF = EvidenceType("pdf", ".pdf", "application/pdf", "PDF")
JPEG = EvidenceType("jpeg", ".jpg", "image/jpeg", "JPEG")
PNG = EvidenceType("png", ".png", "image/png", "PNG")
DOCX = EvidenceType("docx", ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "Word (.docx)")
XLSX = EvidenceType("xlsx", ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "Excel (.xlsx)")
PPTX = EvidenceType("pptx", ".pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                    "PowerPoint (.pptx)")
ODT = EvidenceType("odt", ".odt", "application/vnd.oasis.opendocument.text", "OpenDocument (.odt)")
ODS = EvidenceType("ods", ".ods", "application/vnd.oasis.opendocument.spreadsheet", "OpenDocument (.ods)")
ALLOWED = (PDF, JPEG, PNG, DOCX, XLSX, PPTX, ODT, ODS)
ALLOWED_TEXT_VI = "PDF, ảnh JPEG/PNG, Word/Excel/PowerPoint (.docx, .xlsx, .pptx) hoặc OpenDocument (.odt, .ods)"
ALLOWED_TEXT_EN = "PDF, JPEG/PNG pictures, Word/Excel/PowerPoint (.docx, .xlsx, .pptx) or OpenDocument (.odt, .ods)"

# main part → (type, content type it must have in [Content_Types].xml)
_OOXML = {
    "word/document.xml": (DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
    "xl/workbook.xml": (XLSX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
    "ppt/presentation.xml": (PPTX,
                             "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"),
}
_ODF = {ODT.mime: ODT, ODS.mime: ODS}
_PROGRAM_EXTENSIONS = frozenset({
    ".exe", ".dll", ".scr", ".com", ".bat", ".cmd", ".pif", ".msi", ".msp", ".cpl", ".sys", ".lnk", ".url", ".hta",
    ".js", ".jse", ".vbs", ".vbe", ".wsf", ".wsh", ".ps1", ".psm1", ".jar", ".class", ".reg", ".inf", ".chm", ".py",
    ".sh", ".app", ".elf", ".so", ".dylib", ".apk"})
_MACRO_EXTENSIONS = frozenset({".docm", ".dotm", ".xlsm", ".xltm", ".xlsb", ".xlam", ".pptm", ".potm", ".ppsm",
                               ".ppam"})
# what an Office document may embed (charts' data, pictures); anything else in embeddings/ (oleObject*.bin…) is not
_EMBEDDABLE = frozenset({".xlsx", ".docx", ".pptx", ".png", ".jpg", ".jpeg", ".gif", ".emf", ".wmf", ".pdf"})
_WINDOWS_RESERVED = re.compile(r"(CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³])", re.IGNORECASE)
_EXTENSION = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,4}$")
_WINDOWS_BAD = re.compile(r'[<>:"/\\|?*]')


class EvidenceTypeError(ValidationError):
    """An evidence file whose content is not one of the accepted kinds (or carries macros or programs).
    ``why_vi``/``why_en`` say why in a few words, for callers that write their own sentence."""

    def __init__(self, vi: str, en: str, why_vi: str = "", why_en: str = ""):
        super().__init__(vi, en)
        self.why_vi, self.why_en = why_vi, why_en


def _refuse(name: str, why_vi: str, why_en: str) -> EvidenceTypeError:
    shown = shown_name(name)
    return EvidenceTypeError(
        f"Tệp minh chứng «{shown}» không được nhận: {why_vi}. Chỉ nhận {ALLOWED_TEXT_VI}; hãy lưu lại thành PDF "
        "(hoặc chụp ảnh) rồi đính kèm lại.",
        f"The evidence file '{shown}' is not accepted: {why_en}. Only {ALLOWED_TEXT_EN} are accepted; save it as "
        "PDF (or take a picture) and attach it again.", why_vi, why_en)


def shown_name(name: str) -> str:
    """A file name fit for a message: unsafe characters dropped, at most 80 characters."""
    return UNSAFE_CHARS.sub("", name or "")[:80]


def detect(fh: BinaryIO, name: str = "") -> EvidenceType:
    """The accepted type of the seekable file ``fh`` (``name`` is only for the message); else EvidenceTypeError."""
    fh.seek(0)
    head = fh.read(16)
    fh.seek(0)
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR":
        return PNG
    if head.startswith(b"PK\x03\x04"):
        return _zip_type(fh, name)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise _refuse(name, "đây là tệp Office kiểu cũ (.doc, .xls) hoặc có đặt mật khẩu, có thể chứa macro",
                      "it is an old-style Office file (.doc, .xls) or a password-protected one, which can carry "
                      "macros")
    if head.startswith(b"MZ") or head.startswith(b"\x7fELF"):
        raise _refuse(name, "đây là một chương trình", "it is a program")
    if not head:
        raise _refuse(name, "tệp rỗng", "the file is empty")
    raise _refuse(name, "loại tệp này không nằm trong danh sách được nhận", "this kind of file is not on the list")


def _zip_type(fh: BinaryIO, name: str) -> EvidenceType:
    try:
        zf = zipfile.ZipFile(fh)
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, NotImplementedError,
            UnicodeDecodeError, KeyError, IndexError):
        raise _refuse(name, "tệp nén (ZIP) bị hỏng", "the ZIP container is damaged") from None
    with zf:
        names = [i.filename for i in infos]
        if len(infos) > MAX_ZIP_ENTRIES or sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES:
            raise _refuse(name, "tệp nén chứa quá nhiều dữ liệu", "the archive unpacks to too much data")
        for info in infos:
            _check_entry(zf, info, name)
        if names and names[0] == "mimetype":
            return _odf_type(zf, names, name)
        if "[Content_Types].xml" in names:
            return _ooxml_type(zf, names, name)
    raise _refuse(name, "đây là một tệp nén (ZIP), không phải tài liệu", "it is a ZIP archive, not a document")


def _check_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    n = info.filename
    lower = n.lower()
    base = posixpath.basename(lower)
    if info.flag_bits & 0x1:
        raise _refuse(name, "tệp có phần được đặt mật khẩu", "part of it is password-protected")
    if n.startswith(("/", "\\")) or ".." in re.split(r"[\\/]", n) or re.match(r"^[A-Za-z]:", n):
        raise _refuse(name, "tệp nén có đường dẫn không an toàn", "the archive holds an unsafe path")
    ext = posixpath.splitext(base)[1]
    embedded = "/embeddings/" in f"/{lower}" and ext not in _EMBEDDABLE
    if base == "vbaproject.bin" or embedded or lower.startswith(("basic/", "scripts/")) \
            or "/activex/" in f"/{lower}" or ext in _MACRO_EXTENSIONS:
        raise _refuse(name, "tài liệu có chứa macro hoặc đối tượng nhúng", "the document holds macros or embedded "
                      "objects")
    if ext in _PROGRAM_EXTENSIONS:
        raise _refuse(name, "tài liệu có chứa một chương trình", "the document holds a program")
    if info.file_size >= 4:
        try:
            with zf.open(info) as member:
                magic = member.read(8)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
            raise _refuse(name, "tệp nén (ZIP) bị hỏng", "the ZIP container is damaged") from None
        if magic.startswith((b"MZ", b"\x7fELF")):
            raise _refuse(name, "tài liệu có chứa một chương trình", "the document holds a program")
        if magic == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
            raise _refuse(name, "tài liệu có chứa đối tượng nhúng kiểu cũ (OLE)", "the document holds an embedded "
                          "old-style (OLE) object")


def _read_small(zf: zipfile.ZipFile, member: str, limit: int = 1024 * 1024) -> bytes:
    with zf.open(member) as fh:
        return fh.read(limit)


def _ooxml_type(zf: zipfile.ZipFile, names: list[str], name: str) -> EvidenceType:
    types = _read_small(zf, "[Content_Types].xml").decode("utf-8", "replace")
    if "macroEnabled" in types or "vnd.ms-office.vbaProject" in types:
        raise _refuse(name, "tài liệu có chứa macro", "the document holds macros")
    for part, (kind, content_type) in _OOXML.items():
        if part in names and re.search(r'PartName="/' + re.escape(part) + r'"\s+ContentType="'
                                       + re.escape(content_type) + '"', types):
            return kind
    raise _refuse(name, "tệp Office không có phần nội dung chính như một tài liệu thường", "the Office file lacks "
                  "the main part of a normal document")


def _odf_type(zf: zipfile.ZipFile, names: list[str], name: str) -> EvidenceType:
    mime = _read_small(zf, "mimetype", 200).decode("ascii", "replace").strip()
    kind = _ODF.get(mime)
    if kind is None or "content.xml" not in names:
        raise _refuse(name, "tệp OpenDocument không phải văn bản hay bảng tính", "the OpenDocument file is not a "
                      "text document or a spreadsheet")
    return kind


def safe_name(name: str, kind: EvidenceType) -> str:
    """A name a copy of the file may carry on any PC, with the extension of the detected ``kind``.

    Drops control and bidi characters and characters Windows forbids, any extension the name claimed, trailing
    dots and spaces; a Windows device name (``CON``, ``NUL``, ``COM1``…) gets a leading ``_``; at most
    :data:`MAX_NAME_CHARS` characters in all. Never raises.
    """
    text = unicodedata.normalize("NFC", name or "")
    text = UNSAFE_CHARS.sub("", text).replace("\t", " ").replace("\n", " ")
    text = _WINDOWS_BAD.sub("_", posixpath.basename(text.replace("\\", "/")))
    stem = text
    while _EXTENSION.search(stem) and _EXTENSION.sub("", stem):  # "hop.pdf.exe" → "hop": no claimed extension
        stem = _EXTENSION.sub("", stem)
    stem = " ".join(stem.split()).strip(" .")
    if not stem:
        stem = "minh-chung"
    if _WINDOWS_RESERVED.fullmatch(stem):
        stem = "_" + stem
    return stem[: MAX_NAME_CHARS - len(kind.extension)].rstrip(" .") + kind.extension
