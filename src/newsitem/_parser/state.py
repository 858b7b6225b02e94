"""The explicit per-call state every stage reads and appends to.

Nothing here is global: one :class:`State` is made per ``parse`` call, so the parser is
re-entrant and thread-safe.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from newsitem._parser.lines import Line, LineIndex, split_lines
from newsitem.diagnostics import CATALOGUE, DiagnosticCode
from newsitem.models import Attribution, Diagnostic


@dataclass(slots=True)
class State:
    """The input, its lines, and what the stages found so far."""

    text: str
    """The text being parsed (already decoded)."""
    lines: list[Line]
    """Every line of ``text``."""
    index: LineIndex
    """Offset -> (line, column) look-ups."""
    reference_date: date | None = None
    """The date relative datelines ("5 hours ago") are resolved against."""
    diagnostics: list[Diagnostic] = field(default_factory=list)
    """Diagnostics reported so far, in the order found (sorted at the end)."""
    names: dict[str, tuple[int, str | None, str | None]] = field(default_factory=dict)
    """A lone word looked up ("Price") -> how many of its ``runs`` were read for it, the first
    full name that ends with it ("Ned Price") and the first that begins with it."""
    runs: dict[str, list[str]] = field(default_factory=dict)
    """A word -> the runs of capitalised words that hold it ("Ned Price said"), in order."""
    runs_read: int = 0
    """How many of ``seen_blocks`` have had their runs indexed (indexed lazily)."""
    seen_blocks: list[tuple[int, int]] = field(default_factory=list)
    """The text ranges of the paragraphs and bullets analysed so far, in order."""
    last_speaker: tuple[int, Attribution | None] = (-1, None)
    """The last block (counted in ``seen_blocks``, from 1) that named a speaker, and the
    speaker: "she added" in the next block is that speaker, and so is a next bullet that is
    only a quote."""
    speakers: list[tuple[int, str]] = field(default_factory=list)
    """The speakers so far, in order, each with its block (counted in ``seen_blocks``, from 1):
    a pronoun that the last one's given name does not fit names the latest that it does."""
    person_blocks: dict[int, bool] = field(default_factory=dict)
    """Whether a block (in ``seen_blocks``, from 0) names a person, once asked: a pronoun reaches
    past blocks that name none."""
    open_quote_block: int = -1
    """The last block (counted in ``seen_blocks``, from 1) that ended inside an open quote: the
    quote goes on in the next paragraph."""
    tag_lines: dict[str, int] | None = None
    """The text before each line's first colon -> how many lines it opens ("Kamara:"), counted
    once when first asked: a Q&A's speaker tags open several."""
    quote_view: str | None = None
    """``text`` with its mojibake quote marks read as marks, the same length (made when first
    asked; ``text`` itself when it has none)."""
    line_kinds: dict[int, str | None] = field(default_factory=dict)
    """Line start -> the kind of boilerplate the line is (None: none), once asked: the block
    rules ask about a line more than once (a line's neighbours ask about it too)."""

    @classmethod
    def for_text(cls, text: str, reference_date: date | None = None) -> State:
        """Make the state for one parse of ``text``."""
        lines = split_lines(text)
        return cls(text=text, lines=lines, index=LineIndex(lines), reference_date=reference_date)

    def report(
        self, code: DiagnosticCode, start: int, end: int | None = None, **fields: Any
    ) -> None:
        """Add a diagnostic ``code`` about ``text[start:end]`` (a point when ``end`` is None)."""
        entry = CATALOGUE[code]
        line, column = self.index.position(start)
        span = {"start": start, "end": end} if end is not None else None
        self.diagnostics.append(
            Diagnostic.model_validate(  # the span as data: one validation makes both models
                {
                    "code": code,
                    "severity": entry.severity,
                    "message": entry.template.format(**fields),
                    "line": line,
                    "column": column,
                    "span": span,
                }
            )
        )
