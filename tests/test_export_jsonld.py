"""schema.org JSON-LD export: only real schema.org terms, each used within its domain and range."""

from __future__ import annotations

import json
from datetime import date
from typing import Any, NamedTuple

import pytest
from hypothesis import given

from newsitem import Article, Dateline, Span, parse
from newsitem.export import serialise, to_jsonld

from .export_strategies import articles
from .helpers import RELIEF


class Term(NamedTuple):
    """A schema.org property as the vocabulary defines it (https://schema.org/<name>)."""

    domains: tuple[str, ...]
    """"Used on these types"; a subtype of any of them may use it."""
    ranges: tuple[str, ...]
    """"Values expected to be one of these types"."""
    definition: str


# Every @type the export uses, with its parent in the schema.org type hierarchy (DataTypes
# have "DataType" as parent).
TYPES: dict[str, str | None] = {
    "Thing": None,
    "CreativeWork": "Thing",
    "Article": "CreativeWork",
    "NewsArticle": "Article",
    "MediaObject": "CreativeWork",
    "ImageObject": "MediaObject",
    "Quotation": "CreativeWork",  # in the "new" (pending) area of schema.org
    "Person": "Thing",
    "Organization": "Thing",
    "Text": "DataType",
    "Date": "DataType",
    "Integer": "DataType",
    "DataType": None,
}

# Every property the export uses, with its schema.org definition (domain, range, description).
TERMS: dict[str, Term] = {
    "headline": Term(("CreativeWork",), ("Text",), "Headline of the article."),
    "dateline": Term(
        ("NewsArticle",),
        ("Text",),
        "A brief piece of text included in news articles that describes where and when the "
        "story was written or filed.",
    ),
    "datePublished": Term(
        ("CreativeWork",), ("Date", "DateTime"), "Date of first publication or broadcast."
    ),
    "dateModified": Term(
        ("CreativeWork",),
        ("Date", "DateTime"),
        "The date on which the CreativeWork was most recently modified.",
    ),
    "articleSection": Term(
        ("Article",),
        ("Text",),
        "Articles may belong to one or more 'sections' in a magazine or newspaper, such as "
        "Sports, Lifestyle, etc.",
    ),
    "articleBody": Term(("Article",), ("Text",), "The actual body of the article."),
    "wordCount": Term(
        ("Article",), ("Integer",), "The number of words in the text of the CreativeWork."
    ),
    "inLanguage": Term(
        ("CreativeWork",),
        ("Language", "Text"),
        "The language of the content, as an IETF BCP 47 language code.",
    ),
    "creditText": Term(
        ("CreativeWork",),
        ("Text",),
        "Text that can be used to credit person(s) and/or organization(s) associated with a "
        "published Creative Work.",  # "new" area
    ),
    "image": Term(
        ("Thing",), ("ImageObject", "URL"), "An image of the item: a URL or an ImageObject."
    ),
    "caption": Term(
        ("AudioObject", "ImageObject", "VideoObject"),
        ("MediaObject", "Text"),
        "The caption for this object.",
    ),
    "description": Term(("Thing",), ("Text", "TextObject"), "A description of the item."),
    "creator": Term(
        ("CreativeWork", "UserComments"),
        ("Organization", "Person"),
        "The creator/author of this CreativeWork.",
    ),
    "copyrightHolder": Term(
        ("CreativeWork",),
        ("Organization", "Person"),
        "The party holding the legal copyright to the CreativeWork.",
    ),
    "provider": Term(
        (
            "Action",
            "CreativeWork",
            "EducationalOccupationalProgram",
            "FinancialIncentive",
            "Invoice",
            "ParcelDelivery",
            "Reservation",
            "Service",
            "Trip",
        ),
        ("Organization", "Person"),
        "The service provider, service operator, or service performer; the goods producer.",
    ),
    "citation": Term(
        ("CreativeWork",),
        ("CreativeWork", "Text"),
        "A citation or reference to another creative work, such as another publication, web "
        "page, scholarly article, etc.",
    ),
    "affiliation": Term(
        ("Person",),
        ("Organization",),
        "An organization that this person is affiliated with. For example, a school/university, "
        "a club, or a team.",
    ),
    "author": Term(
        ("CreativeWork", "Rating"),
        ("Organization", "Person"),
        "The author of this content or rating.",
    ),
    "hasPart": Term(
        ("CreativeWork",),
        ("CreativeWork",),
        "Indicates an item or CreativeWork that is part of this item, or CreativeWork (in some "
        "sense).",
    ),
    "text": Term(("CreativeWork",), ("Text",), "The textual content of this CreativeWork."),
    "mentions": Term(
        ("CreativeWork",),
        ("Thing",),
        "Indicates that the CreativeWork contains a reference to, but is not necessarily about "
        "a concept.",
    ),
    "name": Term(("Thing",), ("Text",), "The name of the item."),
    "jobTitle": Term(
        ("Person",),
        ("DefinedTerm", "Text"),
        "The job title of the person (for example, Financial Manager).",
    ),
}

CONTEXT = "https://schema.org"


def subtype(name: str, ancestor: str) -> bool:
    current: str | None = name
    while current is not None:
        if current == ancestor:
            return True
        current = TYPES.get(current)
    return False


def value_type(value: object) -> str:
    """The schema.org type of a JSON-LD value: its @type, or the DataType of a literal."""
    if isinstance(value, dict):
        kind = value["@type"]
        assert isinstance(kind, str)
        return kind
    if isinstance(value, bool):
        raise AssertionError(f"no schema.org DataType for a boolean here: {value!r}")
    if isinstance(value, int):
        return "Integer"
    if isinstance(value, str):
        try:
            date.fromisoformat(value)
        except ValueError:
            return "Text"
        return "Date"
    raise AssertionError(f"not a JSON-LD value the export should write: {value!r}")


def vocabulary_errors(node: dict[str, Any], path: str = "$") -> list[str]:
    """Every term outside TYPES/TERMS, or used outside its domain or range, under ``node``."""
    found: list[str] = []
    kind = node.get("@type")
    if kind not in TYPES:
        return [f"{path}: unknown @type {kind!r}"]
    for key, value in node.items():
        if key in ("@context", "@type"):
            continue
        term = TERMS.get(key)
        if term is None:
            found.append(f"{path}: {key!r} is not in the vocabulary list")
            continue
        if not any(subtype(kind, domain) for domain in term.domains):
            found.append(f"{path}.{key}: not a property of {kind}")
        for n, item in enumerate(value if isinstance(value, list) else [value]):
            where = f"{path}.{key}[{n}]"
            item_type = value_type(item)
            # A Date literal is also valid Text (ISO dates in text fields are just text).
            fits = any(subtype(item_type, r) for r in term.ranges) or (
                item_type == "Date" and "Text" in term.ranges
            )
            if not fits:
                found.append(f"{where}: {item_type} is not in the range {term.ranges}")
            if isinstance(item, dict):
                found.extend(vocabulary_errors(item, where))
    return found


def check_document(doc: dict[str, Any]) -> None:
    assert doc["@context"] == CONTEXT
    assert doc["@type"] == "NewsArticle"
    assert vocabulary_errors(doc) == []
    # JSON-LD round-trips through JSON unchanged (no Python-only values).
    assert json.loads(json.dumps(doc)) == doc


def test_vocabulary_lists_are_consistent() -> None:
    for name, term in TERMS.items():
        assert term.domains and term.ranges and term.definition, name
        assert name[0].islower()
    for name, parent in TYPES.items():
        assert name[0].isupper()
        assert parent is None or parent in TYPES


def test_vocabulary_check_catches_wrong_terms() -> None:
    assert vocabulary_errors({"@type": "NewsArticle", "byline": "x"}) == [
        "$: 'byline' is not in the vocabulary list"
    ]
    assert vocabulary_errors({"@type": "Person", "articleBody": "x"}) == [
        "$.articleBody: not a property of Person"
    ]
    assert vocabulary_errors({"@type": "NewsArticle", "creator": "x"}) == [
        "$.creator[0]: Text is not in the range ('Organization', 'Person')"
    ]
    assert vocabulary_errors({"@type": "Quote"}) == ["$: unknown @type 'Quote'"]


@pytest.fixture(scope="module")
def sample(sample_text: str) -> Article:
    return parse(sample_text)


def test_sample_uses_only_schema_org_terms(sample: Article) -> None:
    check_document(to_jsonld(sample))


def test_sample_fields(sample: Article) -> None:
    doc = to_jsonld(sample)
    assert doc["headline"] == sample.headline
    assert doc["datePublished"] == "2022-01-06"
    assert doc["dateline"] == "Jan 6, 2022 - World"
    assert doc["articleSection"] == "World"
    assert doc["inLanguage"] == "en"
    assert doc["articleBody"].startswith("A burnt bus is seen by the Almaty mayors office.\n")
    assert "dateModified" not in doc


def test_sample_images(sample: Article) -> None:
    images = to_jsonld(sample)["image"]
    assert len(images) == 3
    assert images[0] == {
        "@type": "ImageObject",
        "caption": "A burnt bus is seen by the Almaty mayor's office.",
        "description": "A burnt bus is seen by the Almaty mayors office.",
        "creditText": "Photo: Valery Sharifulin/TASS via Getty Images",
        "creator": [{"@type": "Person", "name": "Valery Sharifulin"}],
        "copyrightHolder": {"@type": "Organization", "name": "TASS"},
        "provider": {"@type": "Organization", "name": "Getty Images"},
    }


def test_sample_quotations_and_sources(sample: Article) -> None:
    doc = to_jsonld(sample)
    quotes = doc["hasPart"]
    assert [q["text"] for q in quotes] == [q.text for q in sample.quotes]
    assert quotes[0]["creator"] == {"@type": "Organization", "name": "The New York Times"}
    assert "creator" not in quotes[1]  # "a band of international terrorists": no speaker
    assert quotes[3]["creator"] == {"@type": "Person", "name": "Ned Price"}
    assert doc["mentions"] == [
        {"@type": "Organization", "name": "The Associated Press"},
        {"@type": "Person", "name": "Nikol Pashinyan", "jobTitle": "Armenian Prime Minister"},
        {"@type": "Organization", "name": "The New York Times"},
        {"@type": "Organization", "name": "Reuters"},
        {"@type": "Person", "name": "Ned Price", "jobTitle": "spokesperson"},
    ]
    cited = [c["author"]["name"] for c in doc["citation"]]
    assert cited == ["The Associated Press", "The New York Times", "Reuters"]


def test_cited_organisations_are_not_people() -> None:
    """Sources like "according to the X Cross", "Y Watch said", "per Z" are organisations."""
    doc = to_jsonld(parse(RELIEF))
    check_document(doc)
    assert doc["mentions"] == [
        {"@type": "Organization", "name": "Tidewater Red Cross"},
        {"@type": "Organization", "name": "Coastal Rights Watch"},
        {"@type": "Organization", "name": "Harlow Brandt"},
        {"@type": "Person", "name": "Eleanor Bank"},
    ]
    assert [quote["creator"] for quote in doc["hasPart"]] == [
        {"@type": "Organization", "name": "Coastal Rights Watch"},
        {"@type": "Person", "name": "Eleanor Bank"},
    ]
    cited = [c["author"]["name"] for c in doc["citation"]]
    assert cited == ["Tidewater Red Cross", "Coastal Rights Watch", "Harlow Brandt"]


BYLINED = """Mar 3, 2023 - World

Flood relief stalls in the river delta

By Rosalind Achebe and Tomas Varga, Axios

Relief trucks were held at the border for a third day.
"""


def test_byline_gives_credit_text_and_authors() -> None:
    doc = to_jsonld(parse(BYLINED))
    check_document(doc)
    assert doc["creditText"] == "Rosalind Achebe and Tomas Varga, Axios"
    axios = {"@type": "Organization", "name": "Axios"}
    assert doc["author"] == [
        {"@type": "Person", "name": "Rosalind Achebe", "affiliation": axios},
        {"@type": "Person", "name": "Tomas Varga", "affiliation": axios},
    ]


def test_byline_of_one_person_or_one_outlet_or_nobody() -> None:
    doc = to_jsonld(Article(byline="BY  Rosalind Achebe"))
    check_document(doc)
    assert doc["creditText"] == "Rosalind Achebe"
    assert doc["author"] == [{"@type": "Person", "name": "Rosalind Achebe"}]
    doc = to_jsonld(Article(byline="By The Daily Lantern"))
    assert doc["author"] == [{"@type": "Organization", "name": "The Daily Lantern"}]
    doc = to_jsonld(Article(byline="By"))
    assert "creditText" not in doc
    assert "author" not in doc


def test_updated_dateline_gives_date_modified() -> None:
    dateline = Dateline(
        text="Updated Jan 7, 2022 - World",
        date=date(2022, 1, 7),
        category="World",
        updated=True,
        span=Span(start=0, end=27),
    )
    doc = to_jsonld(Article(dateline=dateline))
    assert doc["dateModified"] == "2022-01-07"
    assert "datePublished" not in doc
    check_document(doc)


def test_serialise(sample: Article) -> None:
    assert json.loads(serialise(sample, "jsonld")) == to_jsonld(sample)


@given(articles())
def test_generated_articles_use_only_schema_org_terms(article: Article) -> None:
    doc = to_jsonld(article)
    check_document(doc)
    for author in doc.get("author", []):  # each is cut from the credit (asides apart)
        assert all(word in doc["creditText"] for word in author["name"].split())
    assert [q["text"] for q in doc.get("hasPart", [])] == [q.text for q in article.quotes]
    assert len(doc.get("image", [])) == len(article.captions)
