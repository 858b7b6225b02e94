"""Parse articles on a Dask cluster: a bag of JSONL lines or of texts in, JSONL records out.

Install with ``pip install 'newsitem[dask]'``. The records are made by the same code as
``newsitem parse --jsonl`` (:func:`newsitem.batch.parse_jsonl_lines`), so a shard parsed here
gives the same bytes as the command gives for it.

>>> import dask.bag as db  # doctest: +SKIP
>>> from newsitem.integrations.dask import parse_jsonl_files
>>> parse_jsonl_files("crawl/*.jsonl.gz", "parsed/*.jsonl.gz")  # doctest: +SKIP
['parsed/0.jsonl.gz', 'parsed/1.jsonl.gz']

To use a cluster, connect a ``distributed.Client`` first (``Client("tcp://scheduler:8786")``);
Dask computes on the client that was made last. See ``docs/scale.md``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from importlib import import_module
from typing import Any

from newsitem.batch import ParseOptions, RecordOptions, Tally, parse_jsonl_lines, record_lines

Bag = Any
"""A ``dask.bag.Bag`` (typed loosely: dask is an optional dependency)."""

__all__ = ["parse_jsonl_bag", "parse_jsonl_files", "parse_text_bag", "write_jsonl"]


def _options(
    text_field: str, fmt: str, keep_text: bool, reference_date: date | None
) -> RecordOptions:
    return RecordOptions(
        ParseOptions(reference_date=reference_date),
        text_field=text_field,
        keep_text=keep_text,
        format=fmt,
    )


def _record_partition(lines: Iterable[str], options: RecordOptions) -> list[str]:
    """One partition of JSONL lines (one shard: lines are numbered from 1) -> output records."""
    return list(
        parse_jsonl_lines(
            lines,
            text_field=options.text_field,
            format=options.format,
            keep_text=options.keep_text,
            reference_date=options.parse.reference_date,
        )
    )


def parse_jsonl_bag(
    lines: Bag,
    *,
    text_field: str = "text",
    format: str = "json",
    keep_text: bool = False,
    reference_date: date | None = None,
) -> Bag:
    """Parse a bag of JSONL lines (``dask.bag.read_text``): a bag of output JSONL lines.

    Each output line is the input record's fields (without ``text_field`` unless ``keep_text``)
    with ``"article"``, or with ``"error"`` for a bad record, exactly as ``newsitem parse --jsonl``
    writes it. The ``line`` of an error counts from the start of the partition: read the shards
    with one partition per file (``read_text``'s default) and it is the line in the shard.
    """
    options = _options(text_field, format, keep_text, reference_date)
    return lines.map_partitions(_record_partition, options)


def _as_record(text: object) -> bytes:
    """A text as the JSONL record ``{"text": ...}`` (bytes decoded; anything else as null)."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return json.dumps({"text": text if isinstance(text, str) else None}).encode()


def _text_partition(texts: Iterable[object], options: RecordOptions) -> list[str]:
    chunk = [(number, _as_record(text)) for number, text in enumerate(texts, 1)]
    return record_lines(options, chunk, Tally()).decode().splitlines()


def parse_text_bag(
    texts: Bag,
    *,
    format: str = "json",
    reference_date: date | None = None,
) -> Bag:
    """Parse a bag of article texts: a bag of JSONL lines ``{"article": ...}``.

    An item that is not a string (nor UTF-8 bytes) gives ``{"error": {"type": "not_a_string",
    ...}}``, so the output has one line per input, in order.
    """
    options = _options("text", format, False, reference_date)
    return texts.map_partitions(_text_partition, options)


def write_jsonl(records: Bag, path: str | list[str], **kwargs: Any) -> list[str]:
    """Write a bag of JSONL lines, one file per partition (``*`` in ``path`` numbers them).

    A name ending in ``.gz`` is compressed. Returns the paths written. Other keyword arguments go to
    ``dask.bag.Bag.to_textfiles`` (``storage_options`` for S3 and the like).
    """
    written: list[str] = records.to_textfiles(path, last_endline=True, **kwargs)
    return written


def parse_jsonl_files(
    source: str | list[str],
    destination: str | list[str],
    *,
    text_field: str = "text",
    format: str = "json",
    keep_text: bool = False,
    reference_date: date | None = None,
    storage_options: dict[str, Any] | None = None,
) -> list[str]:
    """Read JSONL shards (a glob, or a list; ``.gz`` read as gzip), parse, write JSONL shards.

    One output file per input shard, in the order of the shards, named by ``destination``
    (``"out/*.jsonl.gz"``: ``out/0.jsonl.gz``, ``out/1.jsonl.gz``, ...). Runs on the current Dask
    scheduler: a ``distributed.Client`` if one was made, else local threads.
    """
    bag = import_module("dask.bag")
    lines = bag.read_text(source, errors="surrogateescape", storage_options=storage_options)
    records = parse_jsonl_bag(
        lines,
        text_field=text_field,
        format=format,
        keep_text=keep_text,
        reference_date=reference_date,
    )
    return write_jsonl(records, destination, storage_options=storage_options)
