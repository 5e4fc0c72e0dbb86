"""The criteria catalogue: a versioned JSON file under ``resources/criteria/``, validated at load time.

The file format is described by ``resources/schemas/catalogue.schema.json``. Loading checks the schema and then
the rules a schema cannot express (unique ids, known dimensions, conditions naming existing fields and
options). Any problem raises :class:`~papi_desktop.errors.CatalogueError` naming the bad entry.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from papi_desktop.errors import CatalogueError
from papi_desktop.resources import resource_path

DEFAULT_CATALOGUE = "papi-tieu-hoc.json"
YES_NO = ("yes", "no")
ANSWER_MODELS = ("yes_no_partly", "form", "disclosure")


@dataclass(frozen=True)
class Text:
    """A text in Vietnamese and English."""

    vi: str
    en: str

    def get(self, lang: str = "vi") -> str:
        return self.vi if lang == "vi" else self.en

    @classmethod
    def of(cls, raw: dict | None) -> Text | None:
        return cls(raw["vi"], raw["en"]) if raw else None


@dataclass(frozen=True)
class Option:
    key: str
    label: Text


@dataclass(frozen=True)
class Field:
    """One question inside a ``form`` answer model."""

    key: str
    type: str
    label: Text
    help: Text | None = None
    jmp: str | None = None
    min: float | None = None
    max: float | None = None
    unit: Text | None = None
    options: tuple[Option, ...] = ()
    required: bool = True

    def option_keys(self) -> tuple[str, ...]:
        if self.type == "yes_no":
            return YES_NO
        return tuple(o.key for o in self.options)


@dataclass(frozen=True)
class Check:
    rule: dict
    message: Text


@dataclass(frozen=True)
class AnswerModel:
    """How a criterion is answered. ``model`` is one of :data:`ANSWER_MODELS`."""

    model: str
    allow_na: bool = True
    per_campus: bool = False
    fields: tuple[Field, ...] = ()
    met_when: tuple[dict, ...] = ()
    checks: tuple[Check, ...] = ()
    methods: tuple[Option, ...] = ()
    min_methods: int = 1
    deadline: str | None = None

    def field(self, key: str) -> Field:
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(key)


@dataclass(frozen=True)
class Criterion:
    id: str
    dimension: str
    text: Text
    guidance: Text
    legal_basis: tuple[str, ...]
    answer: AnswerModel
    verdict_rule: Text
    evidence: Text
    weight: float
    seed_refs: tuple[str, ...]
    papi_indicator: bool = False
    #: the answer model's rules compiled once by :mod:`papi_desktop.core.scoring` (not part of the criterion's value)
    _compiled: dict = field(default_factory=dict, init=False, repr=False, compare=False, hash=False)


@dataclass(frozen=True)
class Dimension:
    id: str
    papi_dimension: int
    name: Text
    short: Text | None = None


@dataclass(frozen=True)
class Catalogue:
    """A loaded, validated catalogue. Criteria keep the file's order."""

    catalogue_id: str
    version: str
    school_years: tuple[str, ...]
    title: Text
    dimensions: tuple[Dimension, ...]
    criteria: tuple[Criterion, ...]
    sha256: str
    source: str = ""
    _by_id: dict = field(default_factory=dict, repr=False, compare=False, hash=False)
    #: values derived once from the catalogue (e.g. by :func:`papi_desktop.core.scoring.score`)
    _memo: dict = field(default_factory=dict, init=False, repr=False, compare=False, hash=False)

    def criterion(self, criterion_id: str) -> Criterion:
        try:
            return self._by_id[criterion_id]
        except KeyError:
            raise CatalogueError(
                f"Tiêu chí «{criterion_id}» không có trong bộ tiêu chí {self.catalogue_id} {self.version}.",
                f"Criterion '{criterion_id}' is not in catalogue {self.catalogue_id} {self.version}.",
            ) from None

    def has(self, criterion_id: str) -> bool:
        return criterion_id in self._by_id

    def dimension(self, dimension_id: str) -> Dimension:
        for d in self.dimensions:
            if d.id == dimension_id:
                return d
        raise KeyError(dimension_id)

    def criteria_of(self, dimension_id: str) -> list[Criterion]:
        return [c for c in self.criteria if c.dimension == dimension_id]

    @property
    def key(self) -> tuple[str, str]:
        return (self.catalogue_id, self.version)


SCHEMA_FILE = ("schemas", "catalogue.schema.json")
#: the catalogue schema's validator, generated from the schema by :func:`validator_source` (compiling the schema
#: at every start costs ~70 ms); regenerate with ``python -m papi_desktop.core.catalogue``
GENERATED_VALIDATOR = Path(__file__).with_name("catalogue_validator.py")


def validator_source(schema_bytes: bytes) -> str:
    """The Python source of the validator of the catalogue schema ``schema_bytes`` (deterministic)."""
    import fastjsonschema

    schema = json.loads(schema_bytes)
    code = fastjsonschema.compile_to_code(schema)
    entry = fastjsonschema.compile(schema).__name__  # the generated function that validates the whole document
    return (
        '"""Validator of resources/schemas/catalogue.schema.json, generated by fastjsonschema.compile_to_code.\n\n'
        'Do not edit: run ``python -m papi_desktop.core.catalogue`` after changing the schema (a test checks that\n'
        'regenerating gives this file).\n"""\n# ruff: noqa\n'
        f"SCHEMA_SHA256 = {hashlib.sha256(schema_bytes).hexdigest()!r}\n" + code + f"\n\nvalidate = {entry}\n"
    )


@cache
def _validator():
    """The generated validator when it was made from the schema file as it is now, else a freshly compiled one."""
    schema_bytes = resource_path(*SCHEMA_FILE).read_bytes()
    from papi_desktop.core import catalogue_validator as generated

    if hashlib.sha256(schema_bytes).hexdigest() == generated.SCHEMA_SHA256:
        return generated.validate
    import fastjsonschema

    return fastjsonschema.compile(json.loads(schema_bytes))


def _entry_name(raw: Any, path: str) -> str:
    """Turn a fastjsonschema path like ``data.criteria[3].answer`` into "criterion TH.04 (criteria[3].answer)"."""
    m = re.search(r"criteria\[(\d+)\]", path)
    where = path.removeprefix("data.").removeprefix("data")
    if m and isinstance(raw, dict):
        try:
            cid = raw["criteria"][int(m.group(1))].get("id", "?")
        except (IndexError, KeyError, TypeError, AttributeError):
            cid = "?"
        return f"{cid} ({where})"
    return where or "(root)"


def _fail(source: str, vi: str, en: str) -> CatalogueError:
    return CatalogueError(f"Bộ tiêu chí {source} không hợp lệ: {vi}", f"Catalogue {source} is invalid: {en}")


def parse_catalogue(raw: Any, source: str = "<memory>") -> Catalogue:
    """Validate the decoded JSON ``raw`` and build a :class:`Catalogue`. Raises CatalogueError."""
    import fastjsonschema

    try:
        _validator()(raw)
    except fastjsonschema.JsonSchemaValueException as exc:
        entry = _entry_name(raw, str(exc.name))
        raise _fail(source, f"mục {entry}: {exc.message}", f"entry {entry}: {exc.message}") from None
    _check_text_nfc(raw, source)
    dims = tuple(
        Dimension(d["id"], d["papi_dimension"], Text.of(d["name"]), Text.of(d.get("short")))
        for d in raw["dimensions"]
    )
    dim_ids = [d.id for d in dims]
    if len(set(dim_ids)) != len(dim_ids):
        raise _fail(source, "trùng mã lĩnh vực.", "duplicate dimension id.")
    criteria: list[Criterion] = []
    seen: set[str] = set()
    for c in raw["criteria"]:
        cid = c["id"]
        if cid in seen:
            raise _fail(source, f"mã tiêu chí {cid} bị trùng.", f"criterion id {cid} is duplicated.")
        seen.add(cid)
        if c["dimension"] not in dim_ids:
            raise _fail(
                source,
                f"tiêu chí {cid} thuộc lĩnh vực không tồn tại «{c['dimension']}».",
                f"criterion {cid} names unknown dimension '{c['dimension']}'.",
            )
        criteria.append(_build_criterion(c, source))
    digest = hashlib.sha256(json.dumps(raw, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
    cat = Catalogue(
        catalogue_id=raw["catalogue_id"],
        version=raw["version"],
        school_years=tuple(raw["school_years"]),
        title=Text.of(raw["title"]),
        dimensions=dims,
        criteria=tuple(criteria),
        sha256=digest,
        source=raw.get("source", ""),
    )
    cat._by_id.update({c.id: c for c in criteria})
    return cat


def _check_text_nfc(raw: Any, source: str, path: str = "") -> None:
    if isinstance(raw, str):
        if not unicodedata.is_normalized("NFC", raw):
            raise _fail(source, f"văn bản ở {path} không ở dạng NFC.", f"text at {path} is not in NFC.")
    elif isinstance(raw, dict):
        for k, v in raw.items():
            _check_text_nfc(v, source, f"{path}.{k}")
    elif isinstance(raw, list):
        for i, v in enumerate(raw):
            _check_text_nfc(v, source, f"{path}[{i}]")


def _build_criterion(c: dict, source: str) -> Criterion:
    a = c["answer"]
    cid = c["id"]
    fields = tuple(
        Field(
            key=f["key"],
            type=f["type"],
            label=Text.of(f["label"]),
            help=Text.of(f.get("help")),
            jmp=f.get("jmp"),
            min=f.get("min"),
            max=f.get("max"),
            unit=Text.of(f.get("unit")),
            options=tuple(Option(o["key"], Text.of(o["label"])) for o in f.get("options", ())),
            required=f.get("required", True),
        )
        for f in a.get("fields", ())
    )
    model = AnswerModel(
        model=a["model"],
        allow_na=a.get("allow_na", True),
        per_campus=a.get("per_campus", False),
        fields=fields,
        met_when=tuple(a.get("met_when", ())),
        checks=tuple(Check(ch["rule"], Text.of(ch["message"])) for ch in a.get("checks", ())),
        methods=tuple(Option(o["key"], Text.of(o["label"])) for o in a.get("methods", ())),
        min_methods=a.get("min_methods", 1),
        deadline=a.get("deadline"),
    )
    _check_model(cid, model, source)
    return Criterion(
        id=cid,
        dimension=c["dimension"],
        text=Text.of(c["text"]),
        guidance=Text.of(c["guidance"]),
        legal_basis=tuple(c["legal_basis"]),
        answer=model,
        verdict_rule=Text.of(c["verdict_rule"]),
        evidence=Text.of(c["evidence"]),
        weight=float(c["weight"]),
        seed_refs=tuple(c["seed_refs"]),
        papi_indicator=c.get("papi_indicator", False),
    )


def _check_model(cid: str, model: AnswerModel, source: str) -> None:
    keys = [f.key for f in model.fields]
    if len(set(keys)) != len(keys):
        raise _fail(source, f"tiêu chí {cid} có câu hỏi trùng mã.", f"criterion {cid} has duplicate field keys.")
    by_key = {f.key: f for f in model.fields}
    for f in model.fields:
        if f.type in ("choice", "multichoice") and not f.options:
            raise _fail(
                source, f"tiêu chí {cid}, câu {f.key}: thiếu danh sách lựa chọn.",
                f"criterion {cid}, field {f.key}: choice without options.",
            )

    def names(expr: Any) -> list[str]:
        if isinstance(expr, str):
            return [expr]
        if isinstance(expr, dict):
            return list(expr["sum"])
        return []

    conditions = list(model.met_when) + [ch.rule for ch in model.checks]
    for cond in conditions:
        refs = names(cond.get("left")) + names(cond.get("right")) + ([cond["field"]] if "field" in cond else [])
        for ref in refs:
            if ref not in by_key:
                raise _fail(
                    source, f"tiêu chí {cid}: điều kiện nhắc tới câu hỏi không tồn tại «{ref}».",
                    f"criterion {cid}: a condition names unknown field '{ref}'.",
                )
        if "in" in cond:
            allowed = by_key[cond["field"]].option_keys()
            for value in cond["in"]:
                if value not in allowed:
                    raise _fail(
                        source, f"tiêu chí {cid}: lựa chọn «{value}» không có trong câu {cond['field']}.",
                        f"criterion {cid}: option '{value}' is not an option of field {cond['field']}.",
                    )


def load_catalogue(path: str | Path | None = None) -> Catalogue:
    """Load and validate a catalogue file (default: the bundled one). Raises CatalogueError."""
    p = Path(path) if path else resource_path("criteria", DEFAULT_CATALOGUE)
    try:
        raw = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogueError(
            f"Không tìm thấy tệp bộ tiêu chí {p}.", f"Catalogue file {p} was not found."
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _fail(p.name, f"không đọc được JSON ({exc}).", f"not readable as JSON ({exc}).") from None
    return parse_catalogue(raw, p.name)


@cache
def default_catalogue() -> Catalogue:
    """The bundled catalogue, loaded once per process."""
    return load_catalogue()


@cache
def bundled_catalogues() -> dict[tuple[str, str], Catalogue]:
    """Every catalogue shipped under ``resources/criteria/``, by ``(catalogue_id, version)``."""
    out = {}
    for p in sorted(resource_path("criteria").glob("*.json")):
        cat = default_catalogue() if p.name == DEFAULT_CATALOGUE else load_catalogue(p)
        out[cat.key] = cat
    return out


def catalogue_for(catalogue_id: str, version: str) -> Catalogue:
    """The catalogue an assessment was made with; raises CatalogueError if this app does not ship it."""
    try:
        return bundled_catalogues()[(catalogue_id, version)]
    except KeyError:
        raise CatalogueError(
            f"Ứng dụng không có bộ tiêu chí {catalogue_id} phiên bản {version}; hãy cập nhật ứng dụng.",
            f"This app does not have catalogue {catalogue_id} version {version}; please update the app.",
        ) from None


if __name__ == "__main__":  # regenerate the shipped validator after a schema change
    GENERATED_VALIDATOR.write_text(validator_source(resource_path(*SCHEMA_FILE).read_bytes()), encoding="utf-8",
                                   newline="\n")
