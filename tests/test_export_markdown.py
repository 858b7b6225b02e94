"""Markdown export: the house style's structure in Markdown, every text kept and escaped."""

from __future__ import annotations

from html.parser import HTMLParser

import markdown as markdown_lib
import pytest
from hypothesis import given

from newsitem import Article, Bullet, Caption, Credit, Link, Paragraph, Section, Span, parse
from newsitem.export import serialise, to_markdown
from newsitem.export._common import bare_credit
from newsitem.export.markdown import escape

from .export_strategies import articles

SPAN = Span(start=0, end=0)


@pytest.fixture(scope="module")
def sample(sample_text: str) -> Article:
    return parse(sample_text)


@pytest.fixture(scope="module")
def markdown(sample: Article) -> str:
    return to_markdown(sample)


def test_sample_headline_and_dateline(markdown: str) -> None:
    lines = markdown.splitlines()
    assert lines[0] == "# Russia-led alliance sends forces to Kazakhstan as unrest intensifies"
    assert lines[2] == "*Jan 6, 2022 - World*"


def test_sample_labels_are_bold(sample: Article, markdown: str) -> None:
    for section in sample.sections[1:]:
        assert f"\n**{section.label}:** " in markdown


def test_sample_bullets(sample: Article, markdown: str) -> None:
    items = [line for line in markdown.splitlines() if line.startswith("- ")]
    assert len(items) == len(sample.bullets) == 7
    assert items[1] == (
        "- It's unclear how many troops the alliance is sending and how long they will stay in "
        "the country."
    )


def test_sample_captions_are_figures_with_credits(markdown: str) -> None:
    assert (
        "\n*A burnt bus is seen by the Almaty mayor's office.* — "
        "Photo: Valery Sharifulin/TASS via Getty Images\n" in markdown
    )
    assert markdown.count("Photo: ") == 3


def test_sample_quotes_are_kept(sample: Article, markdown: str) -> None:
    for quote in sample.quotes:
        assert quote.text in markdown
    assert '"a band of international terrorists,"' in markdown


def test_sample_ends_with_go_deeper(markdown: str) -> None:
    assert markdown.endswith("\n\nGo deeper\n")


def test_serialise(sample: Article, markdown: str) -> None:
    assert serialise(sample, "markdown") == markdown


BYLINED = """Mar 3, 2023 - World

Flood relief stalls in the river delta

By Rosalind Achebe and Tomas Varga

Relief trucks were held at the border for a third day.
"""


def test_byline_says_by_once() -> None:
    article = parse(BYLINED)
    assert article.byline == "By Rosalind Achebe and Tomas Varga"  # stored with its "By"
    assert to_markdown(article).splitlines()[2:4] == [
        "*Mar 3, 2023 - World*  ",
        "By Rosalind Achebe and Tomas Varga",
    ]


def test_byline_without_by_gets_one() -> None:
    for stored in ("Rosalind Achebe", "BY  Rosalind Achebe", "By: Rosalind Achebe"):
        markdown = to_markdown(Article(headline="A headline", byline=stored))
        assert markdown == "# A headline\n\nBy Rosalind Achebe\n", stored


def test_empty_byline_writes_nothing() -> None:
    assert to_markdown(Article(headline="A headline", byline="By ")) == "# A headline\n"


def test_escape_keeps_markup_as_text() -> None:
    assert escape("*a* _b_ `c` [d](e) <f> &amp;") == r"\*a\* \_b\_ \`c\` \[d\](e) &lt;f> &amp;amp;"
    assert escape("# not a heading") == r"\# not a heading"
    assert escape("- not an item") == r"\- not an item"
    assert escape("1. not an item") == r"1\. not an item"
    assert escape("2022 was a year") == "2022 was a year"
    assert escape("Politics & Policy") == "Politics & Policy"
    assert escape("a\n\n  b") == "a b"
    assert escape("C# #1", heading=True) == r"C\# \#1"


def test_label_with_outer_whitespace_is_written_stripped() -> None:
    span = Span(start=0, end=0)
    section = Section(label="0 ", kind="zero", blocks=[], label_span=span, span=span)
    article = Article(sections=[Section(label=None, kind="lede", span=span), section])
    assert "**0:**" in to_markdown(article)
    assert rendered_text(to_markdown(article)) == "0:"


def test_nested_bullets_labels_and_links() -> None:
    blocks = [
        Bullet(text="Top.", label="Why it matters", span=SPAN),
        Bullet(text="Under it.", depth=1, span=SPAN),
        Caption(
            text="",
            credit=Credit(head="Chart:", text="Axios Visuals", kind="chart", span=SPAN),
            span=SPAN,
        ),
    ]
    article = Article(
        sections=[Section(label="Zoom in", kind="zoom_in", blocks=blocks, span=SPAN)],
        related=[Link(text="A (story)", url="https://example.com/a b(1)", span=SPAN)],
    )
    assert to_markdown(article) == (
        "**Zoom in:**\n\n"
        "- **Why it matters:** Top.\n"
        "  - Under it.\n\n"
        "*Chart: Axios Visuals*\n\n"
        "Go deeper: [A (story)](https://example.com/a%20b%281%29)\n"
    )


class TextOf(HTMLParser):
    """The text content of an HTML document, entities decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def rendered_text(markdown: str) -> str:
    """What a Markdown renderer shows: Python-Markdown's HTML, as text, whitespace collapsed."""
    parser = TextOf()
    parser.feed(markdown_lib.markdown(markdown))
    return " ".join("".join(parser.parts).split())


def one_line(text: str) -> str:
    return " ".join(text.split())


def test_sample_renders_to_its_text(sample: Article, markdown: str) -> None:
    shown = rendered_text(markdown)
    for block in [*sample.paragraphs, *sample.bullets]:
        assert one_line(block.text) in shown


@given(articles(printable=True))
def test_generated_articles_render_to_their_text(article: Article) -> None:
    """Whatever the text holds (``*``, ``#``, ``<b>``, ``1.``), a renderer shows it as written."""
    markdown = to_markdown(article)
    shown = rendered_text(markdown)
    if article.headline is not None:
        assert one_line(article.headline) in shown
    credit = bare_credit(article.byline or "")
    if credit:
        assert f"By {credit}" in shown
        assert f"By {escape(credit)}" in markdown.splitlines()  # "By" once, then the credit
    for section in article.sections:
        if section.label is not None:
            # A label is written on one line, stripped: "0 " shows as "0:" (found by Hypothesis).
            assert f"{one_line(section.label)}:" in shown
        for block in section.blocks:
            if isinstance(block, Paragraph | Bullet):
                assert one_line(block.text) in shown
                for quote in block.quotes:
                    assert one_line(quote.text) in shown
            elif block.credit is not None:
                assert one_line(block.text) in shown
                assert one_line(block.credit.text) in shown
