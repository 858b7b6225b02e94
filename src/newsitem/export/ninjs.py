"""Article -> IPTC ninjs 3.1 ("News in JSON"), the news industry's JSON format.

The result validates against the official schema
(``http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#``), which is closed: nothing outside it
is written. How the article maps:

- ``uri``: the ``uri`` argument, or ``urn:newsitem:`` and a hash of the rendered article, so the
  same story always gets the same identifier.
- ``headlines``: the headline (role ``main``); ``by``: the byline without its "By"
  (:func:`newsitem.export._common.read_byline`).
- ``descriptions``: the dateline as written (role ``dateline``).
- ``firstCreated`` / ``versionCreated``: the dateline's date ("Updated ..." sets only
  ``versionCreated``). ninjs has date-times only and the dateline gives a day, so the time is
  ``00:00:00Z``: read the date, not the time.
- ``subjects``: the dateline's category ("World") with ``rel`` ``section``.
- ``bodies``: the story as ``text/plain`` (role ``main``, in the house style, with
  ``charCount`` and ``wordCount`` of the text outside captions) and as
  ``application/xhtml+xml`` (role ``richtext``, see :mod:`newsitem.export.xhtml`).
- ``associations``: one per caption, ``image-1``, ... (the ``id`` of its ``<figure>``), of type
  ``picture`` (``graphic`` for charts, maps, tables, graphics), with ``descriptions`` (roles
  ``caption``, ``alttext``, ``creditline``), ``by`` (the creators, else the credit),
  ``copyrightHolder`` (the agency) and ``infoSources`` (distributor, data source).
- ``people`` / ``organisations``: the byline's people (``rel`` ``author``; its outlet when it
  names nobody), then the named sources, ``rel`` ``speaker`` when a quotation is attributed to
  them, else ``source``. The models do not say which names are people;
  :func:`newsitem.export._common.entity_kind` guesses.
"""

from __future__ import annotations

import hashlib
from typing import Any, Final
from urllib.parse import urldefrag

from newsitem._render import render
from newsitem.export._common import (
    Byline,
    body_text,
    counted_text,
    credit_line,
    join_names,
    read_byline,
    sources,
)
from newsitem.export.xhtml import caption_ids, to_xhtml
from newsitem.models import Article, Caption, CreditKind

__all__ = ["NINJS_SCHEMA_URI", "NINJS_VERSION", "default_uri", "to_ninjs"]

NINJS_VERSION: Final = "3.1"
NINJS_SCHEMA_URI: Final = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"

GRAPHIC_KINDS: Final[frozenset[CreditKind]] = frozenset({"chart", "map", "graphic", "table"})
"""Credit kinds whose visual is a ``graphic`` (IPTC NewsCodes "ninature"); others: ``picture``."""


def default_uri(article: Article) -> str:
    """A stable identifier: ``urn:newsitem:`` and 32 hex digits of the rendered article's hash."""
    digest = hashlib.sha256(render(article).encode("utf-8", "surrogatepass")).hexdigest()
    return f"urn:newsitem:{digest[:32]}"


def to_ninjs(article: Article, *, uri: str | None = None, language: str = "en") -> dict[str, Any]:
    r"""Return ``article`` as a ninjs 3.1 object (a ``dict`` ready for :func:`json.dumps`).

    Args:
        article: the article.
        uri: the news item's identifier (an absolute URI); by default one derived from the text.
        language: the BCP 47 language of the text; the house style is English.

    >>> from newsitem import parse
    >>> item = to_ninjs(parse("Jan 6, 2022 - World\n\nA headline\n\nIt grew, per AP."))
    >>> item["headlines"]
    [{'role': 'main', 'value': 'A headline'}]
    >>> item["firstCreated"], item["subjects"]
    ('2022-01-06T00:00:00Z', [{'name': 'World', 'rel': 'section'}])
    >>> item["organisations"]
    [{'name': 'The Associated Press', 'rel': 'source'}]

    """
    uri = uri or default_uri(article)
    item: dict[str, Any] = {
        "uri": uri,
        "standard": {"name": "ninjs", "version": NINJS_VERSION, "schema": NINJS_SCHEMA_URI},
        "type": "text",
        "profile": "text-photo" if article.captions else "text-only",
        "language": language,
    }
    item.update(_dates(article))
    if article.headline is not None:
        item["headlines"] = [{"role": "main", "value": article.headline}]
    byline = read_byline(article)
    if byline is not None:
        item["by"] = byline.credit
    if article.dateline is not None:
        item["descriptions"] = [{"role": "dateline", "value": article.dateline.text}]
        if article.dateline.category:
            item["subjects"] = [{"name": article.dateline.category, "rel": "section"}]
    counted = counted_text(article)
    item["bodies"] = [
        {
            "role": "main",
            "contentType": "text/plain",
            "charCount": len(counted),
            "wordCount": len(counted.split()),
            "value": body_text(article),
        },
        {"role": "richtext", "contentType": "application/xhtml+xml", "value": to_xhtml(article)},
    ]
    associations = _associations(article, uri)
    if associations:
        item["associations"] = associations
    people, organisations = _parties(article, byline)
    if people:
        item["people"] = people
    if organisations:
        item["organisations"] = organisations
    return item


def _dates(article: Article) -> dict[str, str]:
    if article.dateline is None or article.dateline.date is None:
        return {}
    stamp = f"{article.dateline.date.isoformat()}T00:00:00Z"
    if article.dateline.updated:
        return {"versionCreated": stamp}
    return {"firstCreated": stamp, "versionCreated": stamp}


def _associations(article: Article, uri: str) -> list[dict[str, Any]]:
    base, _ = urldefrag(uri)
    ids = caption_ids(article)
    return [_image(caption, ids[id(caption)], base) for caption in article.captions]


def _image(caption: Caption, name: str, base: str) -> dict[str, Any]:
    credit = caption.credit
    kind = "graphic" if credit is not None and credit.kind in GRAPHIC_KINDS else "picture"
    image: dict[str, Any] = {
        "name": name,
        "uri": f"{base}#{name}",
        "type": kind,
        "representationType": "partial",
    }
    descriptions = []
    if caption.text:
        descriptions.append({"role": "caption", "contentType": "text/plain", "value": caption.text})
    if caption.alt_text:
        descriptions.append(
            {"role": "alttext", "contentType": "text/plain", "value": caption.alt_text}
        )
    if credit is not None:
        line = credit_line(credit)
        if line:
            descriptions.append({"role": "creditline", "contentType": "text/plain", "value": line})
        by = join_names(credit.creators) or credit.text
        if by:
            image["by"] = by
        if credit.agency:
            image["copyrightHolder"] = credit.agency
        info = [{"name": credit.distributor, "role": "distributor"}] if credit.distributor else []
        if credit.data_source:
            info.append({"name": credit.data_source, "role": "datasource"})
        if info:
            image["infoSources"] = info
    if descriptions:
        image["descriptions"] = descriptions
    return image


def _parties(
    article: Article, byline: Byline | None
) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The people and the organisations: the byline's, then the sources.

    The byline's people have ``rel`` ``author``; its outlet is an author only when it names no
    person (else it is their employer, and stays in ``by``).
    """
    people: list[dict[str, str]] = []
    organisations: list[dict[str, str]] = []
    if byline is not None:
        people = [{"name": name, "rel": "author"} for name in byline.people]
        if not byline.people:
            organisations = [{"name": name, "rel": "author"} for name in byline.organisations]
    for source in sources(article):
        entry = {"name": source.name, "rel": "speaker" if source.speaker else "source"}
        (people if source.kind == "person" else organisations).append(entry)
    return people, organisations
