"""Checking a signed report: every signature, who signed which revision, and whether anything changed since.

A PDF signature covers the file as it was when it was signed (its *revision*); later incremental updates can
add another signature — a counter-signature — or long-term validation data (a document security store, a
document timestamp), and nothing else may change what an earlier signer signed. So the file is **intact** when:

* every signature is cryptographically valid and its signed bytes are unchanged (pyHanko); and
* every revision after the first signed one is either the revision of a later signature (which itself changes
  nothing but signature fields) or an LTA update (DSS, document timestamp) — judged revision by revision with
  pyHanko's difference analysis (:class:`pyhanko.sign.diff_analysis.StandardDiffPolicy`).

Otherwise the result names the revision that changed the document and the signatures it broke. Whether the
signers' certificates chain to a trusted authority is reported separately (``trusted``, with ``--trust-root``):
this app works offline and carries no list of Vietnamese CAs. A damaged, encrypted or oversized file gives a
sentence, never a traceback.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from papi_desktop.errors import ReportError
from papi_desktop.report.sign import subject_name

CODE_RE = re.compile(r"([A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4})")
MAX_PDF_BYTES = 200 * 1024 * 1024  # a report is a few hundred KB; scans attached to it would still fit


@dataclass(frozen=True)
class SignatureCheck:
    """One signature of the file: who, when, which revision it signed, and whether it still holds."""

    number: int  # 1 = the first signed
    signer: str
    signed_at: str
    revision: int  # the file's revision (1-based) this signature made
    valid: bool  # cryptographically valid, its signed bytes unchanged
    trusted: bool
    fingerprint: str  # SHA-256 of the signer's certificate, hex
    broken_by: int | None = None  # the revision that changed what this signature covers


@dataclass(frozen=True)
class VerifyResult:
    """Outcome of :func:`verify_pdf`. ``intact`` is what the exit code of ``papi-desktop verify`` reflects;
    ``signer``/``signed_at``/``trusted`` describe the last signature (every one is in ``checks``)."""

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
    checks: tuple[SignatureCheck, ...] = field(default_factory=tuple)

    def summary(self, lang: str = "vi") -> str:
        """Lines a clerk can read."""
        vi = lang == "vi"
        out = []
        if not self.signed:
            out.append(("Tệp chưa được ký số" if vi else "The file is not digitally signed")
                       + (f": {self.problem_vi if vi else self.problem_en}" if self.problem_vi else "."))
        elif self.intact:
            out.append("Chữ ký số: NGUYÊN VẸN — nội dung không bị thay đổi sau khi ký." if vi else
                       "Signature: INTACT — the content has not changed since signing.")
        else:
            out.append(("Chữ ký số: KHÔNG HỢP LỆ — " if vi else "Signature: NOT VALID — ")
                       + (self.problem_vi if vi else self.problem_en))
        for c in self.checks:
            state = (("còn nguyên" if vi else "intact") if c.valid and c.broken_by is None else
                     (f"bị phá bởi thay đổi ở lần sửa {c.broken_by}" if vi else
                      f"broken by the change in revision {c.broken_by}") if c.broken_by else
                     ("không hợp lệ" if vi else "not valid"))
            trust = (("tin cậy" if vi else "trusted") if c.trusted else
                     ("chưa xác minh với tổ chức chứng thực" if vi else "not checked against an authority"))
            out.append((f"Chữ ký {c.number} (lần sửa {c.revision}): {c.signer}, ký lúc {c.signed_at or '?'}, "
                        f"SHA-256 {c.fingerprint[:16].upper()}… — {state}; chứng thư: {trust}.") if vi else
                       (f"Signature {c.number} (revision {c.revision}): {c.signer}, signed at {c.signed_at or '?'}, "
                        f"SHA-256 {c.fingerprint[:16].upper()}… — {state}; certificate: {trust}."))
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
        try:
            if pem.detect(data):
                data = pem.unarmor(data)[2]
            roots.append(x509.Certificate.load(data))
            roots[-1].native  # parse it now: a damaged root is the caller's error, said here  # noqa: B018
        except (ValueError, TypeError, OSError):
            raise ReportError(f"Tệp {Path(root).name} không phải một chứng thư số (DER hoặc PEM).",
                              f"{Path(root).name} is not a certificate (DER or PEM).") from None
    return roots


def _unreadable(p: Path, vi: str, en: str, code: str | None = None) -> VerifyResult:
    return VerifyResult(p, False, False, verification_code=code, problem_vi=vi, problem_en=en)


def verify_pdf(path: str | Path, *, trust_roots: list[str | Path] | None = None) -> VerifyResult:
    """Check every digital signature of a report PDF (see the module docstring). Raises ReportError only if a
    file cannot be read at all; a damaged, encrypted or hostile PDF is a result with the reason.

    ``trust_roots``: root certificates (DER or PEM files, e.g. the national root CA) against which ``trusted``
    is decided; without them ``trusted`` is False (the app carries no trust list and never goes online)."""
    for name in ("pyhanko", "pyhanko_certvalidator"):  # their expected warnings (self-signed…) are not for users
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())
    p = Path(path)
    roots = _load_roots(trust_roots)
    try:
        if p.stat().st_size > MAX_PDF_BYTES:
            return _unreadable(p, f"tệp lớn hơn {MAX_PDF_BYTES // 1048576} MB, không phải một báo cáo.",
                               f"the file is larger than {MAX_PDF_BYTES // 1048576} MB, not a report.")
        data = p.read_bytes()
    except OSError as exc:
        raise ReportError(f"Không đọc được tệp {p.name}: {exc.strerror or exc}.",
                          f"Cannot read {p.name}: {exc.strerror or exc}.") from None
    if not data.lstrip()[:1024].startswith(b"%PDF-") and b"%PDF-" not in data[:1024]:
        return _unreadable(p, "tệp không phải PDF.", "the file is not a PDF.")
    try:
        return _verify(p, data, roots)
    except Exception as exc:  # pyHanko and pypdf raise many types (and RecursionError) on hostile files
        from papi_desktop.logs import log_exception

        log_exception(exc)
        return _unreadable(p, "tệp PDF bị hỏng hoặc có cấu trúc bất thường, không kiểm tra được chữ ký.",
                           "the PDF is damaged or oddly built; its signatures cannot be checked.")


def _verify(p: Path, data: bytes, roots: list) -> VerifyResult:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    code = printed_verification_code(data)
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    if reader.encrypted:
        return _unreadable(p, "tệp PDF có đặt mật khẩu (mã hoá); báo cáo của ứng dụng không bao giờ được mã hoá.",
                           "the PDF is password-protected (encrypted); the app's reports never are.", code)
    sigs = sorted(reader.embedded_signatures, key=lambda s: s.signed_revision)
    if not sigs:
        return _unreadable(p, "tệp chưa được ký.", "the file is not signed.", code)
    checks = []
    for n, sig in enumerate(sigs, start=1):
        status = validate_pdf_signature(sig, signer_validation_context=ValidationContext(
            trust_roots=roots, allow_fetching=False))
        cert = status.signing_cert
        checks.append(SignatureCheck(
            n, subject_name(cert) if cert is not None else "",
            status.signer_reported_dt.isoformat() if status.signer_reported_dt else "", sig.signed_revision + 1,
            bool(status.intact and status.valid), bool(status.trusted),
            cert.sha256.hex() if cert is not None else ""))
    broken = _first_forbidden_revision(reader, sigs)
    if broken is not None:
        checks = [c if c.revision > broken else SignatureCheck(**{**c.__dict__, "broken_by": broken + 1})
                  for c in checks]
    problem = ("", "")
    bad = [c for c in checks if not c.valid]
    hit = [c for c in checks if c.broken_by is not None]
    if bad:
        names = ", ".join(f"{c.number} ({c.signer})" for c in bad)
        problem = (f"chữ ký {names} không khớp với nội dung: nội dung đã bị thay đổi sau khi ký.",
                   f"signature {names} does not match the content: it was changed after signing.")
    elif hit:
        names = ", ".join(f"{c.number} ({c.signer})" for c in hit)
        problem = (f"tệp đã bị sửa ở lần sửa {broken + 1} sau khi ký — không phải một chữ ký khác hay dữ liệu kiểm "
                   f"tra dài hạn — nên chữ ký {names} không còn giá trị.",
                   f"the file was changed in revision {broken + 1} after signing — not by another signature or "
                   f"long-term validation data — which breaks signature {names}.")
    last = checks[-1]
    return VerifyResult(p, True, not problem[0], trusted=all(c.trusted for c in checks), signer=last.signer,
                        signed_at=last.signed_at, verification_code=code, signatures=len(checks),
                        problem_vi=problem[0], problem_en=problem[1], checks=tuple(checks))


def _first_forbidden_revision(reader, sigs) -> int | None:
    """The first revision (0-based) after the first signature that is neither a later signature's revision
    changing only signature fields, nor an LTA update; None when there is none (pyHanko's difference analysis)."""
    from pyhanko.sign.diff_analysis import DEFAULT_DIFF_POLICY, ModificationLevel, SuspiciousModification

    signature_revisions = {s.signed_revision for s in sigs}
    for rev in range(sigs[0].signed_revision + 1, reader.xrefs.total_revisions):
        allowed = ModificationLevel.FORM_FILLING if rev in signature_revisions else ModificationLevel.LTA_UPDATES
        try:
            result = DEFAULT_DIFF_POLICY.apply(reader.get_historical_resolver(rev - 1),
                                               reader.get_historical_resolver(rev), field_mdp_spec=None,
                                               doc_mdp=None)
        except SuspiciousModification:
            return rev
        if result.modification_level > allowed or _changes_other_fields(reader, rev, result):
            return rev
    return None


def _changes_other_fields(reader, rev: int, result) -> bool:
    """The revision changed a form field that is not a signature field (a report has none; filling one after
    signing is "not another signature")."""
    from pyhanko.sign.fields import enumerate_sig_fields

    changed = set(result.changed_form_fields or ())
    if not changed:
        return False
    signature_fields = {f[0] for f in enumerate_sig_fields(reader.get_historical_resolver(rev))}
    return bool(changed - signature_fields)
