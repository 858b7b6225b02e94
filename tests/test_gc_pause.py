"""``parse`` pauses the cyclic garbage collector: safe only because a parse makes no cycles.

These tests check the assumption (nothing for the collector to find after any parse) and the
manners (the collector's state is the caller's again afterwards, on success and on error).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsitem import ParseError, parse, render

from . import strategies as gen
from .conftest import DATA

FIXTURES = sorted(p for p in DATA.rglob("*") if p.suffix in {".txt", ".bin"})


@pytest.fixture
def collector_off() -> Iterator[None]:
    """Turn the collector off for the test and collect what was there before it."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _cycles_left_by(source: str | bytes) -> int:
    """Parse twice (the first may fill caches), then count what only the collector can free.

    With the collector off, everything the second parse made is in the youngest generation,
    so collecting that one alone finds every cycle it left, without walking the whole heap.
    """
    parse(source)
    gc.collect(0)
    article = parse(source)
    del article
    return gc.collect(0)


@pytest.mark.usefixtures("collector_off")
@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_parse_makes_no_reference_cycles_on_fixtures(path: Path) -> None:
    assert _cycles_left_by(path.read_bytes()) == 0


@given(source=st.text() | gen.house_texts() | gen.articles().map(render))
def test_parse_makes_no_reference_cycles(source: str) -> None:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        assert _cycles_left_by(source) == 0
    finally:
        if was_enabled:
            gc.enable()


def test_collector_is_on_again_after_a_parse(sample_text: str) -> None:
    assert gc.isenabled()
    render(parse(sample_text))
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_off")
def test_collector_the_caller_turned_off_stays_off(sample_text: str) -> None:
    parse(sample_text)
    assert not gc.isenabled()


def test_collector_is_on_again_after_a_strict_failure() -> None:
    with pytest.raises(ParseError):
        parse("", strict=True)
    assert gc.isenabled()
