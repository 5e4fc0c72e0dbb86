"""A receipt is hostile input: tampered, foreign, replayed or malformed receipts are refused with one sentence and
the school's database stays exactly as it was."""

from __future__ import annotations

import json

import pytest

from papi_desktop.exchange import receipt_format as rf

from .conftest import dump
from .loop import office_signer, variant


def _refused(loop, path, *, repo=None, words: str = ""):
    """The receipt is refused, with a sentence containing ``words``, and nothing changed."""
    repo = repo or loop.school
    before = dump(repo)
    r = loop.read(path, repo)
    assert r.result == "rejected", r.line()
    assert words.lower() in r.vi.lower(), r.vi
    assert r.vi.endswith(".") and "\n" not in r.vi
    assert dump(repo) == before
    return r


@pytest.fixture
def returned(loop):
    """The office returned the school's r1; the receipt is written but not yet read by the school."""
    loop.send()
    loop.decide("returned", "Thiếu minh chứng", {"CD.01": "Ghi rõ số lớp"})
    return loop.receipt()


def test_a_genuine_receipt_is_read_and_the_same_one_again_changes_nothing(loop, returned):
    """The receipt the office wrote is read; reading it a second time is "unchanged" and writes nothing."""
    assert loop.read(returned).result == "applied"
    before = dump(loop.school)
    assert loop.read(returned).result == "unchanged"
    assert dump(loop.school) == before


def test_a_receipt_for_another_school_is_refused(loop, returned):
    """Changing the school code (the receipt is otherwise perfect) makes it another school's."""
    _refused(loop, variant(returned, lambda r: r["school"].update(code="TH99999999")), words="trường khác")


def test_a_receipt_for_another_assessment_is_refused(loop, returned):
    """An assessment id this school never had is refused."""
    _refused(loop, variant(returned, lambda r: r["assessment"].update(id="00000000-0000-4000-8000-000000000000")),
             words="không có trên máy này")


def test_a_receipt_naming_another_school_year_is_refused(loop, returned):
    """The right id with another school year is refused."""
    _refused(loop, variant(returned, lambda r: r["assessment"].update(school_year="2024-2025")), words="năm học")


def test_a_receipt_for_an_unknown_revision_is_refused(loop, returned):
    """A revision the school never finalised (r7) is refused."""
    _refused(loop, variant(returned, lambda r: r["assessment"].update(revision=7)), words="lần sửa 7")


def test_a_receipt_with_another_content_hash_is_refused(loop, returned):
    """The right revision with another content hash (the office reviewed another file) is refused."""
    from papi_desktop.core.snapshot import verification_code

    def other(r):
        r["assessment"]["content_hash"] = "ab" * 32
        r["assessment"]["verification_code"] = verification_code("ab" * 32)

    _refused(loop, variant(returned, other), words="mã băm")


def test_a_verification_code_that_does_not_match_the_hash_is_refused(loop, returned):
    """The code people compare must come from the hash."""
    _refused(loop, variant(returned, lambda r: r["assessment"].update(verification_code="AAAA-AAAA-AAAA")),
             words="mã xác thực")


def test_an_older_receipt_after_a_newer_one_is_refused(loop, returned):
    """The school read "accepted r2"; the office's earlier "returned r1", never read, is then a replay."""
    loop.resubmit()
    loop.decide("accepted")
    assert loop.read(loop.receipt()).result == "applied"
    _refused(loop, returned, words="cũ hơn")
    assert loop.school.newest_receipt(loop.aid)["state"] == "accepted"


def test_reading_an_old_receipt_again_after_a_newer_one_is_refused(loop, returned):
    """A receipt read before, then superseded, cannot bring the old verdict back."""
    assert loop.read(returned).result == "applied"
    loop.resubmit()
    loop.decide("accepted")
    assert loop.read(loop.receipt()).result == "applied"
    _refused(loop, returned, words="cũ hơn")


def test_a_different_receipt_with_the_id_of_one_read_is_refused(loop, returned):
    """Same receipt id and number, another verdict: a forgery of a receipt already read."""
    assert loop.read(returned).result == "applied"
    _refused(loop, variant(returned, lambda r: r["review"].update(state="accepted", notes={})), words="nội dung khác")


def test_a_signed_receipt_that_was_changed_is_refused(loop):
    """Changing the reason of a signed receipt breaks its signature."""
    loop.send()
    loop.decide("returned", "Thiếu minh chứng")
    signed = loop.receipt(signer=office_signer())
    _refused(loop, variant(signed, lambda r: r["review"].update(reason="Đã đạt")), words="chữ ký")


def test_after_a_signed_receipt_another_key_or_no_signature_is_refused(loop):
    """Trust on first use: the office's first signed receipt records its key; a receipt in its name signed by
    another key, or not signed, is refused and names the certificate held."""
    loop.send()
    loop.decide("returned", "Thiếu minh chứng")
    first = loop.receipt(signer=office_signer())
    assert loop.read(first).result == "applied"
    loop.resubmit()
    loop.decide("accepted")
    genuine = loop.receipt(signer=office_signer())
    forged = variant(genuine, lambda r: None, signer=office_signer("impostor"))
    r = _refused(loop, forged, words="chứng thư khác")
    assert "SHA-256" in r.vi
    _refused(loop, variant(genuine, lambda r: r.update(signature=None)), words="không có chữ ký")
    assert loop.read(genuine).result == "applied"


def test_a_damaged_signature_is_refused(loop, returned):
    """A signature that is not base64, or is not a signature, is refused."""
    _refused(loop, variant(returned, lambda r: r.update(signature="không phải base64")), words="chữ ký")
    _refused(loop, variant(returned, lambda r: r.update(signature="QUJD")), words="chữ ký")


def test_a_signature_over_other_bytes_is_refused(loop):
    """A valid signature moved from another receipt does not cover this one."""
    loop.send()
    loop.decide("returned", "Thiếu minh chứng")
    a = json.loads(loop.receipt(signer=office_signer()).read_bytes())
    loop.decide("returned", "Thiếu biên bản họp")
    b = loop.receipt()
    _refused(loop, variant(b, lambda r: r.update(signature=a["signature"])), words="chữ ký")


@pytest.mark.parametrize("mangle, words", [
    (lambda raw: raw.replace(b'"sequence": 1,', b'"sequence": 1,\n "sequence": 1,'), "không phải giấy báo"),
    (lambda raw: raw.replace(b'"sequence": 1', b'"sequence": NaN'), "không phải giấy báo"),
    (lambda raw: raw.replace(b'"sequence": 1', b'"sequence": 1e999'), "không phải giấy báo"),
    (lambda raw: b"\xef\xbb\xbf" + raw, "không phải giấy báo"),
    (lambda raw: raw[:-20], "không phải giấy báo"),
    (lambda raw: b"PK\x03\x04" + raw, "không phải giấy báo"),
    (lambda raw: raw.replace(b'"format_version": 1', b'"format_version": 9'), "cập nhật ứng dụng"),
    (lambda raw: raw.replace(b"\n ", b"\n  ", 1), "dạng chuẩn"),
    (lambda raw: raw + b" " * (rf.MAX_BYTES + 1), "quá lớn"),
    (lambda raw: b"[" * 100_000 + b"]" * 100_000, "không phải giấy báo"),
], ids=["repeated key", "NaN", "infinity", "BOM", "cut short", "a ZIP", "newer format", "white space", "too large",
        "deep nesting"])
def test_malformed_files_are_refused(loop, returned, mangle, words):
    """Repeated keys, NaN, Infinity, a BOM, a cut file, another format, a newer version, extra white space, a
    huge file and deep nesting are each refused with a sentence."""
    bad = returned.with_name("hong.papi-receipt")
    bad.write_bytes(mangle(returned.read_bytes()))
    _refused(loop, bad, words=words)


@pytest.mark.parametrize("change, words", [
    (lambda r: r["review"].update(reason="Thiếu \u202eminh chứng"), "U+202E"),
    (lambda r: r["review"]["notes"].update({"CD.01": "Ghi\x1b[31m rõ"}), "U+001B"),
    (lambda r: r["office"].update(name="Phòng\nGiả"), "U+000A"),
    (lambda r: r["review"].update(reason="Thiếu minh chứng".replace("ế", "e\u0302\u0301")), "dạng chuẩn"),
    (lambda r: r.update(planted="x"), "cấu trúc"),
    (lambda r: r.update(sequence="1"), "cấu trúc"),
    (lambda r: r["review"].update(state="approved"), "cấu trúc"),
    (lambda r: r["review"].update(reason=" "), "không có lý do"),
    (lambda r: r["review"]["notes"].update({"ZZ.99": "?"}), "không có trong bản"),
    (lambda r: r["review"].update(state="accepted"), "ghi chú"),
], ids=["bidi override", "escape", "newline in a name", "NFD", "planted member", "wrong type", "unknown state",
        "return without reason", "unknown criterion", "acceptance with notes"])
def test_receipts_that_the_app_would_never_write_are_refused(loop, returned, change, words):
    """Control and bidirectional-text characters, text not in NFC, members or types the schema does not have, a
    return without a reason, notes on criteria the assessment lacks and an acceptance with notes are refused."""
    _refused(loop, variant(returned, change), words=words)


def test_the_office_reading_its_own_receipt_is_told_to_send_it(loop, returned):
    """A clerk importing the receipt just written is told it goes to the school, and nothing changes."""
    _refused(loop, returned, repo=loop.office, words="gửi cho trường")


def test_a_dry_run_checks_but_keeps_nothing(loop, returned):
    """``import --dry-run`` reports the verdict and writes nothing."""
    from papi_desktop.exchange.receipt_import import import_receipts

    before = dump(loop.school)
    [r] = import_receipts(loop.school, [returned], dry_run=True)
    assert r.result == "applied" and "trả lại" in r.vi
    assert dump(loop.school) == before


def test_a_new_office_certificate_is_taken_only_when_the_school_accepts_it(loop):
    """Refused at first (and marked so), a receipt signed with the office's new certificate is applied when the
    school accepts the new certificate; that is audited, and the old certificate is then the stranger."""
    from papi_desktop.exchange.receipt_import import import_receipts

    loop.send()
    loop.decide("returned", "Thiếu minh chứng")
    assert loop.read(loop.receipt(signer=office_signer())).result == "applied"
    loop.resubmit()
    loop.decide("accepted")
    renewed = loop.receipt(signer=office_signer("renewed"))
    assert _refused(loop, renewed, words="chứng thư khác").signer_changed
    [r] = import_receipts(loop.school, [renewed], accept_new_key=True)
    assert r.result == "applied" and loop.school.newest_receipt(loop.aid)["state"] == "accepted"
    assert [e.action for e in loop.school.audit_log(loop.aid)].count("office_signer_replaced") == 1
    loop.decide("accepted", "Lần nữa")
    _refused(loop, loop.receipt(signer=office_signer()), words="chứng thư khác")
