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


def sign_detached(data: bytes, signer: Signer) -> bytes:
    """DER-encoded detached CMS signature of ``data``."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs7

    builder = pkcs7.PKCS7SignatureBuilder().set_data(data).add_signer(signer.certificate, signer.key, hashes.SHA256())
    for cert in signer.extra_certificates:
        builder = builder.add_certificate(cert)
    return builder.sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary])


_HASHES = {"sha256": hashlib.sha256, "sha384": hashlib.sha384, "sha512": hashlib.sha512}


def verify_detached(data: bytes, der: bytes) -> str:
    """Check a detached CMS signature of ``data``; return the signer's subject or raise :class:`SignatureInvalid`."""
    try:
        return _verify(data, der)
    except SignatureInvalid:
        raise
    except Exception:  # any parse error of a hostile signature is simply "invalid"
        raise SignatureInvalid("Chữ ký số trong tệp bị hỏng, không đọc được.",
                               "The digital signature in the file is damaged and cannot be read.") from None


def _verify(data: bytes, der: bytes) -> str:
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
    return certificate.subject.rfc4514_string()
