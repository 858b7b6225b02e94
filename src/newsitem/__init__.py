r"""newsitem: scraped news articles in the Axios "Smart Brevity" style -> typed pydantic models.

>>> import newsitem
>>> article = newsitem.parse("Jan 6, 2022 - World\n\nA headline\n\nThe big picture: It grew.")
>>> article.dateline.date, article.headline, article.sections[1].kind
(datetime.date(2022, 1, 6), 'A headline', 'the_big_picture')

The public names load on first use (PEP 562), so ``import newsitem`` is as cheap as
``import pydantic``: the models are built, and the parser's patterns compiled, when a program
first touches ``newsitem.parse`` or a model.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from newsitem._version import __version__

if TYPE_CHECKING:
    from newsitem._api import parse, validate
    from newsitem._render import render
    from newsitem.batch import ParseFailure, parse_many
    from newsitem.errors import ParseError
    from newsitem.export.schema import SCHEMA_ID, json_schema
    from newsitem.models import (
        Article,
        Attribution,
        Block,
        Boilerplate,
        Bullet,
        Caption,
        Credit,
        CreditKind,
        Dateline,
        Diagnostic,
        Link,
        Paragraph,
        Quote,
        Section,
        Span,
    )

__all__ = [
    "SCHEMA_ID",
    "Article",
    "Attribution",
    "Block",
    "Boilerplate",
    "Bullet",
    "Caption",
    "Credit",
    "CreditKind",
    "Dateline",
    "Diagnostic",
    "Link",
    "Paragraph",
    "ParseError",
    "ParseFailure",
    "Quote",
    "Section",
    "Span",
    "__version__",
    "json_schema",
    "parse",
    "parse_many",
    "render",
    "validate",
]

_MODELS = (
    "Article",
    "Attribution",
    "Block",  # the union of a section's blocks: Paragraph | Bullet | Caption
    "Boilerplate",
    "Bullet",
    "Caption",
    "Credit",
    "CreditKind",  # the kinds of Credit.kind, as a Literal
    "Dateline",
    "Diagnostic",
    "Link",
    "Paragraph",
    "Quote",
    "Section",
    "Span",
)

_HOME: dict[str, str] = {
    **dict.fromkeys(_MODELS, "newsitem.models"),
    "ParseError": "newsitem.errors",
    "parse": "newsitem._api",
    "validate": "newsitem._api",
    "render": "newsitem._render",
    "json_schema": "newsitem.export.schema",
    "SCHEMA_ID": "newsitem.export.schema",
    "parse_many": "newsitem.batch",
    "ParseFailure": "newsitem.batch",  # what parse_many yields for an input that gave no article
}
"""Public name -> the module that defines it."""


def __getattr__(name: str) -> Any:
    """Import a public name from its module the first time it is asked for."""
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'newsitem' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value  # later look-ups do not come back here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
