"""Data files signed with the school's certificate: checked on import, tampering refused."""

from __future__ import annotations

import datetime

import pytest

from papi_desktop.exchange.importer import IMPORTED, REJECTED, import_paths
from papi_desktop.exchange.writer import export_assessment

from .conftest import dump, entries, pack


@pytest.fixture(scope="module")
def p12(tmp_path_factory):
    """A self-signed certificate of a school, made for the test, as a PKCS #12 file."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Trường Tiểu học Lê Lợi"),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now)
            .not_valid_after(now + datetime.timedelta(days=30)).sign(key, hashes.SHA256()))
    path = tmp_path_factory.mktemp("cert") / "truong.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"truong", key, cert, None, BestAvailableEncryption(b"mk")))
    return path


@pytest.fixture
def signed(source, p12, tmp_path):
    from papi_desktop.exchange.signing import load_signer

    a = next(x for x in source.list_assessments() if x.is_final)
    return export_assessment(source, a.id, tmp_path / "signed.papi", signer=load_signer(p12, "mk"))


def test_signed_file_imports_and_names_the_signer(signed, office):
    """A correctly signed file is imported and the result names the signer."""
    [r] = import_paths(office, [signed]).results
    assert r.result == IMPORTED and "Lê Lợi" in r.reason_vi
    assert "manifest.p7s" in entries(signed.read_bytes())


def test_tampered_manifest_is_refused(signed, office, tmp_path):
    """Changing a signed manifest (even consistently) breaks the signature and the file is refused."""
    files = entries(signed.read_bytes())
    files["manifest.json"] = files["manifest.json"].replace(b'"app_version"', b'"app_version" ', 1)
    bad = tmp_path / "bad.papi"
    bad.write_bytes(pack(files))
    before = dump(office)
    [r] = import_paths(office, [bad]).results
    assert r.result == REJECTED and "chữ ký số" in r.reason_vi.lower()
    assert dump(office) == before


def test_removed_signature_is_refused(signed, office, tmp_path):
    """Removing the signature of a file whose manifest says it is signed is refused."""
    files = entries(signed.read_bytes())
    del files["manifest.p7s"]
    bad = tmp_path / "unsigned.papi"
    bad.write_bytes(pack(files))
    [r] = import_paths(office, [bad]).results
    assert r.result == REJECTED and "gỡ" in r.reason_vi


def test_garbage_signature_is_refused(signed, office, tmp_path):
    """A signature that is not CMS at all is refused as damaged."""
    files = entries(signed.read_bytes())
    files["manifest.p7s"] = b"\x30\x03\x02\x01\x01"
    bad = tmp_path / "garbage.papi"
    bad.write_bytes(pack(files))
    [r] = import_paths(office, [bad]).results
    assert r.result == REJECTED and "chữ ký số" in r.reason_vi.lower()


def test_wrong_password_is_a_clear_error(p12):
    """A wrong certificate password gives a message, not a traceback."""
    from papi_desktop.errors import ExchangeError
    from papi_desktop.exchange.signing import load_signer

    with pytest.raises(ExchangeError, match="password"):
        load_signer(p12, "sai")
