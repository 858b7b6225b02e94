"""Walk the quotes of the sample article and say who said each one.

Shows :attr:`newsitem.Article.quotes` and :attr:`newsitem.Article.attributions`: each quote's
text, its speaker (the attribution next to it: the phrase as written, the resolved full name,
the role and the cue verb), and where the quote is in the input (its span slices the text
exactly). Then every attribution phrase of the article, quoted or not.

    python examples/quotes_and_speakers.py
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import newsitem

SAMPLE = Path(__file__).resolve().parent / "kazakhstan-2022-01-06.txt"


def main() -> None:
    """Print each quote with its speaker, then every attribution."""
    text = SAMPLE.read_text(encoding="utf-8")
    article = newsitem.parse(text)

    print(f"{len(article.quotes)} quotes:\n")
    for number, quote in enumerate(article.quotes, 1):
        assert quote.span.slice(text) == quote.text  # spans point into the input
        print(f"{number}. " + textwrap.shorten(f"“{quote.text}”", width=90))
        speaker = quote.attribution
        if speaker is None:
            print("   speaker: (none next to the quote)")
        else:
            role = f", {speaker.role}" if speaker.role else ""
            print(f"   speaker: {speaker.name}{role}  [{speaker.text!r}, cue {speaker.cue!r}]")
        print(f"   at characters {quote.span.start}-{quote.span.end}\n")

    print(f"{len(article.attributions)} attributions:")
    for attribution in article.attributions:
        print(f"  {attribution.text!r:<60} -> {attribution.name}")


if __name__ == "__main__":
    main()
