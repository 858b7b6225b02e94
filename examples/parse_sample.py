"""Parse the bundled sample article and print what newsitem found in it.

Shows the top of an :class:`newsitem.Article`: the dateline (date and category), the headline,
each section with its label, kind and block types, the captions with their split credits, the
related links, and the diagnostics.

    python examples/parse_sample.py
"""

from __future__ import annotations

from pathlib import Path

import newsitem

SAMPLE = Path(__file__).resolve().parent / "kazakhstan-2022-01-06.txt"


def main() -> None:
    """Parse the sample and print its parts."""
    article = newsitem.parse(SAMPLE.read_text(encoding="utf-8"))

    if article.dateline is not None:
        print(f"dateline: {article.dateline.date} ({article.dateline.category})")
    print(f"headline: {article.headline}")

    print(f"\n{len(article.sections)} sections:")
    for section in article.sections:
        types = ", ".join(block.type for block in section.blocks)
        print(f"  {section.kind:<20} {section.label!r:<24} [{types}]")

    print(f"\n{len(article.paragraphs)} paragraphs, {len(article.bullets)} bullets")

    print(f"\n{len(article.captions)} captions:")
    for caption in article.captions:
        credit = caption.credit
        print(f"  {caption.text}")
        if credit is not None:
            creators = ", ".join(credit.creators) or "-"
            print(f"    {credit.kind}: {creators} / {credit.agency} via {credit.distributor}")

    print(f"\nrelated: {[link.text for link in article.related]}")

    print(f"\n{len(article.diagnostics)} diagnostics:")
    for diagnostic in article.diagnostics:
        print(f"  {diagnostic}")


if __name__ == "__main__":
    main()
