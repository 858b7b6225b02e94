"""Helpers shared by the tests."""

from __future__ import annotations

from newsitem import Article

RELIEF = """Mar 3, 2023 - World

Flood relief stalls in the river delta

Relief trucks were held at the border, according to the Tidewater Red Cross.

  • "The camps are overcrowded," Coastal Rights Watch said.
  • Losses will reach $2 billion, per Harlow Brandt.
  • "We waited all week," Eleanor Bank said.
"""
"""An article whose sources are organisations named like people, and one person named like an
organisation (the exporters' tests of person or organisation)."""


def strip_positions(article: Article) -> object:
    """The article as plain data without spans, positions and diagnostics."""
    return _strip(article.model_dump(exclude={"diagnostics"}))


def _strip(value: object) -> object:
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if not k.endswith("span")}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def uncovered(source: str, article: Article) -> list[tuple[int, str]]:
    """Non-whitespace characters of ``source`` outside every element and diagnostic span."""
    inside = bytearray(len(source))
    spans = list(article.element_spans())
    spans += [d.span for d in article.diagnostics if d.span is not None]
    for span in spans:
        inside[span.start : span.end] = b"\x01" * (span.end - span.start)
    return [(i, c) for i, c in enumerate(source) if not c.isspace() and not inside[i]]
