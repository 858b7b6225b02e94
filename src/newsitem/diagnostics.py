"""The catalogue of diagnostics: stable codes, severities and message templates.

Codes are grouped by area: ``NI1xx`` input and encoding, ``NI2xx`` dateline and headline,
``NI3xx`` structure, ``NI4xx`` captions and credits, ``NI5xx`` quotes and attributions.
A code never changes its meaning; each has a section in ``docs/diagnostics.md``.
"""

from __future__ import annotations

from typing import Final, Literal, NamedTuple

__all__ = ["CATALOGUE", "DiagnosticCode", "Entry", "Severity"]

Severity = Literal["error", "warning", "info"]
"""How bad a diagnostic is: ``error`` makes ``parse(strict=True)`` raise."""

DiagnosticCode = Literal[
    "NI101",
    "NI102",
    "NI103",
    "NI104",
    "NI105",
    "NI106",
    "NI107",
    "NI201",
    "NI202",
    "NI203",
    "NI204",
    "NI205",
    "NI206",
    "NI301",
    "NI302",
    "NI303",
    "NI304",
    "NI305",
    "NI306",
    "NI307",
    "NI308",
    "NI401",
    "NI402",
    "NI403",
    "NI501",
    "NI502",
    "NI503",
]
"""Every diagnostic code newsitem can report."""


class Entry(NamedTuple):
    """One catalogue entry: severity, a short title and the message template."""

    severity: Severity
    title: str
    template: str


CATALOGUE: Final[dict[DiagnosticCode, Entry]] = {
    "NI101": Entry("error", "empty input", "empty input: there is no text to parse"),
    "NI102": Entry(
        "error",
        "invalid UTF-8",
        "invalid UTF-8 at byte offset {offset}: the bytes were replaced with U+FFFD",
    ),
    "NI103": Entry("warning", "control character", "control character {char} in the text"),
    "NI104": Entry(
        "warning",
        "mojibake",
        "mojibake {found!r}: UTF-8 text decoded as {codec}; it probably should read {fixed!r}",
    ),
    "NI105": Entry(
        "error",
        "input too large",
        "input too large: {size} characters is over the limit of {limit}; it was not parsed",
    ),
    "NI106": Entry("info", "byte order mark", "byte order mark at the start of the text"),
    "NI107": Entry(
        "error",
        "lone surrogate",
        "lone surrogate {char} in the text: it is no character and was read as U+FFFD",
    ),
    "NI201": Entry(
        "warning",
        "no dateline",
        "no dateline: the article does not start with a line such as 'Jan 6, 2022 - World'",
    ),
    "NI202": Entry("error", "bad dateline date", "dateline date {date!r} is not a real date"),
    "NI203": Entry(
        "warning",
        "unresolved dateline date",
        "dateline date {date!r} has no {missing}; pass reference_date to resolve it",
    ),
    "NI204": Entry(
        "error",
        "no headline",
        "no headline: the line where it belongs (after the dateline, or first) is none",
    ),
    "NI205": Entry(
        "warning",
        "headline looks like a paragraph",
        "headline looks like a paragraph ({reason})",
    ),
    "NI206": Entry(
        "warning",
        "text before the dateline",
        "text before the dateline is not part of the story",
    ),
    "NI301": Entry(
        "warning",
        "duplicated paragraph",
        "duplicated paragraph: the same text stands at line {first}",
    ),
    "NI302": Entry(
        "warning",
        "bullet before any paragraph",
        "bullet before any paragraph: the list has no lead-in",
    ),
    "NI303": Entry(
        "info", "unknown label", "unknown label {label!r}: not in the Smart Brevity vocabulary"
    ),
    "NI304": Entry("warning", "empty section", "empty section: label {label!r} has no text"),
    "NI305": Entry(
        "warning",
        "text after the story's end",
        "text after the story's end ('Go deeper', 'What to read next') was kept as a related link",
    ),
    "NI306": Entry(
        "warning",
        "boilerplate",
        "boilerplate ({kind}) kept apart from the story",
    ),
    "NI307": Entry(
        "info",
        "label inside a line",
        "label {label!r} inside a line: a new section starts there",
    ),
    "NI308": Entry(
        "warning",
        "several stories",
        "several stories on one page ({marks}): parsed as one article",
    ),
    "NI401": Entry(
        "warning",
        "caption without credit",
        "caption without a credit: nothing follows {head!r}",
    ),
    "NI402": Entry(
        "warning",
        "credit cannot be split",
        "credit {credit!r} cannot be split into creators and agency",
    ),
    "NI403": Entry(
        "info",
        "duplicated caption",
        "duplicated caption line: {kept}",
    ),
    "NI501": Entry(
        "warning",
        "unbalanced quote marks",
        "unbalanced quote mark: this quotation is never closed",
    ),
    "NI502": Entry("info", "quote without speaker", "quote without a speaker next to it"),
    "NI503": Entry(
        "warning",
        "stray closing quote mark",
        "closing quote mark without an opening one",
    ),
}
"""Every code with its severity, title and message template (``str.format`` fields)."""
