"""Dashboard data for the receiving office (Qt-free; a GUI table model reads it).

:func:`dashboard` returns schools × criteria verdicts of one school year, sorted in Vietnamese order, filtered
by unit (code or name) and dimension, with the pass rate per criterion and the average score per dimension.
It reads only the summary table (one row per assessment), so it stays fast with 15,000 schools.

For a ``QAbstractTableModel``: ``rowCount = len(d.rows)``, ``columnCount = len(d.columns)`` (plus any fixed
columns the screen adds: code, name, unit, score), ``data(r, c) = d.verdict(r, c)`` (``met``/``not_met``/
``na``/``unanswered``; :data:`papi_desktop.core.scoring.VERDICT_TEXT` has the words), header = ``d.columns[c]``.
"""

from __future__ import annotations

import gc
import math
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain, repeat
from typing import NamedTuple

from papi_desktop.core.catalogue import catalogue_for, previous_ids
from papi_desktop.exchange.aggregate import CODE_VERDICTS, sync_summary
from papi_desktop.storage import exchange_store as store


class DashboardRow(NamedTuple):
    """One school's finalised assessment (a summary row, only what the table shows: the dashboard reads 15,000 of
    them on every refresh). ``verdicts`` has one letter per catalogue criterion, ``dimension_list`` the dimension
    scores in catalogue order (use :meth:`Dashboard.dimension_score`)."""

    assessment_id: str
    school_code: str
    school_name: str
    unit_code: str
    unit_name: str
    verdicts: str
    dimension_list: str
    score: float | None

    @property
    def met(self) -> int:
        """How many criteria the school met."""
        return self.verdicts.count("M")


@dataclass(frozen=True)
class Column:
    """A criterion column: ``index`` is its position in ``DashboardRow.verdicts``."""

    criterion_id: str
    dimension_id: str
    index: int
    text_vi: str
    text_en: str


@dataclass
class Dashboard:
    school_year: str | None
    years: list[str] = field(default_factory=list)
    units: list[tuple[str, str]] = field(default_factory=list)
    dimensions: list[tuple[str, str, str]] = field(default_factory=list)  # (id, name vi, name en)
    columns: list[Column] = field(default_factory=list)
    rows: list[DashboardRow] = field(default_factory=list)
    pass_rates: dict[str, float | None] = field(default_factory=dict)
    met_counts: dict[str, int] = field(default_factory=dict)
    dimension_averages: dict[str, float | None] = field(default_factory=dict)
    average_score: float | None = None

    #: dimension ids in the order of ``DashboardRow.dimension_list``
    dimension_order: list[str] = field(default_factory=list)
    #: review state of every reviewed assessment (``exchange.review``: accepted, returned, resubmitted)
    reviews: dict[str, str] = field(default_factory=dict)

    def review(self, row: int) -> str | None:
        """The review state of school ``row``: None while not reviewed."""
        return self.reviews.get(self.rows[row].assessment_id)

    def dimension_score(self, row: int, dimension_id: str) -> float | None:
        """Score (0–10) of school ``row`` for a dimension; None when nothing of it applies."""
        value = self.rows[row].dimension_list.split(";")[self.dimension_order.index(dimension_id)]
        return float(value) if value else None

    def verdict(self, row: int, column: int) -> str:
        """Verdict (``met``, ``not_met``, ``na``, ``unanswered``) of school ``row`` for criterion ``column``."""
        return CODE_VERDICTS[self.rows[row].verdicts[self.columns[column].index]]


def _align(rows: list, catalogue) -> list:
    """Rows (with the catalogue id and version last) made with another catalogue version: verdicts and dimension
    scores re-ordered to ``catalogue``; the catalogue key is dropped."""
    out = []
    for r in rows:
        key = (r[-2], r[-1])
        if key == catalogue.key:
            out.append(r[:-2])
            continue
        try:
            other = catalogue_for(*key)
            # a criterion that changed id between versions (D1.01 -> CD.01) is matched by the ids it replaces
            pos = {old: i for i, c in enumerate(other.criteria) for old in reversed(previous_ids(c))}
            at = [next((pos[i] for i in previous_ids(c) if i in pos), None) for c in catalogue.criteria]
            letters = "".join("U" if i is None else r[5][i] for i in at)
            dims = dict(zip((d.id for d in other.dimensions), r[6].split(";"), strict=False))
            dim_list = ";".join(dims.get(d.id, "") for d in catalogue.dimensions)
        except Exception:  # a catalogue this app no longer ships: show as unanswered
            letters, dim_list = "U" * len(catalogue.criteria), ";" * (len(catalogue.dimensions) - 1)
        out.append((*r[:5], letters, dim_list, r[7]))
    return out


@contextmanager
def _collector_paused():
    """Reading 15,000 rows makes ~150,000 objects, none of which can be part of a reference cycle; left running,
    the cycle collector would start ~40 times during one refresh and walk the GUI's whole heap (≈ 10–30 ms)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def dashboard(repo, *, school_year: str | None = None, unit: str | None = None, dimension: str | None = None,
              include_drafts: bool = False, sync: bool = True, reviews: set[str | None] | None = None) -> Dashboard:
    """The dashboard of ``school_year`` (default: the latest one with data). See the module docstring.

    ``reviews`` keeps only the schools whose review state is in it (None: not reviewed; e.g. ``{"accepted"}`` for
    a summary of accepted submissions); every count and average is over the schools kept."""
    store.tune_for_reading(repo)
    if sync:
        sync_summary(repo)
    with _collector_paused():
        return _dashboard(repo, school_year, unit, dimension, include_drafts, reviews)


def counted_dashboards(repo, *, school_year: str | None, unit: str | None,
                       all_submissions: bool) -> tuple[Dashboard, Dashboard]:
    """``(everything received, what a summary counts)`` for the year: the accepted submissions, or all of them
    with ``all_submissions``."""
    from papi_desktop.exchange.review import ACCEPTED

    everything = dashboard(repo, school_year=school_year, unit=unit)
    return everything, everything if all_submissions else dashboard(
        repo, school_year=everything.school_year, unit=unit, reviews={ACCEPTED}, sync=False)


def _dashboard(repo, school_year: str | None, unit: str | None, dimension: str | None,
               include_drafts: bool, reviews: set[str | None] | None = None) -> Dashboard:
    years = store.summary_years(repo)
    year = school_year or (years[0] if years else None)
    d = Dashboard(year, years)
    if year is None:
        return d
    where = {"school_year": year, "unit": unit, "status": None if include_drafts else "finalised"}
    keys = {(cid, version): n for cid, version, n in store.summary_catalogues(repo, **where)}
    if keys:
        catalogue = catalogue_for(*max(keys, key=lambda k: (keys[k], k)))
    else:
        from papi_desktop.core.catalogue import default_catalogue

        catalogue = default_catalogue()
    if len(keys) > 1:
        columns = (*DashboardRow._fields, "catalogue_id", "catalogue_version")
        raw = _align(store.summary_rows(repo, **where, columns=columns), catalogue)
    else:
        raw = store.summary_rows(repo, **where, columns=DashboardRow._fields)
    d.rows = list(map(DashboardRow._make, raw))
    d.reviews = {aid: state for aid, (state, _reason) in repo.review_states().items()}
    if reviews is not None:
        d.rows = [r for r in d.rows if d.reviews.get(r.assessment_id) in reviews]
    if unit or include_drafts:
        d.units = sorted(store.summary_units(repo, year))
    else:
        d.units = sorted({(r.unit_code, r.unit_name) for r in d.rows})
    d.dimension_order = [x.id for x in catalogue.dimensions]
    d.dimensions = [(x.id, x.name.vi, x.name.en) for x in catalogue.dimensions
                    if dimension in (None, x.id)]
    d.columns = [Column(c.id, c.dimension, i, c.text.vi, c.text.en) for i, c in enumerate(catalogue.criteria)
                 if dimension in (None, c.dimension)]
    # column-wise counting on one long string / one split: a few C calls instead of a loop per school
    n_rows, width = len(d.rows), len(catalogue.criteria)
    letters = "".join(r.verdicts for r in d.rows)
    for col in d.columns:
        column = letters[col.index :: width]
        met, na = column.count("M"), column.count("A")
        d.met_counts[col.criterion_id] = met
        d.pass_rates[col.criterion_id] = round(met / (n_rows - na), 4) if n_rows > na else None
    n_dims = len(d.dimension_order)
    cells = ";".join(r.dimension_list for r in d.rows).split(";") if d.rows else []
    for x in d.dimensions:
        # few distinct scores: parse each once; fsum of the same multiset of floats gives the same exact sum
        counts = Counter(cells[d.dimension_order.index(x[0]) :: n_dims])
        counts.pop("", None)
        n = sum(counts.values())
        total = math.fsum(chain.from_iterable(repeat(float(v), k) for v, k in counts.items()))
        d.dimension_averages[x[0]] = round(total / n, 2) if n else None
    scores = [r.score for r in d.rows if r.score is not None]
    d.average_score = round(sum(scores) / len(scores), 2) if scores else None
    return d
