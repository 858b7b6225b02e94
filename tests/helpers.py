"""Helpers shared by the tests."""

from __future__ import annotations

from newsitem import Article


def strip_positions(article: Article) -> object:
    """The article as plain data without spans, positions and diagnostics."""
    return _strip(article.model_dump(exclude={"diagnostics"}))


def _strip(value: object) -> object:
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if not k.endswith("span")}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value
