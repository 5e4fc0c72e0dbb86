"""Public functions of the report room for the GUI and the CLI (Qt-free; heavy imports happen inside).

* :func:`render_assessment_pdf` — the report of one assessment from the repository, optionally signed;
* :func:`sign_pdf` / :func:`sign_pdf_pkcs11` — sign an existing report (PKCS#12 file or USB token);
* :func:`verify_pdf` — check a signed report, returns :class:`VerifyResult`;
* :func:`signer_for` — who signs: repository setting ``"signer"`` or the school's principal.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from papi_desktop.core.model import DEPUTY_TITLE, PRINCIPAL_TITLE, SIGNER_TITLES
from papi_desktop.errors import ReportError
from papi_desktop.outputs import atomic_output
from papi_desktop.report.sign import Pkcs11Config, SignResult, sign_pdf, sign_pdf_pkcs11
from papi_desktop.report.verify import VerifyResult, verify_pdf

SIGNER_SETTING = "signer"
#: setting for the USB token: {"lib_path", "token_label", "key_label", "signature_image", "seal_image"}
TOKEN_SETTING = "pkcs11"

__all__ = [
    "DEPUTY_TITLE", "PRINCIPAL_TITLE", "SIGNER_TITLES", "P12Signing", "Pkcs11Config", "SignResult", "VerifyResult",
    "render_assessment_pdf", "sign_pdf", "sign_pdf_pkcs11", "signer_for", "token_config", "verify_pdf",
]


@dataclass(frozen=True)
class P12Signing:
    """Sign with a PKCS#12 file; images are optional (blue signature PNG, red seal PNG)."""

    p12_path: str | Path
    password: str
    signature_image: str | Path | None = None
    seal_image: str | Path | None = None


def signer_for(repo, school) -> dict:
    """``{"name", "title"}`` from the repository setting ``"signer"``, else the principal as HIỆU TRƯỞNG."""
    value = repo.get_setting(SIGNER_SETTING) or {}
    if isinstance(value, dict) and (value.get("name") or "").strip():
        title = value.get("title") if value.get("title") in SIGNER_TITLES else PRINCIPAL_TITLE
        return {"name": value["name"].strip(), "title": title}
    return {"name": school.principal, "title": PRINCIPAL_TITLE}


def token_config(repo, pin: str, **overrides) -> Pkcs11Config:
    """The USB token set up in the repository setting ``"pkcs11"`` (library path, token and key labels), with
    ``overrides`` (e.g. ``lib_path=...``) taking precedence. ReportError when no library is configured."""
    saved = repo.get_setting(TOKEN_SETTING) or {}
    keys = ("lib_path", "token_label", "key_label", "signature_image", "seal_image")
    values = {k: saved.get(k) for k in keys} if isinstance(saved, dict) else {}
    values.update({k: v for k, v in overrides.items() if v and k in keys})
    if not values.get("lib_path"):
        raise ReportError("Chưa chọn thư viện PKCS#11 của USB token (tệp .dll đi kèm trình điều khiển token).",
                          "No PKCS#11 library of the USB token is set (the .dll that comes with the token driver).")
    return Pkcs11Config(values["lib_path"], pin, token_label=values.get("token_label"),
                        key_label=values.get("key_label"), signature_image=values.get("signature_image"),
                        seal_image=values.get("seal_image"))


def evidence_reader(repo):
    """``sha256 -> bytes | None``: an attachment's bytes from the repository (None when it is not there)."""
    from papi_desktop.errors import NotFoundError

    def read(sha256: str) -> bytes | None:
        try:
            return repo.attachment_bytes(sha256)
        except NotFoundError:
            return None

    return read


def missing_details(repo, assessment_id: str, lang: str = "vi") -> list[str]:
    """What the report of a draft still lacks for its opening and section I (plan basis, reference date), as
    sentences; the report prints the same under its draft mark. Empty for a finalised assessment."""
    from papi_desktop.report.texts import missing_flags

    a = repo.get_assessment(assessment_id)
    return [] if a.is_final else missing_flags(repo.report_details(a), a.school_year, lang)


def render_assessment_pdf(repo, assessment_id: str, out_path: str | Path, *,
                          sign: P12Signing | Pkcs11Config | None = None, lang: str = "vi",
                          invariant: bool = False) -> Path:
    """Build the report of ``assessment_id`` into ``out_path`` and, with ``sign``, sign it. Returns the path.

    The file appears only when everything succeeded (:func:`papi_desktop.outputs.atomic_output`)."""
    from papi_desktop.report.builder import build_report
    from papi_desktop.storage.sample import is_sample

    a = repo.get_assessment(assessment_id)
    catalogue = repo.catalogue_of(a)
    school = repo.school_for(a)
    snapshot = repo.snapshot(assessment_id)
    out = Path(out_path)
    with atomic_output(out, ReportError) as tmp:
        build_report(snapshot, catalogue, tmp, signer=signer_for(repo, school), invariant=invariant, lang=lang,
                     evidence=evidence_reader(repo), sample=is_sample(repo))
        if isinstance(sign, P12Signing):
            sign_pdf(tmp, tmp, sign.p12_path, sign.password, signature_image=sign.signature_image,
                     seal_image=sign.seal_image, location=school.place_name or None)
        elif isinstance(sign, Pkcs11Config):
            sign_pdf_pkcs11(tmp, tmp, sign, location=school.place_name or None)
    return out
