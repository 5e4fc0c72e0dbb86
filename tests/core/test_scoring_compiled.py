"""The catalogue's rules compiled once per criterion judge exactly as the rules read from the catalogue."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from papi_desktop.core.catalogue import default_catalogue
from papi_desktop.core.scoring import _field_ok, compile_condition, condition_holds, field_problems

CAT = default_catalogue()
CONDITIONS = [c for cr in CAT.criteria for c in (*cr.answer.met_when, *(ch.rule for ch in cr.answer.checks))]
FIELDS = [f for cr in CAT.criteria for f in cr.answer.fields]
KEYS = sorted({f.key for f in FIELDS})
OPTIONS = sorted({k for f in FIELDS for k in f.option_keys()} | {"yes", "no", "partly"})

SCALARS = st.one_of(
    st.none(), st.just(""), st.just([]), st.booleans(), st.integers(-5, 5000), st.floats(allow_nan=True),
    st.sampled_from(OPTIONS), st.text(max_size=3), st.lists(st.sampled_from(OPTIONS), max_size=4),
    st.sampled_from(["2025-09-30", "2026-02-30", "30/09/2025"]),
)
VALUES = st.dictionaries(st.sampled_from(KEYS), SCALARS, max_size=len(KEYS))


def same(a, b) -> bool:
    return type(a) is type(b) and a == b


def test_the_catalogue_has_conditions_and_fields_to_compare():
    """The bundled catalogue exercises every kind of condition and field the comparison covers."""
    assert any("in" in c for c in CONDITIONS) and any("op" in c for c in CONDITIONS)
    assert {f.type for f in FIELDS} >= {"count", "choice"}


@settings(max_examples=300, deadline=None)
@given(VALUES)
def test_compiled_conditions_agree_with_the_catalogue_rules(values):
    """Every met_when and check condition gives the same True/False/None compiled as interpreted."""
    for cond in CONDITIONS:
        assert same(compile_condition(cond)(values), condition_holds(cond, values)), cond


@settings(max_examples=300, deadline=None)
@given(SCALARS)
def test_quick_field_test_passes_only_values_without_problems(value):
    """A value the quick field test lets through has no problem by the full field check."""
    for f in FIELDS:
        ok = _field_ok(f)
        if ok is None or ok(value):
            assert field_problems(f, value) == [], (f.key, value)
