"""Signer continuity at the office: trust on first use of each school's signing key, as SSH does with known hosts.

The office records a school's certificate when the first signed file of that school is applied
(:func:`papi_desktop.storage.signers.record_signer`; offices that received signed files before this was kept take
the newest one held). From then on, :func:`check` holds aside — never applies — a file of that school that is
signed with another key, or not signed at all: its result is ``signer_changed``, the command exits 1, and the
sentence names both certificates (subject and SHA-256 fingerprint). Held files never move the school's current
revision, so a forged revision 100000 cannot lock the school out, and a new school year signed by another key
cannot rename the school.

A clerk who has checked with the school (by telephone, say) that it changed its certificate accepts the new one
with :func:`accept_signer` (``papi-desktop import --accept-signer CODE``, or two clicks in the office window): the
acceptance is written to the audit log and the held files are then imported as usual.

With the office setting :data:`REQUIRE_SIGNATURE_KEY` (or ``import --require-signature``) an unsigned file is
rejected outright.
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass
from pathlib import Path

from papi_desktop.errors import ExchangeError
from papi_desktop.storage import signers

REQUIRE_SIGNATURE_KEY = "import.require_signature"
#: why a file was held (``held_files.reason``)
OTHER_KEY, UNSIGNED = "other_key", "unsigned"


@dataclass(frozen=True)
class Verdict:
    """A file that is not applied: ``result`` is ``signer_changed`` (held aside) or ``rejected``."""

    result: str
    vi: str
    en: str
    reason: str = ""
    what_vi: str = ""  # the first sentence alone: which certificates (without what happens to the file)
    what_en: str = ""


def signature_required(repo) -> bool:
    """The office setting: refuse unsigned files."""
    return bool(repo.get_setting(REQUIRE_SIGNATURE_KEY, False))


def set_signature_required(repo, value: bool) -> None:
    repo.set_setting(REQUIRE_SIGNATURE_KEY, bool(value))


def describe_recorded(row: dict, lang: str) -> str:
    """A recorded signer (a ``school_signers`` row) as :meth:`SignerInfo.describe` writes it."""
    return _info(row["subject"], row["cert_sha256"]).describe(lang)


def _info(subject: str, cert_sha256: str):
    from papi_desktop.exchange.signing import SignerInfo

    return SignerInfo(subject, cert_sha256, "", b"", "", False)


def known_signer(repo, school_key: str) -> dict | None:
    """The school's recorded signer; for a school whose signed files were received before signers were recorded,
    the signer of the newest of them is recorded now (first use)."""
    row = signers.school_signer(repo, school_key)
    if row is not None:
        return row
    from papi_desktop.exchange.signing import SignatureInvalid, verify_detached

    for manifest, signature in signers.received_signatures(repo, school_key):
        try:
            info = verify_detached(manifest, signature)
        except SignatureInvalid:
            continue
        signers.record_signer(repo, school_key, info, repo.clock(), from_file="", replace=False)
        return signers.school_signer(repo, school_key)
    return None


def check(repo, x, require_signature: bool) -> Verdict | None:
    """None when file ``x`` (an :class:`~papi_desktop.storage.exchange_store.IncomingFile`) may be applied; else
    why not: rejected (unsigned while signatures are required) or held (``signer_changed``)."""
    from papi_desktop.exchange.import_results import REJECTED, SIGNER_CHANGED

    if x.signer is None and require_signature:
        return Verdict(REJECTED,
                       f"Tệp của trường {x.school_code} không có chữ ký số, mà cơ quan này chỉ nhận tệp đã ký số. Hãy "
                       "đề nghị trường ký số tệp (chứng thư số của nhà trường) rồi gửi lại.",
                       f"The file of school {x.school_code} is not digitally signed, and this office accepts signed "
                       "files only. Ask the school to sign it (with the school's certificate) and resend it.")
    known = known_signer(repo, x.school_key)
    if known is None or not known["key_sha256"] or (x.signer is not None
                                                     and x.signer.key_sha256 == known["key_sha256"]):
        return None
    before_vi, before_en = describe_recorded(known, "vi"), describe_recorded(known, "en")
    how_vi = (f" Nếu trường đã đổi chứng thư số, hãy gọi điện hỏi lại trường rồi chấp nhận chứng thư mới (nút «Chấp "
              f"nhận người ký mới» hoặc lệnh papi-desktop import --accept-signer {x.school_key}).")
    how_en = (f" If the school did change its certificate, check with the school by telephone, then accept the new "
              f"one (the “Accept the new signer” button, or papi-desktop import --accept-signer {x.school_key}).")
    held_vi = " Tệp được giữ riêng và chưa được áp dụng; dữ liệu đang có của trường không thay đổi."
    held_en = " The file is held aside and not applied; the school's data held here is unchanged."
    if x.signer is None:
        what_vi = (f"Tệp của trường {x.school_code} không có chữ ký số, trong khi các tệp trước của trường được ký "
                   f"bằng chứng thư {before_vi}.")
        what_en = (f"The file of school {x.school_code} is not signed, while the school's earlier files were signed "
                   f"with the certificate {before_en}.")
        reason = UNSIGNED
    else:
        what_vi = (f"Tệp của trường {x.school_code} được ký bằng một chứng thư số khác: trước đây {before_vi}, nay "
                   f"{x.signer.describe('vi')}.")
        what_en = (f"The file of school {x.school_code} is signed with another certificate: before {before_en}, now "
                   f"{x.signer.describe('en')}.")
        reason = OTHER_KEY
    return Verdict(SIGNER_CHANGED, what_vi + held_vi + how_vi, what_en + held_en + how_en, reason, what_vi, what_en)


def hold(repo, x, shown: str, verdict: Verdict, now: str) -> bool:
    """Keep file ``x`` aside, whole (False when the same bytes are held already)."""
    if isinstance(x.source, bytes):
        size, opener = len(x.source), (lambda: io.BytesIO(x.source))
    else:
        size, opener = Path(x.source).stat().st_size, functools.partial(Path(x.source).open, "rb")
    return signers.hold_file(repo, x, file_name=shown, reason=verdict.reason, now=now, size=size, open_file=opener)


def held_for_signer(repo, school_code: str, fingerprint: str | None = None) -> list[dict]:
    """The files of a school held for a changed signer that one acceptance would release: those of the one new
    certificate (or the one whose fingerprint starts with ``fingerprint``). ExchangeError when there is none, or
    several different certificates and no fingerprint to choose."""
    key = school_code.strip().upper()
    held = signers.held_files(repo, key)
    if fingerprint:
        fp = "".join(fingerprint.split()).lower()
        held = [h for h in held if h["signer_cert_sha256"].startswith(fp)]
    if not held:
        raise ExchangeError(f"Không có tệp nào của trường {key} đang được giữ riêng vì đổi người ký.",
                            f"No file of school {key} is held aside for a changed signer.")
    certs = list(dict.fromkeys(h["signer_key_sha256"] for h in held))
    if len(certs) > 1:
        shown_vi = "; ".join(_held_signer(h, "vi") for h in _first_of_each(held))
        shown_en = "; ".join(_held_signer(h, "en") for h in _first_of_each(held))
        raise ExchangeError(f"Các tệp đang giữ của trường {key} mang nhiều chứng thư khác nhau: {shown_vi}. Hãy hỏi "
                            f"trường chứng thư nào đúng rồi chấp nhận theo dấu vân tay, ví dụ --accept-signer "
                            f"{key}={held[0]['signer_cert_sha256'][:16]}.",
                            f"The files held for school {key} carry different certificates: {shown_en}. Ask the "
                            f"school which is right and accept it by fingerprint, e.g. --accept-signer "
                            f"{key}={held[0]['signer_cert_sha256'][:16]}.")
    return held


def _first_of_each(held: list[dict]) -> list[dict]:
    return list({h["signer_key_sha256"]: h for h in reversed(held)}.values())[::-1]


def _held_signer(h: dict, lang: str) -> str:
    if not h["signer_key_sha256"]:
        return "không ký số" if lang == "vi" else "unsigned"
    return _info(h["signer_subject"], h["signer_cert_sha256"]).describe(lang)


def accept_signer(repo, school_code: str, fingerprint: str | None = None):
    """A clerk accepts the new certificate (or the absence of one) of the files held for ``school_code``: recorded
    (audited, naming the old and the new certificate), then the held files are imported as usual. Returns the
    :class:`~papi_desktop.exchange.importer.ImportReport` of those files."""
    from papi_desktop.exchange import importer
    from papi_desktop.exchange.signing import signer_info

    held = held_for_signer(repo, school_code, fingerprint)
    key, now = held[0]["school_code"], repo.clock()
    old = signers.school_signer(repo, key)
    first = held[0]
    report = importer.ImportReport()
    with repo.transaction():
        if first["signer_key_sha256"]:
            from cryptography import x509

            info = signer_info(x509.load_der_x509_certificate(bytes(first["signer_certificate"])))
            signers.record_signer(repo, key, info, now, from_file=first["file_name"], replace=True, by_clerk=True)
        else:
            signers.forget_signer(repo, key, now)
        repo.audit("signer_accepted", None, school=key, actor="clerk",
                   previous=(old or {}).get("subject", ""), previous_sha256=(old or {}).get("cert_sha256", ""),
                   accepted=first["signer_subject"], accepted_sha256=first["signer_cert_sha256"])
        options = importer.ImportOptions(signature_required(repo))
        for h in held:
            prepared = importer.prepare_bytes(signers.held_data(repo, h["id"]), h["file_name"])
            report.results.append(importer.import_one(repo, h["file_name"], prepared, options))
            signers.release_held(repo, h["id"])
    return report
