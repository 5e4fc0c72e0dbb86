"""Checking a signed report: is the signature intact, who signed, when, and which verification code it carries.

"Intact" means: the last signature is cryptographically valid, the signed bytes are unchanged, and nothing
but signature-related updates follows it. Whether the signer's certificate chains to a trusted authority is
reported separately (``trusted``): this app works offline and carries no list of Vietnamese CAs.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from papi_desktop.errors import ReportError
from papi_desktop.report.sign import subject_name

CODE_RE = re.compile(r"([A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4})")


@dataclass(frozen=True)
class VerifyResult:
    """Outcome of :func:`verify_pdf`. ``intact`` is what the exit code of ``papi-desktop verify`` reflects."""

    path: Path
    signed: bool
    intact: bool
    trusted: bool = False
    signer: str = ""
    signed_at: str = ""
    verification_code: str | None = None
    signatures: int = 0
    problem_vi: str = ""
    problem_en: str = ""

    def summary(self, lang: str = "vi") -> str:
        """Lines a clerk can read."""
        vi = lang == "vi"
        out = []
        if not self.signed:
            out.append("Tệp chưa được ký số." if vi else "The file is not digitally signed.")
        elif self.intact:
            out.append("Chữ ký số: NGUYÊN VẸN — nội dung không bị thay đổi sau khi ký." if vi else
                       "Signature: INTACT — the content has not changed since signing.")
        else:
            out.append(("Chữ ký số: KHÔNG HỢP LỆ — " if vi else "Signature: NOT VALID — ")
                       + (self.problem_vi if vi else self.problem_en))
        if self.signer:
            out.append(("Người ký: " if vi else "Signed by: ") + self.signer)
        if self.signed_at:
            out.append(("Thời gian ký: " if vi else "Signed at: ") + self.signed_at)
        if self.signed:
            out.append(("Chứng thư số: " if vi else "Certificate: ") + (
                ("được tin cậy" if vi else "trusted") if self.trusted else
                ("chưa xác minh được với tổ chức chứng thực (ứng dụng làm việc ngoại tuyến)" if vi else
                 "not checked against a certification authority (the app works offline)")))
        out.append(("Mã xác thực: " if vi else "Verification code: ") + (
            self.verification_code or ("không có (bản nháp?)" if vi else "none (a draft?)")))
        return "\n".join(out)


def printed_verification_code(data: bytes) -> str | None:
    """The verification code printed on the report (footer of each page), read from the text."""
    from pypdf import PdfReader

    try:
        pages = PdfReader(io.BytesIO(data)).pages
        for index in dict.fromkeys((0, len(pages) - 1)):
            m = CODE_RE.search(pages[index].extract_text() or "")
            if m:
                return m.group(1)
    except Exception:  # a damaged file: pypdf raises many types; the signature check reports the damage
        return None
    return None


def _load_roots(paths) -> list:
    from asn1crypto import pem, x509

    roots = []
    for root in paths or ():
        try:
            data = Path(root).read_bytes()
        except OSError as exc:
            raise ReportError(f"Không đọc được chứng thư gốc {Path(root).name}: {exc.strerror or exc}.",
                              f"Cannot read the root certificate {Path(root).name}: {exc.strerror or exc}.") from None
        if pem.detect(data):
            data = pem.unarmor(data)[2]
        roots.append(x509.Certificate.load(data))
    return roots


def verify_pdf(path: str | Path, *, trust_roots: list[str | Path] | None = None) -> VerifyResult:
    """Check the digital signature(s) of a report PDF. Raises ReportError only if a file cannot be read.

    ``trust_roots``: root certificates (DER or PEM files, e.g. the national root CA) against which ``trusted``
    is decided; without them ``trusted`` is False (the app carries no trust list and never goes online)."""
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko_certvalidator import ValidationContext

    for name in ("pyhanko", "pyhanko_certvalidator"):  # their expected warnings (self-signed…) are not for users
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ReportError(f"Không đọc được tệp {p.name}: {exc.strerror or exc}.",
                          f"Cannot read {p.name}: {exc.strerror or exc}.") from None
    try:
        code = printed_verification_code(data)
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        sigs = list(reader.embedded_signatures)
    except Exception:  # pypdf/pyHanko raise many types on broken files
        return VerifyResult(p, False, False, problem_vi="tệp PDF bị hỏng hoặc không phải PDF.",
                            problem_en="the PDF is damaged or not a PDF.")
    if not sigs:
        return VerifyResult(p, False, False, verification_code=code, problem_vi="tệp chưa được ký.",
                            problem_en="the file is not signed.")
    sig = sigs[-1]
    try:
        status = validate_pdf_signature(sig, signer_validation_context=ValidationContext(
            trust_roots=_load_roots(trust_roots), allow_fetching=False))
    except (SignatureValidationError, PdfReadError, ValueError) as exc:
        return VerifyResult(p, True, False, verification_code=code, signatures=len(sigs),
                            problem_vi=f"không kiểm tra được chữ ký ({exc}).",
                            problem_en=f"the signature cannot be checked ({exc}).")
    signer = subject_name(status.signing_cert) if status.signing_cert is not None else ""
    when = status.signer_reported_dt.isoformat() if status.signer_reported_dt else ""
    allowed = (None, ModificationLevel.NONE, ModificationLevel.LTA_UPDATES)
    problem = ("", "")
    if not status.intact:
        problem = ("nội dung đã bị thay đổi sau khi ký.", "the content was changed after signing.")
    elif not status.valid:
        problem = ("chữ ký không khớp với chứng thư số.", "the signature does not match the certificate.")
    elif status.modification_level not in allowed or status.docmdp_ok is False:
        problem = ("tệp đã bị sửa thêm sau khi ký.", "the file was modified after it was signed.")
    intact = not problem[0]
    return VerifyResult(p, True, intact, trusted=bool(status.trusted), signer=signer, signed_at=when,
                        verification_code=code, signatures=len(sigs), problem_vi=problem[0],
                        problem_en=problem[1])
