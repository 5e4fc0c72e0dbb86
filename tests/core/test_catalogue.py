"""The criteria catalogue: loading, schema validation and the messages a broken file gives."""

from __future__ import annotations

import copy
import json
import unicodedata

import pytest

from papi_desktop.core.catalogue import (
    bundled_catalogues,
    catalogue_for,
    catalogue_for_year,
    default_catalogue,
    load_catalogue,
    parse_catalogue,
)
from papi_desktop.errors import CatalogueError
from papi_desktop.resources import resource_path


@pytest.fixture
def raw():
    return json.loads(resource_path("criteria", "papi-tieu-hoc.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("key", sorted(bundled_catalogues()))
def test_bundled_catalogues_load_with_all_dimensions(key):
    """Every shipped catalogue loads and has the 8 PAPI dimensions plus the primary-school group."""
    cat = bundled_catalogues()[key]
    assert cat.catalogue_id == "papi-tieu-hoc"
    assert {d.papi_dimension for d in cat.dimensions} - {None} == set(range(1, 9))
    assert "TH" in [d.id for d in cat.dimensions]
    assert all(cat.criteria_of(d.id) for d in cat.dimensions)


def test_new_assessments_take_the_newest_catalogue_that_covers_their_year():
    """2024-2025 keeps the released 2025.1 catalogue; 2025-2026 and later take 2026.1."""
    assert catalogue_for_year("2024-2025").version == "2025.1"
    assert catalogue_for_year("2025-2026").version == "2026.1"
    assert catalogue_for_year("2027-2028").version == "2026.1"


def test_the_released_catalogue_is_unchanged():
    """papi-tieu-hoc.json (2025.1) keeps the SHA-256 that data files already sent carry."""
    import hashlib

    raw = resource_path("criteria", "papi-tieu-hoc.json").read_bytes()
    assert hashlib.sha256(raw).hexdigest() == "54c833d359f441204fbc741749b94c3dad49b5ba3cbb47b7ffddcbb5d4ca264e"
    assert catalogue_for("papi-tieu-hoc", "2025.1").sha256 == (
        "f4d537272fcf1586ae14bb8ae19cd805228f32919c77ed41bb343415a92cae9b")


def test_leadership_items_have_a_group_outside_the_papi_dimensions():
    """Seed II.1 (chỉ đạo, điều hành) is its own group in 2026.1, outside PAPI dimension 1, and says which old ids
    it replaces."""
    cat = catalogue_for("papi-tieu-hoc", "2026.1")
    group = cat.dimension("CD")
    assert group.papi_dimension is None
    assert [(c.id, c.replaces) for c in cat.criteria_of("CD")] == [
        ("CD.01", ("D1.01",)), ("CD.02", ("D1.02",)), ("CD.03", ("D1.03",))]
    assert all("II.1" not in c.seed_refs for c in cat.criteria_of("D1"))


def test_every_answer_model_is_used():
    """The catalogue uses yes/no/partly, counts with derived verdicts, choices and disclosure dates."""
    cat = default_catalogue()
    models = {c.answer.model for c in cat.criteria}
    assert models == {"yes_no_partly", "form", "disclosure"}
    field_types = {f.type for c in cat.criteria for f in c.answer.fields}
    assert {"count", "choice", "yes_no"} <= field_types


def test_missing_required_key_names_the_criterion(raw):
    """A criterion without its English text is refused with a message naming that criterion."""
    bad = copy.deepcopy(raw)
    victim = bad["criteria"][1]
    del victim["text"]["en"]
    with pytest.raises(CatalogueError) as err:
        parse_catalogue(bad, "test.json")
    assert victim["id"] in err.value.vi and victim["id"] in err.value.en


def test_unknown_dimension_is_refused(raw):
    """A criterion pointing at a dimension that does not exist is refused by id."""
    bad = copy.deepcopy(raw)
    bad["criteria"][0]["dimension"] = "D9"
    with pytest.raises(CatalogueError, match=bad["criteria"][0]["id"]):
        parse_catalogue(bad)


def test_duplicate_criterion_id_is_refused(raw):
    """Two criteria with the same id are refused."""
    bad = copy.deepcopy(raw)
    bad["criteria"].append(copy.deepcopy(bad["criteria"][0]))
    with pytest.raises(CatalogueError, match="duplicated"):
        parse_catalogue(bad)


def test_condition_on_unknown_field_is_refused(raw):
    """A verdict rule that names a field the criterion does not ask is refused."""
    bad = copy.deepcopy(raw)
    form = next(c for c in bad["criteria"] if c["answer"]["model"] == "form")
    form["answer"]["met_when"].append({"left": "khong_co", "op": ">", "right": 0})
    with pytest.raises(CatalogueError, match="khong_co"):
        parse_catalogue(bad)


def test_decomposed_text_is_refused(raw):
    """Text typed in NFD (decomposed) is refused: the catalogue must be NFC."""
    bad = copy.deepcopy(raw)
    bad["criteria"][0]["text"]["vi"] = unicodedata.normalize("NFD", "Lớp học kiên cố")
    with pytest.raises(CatalogueError, match="NFC"):
        parse_catalogue(bad)


def test_unreadable_file_gives_clear_error(tmp_path):
    """A file that is not JSON gives a CatalogueError, not a traceback."""
    p = tmp_path / "broken.json"
    p.write_text("{ not json", encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"broken\.json"):
        load_catalogue(p)
    with pytest.raises(CatalogueError):
        load_catalogue(tmp_path / "missing.json")


def test_catalogue_hash_changes_with_content(raw):
    """The catalogue hash identifies the content: one changed word changes it."""
    a = parse_catalogue(raw)
    changed = copy.deepcopy(raw)
    changed["criteria"][0]["guidance"]["en"] += " More."
    assert parse_catalogue(changed).sha256 != a.sha256
    assert parse_catalogue(copy.deepcopy(raw)).sha256 == a.sha256


def test_no_generated_validator_ships_and_the_schema_is_compiled_once():
    """The schema is compiled at run time (no generated code pinned to a fastjsonschema version), once per process."""
    from papi_desktop.core import catalogue

    assert not (resource_path("..", "src", "papi_desktop", "core", "catalogue_validator.py")).exists()
    assert catalogue._validator() is catalogue._validator()


def test_the_schema_file_as_it_is_is_what_is_applied(monkeypatch, tmp_path, raw):
    """A changed schema file is compiled and applied as it is."""
    from papi_desktop.core import catalogue

    schema = json.loads(resource_path(*catalogue.SCHEMA_FILE).read_text(encoding="utf-8"))
    schema["properties"]["catalogue_id"] = {"const": "another-catalogue"}
    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "catalogue.schema.json").write_text(json.dumps(schema), encoding="utf-8")
    monkeypatch.setattr(catalogue, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    catalogue._validator.cache_clear()
    try:
        with pytest.raises(CatalogueError, match="catalogue_id"):
            parse_catalogue(raw)
    finally:
        catalogue._validator.cache_clear()
