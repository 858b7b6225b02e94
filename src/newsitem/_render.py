"""Article -> plain text in the house style: the inverse of :func:`newsitem.parse`.

``parse(render(article))`` equals ``article`` apart from spans and diagnostics. Boilerplate is
not story text and is not rendered, with one exception: page furniture ("Expand chart") that
stands between a paragraph and a caption made of a credit alone is written back, because without
it the paragraph would read as the caption's alt text and a second parse would differ.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby
from typing import NamedTuple

from newsitem._parser.labels import match_label
from newsitem.models import (
    Article,
    Block,
    Boilerplate,
    Bullet,
    Caption,
    Credit,
    Paragraph,
    Section,
)

__all__ = ["render"]

_BULLET_INDENT = "  "
"""Indentation per bullet level: the Axios page puts two spaces before "•"."""


def render(article: Article) -> str:
    r"""Write ``article`` back as plain text: dateline, headline, sections, "Go deeper".

    >>> from newsitem import parse, render
    >>> print(render(parse("Jan 6, 2022 - World\n\nA headline\n\nWhy it matters: Text.")))
    Jan 6, 2022 - World
    <BLANKLINE>
    A headline
    <BLANKLINE>
    Why it matters: Text.
    """
    if not isinstance(article, Article):
        raise TypeError(f"render() takes an Article, not {type(article).__name__}")
    chunks: list[str] = []
    if article.dateline is not None:
        chunks.append(article.dateline.text)
    if article.headline is not None:
        chunks.append(article.headline)
    if article.byline is not None:
        chunks.append(article.byline)
    body: list[str | _Labelled] = []
    for section in article.sections:
        body.extend(_section_chunks(section, article.boilerplate))
    for link in article.related:
        body.append("Go deeper" if link.text == "Go deeper" else f"Go deeper: {link.text}")
    return "\n\n".join(chunks + _resolve(body))


class _Labelled(NamedTuple):
    """A section's label and its first paragraph, written once what follows them is known."""

    label: str
    text: str


def _resolve(chunks: list[str | _Labelled]) -> list[str]:
    """Write each labelled paragraph in the light of the chunk after it (from the last one back)."""
    resolved: list[str] = []
    for chunk in reversed(chunks):
        if isinstance(chunk, _Labelled):
            chunk = _labelled_paragraph(chunk.label, chunk.text, resolved[-1] if resolved else None)
        resolved.append(chunk)
    resolved.reverse()
    return resolved


def _section_chunks(
    section: Section, boilerplate: Sequence[Boilerplate] = ()
) -> list[str | _Labelled]:
    blocks: list[Block] = list(section.blocks)
    chunks: list[str | _Labelled] = []
    if section.label is not None:
        if blocks and isinstance(blocks[0], Paragraph):
            chunks.append(_Labelled(section.label, blocks[0].text))
            blocks = blocks[1:]
        else:
            chunks.append(f"{section.label}:")
    # Consecutive bullets form one list: one line each, no blank line between.
    previous = section.blocks[0] if len(blocks) < len(section.blocks) else None
    for is_bullet, run in groupby(blocks, key=lambda block: isinstance(block, Bullet)):
        if is_bullet:
            bullets = list(run)
            chunks.append("\n".join(_bullet_line(b) for b in bullets if isinstance(b, Bullet)))
            previous = bullets[-1]
            continue
        for block in run:
            chunks.append(_separator(previous, block, boilerplate) + _block_text(block))
            previous = block
    return chunks


def _labelled_paragraph(label: str, text: str, following: str | None) -> str:
    """Write a label and its paragraph on one line if a parse reads them back so, else two lines.

    A coined label is a label only before text that reads as a sentence, or that ends the
    article, or that a list follows: "0: 0" over a blank line and a paragraph is a title with a
    colon, while "0:" alone on its line is a label either way. The parser's own rule decides,
    on the line and what the rendering puts after it (``following``, or the end of the text).
    """
    line = f"{label}: {text}"
    probe = line if following is None else f"{line}\n\n{following}"
    found = match_label(probe, 0, len(line))
    if found is not None and found.label == label and found.text_start == len(label) + 2:
        return line
    return f"{label}:\n{text}"


def _separator(previous: Block | None, block: Block, boilerplate: Sequence[Boilerplate]) -> str:
    """The furniture that kept a credit-only caption from taking the paragraph above, if any.

    Only a parsed article has such boilerplate: its spans say what lay between the two blocks.
    A caption with text or alt text needs none: it never takes a paragraph across a blank line.
    """
    if not isinstance(block, Caption) or not isinstance(previous, Paragraph):
        return ""
    if block.text or block.alt_text is not None:
        return ""
    start, end = previous.span.end, block.span.start
    between = [item.text for item in boilerplate if start <= item.span.start < end]
    return "".join(f"{line}\n" for line in between)


def _bullet_line(bullet: Bullet) -> str:
    label = f"{bullet.label}: " if bullet.label is not None else ""
    return f"{_BULLET_INDENT * (bullet.depth + 1)}• {label}{bullet.text}"


def _block_text(block: Block) -> str:
    if isinstance(block, Caption):
        return _caption_text(block)
    if isinstance(block, Bullet):
        return _bullet_line(block)
    return block.text


def _caption_text(caption: Caption) -> str:
    line = caption.text
    if caption.credit is not None:
        credit = _credit_text(caption.credit)
        line = f"{line} {credit}" if line else credit
    return line if caption.alt_text is None else f"{caption.alt_text}\n{line}"


def _credit_text(credit: Credit) -> str:
    if not credit.head:
        return credit.text
    return f"{credit.head} {credit.text}" if credit.text else credit.head
