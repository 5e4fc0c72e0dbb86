"""Certificates made for the tests: a school's genuine key, an impostor's, weak and expired ones."""

from __future__ import annotations

import datetime
from functools import cache


@cache
def _key(bits: int, label: str):
    from cryptography.hazmat.primitives.asymmetric import rsa

    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def signer(cn: str = "Trường Tiểu học Lê Lợi", *, bits: int = 2048, label: str = "genuine", days: int = 365,
           expired: bool = False):
    """A :class:`papi_desktop.exchange.signing.Signer` with a self-signed certificate (keys cached by label)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    from papi_desktop.exchange.signing import Signer

    key = _key(bits, label)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")])
    now = datetime.datetime.now(datetime.timezone.utc)
    start = now - datetime.timedelta(days=400) if expired else now - datetime.timedelta(days=1)
    end = now - datetime.timedelta(days=30) if expired else now + datetime.timedelta(days=days)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(start).not_valid_after(end)
            .sign(key, hashes.SHA256()))
    return Signer(key, cert)


def p12_file(path, s, password: bytes = b"mk"):
    """Write signer ``s`` as a PKCS #12 file (for the report's --sign)."""
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

    path.write_bytes(pkcs12.serialize_key_and_certificates(b"truong", s.key, s.certificate, None,
                                                           BestAvailableEncryption(password)))
    return path
