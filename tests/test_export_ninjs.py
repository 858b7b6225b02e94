"""IPTC ninjs 3.1 export: valid against the official schema, and nothing of the story lost."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from jsonschema import Draft202012Validator, FormatChecker

from newsitem import Article, Bullet, Caption, Dateline, Paragraph, Section, Span, parse
from newsitem.export import serialise, to_ninjs
from newsitem.export.ninjs import default_uri

from .conftest import DATA
from .export_strategies import articles
from .helpers import RELIEF

NINJS_SCHEMA_PATH = DATA / "standards" / "ninjs-schema_3.1.json"
XHTML = "{http://www.w3.org/1999/xhtml}"

# The checks jsonschema would make with optional packages (rfc3987, rfc3339-validator), written
# out here so that "format" is always asserted, whatever is installed.
URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s\"<>\\^`{|}]*")
DATE_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")
FORMATS = FormatChecker(formats=())


@FORMATS.checks("uri")
def is_uri(value: object) -> bool:
    return not isinstance(value, str) or URI.fullmatch(value) is not None


@FORMATS.checks("date-time", raises=ValueError)
def is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if DATE_TIME.fullmatch(value) is None:
        raise ValueError(f"not an RFC 3339 date-time: {value!r}")
    datetime.fromisoformat(value.replace("Z", "+00:00"))
    return True


# Characters outside XML 1.0's Char production; the XHTML body writes U+FFFD for them.
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
QUOTE_MARKS = set('"“”„«»')


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(NINJS_SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FORMATS)


@pytest.fixture(scope="module")
def sample(sample_text: str) -> Article:
    return parse(sample_text)


def errors(validator: Draft202012Validator, item: dict[str, Any]) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(item)]


def xml_text(value: str) -> str:
    return NOT_XML.sub("\ufffd", value)


def unmarked(value: str) -> str:
    """Text without quote marks: the XHTML body moves them into ``<q>`` elements."""
    return "".join(c for c in value if c not in QUOTE_MARKS)


def own_text(element: ET.Element) -> str:
    """An element's text without nested lists (a ``<li>``'s own words)."""
    parts = [element.text or ""]
    for child in element:
        if child.tag != f"{XHTML}ul":
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return "".join(parts).strip()


def check_nothing_lost(article: Article, item: dict[str, Any]) -> None:
    """Every text, label, quote, attribution, caption and credit is in the XHTML or associations."""
    xhtml = item["bodies"][1]
    assert xhtml["contentType"] == "application/xhtml+xml"
    root = ET.fromstring(xhtml["value"])  # well-formed, or this raises
    assert root.tag == f"{XHTML}article"
    check_quotes_and_attributions(article, root)
    check_blocks(article, root)
    check_captions(article, root, item)
    check_parties(article, item)


def check_quotes_and_attributions(article: Article, root: ET.Element) -> None:
    # Quotes: each is the text of a <q>, as many times as the article has it.
    q_texts = Counter("".join(q.itertext()) for q in root.iter(f"{XHTML}q"))
    wanted = Counter(xml_text(q.text) for q in article.quotes if q.text)
    assert wanted - q_texts == Counter()

    # Attributions: a marked <span> with the resolved name, or (rarely) inside a quotation.
    spans = [
        (s.get("data-name"), "".join(s.itertext()))
        for s in root.iter(f"{XHTML}span")
        if "attribution" in (s.get("class") or "").split()
    ]
    for attribution in article.attributions:
        pair = (xml_text(attribution.name), xml_text(attribution.text))
        in_quote = any(pair[1] in text for text in q_texts)
        assert pair in spans or in_quote, attribution


def check_blocks(article: Article, root: ET.Element) -> None:
    # Paragraphs and bullets: the same words in the same order (quote marks aside).
    paragraphs = {unmarked(own_text(p)).strip() for p in root.iter(f"{XHTML}p")}
    items = {unmarked(own_text(li)).strip() for li in root.iter(f"{XHTML}li")}
    for section in article.sections:
        for n, block in enumerate(section.blocks):
            if isinstance(block, Paragraph):
                text = block.text
                if n == 0 and section.label is not None:
                    text = f"{section.label}: {text}"
                assert unmarked(xml_text(text)).strip() in paragraphs
            elif isinstance(block, Bullet):
                label = f"{block.label}: " if block.label else ""
                assert unmarked(xml_text(label + block.text)).strip() in items

    # Section labels.
    labels = ["".join(s.itertext()) for s in root.iter(f"{XHTML}strong")]
    for section in article.sections:
        if section.label is not None:
            assert f"{xml_text(section.label)}:" in labels


def check_captions(article: Article, root: ET.Element, item: dict[str, Any]) -> None:
    # Captions: a <figure> each, credit in a span; and an association with the same texts.
    figures = {f.get("id"): f for f in root.iter(f"{XHTML}figure")}
    associations = {a["name"]: a for a in item.get("associations", [])}
    assert len(figures) == len(associations) == len(article.captions)
    for n, caption in enumerate(article.captions, start=1):
        name = f"image-{n}"
        figure_text = "".join(figures[name].itertext())
        assert xml_text(caption.text) in figure_text
        described = {d["role"]: d["value"] for d in associations[name].get("descriptions", [])}
        assert described.get("caption", "") == caption.text
        assert described.get("alttext") == (caption.alt_text or None)
        credit = caption.credit
        if credit is None:
            assert "creditline" not in described
            continue
        if credit.text:
            assert credit.text in described["creditline"]
        credits = ["".join(s.itertext()) for s in figures[name].iter(f"{XHTML}span")]
        assert any(xml_text(credit.text) in c for c in credits) or not credit.text
        image = associations[name]
        for creator in credit.creators:
            assert creator in image.get("by", "")
        assert image.get("copyrightHolder") == (credit.agency or None)
        parties = {(s["role"], s["name"]) for s in image.get("infoSources", [])}
        if credit.distributor:
            assert ("distributor", credit.distributor) in parties
        if credit.data_source:
            assert ("datasource", credit.data_source) in parties


def check_parties(article: Article, item: dict[str, Any]) -> None:
    # Sources and speakers: every resolved name is a person or an organisation. (A name may be
    # there twice: as the byline's author and as a source.)
    named: dict[str, set[str]] = {}
    for party in item.get("people", []) + item.get("organisations", []):
        named.setdefault(party["name"], set()).add(party["rel"])
    for attribution in article.attributions:
        if attribution.name.strip():
            assert attribution.name.strip() in named
    for quote in article.quotes:
        if quote.attribution is not None and quote.attribution.name.strip():
            assert "speaker" in named[quote.attribution.name.strip()]
    # The byline: "by" is its credit, and each name in it is an author.
    byline = article.byline or (article.dateline.byline if article.dateline else None)
    if item.get("by"):
        assert byline is not None
        assert item["by"] in " ".join(byline.split())
    authors = {name for name, rels in named.items() if "author" in rels}
    assert all(name in item["by"] for name in authors)


# The sample ------------------------------------------------------------------------------------


def test_sample_validates_against_ninjs_3_1(
    validator: Draft202012Validator, sample: Article
) -> None:
    assert errors(validator, to_ninjs(sample)) == []


def test_sample_loses_nothing(sample: Article) -> None:
    check_nothing_lost(sample, to_ninjs(sample))


def test_sample_metadata(sample: Article) -> None:
    item = to_ninjs(sample)
    assert item["uri"] == default_uri(sample)
    assert item["standard"] == {
        "name": "ninjs",
        "version": "3.1",
        "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#",
    }
    assert item["type"] == "text"
    assert item["headlines"] == [
        {
            "role": "main",
            "value": "Russia-led alliance sends forces to Kazakhstan as unrest intensifies",
        }
    ]
    assert item["firstCreated"] == item["versionCreated"] == "2022-01-06T00:00:00Z"
    assert item["descriptions"] == [{"role": "dateline", "value": "Jan 6, 2022 - World"}]
    assert item["subjects"] == [{"name": "World", "rel": "section"}]


def test_sample_images(sample: Article) -> None:
    first = to_ninjs(sample)["associations"][0]
    assert first["name"] == "image-1"
    assert first["type"] == "picture"
    assert first["by"] == "Valery Sharifulin"
    assert first["copyrightHolder"] == "TASS"
    assert first["infoSources"] == [{"name": "Getty Images", "role": "distributor"}]
    assert {d["role"]: d["value"] for d in first["descriptions"]} == {
        "caption": "A burnt bus is seen by the Almaty mayor's office.",
        "alttext": "A burnt bus is seen by the Almaty mayors office.",
        "creditline": "Photo: Valery Sharifulin/TASS via Getty Images",
    }


def test_sample_people_and_organisations(sample: Article) -> None:
    item = to_ninjs(sample)
    assert item["people"] == [
        {"name": "Nikol Pashinyan", "rel": "source"},
        {"name": "Ned Price", "rel": "speaker"},
    ]
    assert item["organisations"] == [
        {"name": "The Associated Press", "rel": "source"},
        {"name": "The New York Times", "rel": "speaker"},
        {"name": "Reuters", "rel": "source"},
    ]


def test_cited_organisations_are_organisations(validator: Draft202012Validator) -> None:
    """Sources like "according to the X Cross", "Y Watch said", "per Z" are not people."""
    article = parse(RELIEF)
    item = to_ninjs(article)
    assert errors(validator, item) == []
    check_nothing_lost(article, item)
    assert item["people"] == [{"name": "Eleanor Bank", "rel": "speaker"}]
    assert item["organisations"] == [
        {"name": "Tidewater Red Cross", "rel": "source"},
        {"name": "Coastal Rights Watch", "rel": "speaker"},
        {"name": "Harlow Brandt", "rel": "source"},
    ]


BYLINED = """Mar 3, 2023 - World

Flood relief stalls in the river delta

By Rosalind Achebe and Tomas Varga, Axios

Relief trucks were held at the border, per Harlow Brandt.

  • "We waited all week," Tomas Varga said.
"""


def test_byline_is_the_credit_and_its_people_are_authors(
    validator: Draft202012Validator,
) -> None:
    article = parse(BYLINED)
    item = to_ninjs(article)
    assert errors(validator, item) == []
    check_nothing_lost(article, item)
    assert item["by"] == "Rosalind Achebe and Tomas Varga, Axios"
    assert item["people"] == [
        {"name": "Rosalind Achebe", "rel": "author"},
        {"name": "Tomas Varga", "rel": "author"},
        {"name": "Tomas Varga", "rel": "speaker"},  # quoted in their own story
    ]
    # The outlet of named people stays in "by"; the sources follow.
    assert item["organisations"] == [{"name": "Harlow Brandt", "rel": "source"}]


def test_byline_naming_only_an_outlet(validator: Draft202012Validator) -> None:
    item = to_ninjs(Article(headline="A headline", byline="By Lantern Press"))
    assert errors(validator, item) == []
    assert item["by"] == "Lantern Press"
    assert "people" not in item
    assert item["organisations"] == [{"name": "Lantern Press", "rel": "author"}]


def test_dateline_byline_in_capitals(validator: Draft202012Validator) -> None:
    dateline = Dateline(
        text="By ROSALIND ACHEBE, TOMAS VARGA | The Daily Lantern Mar 3, 2023",
        date=date(2023, 3, 3),
        category=None,
        byline="By ROSALIND ACHEBE, TOMAS VARGA | The Daily Lantern",
        span=SPAN,
    )
    item = to_ninjs(Article(dateline=dateline))
    assert errors(validator, item) == []
    assert item["by"] == "ROSALIND ACHEBE, TOMAS VARGA | The Daily Lantern"
    assert item["people"] == [
        {"name": "ROSALIND ACHEBE", "rel": "author"},
        {"name": "TOMAS VARGA", "rel": "author"},
    ]


def test_sample_bodies(sample: Article) -> None:
    plain, rich = to_ninjs(sample)["bodies"]
    assert (plain["role"], plain["contentType"]) == ("main", "text/plain")
    assert plain["value"].startswith("A burnt bus is seen by the Almaty mayors office.\n")
    assert "The big picture: Dozens of people" in plain["value"]
    # Words outside captions: paragraphs, bullets, labels and the closing "Go deeper".
    words = sum(len(b.text.split()) for b in [*sample.paragraphs, *sample.bullets])
    words += sum(len(s.label.split()) for s in sample.sections if s.label is not None)
    assert plain["wordCount"] == words + 2
    assert '<q data-speaker="Ned Price">The Secretary also raised' in rich["value"]
    assert '<strong class="label">The big picture:</strong>' in rich["value"]


def test_sample_xhtml_structure(sample: Article) -> None:
    root = ET.fromstring(to_ninjs(sample)["bodies"][1]["value"])
    sections = root.findall(f"{XHTML}section")
    assert [s.get("class") for s in sections] == [s.kind for s in sample.sections]
    assert len(list(root.iter(f"{XHTML}li"))) == len(sample.bullets)
    assert len(list(root.iter(f"{XHTML}q"))) == len(sample.quotes) == 4
    assert [f.get("id") for f in root.iter(f"{XHTML}figure")] == ["image-1", "image-2", "image-3"]


def test_serialise_writes_the_same_object(sample: Article) -> None:
    assert json.loads(serialise(sample, "ninjs")) == to_ninjs(sample)
    assert "\n" not in serialise(sample, "ninjs", indent=None)


CORPUS = sorted(
    [
        *(DATA / "valid").glob("*.txt"),
        *(DATA / "invalid").iterdir(),
        *(DATA / "adversarial").glob("*.txt"),
    ]
)


@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_corpus_file_validates_and_loses_nothing(
    validator: Draft202012Validator, path: Path
) -> None:
    """Every article of the test corpus: the broken and the adversarial ones too."""
    article = parse(path.read_bytes())
    item = to_ninjs(article)
    assert errors(validator, item) == []
    check_nothing_lost(article, item)


# Edge cases --------------------------------------------------------------------------------------

SPAN = Span(start=0, end=0)


def test_empty_article_is_valid(validator: Draft202012Validator) -> None:
    item = to_ninjs(Article())
    assert errors(validator, item) == []
    assert set(item) == {"uri", "standard", "type", "profile", "language", "bodies"}


def test_updated_dateline_sets_only_version_created() -> None:
    dateline = Dateline(
        text="Updated Jan 7, 2022 - World",
        date=date(2022, 1, 7),
        category="World",
        updated=True,
        span=SPAN,
    )
    item = to_ninjs(Article(dateline=dateline))
    assert item["versionCreated"] == "2022-01-07T00:00:00Z"
    assert "firstCreated" not in item


def test_given_uri_names_the_images() -> None:
    caption = Caption(text="A chart.", credit=None, span=SPAN)
    article = Article(sections=[Section(label=None, kind="lede", blocks=[caption], span=SPAN)])
    item = to_ninjs(article, uri="https://example.com/story#top", language="en-US")
    assert item["uri"] == "https://example.com/story#top"
    assert item["language"] == "en-US"
    assert item["associations"][0]["uri"] == "https://example.com/story#image-1"


def test_markup_and_control_characters_stay_well_formed(validator: Draft202012Validator) -> None:
    text = 'a <b>&amp; "x" \x00\x1b\r\n]]> \ufffe'
    block = Paragraph(text=text, span=SPAN)
    section = Section(label="<i>", kind="a&b", blocks=[block], span=SPAN)
    article = Article(headline=text, sections=[section])
    item = to_ninjs(article)
    assert errors(validator, item) == []
    root = ET.fromstring(item["bodies"][1]["value"])
    paragraph = root.find(f"{XHTML}section/{XHTML}p")
    assert paragraph is not None
    assert "".join(paragraph.itertext()) == '<i>: a <b>&amp; "x" \ufffd\ufffd\r\n]]> \ufffd'


# Generated articles ----------------------------------------------------------------------------


def test_1000_generated_articles_validate_and_lose_nothing(
    validator: Draft202012Validator,
) -> None:
    """Acceptance: 1,000 generated articles validate against ninjs 3.1, nothing lost."""
    checked: list[int] = []

    @settings(max_examples=1000, database=None)
    @given(articles())
    def check(article: Article) -> None:
        item = to_ninjs(article)
        assert errors(validator, item) == []
        check_nothing_lost(article, item)
        checked.append(1)

    check()
    assert len(checked) >= 1000
