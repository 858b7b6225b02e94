"""The client's sample article: every acceptance figure of the core issue."""

from __future__ import annotations

import json
from datetime import date

import pytest

import newsitem
from newsitem import Article, Bullet, Caption, Paragraph, parse, render

from .conftest import DATA
from .helpers import strip_positions


@pytest.fixture(scope="module")
def article(sample_text: str) -> Article:
    return parse(sample_text)


def test_dateline(article: Article) -> None:
    assert article.dateline is not None
    assert article.dateline.date == date(2022, 1, 6)
    assert article.dateline.category == "World"
    assert article.dateline.updated is False


def test_headline(article: Article) -> None:
    assert (
        article.headline == "Russia-led alliance sends forces to Kazakhstan as unrest intensifies"
    )


def test_sections(article: Article) -> None:
    assert [s.label for s in article.sections] == [
        None,
        "The big picture",
        "Between the lines",
        "Driving the news",
        "What they're saying",
    ]
    assert [s.kind for s in article.sections] == [
        "lede",
        "the_big_picture",
        "between_the_lines",
        "driving_the_news",
        "what_theyre_saying",
    ]


def test_block_types(article: Article) -> None:
    assert [[b.type for b in s.blocks] for s in article.sections] == [
        ["caption", "paragraph"],
        ["paragraph", "bullet", "bullet"],
        ["paragraph", "bullet", "caption"],
        ["paragraph", "bullet", "bullet", "bullet", "caption"],
        ["paragraph", "bullet"],
    ]
    assert len(article.bullets) == 7
    assert len(article.paragraphs) == 5


def test_captions(article: Article) -> None:
    captions = article.captions
    assert len(captions) == 3
    splits = [
        (c.credit.creators, c.credit.agency, c.credit.distributor) if c.credit else None
        for c in captions
    ]
    assert splits == [
        (["Valery Sharifulin"], "TASS", "Getty Images"),
        (["Abduaziz Madyarov"], "AFP", "Getty Images"),
        (["Valery Sharifulin"], "TASS", "Getty Images"),
    ]
    assert [c.alt_text for c in captions] == [
        "A burnt bus is seen by the Almaty mayors office.",
        "Protesters take part in a rally over a hike in energy prices in Almaty on Jan. 5, 2022.",
        "Security forces in Almaty.",
    ]
    assert captions[0].text == "A burnt bus is seen by the Almaty mayor's office."
    assert captions[1].text == "Protesters rally in Almaty on Jan. 5."
    assert all(c.credit is not None and c.credit.kind == "photo" for c in captions)


def test_quotes(article: Article) -> None:
    quotes = article.quotes
    assert len(quotes) == 4
    assert quotes[0].text.startswith("Russia is notorious")
    assert quotes[1].text == "a band of international terrorists"
    assert quotes[2].text.startswith("reiterated the United States’")
    assert quotes[3].text.startswith("The Secretary also raised")
    speakers = [q.attribution.name if q.attribution else None for q in quotes]
    assert speakers == ["The New York Times", None, "Ned Price", "Ned Price"]
    assert quotes[3].attribution is not None
    assert quotes[3].attribution.cue == "added"


def test_attributions(article: Article) -> None:
    found = {(a.text, a.name, a.role, a.cue) for a in article.attributions}
    expected = {
        ("AP reports", "The Associated Press", None, "reports"),
        (
            "according to Armenian Prime Minister Nikol Pashinyan",
            "Nikol Pashinyan",
            "Armenian Prime Minister",
            "according to",
        ),
        ("the New York Times notes", "The New York Times", None, "notes"),
        ("per the Times", "The New York Times", None, "per"),
        ("per AP", "The Associated Press", None, "per"),
        ("per Reuters", "Reuters", None, "per"),
        ("the Times reports", "The New York Times", None, "reports"),
        ("according to spokesperson Ned Price", "Ned Price", "spokesperson", "according to"),
        ("Price added", "Ned Price", None, "added"),
    }
    assert expected <= found


def test_related(article: Article) -> None:
    assert [link.text for link in article.related] == ["Go deeper"]


def test_no_errors(article: Article) -> None:
    assert article.errors == []
    assert {d.code for d in article.diagnostics} <= {"NI403", "NI502"}


def test_every_span_slices_its_source(article: Article, sample_text: str) -> None:
    assert article.dateline is not None
    assert article.dateline.span.slice(sample_text) == article.dateline.text
    assert article.headline_span is not None
    assert article.headline_span.slice(sample_text) == article.headline
    for block in (b for s in article.sections for b in s.blocks):
        source = block.span.slice(sample_text)
        if isinstance(block, Caption):
            assert block.text in source
            assert block.credit is not None
            assert block.credit.span.slice(sample_text).endswith(block.credit.text)
        else:
            assert isinstance(block, Paragraph | Bullet)
            assert source.endswith(block.text)
            for quote in block.quotes:
                assert quote.span.slice(sample_text) == quote.text
            for attribution in block.attributions:
                assert attribution.span.slice(sample_text) == attribution.text
    for link in article.related:
        assert link.span.slice(sample_text) == "Go deeper"


def test_deterministic_json(sample_text: str) -> None:
    assert parse(sample_text).model_dump_json() == parse(sample_text).model_dump_json()


def test_json_round_trip(article: Article) -> None:
    assert Article.model_validate_json(article.model_dump_json()) == article


def test_render_round_trip(article: Article) -> None:
    again = parse(render(article))
    assert strip_positions(again) == strip_positions(article)


def test_golden_json(article: Article) -> None:
    golden = json.loads((DATA / "valid" / "kazakhstan-2022-01-06.json").read_text("utf-8"))
    assert json.loads(article.model_dump_json()) == golden


def test_bytes_and_str_agree(sample_text: str) -> None:
    as_bytes = parse(sample_text.encode("utf-8"))
    assert as_bytes == parse(sample_text)
    with_bom = parse(b"\xef\xbb\xbf" + sample_text.encode("utf-8"))
    assert with_bom == as_bytes


def test_version() -> None:
    assert newsitem.__version__
