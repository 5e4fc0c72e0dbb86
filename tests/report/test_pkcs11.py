"""Signing with a USB token through PKCS#11, using a SoftHSM2 token made inside the test."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from papi_desktop.report.api import Pkcs11Config, sign_pdf_pkcs11, verify_pdf
from papi_desktop.report.builder import build_report

from .conftest import make_certificate

LIBS = ["/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"]
LIB = next((p for p in LIBS if Path(p).exists()), None)
PIN = "246810"
LABEL = "papi-test"

pytestmark = pytest.mark.skipif(LIB is None or not shutil.which("softhsm2-util"),
                                reason="SoftHSM2 not installed (apt-get install softhsm2)")


@pytest.fixture(scope="module")
def token(tmp_path_factory):
    """A SoftHSM2 token holding a fresh RSA key and its self-signed certificate (label "hieu-truong")."""
    import pkcs11
    from cryptography.hazmat.primitives import serialization
    from pkcs11 import Attribute, KeyType, ObjectClass
    from pkcs11.util.rsa import decode_rsa_private_key
    from pkcs11.util.x509 import decode_x509_certificate

    folder = tmp_path_factory.mktemp("softhsm")
    (folder / "tokens").mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n")
    old = os.environ.get("SOFTHSM2_CONF")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", LABEL, "--pin", PIN, "--so-pin", "13579111"],
                   check=True, capture_output=True, timeout=60)
    key, cert = make_certificate("Trần Văn Đức")
    der_key = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.TraditionalOpenSSL,
                                serialization.NoEncryption())
    lib = pkcs11.lib(LIB)
    with lib.get_token(token_label=LABEL).open(rw=True, user_pin=PIN) as session:
        attrs = decode_rsa_private_key(der_key)
        attrs.update({Attribute.LABEL: "hieu-truong", Attribute.ID: b"\x01", Attribute.TOKEN: True,
                      Attribute.PRIVATE: True, Attribute.SIGN: True, Attribute.CLASS: ObjectClass.PRIVATE_KEY,
                      Attribute.KEY_TYPE: KeyType.RSA})
        session.create_object(attrs)
        cert_attrs = decode_x509_certificate(cert.public_bytes(serialization.Encoding.DER))
        cert_attrs.update({Attribute.LABEL: "hieu-truong", Attribute.ID: b"\x01", Attribute.TOKEN: True})
        session.create_object(cert_attrs)
    yield conf
    if old is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = old


def test_token_signature_is_intact(token, final_parts, tmp_path):
    """A report signed with the key on the token verifies as intact and names the certificate holder."""
    _, _, cat, snap = final_parts
    src = tmp_path / "bao-cao.pdf"
    build_report(snap, cat, src)
    out = tmp_path / "da-ky.pdf"
    sign_pdf_pkcs11(src, out, Pkcs11Config(LIB, PIN, token_label=LABEL, key_label="hieu-truong"))
    result = verify_pdf(out)
    assert result.intact and result.signer == "Trần Văn Đức"


def test_wrong_pin_is_a_clear_error(token, final_parts, tmp_path):
    """A wrong PIN gives a ReportError telling the user to check the token and PIN."""
    from papi_desktop.errors import ReportError

    _, _, cat, snap = final_parts
    src = tmp_path / "bao-cao.pdf"
    build_report(snap, cat, src)
    with pytest.raises(ReportError) as exc:
        sign_pdf_pkcs11(src, tmp_path / "x.pdf", Pkcs11Config(LIB, "000000", token_label=LABEL,
                                                              key_label="hieu-truong"))
    assert "PIN" in exc.value.vi


def test_cli_signs_with_the_token_from_settings(token, tmp_path):
    """``report --pin-file`` uses the token library saved in the "pkcs11" setting; verify exits 0."""
    from papi_desktop.demo import make_demo
    from papi_desktop.storage.repository import Repository
    from tests.conftest import run_cli

    db = tmp_path / "d.sqlite3"
    with Repository.open(db) as repo:
        make_demo(repo, schools=1)
        repo.set_setting("pkcs11", {"lib_path": LIB, "token_label": LABEL, "key_label": "hieu-truong"})
        aid = next(a.id for a in repo.list_assessments() if a.is_final)
    pin = tmp_path / "pin.txt"
    pin.write_text(PIN, encoding="utf-8")
    out = tmp_path / "bc.pdf"
    r = run_cli("report", "--db", str(db), "--assessment", aid, "--out", str(out), "--pin-file", str(pin))
    assert r.returncode == 0, r.stderr
    v = run_cli("verify", str(out))
    assert v.returncode == 0 and "Trần Văn Đức" in v.stdout

