"""Digital signatures on the report: PAdES baseline B (pyHanko), from a PKCS#12 file or a USB token (PKCS#11).

The visible signature goes where the builder left room in the signature block (recorded in the PDF's
keywords); it shows the optional signature image (blue PNG) with the seal image (red PNG) overlapping a third of
it on the left, and the signer's details in 10 pt with the signing time in ISO 8601 (Nghị định 30, Phụ lục I).
The appearance is drawn with the report's own font, so no base-14 font enters the signed file either.
"""

from __future__ import annotations

import io
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from papi_desktop.errors import ReportError
from papi_desktop.report.layout import MM, PAGE_W, SIGNATURE_BOX_KEY

FIELD_NAME = "ChuKySo"
TEXT_SIZE = 10


@dataclass(frozen=True)
class SignResult:
    path: Path
    signer: str
    signed_at: str  # ISO 8601 with offset


@dataclass(frozen=True)
class Pkcs11Config:
    """How to reach a key on a USB token: the vendor's PKCS#11 library and, optionally, which token/key."""

    lib_path: str
    pin: str
    token_label: str | None = None
    key_label: str | None = None
    cert_label: str | None = None
    slot: int | None = None
    signature_image: str | Path | None = None
    seal_image: str | Path | None = None


def _fail(vi: str, en: str) -> ReportError:
    return ReportError(vi, en)


def load_p12_signer(p12_path: str | Path, password: str | bytes | None):
    """A pyHanko signer from a PKCS#12 (.p12/.pfx) file; ReportError for a wrong password or a bad file."""
    from pyhanko.sign import signers

    try:
        data = Path(p12_path).read_bytes()
    except OSError as exc:
        raise _fail(f"Không đọc được tệp chứng thư số {Path(p12_path).name}: {exc.strerror or exc}.",
                    f"Cannot read the certificate file {Path(p12_path).name}: {exc.strerror or exc}.") from None
    pw = password.encode("utf-8") if isinstance(password, str) else password
    try:
        return signers.SimpleSigner.load_pkcs12_data(data, other_certs=[], passphrase=pw or None)
    except (ValueError, TypeError):
        raise _fail("Mật khẩu sai hoặc tệp chứng thư số (.p12) không hợp lệ.",
                    "Wrong password, or the certificate file (.p12) is not valid.") from None


def signature_box(pdf: bytes) -> tuple[int, tuple[float, float, float, float]]:
    """(page index, rectangle) of the room for the signature, as the builder recorded it; else bottom right
    of the last page."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    keywords = str((reader.metadata or {}).get("/Keywords", "") or "")
    m = re.search(SIGNATURE_BOX_KEY + r"=(\d+),([\d.]+),([\d.]+),([\d.]+),([\d.]+)", keywords)
    if m:
        page = int(m.group(1)) - 1
        return page, tuple(float(m.group(i)) for i in range(2, 6))  # type: ignore[return-value]
    right = PAGE_W - 15 * MM
    return len(reader.pages) - 1, (right - 80 * MM, 25 * MM, right, 55 * MM)


def subject_name(cert) -> str:
    """The signer's common name (or the whole subject) from an asn1crypto certificate."""
    subject = cert.subject.native
    return unicodedata.normalize("NFC", subject.get("common_name") or cert.subject.human_friendly)


def appearance_pdf(width: float, height: float, lines: list[str], signature_image: str | Path | None = None,
                   seal_image: str | Path | None = None) -> bytes:
    """One-page PDF of the box size: signature image above the signer's details (10 pt); the seal covers the
    full height on the left, overlapping about a third of the signature (NĐ 30, Phụ lục I)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from papi_desktop.report.fonts import register_fonts

    fonts = register_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(width, height), initialFontName=fonts.family)
    text_h = len(lines) * TEXT_SIZE * 1.2 + 4
    img_h = height - text_h
    try:
        if seal_image:
            # the red seal at (nearly) true size over the whole height, left of the signature it overlaps
            seal_x = width * 0.35 - height * 2 / 3 if signature_image else width / 2 - height / 2
            c.drawImage(ImageReader(str(seal_image)), max(0, seal_x), 0, height, height, mask="auto",
                        preserveAspectRatio=True)
        if signature_image and img_h > 10:
            img = ImageReader(str(signature_image))
            iw, ih = img.getSize()
            w = min(width * 0.6, img_h * iw / ih)
            c.drawImage(img, width * 0.35, text_h, w, img_h, mask="auto", preserveAspectRatio=True, anchor="sw")
    except OSError as exc:
        raise _fail(f"Không đọc được ảnh chữ ký hoặc con dấu: {exc}.",
                    f"Cannot read the signature or seal image: {exc}.") from None
    c.setFont(fonts.family, TEXT_SIZE)
    c.setFillColorRGB(0, 0, 0.55)
    y = text_h - TEXT_SIZE - 1
    for line in lines:
        c.drawCentredString(width / 2, y, line)
        y -= TEXT_SIZE * 1.2
    c.showPage()
    c.save()
    return buf.getvalue()


def _sign(signer, in_path: str | Path, out_path: str | Path, *, signature_image=None, seal_image=None,
          reason: str | None = None, location: str | None = None, visible: bool = True) -> SignResult:
    from pyhanko.pdf_utils.content import ImportedPdfPage
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import StaticStampStyle

    try:
        data = Path(in_path).read_bytes()
    except OSError as exc:
        raise _fail(f"Không đọc được tệp {Path(in_path).name}: {exc.strerror or exc}.",
                    f"Cannot read {Path(in_path).name}: {exc.strerror or exc}.") from None
    name = subject_name(signer.signing_cert)
    when = datetime.now().astimezone().replace(microsecond=0).isoformat()
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        existing = len(list(fields.enumerate_sig_fields(writer)))
    except (PdfError, ValueError) as exc:
        raise _fail(f"Tệp {Path(in_path).name} không phải PDF hợp lệ ({exc}).",
                    f"{Path(in_path).name} is not a valid PDF ({exc}).") from None
    # a second signature (e.g. a counter-signature) gets its own field and no second stamp over the first
    field_name = FIELD_NAME if not existing else f"{FIELD_NAME}{existing + 1}"
    visible = visible and not existing
    page, raw_box = signature_box(data)
    box = tuple(round(v) for v in raw_box)
    meta = signers.PdfSignatureMetadata(
        field_name=field_name, subfilter=fields.SigSeedSubFilter.PADES, md_algorithm="sha256",
        reason=reason or "Ký báo cáo tự đánh giá", location=location, name=name,
    )
    with tempfile.TemporaryDirectory() as tmp:
        style = None
        if visible:
            lines = [f"Ký bởi: {name}", f"Thời gian ký: {when}"]
            look = Path(tmp) / "appearance.pdf"
            look.write_bytes(appearance_pdf(box[2] - box[0], box[3] - box[1], lines, signature_image, seal_image))
            style = StaticStampStyle(background=ImportedPdfPage(str(look)), border_width=0, background_opacity=1)
        spec = fields.SigFieldSpec(sig_field_name=field_name, on_page=page, box=box if visible else None)
        pdf_signer = signers.PdfSigner(meta, signer=signer, stamp_style=style, new_field_spec=spec)
        try:
            out = io.BytesIO()
            pdf_signer.sign_pdf(writer, output=out)
        except (PdfError, ValueError) as exc:
            raise _fail(f"Không ký được tệp PDF: {exc}.", f"Cannot sign the PDF: {exc}.") from None
    from papi_desktop.outputs import write_bytes

    write_bytes(out_path, out.getvalue(), ReportError)
    return SignResult(Path(out_path), name, when)


def sign_pdf(in_path: str | Path, out_path: str | Path, p12_path: str | Path, password: str | bytes | None, *,
             signature_image: str | Path | None = None, seal_image: str | Path | None = None,
             reason: str | None = None, location: str | None = None, visible: bool = True) -> SignResult:
    """Sign ``in_path`` into ``out_path`` (may be the same file) with the key of a PKCS#12 file."""
    signer = load_p12_signer(p12_path, password)
    return _sign(signer, in_path, out_path, signature_image=signature_image, seal_image=seal_image,
                 reason=reason, location=location, visible=visible)


def sign_pdf_pkcs11(in_path: str | Path, out_path: str | Path, token: Pkcs11Config, *,
                    signature_image: str | Path | None = None, seal_image: str | Path | None = None,
                    reason: str | None = None, location: str | None = None, visible: bool = True) -> SignResult:
    """Sign with a key on a USB token through its PKCS#11 library (``token.lib_path``)."""
    from pyhanko.config.pkcs11 import TokenCriteria
    from pyhanko.sign.pkcs11 import PKCS11Signer, open_pkcs11_session

    try:
        session = open_pkcs11_session(
            token.lib_path, slot_no=token.slot,
            token_criteria=TokenCriteria(label=token.token_label) if token.token_label else None,
            user_pin=token.pin,
        )
    except Exception as exc:  # pkcs11 raises many unrelated types (library missing, wrong PIN, no token)
        raise _fail(f"Không mở được thiết bị ký số (USB token): {type(exc).__name__} {exc}. Hãy cắm token, kiểm "
                    "tra mã PIN và đường dẫn thư viện PKCS#11.",
                    f"Cannot open the signing token: {type(exc).__name__} {exc}. Plug in the token and check the "
                    "PIN and the PKCS#11 library path.") from None
    try:
        signer = PKCS11Signer(session, cert_label=token.cert_label or token.key_label, key_label=token.key_label)
        return _sign(signer, in_path, out_path, signature_image=signature_image or token.signature_image,
                     seal_image=seal_image or token.seal_image, reason=reason, location=location, visible=visible)
    finally:
        session.close()
