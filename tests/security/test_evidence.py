"""Evidence files: accepted by content (never by name), stored under safe names, opened only as marked copies."""

from __future__ import annotations

import io
import zipfile

import pytest

from papi_desktop.core.evidence_types import (
    DOCX,
    JPEG,
    ODS,
    ODT,
    PDF,
    PNG,
    PPTX,
    XLSX,
    EvidenceTypeError,
    detect,
    safe_name,
)
from tests.security.conftest import db_dump

_OOXML_MAIN = {
    "docx": ("word/document.xml", "wordprocessingml.document.main+xml"),
    "xlsx": ("xl/workbook.xml", "spreadsheetml.sheet.main+xml"),
    "pptx": ("ppt/presentation.xml", "presentationml.presentation.main+xml"),
}


def ooxml(kind: str = "docx", extra: dict[str, bytes] | None = None, content_type: str | None = None) -> bytes:
    part, ctype = _OOXML_MAIN[kind]
    ctype = content_type or f"application/vnd.openxmlformats-officedocument.{ctype}"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", f'<Types><Override PartName="/{part}" ContentType="{ctype}"/></Types>')
        zf.writestr(part, "<x/>")
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()


def odf(mime: str, extra: dict[str, bytes] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), mime)
        zf.writestr("content.xml", "<office:document-content/>")
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()


GOOD = {
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", PDF),
    "jpeg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", JPEG),
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01", PNG),
    "docx": (ooxml("docx", {"word/media/image1.png": b"\x89PNG"}), DOCX),
    "xlsx": (ooxml("xlsx", {"xl/printerSettings/printerSettings1.bin": b"\x00\x01"}), XLSX),
    "pptx": (ooxml("pptx"), PPTX),
    "odt": (odf("application/vnd.oasis.opendocument.text"), ODT),
    "ods": (odf("application/vnd.oasis.opendocument.spreadsheet"), ODS),
}
BAD = {
    "exe": (b"MZ\x90\x00" + b"\x00" * 100, "chương trình"),
    "elf": (b"\x7fELF\x02\x01\x01" + b"\x00" * 100, "chương trình"),
    "old-doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "kiểu cũ"),
    "docm": (ooxml("docx", content_type="application/vnd.ms-word.document.macroEnabled.main+xml"), "macro"),
    "vba": (ooxml("xlsx", {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0"}), "macro"),
    "ole-object": (ooxml("docx", {"word/embeddings/oleObject1.bin": b"\xd0\xcf\x11\xe0"}), "đối tượng nhúng"),
    "activex": (ooxml("docx", {"word/activeX/activeX1.xml": b"<ax/>"}), "macro"),
    "nested-exe": (ooxml("docx", {"word/media/setup.exe": b"MZ" + b"\x00" * 50}), "chương trình"),
    "hidden-exe": (ooxml("docx", {"word/media/image2.png": b"MZ" + b"\x00" * 50}), "chương trình"),
    "odf-basic": (odf("application/vnd.oasis.opendocument.text", {"Basic/Standard/Module1.xml": b"<m/>"}), "macro"),
    "plain-zip": (odf("application/zip"), "OpenDocument"),
    "zip": (ooxml("docx")[:0] + b"PK\x03\x04" + b"\x00" * 40, "hỏng"),
    "html": (b"<html><script>alert(1)</script></html>", "danh sách"),
    "empty": (b"", "rỗng"),
}


@pytest.mark.parametrize("kind", sorted(GOOD))
def test_accepted_types_are_recognised_by_content(kind):
    """PDF, JPEG, PNG, DOCX, XLSX, PPTX, ODT and ODS are recognised from their bytes, whatever the name."""
    data, expected = GOOD[kind]
    assert detect(io.BytesIO(data), "ten-gi-cung-duoc.exe") == expected


@pytest.mark.parametrize("kind", sorted(BAD))
def test_programs_macros_and_unknown_types_are_refused(kind):
    """Programs, macro documents, embedded OLE objects, ActiveX, old binary Office files and anything else are
    refused with the reason and the list of accepted types."""
    data, words = BAD[kind]
    with pytest.raises(EvidenceTypeError) as err:
        detect(io.BytesIO(data), "Biên bản.pdf")
    assert words in err.value.vi and "PDF" in err.value.vi and err.value.en.endswith(".")


@pytest.mark.parametrize(("name", "safe"), [
    ("Bien-ban-hop\u202efdp.exe", "Bien-ban-hopfdp.pdf"),
    ("a\x00b\x1b[2J.pdf", "ab[2J.pdf"),
    ("CON.pdf", "_CON.pdf"),
    ("nul", "_nul.pdf"),
    ("com1.txt", "_com1.pdf"),
    ("..\\..\\Windows\\win.ini", "win.pdf"),
    ('bien<ban>:"hop"|?*.pdf', "bien_ban___hop____.pdf"),
    ("Biên bản họp 12.3.2025.pdf", "Biên bản họp 12.3.2025.pdf"),
    ("hop.pdf.exe", "hop.pdf"),
    ("   .  ", "minh-chung.pdf"),
    ("x" * 400 + ".pdf", "x" * 116 + ".pdf"),
])
def test_safe_names(name, safe):
    """Names lose control and bidi characters, Windows-reserved names and characters, claimed extensions; they are
    capped at 120 characters and take the extension of the detected type. A NUL never raises."""
    assert safe_name(name, PDF) == safe


def test_attach_refuses_a_program_and_changes_nothing(repo):
    """The school app refuses to attach a program named .pdf; the database is unchanged."""
    from papi_desktop.core.model import School

    repo.save_school(School(code="TH01", name="Trường Tiểu học A"))
    a = repo.create_assessment(school_code="TH01", school_year="2025-2026")
    cid = repo.catalogue_of(a).criteria[0].id
    before = db_dump(repo)
    with pytest.raises(EvidenceTypeError):
        repo.add_attachment_bytes(a.id, cid, "Biên bản.pdf", b"MZ\x90\x00" + b"\x00" * 100)
    assert db_dump(repo) == before
    att = repo.add_attachment_bytes(a.id, cid, "Bien-ban-hop\u202efdp.exe", GOOD["pdf"][0])
    assert att.filename == "Bien-ban-hopfdp.pdf"


def test_open_copy_has_a_safe_name_and_the_mark_of_the_web(tmp_path):
    """A copy for the viewer: safe name with the detected extension, and (simulating Windows) the Zone.Identifier
    stream saying zone 3, Internet — Office then opens it in Protected View."""
    from papi_desktop.storage import evidence_copies as ec

    path = ec.copy_for_viewer(GOOD["pdf"][0], "Bien-ban-hop\u202efdp.exe", windows=True)
    try:
        assert path.name == "Bien-ban-hopfdp.pdf" and path.read_bytes() == GOOD["pdf"][0]
        stream = path.with_name(path.name + ":Zone.Identifier")
        assert stream.read_bytes() == b"[ZoneTransfer]\r\nZoneId=3\r\n"
        assert not ec.mark_of_the_web(path, windows=False)
    finally:
        ec.remove_copies()
    assert not path.exists() and not path.parent.exists()


def test_open_copy_refuses_a_program_and_odd_names_never_raise():
    """A program is never copied out for the system to open; a NUL or a device name in the name is harmless."""
    from papi_desktop.storage import evidence_copies as ec

    with pytest.raises(EvidenceTypeError):
        ec.copy_for_viewer(BAD["exe"][0], "anh.jpg")
    try:
        assert ec.copy_for_viewer(GOOD["png"][0], "\x00CON\x00").name == "_CON.png"
    finally:
        ec.remove_copies()


def test_stale_copies_of_a_killed_app_are_removed(tmp_path, monkeypatch):
    """Copies left by an app that did not exit normally are removed after a day (younger ones are kept)."""
    import os
    import tempfile
    import time

    from papi_desktop.storage import evidence_copies as ec

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    old, young = tmp_path / (ec.PREFIX + "old"), tmp_path / (ec.PREFIX + "young")
    for folder in (old, young):
        folder.mkdir()
        (folder / "x.pdf").write_bytes(b"%PDF")
    past = time.time() - 2 * ec.STALE_SECONDS
    os.utime(old, (past, past))
    try:
        ec.copy_for_viewer(GOOD["pdf"][0], "a.pdf")
    finally:
        ec.remove_copies()
    assert not old.exists() and young.exists()
