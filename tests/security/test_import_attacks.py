"""Hostile data files at the office: each is refused with one sentence and the database stays exactly as it was."""

from __future__ import annotations

import io
import zipfile

import pytest

from papi_desktop.exchange.importer import CONFLICT, IMPORTED, REJECTED, import_paths
from papi_desktop.exchange.writer import export_assessment
from tests.security.conftest import db_dump
from tests.security.helpers import canonical_text, final, forge, schools_of


@pytest.fixture
def genuine(source, office, tmp_path):
    """The bytes of a school's genuine file (with an evidence PDF); the office already holds the school's
    previous year."""
    a = final(source)
    prev = final(source, "2024-2025")
    import_paths(office, [export_assessment(source, prev.id, tmp_path / "prev.papi")])
    return export_assessment(source, a.id, tmp_path / "genuine.papi").read_bytes()


def refused(office, tmp_path, data: bytes, name: str = "hostile.papi"):
    """Import ``data``: it must be rejected, with a sentence in both languages, and change nothing."""
    before = db_dump(office)
    (tmp_path / name).write_bytes(data)
    [r] = import_paths(office, [tmp_path / name]).results
    assert r.result == REJECTED, r.reason_en
    assert r.reason_vi.endswith(".") and r.reason_en.endswith(".") and "Traceback" not in r.reason_en
    assert db_dump(office) == before
    return r


# -- evidence files -------------------------------------------------------------------------------------------

def test_evidence_named_with_a_right_to_left_override_is_refused(office, tmp_path, genuine):
    """"Bien-ban-hop\\u202efdp.exe" (shown as "…exe.pdf") is refused at import, naming U+202E."""
    def rename(c):
        c["attachments"][0]["filename"] = "Bien-ban-hop\u202efdp.exe"

    r = refused(office, tmp_path, forge(genuine, content=rename))
    assert "U+202E" in r.reason_vi and "tên tệp minh chứng" in r.reason_vi


def test_nul_in_an_evidence_name_is_refused_not_a_crash(office, tmp_path, genuine):
    """A NUL in an evidence file's name is a refusal with a sentence (it used to raise ValueError)."""
    def rename(c):
        c["attachments"][0]["filename"] = "bien-ban\x00.pdf"

    assert "U+0000" in refused(office, tmp_path, forge(genuine, content=rename)).reason_vi


def test_program_disguised_as_a_pdf_is_refused_by_its_content(office, tmp_path, genuine):
    """A Windows program named "Biên bản họp.pdf" is refused: the type is judged by the bytes, not the name."""
    exe = b"MZ\x90\x00" + b"\x00" * 60 + b"PE\x00\x00" + b"\x00" * 500
    r = refused(office, tmp_path, forge(genuine, attachments={"Biên bản họp.pdf": exe}))
    assert "chương trình" in r.reason_vi and "PDF" in r.reason_vi


def test_macro_document_is_refused(office, tmp_path, genuine):
    """A Word document carrying a VBA project (a macro) is refused even when named .docx."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", '<Types><Override PartName="/word/document.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        zf.writestr("word/document.xml", "<w:document/>")
        zf.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0 macro")
    r = refused(office, tmp_path, forge(genuine, attachments={"Kế hoạch.docx": buf.getvalue()}))
    assert "macro" in r.reason_vi


# -- answers and values -----------------------------------------------------------------------------------------

def _bad_value(catalogue, kind: str):
    """``(criterion id, value)``: a form answer the catalogue's rules refuse — a count of −80, an unknown option
    key, or half a person — whatever catalogue version the file uses."""
    for c in catalogue.criteria:
        model = c.answer
        if model.model != "form" or model.per_campus:
            continue
        for f in model.fields:
            if kind in ("negative", "fraction") and f.type == "count":
                return c.id, {f.key: -80 if kind == "negative" else 0.5}
            if kind == "option" and f.type == "multichoice":
                return c.id, {f.key: ["khong_co_lua_chon_nay"]}
    raise AssertionError(f"no form criterion for {kind}")


@pytest.mark.parametrize(("kind", "words"), [("negative", "nhỏ hơn 0"), ("option", "lựa chọn không hợp lệ"),
                                             ("fraction", "số nguyên")])
def test_answers_the_school_app_would_not_finalise_are_refused(office, tmp_path, genuine, kind, words):
    """Values outside the criterion's rules (−80 staff, an unknown option, half a teacher) are refused at import
    by the same rule that stops finalising (finalise_blockers), naming the criterion."""
    import json

    from papi_desktop.core.catalogue import catalogue_for

    a = json.loads(zipfile.ZipFile(io.BytesIO(genuine)).read("assessment.json"))["assessment"]
    cid, value = _bad_value(catalogue_for(a["catalogue_id"], a["catalogue_version"]), kind)

    def change(c):
        for x in c["answers"]:
            if x["criterion_id"] == cid:
                x.update(value={**x["value"], **value}, na=False)

    r = refused(office, tmp_path, forge(genuine, content=change))
    assert cid in r.reason_vi and words in r.reason_vi


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_nan_and_infinity_are_refused(office, tmp_path, genuine, literal):
    """A NaN or Infinity literal (or a number too big for a float) in the content is refused, not stored."""
    import json

    c = json.loads(zipfile.ZipFile(io.BytesIO(genuine)).read("assessment.json"))
    c["answers"][0]["value"] = {"so": 0}
    raw = canonical_text(c).replace('{"so":0}', '{"so":' + literal + "}").encode()
    assert "JSON" in refused(office, tmp_path, forge(genuine, raw_content=raw)).reason_vi


def test_repeated_keys_in_the_manifest_are_refused(office, tmp_path, genuine):
    """A manifest with a key twice (two readers would see two different files) is refused, naming the key."""
    from tests.exchange.conftest import entries, pack

    files = entries(genuine)
    files["manifest.json"] = files["manifest.json"].replace(b'"revision":', b'"revision": 100000, "revision":', 1)
    r = refused(office, tmp_path, pack(files))
    assert "revision" in r.reason_vi and "bị lặp" in r.reason_vi


def test_repeated_keys_in_the_content_are_refused(office, tmp_path, genuine):
    """Repeated keys in assessment.json are refused too."""
    import json

    c = json.loads(zipfile.ZipFile(io.BytesIO(genuine)).read("assessment.json"))
    text = canonical_text(c).replace('"format":', '"format":"x","format":', 1)
    assert "bị lặp" in refused(office, tmp_path, forge(genuine, raw_content=text.encode())).reason_vi


@pytest.mark.parametrize("year", ["9998-9999", "2030-2031", "2019-2020"])
def test_school_years_outside_the_catalogue_are_refused(office, tmp_path, genuine, year):
    """A school year not in the catalogue (or after next year) is refused, so it can never become the default
    year of the summary, the bundle or "roster missing"."""
    from papi_desktop.storage import exchange_store as store

    def change_year(c):
        c["assessment"]["school_year"] = year

    r = refused(office, tmp_path, forge(genuine, content=change_year, manifest=lambda m: m.update(school_year=year)))
    assert year in r.reason_vi
    assert year not in store.summary_years(office)


@pytest.mark.parametrize("name", ["Trường\x01A", "Trường \x1b[2J\x1b[HĐạt hết", "Trường\u202eạoĐ", "Trường\uffff",
                                  "Trường\nA"])
def test_control_and_bidi_characters_in_the_school_name_are_refused(office, tmp_path, genuine, name):
    """Control characters (also a newline), ANSI escapes, U+202E and U+FFFF in a school name are refused."""
    def rename(c):
        c["school"]["name"] = name

    r = refused(office, tmp_path, forge(genuine, content=rename, manifest=lambda m: m["school"].update(name=name)))
    assert "U+" in r.reason_vi and "tên trường" in r.reason_vi


def test_control_characters_in_a_note_are_refused_but_newlines_are_kept(office, tmp_path, genuine):
    """A note may have lines and tabs; an ESC in it is refused."""
    def note(text):
        def change(c):
            c["answers"][0]["note"] = text
        return change

    assert "U+001B" in refused(office, tmp_path, forge(genuine, content=note("a\x1b[31mb"))).reason_vi
    (tmp_path / "ok.papi").write_bytes(forge(genuine, content=note("dòng 1\n\tdòng 2")))
    [r] = import_paths(office, [tmp_path / "ok.papi"]).results
    assert r.result == IMPORTED


def test_school_codes_differing_only_by_case_are_one_school(office, tmp_path, genuine):
    """A file naming "th64…" when "TH64…" is held is a conflict for that school, never a second school."""
    held = schools_of(office)
    code = held[0][0]

    def lower(c):
        c["school"]["code"] = code.lower()

    data = forge(genuine, content=lower, manifest=lambda m: m["school"].update(code=code.lower()))
    (tmp_path / "lower.papi").write_bytes(data)
    [r] = import_paths(office, [tmp_path / "lower.papi"]).results
    assert r.result == CONFLICT and "chữ hoa/chữ thường" in r.reason_vi
    assert schools_of(office) == held
