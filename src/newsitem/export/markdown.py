r"""Article -> Markdown (CommonMark), for people and for LLM pipelines.

The headline is a ``#`` heading, the dateline an emphasised line under it (then "By" and the
byline's credit, once, whether or not the byline was stored with its "By"), labels
are bold lead-ins (``**The big picture:**``), bullets ``-`` items (two spaces per depth),
captions image-less figures: the caption in emphasis, then the credit after a dash. Quotes keep
their quote marks; "Go deeper" links become links when they have a URL. Characters Markdown
would read as markup are escaped, so the text renders as written.

>>> from newsitem import parse
>>> print(to_markdown(parse("Jan 6, 2022 - World\n\nA headline\n\nWhy it matters: It *grew*.")))
# A headline
<BLANKLINE>
*Jan 6, 2022 - World*
<BLANKLINE>
**Why it matters:** It \*grew\*.
<BLANKLINE>
"""

from __future__ import annotations

import re
from itertools import groupby
from typing import Final
from urllib.parse import quote

from newsitem.export._common import bare_credit, credit_line
from newsitem.models import Article, Block, Bullet, Caption, Link, Paragraph, Section

__all__ = ["escape", "to_markdown"]

_INLINE: Final = re.compile(r"[\\`*_\[\]]|<|&(?=#?\w+;)")
"""Characters that start inline markup anywhere: emphasis, code, links, raw HTML, entities."""
_BLOCK_START: Final = re.compile(r"[#>+-]|\d{1,9}(?=[.)](?:\s|$))")
"""What opens a block at the start of a line: a heading, a quote, a list item, a rule."""
_INDENT: Final = "  "
_URL_SAFE: Final = ":/?#@!$&'*+,;=%~"
"""URL characters kept as they are in a link; others (spaces, parentheses, ...) are %-encoded."""


def escape(text: str, *, heading: bool = False) -> str:
    r"""``text`` on one line, its Markdown punctuation escaped so that it renders as written.

    Runs of whitespace become one space (Markdown would not keep them anyway). Escapes are
    those CommonMark and Python-Markdown both read; ``<`` and ``&`` become references.
    In a ``heading``, every ``#`` is escaped (a closing run of them would be dropped).

    >>> print(escape("1. *not* <b>bold</b> &amp; [no link] # "))
    1\. \*not\* &lt;b>bold&lt;/b> &amp;amp; \[no link\] #
    """
    text = " ".join(text.split())
    text = _INLINE.sub(_escaped, text)
    if heading:
        return text.replace("#", "\\#")
    start = _BLOCK_START.match(text)
    if start is None:
        return text
    return f"{text[: start.end()]}\\{text[start.end() :]}" if start[0].isdigit() else "\\" + text


def _escaped(match: re.Match[str]) -> str:
    char = match[0]
    if char == "<":
        return "&lt;"
    if char == "&":
        return "&amp;"
    return "\\" + char


def to_markdown(article: Article) -> str:
    """Return ``article`` as a Markdown document (ending in one newline)."""
    chunks: list[str] = []
    if article.headline is not None:
        chunks.append(f"# {escape(article.headline, heading=True)}")
    meta = []
    if article.dateline is not None:
        meta.append(_emphasis(article.dateline.text))
    # (A byline written on the dateline is in the dateline's text already.)
    credit = bare_credit(article.byline or "")
    if credit:
        # One "By", the byline's own or not ("By Ann Roe" is stored with it); "By" also keeps
        # a list marker in the name from opening a list.
        meta.append(f"By {escape(credit)}")
    if meta:
        chunks.append("  \n".join(meta))
    for section in article.sections:
        chunks.extend(_section(section))
    chunks.extend(_related(link) for link in article.related)
    return "\n\n".join(chunk for chunk in chunks if chunk) + "\n"


def _section(section: Section) -> list[str]:
    blocks: list[Block] = list(section.blocks)
    chunks: list[str] = []
    if section.label is not None:
        label = f"**{escape(section.label)}:**"
        if blocks and isinstance(blocks[0], Paragraph):
            chunks.append(f"{label} {escape(blocks[0].text)}")
            blocks = blocks[1:]
        else:
            chunks.append(label)
    for is_bullet, run in groupby(blocks, key=lambda block: isinstance(block, Bullet)):
        if is_bullet:
            chunks.append("\n".join(_items([b for b in run if isinstance(b, Bullet)])))
        else:
            chunks.extend(_block(block) for block in run)
    return chunks


def _items(bullets: list[Bullet]) -> list[str]:
    """One line per item, nested by depth; a depth that jumps by more than one nests by one.

    (Four spaces before a first item would make a code block, not a list.)
    """
    lines = []
    depth = -1
    for bullet in bullets:
        depth = min(bullet.depth, depth + 1)
        label = f"**{escape(bullet.label)}:** " if bullet.label else ""
        lines.append(f"{_INDENT * depth}- {label}{escape(bullet.text)}")
    return lines


def _block(block: Block) -> str:
    if isinstance(block, Caption):
        return _figure(block)
    return escape(block.text)


def _figure(caption: Caption) -> str:
    credit = credit_line(caption.credit) if caption.credit is not None else ""
    if not caption.text.strip():
        return _emphasis(credit)
    figure = _emphasis(caption.text)
    return f"{figure} — {escape(credit)}" if credit else figure


def _emphasis(text: str) -> str:
    """``*text*``; spaces at the edges stay outside, where emphasis allows them."""
    stripped = text.strip()
    return f"*{escape(stripped)}*" if stripped else ""


def _related(link: Link) -> str:
    title = escape(link.text)
    if link.url is not None:
        title = f"[{title}]({quote(link.url, safe=_URL_SAFE)})"
    elif link.text == "Go deeper":
        return "Go deeper"
    return f"Go deeper: {title}"
