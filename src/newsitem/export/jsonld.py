"""Article -> schema.org ``NewsArticle`` in JSON-LD, for the web.

Only schema.org terms are used (``tests/test_export_jsonld.py`` holds each with its domain and
range and checks every output against them):

- ``headline``, ``dateline`` (as written), ``articleSection`` (the category), ``creditText``
  (the byline without its "By"), ``inLanguage``.
- ``author``: a ``Person`` per name in the byline, with its outlet as ``affiliation`` ("Ann
  Roe, Axios"); the outlet as an ``Organization`` when the byline names nobody ("Reuters").
- ``datePublished`` is the dateline's date; an "Updated ..." dateline gives ``dateModified``
  instead (the first publication date is then unknown).
- ``articleBody``: the story in the house style (labels, bullets, captions);
  ``wordCount``: the words outside captions.
- ``image``: an ``ImageObject`` per caption with ``caption``, ``description`` (the alt text),
  ``creditText`` (the credit line), ``creator`` (the credited people), ``copyrightHolder``
  (the agency), ``provider`` (the distributor) and ``citation`` (a chart's data source).
- ``hasPart``: a ``Quotation`` per quote, with its ``text`` and ``creator`` (the speaker).
- ``mentions``: every named source as a ``Person`` (with ``jobTitle``) or ``Organization``;
  ``citation``: a ``CreativeWork`` whose ``author`` is each organisation cited ("per AP").

"Go deeper" links have no URL in scraped text and no ``NewsArticle`` property of their own; they
stay in ``articleBody``.
"""

from __future__ import annotations

from typing import Any, Final

from newsitem.export._common import (
    Byline,
    EntityKind,
    Source,
    body_text,
    counted_text,
    credit_line,
    entity_kind,
    read_byline,
    sources,
)
from newsitem.models import Article, Caption, Quote

__all__ = ["SCHEMA_ORG", "to_jsonld"]

SCHEMA_ORG: Final = "https://schema.org"


def to_jsonld(article: Article, *, language: str = "en") -> dict[str, Any]:
    r"""Return ``article`` as a schema.org ``NewsArticle`` JSON-LD object.

    >>> from newsitem import parse
    >>> doc = to_jsonld(parse("Jan 6, 2022 - World\n\nA headline\n\nIt grew, per AP."))
    >>> doc["@type"], doc["headline"], doc["datePublished"], doc["articleSection"]
    ('NewsArticle', 'A headline', '2022-01-06', 'World')
    >>> doc["mentions"]
    [{'@type': 'Organization', 'name': 'The Associated Press'}]
    """
    doc: dict[str, Any] = {"@context": SCHEMA_ORG, "@type": "NewsArticle"}
    if article.headline is not None:
        doc["headline"] = article.headline
    dateline = article.dateline
    if dateline is not None:
        doc["dateline"] = dateline.text
        if dateline.date is not None:
            key = "dateModified" if dateline.updated else "datePublished"
            doc[key] = dateline.date.isoformat()
        if dateline.category:
            doc["articleSection"] = dateline.category
    byline = read_byline(article)
    if byline is not None:
        doc["creditText"] = byline.credit
        authors = _authors(byline)
        if authors:
            doc["author"] = authors
    doc["inLanguage"] = language
    doc["articleBody"] = body_text(article)
    doc["wordCount"] = len(counted_text(article).split())
    images = [_image(caption) for caption in article.captions]
    if images:
        doc["image"] = images
    found = sources(article)
    kinds = {source.name: source.kind for source in found}
    quotes = [_quotation(quote, kinds) for quote in article.quotes if quote.text]
    if quotes:
        doc["hasPart"] = quotes
    if found:
        doc["mentions"] = [_party(source) for source in found]
    cited = [
        {"@type": "CreativeWork", "author": {"@type": "Organization", "name": source.name}}
        for source in found
        if source.kind == "organisation"
    ]
    if cited:
        doc["citation"] = cited
    return doc


def _authors(byline: Byline) -> list[dict[str, Any]]:
    """The byline's people, each affiliated with its outlets; the outlets when it names nobody."""
    outlets = [{"@type": "Organization", "name": name} for name in byline.organisations]
    if not byline.people:
        return outlets
    people: list[dict[str, Any]] = [{"@type": "Person", "name": name} for name in byline.people]
    if outlets:
        for person in people:
            person["affiliation"] = outlets[0] if len(outlets) == 1 else outlets
    return people


def _party(source: Source) -> dict[str, Any]:
    if source.kind == "organisation":
        return {"@type": "Organization", "name": source.name}
    person: dict[str, Any] = {"@type": "Person", "name": source.name}
    if source.roles:
        person["jobTitle"] = source.roles[0] if len(source.roles) == 1 else source.roles
    return person


def _named(name: str) -> dict[str, str]:
    kind = entity_kind(name)
    return {"@type": "Person" if kind == "person" else "Organization", "name": name}


def _image(caption: Caption) -> dict[str, Any]:
    image: dict[str, Any] = {"@type": "ImageObject"}
    if caption.text:
        image["caption"] = caption.text
    if caption.alt_text:
        image["description"] = caption.alt_text
    credit = caption.credit
    if credit is not None:
        line = credit_line(credit)
        if line:
            image["creditText"] = line
        if credit.creators:
            image["creator"] = [_named(name) for name in credit.creators]
        if credit.agency:
            image["copyrightHolder"] = {"@type": "Organization", "name": credit.agency}
        if credit.distributor:
            image["provider"] = {"@type": "Organization", "name": credit.distributor}
        if credit.data_source:
            image["citation"] = credit.data_source
    return image


def _quotation(quote: Quote, kinds: dict[str, EntityKind]) -> dict[str, Any]:
    quotation: dict[str, Any] = {"@type": "Quotation", "text": quote.text}
    attribution = quote.attribution
    name = attribution.name.strip() if attribution is not None else ""
    if name:
        kind = "Person" if kinds.get(name) == "person" else "Organization"
        quotation["creator"] = {"@type": kind, "name": name}
    return quotation
