"""Every incoming file is hostile: each kind of bad file is refused with its reason and changes nothing."""

from __future__ import annotations

import io
import json
import stat
import zipfile

import pytest

from papi_desktop.exchange import fileformat as ff
from papi_desktop.exchange.importer import REJECTED, import_paths

from .conftest import dump, entries, pack, rebuild


def _import_bad(office, tmp_path, data: bytes, name: str = "bad.papi"):
    """Import ``data`` into ``office`` (which already holds one good file); return the result and check no change."""
    before = dump(office)
    path = tmp_path / name
    path.write_bytes(data)
    [result] = import_paths(office, [path]).results
    assert result.result == REJECTED
    assert dump(office) == before
    log = office.db.execute("SELECT result, reason FROM import_log ORDER BY id DESC LIMIT 1").fetchone()
    assert log[0] == REJECTED and log[1] == result.reason_vi
    return result


@pytest.fixture
def good(exported, office):
    """The bytes of a valid file (with an evidence file); the office already holds another school's file."""
    import_paths(office, [p for p in exported if "2024-2025" in p.name])
    return next(p.read_bytes() for p in exported if len(entries(p.read_bytes())) > 2)


def _with_info(data: bytes, info: zipfile.ZipInfo, payload: bytes) -> bytes:
    out = io.BytesIO(data)
    with zipfile.ZipFile(out, "a") as zf:
        zf.writestr(info, payload)
    return out.getvalue()


def test_not_a_zip(office, tmp_path, good):
    """A file that is not a ZIP is refused as damaged and nothing is written."""
    r = _import_bad(office, tmp_path, b"PK\x03\x04 this is not really a zip")
    assert "không mở được dạng ZIP" in r.reason_vi


def test_file_too_large(office, tmp_path, good, monkeypatch):
    """A file over the size limit is refused before it is read."""
    monkeypatch.setattr(ff, "MAX_FILE_BYTES", 1000)
    assert "quá lớn" in _import_bad(office, tmp_path, good).reason_vi


@pytest.mark.parametrize("name, words", [
    ("/etc/passwd", "đường dẫn tuyệt đối"),
    ("C:/Windows/evil.dll", "đường dẫn tuyệt đối"),
    ("attachments/../../evil", "«..»"),
    ("..\\evil.txt", "«..»"),
    ("readme.txt", "thành phần lạ"),
])
def test_unsafe_entry_names(office, tmp_path, good, name, words):
    """Entries with absolute paths, '..' or unknown names are refused."""
    r = _import_bad(office, tmp_path, _with_info(good, zipfile.ZipInfo(name), b"x"))
    assert words in r.reason_vi and "không an toàn" in r.reason_vi


def test_symlink_entry(office, tmp_path, good):
    """An entry with symlink mode bits is refused."""
    sha = "a" * 64
    info = zipfile.ZipInfo(f"attachments/{sha}")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    assert "symlink" in _import_bad(office, tmp_path, _with_info(good, info, b"/etc/passwd")).reason_vi


def test_repeated_entry(office, tmp_path, good):
    """A second entry with the name of an existing one (a shadowing trick) is refused."""
    with pytest.warns(UserWarning):
        data = _with_info(good, zipfile.ZipInfo(ff.MANIFEST), b"{}")
    assert "bị lặp" in _import_bad(office, tmp_path, data).reason_vi


def test_too_many_entries(office, tmp_path, good):
    """A file with more entries than allowed is refused before any is decompressed."""
    files = entries(good)
    files.update({f"attachments/{i:064x}": b"" for i in range(ff.MAX_ENTRIES)})
    assert "quá nhiều thành phần" in _import_bad(office, tmp_path, pack(files)).reason_vi


def test_entry_too_large(office, tmp_path, good, monkeypatch):
    """An entry declaring more than the limit is refused."""
    monkeypatch.setattr(ff, "MAX_JSON_BYTES", 100)
    assert "quá lớn" in _import_bad(office, tmp_path, good).reason_vi


def test_zip_bomb(office, tmp_path, good):
    """A highly compressed entry (a zip bomb) is refused from its declared sizes."""
    files = entries(good)
    files[f"attachments/{'b' * 64}"] = b"\0" * (4 * 1024 * 1024)
    assert "bom ZIP" in _import_bad(office, tmp_path, pack(files)).reason_vi


def test_lying_size_in_directory(office, tmp_path, good):
    """An entry whose real size differs from the declared one is refused."""
    files = entries(good)
    raw = bytearray(pack(files))
    # shrink the declared uncompressed size of manifest.json in the central directory
    idx = raw.find(b"manifest.json", raw.find(b"PK\x01\x02"))
    start = idx - 46
    assert raw[start:start + 4] == b"PK\x01\x02"
    size = int.from_bytes(raw[start + 24:start + 28], "little")
    raw[start + 24:start + 28] = (size - 10).to_bytes(4, "little")
    r = _import_bad(office, tmp_path, bytes(raw))
    assert "kích thước" in r.reason_vi or "không mở được" in r.reason_vi


def test_encrypted_entry(office, tmp_path, good):
    """An encrypted entry is refused."""
    raw = bytearray(good)
    start = raw.find(b"PK\x01\x02")
    raw[start + 8] |= 0x1
    assert "mật khẩu" in _import_bad(office, tmp_path, bytes(raw)).reason_vi


def test_invalid_json(office, tmp_path, good):
    """A manifest that is not JSON is refused as damaged."""
    files = entries(good)
    files["manifest.json"] = b"{not json"
    assert "không phải JSON" in _import_bad(office, tmp_path, pack(files)).reason_vi


def test_missing_manifest(office, tmp_path, good):
    """A ZIP without a manifest is not a data file."""
    files = entries(good)
    del files["manifest.json"]
    assert "manifest.json" in _import_bad(office, tmp_path, pack(files)).reason_vi


def test_schema_violation(office, tmp_path, good):
    """Content that breaks the schema is refused and the place is named."""
    def bad(c):
        c["answers"][0]["na"] = "yes"

    r = _import_bad(office, tmp_path, rebuild(good, content=bad))
    assert "sai cấu trúc" in r.reason_vi and "answers" in r.reason_vi


def test_unknown_format_version(office, tmp_path, good):
    """A file from a newer app version asks the clerk to update the app."""
    r = _import_bad(office, tmp_path, rebuild(good, manifest=lambda m: m.update(format_version=99)))
    assert "cập nhật ứng dụng" in r.reason_vi


def test_wrong_format_name(office, tmp_path, good):
    """A ZIP with somebody else's manifest is not a PAPI file."""
    r = _import_bad(office, tmp_path, rebuild(good, manifest=lambda m: m.update(format="odk-submission")))
    assert "không phải tệp dữ liệu" in r.reason_vi


def test_unknown_catalogue(office, tmp_path, good):
    """A file made with a catalogue this app does not have is refused with advice to update."""
    def other(c):
        c["assessment"]["catalogue_version"] = "2099.1"

    r = _import_bad(office, tmp_path, rebuild(good, content=other,
                                                  manifest=lambda m: m["catalogue"].update(version="2099.1")))
    assert "bộ tiêu chí" in r.reason_vi and "cập nhật" in r.reason_vi


def test_unknown_criterion(office, tmp_path, good):
    """An answer to a criterion the catalogue does not have is refused."""
    def extra(c):
        c["answers"].append({"criterion_id": "XX.99", "value": {}, "na": False, "na_reason": "", "note": ""})

    assert "XX.99" in _import_bad(office, tmp_path, rebuild(good, content=extra)).reason_vi


def test_content_hash_mismatch(office, tmp_path, good):
    """Content changed without updating the manifest's hash is refused as altered."""
    files = entries(good)
    c = json.loads(files["assessment.json"])
    c["school"]["principal"] = "Người Khác"
    from papi_desktop.core.snapshot import canonical_json

    body = canonical_json(c)
    m = json.loads(files["manifest.json"])
    m["content"]["size"] = len(body)
    files["assessment.json"], files["manifest.json"] = body, ff.manifest_bytes(m)
    assert "mã băm nội dung" in _import_bad(office, tmp_path, pack(files)).reason_vi


def test_verification_code_mismatch(office, tmp_path, good):
    """A verification code that does not belong to the content hash is refused."""
    r = _import_bad(office, tmp_path, rebuild(good, manifest=lambda m: m.update(verification_code="AAAA-AAAA-AAAA")))
    assert "mã xác thực" in r.reason_vi


def test_non_canonical_content(office, tmp_path, good):
    """Content that is not in canonical form (here: decomposed NFD text) is refused even with matching hashes."""
    import hashlib
    import unicodedata

    files = entries(good)
    body = unicodedata.normalize("NFD", files["assessment.json"].decode()).encode()
    m = json.loads(files["manifest.json"])
    m["content_hash"] = hashlib.sha256(body).hexdigest()
    from papi_desktop.core.snapshot import verification_code

    m["verification_code"], m["content"]["size"] = verification_code(m["content_hash"]), len(body)
    files["assessment.json"], files["manifest.json"] = body, ff.manifest_bytes(m)
    assert "dạng chuẩn" in _import_bad(office, tmp_path, pack(files)).reason_vi


def test_attachment_hash_mismatch(office, tmp_path, good):
    """An evidence file whose bytes do not match its hash is refused."""
    files = entries(good)
    name = next(n for n in files if n.startswith("attachments/"))
    files[name] = files[name][:-1] + b"!"
    assert "tệp minh chứng" in _import_bad(office, tmp_path, pack(files)).reason_vi


def test_attachment_missing(office, tmp_path, good):
    """A listed evidence file that is not in the ZIP is refused."""
    files = entries(good)
    del files[next(n for n in files if n.startswith("attachments/"))]
    assert "thiếu hoặc thừa" in _import_bad(office, tmp_path, pack(files)).reason_vi


def test_unreadable_path(office, tmp_path):
    """A path that does not exist is reported as rejected, with the reason."""
    [r] = import_paths(office, [tmp_path / "khong-co.papi"]).results
    assert r.result == REJECTED and "Không đọc được" in r.reason_vi


def test_one_bad_file_does_not_stop_the_others(office, tmp_path, exported):
    """In a folder with a bad file, the good files are imported and only the bad one is rejected."""
    folder = exported[0].parent
    (folder / "zz-hong.papi").write_bytes(b"garbage")
    report = import_paths(office, [folder])
    assert report.count(REJECTED) == 1 and report.count("imported") == len(exported)
    assert not report.ok


def test_failure_while_writing_rolls_back_only_that_file(exported, office, monkeypatch):
    """A file that fails half-way through being written leaves nothing behind; the rest of its batch imports."""
    from papi_desktop.storage import exchange_store

    real = exchange_store.write_imported
    victim = exported[1].name

    def flaky(repo, items, **kw):
        real(repo, items, **kw)  # everything of the file (and of those written with it) is written …
        if any(name.endswith(victim) for name in kw["file_names"]):
            raise RuntimeError("disk pulled out")  # … then it fails

    monkeypatch.setattr(exchange_store, "write_imported", flaky)
    report = import_paths(office, exported)
    assert [r.result for r in report.results].count(REJECTED) == 1
    bad = next(r for r in report.results if r.result == REJECTED)
    assert bad.path.endswith(victim)
    held = {a.school_code + a.school_year for a in office.list_assessments()}
    assert len(held) == len(exported) - 1
    ids = [row[0] for row in office.db.execute("SELECT assessment_id FROM answers")]
    victim_key = victim.split("_r")[0].replace("_", "")
    assert victim_key not in held and len(set(ids)) == len(exported) - 1
