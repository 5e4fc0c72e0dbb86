"""Detached CMS (PKCS #7) signatures over a data file's manifest.

Signing uses ``cryptography``'s PKCS #7 builder (SHA-256, signed attributes, the signer's certificate embedded).
Checking is done here with ``asn1crypto`` (parse) and ``cryptography`` (verify): the message digest attribute
must equal the SHA-256 of the manifest, and the signature over the signed attributes must verify with the
embedded certificate's public key. The result names the signer; whether that certificate is trusted (issued by
the Sở GDĐT's CA, say) is a separate decision the office makes — see ``docs/exchange-format.md``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from papi_desktop.errors import ExchangeError


@dataclass(frozen=True)
class Signer:
    """A private key and its certificate (``cryptography`` objects)."""

    key: Any
    certificate: Any
    extra_certificates: tuple = ()

    @property
    def subject(self) -> str:
        return self.certificate.subject.rfc4514_string()


@dataclass(frozen=True)
class SignerInfo:
    """Who signed a data file, as the office records and shows it (plain values: passed between processes).

    ``key_sha256`` (SHA-256 of the public key) is what signer continuity compares: a renewed certificate for the
    same key is the same signer; ``cert_sha256`` and ``subject`` are what a clerk is shown."""

    subject: str  # the certificate's common name (its whole subject when it has none)
    cert_sha256: str
    key_sha256: str
    certificate: bytes  # DER
    not_after: str  # ISO date the certificate expires
    expired: bool

    def describe(self, lang: str = "vi") -> str:
        """``«CN=…» (SHA-256 3F2A 91C0 …)`` — subject and fingerprint prefix, to tell two certificates apart."""
        fp = " ".join(self.cert_sha256[i:i + 4].upper() for i in range(0, 16, 4))
        return f"«{self.subject}» (SHA-256 {fp}…)" if lang == "vi" else f"'{self.subject}' (SHA-256 {fp}…)"


MIN_RSA_BITS = 2048
MIN_EC_BITS = 256


class SignatureInvalid(Exception):
    """The signature does not match the manifest (message in Vietnamese and English)."""

    def __init__(self, vi: str, en: str):
        super().__init__(en)
        self.vi, self.en = vi, en


def load_signer(path: str | Path, password: str | None = None) -> Signer:
    """Load a PKCS #12 file (``.p12``/``.pfx``) holding the school's key and certificate."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    p = Path(path)
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(p.read_bytes(), password.encode() if password else None)
    except OSError as exc:
        raise ExchangeError(f"Không đọc được tệp chứng thư số {p.name}: {exc.strerror}.",
                            f"Cannot read the certificate file {p.name}: {exc.strerror}.") from None
    except ValueError:
        raise ExchangeError(f"Tệp chứng thư số {p.name} hỏng hoặc sai mật khẩu.",
                            f"The certificate file {p.name} is damaged or the password is wrong.") from None
    if key is None or cert is None:
        raise ExchangeError(f"Tệp {p.name} không có khoá riêng và chứng thư số.",
                            f"{p.name} holds no private key and certificate.")
    return Signer(key, cert, tuple(extra or ()))


def settings_signer(repo) -> Signer | None:
    """The certificate this computer signs what it sends with — the machine-local setting ``exchange_signing``
    (``{"pkcs12": path, "password": …}``, the password may be in ``PAPI_P12_PASSWORD`` instead) — or None."""
    import os

    conf = repo.get_setting("exchange_signing") or {}
    if conf.get("pkcs12"):
        return load_signer(conf["pkcs12"], conf.get("password") or os.environ.get("PAPI_P12_PASSWORD"))
    return None


def sign_detached(data: bytes, signer: Signer) -> bytes:
    """DER-encoded detached CMS signature of ``data``."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs7

    builder = pkcs7.PKCS7SignatureBuilder().set_data(data).add_signer(signer.certificate, signer.key, hashes.SHA256())
    for cert in signer.extra_certificates:
        builder = builder.add_certificate(cert)
    return builder.sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary])


_HASHES = {"sha256": hashlib.sha256, "sha384": hashlib.sha384, "sha512": hashlib.sha512}


def verify_detached(data: bytes, der: bytes, *, now=None) -> SignerInfo:
    """Check a detached CMS signature of ``data``; return who signed or raise :class:`SignatureInvalid`.

    Refused as well: keys too weak to prove anything (RSA below 2048 bits, elliptic curves below 256 bits).
    An expired certificate is not refused here but flagged (``expired``), so the office can name it."""
    try:
        return _verify(data, der, now)
    except SignatureInvalid:
        raise
    except Exception:  # any parse error of a hostile signature is simply "invalid"
        raise SignatureInvalid("Chữ ký số trong tệp bị hỏng, không đọc được.",
                               "The digital signature in the file is damaged and cannot be read.") from None


def _verify(data: bytes, der: bytes, now=None) -> SignerInfo:
    # asn1crypto.tsp adds CMS attribute types (signing_certificate_v2, used by pyHanko) to cms' name map; it must
    # be imported before cms builds its reverse map here, or PDF signing later in this process fails.
    from asn1crypto import cms, tsp  # noqa: F401
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    info = cms.ContentInfo.load(der)
    if info["content_type"].native != "signed_data":
        raise ValueError("not signed data")
    sd = info["content"]
    signers = list(sd["signer_infos"])
    if len(signers) != 1:
        raise ValueError("expected one signer")
    si = signers[0]
    digest_name = si["digest_algorithm"]["algorithm"].native
    if digest_name not in _HASHES:
        raise ValueError("digest")
    sid = si["sid"].chosen
    cert = None
    for c in sd["certificates"] or []:
        c = c.chosen
        if isinstance(sid, cms.IssuerAndSerialNumber):
            if c.serial_number == sid["serial_number"].native and c.issuer == sid["issuer"]:
                cert = c
        elif c.key_identifier == sid.native:
            cert = c
    if cert is None:
        raise ValueError("no certificate")
    attrs = si["signed_attrs"]
    digest = None
    for attr in attrs:
        if attr["type"].native == "message_digest":
            digest = attr["values"][0].native
    if digest != _HASHES[digest_name](data).digest():
        raise SignatureInvalid("Tệp đã bị sửa sau khi ký: chữ ký số không khớp với nội dung.",
                               "The file was changed after signing: the digital signature does not match.")
    signed = attrs.untag().dump(force=True)  # the signature covers the attributes as a SET OF
    certificate = x509.load_der_x509_certificate(cert.dump())
    public = certificate.public_key()
    _refuse_weak(public)
    hash_alg = {"sha256": hashes.SHA256(), "sha384": hashes.SHA384(), "sha512": hashes.SHA512()}[digest_name]
    try:
        if isinstance(public, rsa.RSAPublicKey):
            public.verify(si["signature"].native, signed, padding.PKCS1v15(), hash_alg)
        elif isinstance(public, ec.EllipticCurvePublicKey):
            public.verify(si["signature"].native, signed, ec.ECDSA(hash_alg))
        else:
            raise ValueError("key type")
    except InvalidSignature:
        raise SignatureInvalid("Chữ ký số không hợp lệ: tệp có thể đã bị sửa.",
                               "The digital signature is not valid: the file may have been altered.") from None
    return signer_info(certificate, now)


def signer_info(certificate, now=None) -> SignerInfo:
    """:class:`SignerInfo` of a ``cryptography`` certificate (``now``: when "expired" is judged; default now)."""
    import datetime

    from cryptography.hazmat.primitives import serialization
    from cryptography.x509.oid import NameOID

    der = certificate.public_bytes(serialization.Encoding.DER)
    spki = certificate.public_key().public_bytes(serialization.Encoding.DER,
                                                 serialization.PublicFormat.SubjectPublicKeyInfo)
    not_after = getattr(certificate, "not_valid_after_utc", None) or certificate.not_valid_after.replace(
        tzinfo=datetime.timezone.utc)
    when = now or datetime.datetime.now(datetime.timezone.utc)
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    subject = str(names[0].value) if names else certificate.subject.rfc4514_string()
    return SignerInfo(subject, hashlib.sha256(der).hexdigest(),
                      hashlib.sha256(spki).hexdigest(), der, not_after.date().isoformat(), not_after < when)


def _refuse_weak(public) -> None:
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    if isinstance(public, rsa.RSAPublicKey) and public.key_size < MIN_RSA_BITS:
        bits = public.key_size
    elif isinstance(public, ec.EllipticCurvePublicKey) and public.curve.key_size < MIN_EC_BITS:
        bits = public.curve.key_size
    else:
        return
    raise SignatureInvalid(f"Chữ ký số dùng khoá quá yếu ({bits} bit), không đủ để chứng minh tệp do trường gửi.",
                           f"The digital signature uses a key too weak ({bits} bits) to prove the school sent the "
                           "file.")
