"""Validate scraped articles and show each diagnostic with its line and a caret.

Shows :func:`newsitem.validate` and :meth:`newsitem.Diagnostic.context`: every problem newsitem
finds (stable code, severity, message, line and column) pointed out in the source. It checks the
bundled sample (clean apart from two remarks), then the same article as a careless scraper might
deliver it: page chrome above the dateline, a bullet where the headline belongs, a sign-up form,
an unbalanced quote mark. Finally ``parse(..., strict=True)`` turns error diagnostics into a
``ParseError``.

    python examples/validate_article.py
"""

from __future__ import annotations

from pathlib import Path

import newsitem

SAMPLE = Path(__file__).resolve().parent / "kazakhstan-2022-01-06.txt"

SCRAPED = """\
Skip to main content
Jan 6, 2022 - World

  • Russia-led alliance sends forces to Kazakhstan

Sign up for our daily newsletter

The big picture: Dozens of people have been killed, "AP reports.
"""


def show(name: str, text: str) -> None:
    """Print every diagnostic of ``text`` with its context."""
    diagnostics = newsitem.validate(text)
    print(f"== {name}: {len(diagnostics)} diagnostics\n")
    for diagnostic in diagnostics:
        print(diagnostic.context(text), end="\n\n")


def main() -> None:
    """Validate the sample and a careless scrape; parse strictly."""
    show(SAMPLE.name, SAMPLE.read_text(encoding="utf-8"))
    show("a careless scrape", SCRAPED)
    try:
        newsitem.parse("Jan 36, 2022 - World\n\nA headline\n\nText.", strict=True)
    except newsitem.ParseError as error:
        print(f"== strict parse raised ParseError: {error}")
        print(f"   codes: {[d.code for d in error.diagnostics]}")


if __name__ == "__main__":
    main()
