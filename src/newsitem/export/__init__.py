r"""Serialise an :class:`~newsitem.models.Article` to other formats.

====================  =========================================================================
format                what
====================  =========================================================================
``json``              ``article.model_dump_json()``: the canonical form (see ``docs/formats.md``)
``ninjs``             IPTC ninjs 3.1 (:func:`to_ninjs`)
``jsonld``            schema.org ``NewsArticle`` in JSON-LD (:func:`to_jsonld`)
``markdown``          Markdown (:func:`to_markdown`)
``xhtml``             the story as one XHTML ``<article>`` element (:func:`to_xhtml`)
``text``              the house style again (:func:`newsitem.render`)
====================  =========================================================================

The exporters read the models only (never the parser). Each lives in its own module, imported
on first use, so ``import newsitem.export`` stays cheap.

>>> from newsitem import parse
>>> from newsitem.export import serialise
>>> print(serialise(parse("Jan 6, 2022 - World\n\nA headline"), "markdown"))
# A headline
<BLANKLINE>
*Jan 6, 2022 - World*
<BLANKLINE>
"""

from __future__ import annotations

import json
from importlib import import_module
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from newsitem.export.jsonld import to_jsonld
    from newsitem.export.markdown import to_markdown
    from newsitem.export.ninjs import to_ninjs
    from newsitem.export.schema import json_schema
    from newsitem.export.xhtml import to_xhtml
    from newsitem.models import Article

__all__ = [
    "FORMATS",
    "json_schema",
    "serialise",
    "to_jsonld",
    "to_markdown",
    "to_ninjs",
    "to_xhtml",
]

FORMATS: tuple[str, ...] = ("json", "ninjs", "jsonld", "markdown", "xhtml", "text")
"""The names :func:`serialise` accepts."""

_LAZY: Final[dict[str, str]] = {
    "to_ninjs": "newsitem.export.ninjs",
    "to_jsonld": "newsitem.export.jsonld",
    "to_markdown": "newsitem.export.markdown",
    "to_xhtml": "newsitem.export.xhtml",
    "json_schema": "newsitem.export.schema",
}


def __getattr__(name: str) -> Any:
    """Import an exporter on first use."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module), name)


def serialise(article: Article, fmt: str, indent: int | None = 2) -> str:
    """Return ``article`` as text in the format ``fmt`` (one of :data:`FORMATS`).

    ``indent`` applies to the JSON formats (``None``: one line); JSON is written as UTF-8
    text, non-ASCII characters as themselves. ``xhtml`` is the same fragment as the ninjs
    export's rich body (an ``<article>`` element, no XML declaration).

    Raises:
        ValueError: for a format not in :data:`FORMATS`.

    """
    if fmt == "json":
        return article.model_dump_json(indent=indent)
    if fmt == "text":
        from newsitem._render import render

        return render(article)
    if fmt == "markdown":
        from newsitem.export.markdown import to_markdown

        return to_markdown(article)
    if fmt == "xhtml":
        from newsitem.export.xhtml import to_xhtml

        return to_xhtml(article)
    if fmt == "ninjs":
        from newsitem.export.ninjs import to_ninjs

        return _dumps(to_ninjs(article), indent)
    if fmt == "jsonld":
        from newsitem.export.jsonld import to_jsonld

        return _dumps(to_jsonld(article), indent)
    raise ValueError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")


def _dumps(value: dict[str, Any], indent: int | None) -> str:
    return json.dumps(value, indent=indent, ensure_ascii=False)
