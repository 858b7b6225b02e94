"""Unit tests of each parser stage on its own: lines, labels, credits, names, inline, dateline."""

from __future__ import annotations

from datetime import date

import pytest

from newsitem._parser.credits import find_credit, split_credit
from newsitem._parser.dateline import match_dateline
from newsitem._parser.inline import analyse
from newsitem._parser.labels import kind_of, match_label
from newsitem._parser.lines import LineIndex, split_lines
from newsitem._parser.names import full_name_of, name_runs, needs_names, resolve, split_role
from newsitem._parser.state import State
from newsitem.models import Dateline, Diagnostic

# Stage 1: lines -------------------------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_lines_cover_the_text(newline: str) -> None:
    text = newline.join(["Dateline", "", "  • A bullet ", "\tTabbed"])
    lines = split_lines(text)
    assert [text[line.start : line.end] for line in lines] == [
        "Dateline",
        "",
        "  • A bullet ",
        "\tTabbed",
    ]
    assert [text[line.content_start : line.content_end] for line in lines] == [
        "Dateline",
        "",
        "• A bullet",
        "Tabbed",
    ]
    assert [line.blank for line in lines] == [False, True, False, False]
    assert text[lines[2].glyph_end : lines[2].content_end] == "A bullet"


def test_unicode_line_separators_stay_inside_a_line() -> None:
    assert len(split_lines("one\u2028two\x0bthree")) == 1


def test_numbers_are_markers_only_when_indented() -> None:
    indented, margin = split_lines("  1. Item\n1. Heading")
    assert indented.glyph_end > 0
    assert margin.glyph_end == 0


def test_line_index_positions() -> None:
    text = "ab\r\ncd\nef"
    index = LineIndex(split_lines(text))
    assert index.position(0) == (1, 1)
    assert index.position(text.index("d")) == (2, 2)
    assert index.position(text.index("f")) == (3, 2)


# Stage 3: dateline ----------------------------------------------------------------------------


def _first_line_dateline(
    text: str, reference: date | None = None
) -> tuple[Dateline | None, list[Diagnostic]]:
    state = State.for_text(text, reference)
    return match_dateline(state, state.lines[0]), state.diagnostics


def test_dateline_stage() -> None:
    dateline, diagnostics = _first_line_dateline("Updated Jan 6, 2022 - Politics & Policy")
    assert dateline is not None
    assert (dateline.date, dateline.category, dateline.updated) == (
        date(2022, 1, 6),
        "Politics & Policy",
        True,
    )
    assert diagnostics == []


@pytest.mark.parametrize(
    ("line", "day", "category"),
    [
        (
            "Updated Jun 5, 2023, 7:30am EDT - Economy & Business",
            date(2023, 6, 5),
            "Economy & Business",
        ),
        ("Jan 6, 2022 at 11:04 a.m. ET - World", date(2022, 1, 6), "World"),
        ("Updated Oct 20, 2022, 11:04am EDT", date(2022, 10, 20), None),
        ("Mar 2, 2021, 7 pm - Tech", date(2021, 3, 2), "Tech"),
        ("May 16, 2023 7:42 AM UTC", date(2023, 5, 16), None),
        ("Updated 4:12 PM EST, March 7, 2024", date(2024, 3, 7), None),
        ("6 March 2025 at 07:30", date(2025, 3, 6), None),
        ("Published: March 3, 2022 - Tech", date(2022, 3, 3), "Tech"),
    ],
)
def test_dateline_with_a_time(line: str, day: date, category: str | None) -> None:
    """A time after the date stays in the dateline's text (found by an unseen-page probe)."""
    dateline, diagnostics = _first_line_dateline(line)
    assert dateline is not None
    assert (dateline.text, dateline.date, dateline.category) == (line, day, category)
    assert diagnostics == []


@pytest.mark.parametrize(
    ("line", "byline", "day"),
    [
        ("By: The Associated Press Aug 11, 2024", "By: The Associated Press", date(2024, 8, 11)),
        (
            "By JANE DOE, SAM ROE | The Washington Post | Published: January 9, 2021",
            "By JANE DOE, SAM ROE | The Washington Post",
            date(2021, 1, 9),
        ),
        ("Jane Doe (@janedoe) Published January 06, 2022", "Jane Doe (@janedoe)", date(2022, 1, 6)),
        ("By Jane Doe · Nov 21, 2022", "By Jane Doe", date(2022, 11, 21)),
    ],
)
def test_wire_bylines_before_the_date(line: str, byline: str, day: date) -> None:
    """Bylines of wire and re-hosted pages (REPORT §3; fourth unseen-page probe)."""
    dateline, diagnostics = _first_line_dateline(line)
    assert dateline is not None
    assert (dateline.byline, dateline.date) == (byline, day)
    assert diagnostics == []


def test_impossible_date_is_reported_not_guessed() -> None:
    dateline, diagnostics = _first_line_dateline("Feb 30, 2022 - World")
    assert dateline is not None and dateline.date is None
    assert [d.code for d in diagnostics] == ["NI202"]


def test_year_less_date_needs_a_reference() -> None:
    dateline, _ = _first_line_dateline("Jan 6 - World")
    assert dateline is not None and dateline.date is None
    dateline, _ = _first_line_dateline("Jan 6 - World", date(2023, 5, 1))
    assert dateline is not None and dateline.date == date(2023, 1, 6)


def test_a_sentence_is_no_dateline() -> None:
    dateline, _ = _first_line_dateline("Jan 6, 2022 was a cold day in Almaty.")
    assert dateline is None


# Stage 3: labels ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("What they're saying", "what_theyre_saying"),
        ("What they’re saying", "what_theyre_saying"),
        ("Yes, but", "yes_but"),
        ("1 big thing", "1_big_thing"),
        ("The  big   picture", "the_big_picture"),
    ],
)
def test_kind_of(label: str, kind: str) -> None:
    assert kind_of(label) == kind


def test_match_label_offsets() -> None:
    text = "🚨 Situational awareness: Storms are coming."
    found = match_label(text, 0, len(text))
    assert found is not None
    assert found.label == "Situational awareness"
    assert found.known is True
    assert text[found.start : found.end] == "🚨 Situational awareness:"
    assert text[found.text_start :] == "Storms are coming."


def test_coined_label_is_not_known() -> None:
    text = "Where tech shone: Chips."
    found = match_label(text, 0, len(text))
    assert found is not None and found.known is False


def test_time_of_day_is_no_label() -> None:
    text = "At 12:30 the vote began."
    assert match_label(text, 0, len(text)) is None


# Stage 3: credits -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        (
            "Valery Sharifulin/TASS via Getty Images",
            (["Valery Sharifulin"], "TASS", "Getty Images"),
        ),
        ("Sarah Grillo/Axios", (["Sarah Grillo"], "Axios", None)),
        ("Getty Images", ([], "Getty Images", None)),
        ("Jane Doe for Axios", (["Jane Doe"], "Axios", None)),
        (
            "Jane Doe, Sam Roe and Ann Poe/Axios",
            (["Jane Doe", "Sam Roe", "Ann Poe"], "Axios", None),
        ),
        ("AP Photo/Jane Doe", (["Jane Doe"], "AP", None)),
        ("", ([], None, None)),
    ],
    ids=["via", "slash", "agency-only", "for", "several", "agency-first", "empty"],
)
def test_split_credit(credit: str, expected: tuple[list[str], str | None, str | None]) -> None:
    assert split_credit(credit) == expected


def test_find_credit_needs_a_word_boundary() -> None:
    text = "A rally in Almaty. Photo: Jane Doe/AFP"
    found = find_credit(text, 0, len(text))
    assert found is not None and text[found.head_start : found.head_end] == "Photo:"
    glued = "NYPhoto: Jane Doe"
    assert find_credit(glued, 0, len(glued)) is None


# Stage 4: names and inline --------------------------------------------------------------------


def test_split_role_and_resolve() -> None:
    assert split_role("Secretary of State Antony Blinken") == (
        "Secretary of State",
        "Antony Blinken",
    )
    assert split_role("Majority Whip Colleen Ashby") == ("Majority Whip", "Colleen Ashby")
    assert split_role("Idaho state epidemiologist Jane Doe") == (
        "Idaho state epidemiologist",
        "Jane Doe",
    )
    assert split_role("supporters of Jane Doe") == (None, "supporters of Jane Doe")
    assert split_role("three sources briefed on the call") == (
        None,
        "three sources briefed on the call",
    )
    assert resolve("Price", "Ned Price") == "Ned Price"
    assert resolve("the Times", "New York Times") == "The New York Times"
    assert resolve("AP") == "The Associated Press"
    assert resolve("Jane Doe") == "Jane Doe"
    assert resolve("Lumen") == "Lumen"
    # A surname ends a full name; an organisation's short name begins one.
    text = "Verdant Hydrogen hired Ned Price. Price added that Verdant would grow."
    runs = list(name_runs(text, 0, len(text)))
    assert runs == ["Verdant Hydrogen", "Ned Price", "Price"]  # one run per sentence
    assert [full_name_of(run) for run in runs] == [
        ("Hydrogen", "Verdant Hydrogen"),
        ("Price", "Ned Price"),
        None,
    ]
    assert needs_names("Price") and needs_names("the Times")
    assert not needs_names("AP") and not needs_names("Jane Doe")


def test_inline_spans_slice_their_text() -> None:
    text = 'Ned Price spoke. "We are ready," Price added, per the Times.'
    state = State.for_text(text)
    quotes, attributions = analyse(state, 0, len(text))
    assert [q.text for q in quotes] == ["We are ready"]
    assert [(a.text, a.name) for a in attributions] == [
        ("Price added", "Ned Price"),
        ("per the Times", "the Times"),
    ]
    for element in [*quotes, *attributions]:
        assert text[element.span.start : element.span.end] == element.text


@pytest.mark.parametrize(
    "words",
    [
        "We get a full dose â€” not a position",  # an em dash read as cp1252
        "We get a full dose â€“ not a position",  # an en dash: its last character opens
        "We get a full dose β€” not a position",  # an em dash read as cp1253
    ],
)
def test_mojibake_dash_inside_a_quote_does_not_close_it(words: str) -> None:
    """The mojibake of a dash ends in a curly quote mark: it neither opens nor closes a quote."""
    text = f"“{words},” said Dr. Helena Marsh."
    state = State.for_text(text)
    quotes, _ = analyse(state, 0, len(text))
    assert [q.text for q in quotes] == [words]
    assert quotes[0].attribution is not None and quotes[0].attribution.name == "Helena Marsh"
    assert state.diagnostics == []


def test_unclosed_quote_is_reported() -> None:
    text = 'She said "we are ready and left.'
    state = State.for_text(text)
    quotes, _ = analyse(state, 0, len(text))
    assert quotes == []
    assert [d.code for d in state.diagnostics] == ["NI501"]
