"""The criteria catalogue: a versioned JSON file under ``resources/criteria/``, validated at load time.

The file format is described by ``resources/schemas/catalogue.schema.json``. Loading checks the schema and then
the rules a schema cannot express (unique ids, known dimensions, conditions naming existing fields and
options). Any problem raises :class:`~papi_desktop.errors.CatalogueError` naming the bad entry.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from papi_desktop.core.text import first_non_nfc
from papi_desktop.errors import CatalogueError
from papi_desktop.resources import resource_path

DEFAULT_CATALOGUE = "papi-tieu-hoc.json"
YES_NO = ("yes", "no")


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
    #: how the option reads in a sentence of the report ("Thực trạng"); ``None``: the label
    say: Text | None = None


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
    #: the phrase describing the value in a report sentence, with ``{value}``; ``say_zero`` for 0 or nothing
    #: chosen, ``say_yes`` / ``say_no`` for a yes/no field (see :mod:`papi_desktop.core.answers.text`)
    say: Text | None = None
    say_zero: Text | None = None
    say_yes: Text | None = None
    say_no: Text | None = None
    #: an expression over the school profile (``school.teachers`` …) the value must equal: pre-filled from it
    from_profile: Any = None

    def option_keys(self) -> tuple[str, ...]:
        if self.type == "yes_no":
            return YES_NO
        return tuple(o.key for o in self.options)


@dataclass(frozen=True)
class Check:
    """A condition of the rule language with the message shown next to ``field`` when it fails."""

    rule: dict
    message: Text | None = None
    field: str | None = None


@dataclass(frozen=True)
class AnswerModel:
    """How a criterion is answered. ``model`` names a module of :mod:`papi_desktop.core.answers`, which reads its
    own parameters; ``params`` is the catalogue's ``answer`` object as it is (for a model's own keys)."""

    model: str
    allow_na: bool = True
    per_campus: bool = False
    fields: tuple[Field, ...] = ()
    met_when: tuple[Check, ...] = ()
    checks: tuple[Check, ...] = ()
    methods: tuple[Option, ...] = ()
    min_methods: int = 1
    deadline: str | None = None
    params: dict = field(default_factory=dict, repr=False, compare=False, hash=False)

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
    #: ids this criterion had in older catalogue versions (copying last year's answers follows them)
    replaces: tuple[str, ...] = ()
    #: SHA-256 of the catalogue it belongs to: with ``id`` the key of its compiled rules
    catalogue_sha256: str = field(default="", compare=False)


@dataclass(frozen=True)
class Dimension:
    """A group of criteria: a PAPI dimension (``papi_dimension`` 1–8) or a group of its own (``None``)."""

    id: str
    papi_dimension: int | None
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


@cache
def _validator():
    """The catalogue schema compiled by fastjsonschema, once per process (≈ 60 ms; only when a catalogue is
    first loaded, never at import)."""
    import fastjsonschema

    return fastjsonschema.compile(json.loads(resource_path(*SCHEMA_FILE).read_bytes()))


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
    where = first_non_nfc(raw)
    if where is not None:
        raise _fail(source, f"văn bản ở {where} không ở dạng NFC.", f"text at {where} is not in NFC.")
    dims = tuple(
        Dimension(d["id"], d.get("papi_dimension"), Text.of(d["name"]), Text.of(d.get("short")))
        for d in raw["dimensions"]
    )
    dim_ids = [d.id for d in dims]
    if len(set(dim_ids)) != len(dim_ids):
        raise _fail(source, "trùng mã lĩnh vực.", "duplicate dimension id.")
    digest = hashlib.sha256(json.dumps(raw, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
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
        criteria.append(_build_criterion(c, digest))
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
    from papi_desktop.core.answers import check_catalogue

    problem = check_catalogue(cat)
    if problem:
        raise _fail(source, *problem)
    return cat


def _option(o: dict) -> Option:
    return Option(o["key"], Text.of(o["label"]), Text.of(o.get("say")))


def _check(raw: dict) -> Check:
    """A ``checks`` entry, or a ``met_when`` entry (a bare condition, or ``{rule, message, field}``; the rule
    language's shape is checked by the answer models, see :mod:`papi_desktop.core.answers.rules`)."""
    if "rule" in raw:
        message = raw.get("message")
        return Check(raw["rule"], Text.of(message) if isinstance(message, dict) else None, raw.get("field"))
    return Check(raw)


def _build_criterion(c: dict, digest: str) -> Criterion:
    a = c["answer"]
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
            options=tuple(_option(o) for o in f.get("options", ())),
            required=f.get("required", True),
            say=Text.of(f.get("say")),
            say_zero=Text.of(f.get("say_zero")),
            say_yes=Text.of(f.get("say_yes")),
            say_no=Text.of(f.get("say_no")),
            from_profile=f.get("from_profile"),
        )
        for f in a.get("fields", ())
    )
    model = AnswerModel(
        model=a["model"],
        allow_na=a.get("allow_na", True),
        per_campus=a.get("per_campus", False),
        fields=fields,
        met_when=tuple(_check(m) for m in a.get("met_when", ())),
        checks=tuple(_check(ch) for ch in a.get("checks", ())),
        methods=tuple(_option(o) for o in a.get("methods", ())),
        min_methods=a.get("min_methods", 1),
        deadline=a.get("deadline"),
        params=a,
    )
    return Criterion(
        id=c["id"],
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
        replaces=tuple(c.get("replaces", ())),
        catalogue_sha256=digest,
    )


def load_catalogue(path: str | Path | None = None) -> Catalogue:
    """Load and validate a catalogue file (default: the newest bundled one). Raises CatalogueError."""
    if not path:
        return default_catalogue()
    p = Path(path)
    try:
        raw = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogueError(
            f"Không tìm thấy tệp bộ tiêu chí {p}.", f"Catalogue file {p} was not found."
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _fail(p.name, f"không đọc được JSON ({exc}).", f"not readable as JSON ({exc}).") from None
    return parse_catalogue(raw, p.name)


def _version_key(cat: Catalogue) -> tuple[int, ...]:
    return tuple(int(x) for x in cat.version.split("."))


@cache
def bundled_catalogues() -> dict[tuple[str, str], Catalogue]:
    """Every catalogue shipped under ``resources/criteria/``, by ``(catalogue_id, version)``, oldest first.
    Loaded (and schema-checked) on first use, not at import."""
    cats = [load_catalogue(p) for p in sorted(resource_path("criteria").glob("*.json"))]
    return {c.key: c for c in sorted(cats, key=_version_key)}


def default_catalogue() -> Catalogue:
    """The newest bundled catalogue (for an assessment whose year no catalogue covers, and for checks)."""
    return list(bundled_catalogues().values())[-1]


def catalogue_for_year(school_year: str) -> Catalogue:
    """The catalogue a new assessment of ``school_year`` takes: the newest one that covers that year (the newest
    of all when none does)."""
    covering = [c for c in bundled_catalogues().values() if school_year in c.school_years]
    return covering[-1] if covering else default_catalogue()


def catalogue_for(catalogue_id: str, version: str) -> Catalogue:
    """The catalogue an assessment was made with; raises CatalogueError if this app does not ship it."""
    try:
        return bundled_catalogues()[(catalogue_id, version)]
    except KeyError:
        raise CatalogueError(
            f"Ứng dụng không có bộ tiêu chí {catalogue_id} phiên bản {version}; hãy cập nhật ứng dụng.",
            f"This app does not have catalogue {catalogue_id} version {version}; please update the app.",
        ) from None


def previous_ids(criterion: Criterion) -> tuple[str, ...]:
    """The ids to look for in an older assessment when copying its answer to ``criterion``."""
    return (criterion.id, *criterion.replaces)
