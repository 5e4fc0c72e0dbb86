"""The review loop between one school and one office, on two real databases (fixture ``loop``)."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

OFFICE_PROFILE = {"name": "Phòng Văn hóa – Xã hội phường Buôn Ma Thuột",
                  "supervising_body": "UBND phường Buôn Ma Thuột", "signer": "Nguyễn Văn Bình",
                  "signer_title": "TRƯỞNG PHÒNG", "place_name": "Buôn Ma Thuột",
                  "recipients": ["Sở Giáo dục và Đào tạo tỉnh Đắk Lắk"]}


class Loop:
    """``school`` and ``office`` repositories; ``aid`` the school's finalised assessment of 2025-2026."""

    def __init__(self, tmp_path: Path):
        from papi_desktop.demo import make_demo
        from papi_desktop.storage.repository import Repository

        self.tmp = tmp_path
        self.school = Repository.open(tmp_path / "truong.sqlite3")
        make_demo(self.school, schools=4, seed=1)  # two schools finalised 2025-2026
        self.aid = next(a.id for a in self.school.list_assessments() if a.is_final and a.school_year == "2025-2026")
        self.code = self.school.get_assessment(self.aid).school_code
        self.office = Repository.open(tmp_path / "phong.sqlite3")
        self.office.set_setting("office", OFFICE_PROFILE)
        self.sent = 0

    def send(self) -> Path:
        """The school exports its current revision; the office imports it."""
        from papi_desktop.exchange.importer import import_paths
        from papi_desktop.exchange.writer import export_assessment

        self.sent += 1
        path = export_assessment(self.school, self.aid, self.tmp / f"gui-{self.sent}.papi")
        [r] = import_paths(self.office, [path]).results
        assert r.result in ("imported", "updated"), r.line()
        return path

    def decide(self, state: str, reason: str = "", notes: dict | None = None) -> dict:
        from papi_desktop.exchange.review import decide

        return decide(self.office, self.aid, state, reason=reason, notes=notes, reviewer="Trần Thị Hoa")

    def receipt(self, signer=None, repo=None) -> Path:
        from papi_desktop.exchange.receipt import write_receipt

        self.sent += 1
        return write_receipt(repo or self.office, self.aid, self.tmp / f"giay-bao-{self.sent}.papi-receipt",
                             signer=signer)

    def read(self, path: Path, repo=None):
        """The school (or ``repo``) imports a receipt; returns the one result."""
        from papi_desktop.exchange.receipt_import import import_receipts

        [r] = import_receipts(repo or self.school, [path])
        return r

    def resubmit(self, reason: str = "Sửa theo ý kiến của phòng") -> Path:
        self.school.reopen(self.aid, reason=reason)
        self.school.finalise(self.aid)
        return self.send()

    def returned_and_read(self, notes: dict | None = None):
        """Send, return with ``notes``, write the receipt and let the school read it."""
        self.send()
        self.decide("returned", "Thiếu minh chứng", notes)
        return self.read(self.receipt())

    def close(self) -> None:
        self.school.close()
        self.office.close()


def variant(path: Path, change, signer=None, out: Path | None = None) -> Path:
    """A receipt made from ``path`` with ``change(receipt_dict)`` applied, written again in canonical form (and
    signed with ``signer`` when given): a receipt a forger can make."""
    import base64

    from papi_desktop.exchange import receipt_format as rf
    from papi_desktop.exchange.signing import sign_detached

    receipt = json.loads(path.read_bytes())
    change(receipt)
    if signer is not None:
        receipt["signature"] = base64.b64encode(sign_detached(rf.signed_bytes(receipt), signer)).decode()
    out = out or path.with_name("sua-" + path.name)
    out.write_bytes(rf.receipt_bytes(receipt))
    return out


@functools.cache
def office_signer(label: str = "genuine", cn: str = "Phòng Văn hóa – Xã hội phường Buôn Ma Thuột"):
    """A :class:`~papi_desktop.exchange.signing.Signer` with a self-signed certificate (one key per ``label``)."""
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    from papi_desktop.exchange.signing import Signer

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=365)).sign(key, hashes.SHA256()))
    return Signer(key, cert)


@pytest.fixture
def loop(tmp_path):
    lp = Loop(tmp_path)
    yield lp
    lp.close()
