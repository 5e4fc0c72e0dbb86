"""`verify` checks every signature: a report changed after the school signed it and then re-signed by an impostor
is not intact; hostile PDFs give a sentence, never a traceback."""

from __future__ import annotations

import io

import pytest

from papi_desktop.report.api import sign_pdf, verify_pdf
from tests.conftest import run_cli
from tests.security import certs

SCHOOL = certs.signer("Nguyễn Thị Hoa", label="school-pdf")
IMPOSTOR = certs.signer("Nguyễn Thị Hoa", label="impostor-pdf")  # same name, another key


@pytest.fixture
def signed(demo_repo, tmp_path):
    """The sample school's finalised report, signed with the school's certificate."""
    from papi_desktop.report.api import render_assessment_pdf

    a = next(x for x in demo_repo.list_assessments() if x.is_final)
    plain = render_assessment_pdf(demo_repo, a.id, tmp_path / "bao-cao.pdf", invariant=True)
    out = tmp_path / "da-ky.pdf"
    sign_pdf(plain, out, certs.p12_file(tmp_path / "truong.p12", SCHOOL), "mk")
    return out


def _root(tmp_path, s) -> str:
    from cryptography.hazmat.primitives import serialization

    path = tmp_path / "goc.pem"
    path.write_bytes(s.certificate.public_bytes(serialization.Encoding.PEM))
    return str(path)


def _change_page(data: bytes, *, sign_with=None) -> bytes:
    """An incremental update that paints "ĐẠT 10/10" over page 1 (and, with ``sign_with``, is signed in the
    very same revision, as an attacker hiding the change in a signature would)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    page_ref = w.root["/Pages"]["/Kids"][0]
    page = page_ref.get_object()
    stream = generic.StreamObject(stream_data=b"BT /F1 40 Tf 100 700 Td (DAT 10/10) Tj ET")
    contents = page["/Contents"]
    parts = list(contents) if isinstance(contents, generic.ArrayObject) else [page.raw_get("/Contents")]
    page["/Contents"] = generic.ArrayObject([*parts, w.add_object(stream)])
    w.update_container(page)
    out = io.BytesIO()
    if sign_with is None:
        w.write(out)
        return out.getvalue()
    from pyhanko.sign import signers

    signer = signers.SimpleSigner(signing_cert=_asn1(sign_with.certificate), signing_key=_asn1_key(sign_with.key),
                                  cert_registry=None)
    signers.PdfSigner(signers.PdfSignatureMetadata(field_name="ChuKySo2"), signer=signer).sign_pdf(w, output=out)
    return out.getvalue()


def _asn1(cert):
    from asn1crypto import x509
    from cryptography.hazmat.primitives import serialization

    return x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def _asn1_key(key):
    from asn1crypto import keys
    from cryptography.hazmat.primitives import serialization

    return keys.PrivateKeyInfo.load(key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                                      serialization.NoEncryption()))


def test_genuine_signed_report_verifies(signed, tmp_path):
    """The school's signed report is intact: one signature, its signer, the revision it signed; exit 0."""
    result = verify_pdf(signed, trust_roots=[_root(tmp_path, SCHOOL)])
    assert result.intact and result.trusted and result.signatures == 1
    [check] = result.checks
    assert check.signer == "Nguyễn Thị Hoa" and check.valid and check.broken_by is None and check.revision >= 2
    r = run_cli("verify", str(signed))
    assert r.returncode == 0 and "NGUYÊN VẸN" in r.stdout and "Chữ ký 1" in r.stdout


def test_counter_signature_keeps_the_report_intact(signed, tmp_path):
    """A second signature (another key) after the school's changes nothing: both listed, intact."""
    twice = tmp_path / "hai-chu-ky.pdf"
    sign_pdf(signed, twice, certs.p12_file(tmp_path / "phong.p12", IMPOSTOR), "mk")
    result = verify_pdf(twice)
    assert result.intact and [c.number for c in result.checks] == [1, 2]
    assert result.checks[0].revision < result.checks[1].revision


def test_change_after_signing_then_resigned_by_an_impostor_is_not_intact(signed, tmp_path):
    """The issue's attack: change page 1 after the school signed, sign again with another key of the same name.
    Not intact (exit 1), even with the school's certificate as trust root, and the school's signature is the one
    named as broken."""
    changed = tmp_path / "sua.pdf"
    changed.write_bytes(_change_page(signed.read_bytes()))
    resigned = tmp_path / "sua-roi-ky-lai.pdf"
    sign_pdf(changed, resigned, certs.p12_file(tmp_path / "gia.p12", IMPOSTOR), "mk")
    result = verify_pdf(resigned, trust_roots=[_root(tmp_path, SCHOOL)])
    assert not result.intact
    first, second = result.checks
    assert first.broken_by is not None and second.broken_by is None
    assert "chữ ký 1" in result.problem_vi and f"lần sửa {first.broken_by}" in result.problem_vi
    r = run_cli("verify", str(resigned), "--trust-root", _root(tmp_path, SCHOOL))
    assert r.returncode == 1 and "KHÔNG HỢP LỆ" in r.stdout and "Traceback" not in r.stderr


def test_change_hidden_in_the_revision_of_a_second_signature_is_caught(signed, tmp_path):
    """Changing the page and signing in one and the same incremental update still breaks the first signature."""
    bad = tmp_path / "cung-luc.pdf"
    bad.write_bytes(_change_page(signed.read_bytes(), sign_with=IMPOSTOR))
    result = verify_pdf(bad)
    assert not result.intact and result.checks[0].broken_by == result.checks[1].revision


def test_unsigned_change_after_signing_is_not_intact(signed, tmp_path):
    """An unsigned incremental update after the signature: not intact, exit 1."""
    bad = tmp_path / "sua.pdf"
    bad.write_bytes(_change_page(signed.read_bytes()))
    result = verify_pdf(bad)
    assert not result.intact and result.checks[0].broken_by is not None


@pytest.mark.parametrize("kind", ["garbage", "truncated", "not-pdf", "encrypted", "huge"])
def test_hostile_pdfs_give_a_sentence_not_a_traceback(signed, tmp_path, kind, monkeypatch):
    """Garbage, a cut-off file, a non-PDF, an encrypted PDF and an oversized file: exit 1 with a sentence."""
    path = tmp_path / f"{kind}.pdf"
    data = signed.read_bytes()
    if kind == "garbage":
        path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 200)
    elif kind == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif kind == "not-pdf":
        path.write_text("Đây không phải PDF", encoding="utf-8")
    elif kind == "encrypted":
        from pypdf import PdfReader, PdfWriter

        w = PdfWriter()
        for page in PdfReader(signed).pages:
            w.add_page(page)
        w.encrypt("mat-khau")
        with path.open("wb") as fh:
            w.write(fh)
    else:
        import papi_desktop.report.verify as v

        monkeypatch.setattr(v, "MAX_PDF_BYTES", 1000)
        path.write_bytes(data)
    result = verify_pdf(path)
    assert not result.intact and result.problem_vi.endswith(".") and result.problem_en.endswith(".")
    if kind != "huge":
        r = run_cli("verify", str(path))
        assert r.returncode == 1 and "Traceback" not in r.stderr + r.stdout and r.stdout.strip()
