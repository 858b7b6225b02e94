r"""Many articles at once: :func:`parse_many` and the engine of the command line's batch modes.

Work is cut into chunks (a few hundred articles each) that go to a pool of worker processes, and
the results come back in input order. At most ``2 × jobs`` chunks are in flight, so memory stays
bounded however long the input is. A run that fits in one chunk, or ``jobs=1``, stays in the
calling process: no pool is started for it.

>>> from newsitem import parse_many
>>> texts = ["Jan 6, 2022 - World\n\nA headline\n\nIt grew.", 42]
>>> [type(result).__name__ for result in parse_many(texts, jobs=1)]
['Article', 'ParseFailure']

The command line (``newsitem parse --jsonl``, directories, ``newsitem validate``) and the Dask
integration (:mod:`newsitem.integrations.dask`) run the chunk functions of this module, so all
three give the same records.
"""

from __future__ import annotations

import gzip
import json
import multiprocessing
import os
import re
import signal
import zlib
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from importlib import import_module
from itertools import islice
from pathlib import Path
from typing import Any, Final, Literal, NamedTuple, TypeVar

from pydantic import ValidationError

import newsitem
from newsitem.errors import ParseError
from newsitem.models import Article, Diagnostic

__all__ = [
    "JSON_FORMATS",
    "READ_ERRORS",
    "ChunkReport",
    "FileItem",
    "FileOptions",
    "ParseFailure",
    "ParseOptions",
    "RecordOptions",
    "Selector",
    "Tally",
    "ValidateOptions",
    "available_formats",
    "check_batch_arguments",
    "chunked",
    "default_jobs",
    "locate_json",
    "ordered_map",
    "parse_file_chunk",
    "parse_jsonl_lines",
    "parse_many",
    "parse_record_chunk",
    "read_problem",
    "record_lines",
    "serialise",
    "validate_file_chunk",
    "validate_record_chunk",
]

T = TypeVar("T")
R = TypeVar("R")

DEFAULT_CHUNK_SIZE = 200
"""Articles per chunk of work: large enough that sending a chunk costs little next to parsing it."""

JSON_FORMATS = frozenset({"json", "ninjs", "jsonld"})
"""Output formats whose text is JSON, embedded as an object in JSONL records (others as strings)."""

FailureKind = Literal[
    "bad_json", "not_an_object", "missing_field", "not_a_string", "bad_text", "unreadable", "failed"
]


# 1. The public API ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ParseFailure:
    """An input of :func:`parse_many` that gave no article: the error as a value."""

    index: int
    """Position of the input in the iterable (0-based)."""
    error: str
    """The exception's class name: ``TypeError``, ``ParseError``, ..."""
    message: str
    """The exception's message."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """For ``ParseError`` (``strict=True``): the error diagnostics."""


@dataclass(frozen=True, slots=True)
class ParseOptions:
    """The arguments of :func:`newsitem.parse` used for every article of a batch."""

    strict: bool = False
    reference_date: date | None = None
    max_chars: int | None = None

    def parse(self, text: str | bytes) -> Article:
        """Parse one article with these options."""
        if self.max_chars is None:
            return newsitem.parse(text, strict=self.strict, reference_date=self.reference_date)
        return newsitem.parse(
            text, strict=self.strict, reference_date=self.reference_date, max_chars=self.max_chars
        )


def parse_many(
    texts: Iterable[str | bytes],
    *,
    jobs: int | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    strict: bool = False,
    reference_date: date | None = None,
    max_chars: int | None = None,
) -> Iterator[Article | ParseFailure]:
    """Parse many articles, on ``jobs`` processes, yielding one result per input in input order.

    The arguments are checked when ``parse_many`` is called, before any input is read. With
    ``jobs`` above 1, call it under ``if __name__ == "__main__":`` in a script, as for any use
    of :mod:`multiprocessing`.

    >>> parse_many("Jan 6, 2022 - World")
    Traceback (most recent call last):
    TypeError: parse_many takes an iterable of texts, not a single str; use parse()

    Args:
        texts: the articles (``str`` or UTF-8 ``bytes``); read lazily, a chunk at a time.
        jobs: worker processes; ``None`` or ``0`` for one per CPU, ``1`` to stay in this process.
        chunk_size: inputs sent to a worker at once (at least 1).
        strict: as in :func:`newsitem.parse`; a :class:`ParseError` becomes a failure value.
        reference_date: as in :func:`newsitem.parse`.
        max_chars: as in :func:`newsitem.parse` (its default when ``None``).

    Yields:
        An :class:`Article`, or a :class:`ParseFailure` for an input that raised (a wrong type,
        or a ``ParseError`` with ``strict=True``). One bad input never stops the batch.

    Raises:
        TypeError: ``texts`` is one ``str`` or ``bytes`` rather than an iterable of them, or
            ``jobs`` or ``chunk_size`` is not an ``int``.
        ValueError: ``jobs`` is below 0, or ``chunk_size`` below 1.

    """
    if isinstance(texts, str | bytes):  # else each character would be parsed as an article
        raise TypeError(
            f"parse_many takes an iterable of texts, not a single {type(texts).__name__}; "
            "use parse()"
        )
    check_batch_arguments(jobs, chunk_size)
    options = ParseOptions(strict=strict, reference_date=reference_date, max_chars=max_chars)
    return _parse_texts(options, texts, jobs, chunk_size)


def _parse_texts(
    options: ParseOptions, texts: Iterable[str | bytes], jobs: int | None, chunk_size: int
) -> Iterator[Article | ParseFailure]:
    """The generator behind :func:`parse_many` (kept apart so that its checks run at the call)."""
    work = partial(_parse_text_chunk, options)
    for results in ordered_map(work, enumerate(texts), jobs=jobs, chunk_size=chunk_size):
        yield from results


def _parse_text_chunk(
    options: ParseOptions, chunk: list[tuple[int, object]]
) -> list[Article | ParseFailure]:
    results: list[Article | ParseFailure] = []
    for index, text in chunk:
        try:
            if not isinstance(text, str | bytes):
                raise TypeError(f"parse() takes str or bytes, not {type(text).__name__}")
            results.append(options.parse(text))
        except ParseError as error:
            results.append(ParseFailure(index, "ParseError", str(error), tuple(error.diagnostics)))
        except Exception as error:  # errors are values: one bad input never stops the batch
            results.append(ParseFailure(index, type(error).__name__, str(error)))
    return results


# 2. Running chunks in order on a process pool ---------------------------------------------------


def default_jobs() -> int:
    """The number of CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_batch_arguments(jobs: int | None, chunk_size: int) -> None:
    """Refuse a ``jobs`` or ``chunk_size`` the engine cannot use, with a message that says why.

    Unchecked, ``chunk_size=0`` gives no chunks, so no results and no error, and a negative
    one fails deep inside :func:`itertools.islice`.

    >>> check_batch_arguments(jobs=-1, chunk_size=200)
    Traceback (most recent call last):
    ValueError: jobs must be None or 0 (one per CPU), or a number of processes, not -1
    """
    if not _is_int(chunk_size):
        raise TypeError(f"chunk_size must be an int, not {type(chunk_size).__name__}")
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, not {chunk_size}")
    if jobs is not None and not _is_int(jobs):
        raise TypeError(f"jobs must be an int or None, not {type(jobs).__name__}")
    if jobs is not None and jobs < 0:
        raise ValueError(
            f"jobs must be None or 0 (one per CPU), or a number of processes, not {jobs}"
        )


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Cut ``items`` into lists of ``size`` (the last may be shorter), reading lazily."""
    check_batch_arguments(None, size)
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def ordered_map(
    work: Callable[[list[T]], R],
    items: Iterable[T],
    *,
    jobs: int | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    in_flight: int | None = None,
) -> Generator[R, None, None]:
    """Apply ``work`` to chunks of ``items`` on ``jobs`` processes; yield its results in order.

    ``work`` must be picklable (a module-level function or a ``partial`` of one). At most
    ``in_flight`` chunks (default ``2 × jobs``) are read ahead of the one being yielded, so a long
    input is streamed. When the consumer stops early, or on Ctrl-C, queued chunks are cancelled.
    """
    check_batch_arguments(jobs, chunk_size)
    workers = jobs or default_jobs()
    chunks = chunked(items, chunk_size)
    first = next(chunks, None)
    if first is None:
        return
    if workers <= 1 or len(first) < chunk_size:  # small or serial: a pool would only cost time
        yield work(first)
        for chunk in chunks:
            yield work(chunk)
        return
    yield from _pooled(work, first, chunks, workers, in_flight or 2 * workers)


def _pooled(
    work: Callable[[list[T]], R],
    first: list[T],
    chunks: Iterator[list[T]],
    workers: int,
    limit: int,
) -> Generator[R, None, None]:
    executor = ProcessPoolExecutor(
        max_workers=workers, mp_context=_context(), initializer=_ignore_sigint
    )
    pending: deque[Future[R]] = deque([executor.submit(work, first)])
    try:
        for chunk in chunks:
            if len(pending) >= limit:
                yield pending.popleft().result()
            pending.append(executor.submit(work, chunk))
        while pending:
            yield pending.popleft().result()
    except BaseException:  # Ctrl-C, an early close(), a dead worker: stop without waiting
        executor.shutdown(wait=False, cancel_futures=True)
        terminate = getattr(executor, "terminate_workers", None)  # Python 3.14+
        if terminate is not None:  # pragma: no cover - depends on the Python version
            terminate()
        raise
    executor.shutdown()


def _context() -> Any:
    """Fork-server workers where the platform has them (fast, and safe with threads), else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["newsitem.batch"])
        return context
    return multiprocessing.get_context("spawn")  # pragma: no cover - Windows


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the main process, which stops them without tracebacks."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# 3. What a chunk reports ------------------------------------------------------------------------


@dataclass(slots=True)
class Tally:
    """Counts of a batch, for its summary: inputs, articles, failures and diagnostics by code."""

    inputs: int = 0
    """Records or files read."""
    articles: int = 0
    """Inputs parsed into an article."""
    with_errors: int = 0
    """Articles with at least one diagnostic that counts as an error."""
    failures: Counter[str] = field(default_factory=Counter)
    """Inputs that gave no article, by kind: ``bad_json``, ``missing_field``, ``unreadable``..."""
    codes: Counter[str] = field(default_factory=Counter)
    """Diagnostics (and, for ``validate --json``, model errors) by code."""
    severities: dict[str, str] = field(default_factory=dict)
    """The severity of each code counted."""
    counted_errors: int = 0
    """Findings that count as errors (with ``--strict``, warnings too)."""

    def add(self, other: Tally) -> None:
        """Add the counts of ``other`` to these."""
        self.inputs += other.inputs
        self.articles += other.articles
        self.with_errors += other.with_errors
        self.failures.update(other.failures)
        self.codes.update(other.codes)
        self.severities.update(other.severities)
        self.counted_errors += other.counted_errors

    def count(self, code: str, severity: str) -> None:
        """Count one finding."""
        self.codes[code] += 1
        self.severities[code] = severity

    def count_article(self, article: Article, selector: Selector | None = None) -> None:
        """Count an article and its (selected) diagnostics."""
        self.articles += 1
        errors = 0
        for diagnostic in article.diagnostics:
            if selector is None or selector.shown(diagnostic.code):
                self.count(diagnostic.code, diagnostic.severity)
                errors += (selector or _ALL).counts(diagnostic.severity)
        self.counted_errors += errors
        self.with_errors += errors > 0


class ChunkReport(NamedTuple):
    """What a worker sends back for one chunk."""

    blob: bytes
    """Output bytes to write as they are (JSONL lines, maybe a gzip member)."""
    entries: list[str]
    """Output entries for the caller to join (``validate`` findings)."""
    messages: list[str]
    """Lines for standard error (unreadable files)."""
    tally: Tally


def available_formats() -> tuple[str, ...]:
    """The output formats: ``json`` and ``text``, and those of :mod:`newsitem.export` if present."""
    try:
        export = import_module("newsitem.export")
    except ImportError:
        return ("json", "text")
    return tuple(dict.fromkeys(("json", "text", *getattr(export, "FORMATS", ()))))


def serialise(article: Article, fmt: str, indent: int | None) -> str:
    """``article`` as ``fmt`` text: ``json`` and ``text`` here, the others by newsitem.export."""
    if fmt == "json":
        return article.model_dump_json(indent=indent)
    if fmt == "text":
        return newsitem.render(article)
    export: Any = import_module("newsitem.export")
    text: str = export.serialise(article, fmt, indent)
    return text


def _embedded(article: Article, fmt: str) -> str:
    """``article`` as a JSON value on one line: an object for JSON formats, else a string."""
    if fmt not in JSON_FORMATS:
        return json.dumps(serialise(article, fmt, None), ensure_ascii=False)
    text = serialise(article, fmt, None)
    return json.dumps(json.loads(text), ensure_ascii=False) if "\n" in text else text


def _splice(fields: dict[str, Any], key: str, value_json: str) -> bytes:
    """A JSONL line (with its newline): ``fields`` in their order, then ``key``: the value."""
    fields = {k: v for k, v in fields.items() if k not in ("article", "error")}
    head = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    try:
        encoded = head.encode()
    except UnicodeEncodeError:  # a lone surrogate from a \ud800 escape: keep it escaped
        encoded = json.dumps(fields, separators=(",", ":")).encode()
    comma = b"," if fields else b""
    return encoded[:-1] + comma + f'"{key}":{value_json}}}\n'.encode()


def _error_json(kind: str, message: str, **where: object) -> str:
    fields = {"type": kind, "message": message, **where}
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":"))


# 4. JSONL records -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RecordOptions:
    """How to read and write JSONL records."""

    parse: ParseOptions = ParseOptions()
    text_field: str = "text"
    """The field that holds the article text."""
    keep_text: bool = False
    """Keep the text field in the output record (it is dropped by default)."""
    format: str = "json"
    """Output format of the article (see :func:`available_formats`)."""
    compress: bool = False
    """Return each chunk's output as one gzip member (the output file ends in ``.gz``)."""


def _json_kind(value: object) -> str:
    """What a decoded JSON value is, in JSON's words: "a number", "null", "an array", ..."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "an array" if isinstance(value, list) else "an object"


def _load_record(
    raw: bytes, text_field: str
) -> tuple[dict[str, Any], str | None, tuple[FailureKind, str] | None]:
    """The record, its text, or what is wrong with it."""
    try:
        record = json.loads(raw)
    except ValueError as error:  # JSONDecodeError, UnicodeDecodeError
        return {}, None, ("bad_json", f"not a JSON record: {error}")
    except RecursionError:
        return {}, None, ("bad_json", "not a JSON record: nested too deeply to read")
    if not isinstance(record, dict):
        return {}, None, ("not_an_object", f"the record is {_json_kind(record)}, not an object")
    if text_field not in record:
        return record, None, ("missing_field", f"the record has no {text_field!r} field")
    text = record[text_field]
    if not isinstance(text, str):
        return (
            record,
            None,
            ("not_a_string", f"field {text_field!r} is {_json_kind(text)}, not a string"),
        )
    try:
        text.encode()
    except UnicodeEncodeError as error:
        return record, None, ("bad_text", f"field {text_field!r} is not valid Unicode: {error}")
    return record, text, None


def record_lines(options: RecordOptions, chunk: list[tuple[int, bytes]], tally: Tally) -> bytes:
    r"""Parse JSONL records ``(line number, raw line)``: one output line per record, in order.

    The output record holds the input's fields in their order (without the text field unless
    ``keep_text``), then ``"article"``, or ``"error": {"type", "message", "line"}``.

    >>> chunk = [(1, b'{"id": 7, "text": ""}'), (2, b'{"id": 8}')]
    >>> first, second = record_lines(RecordOptions(), chunk, Tally()).decode().splitlines()
    >>> first[:30]
    '{"id":7,"article":{"dateline":'
    >>> print(second)
    {"id":8,"error":{"type":"missing_field","message":"the record has no 'text' field","line":2}}
    """
    out: list[bytes] = []
    for lineno, raw in chunk:
        tally.inputs += 1
        record, text, problem = _load_record(raw, options.text_field)
        if not options.keep_text:
            record.pop(options.text_field, None)
        if problem is None and text is not None:
            try:
                article = options.parse.parse(text)
                body = _embedded(article, options.format)
            except Exception as error:  # one bad record never stops the batch
                problem = ("failed", f"{type(error).__name__}: {error}")
            else:
                tally.count_article(article)
                out.append(_splice(record, "article", body))
                continue
        if problem is not None:
            tally.failures[problem[0]] += 1
            out.append(_splice(record, "error", _error_json(*problem, line=lineno)))
    return b"".join(out)


def parse_record_chunk(options: RecordOptions, chunk: list[tuple[int, bytes]]) -> ChunkReport:
    """Worker: :func:`record_lines` for one chunk, gzip-compressed when ``options.compress``."""
    tally = Tally()
    blob = record_lines(options, chunk, tally)
    if options.compress:
        blob = gzip.compress(blob, compresslevel=6, mtime=0)
    return ChunkReport(blob, [], [], tally)


def parse_jsonl_lines(
    lines: Iterable[str | bytes],
    *,
    text_field: str = "text",
    format: str = "json",
    keep_text: bool = False,
    reference_date: date | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Iterator[str]:
    r"""Parse JSONL lines in this process: yield one output line (no newline) per record, in order.

    The records are those of ``newsitem parse --jsonl`` (the ``line`` of an error counts the
    lines given, from 1; blank lines are skipped). Lines are read a chunk at a time, so the
    function streams: it is a ready ``mapPartitions`` function for Spark, or a step of any
    pipeline.

    >>> lines = ['{"id": 1, "text": "Jan 6, 2022 - World\\n\\nA headline\\n"}', "{oops"]
    >>> [json.loads(out).get("error", {}).get("type") for out in parse_jsonl_lines(lines)]
    [None, 'bad_json']
    """
    options = RecordOptions(
        ParseOptions(reference_date=reference_date),
        text_field=text_field,
        keep_text=keep_text,
        format=format,
    )
    numbered = (
        (number, line.encode("utf-8", "surrogateescape") if isinstance(line, str) else line)
        for number, line in enumerate(lines, 1)
    )
    for chunk in chunked(((n, raw) for n, raw in numbered if raw.strip()), chunk_size):
        yield from record_lines(options, chunk, Tally()).decode().splitlines()


# 5. Files ---------------------------------------------------------------------------------------


class FileItem(NamedTuple):
    """One input file (or standard input, read by the caller) of a batch."""

    name: str
    """The name shown in messages and records."""
    path: str | None
    """Where to read it; ``None`` when ``data`` holds it."""
    data: bytes | None = None
    dest: str | None = None
    """Where to write its output (``-o DIR``)."""


@dataclass(frozen=True, slots=True)
class FileOptions:
    """How to parse files and write the results."""

    parse: ParseOptions = ParseOptions()
    format: str = "json"
    indent: int | None = 2
    mode: Literal["single", "jsonl", "dir"] = "jsonl"
    """``single``: the output as it is; ``jsonl``: one ``{"path", "article"}`` line per file;
    ``dir``: each output written to the item's ``dest``."""
    compress: bool = False


_GZIP_MAGIC: Final = b"\x1f\x8b"
"""The first bytes of gzip data (never of UTF-8 text: 0x8b cannot follow 0x1f there)."""


def _read(item: FileItem) -> bytes:
    """A file's bytes, gunzipped if its name ends in .gz (standard input: by its first bytes)."""
    if item.data is not None:
        data = item.data
        return gzip.decompress(data) if data.startswith(_GZIP_MAGIC) else data
    assert item.path is not None
    data = Path(item.path).read_bytes()
    return gzip.decompress(data) if item.path.endswith(".gz") else data


READ_ERRORS: Final = (OSError, EOFError, zlib.error)
"""What reading an input may raise: an ``OSError`` (``gzip.BadGzipFile`` is one), and, from a
gzip stream, ``EOFError`` (truncated) or ``zlib.error`` (corrupt)."""


def read_problem(error: BaseException) -> str:
    """Why an input could not be read, for a ``cannot read NAME: ...`` message.

    >>> read_problem(EOFError("Compressed file ended before the end-of-stream marker"))
    'the gzip stream ends early (truncated)'
    >>> read_problem(FileNotFoundError(2, "No such file or directory"))
    'No such file or directory'
    """
    if isinstance(error, EOFError):  # gzip's words name the end-of-stream marker, not the cause
        return "the gzip stream ends early (truncated)"
    if isinstance(error, gzip.BadGzipFile | zlib.error):
        return f"bad gzip data: {error}"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)


def parse_file_chunk(options: FileOptions, chunk: list[FileItem]) -> ChunkReport:
    """Worker: parse files; the output as ``options.mode`` says."""
    tally = Tally()
    out: list[bytes] = []
    messages: list[str] = []
    for item in chunk:
        tally.inputs += 1
        try:
            data = _read(item)
        except READ_ERRORS as error:
            messages.append(f"newsitem: cannot read {item.name}: {read_problem(error)}")
            tally.failures["unreadable"] += 1
            if options.mode == "jsonl":
                error_json = _error_json("unreadable", read_problem(error))
                out.append(_splice({"path": item.name}, "error", error_json))
            continue
        try:
            article = options.parse.parse(data)
            out.append(_file_output(options, item, article))
        except Exception as error:  # one bad file never stops the batch
            messages.append(f"newsitem: cannot parse {item.name}: {type(error).__name__}: {error}")
            tally.failures["failed"] += 1
            if options.mode == "jsonl":
                error_json = _error_json("failed", f"{type(error).__name__}: {error}")
                out.append(_splice({"path": item.name}, "error", error_json))
            continue
        tally.count_article(article)
    blob = b"".join(out)
    if options.compress and blob:
        blob = gzip.compress(blob, compresslevel=6, mtime=0)
    return ChunkReport(blob, [], messages, tally)


def _file_output(options: FileOptions, item: FileItem, article: Article) -> bytes:
    if options.mode == "jsonl":
        return _splice({"path": item.name}, "article", _embedded(article, options.format))
    text = serialise(article, options.format, options.indent)
    encoded = (text if text.endswith("\n") else text + "\n").encode()
    if options.mode == "single":
        return encoded
    assert item.dest is not None
    dest = Path(item.dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(gzip.compress(encoded, mtime=0) if item.dest.endswith(".gz") else encoded)
    return b""


# 6. Validation ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Selector:
    """Which codes to show (``--select``/``--ignore`` prefixes) and which count as errors."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    strict: bool = False
    """Warnings count as errors."""

    def shown(self, code: str) -> bool:
        """Whether a finding with ``code`` is reported.

        >>> Selector(select=("NI4", "NI5"), ignore=("NI502",)).shown("NI401")
        True
        >>> Selector(select=("NI4", "NI5"), ignore=("NI502",)).shown("NI502")
        False
        """
        upper = code.upper()
        if self.select and not upper.startswith(tuple(p.upper() for p in self.select)):
            return False
        return not (self.ignore and upper.startswith(tuple(p.upper() for p in self.ignore)))

    def counts(self, severity: str) -> bool:
        """Whether a finding of ``severity`` counts as an error (for the exit code)."""
        return severity == "error" or (self.strict and severity == "warning")


_ALL = Selector()


@dataclass(frozen=True, slots=True)
class ValidateOptions:
    """How to validate and report."""

    parse: ParseOptions = ParseOptions()
    selector: Selector = Selector()
    format: Literal["text", "json", "jsonl"] = "text"
    text_field: str = "text"
    model: bool = False
    """Check JSON articles against the model (``validate --json``) instead of parsing text."""


class Finding(NamedTuple):
    """One line of ``newsitem validate`` output."""

    path: str
    line: int
    column: int
    code: str
    severity: str
    message: str
    record: int | None = None
    """For JSONL input: the line of the record in the input file."""

    def render(self, fmt: str) -> str:
        """The finding as text (``path:line:col: CODE severity: message``) or as a JSON object."""
        if fmt == "text":
            where = self.path if self.record is None else f"{self.path}#{self.record}"
            return f"{where}:{self.line}:{self.column}: {self.code} {self.severity}: {self.message}"
        fields = self._asdict()
        if self.record is None:
            del fields["record"]
        return json.dumps(fields, ensure_ascii=False)


def _report(options: ValidateOptions, findings: Iterable[Finding], tally: Tally) -> list[str]:
    """Render the selected findings and count them."""
    entries: list[str] = []
    selector = options.selector
    for finding in findings:
        if selector.shown(finding.code):
            tally.count(finding.code, finding.severity)
            tally.counted_errors += selector.counts(finding.severity)
            entries.append(finding.render(options.format))
    return entries


def _diagnostic_findings(
    name: str, diagnostics: list[Diagnostic], record: int | None = None
) -> Iterator[Finding]:
    for d in diagnostics:
        yield Finding(name, d.line, d.column, d.code, d.severity, d.message, record)


def validate_file_chunk(options: ValidateOptions, chunk: list[FileItem]) -> ChunkReport:
    """Worker: validate files (text articles, or JSON articles when ``options.model``)."""
    tally = Tally()
    entries: list[str] = []
    messages: list[str] = []
    for item in chunk:
        tally.inputs += 1
        try:
            data = _read(item)
        except READ_ERRORS as error:
            messages.append(f"newsitem: cannot read {item.name}: {read_problem(error)}")
            tally.failures["unreadable"] += 1
            continue
        if options.model:
            # Every file is an article in JSON: one the model rejects is an article with errors.
            findings = list(_model_findings(item.name, data))
            tally.articles += 1
        else:
            article = options.parse.parse(data)
            findings = list(_diagnostic_findings(item.name, article.diagnostics))
            tally.articles += 1
        before = tally.counted_errors
        entries.extend(_report(options, findings, tally))
        tally.with_errors += tally.counted_errors > before
    return ChunkReport(b"", entries, messages, tally)


def validate_record_chunk(
    options: ValidateOptions, name: str, chunk: list[tuple[int, bytes]]
) -> ChunkReport:
    """Worker: validate the article text of JSONL records; a bad record is an error finding."""
    tally = Tally()
    entries: list[str] = []
    for lineno, raw in chunk:
        tally.inputs += 1
        _, text, problem = _load_record(raw, options.text_field)
        if problem is not None or text is None:
            kind, message = problem or ("failed", "no text")
            tally.failures[kind] += 1
            findings = [Finding(name, 1, 1, kind, "error", message, lineno)]
            is_article = False
        else:
            is_article = True
            article = options.parse.parse(text)
            tally.articles += 1
            findings = list(_diagnostic_findings(name, article.diagnostics, lineno))
        before = tally.counted_errors
        entries.extend(_report(options, findings, tally))
        # A bad record is counted as a failure, not as an article with errors.
        tally.with_errors += is_article and tally.counted_errors > before
    return ChunkReport(b"", entries, [], tally)


# 7. Articles in JSON, checked against the model -------------------------------------------------

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def _model_findings(name: str, data: bytes) -> Iterator[Finding]:
    """Pydantic's errors for an article in JSON, each at the line and column of its JSON path."""
    try:
        text = data.decode("utf-8-sig")
        json.loads(text)
    except UnicodeDecodeError as error:
        yield Finding(name, 1, 1, "json_invalid", "error", f"invalid UTF-8: {error.reason}")
        return
    except json.JSONDecodeError as error:
        yield Finding(name, error.lineno, error.colno, "json_invalid", "error", error.msg)
        return
    except RecursionError:
        yield Finding(name, 1, 1, "json_invalid", "error", "nested too deeply to read")
        return
    try:
        Article.model_validate_json(text)
    except ValidationError as error:
        for detail in error.errors(include_url=False):
            offset, path = locate_json(text, detail["loc"])
            line = text.count("\n", 0, offset) + 1
            column = offset - (text.rfind("\n", 0, offset) + 1) + 1
            yield Finding(name, line, column, detail["type"], "error", f"{path}: {detail['msg']}")


def locate_json(text: str, loc: Iterable[int | str]) -> tuple[int, str]:
    """Where pydantic's error location ``loc`` is in the JSON ``text``: (offset, JSON path).

    A key that is not in the document (a missing field, a union's tag) leaves the offset on the
    value that holds it; tags are left out of the path.

    >>> locate_json('{"a": [1, {"b": true}]}', ("a", 1, "b"))
    (16, '$.a[1].b')
    >>> locate_json('{"a": {}}', ("a", "missing"))
    (6, '$.a.missing')
    """
    keys = list(loc)
    pos = _WHITESPACE.match(text, 0).end()  # type: ignore[union-attr]
    path = "$"
    for number, key in enumerate(keys, 1):
        found = _child(text, pos, key)
        if found is not None:
            pos = found
        if found is not None or number == len(keys):
            path += f"[{key}]" if isinstance(key, int) else f".{key}"
    return pos, path


def _child(text: str, pos: int, key: int | str) -> int | None:
    """The offset of member ``key`` of the object or array at ``pos``, if it has one."""
    opener = text[pos : pos + 1]
    if opener not in ("{", "[") or (opener == "{") != isinstance(key, str):
        return None
    closer = "}" if opener == "{" else "]"
    pos = _skip(text, pos + 1)
    index = 0
    while pos < len(text) and text[pos] != closer:
        if opener == "{":
            name, pos = _DECODER.raw_decode(text, pos)
            pos = _skip(text, _skip(text, pos) + 1)  # past the colon
        else:
            name, index = index, index + 1
        if name == key:
            return pos
        _, pos = _DECODER.raw_decode(text, pos)
        pos = _skip(text, pos)
        if text[pos : pos + 1] == ",":
            pos = _skip(text, pos + 1)
    return None


def _skip(text: str, pos: int) -> int:
    return _WHITESPACE.match(text, pos).end()  # type: ignore[union-attr]
