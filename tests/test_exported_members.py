"""The public surface: ``newsitem.__all__`` is exactly this list, and every name in it exists.

Adding a public name is a decision: add it here too (as httpx's test of the same name does).
"""

from __future__ import annotations

import newsitem

EXPORTED = [
    "Article",
    "Attribution",
    "Boilerplate",
    "Bullet",
    "Caption",
    "Credit",
    "Dateline",
    "Diagnostic",
    "Link",
    "Paragraph",
    "ParseError",
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


def test_all_is_pinned() -> None:
    assert sorted(newsitem.__all__) == sorted(EXPORTED)
    assert len(set(newsitem.__all__)) == len(newsitem.__all__), "a name is listed twice"


def test_every_exported_name_exists() -> None:
    missing = [name for name in newsitem.__all__ if not hasattr(newsitem, name)]
    assert missing == []


def test_public_objects_say_where_they_live() -> None:
    """Classes and functions are defined in newsitem's own modules, never re-exported deps."""
    for name in newsitem.__all__:
        member = getattr(newsitem, name)
        if callable(member):
            assert member.__module__.startswith("newsitem"), name
