"""Signer continuity at the office (trust on first use): another key, or no signature after signed files, is held
aside — never applied — until a clerk accepts the new certificate."""

from __future__ import annotations

import pytest

from papi_desktop.exchange.importer import IMPORTED, REJECTED, SIGNER_CHANGED, UPDATED, import_paths
from papi_desktop.exchange.writer import export_assessment
from tests.conftest import run_cli
from tests.security import certs
from tests.security.conftest import db_dump
from tests.security.helpers import final, forge, schools_of

GENUINE = certs.signer(label="genuine")
# the same name as the school's certificate, another key: what an impostor would make
IMPOSTOR = certs.signer(label="impostor")


def school_data(office) -> list[str]:
    """The dump of everything but the files held aside and the import log (what a held file must not change)."""
    return [x for x in db_dump(office) if '"held_files"' not in x]


def _refinalise(repo, aid):
    from papi_desktop.core.model import Answer

    repo.reopen(aid, reason="Phòng yêu cầu bổ sung")
    cid, ans = next(iter(repo.get_answers(aid).items()))
    repo.save_answer(aid, Answer(cid, ans.value, ans.na, ans.na_reason, "Sửa sau khi Phòng góp ý"))
    return repo.finalise(aid)


@pytest.fixture
def signed_once(source, office, tmp_path):
    """The office holds the school's r1, signed with its genuine key (first use recorded); returns the school's
    assessment and the r1 bytes."""
    a = final(source)
    r1 = export_assessment(source, a.id, tmp_path / "r1.papi", signer=GENUINE)
    [r] = import_paths(office, [r1]).results
    assert r.result == IMPORTED
    return a, r1.read_bytes()


def _import(office, tmp_path, data: bytes, name: str):
    (tmp_path / name).write_bytes(data)
    [r] = import_paths(office, [tmp_path / name]).results
    return r


def test_first_signed_file_records_the_schools_certificate(signed_once, office):
    """The first signed file of a school records its certificate (subject and fingerprint)."""
    from papi_desktop.storage.signers import school_signer

    a, _ = signed_once
    row = school_signer(office, a.school_code.upper())
    assert row["subject"] == "Trường Tiểu học Lê Lợi" and len(row["cert_sha256"]) == 64


def test_file_signed_with_another_key_is_held_and_names_both(signed_once, office, source, tmp_path):
    """A later revision signed by another key with the same name is held aside: not applied, the school's data
    unchanged, and the sentence names both certificates by fingerprint."""
    from papi_desktop.exchange.signing import signer_info

    a, _ = signed_once
    b = _refinalise(source, a.id)
    before = school_data(office)
    forged = export_assessment(source, a.id, tmp_path / "r2-forged.papi", signer=IMPOSTOR)
    r = _import(office, tmp_path, forged.read_bytes(), "r2-forged.papi")
    assert r.result == SIGNER_CHANGED
    old, new = signer_info(GENUINE.certificate), signer_info(IMPOSTOR.certificate)
    assert old.describe("vi") in r.reason_vi and new.describe("vi") in r.reason_vi
    assert school_data(office) == before
    assert office.get_assessment(a.id).revision == a.revision != b.revision


def test_unsigned_file_after_signed_ones_is_held(signed_once, office, source, tmp_path):
    """An unsigned revision of a school that signed before is held aside, naming the certificate expected."""
    a, _ = signed_once
    _refinalise(source, a.id)
    before = school_data(office)
    r = _import(office, tmp_path, export_assessment(source, a.id, tmp_path / "r2.papi").read_bytes(), "r2.papi")
    assert r.result == SIGNER_CHANGED and "không có chữ ký số" in r.reason_vi
    assert school_data(office) == before


def test_forged_high_revision_cannot_lock_the_school_out(signed_once, office, source, tmp_path):
    """A forged revision 100000 signed by another key is held; the school's genuine r2 still updates."""
    a, r1 = signed_once

    def high(c):
        c["assessment"]["revision"] = 100000

    forged = forge(r1, content=high, manifest=lambda m: m.update(revision=100000), signer=IMPOSTOR)
    assert _import(office, tmp_path, forged, "r100000.papi").result == SIGNER_CHANGED
    assert office.get_assessment(a.id).revision == a.revision
    b = _refinalise(source, a.id)
    genuine_r2 = export_assessment(source, a.id, tmp_path / "r2.papi", signer=GENUINE)
    r = _import(office, tmp_path, genuine_r2.read_bytes(), "r2.papi")
    assert r.result == UPDATED and office.get_assessment(a.id).revision == b.revision


def test_new_school_year_signed_by_another_key_cannot_rename_the_school(signed_once, office, source, tmp_path):
    """A next-year file under another name and another key is held; the school keeps its name."""
    import uuid

    _a, r1 = signed_once
    new_id = str(uuid.uuid4())

    def next_year(c):
        c["assessment"].update(id=new_id, school_year="2026-2027")
        c["school"]["name"] = "Trường Tiểu học Đổi Tên"

    def m_next_year(m):
        m.update(assessment_id=new_id, school_year="2026-2027")
        m["school"]["name"] = "Trường Tiểu học Đổi Tên"

    names = schools_of(office)
    forged = forge(r1, content=next_year, manifest=m_next_year, signer=IMPOSTOR)
    assert _import(office, tmp_path, forged, "2026.papi").result == SIGNER_CHANGED
    assert schools_of(office) == names


def test_same_key_updates_normally(signed_once, office, source, tmp_path):
    """A later revision signed with the school's own key updates as before."""
    a, _ = signed_once
    b = _refinalise(source, a.id)
    r = _import(office, tmp_path, export_assessment(source, a.id, tmp_path / "r2.papi", signer=GENUINE)
                .read_bytes(), "r2.papi")
    assert r.result == UPDATED and office.get_assessment(a.id).revision == b.revision


def test_weak_key_is_refused(source, office, tmp_path):
    """A file signed with an RSA-1024 key is refused, saying the key is too weak."""
    weak = certs.signer(bits=1024, label="weak")
    a = final(source)
    before = db_dump(office)
    r = _import(office, tmp_path, export_assessment(source, a.id, tmp_path / "w.papi", signer=weak).read_bytes(),
                "w.papi")
    assert r.result == REJECTED and "1024 bit" in r.reason_vi
    assert db_dump(office) == before


def test_expired_certificate_is_named(source, office, tmp_path):
    """A file signed with an expired certificate is imported, and the result says the certificate expired."""
    old = certs.signer(label="expired", expired=True)
    a = final(source)
    r = _import(office, tmp_path, export_assessment(source, a.id, tmp_path / "e.papi", signer=old).read_bytes(),
                "e.papi")
    assert r.result == IMPORTED and "hết hạn" in r.reason_vi


def test_office_can_require_signatures(source, office, tmp_path):
    """With the office setting (or --require-signature) an unsigned file is refused and changes nothing."""
    from papi_desktop.exchange.trust import set_signature_required

    a = final(source)
    path = export_assessment(source, a.id, tmp_path / "u.papi")
    before = db_dump(office)
    [r] = import_paths(office, [path], require_signature=True).results
    assert r.result == REJECTED and "chỉ nhận tệp đã ký số" in r.reason_vi
    set_signature_required(office, True)
    before = db_dump(office)
    [r] = import_paths(office, [path]).results
    assert r.result == REJECTED and db_dump(office) == before


def test_offices_that_received_signed_files_before_are_protected_too(signed_once, office, source, tmp_path):
    """An office whose signed files arrived before signers were recorded takes the newest one as the school's."""
    a, _ = signed_once
    office.db.execute("DELETE FROM school_signers")
    _refinalise(source, a.id)
    forged = export_assessment(source, a.id, tmp_path / "r2.papi", signer=IMPOSTOR)
    assert _import(office, tmp_path, forged.read_bytes(), "r2.papi").result == SIGNER_CHANGED


def test_cli_holds_exits_1_and_accepts_with_accept_signer(signed_once, office, source, tmp_path):
    """`import` exits 1 for a held file and names both certificates; `import --accept-signer CODE` records the new
    certificate (audited) and applies the held file; the school's next file with the new key updates."""
    a, _ = signed_once
    office.close()
    b = _refinalise(source, a.id)
    new = export_assessment(source, a.id, tmp_path / "r2-new-cert.papi", signer=IMPOSTOR)
    db = str(tmp_path / "office.sqlite3")
    r = run_cli("import", "--db", db, str(new))
    assert r.returncode == 1 and "đổi người ký" in r.stdout and "SHA-256" in r.stdout, r.stdout + r.stderr
    r = run_cli("import", "--db", db, "--accept-signer", a.school_code.lower())
    assert r.returncode == 0 and "đã cập nhật" in r.stdout, r.stdout + r.stderr
    from papi_desktop.storage.repository import Repository

    with Repository.open(db) as again:
        assert again.get_assessment(a.id).revision == b.revision
        [entry] = [e for e in again.audit_log() if e.action == "signer_accepted"]
        assert entry.detail["school"] == a.school_code.upper() and entry.detail["previous_sha256"]
        assert not again.db.execute("SELECT count(*) FROM held_files").fetchone()[0]
    r = run_cli("import", "--db", db, "--accept-signer", a.school_code)
    assert r.returncode == 1 and "Không có tệp nào" in r.stderr


def test_keeping_a_conflicting_version_never_bypasses_the_recorded_signer(source, office, tmp_path):
    """A conflict kept aside before the school signed cannot be settled in favour of an unsigned (or otherwise
    signed) version once the school's certificate is recorded: refused with both certificates named."""
    from papi_desktop.errors import ExchangeError
    from papi_desktop.exchange.conflicts import list_conflicts, resolve
    from papi_desktop.exchange.importer import CONFLICT
    from papi_desktop.exchange.signing import signer_info
    from papi_desktop.storage.signers import record_signer

    a = final(source)
    good = export_assessment(source, a.id, tmp_path / "good.papi")
    import_paths(office, [good])

    def other_note(c):
        c["answers"][0]["note"] = "Bản khác, gửi lần hai"

    assert _import(office, tmp_path, forge(good.read_bytes(), content=other_note), "lan-hai.papi").result == CONFLICT
    with office.transaction():
        record_signer(office, a.school_code.upper(), signer_info(GENUINE.certificate), office.clock(),
                      from_file="", replace=True)
    before = school_data(office)
    [c] = list_conflicts(office)
    with pytest.raises(ExchangeError) as err:
        resolve(office, c.id, "incoming")
    assert "không có chữ ký số" in err.value.vi and "SHA-256" in err.value.vi
    assert school_data(office) == before
