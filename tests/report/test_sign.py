"""Digital signatures: PAdES with a PKCS#12 file, checked by pyHanko, poppler's pdfsig and our verify."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from papi_desktop.errors import ReportError
from papi_desktop.report.api import sign_pdf, verify_pdf
from papi_desktop.report.builder import build_report

from .conftest import BASE14, all_fonts, png


@pytest.fixture
def report_pdf(final_parts, tmp_path):
    """The sample school's finalised report as a file."""
    _, _, cat, snap = final_parts
    path = tmp_path / "bao-cao.pdf"
    build_report(snap, cat, path)
    return path, snap


@pytest.fixture
def signed_pdf(report_pdf, p12_file, tmp_path):
    path, snap = report_pdf
    out = tmp_path / "bao-cao-da-ky.pdf"
    sign_pdf(path, out, p12_file[0], p12_file[1])
    return out, snap


def test_signed_report_validates_with_pyhanko(signed_pdf):
    """pyHanko finds one PAdES signature covering the whole file, intact and cryptographically valid."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    out, _ = signed_pdf
    with out.open("rb") as f:
        [sig] = PdfFileReader(f).embedded_signatures
        status = validate_pdf_signature(sig, signer_validation_context=ValidationContext(trust_roots=[]))
        assert status.intact and status.valid
        assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
        assert sig.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"


@pytest.mark.skipif(not shutil.which("pdfsig"), reason="poppler-utils (pdfsig) not installed")
def test_signed_report_validates_with_pdfsig(signed_pdf):
    """poppler's pdfsig reports the signature valid and the whole document signed."""
    out, _ = signed_pdf
    result = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True, timeout=60)
    assert "Signature is Valid" in result.stdout
    assert "Total document signed" in result.stdout
    assert "Nguyễn Thị Hoa" in result.stdout


def test_verify_reports_intact_signer_and_code(signed_pdf):
    """verify says intact, names the signer and reads the printed verification code."""
    out, snap = signed_pdf
    result = verify_pdf(out)
    assert result.signed and result.intact and not result.trusted
    assert result.signer == "Nguyễn Thị Hoa"
    assert result.verification_code == snap["verification_code"]
    assert "NGUYÊN VẸN" in result.summary("vi")


def test_tampered_bytes_fail_verify(signed_pdf, tmp_path):
    """Changing one byte of the signed content makes verify fail."""
    out, _ = signed_pdf
    data = bytearray(out.read_bytes())
    i = data.index(b"/Title")
    data[i + 10] ^= 0x01
    bad = tmp_path / "sua.pdf"
    bad.write_bytes(bytes(data))
    result = verify_pdf(bad)
    assert result.signed and not result.intact
    assert "thay đổi" in result.problem_vi


def test_content_added_after_signing_fails_verify(signed_pdf, tmp_path):
    """An incremental update that changes a page after signing makes verify fail."""
    import io

    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    out, _ = signed_pdf
    w = IncrementalPdfFileWriter(io.BytesIO(out.read_bytes()))
    page = w.root["/Pages"]["/Kids"][0].get_object()
    page["/Rotate"] = generic.NumberObject(90)
    w.update_container(page)
    buf = io.BytesIO()
    w.write(buf)
    bad = tmp_path / "them.pdf"
    bad.write_bytes(buf.getvalue())
    assert not verify_pdf(bad).intact


def test_unsigned_report_is_not_intact(report_pdf):
    """An unsigned report is reported as not signed (verify exits 1 for it)."""
    result = verify_pdf(report_pdf[0])
    assert not result.signed and not result.intact
    assert result.verification_code == report_pdf[1]["verification_code"]


def test_visible_signature_sits_in_the_signature_block(signed_pdf):
    """The signature widget is on the last page inside the room left under the signer's title, and its
    appearance uses the report font (no base-14 font in the signed file)."""
    from pypdf import PdfReader

    out, _ = signed_pdf
    reader = PdfReader(str(out))
    last = reader.pages[-1]
    widgets = [a.get_object() for a in last.get("/Annots") or [] if a.get_object().get("/FT") == "/Sig"]
    assert len(widgets) == 1
    x1, y1, _, y2 = (float(v) for v in widgets[0]["/Rect"])
    assert x1 > 595 * 0.45 and y2 - y1 > 80
    assert b"Helvetica" not in out.read_bytes() and b"Courier" not in out.read_bytes()
    for f in all_fonts(out.read_bytes()):
        assert str(f["/BaseFont"]).lstrip("/").split("+")[-1] not in BASE14


def test_signature_and_seal_images_are_accepted(report_pdf, p12_file, tmp_path):
    """A blue signature PNG and a red seal PNG are drawn into the visible signature; it stays valid."""
    path, _ = report_pdf
    sig = png(tmp_path / "chu-ky.png", (20, 40, 200))
    seal = png(tmp_path / "con-dau.png", (210, 20, 20), size=(200, 200))
    out = tmp_path / "co-anh.pdf"
    sign_pdf(path, out, p12_file[0], p12_file[1], signature_image=sig, seal_image=seal)
    assert verify_pdf(out).intact
    assert out.stat().st_size > path.stat().st_size


def test_wrong_password_is_a_clear_error(report_pdf, p12_file, tmp_path):
    """A wrong .p12 password raises ReportError with a sentence the principal can act on."""
    with pytest.raises(ReportError) as exc:
        sign_pdf(report_pdf[0], tmp_path / "x.pdf", p12_file[0], "sai-mat-khau")
    assert "Mật khẩu sai" in exc.value.vi
    assert not (tmp_path / "x.pdf").exists()


def test_second_signature_and_trusted_root(signed_pdf, p12_file, tmp_path):
    """Signing a signed report adds a second, invisible signature that verifies; given the signer's own
    certificate as trust root, the signature counts as trusted."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    out, _ = signed_pdf
    twice = tmp_path / "hai-chu-ky.pdf"
    sign_pdf(out, twice, p12_file[0], p12_file[1])
    result = verify_pdf(twice)
    assert result.intact and result.signatures == 2
    cert = pkcs12.load_key_and_certificates(p12_file[0].read_bytes(), p12_file[1].encode())[1]
    root = tmp_path / "goc.pem"
    root.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    assert verify_pdf(twice, trust_roots=[root]).trusted
    assert not verify_pdf(twice).trusted


def test_signing_a_non_pdf_is_a_clear_error(p12_file, tmp_path):
    """Signing a file that is not a PDF raises ReportError naming the file."""
    bad = tmp_path / "khong-phai.pdf"
    bad.write_text("xin chào", encoding="utf-8")
    with pytest.raises(ReportError) as exc:
        sign_pdf(bad, tmp_path / "x.pdf", p12_file[0], p12_file[1])
    assert "khong-phai.pdf" in exc.value.vi
