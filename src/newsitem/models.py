"""The typed models of a news article: the public contract of newsitem.

Every model is a frozen pydantic v2 model that forbids unknown fields. Every element that comes
from the input carries a :class:`Span` whose ``start``/``end`` slice the exact source text out of
the string given to :func:`newsitem.parse` (or out of the decoded text, for bytes).

The models hold data only; the parser lives in ``newsitem._parser``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date
from typing import Annotated, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from newsitem._parser.patterns import RE_NEWLINE
from newsitem.diagnostics import DiagnosticCode, Severity

__all__ = [
    "Article",
    "Attribution",
    "Block",
    "Boilerplate",
    "Bullet",
    "Caption",
    "Credit",
    "CreditKind",
    "Dateline",
    "Diagnostic",
    "Link",
    "Paragraph",
    "Quote",
    "Section",
    "Span",
]


class _Model(BaseModel):
    """Shared configuration: frozen, closed, field docstrings become descriptions."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        use_attribute_docstrings=True,
        validate_default=False,
    )


class Span(_Model):
    """A half-open range ``[start, end)`` of character offsets into the parsed text."""

    start: int = Field(ge=0)
    """Offset of the first character of the source text."""
    end: int = Field(ge=0)
    """Offset just past the last character of the source text."""

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self

    def slice(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]


_VISIBLE_CONTROLS: Final[dict[int, str]] = {
    **{code: chr(0x2400 + code) for code in range(0x20) if code != 0x09},
    0x7F: "\u2421",
    **{code: "\ufffd" for code in range(0x80, 0xA0)},
}
"""Control characters (tab excepted) -> a visible stand-in, one character each."""


def _pad(char: str) -> str:
    """What stands under ``char`` in the caret line: a tab, no space, one space or two."""
    if char == "\t":
        return "\t"
    if unicodedata.combining(char) or char == "\ufeff":
        return ""
    return "  " if unicodedata.east_asian_width(char) in "WF" else " "


class Diagnostic(_Model):
    """One problem or remark about the input, with a stable code and a position."""

    code: DiagnosticCode
    """Stable code such as ``NI201``; see ``docs/diagnostics.md`` for the catalogue."""
    severity: Severity
    """``error``, ``warning`` or ``info``."""
    message: str
    """A one-line, human-readable description."""
    line: int = Field(ge=1)
    """1-based line number where the problem starts."""
    column: int = Field(ge=1)
    """1-based column (in characters) where the problem starts."""
    span: Span | None = None
    """The source text the diagnostic is about, when it is about some text."""

    def __str__(self) -> str:
        where = f"(at line {self.line}, column {self.column})"
        return f"{self.code} {self.severity}: {self.message} {where}"

    def context(self, source: str | bytes) -> str:
        r"""Return the diagnostic with its source line and a caret under the column.

        ``source`` is the text that was parsed (bytes are decoded as :func:`newsitem.parse`
        decodes them). Lines may end in ``\n``, ``\r\n`` or ``\r``. The caret stays under its
        character: a tab before the column is copied into the caret line, a wide character (CJK,
        most emoji) takes two columns and a combining mark none; control characters are shown as
        their Unicode symbols (U+0000 as ``␀``).

        >>> from newsitem import validate
        >>> source = "Jan 6, 2022 - World\n\nHeadline\n\n  • A list with no lead-in."
        >>> print(validate(source)[0].context(source))
        NI302 warning: bullet before any paragraph: the list has no lead-in (at line 5, column 3)
          5 |   • A list with no lead-in.
            |   ^
        """
        if isinstance(source, bytes):
            source = source.decode("utf-8-sig", errors="replace")
        lines = RE_NEWLINE.split(source)
        text = lines[self.line - 1] if self.line <= len(lines) else ""
        shown = text.translate(_VISIBLE_CONTROLS)
        gutter = " " * len(str(self.line))
        pad = "".join(_pad(ch) for ch in text[: self.column - 1])
        caret = pad + " " * max(self.column - 1 - len(text), 0) + "^"
        return f"{self}\n  {self.line} | {shown}\n  {gutter} | {caret}"


class Dateline(_Model):
    """The line above the headline that says when (and in which section) the story ran."""

    text: str
    """The dateline as written, e.g. ``Updated Jan 6, 2022 - World``."""
    date: date | None
    """The publication date; ``None`` when it cannot be known (relative date, no year)."""
    category: str | None
    """The section after the dash, e.g. ``World`` or ``Politics & Policy``."""
    updated: bool = False
    """Whether the dateline starts with ``Updated``."""
    byline: str | None = None
    """An author or outlet written before the date on the same line ("Sara Fischer Apr 7, 2017")."""
    span: Span
    """Where the dateline is in the input."""


class Attribution(_Model):
    """A phrase that names the source of a statement: "per AP", "Price added"."""

    text: str
    """The phrase as written, e.g. ``according to spokesperson Ned Price``."""
    source: str
    """The source as written inside the phrase, e.g. ``the Times`` or ``spokesperson Ned Price``."""
    name: str
    """The resolved full name, e.g. ``The New York Times`` or ``Ned Price``."""
    role: str | None = None
    """The role split off the source, e.g. ``spokesperson`` or ``Armenian Prime Minister``."""
    cue: str
    """The attribution verb or preposition: ``per``, ``according to``, ``reports``, ``said``, ...;
    ``:`` for a speaker tag before a quote (``Sen. Jane Doe (D-Calif.): "..."``) or a clause
    that a colon ends before one (``Jane Doe was blunter: "..."``); ``—`` for the name under a
    pull quote; ``via`` for a roundup's source (``(Star Tribune)``)."""
    span: Span
    """Where ``text`` is in the input."""


class Quote(_Model):
    """A quotation between double quote marks."""

    text: str
    """The words between the quote marks, without a trailing comma that continues the sentence."""
    attribution: Attribution | None = None
    """Who said it, when the speaker phrase stands next to the quote; in a block that is only
    a quote going on from the block before (a bullet under the speaker's, a paragraph after
    one that ended inside an open quote), that block's speaker."""
    span: Span
    """Where ``text`` is in the input."""


class Paragraph(_Model):
    """A paragraph of body text (without its section label)."""

    type: Literal["paragraph"] = "paragraph"
    """Discriminator: always ``paragraph``."""
    text: str
    """The paragraph's text without label or indentation; wrapped lines are joined by a space."""
    quotes: list[Quote] = []
    """The quotations in the paragraph, in order."""
    attributions: list[Attribution] = []
    """The attribution phrases in the paragraph, in order."""
    span: Span
    """The paragraph's lines in the input (a section label before it is the section's)."""


class Bullet(_Model):
    """One item of a bulleted (or numbered) list."""

    type: Literal["bullet"] = "bullet"
    """Discriminator: always ``bullet``."""
    text: str
    """The item's text without glyph, indentation or label."""
    depth: int = Field(default=0, ge=0)
    """Nesting depth: 0 for a top-level item, 1 for an item indented under it, ..."""
    label: str | None = None
    """A Smart Brevity label written inside the bullet ("• Why it matters: ..."), without colon."""
    quotes: list[Quote] = []
    """The quotations in the item, in order."""
    attributions: list[Attribution] = []
    """The attribution phrases in the item, in order."""
    span: Span
    """The item's lines in the input, glyph included."""


CreditKind = Literal[
    "photo",
    "illustration",
    "photo_illustration",
    "chart",
    "map",
    "graphic",
    "table",
    "collage",
    "image",
    "screenshot",
    "courtesy",
    "other",
]
"""What kind of visual a credit is for."""


class Credit(_Model):
    """The credit line of an image: who made it and who distributes it."""

    head: str
    """The credit's head as written: ``Photo:``, ``Illustration by``, ``Data:``, ``Courtesy of``."""
    text: str
    """The credit as written after its head, e.g. ``Valery Sharifulin/TASS via Getty Images``."""
    kind: CreditKind
    """What the visual is: photo, illustration, chart, ..."""
    creators: list[str] = []
    """The people who made it, e.g. ``["Valery Sharifulin"]``."""
    agency: str | None = None
    """The agency that owns it, e.g. ``TASS``."""
    distributor: str | None = None
    """Who distributes it (the part after "via"), e.g. ``Getty Images``."""
    data_source: str | None = None
    """For charts and maps, the data source ("Data: Census Bureau; Chart: ...")."""
    span: Span
    """Where the credit (head included) is in the input."""


class Caption(_Model):
    """A photo, illustration or chart caption with its credit."""

    type: Literal["caption"] = "caption"
    """Discriminator: always ``caption``."""
    text: str
    """The caption without its credit; empty for a credit-only line."""
    alt_text: str | None = None
    """A second description of the same image that the scrape kept (often the alt text)."""
    credit: Credit | None
    """The credit, split into creators, agency and distributor."""
    span: Span
    """All lines of the caption (alt text, caption, credit) in the input."""


Block = Annotated[Paragraph | Bullet | Caption, Field(discriminator="type")]
"""A block of a section, told apart by its ``type``."""


class Section(_Model):
    """A run of blocks under one Smart Brevity label ("The big picture:")."""

    label: str | None
    """The label as written, without colon; ``None`` for the lede section."""
    kind: str
    """The label in snake_case without punctuation (``what_theyre_saying``); ``lede`` if none."""
    blocks: list[Block] = []
    """Paragraphs, bullets and captions in source order."""
    label_span: Span | None = None
    """Where the label and its colon (and an emoji before it) are; ``None`` for the lede."""
    span: Span
    """From the section's first character (its label) to its last."""


class Link(_Model):
    """A related story, from a "Go deeper" line."""

    text: str
    """The link text: the story title, or ``Go deeper`` when the line has none."""
    url: str | None = None
    """The link target, when the text has one (scraped text rarely does)."""
    span: Span
    """Where the line is in the input."""


class Boilerplate(_Model):
    """Page furniture a scraper picked up (sign-up forms, promos): kept, but not story text."""

    kind: str
    """What it is: ``signup``, ``promo``, ``preferred_source``, ``listen``, ``chrome``, ..."""
    text: str
    """The line as written (stripped)."""
    span: Span
    """Where the line is in the input."""


class Article(_Model):
    """One news article: dateline, headline, labelled sections, related links, diagnostics."""

    dateline: Dateline | None = None
    """When and where the story ran, if the text has a dateline."""
    headline: str | None = None
    """The headline: the first line of text after the dateline."""
    headline_span: Span | None = None
    """Where the headline is in the input."""
    byline: str | None = None
    """The byline line under the headline ("Asher Price"), when the page has one."""
    byline_span: Span | None = None
    """Where the byline is in the input."""
    sections: list[Section] = []
    """The lede section (label ``None``) first, then one section per label."""
    related: list[Link] = []
    """Related stories ("Go deeper")."""
    boilerplate: list[Boilerplate] = []
    """Page furniture kept apart from the story; each also has a diagnostic."""
    diagnostics: list[Diagnostic] = []
    """Everything odd about the input, in source order."""

    def _blocks(self) -> Iterator[Paragraph | Bullet | Caption]:
        for section in self.sections:
            yield from section.blocks

    @property
    def paragraphs(self) -> list[Paragraph]:
        """All paragraphs in document order."""
        return [b for b in self._blocks() if isinstance(b, Paragraph)]

    @property
    def bullets(self) -> list[Bullet]:
        """All bullets in document order."""
        return [b for b in self._blocks() if isinstance(b, Bullet)]

    @property
    def captions(self) -> list[Caption]:
        """All captions in document order."""
        return [b for b in self._blocks() if isinstance(b, Caption)]

    @property
    def quotes(self) -> list[Quote]:
        """All quotes of paragraphs and bullets in document order."""
        return [q for b in self._blocks() if not isinstance(b, Caption) for q in b.quotes]

    @property
    def attributions(self) -> list[Attribution]:
        """All attributions of paragraphs and bullets in document order."""
        return [a for b in self._blocks() if not isinstance(b, Caption) for a in b.attributions]

    def element_spans(self) -> list[Span]:
        """The spans of the top-level elements, in source order.

        Dateline, headline, section labels, blocks, related links and boilerplate: every
        non-whitespace character of the input is inside exactly one of them, or inside the span
        of a diagnostic.
        """
        spans = [self.dateline.span] if self.dateline is not None else []
        if self.headline_span is not None:
            spans.append(self.headline_span)
        if self.byline_span is not None:
            spans.append(self.byline_span)
        for section in self.sections:
            if section.label_span is not None:
                spans.append(section.label_span)
            spans.extend(block.span for block in section.blocks)
        spans.extend(link.span for link in self.related)
        spans.extend(item.span for item in self.boilerplate)
        return sorted(spans, key=lambda span: (span.start, span.end))

    @property
    def errors(self) -> list[Diagnostic]:
        """The diagnostics of severity ``error``."""
        return [d for d in self.diagnostics if d.severity == "error"]
