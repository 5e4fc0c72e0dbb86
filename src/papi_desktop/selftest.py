"""``papi-desktop selftest``: proves an installation (or the frozen bundle) works, without a display."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from papi_desktop.gui.selfcheck import check_gui  # imports Qt only when the check runs
from papi_desktop.report.check import selftest_pdf


def _catalogue() -> str:
    from papi_desktop.core.catalogue import default_catalogue

    cat = default_catalogue()
    return f"{cat.catalogue_id} {cat.version}: {len(cat.criteria)} tiêu chí / criteria"


def _resources() -> str:
    from papi_desktop.resources import REQUIRED, missing_resources

    missing = missing_resources()
    if missing:
        raise FileNotFoundError(", ".join(missing))
    return f"{len(REQUIRED)} files OK"


def _throwaway_p12(path: Path, password: bytes) -> None:
    """A self-signed certificate made on the spot (never stored), to prove signing works in this installation."""
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "papi-desktop selftest")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1)).sign(key, hashes.SHA256()))
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"selftest", key, cert, None,
                                                           BestAvailableEncryption(password)))


def _signing() -> str:
    from papi_desktop.demo import make_demo
    from papi_desktop.report.api import P12Signing, render_assessment_pdf, verify_pdf
    from papi_desktop.storage.repository import Repository

    with tempfile.TemporaryDirectory() as tmp, Repository.open(Path(tmp) / "sign.sqlite3") as repo:
        make_demo(repo, schools=1)
        final = next(a for a in repo.list_assessments() if a.is_final)
        _throwaway_p12(Path(tmp) / "key.p12", b"selftest")
        out = render_assessment_pdf(repo, final.id, Path(tmp) / "signed.pdf",
                                    sign=P12Signing(Path(tmp) / "key.p12", "selftest"))
        result = verify_pdf(out)
        if not result.intact:
            raise RuntimeError(result.problem_en or "signature not intact")
        return f"signed report verified, code {result.verification_code}"


def _exchange() -> str:
    from papi_desktop.exchange.selfcheck import exchange_check

    return exchange_check()


def _database() -> str:
    from papi_desktop.demo import make_demo
    from papi_desktop.storage.repository import Repository

    with tempfile.TemporaryDirectory() as tmp, Repository.open(Path(tmp) / "selftest.sqlite3") as repo:
        make_demo(repo, schools=1)
        ok = repo.db.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            raise RuntimeError(ok)
        a = repo.list_assessments()[0]
        return f"SQLite OK, {len(repo.list_assessments())} assessments, score {a.score}"


def _backup() -> str:
    from papi_desktop.storage.restore import selftest_check

    return selftest_check()


CHECKS: list[tuple[str, Callable[[], str]]] = [
    ("catalogue", _catalogue),
    ("resources", _resources),
    ("database", _database),
    ("backup", _backup),
    ("report", selftest_pdf),
    ("signing", _signing),
    ("gui", check_gui),
    ("exchange", _exchange),
]


def run_selftest(out: Callable[[str], None] = print) -> bool:
    ok = True
    for name, check in CHECKS:
        try:
            out(f"[OK]   {name}: {check()}")
        except Exception as exc:  # report every failure, keep going
            ok = False
            out(f"[FAIL] {name}: {type(exc).__name__}: {exc}")
    out("selftest: OK" if ok else "selftest: FAILED")
    return ok
