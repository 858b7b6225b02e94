"""The invalid corpus: each ``tests/data/invalid/NIxxx-<slug>.txt`` yields its own code.

Every fixture was written for this suite in the house style. The table below pins, for each
fixture, every diagnostic of its own code: line, column (1-based) and the exact text its span
covers (``None`` for a point diagnostic). NI102 (invalid UTF-8) is a ``.bin`` file, read as bytes.
NI107 (a lone surrogate, which no file can hold) writes it as the six characters ``\\ud800``,
which the test turns into the one code point.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsitem import Article, ParseError, parse, validate
from newsitem.diagnostics import CATALOGUE
from tests.conftest import DATA
from tests.helpers import uncovered

INVALID = DATA / "invalid"
FIXTURES = sorted(p for p in INVALID.iterdir() if p.suffix in (".txt", ".bin"))
VALID = sorted((DATA / "valid").glob("*.txt"))

OPTIONS: dict[str, dict[str, Any]] = {"NI105": {"max_chars": 100}}
"""Parse options a fixture needs to show its code (NI105: a small size limit)."""

EXPECTED: dict[str, list[tuple[int, int, str | None]]] = {
    "NI101-empty-input.txt": [(1, 1, "   \n\n\t\n  \n")],
    "NI102-invalid-utf8.bin": [(3, 8, "\ufffd"), (5, 6, "\ufffd")],
    "NI103-control-character.txt": [(5, 5, "\x00"), (5, 82, "\x07")],
    "NI104-mojibake.txt": [(5, 97, "â€™")],
    "NI105-input-too-large.txt": [(1, 1, (INVALID / "NI105-input-too-large.txt").read_text())],
    "NI106-byte-order-mark.txt": [(1, 1, "\ufeff")],
    "NI107-lone-surrogate.txt": [(5, 20, "\ud800")],
    "NI201-no-dateline.txt": [(1, 1, None)],
    "NI202-bad-dateline-date.txt": [(1, 1, "Feb 30, 2023 - Politics")],
    "NI203-unresolved-dateline-date.txt": [(1, 1, "Updated 5 hours ago - Economy")],
    "NI204-no-headline.txt": [(3, 3, None)],
    "NI205-headline-looks-like-a-paragraph.txt": [
        (
            3,
            1,
            "The county health department said on Thursday that it would open three new clinics"
            " in rural areas before the end of the year.",
        )
    ],
    "NI206-text-before-dateline.txt": [(1, 1, "Reporting from the statehouse")],
    "NI301-duplicated-paragraph.txt": [
        (
            9,
            1,
            "Weekend trains on the Red Line will run every 12 minutes again starting Saturday,"
            " the agency said.",
        )
    ],
    "NI302-bullet-before-paragraph.txt": [
        (5, 3, "• A sourdough shop opens on Main Street on Friday.")
    ],
    "NI303-unknown-label.txt": [(7, 1, "Road report:")],
    "NI304-empty-section.txt": [(7, 1, "What's next:")],
    "NI305-text-after-go-deeper.txt": [(8, 1, "Five cities where rents dropped this winter")],
    "NI306-boilerplate.txt": [
        (7, 1, "Add Axios as your preferred source to see more of our stories on Google."),
        (11, 1, "Listen to Axios Today"),
        (13, 1, "Subscribe to Axios Local for more news from the city."),
        (15, 1, "Sign up for Axios AM"),
    ],
    "NI307-label-inside-a-line.txt": [(5, 72, "Why it matters:")],
    "NI308-several-stories.txt": [(7, 1, "Apr 8, 2024 - Axios Brindlewood")],
    "NI401-caption-without-credit.txt": [(5, 60, "Photo:")],
    "NI402-credit-cannot-be-split.txt": [(5, 48, "Photo: see caption above")],
    "NI403-duplicated-caption.txt": [
        (
            5,
            1,
            "Runners cross the bridge at mile 12. Photo: Jane Okafor/Axios\n"
            "Runners cross the bridge at mile 12. Photo: Jane Okafor/Axios",
        )
    ],
    "NI501-unbalanced-quote.txt": [(5, 30, '"')],
    "NI502-quote-without-speaker.txt": [
        (7, 6, "We fixed more than 2,000 potholes last year and we want to fix them faster.")
    ],
    "NI503-stray-closing-quote.txt": [(5, 106, "”")],
}
"""Fixture -> every diagnostic of its own code as (line, column, spanned text)."""


def _code(path: Path) -> str:
    return path.name.split("-", 1)[0]


def _source(path: Path) -> str | bytes:
    if path.suffix == ".bin":
        return path.read_bytes()
    text = path.read_text(encoding="utf-8")
    return text.replace("\\ud800", "\ud800") if _code(path) == "NI107" else text


def _text(source: str | bytes) -> str:
    """The text spans point into: the decoded text for bytes."""
    if isinstance(source, bytes):
        return source.decode("utf-8-sig", errors="replace")
    return source


def _parse(path: Path) -> Article:
    return parse(_source(path), **OPTIONS.get(_code(path), {}))


def test_every_code_has_a_fixture() -> None:
    assert sorted({_code(path) for path in FIXTURES}) == sorted(CATALOGUE)


def test_every_fixture_has_expected_positions() -> None:
    assert sorted(path.name for path in FIXTURES) == sorted(EXPECTED)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_fixture_yields_its_code_at_its_position(path: Path) -> None:
    source = _source(path)
    text = _text(source)
    found = [
        (d.line, d.column, d.span.slice(text) if d.span is not None else None)
        for d in _parse(path).diagnostics
        if d.code == _code(path)
    ]
    assert found == EXPECTED[path.name]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_fixture_severity_matches_the_catalogue(path: Path) -> None:
    code = _code(path)
    severities = {d.severity for d in _parse(path).diagnostics if d.code == code}
    assert severities == {CATALOGUE[code].severity}  # type: ignore[index]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_nothing_lost(path: Path) -> None:
    """Every non-whitespace character is in an element span or a diagnostic span."""
    source = _source(path)
    assert uncovered(_text(source), _parse(path)) == []


@pytest.mark.parametrize(
    "path", [p for p in FIXTURES if _code(p) not in OPTIONS], ids=lambda p: p.name
)
def test_validate_reports_what_parse_reports(path: Path) -> None:
    """(NI105 needs a small size limit, which validate() does not take: see test_diagnostics.)"""
    source = _source(path)
    assert validate(source) == parse(source).diagnostics


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_strict_raises_exactly_when_there_are_errors(path: Path) -> None:
    article = _parse(path)
    errors = [d for d in article.diagnostics if d.severity == "error"]
    options = OPTIONS.get(_code(path), {})
    if errors:
        with pytest.raises(ParseError) as caught:
            parse(_source(path), strict=True, **options)
        assert caught.value.diagnostics == errors
    else:
        assert parse(_source(path), strict=True, **options) == article


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_fixture_has_no_errors(path: Path) -> None:
    article = parse(path.read_text(encoding="utf-8"))
    assert [d for d in article.diagnostics if d.severity == "error"] == []


MESSAGES: list[tuple[str, str]] = [
    ("NI101-empty-input.txt", "empty input: there is no text to parse"),
    (
        "NI102-invalid-utf8.bin",
        "invalid UTF-8 at byte offset 27: the bytes were replaced with U+FFFD",
    ),
    ("NI103-control-character.txt", "control character U+0000 (NUL) in the text"),
    (
        "NI104-mojibake.txt",
        "mojibake 'â€™': UTF-8 text decoded as cp1252; it probably should read '’'",
    ),
    (
        "NI105-input-too-large.txt",
        "input too large: 190 characters is over the limit of 100; it was not parsed",
    ),
    ("NI202-bad-dateline-date.txt", "dateline date 'Feb 30, 2023' is not a real date"),
    (
        "NI203-unresolved-dateline-date.txt",
        "dateline date '5 hours ago' has no reference date; pass reference_date to resolve it",
    ),
    (
        "NI204-no-headline.txt",
        "no headline: the line where it belongs (after the dateline, or first) is none",
    ),
    ("NI301-duplicated-paragraph.txt", "duplicated paragraph: the same text stands at line 5"),
    (
        "NI303-unknown-label.txt",
        "unknown label 'Road report': not in the Smart Brevity vocabulary",
    ),
    ("NI306-boilerplate.txt", "boilerplate (preferred_source) kept apart from the story"),
    (
        "NI308-several-stories.txt",
        "several stories on one page (1 dateline in the body, 2 'Why it matters' labels):"
        " parsed as one article",
    ),
    ("NI401-caption-without-credit.txt", "caption without a credit: nothing follows 'Photo:'"),
    (
        "NI402-credit-cannot-be-split.txt",
        "credit 'see caption above' cannot be split into creators and agency",
    ),
    ("NI501-unbalanced-quote.txt", "unbalanced quote mark: this quotation is never closed"),
]
"""Fixture -> the exact message of the first diagnostic of its own code."""


@pytest.mark.parametrize(
    ("name", "message"), MESSAGES, ids=[name.split("-", 1)[0] for name, _ in MESSAGES]
)
def test_exact_message(name: str, message: str) -> None:
    path = INVALID / name
    first = next(d for d in _parse(path).diagnostics if d.code == _code(path))
    assert first.message == message


def test_a_lone_surrogate_is_read_as_a_replacement_character() -> None:
    """The article of a ``str`` with a lone surrogate dumps to JSON; offsets stay the same."""
    source = "Jan 6, 2022 - World\n\nA head\ud800line\n\nText."
    article = parse(source)
    assert article.headline == "A head\ufffdline"
    assert article.headline_span is not None
    assert article.headline_span.start == source.index("A head")
    assert Article.model_validate_json(article.model_dump_json()) == article
    assert [d.code for d in article.errors] == ["NI107"]
