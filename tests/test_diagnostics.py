"""Diagnostics: positions, rendering with context, strict mode, and the parser fixes they drove."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from newsitem import Diagnostic, ParseError, Span, parse, render, validate
from newsitem._parser import lines
from newsitem._parser import state as state_module
from newsitem.diagnostics import CATALOGUE

HEAD = "Jan 6, 2022 - World\n\nA headline\n\n"


def _codes(text: str | bytes) -> list[tuple[str, int, int]]:
    return [(d.code, d.line, d.column) for d in validate(text)]


# --- Diagnostic.context -----------------------------------------------------------------------


def test_str_says_where() -> None:
    diagnostic = Diagnostic(
        code="NI302", severity="warning", message="a message", line=3, column=5, span=None
    )
    assert str(diagnostic) == "NI302 warning: a message (at line 3, column 5)"


def test_context_with_crlf_line_ends() -> None:
    source = HEAD.replace("\n", "\r\n") + "  • A list with no lead-in.\r\n"
    (diagnostic,) = validate(source)
    assert diagnostic.context(source) == (
        "NI302 warning: bullet before any paragraph: the list has no lead-in "
        "(at line 5, column 3)\n"
        "  5 |   • A list with no lead-in.\n"
        "    |   ^"
    )


def test_context_with_lone_cr_line_ends() -> None:
    source = HEAD.replace("\n", "\r") + "  • A list with no lead-in."
    (diagnostic,) = validate(source)
    assert (diagnostic.line, diagnostic.column) == (5, 3)
    assert diagnostic.context(source).splitlines()[1:] == [
        "  5 |   • A list with no lead-in.",
        "    |   ^",
    ]


def test_context_keeps_tabs_so_the_caret_lines_up() -> None:
    source = HEAD + "\t• A list indented with a tab."
    (diagnostic,) = validate(source)
    assert diagnostic.column == 2
    assert diagnostic.context(source).splitlines()[1:] == [
        "  5 | \t• A list indented with a tab.",
        "    | \t^",
    ]


@pytest.mark.parametrize(
    ("before", "pad"),
    [("東京 ", "     "), ("🚨 ", "   "), ("Cafe\u0301 ", "     ")],
    ids=["cjk", "emoji", "combining-mark"],
)
def test_context_caret_counts_display_width(before: str, pad: str) -> None:
    source = HEAD + before + "Prices rose,” she said."
    (diagnostic,) = validate(source)
    assert diagnostic.code == "NI503"
    assert diagnostic.context(source).splitlines()[2] == "    | " + pad + " " * 12 + "^"


def test_context_shows_control_characters() -> None:
    source = HEAD + "The vote\x00 was close."
    (diagnostic,) = validate(source)
    assert diagnostic.context(source).splitlines()[1:] == [
        "  5 | The vote\u2400 was close.",
        "    |         ^",
    ]


def test_context_of_bytes_uses_the_decoded_text() -> None:
    source = b"Jan 6, 2022 - World\n\nA caf\xe9 opens"
    (diagnostic,) = validate(source)
    assert diagnostic.context(source).splitlines()[1:] == [
        "  3 | A caf\ufffd opens",
        "    |      ^",
    ]


def test_context_gutter_is_as_wide_as_the_line_number() -> None:
    source = HEAD + "A paragraph.\n" * 6 + "  • A bullet.\n" + '"An unclosed quote.\n'
    diagnostic = next(d for d in validate(source) if d.code == "NI501")
    assert diagnostic.context(source).splitlines()[1:] == [
        '  12 | "An unclosed quote.',
        "     | ^",
    ]


# --- strict mode and validate ---------------------------------------------------------------


def test_strict_error_carries_every_error() -> None:
    source = b"Feb 30, 2023 - Politics\n\n  \xff\n  \xfe\n"
    with pytest.raises(ParseError) as caught:
        parse(source, strict=True)
    assert [(d.code, d.line, d.column) for d in caught.value.diagnostics] == [
        ("NI202", 1, 1),
        ("NI102", 3, 3),
        ("NI102", 4, 3),
    ]
    assert str(caught.value) == (
        "NI202 error: dateline date 'Feb 30, 2023' is not a real date (at line 1, column 1)"
        " (and 2 more)"
    )


def test_strict_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match=r"^NI101 error: empty input"):
        parse("", strict=True)


def test_strict_does_not_raise_on_warnings() -> None:
    source = HEAD + "  • A list with no lead-in."
    assert [d.severity for d in parse(source, strict=True).diagnostics] == ["warning"]


@pytest.mark.parametrize(
    "source",
    ["", "\x00", "\ufeff", "”", '"', "Photo:", "Go deeper", "\r\r\n", b"\xff\xfe", b"\xef\xbb\xbf"],
    ids=["empty", "nul", "bom", "closing", "straight", "photo", "go-deeper", "crs", "ff", "bom8"],
)
def test_validate_never_raises_on_content(source: str | bytes) -> None:
    assert all(d.code in CATALOGUE for d in validate(source))


def test_validate_rejects_a_wrong_type() -> None:
    with pytest.raises(TypeError):
        validate(42)  # type: ignore[arg-type]


def test_input_over_the_default_limit() -> None:
    source = "x" * 5_000_001
    (diagnostic,) = validate(source)
    assert diagnostic.message == (
        "input too large: 5000001 characters is over the limit of 5000000; it was not parsed"
    )
    assert diagnostic.span == Span(start=0, end=len(source))


def test_a_refused_article_keeps_the_contract_and_is_not_split_into_lines() -> None:
    source = "\n" * 50_000 + "x"
    article = parse(source, max_chars=1_000)
    assert [section.kind for section in article.sections] == ["lede"]
    assert article.sections[0].blocks == []
    assert [(d.code, d.line, d.column) for d in article.diagnostics] == [("NI105", 1, 1)]
    # Refusing costs no line objects: the work does not grow with the input.
    calls: list[int] = []
    real = lines.split_lines
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(lines, "split_lines", lambda text: calls.append(len(text)) or real(text))
        patch.setattr(state_module, "split_lines", lines.split_lines)
        parse(source, max_chars=1_000)
    assert calls == [1]


def test_size_limit_is_configurable() -> None:
    source = HEAD + "A paragraph."
    assert [d.code for d in parse(source, max_chars=len(source)).diagnostics] == []
    assert [d.code for d in parse(source, max_chars=len(source) - 1).diagnostics] == ["NI105"]


# --- input and encoding (NI1xx) ---------------------------------------------------------------


def test_every_invalid_utf8_run_is_reported_with_its_byte_offset() -> None:
    source = "Jan 6, 2022 - World\n\nCafé \ufffd and ".encode() + b"caf\xe9 and caf\xe9"
    messages = [(d.line, d.column, d.message) for d in validate(source)]
    suffix = ": the bytes were replaced with U+FFFD"
    # The first U+FFFD is in the input: it is not reported, and does not shift the others.
    assert messages == [
        (3, 15, "invalid UTF-8 at byte offset 38" + suffix),
        (3, 24, "invalid UTF-8 at byte offset 47" + suffix),
    ]


def test_invalid_utf8_after_a_bom_counts_bytes_from_the_start() -> None:
    (diagnostic,) = validate(b"\xef\xbb\xbfJan 6, 2022 - World\n\nA caf\xe9")
    assert diagnostic.message.startswith("invalid UTF-8 at byte offset 29:")
    assert (diagnostic.line, diagnostic.column) == (3, 6)


def test_bom_in_a_string_does_not_hide_the_dateline() -> None:
    """Regression: a BOM kept in a str made the first line fail the dateline pattern."""
    article = parse("\ufeff" + HEAD + "A paragraph.")
    assert article.dateline is not None
    assert article.dateline.span == Span(start=1, end=20)
    assert [d.code for d in article.diagnostics] == ["NI106"]


@pytest.mark.parametrize(
    ("char", "named"),
    [("\x00", "U+0000 (NUL)"), ("\x1b", "U+001B (ESC)"), ("\x85", "U+0085")],
    ids=["nul", "esc", "c1"],
)
def test_control_character_message(char: str, named: str) -> None:
    (diagnostic,) = validate(HEAD + f"A vote{char} was held.")
    assert diagnostic.message == f"control character {named} in the text"
    assert (diagnostic.line, diagnostic.column) == (5, 7)


def test_mojibake_of_an_accent() -> None:
    (diagnostic,) = validate(HEAD + "The cafÃ© opened.")
    assert diagnostic.message == (
        "mojibake 'Ã©': UTF-8 text decoded as cp1252; it probably should read 'é'"
    )
    assert (diagnostic.line, diagnostic.column) == (5, 8)


@pytest.mark.parametrize(
    ("run", "codec", "fixed"),
    [("â€œ", "cp1252", "“"), ("â\x80\x99", "latin-1", "’"), ("â€\x9d", "cp1252", "”")],
    ids=["cp1252", "latin-1-c1", "cp1252-undefined-byte"],
)
def test_mojibake_is_one_finding_per_run(run: str, codec: str, fixed: str) -> None:
    """Regression: C1 characters inside a run were also NI103; "â€\x9d" was not repaired.

    (A mojibake quote mark is a quote mark too: alone, it is also an unbalanced one.)
    """
    source = HEAD + f"She said {run}no."
    findings = [(d.code, d.column, d.message) for d in validate(source)]
    assert [finding for finding in findings if finding[0] not in {"NI501", "NI503"}] == [
        (
            "NI104",
            10,
            f"mojibake {run!r}: UTF-8 text decoded as {codec}; it probably should read {fixed!r}",
        )
    ]


def test_empty_string() -> None:
    (diagnostic,) = validate("")
    assert (diagnostic.code, diagnostic.line, diagnostic.column) == ("NI101", 1, 1)
    assert diagnostic.span == Span(start=0, end=0)


# --- dateline and headline (NI2xx) ------------------------------------------------------------


def test_year_less_dateline_without_reference_date() -> None:
    source = "Mar 3 - Technology\n\nA headline\n\nA paragraph."
    (diagnostic,) = validate(source)
    assert diagnostic.code == "NI203"
    assert diagnostic.message == (
        "dateline date 'Mar 3' has no year; pass reference_date to resolve it"
    )
    article = parse(source, reference_date=date(2024, 5, 1))
    assert article.diagnostics == []
    assert article.dateline is not None
    assert article.dateline.date == date(2024, 3, 3)


def test_relative_dateline_is_resolved_with_a_reference_date() -> None:
    source = "Updated 5 hours ago - Economy\n\nA headline\n\nA paragraph."
    article = parse(source, reference_date=date(2024, 5, 1))
    assert article.diagnostics == []


def test_no_headline_at_the_end_points_past_the_dateline() -> None:
    (diagnostic,) = validate("Jan 6, 2022 - World\n\n")
    assert (diagnostic.code, diagnostic.line, diagnostic.column) == ("NI204", 1, 20)


def test_no_headline_points_at_the_line_where_it_belongs() -> None:
    """Regression: NI204 pointed past the dateline, not at the caption standing in its place."""
    source = "Jan 6, 2022 - World\n\nA crowd gathers. Photo: Jane Doe/AP\n\nA paragraph."
    assert _codes(source) == [("NI204", 3, 1)]


def test_headline_over_160_characters() -> None:
    headline = "Word " * 40
    diagnostic = next(d for d in validate(f"Jan 6, 2022 - World\n\n{headline}\n") if d.column == 1)
    assert diagnostic.code == "NI205"
    assert diagnostic.message == "headline looks like a paragraph (199 characters)"


# --- structure (NI3xx) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "Add Axios as your preferred source to see more of our stories on Google.",
            "preferred_source",
        ),
        ("Listen to Axios Today", "listen"),
        ("Subscribe to Axios Markets", "signup"),
        ("Sign up for Axios Local", "signup"),
    ],
    ids=["preferred-source", "listen", "subscribe", "sign-up"],
)
def test_boilerplate_is_kept_and_flagged(line: str, kind: str) -> None:
    source = HEAD + "A paragraph.\n\n" + line + "\n\nAnother paragraph."
    article = parse(source)
    assert [(b.kind, b.text) for b in article.boilerplate] == [(kind, line)]
    assert [p.text for p in article.paragraphs] == ["A paragraph.", "Another paragraph."]
    assert _codes(source) == [("NI306", 7, 1)]


def test_short_repeated_paragraphs_are_not_duplicates() -> None:
    assert validate(HEAD + "Yes.\n\nYes.") == []


# --- captions and credits (NI4xx) -------------------------------------------------------------


@pytest.mark.parametrize(
    "credit",
    ["Jane Doe/AP", "Getty Images", "AP Photo/Jane Doe", "Courtesy of the family"],
    ids=["creator-agency", "agency", "agency-first", "courtesy"],
)
def test_credits_that_split_are_not_flagged(credit: str) -> None:
    source = HEAD + f"A crowd gathers. Photo: {credit}\n\nA paragraph."
    assert validate(source) == []


@pytest.mark.parametrize(
    ("credit", "code"),
    [
        ("", "NI401"),
        (" .", "NI401"),
        (" /", "NI402"),
        (" taken by a reader", "NI402"),
        (" A Member Of The Crowd On The Square", "NI402"),
    ],
    ids=["nothing", "full-stop", "slash", "lower-case", "six-words"],
)
def test_credits_that_are_missing_or_cannot_be_split(credit: str, code: str) -> None:
    source = HEAD + f"A crowd gathers. Photo:{credit}\n\nA paragraph."
    assert _codes(source) == [(code, 5, 18)]


# --- quotes (NI5xx) ---------------------------------------------------------------------------


def test_stray_closing_mark() -> None:
    source = HEAD + "Prices rose,” the report said."
    assert [(d.code, d.column, d.message) for d in validate(source)] == [
        ("NI503", 13, "closing quote mark without an opening one")
    ]


def test_closing_mark_of_a_mojibake_dash_is_no_stray_quote() -> None:
    source = HEAD + "Prices rose â€” and fell."
    assert [d.code for d in validate(source)] == ["NI104"]


def test_new_opening_mark_before_the_last_one_closed() -> None:
    source = HEAD + "“Prices rose, “the report said.”"
    assert [(d.code, d.column) for d in validate(source) if d.code == "NI501"] == [("NI501", 1)]


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({"reference_date": "2022-01-06"}, TypeError, "reference_date must be a datetime.date"),
        ({"max_chars": None}, TypeError, "max_chars must be an int"),
        ({"max_chars": "10"}, TypeError, "max_chars must be an int"),
        ({"max_chars": True}, TypeError, "max_chars must be an int"),
        ({"max_chars": -1}, ValueError, "max_chars must be 0 or more"),
    ],
)
def test_bad_options_fail_at_the_call(
    options: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        parse("5 hours ago - World\n\nA headline", **options)  # type: ignore[arg-type]


def test_a_datetime_as_reference_date_counts_as_its_day() -> None:
    moment = datetime(2022, 1, 6, 23, 30)
    article = parse("5 hours ago - World\n\nA headline", reference_date=moment)
    assert article.dateline is not None
    assert article.dateline.date == date(2022, 1, 6)


def test_render_takes_an_article() -> None:
    with pytest.raises(TypeError, match="render\\(\\) takes an Article, not NoneType"):
        render(None)  # type: ignore[arg-type]
