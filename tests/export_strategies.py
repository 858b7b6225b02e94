"""Hypothesis strategies for the export tests: valid ``Article`` models built directly.

Local to the export tests on purpose (the general ``tests/strategies.py`` is separate). The
articles are consistent the way parsed ones are: every quote's text stands between quote marks
in its block's text and every attribution's text is in its block's text, so the exporters can
place them. Spans are valid but not tied to any source text (the exporters never read them).
Sizes are small so that a thousand articles take seconds.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import get_args

from hypothesis import strategies as st

from newsitem import (
    Article,
    Attribution,
    Bullet,
    Caption,
    Credit,
    Dateline,
    Link,
    Paragraph,
    Quote,
    Section,
    Span,
)
from newsitem.models import CreditKind

QUOTE_MARKS = ('"', "“”„«»")
"""Characters a generated quote's text never holds (so its marks are where they should be)."""

WORDS = [
    "the",
    "alliance",
    "forces",
    "unrest",
    "Kazakhstan",
    "protesters",
    "Almaty",
    "government",
    "price",
    "fuel",
    "troops",
    "Thursday",
    "said",
    "country",
    "peacekeeping",
    "AT&T",
    "<b>bold</b>",
    "a_b",
    "*star*",
    "[link]",
    "1.",
    "#",
    ">",
    "-",
    "+",
    "`code`",
    "naïve",
    "café",
    "東京",
    "emoji🙂",
    "O'Brien",
    "½",
    "\\back",
]

NAMES = st.sampled_from(
    [
        "Ned Price",
        "Nikol Pashinyan",
        "The Associated Press",
        "The New York Times",
        "Reuters",
        "AP",
        "Price",
        "Kassym-Jomart Tokayev",
        "Interior Ministry",
        "Ana María López",
    ]
)

BYLINES = st.sampled_from(
    [
        "By Ned Price",
        "BY  Nikol Pashinyan and Ana María López",
        "By Ned Price, Nikol Pashinyan, and Kassym-Jomart Tokayev",
        "By Ned Price, Axios",
        "By NED PRICE, NIKOL PASHINYAN | The New York Times",
        "Story by Ana María López (@anamaria)",
        "Ned Price, editor of the Interior Ministry's digest",
        "By: Reuters",
        "By",
        "By Ned Price, Jr. & Nikol Pashinyan, MD",
    ]
)
"""Bylines as pages write them: with or without "By", several names, an outlet after them."""

# Any printable-or-not text (no surrogates, which JSON and UTF-8 cannot carry).
ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=10)
PLAIN_TEXT = st.text(
    st.characters(categories=("L", "N", "P", "S", "Zs"), exclude_characters="".join(QUOTE_MARKS)),
    max_size=10,
)
PHRASES = [" ".join(WORDS[i : i + n]) for n in (1, 2, 5) for i in range(len(WORDS))]
"""Runs of the words above; drawing one is a single choice, which keeps generation fast."""
SENTENCE = st.sampled_from(PHRASES)


@cache
def spans() -> st.SearchStrategy[Span]:
    """A valid span (``start <= end``); the exporters never read spans, so a few will do."""
    return st.sampled_from([Span(start=0, end=0), Span(start=3, end=17), Span(start=120, end=480)])


@cache
def texts(*, printable: bool = False) -> st.SearchStrategy[str]:
    """Story text: words of the house style, or arbitrary characters (unless ``printable``)."""
    if printable:
        return st.one_of(SENTENCE, PLAIN_TEXT)
    return st.one_of(SENTENCE, PLAIN_TEXT, ANY_TEXT)


@cache
def optional_texts(*, printable: bool = False) -> st.SearchStrategy[str | None]:
    """``None`` or story text."""
    return st.none() | texts(printable=printable)


@cache
def quote_texts(*, printable: bool) -> st.SearchStrategy[str]:
    """Words inside quote marks: never empty, never holding a quote mark themselves."""
    return texts(printable=printable).map(
        lambda t: "".join(c for c in t if c not in "".join(QUOTE_MARKS)).strip() or "Quoted"
    )


ROLES = st.none() | st.sampled_from(["spokesperson", "Armenian Prime Minister"])
CUES = st.sampled_from(["per", "according to", "reports", "notes", "said", "added"])
MARKS = st.sampled_from([('"', '"'), ("“", "”")])
COMMAS = st.sampled_from(["", ","])
PIECES = st.lists(st.sampled_from(["text", "quote", "attribution"]), max_size=3)


@st.composite
def _attributions(draw: st.DrawFn) -> Attribution:
    name = draw(NAMES)
    role = draw(ROLES)
    source = f"{role} {name}" if role else name
    cue = draw(CUES)
    phrase = f"{cue} {source}" if cue in ("per", "according to") else f"{source} {cue}"
    return Attribution(
        text=phrase, source=source, name=name, role=role, cue=cue, span=draw(spans())
    )


ATTRIBUTIONS = _attributions()
"""An attribution phrase ("per AP", "spokesperson Ned Price said") with its parts."""
SPEAKERS = st.none() | ATTRIBUTIONS


@st.composite
def _inline(draw: st.DrawFn, printable: bool) -> tuple[str, list[Quote], list[Attribution]]:
    """Block text made of plain runs, quotations and attribution phrases, with its parts."""
    pieces: list[str] = []
    quotes: list[Quote] = []
    found: list[Attribution] = []
    for kind in draw(PIECES):
        if kind == "text":
            pieces.append(draw(texts(printable=printable)))
        elif kind == "attribution":
            attribution = draw(ATTRIBUTIONS)
            found.append(attribution)
            pieces.append(attribution.text)
        else:
            opening, closing = draw(MARKS)
            words = draw(quote_texts(printable=printable))
            speaker = draw(SPEAKERS)
            pieces.append(f"{opening}{words}{draw(COMMAS)}{closing}")
            if speaker is not None:
                found.append(speaker)
                pieces.append(speaker.text)
            quotes.append(Quote(text=words, attribution=speaker, span=draw(spans())))
    return " ".join(pieces), quotes, found


@cache
def inline_content(
    *, printable: bool
) -> st.SearchStrategy[tuple[str, list[Quote], list[Attribution]]]:
    return _inline(printable)


def _paragraph(content: tuple[str, list[Quote], list[Attribution]], span: Span) -> Paragraph:
    text, quotes, found = content
    return Paragraph(text=text, quotes=quotes, attributions=found, span=span)


def _bullet(
    content: tuple[str, list[Quote], list[Attribution]], depth: int, label: str | None, span: Span
) -> Bullet:
    text, quotes, found = content
    return Bullet(text=text, depth=depth, label=label, quotes=quotes, attributions=found, span=span)


@cache
def paragraphs(*, printable: bool = False) -> st.SearchStrategy[Paragraph]:
    return st.builds(_paragraph, inline_content(printable=printable), spans())


@cache
def bullets(*, printable: bool = False) -> st.SearchStrategy[Bullet]:
    return st.builds(
        _bullet,
        inline_content(printable=printable),
        st.integers(0, 3),
        optional_texts(printable=printable),
        spans(),
    )


@cache
def credits(*, printable: bool = False) -> st.SearchStrategy[Credit]:
    text = texts(printable=printable)
    return st.builds(
        Credit,
        head=st.sampled_from(["Photo:", "Illustration:", "Chart:", "Courtesy of", ""]),
        text=text,
        kind=st.sampled_from(get_args(CreditKind)),
        creators=st.lists(NAMES | text, max_size=2),
        agency=st.none() | st.sampled_from(["TASS", "AFP", "AP"]) | text,
        distributor=st.none() | st.just("Getty Images") | text,
        data_source=optional_texts(printable=printable),
        span=spans(),
    )


@cache
def captions(*, printable: bool = False) -> st.SearchStrategy[Caption]:
    return st.builds(
        Caption,
        text=texts(printable=printable),
        alt_text=optional_texts(printable=printable),
        credit=st.none() | credits(printable=printable),
        span=spans(),
    )


@cache
def blocks(*, printable: bool = False) -> st.SearchStrategy[Paragraph | Bullet | Caption]:
    return st.one_of(
        paragraphs(printable=printable), bullets(printable=printable), captions(printable=printable)
    )


KINDS = st.from_regex(r"[a-z]{1,8}(_[a-z]{1,8}){0,2}", fullmatch=True)


@cache
def sections(*, lede: bool, printable: bool = False) -> st.SearchStrategy[Section]:
    """The lede section (no label) or a labelled one, with up to three blocks."""
    return st.builds(
        Section,
        label=st.none() if lede else texts(printable=printable),
        kind=st.just("lede") if lede else KINDS,
        blocks=st.lists(blocks(printable=printable), max_size=3),
        label_span=st.none() if lede else spans(),
        span=spans(),
    )


@cache
def datelines(*, printable: bool = False) -> st.SearchStrategy[Dateline]:
    return st.builds(
        Dateline,
        text=texts(printable=printable),
        date=st.none() | st.dates(date(1990, 1, 1), date(2040, 12, 31)),
        category=st.none() | st.sampled_from(["World", "Politics & Policy"]),
        updated=st.booleans(),
        byline=st.none() | NAMES | BYLINES,
        span=spans(),
    )


@cache
def links(*, printable: bool = False) -> st.SearchStrategy[Link]:
    return st.builds(
        Link,
        text=st.just("Go deeper") | texts(printable=printable),
        url=st.none() | st.just("https://www.axios.com/a b(1)?q=<x>&y") | texts(printable=True),
        span=spans(),
    )


@cache
def articles(*, printable: bool = False) -> st.SearchStrategy[Article]:
    """A whole article: optional dateline, headline and byline, the lede then labelled sections.

    ``printable=True`` keeps to letters, digits, punctuation, symbols and spaces (for formats
    such as Markdown that cannot carry control characters).
    """
    return st.builds(
        _article,
        st.none() | datelines(printable=printable),
        optional_texts(printable=printable),
        st.none() | NAMES | BYLINES | texts(printable=printable),
        sections(lede=True, printable=printable),
        st.lists(sections(lede=False, printable=printable), max_size=2),
        st.lists(links(printable=printable), max_size=2),
    )


def _article(
    dateline: Dateline | None,
    headline: str | None,
    byline: str | None,
    lede: Section,
    labelled: list[Section],
    related: list[Link],
) -> Article:
    return Article(
        dateline=dateline,
        headline=headline,
        byline=byline,
        sections=[lede, *labelled],
        related=related,
    )
