r"""Stage 1: text -> lines with offsets.

A line ends at ``\\n``, ``\\r\\n`` or a lone ``\\r`` (other Unicode line separators stay inside the
line: scraped text uses them as spaces). Offsets are computed once here, so every later stage
builds spans from ints, and line/column look-ups are a binary search.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from newsitem._parser.patterns import BULLET_STARTS, RE_BULLET, RE_NEWLINE


class Line(NamedTuple):
    """One line of input, as offsets into the text."""

    start: int
    """Offset of the line's first character."""
    end: int
    """Offset just past its last character (the line break excluded)."""
    content_start: int
    """Offset of the first non-whitespace character (``end`` for a blank line)."""
    content_end: int
    """Offset just past the last non-whitespace character."""
    glyph_end: int
    """Offset just past a bullet glyph and its spaces; 0 when the line is no bullet."""

    @property
    def blank(self) -> bool:
        """Whether the line holds only whitespace."""
        return self.content_start == self.content_end

    @property
    def indent(self) -> int:
        """Number of whitespace characters before the content."""
        return self.content_start - self.start


def split_lines(text: str) -> list[Line]:
    """Split ``text`` into :class:`Line` records covering it completely."""
    raw = _split_any_newline(text) if "\r" in text else _split_lf(text)
    return [make_line(text, start, end) for start, end in raw]


def _split_lf(text: str) -> list[tuple[int, int]]:
    bounds = []
    start = 0
    for piece in text.split("\n"):
        end = start + len(piece)
        bounds.append((start, end))
        start = end + 1
    return bounds


def _split_any_newline(text: str) -> list[tuple[int, int]]:
    bounds = []
    start = 0
    for match in RE_NEWLINE.finditer(text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


def make_line(text: str, start: int, end: int) -> Line:
    """Make the :class:`Line` record of ``text[start:end]``."""
    segment = text[start:end]
    stripped = segment.lstrip()
    if start == 0 and stripped.startswith("\ufeff"):
        # A byte order mark (NI106) is no content: the first line starts after it.
        stripped = stripped[1:].lstrip()
    content_start = end - len(stripped)
    content_end = content_start + len(stripped.rstrip())
    glyph_end = 0
    if stripped:
        match = bullet_marker(text, content_start, content_end)
        # A number is a list marker only when indented like a bullet ("  1. "); at the margin,
        # "1. Heading" is a numbered headline or paragraph.
        if match is not None and (content_start > start or not match["glyph"][0].isdigit()):
            glyph_end = match.end()
    return Line(start, end, content_start, content_end, glyph_end)


def bullet_marker(text: str, start: int, end: int) -> re.Match[str] | None:
    """The bullet glyph (or number) and its spaces at ``text[start:end]``'s start, if any."""
    if start >= end:
        return None
    first = text[start]
    if first not in BULLET_STARTS and not first.isdigit():
        return None  # (isdigit() holds for every digit \d matches)
    return RE_BULLET.match(text, start, end)


class LineIndex:
    """Turns offsets into 1-based (line, column) pairs."""

    __slots__ = ("_starts",)

    def __init__(self, lines: list[Line]) -> None:
        self._starts = [line.start for line in lines]

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 1-based line and column of ``offset``."""
        index = bisect_right(self._starts, offset) - 1
        index = max(index, 0)
        return index + 1, offset - self._starts[index] + 1
