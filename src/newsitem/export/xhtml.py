r"""Article -> a well-formed XHTML fragment of the story (the rich body of the ninjs export).

Also a format of its own: ``serialise(article, "xhtml")``, ``newsitem parse --format xhtml``.

One ``<article>`` element in the XHTML namespace: a ``<section>`` per Smart Brevity section
(``class`` is its ``kind``), labels as ``<strong class="label">``, paragraphs as ``<p>``, bullets
as nested ``<ul>`` lists, captions as image-less ``<figure>`` elements whose ``id`` names the
image association (``image-1``, ...), quotations as ``<q>`` (the quote marks are the element's
job, so they are dropped from the text) and attribution phrases as
``<span class="attribution">`` with the resolved name in ``data-name``. "Go deeper" links close
the article. Characters XML 1.0 cannot hold (most C0 controls) become U+FFFD.

>>> from newsitem import Article, Paragraph, Section, Span
>>> span = Span(start=0, end=1)
>>> article = Article(sections=[Section(label=None, kind="lede", span=span,
...     blocks=[Paragraph(text="Tom & Jerry <3", span=span)])])
>>> print(to_xhtml(article))
<article xmlns="http://www.w3.org/1999/xhtml">
<section class="lede">
<p>Tom &amp; Jerry &lt;3</p>
</section>
</article>
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import Final
from xml.sax.saxutils import escape, quoteattr

from newsitem.export._common import credit_line
from newsitem.models import Article, Attribution, Block, Bullet, Caption, Link, Paragraph, Quote

__all__ = ["XHTML_NAMESPACE", "caption_ids", "to_xhtml"]

XHTML_NAMESPACE: Final = "http://www.w3.org/1999/xhtml"

OPENING_MARKS: Final = frozenset('"“„«')
"""Marks that open a quotation (the parser's quotes are between double marks)."""
CLOSING_MARKS: Final = frozenset('"”»“')
"""Marks that close one (a typed ``"``, a curly ``”``; ``“`` as scrapes sometimes close)."""

_NOT_XML_CHAR: Final = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters outside the XML 1.0 ``Char`` production: they cannot appear, even escaped."""


def text(value: str) -> str:
    """``value`` as XML character data: escaped, impossible characters replaced by U+FFFD.

    A carriage return is written as a reference: a parser would read a raw one as a newline.
    """
    return escape(_NOT_XML_CHAR.sub("\ufffd", value), {"\r": "&#13;"})


def attr(value: str) -> str:
    """``value`` as a quoted XML attribute value (newlines and tabs kept as references)."""
    return quoteattr(
        _NOT_XML_CHAR.sub("\ufffd", value), {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
    )


def caption_ids(article: Article) -> dict[int, str]:
    """The ``id`` of each caption's figure, by ``id()`` of the caption: ``image-1``, ..."""
    return {id(caption): f"image-{n}" for n, caption in enumerate(article.captions, start=1)}


def to_xhtml(article: Article) -> str:
    """The story as one well-formed XHTML ``<article>`` element (no headline, no dateline)."""
    ids = caption_ids(article)
    lines = [f"<article xmlns={attr(XHTML_NAMESPACE)}>"]
    for section in article.sections:
        lines.append(f"<section class={attr(section.kind)}>")
        blocks: Sequence[Block] = section.blocks
        if section.label is not None:
            label = f'<strong class="label">{text(section.label)}:</strong>'
            if blocks and isinstance(blocks[0], Paragraph):
                lines.append(f"<p>{label} {inline(blocks[0])}</p>")
                blocks = blocks[1:]
            else:
                lines.append(f"<p>{label}</p>")
        for is_bullet, run in groupby(blocks, key=lambda block: isinstance(block, Bullet)):
            if is_bullet:
                lines.extend(_bullet_list([b for b in run if isinstance(b, Bullet)]))
            else:
                lines.extend(_block(block, ids) for block in run)
        lines.append("</section>")
    lines.extend(_related(link) for link in article.related)
    lines.append("</article>")
    return "\n".join(lines)


def _block(block: Block, ids: dict[int, str]) -> str:
    if isinstance(block, Caption):
        return _figure(block, ids[id(block)])
    return f"<p>{inline(block)}</p>"


def _figure(caption: Caption, figure_id: str) -> str:
    kind = caption.credit.kind if caption.credit is not None else "image"
    parts = [text(caption.text)] if caption.text else []
    if caption.credit is not None:
        parts.append(f'<span class="credit">{text(credit_line(caption.credit))}</span>')
    body = " ".join(parts)
    return (
        f"<figure id={attr(figure_id)} class={attr(kind)}><figcaption>{body}</figcaption></figure>"
    )


def _bullet_list(bullets: list[Bullet]) -> list[str]:
    """Nested ``<ul>`` lists, a line per item; a depth that jumps by more than one nests by one."""
    lines: list[str] = []
    depth = -1
    for bullet in bullets:
        target = min(bullet.depth, depth + 1)
        if target > depth:
            lines.append("<ul>")  # a new list, or one nested in the open item
        else:
            lines[-1] += "</li>" + "</ul></li>" * (depth - target)
        depth = target
        label = f'<strong class="label">{text(bullet.label)}:</strong> ' if bullet.label else ""
        lines.append(f"<li>{label}{inline(bullet)}")
    lines[-1] += "</li>" + "</ul></li>" * depth
    lines.append("</ul>")
    return lines


def _related(link: Link) -> str:
    if link.url is None:
        title = text(link.text)
    else:
        title = f"<a href={attr(link.url)}>{text(link.text)}</a>"
    if link.text == "Go deeper" and link.url is None:
        return f'<p class="related">{title}</p>'
    return f'<p class="related">Go deeper: {title}</p>'


@dataclass(frozen=True)
class _Mark:
    """A stretch ``[start, end)`` of a block's text and the markup that replaces it."""

    start: int
    end: int
    markup: str


def inline(block: Paragraph | Bullet) -> str:
    """The block's text as XHTML: quotes as ``<q>``, attributions as ``<span>``, rest escaped.

    A quote or attribution whose text is not in the block's text (a model built by hand can
    say anything) is kept too: it follows the text, with the class ``unplaced``.
    """
    marks, unplaced = _quote_marks(block.text, block.quotes)
    taken = [(mark.start, mark.end) for mark in marks]
    placed, lost = _attribution_marks(block.text, block.attributions, taken)
    marks.extend(placed)
    marks.sort(key=lambda mark: mark.start)
    out: list[str] = []
    pos = 0
    for mark in marks:
        out.append(text(block.text[pos : mark.start]))
        out.append(mark.markup)
        pos = mark.end
    out.append(text(block.text[pos:]))
    out.extend(f' <q class="unplaced"{_speaker(q)}>{text(q.text)}</q>' for q in unplaced)
    out.extend(f" {_attribution_span(a, 'attribution unplaced')}" for a in lost)
    return "".join(out)


def _speaker(quote: Quote) -> str:
    if quote.attribution is None or not quote.attribution.name:
        return ""
    return f" data-speaker={attr(quote.attribution.name)}"


def _quote_marks(body: str, quotes: list[Quote]) -> tuple[list[_Mark], list[Quote]]:
    marks: list[_Mark] = []
    unplaced: list[Quote] = []
    cursor = 0
    for quote in quotes:
        if not quote.text:
            continue
        start = _find_quoted(body, quote.text, cursor)
        if start < 0:
            unplaced.append(quote)
            continue
        end = start + len(quote.text)
        tail = ""
        if start > cursor and body[start - 1] in OPENING_MARKS:
            start -= 1
            # The closing mark goes with the <q>; a comma or period the quote text leaves out
            # ("terrorists,"") stays, after it.
            if body[end : end + 1] in CLOSING_MARKS:
                end += 1
            elif body[end : end + 1] in {",", ".", "?", "!"} and body[end + 1 : end + 2] in (
                CLOSING_MARKS
            ):
                tail = body[end]
                end += 2
        markup = f"<q{_speaker(quote)}>{text(quote.text)}</q>{text(tail)}"
        marks.append(_Mark(start, end, markup))
        cursor = end
    return marks, unplaced


def _find_quoted(body: str, needle: str, cursor: int) -> int:
    """Where ``needle`` is in ``body`` from ``cursor``: after an opening mark if it ever is."""
    first = body.find(needle, cursor)
    index = first
    while index >= 0:
        if index > 0 and body[index - 1] in OPENING_MARKS:
            return index
        index = body.find(needle, index + 1)
    return first


def _attribution_marks(
    body: str, attributions: list[Attribution], taken: list[tuple[int, int]]
) -> tuple[list[_Mark], list[Attribution]]:
    """Marks for the attributions outside quotes, and the attributions not in the text."""
    marks: list[_Mark] = []
    lost: list[Attribution] = []
    cursor = 0
    for attribution in attributions:
        if not attribution.text:
            continue
        if attribution.text not in body:
            lost.append(attribution)
            continue
        start = body.find(attribution.text, cursor)
        while start >= 0 and _overlaps(start, start + len(attribution.text), taken):
            start = body.find(attribution.text, start + 1)
        if start < 0:
            continue  # only inside a quote (or before an earlier one): the text is there
        end = start + len(attribution.text)
        taken.append((start, end))
        cursor = end
        marks.append(_Mark(start, end, _attribution_span(attribution, "attribution")))
    return marks, lost


def _attribution_span(attribution: Attribution, css_class: str) -> str:
    data = f" data-name={attr(attribution.name)}"
    if attribution.role:
        data += f" data-role={attr(attribution.role)}"
    data += f" data-cue={attr(attribution.cue)}"
    return f"<span class={attr(css_class)}{data}>{text(attribution.text)}</span>"


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < t_end and t_start < end for t_start, t_end in taken)
