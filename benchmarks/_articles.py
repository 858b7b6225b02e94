"""Inputs for the benchmarks: the sample, generated articles, and their HTML pages.

- :func:`generated_article` writes an article of about N KB in the house style: the sample's
  dateline and headline, then the sample's body blocks over and over, each pass with other
  countries, cities, leaders and days, then "Go deeper". (Paragraphs that name none of them
  repeat verbatim, and are flagged NI301 like any page that repeats itself.)
- :func:`repeated_body` repeats the sample's body verbatim N times (the scaling test).
- :func:`html_page` renders a parsed article as a realistic news page: ``<head>`` with meta and
  JSON-LD, a navigation bar, a sign-up form, ``<h1>``, ``<time>``, ``<figure>``/``<figcaption>``,
  ``<p>`` with ``<strong>`` labels, ``<ul>``/``<li>``, related links and a footer. The peers
  extract from this page what newsitem parses from the text.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from newsitem import Article, Bullet, Caption, Paragraph

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "kazakhstan-2022-01-06.txt"

_COUNTRIES = ["Kazakhstan", "Kyrgyzstan", "Mongolia", "Georgia", "Moldova", "Armenia", "Belarus"]
_CITIES = ["Almaty", "Bishkek", "Ulaanbaatar", "Tbilisi", "Chisinau", "Yerevan", "Minsk"]
_LEADERS = ["Tokayev", "Japarov", "Khurelsukh", "Garibashvili", "Sandu", "Kocharyan", "Novak"]
_DAYS = ["Thursday", "Monday", "Tuesday", "Wednesday", "Friday", "Saturday", "Sunday"]


def sample_text() -> str:
    """The client's sample article, as shipped in ``examples/``."""
    return SAMPLE.read_text(encoding="utf-8")


def _split(text: str) -> tuple[list[str], list[str], str]:
    """(dateline and headline, body blocks, the "Go deeper" line) of a house-style article.

    The "Go deeper" line is the last line; the sample has no blank line above it.
    """
    rest, tail = text.strip("\n").rsplit("\n", 1)
    blocks = rest.split("\n\n")
    return blocks[:2], blocks[2:], tail


def _join(parts: list[str], tail: str) -> str:
    """The article: blocks between blank lines, "Go deeper" right under the last one."""
    return "\n\n".join(parts) + "\n" + tail + "\n"


def _varied(block: str, round_: int) -> str:
    """``block`` with the names, places and days of pass ``round_`` (pass 0: unchanged)."""
    if round_ == 0:
        return block
    for names in (_COUNTRIES, _CITIES, _LEADERS, _DAYS):
        block = block.replace(names[0], names[round_ % len(names)])
    return block.replace("1991", str(1991 - round_ % 30))


def generated_article(kilobytes: float, text: str | None = None) -> str:
    """An article of about ``kilobytes`` KB (UTF-8) in the house style."""
    head, body, tail = _split(text or sample_text())
    target = int(kilobytes * 1024)
    parts = list(head)
    size = len(_join(parts, tail).encode())
    round_ = 0
    while size < target:
        for block in body:
            piece = _varied(block, round_)
            parts.append(piece)
            size += len(piece.encode()) + 2
            if size >= target:
                break
        round_ += 1
    return _join(parts, tail)


def repeated_body(times: int, text: str | None = None) -> str:
    """The sample with its body (everything between headline and "Go deeper") ``times`` times."""
    head, body, tail = _split(text or sample_text())
    return _join(head + body * times, tail)


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _a(text: str) -> str:
    return html.escape(text, quote=True)


_NAV = ["Politics & Policy", "World", "Economy", "Technology", "Health", "Science", "Sports"]


def html_page(article: Article) -> str:
    """The article as the news site would serve it (see the module docstring)."""
    headline = article.headline or ""
    dateline = article.dateline
    day = dateline.date.isoformat() if dateline and dateline.date else "2022-01-06"
    category = (dateline.category if dateline else None) or "World"
    first = next(iter(article.paragraphs), None)
    description = first.text if first is not None else headline
    json_ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline,
        "datePublished": f"{day}T05:00:00Z",
        "articleSection": category,
        "author": [{"@type": "Organization", "name": "Axios"}],
        "publisher": {"@type": "Organization", "name": "Axios"},
    }
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(headline)} - Axios</title>",
        f'<meta name="description" content="{_a(description)}">',
        f'<meta property="og:title" content="{_a(headline)}">',
        '<meta property="og:type" content="article">',
        '<meta property="og:site_name" content="Axios">',
        f'<meta property="article:published_time" content="{day}T05:00:00Z">',
        f'<meta property="article:section" content="{_a(category)}">',
        '<meta name="author" content="Axios">',
        f'<link rel="canonical" href="https://www.axios.com/{day.replace("-", "/")}/story">',
        '<link rel="stylesheet" href="/static/site.css">',
        f'<script type="application/ld+json">{json.dumps(json_ld)}</script>',
        "</head>",
        "<body>",
        '<header class="site-header"><a class="logo" href="/">Axios</a>',
        "<nav><ul>",
        *(f'<li><a href="/{n.split()[0].lower()}">{_e(n)}</a></li>' for n in _NAV),
        "</ul></nav>",
        '<form class="newsletter" action="/signup"><label>Sign up for Axios AM</label>',
        '<input type="email" placeholder="Email address"><button>Subscribe</button></form>',
        "</header>",
        "<main>",
        "<article>",
        f'<div class="meta"><a class="category" href="/world">{_e(category)}</a> '
        f'<time datetime="{day}">{_e(dateline.text.split(" - ")[0] if dateline else day)}</time>'
        "</div>",
        f"<h1>{_e(headline)}</h1>",
        '<div class="byline"><span>Axios</span></div>',
        '<div class="story">',
        *_story(article),
        "</div>",
        '<p class="go-deeper"><a href="/related">Go deeper</a></p>',
        "</article>",
        '<aside class="related"><h2>More stories</h2><ul>',
        *(f'<li><a href="/story/{i}">Story number {i} in the news</a></li>' for i in range(5)),
        "</ul></aside>",
        "</main>",
        '<footer><ul><li><a href="/about">About</a></li><li><a href="/privacy">Privacy</a></li>',
        '<li><a href="/terms">Terms</a></li></ul><p>© 2022 Axios Media</p></footer>',
        '<script src="/static/app.js"></script>',
        "</body>",
        "</html>",
    ]
    return "\n".join(out) + "\n"


def _story(article: Article) -> list[str]:
    out: list[str] = []
    images = 0
    for section in article.sections:
        blocks = list(section.blocks)
        if section.label is not None:
            if blocks and isinstance(blocks[0], Paragraph):
                out.append(f"<p><strong>{_e(section.label)}:</strong> {_e(blocks[0].text)}</p>")
                blocks = blocks[1:]
            else:
                out.append(f"<h2>{_e(section.label)}</h2>")
        in_list = False
        for block in blocks:
            if isinstance(block, Bullet) != in_list:
                out.append("<ul>" if not in_list else "</ul>")
                in_list = not in_list
            if isinstance(block, Bullet):
                label = f"<strong>{_e(block.label)}:</strong> " if block.label else ""
                out.append(f"<li>{label}{_e(block.text)}</li>")
            elif isinstance(block, Caption):
                images += 1
                credit = block.credit
                credit_html = (
                    f' <span class="credit">{_e(credit.head)} {_e(credit.text)}</span>'
                    if credit is not None
                    else ""
                )
                out += [
                    "<figure>",
                    f'<img src="/images/{images}.jpg" alt="{_a(block.alt_text or block.text)}">',
                    f"<figcaption>{_e(block.text)}{credit_html}</figcaption>",
                    "</figure>",
                ]
            else:
                out.append(f"<p>{_e(block.text)}</p>")
        if in_list:
            out.append("</ul>")
    return out
