"""The entry points behind ``newsitem.parse`` and ``newsitem.validate``."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime

from newsitem._parser.build import DEFAULT_MAX_CHARS, parse_article
from newsitem.errors import ParseError
from newsitem.models import Article, Diagnostic

__all__ = ["parse", "validate"]


def parse(
    text: str | bytes,
    *,
    strict: bool = False,
    reference_date: date | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Article:
    """Parse one scraped article into an :class:`~newsitem.Article`.

    While it runs, ``parse`` pauses Python's cyclic garbage collector (``gc.disable()``), and
    turns it back on when it was on: a parse makes no reference cycles, so the collector could
    find nothing, and its passes over the growing output made large inputs slower per KB than
    small ones. Memory is still freed as soon as nothing uses it (reference counting).

    Args:
        text: the article as plain text; bytes are decoded as UTF-8 (a BOM is allowed,
            invalid bytes are replaced and reported as NI102).
        strict: raise :class:`~newsitem.ParseError` when any diagnostic of severity ``error``
            is found.
        reference_date: the day the page was scraped, to resolve relative datelines
            ("5 hours ago") and year-less dates. Without it they keep ``date=None``.
        max_chars: refuse (NI105) inputs longer than this many characters.

    Returns:
        The article; every problem found is in ``article.diagnostics``.

    Raises:
        ParseError: with ``strict=True``, when the input has error diagnostics.
        TypeError: when ``text`` is neither ``str`` nor ``bytes``, ``reference_date`` is no
            ``datetime.date`` (a ``datetime`` counts as its day) or ``max_chars`` no ``int``.
        ValueError: when ``max_chars`` is negative.

    """
    if not isinstance(text, str | bytes):
        raise TypeError(f"parse() takes str or bytes, not {type(text).__name__}")
    reference_date = _checked_options(reference_date, max_chars)
    with _cyclic_gc_paused():
        article, _ = parse_article(text, reference_date, max_chars)
    if strict and article.errors:
        raise ParseError(article.errors)
    return article


def validate(
    text: str | bytes,
    *,
    reference_date: date | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> list[Diagnostic]:
    """Return every diagnostic for ``text``: errors, warnings and remarks, in source order.

    Never raises on content (only :class:`TypeError` for a wrong argument type).
    """
    return parse(text, reference_date=reference_date, max_chars=max_chars).diagnostics


def _checked_options(reference_date: object, max_chars: object) -> date | None:
    """The reference day, once the options are checked: a clear error here, not deep inside."""
    if reference_date is not None and not isinstance(reference_date, date):
        raise TypeError(
            f"reference_date must be a datetime.date or None, not {type(reference_date).__name__}"
        )
    if not isinstance(max_chars, int) or isinstance(max_chars, bool):
        raise TypeError(f"max_chars must be an int, not {type(max_chars).__name__}")
    if max_chars < 0:
        raise ValueError(f"max_chars must be 0 or more, not {max_chars}")
    if isinstance(reference_date, datetime):
        return reference_date.date()  # (its day: datelines name days)
    return reference_date


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the length of one parse.

    A parse allocates many small objects and makes no reference cycles (a test checks this):
    reference counting frees all of it, and the collector can find nothing. But each of the
    collector's passes walks every object alive, the growing output included, so on a large
    input those passes cost as much as the parse (at 3 MB, 1.5x the time per KB of a 3 KB
    article). The collector's state is restored afterwards; when the caller had turned it
    off, it stays off.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
