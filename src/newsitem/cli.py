"""The ``newsitem`` console script: ``parse``, ``validate``, ``schema``.

Data goes to standard output (or ``-o``), messages, progress and summaries to standard error.

Exit codes:

- 0: success (``validate``: no finding that counts as an error);
- 1: ``validate`` found errors; ``parse`` met inputs it could not parse (bad JSONL records);
- 2: usage error, or an input that does not exist or cannot be read;
- 3: a worker process died (killed, out of memory);
- 130: interrupted (Ctrl-C).

See ``docs/cli.md`` for the whole manual.
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import gzip
import io
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import IO, Any, Literal, cast, get_args

import newsitem
from newsitem.batch import (
    DEFAULT_CHUNK_SIZE,
    READ_ERRORS,
    ChunkReport,
    FileItem,
    FileOptions,
    ParseOptions,
    RecordOptions,
    Selector,
    Tally,
    ValidateOptions,
    available_formats,
    default_jobs,
    ordered_map,
    parse_file_chunk,
    parse_record_chunk,
    read_problem,
    validate_file_chunk,
    validate_record_chunk,
)
from newsitem.export.schema import dumps

EXIT_OK = 0
EXIT_FOUND = 1
EXIT_USAGE = 2
EXIT_CRASHED = 3
EXIT_INTERRUPTED = 130

EXTENSIONS = {
    "json": ".json",
    "ninjs": ".ninjs.json",
    "jsonld": ".jsonld",
    "markdown": ".md",
    "text": ".txt",
}
"""File extension of each output format in ``-o DIR`` mode (others: ``.FORMAT``)."""

FORMAT_HELP = "json (the default), text (the house style), ninjs, jsonld, markdown or xhtml"

EXAMPLES = """\
examples:
  newsitem parse article.txt                      one article as JSON
  newsitem parse article.txt --format text        ... back in the house style
  cat article.txt | newsitem parse -              from standard input
  newsitem parse corpus/ -o out/                  a directory tree, one JSON file per article
  newsitem parse 'corpus/**/*.txt' > all.jsonl    a glob: one JSON record per line
  newsitem parse --jsonl crawl.jsonl.gz -o parsed.jsonl.gz --jobs 8
  newsitem validate corpus/ --select NI2 --ignore NI203
  newsitem validate --strict --format json article.txt
  newsitem validate --json parsed-article.json    an article in JSON, against the model
  newsitem schema > article.schema.json

exit codes: 0 ok, 1 errors found (validate) or inputs not parsed (parse),
2 usage error or unreadable input, 3 a worker process died, 130 interrupted
"""


class UsageError(Exception):
    """A command line that cannot be run; exit code 2."""


# 1. Arguments -----------------------------------------------------------------------------------


def _reference_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def _at_least(low: int) -> Callable[[str], int]:
    """An argparse type: a whole number not below ``low``."""

    def number(value: str) -> int:
        try:
            parsed = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
        if parsed < low:
            raise argparse.ArgumentTypeError(f"{value} is below {low}")
        return parsed

    return number


def _codes(value: str) -> list[str]:
    """The codes of ``--select``/``--ignore``; each must start some code a finding can have.

    A typo ("NI3O2", "XX9") would otherwise select nothing, or ignore nothing, in silence.
    """
    codes = [code.strip() for code in value.split(",") if code.strip()]
    known = _known_codes()
    for code in codes:
        if not any(name.startswith(code.upper()) for name in known):
            raise argparse.ArgumentTypeError(
                f"{code!r} starts no known code: a diagnostic code (NI101 ... NI5xx, see "
                "docs/diagnostics.md), an input failure (bad_json, missing_field, ...) or, "
                "with --json, a pydantic error type (missing, string_type, ...)"
            )
    return codes


def _known_codes() -> frozenset[str]:
    """Every code a finding of ``newsitem validate`` can carry, upper-cased for prefix tests."""
    from pydantic_core.core_schema import ErrorType

    from newsitem.batch import FailureKind
    from newsitem.diagnostics import CATALOGUE

    names = [*CATALOGUE, *get_args(FailureKind), *get_args(ErrorType), "json_invalid"]
    return frozenset(name.upper() for name in names)


def _add_input_options(command: argparse.ArgumentParser, *, json_inputs: bool = False) -> None:
    """The options ``parse`` and ``validate`` share; ``json_inputs``: the command has ``--json``."""
    json_names = "; *.json and *.json.gz with --json" if json_inputs else ""
    command.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="files, directories (searched recursively), globs, or - for standard input",
    )
    command.add_argument(
        "--jsonl",
        action="store_true",
        help="inputs are JSONL files (.gz read as gzip): one article per record",
    )
    command.add_argument(
        "--text-field",
        default="text",
        metavar="NAME",
        help="with --jsonl: the field that holds the article text (default: text)",
    )
    command.add_argument(
        "--glob",
        action="append",
        metavar="PATTERN",
        help=f"file names to take from directories (default: *.txt and *.txt.gz{json_names}; "
        "*.jsonl and *.jsonl.gz with --jsonl); repeatable",
    )
    command.add_argument(
        "--reference-date",
        type=_reference_date,
        metavar="YYYY-MM-DD",
        help="the day the pages were scraped, to resolve relative and year-less datelines",
    )
    command.add_argument(
        "--max-chars",
        type=_at_least(1),
        metavar="N",
        help="refuse (NI105) articles longer than this",
    )
    run = command.add_argument_group("running")
    run.add_argument(
        "-j",
        "--jobs",
        type=_at_least(0),
        default=0,
        metavar="N",
        help="worker processes (default, or 0: one per CPU; 1 runs in this process)",
    )
    run.add_argument(
        "--chunk-size",
        type=_at_least(1),
        default=DEFAULT_CHUNK_SIZE,
        metavar="N",
        help=f"articles sent to a worker at once (default: {DEFAULT_CHUNK_SIZE})",
    )
    shown = run.add_mutually_exclusive_group()
    shown.add_argument(
        "-q", "--quiet", action="store_true", help="no progress and no summary on standard error"
    )
    shown.add_argument(
        "--progress",
        action="store_true",
        help="show progress even when standard error is not a terminal",
    )
    run.add_argument(
        "--summary",
        choices=["auto", "text", "json", "none"],
        default="auto",
        help="the report after the run, on standard error (auto: text after a batch)",
    )
    run.add_argument("--summary-file", metavar="FILE", help="write the summary here instead")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``newsitem`` command."""
    # allow_abbrev=False everywhere: argparse would otherwise take any unambiguous prefix of an
    # option, so "parse --json" (an option only validate has) would silently mean --jsonl.
    parser = argparse.ArgumentParser(
        prog="newsitem",
        allow_abbrev=False,
        description="Parse scraped news articles (Axios Smart Brevity style) into typed JSON, "
        "and report what is wrong with them.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newsitem {newsitem.__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse_cmd = commands.add_parser(
        "parse",
        help="parse articles and print them (JSON by default)",
        description="Parse articles. One input prints one document; several inputs, a directory, "
        "a glob or --jsonl print one JSON record per line (or write -o DIR/ per file).",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    _add_input_options(parse_cmd)
    parse_cmd.add_argument("-f", "--format", default="json", metavar="FORMAT", help=FORMAT_HELP)
    parse_cmd.add_argument(
        "--indent",
        type=_at_least(0),
        default=2,
        metavar="N",
        help="JSON indent of a single document (default: 2)",
    )
    parse_cmd.add_argument(
        "-o",
        "--output",
        metavar="FILE|DIR/",
        help="write here (.gz compressed); an existing directory or a path ending in / gets "
        "one file per input",
    )
    parse_cmd.add_argument(
        "--keep-text", action="store_true", help="with --jsonl: keep the text field in the output"
    )
    parse_cmd.set_defaults(func=_cmd_parse)

    validate_cmd = commands.add_parser(
        "validate",
        help="report problems in articles, like a linter",
        description="Print path:line:col: CODE severity: message for every finding.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    _add_input_options(validate_cmd, json_inputs=True)
    validate_cmd.add_argument(
        "--json",
        action="store_true",
        help="inputs are articles in JSON: check them against the model",
    )
    validate_cmd.add_argument(
        "-f", "--format", choices=["text", "json", "jsonl"], default="text", help="output format"
    )
    validate_cmd.add_argument(
        "--strict", action="store_true", help="warnings count as errors (exit code 1)"
    )
    validate_cmd.add_argument(
        "--select",
        type=_codes,
        action="extend",
        default=[],
        metavar="CODE",
        help="only these codes or prefixes (NI4, NI201, missing), comma-separated, repeatable",
    )
    validate_cmd.add_argument(
        "--ignore",
        type=_codes,
        action="extend",
        default=[],
        metavar="CODE",
        help="leave out these codes or prefixes",
    )
    validate_cmd.set_defaults(func=_cmd_validate)

    schema_cmd = commands.add_parser(
        "schema",
        help="print the JSON Schema of an article",
        description="Print the JSON Schema (draft 2020-12) of an article, byte for byte as "
        "committed in schema/article.schema.json (with the default --indent).",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    schema_cmd.add_argument(
        "--indent", type=_at_least(0), default=2, metavar="N", help="JSON indent (default: 2)"
    )
    schema_cmd.set_defaults(func=_cmd_schema)
    return parser


# 2. Inputs --------------------------------------------------------------------------------------


@dataclass(slots=True)
class Inputs:
    """The files a command line names, in order, and what was wrong with the others."""

    files: list[FileItem]
    roots: list[Path | None]
    """For each file, the directory argument it was found under (``None`` for a named file)."""
    missing: list[str]
    batch: bool
    """More than one input, or a directory or glob: output is one record per input."""


def _patterns(args: argparse.Namespace) -> tuple[str, ...]:
    if args.glob:
        return tuple(args.glob)
    if args.jsonl:
        return ("*.jsonl", "*.jsonl.gz")
    if getattr(args, "json", False):
        return ("*.json", "*.json.gz")
    return ("*.txt", "*.txt.gz")


def _walk(root: Path, patterns: tuple[str, ...]) -> Iterator[Path]:
    """Files under ``root`` whose names match, in a stable (sorted, depth-first) order."""
    for directory, subdirs, names in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        base = Path(directory)
        for name in sorted(names):
            path = base / name
            if any(path.match(pattern) for pattern in patterns):
                yield path


def _add_stdin(found: Inputs, streams: bool) -> None:
    """Standard input as an input (read now unless ``streams``), once however often it is named.

    Like a file named twice, "-" named twice is one input: a second read of standard input
    would find it empty and give an empty article (NI101).
    """
    if any(item.path is None for item in found.files):
        return
    data = None if streams else sys.stdin.buffer.read()
    found.files.append(FileItem("<stdin>", None, data))
    found.roots.append(None)


def collect(
    arguments: Sequence[str], patterns: tuple[str, ...], *, streams: bool = False
) -> Inputs:
    """Expand files, directories and globs into the list of input files.

    Standard input (``-``) is read at once, unless ``streams`` (JSONL) says it is read as it comes.
    """
    found = Inputs([], [], [], batch=len(arguments) > 1)
    seen: set[Path] = set()

    def add(path: Path, root: Path | None) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            found.files.append(FileItem(str(path), str(path)))
            found.roots.append(root)

    for argument in arguments:
        if argument == "-":
            _add_stdin(found, streams)
            continue
        path = Path(argument)
        if path.is_dir():
            found.batch = True
            matched = list(_walk(path, patterns))
            for file in matched:
                add(file, path)
            if not matched:
                wanted = " or ".join(patterns)
                found.missing.append(f"newsitem: no {wanted} file in {argument} (see --glob)")
        elif path.exists():
            add(path, None)
        elif glob.has_magic(argument):
            found.batch = True
            matches = sorted(glob.glob(argument, recursive=True))
            for match in map(Path, matches):
                if match.is_dir():
                    for file in _walk(match, patterns):
                        add(file, match)
                else:
                    add(match, None)
            if not matches:
                found.missing.append(f"newsitem: no file matches {argument}")
        else:
            found.missing.append(f"newsitem: cannot read {argument}: No such file or directory")
    return found


class _Position:
    """How far a binary input has been read, for the progress line."""

    def __init__(self, raw: IO[bytes], size: int | None) -> None:
        self.raw = raw
        self.size = size

    def fraction(self) -> float | None:
        if not self.size:
            return None
        with contextlib.suppress(OSError, ValueError):
            return min(1.0, self.raw.tell() / self.size)
        return None


def _open_jsonl(item: FileItem) -> tuple[IO[bytes], _Position]:
    """A JSONL input as a binary stream (gzip by extension, or by magic on standard input)."""
    if item.path is None:
        stdin = sys.stdin.buffer
        magic = stdin.peek(2)[:2] if isinstance(stdin, io.BufferedReader) else b""
        stream = cast(IO[bytes], gzip.GzipFile(fileobj=stdin)) if magic == b"\x1f\x8b" else stdin
        return stream, _Position(stdin, None)
    raw = open(item.path, "rb")  # noqa: SIM115 - closed by the caller through the returned stream
    size = os.fstat(raw.fileno()).st_size
    if item.path.endswith(".gz"):
        return cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="rb")), _Position(raw, size)
    return raw, _Position(raw, size)


class _Records:
    """``(line number, line)`` for every line of a JSONL stream that is not blank, read lazily.

    A read error (a truncated or corrupt gzip stream, an I/O error) ends the records and is
    kept in ``problem``, for the caller to report once the records before it are written: the
    complete records of a cut-off download are worth having.
    """

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.problem: str | None = None

    def __iter__(self) -> Iterator[tuple[int, bytes]]:
        try:
            for lineno, line in enumerate(self.stream, 1):
                if not line.isspace():
                    yield lineno, line
        except READ_ERRORS as error:
            self.problem = read_problem(error)


# 3. Progress and summary ------------------------------------------------------------------------


class Progress:
    """A progress line on standard error: count, share, rate and time left.

    Shown when forced, or when standard error is a terminal and the run has lasted a second.
    """

    def __init__(self, stream: IO[str], *, force: bool, quiet: bool, unit: str) -> None:
        self.stream = stream
        self.enabled = force or (not quiet and stream.isatty())
        self.delay = 0.0 if force else 1.0
        self.unit = unit
        self.start = time.monotonic()
        self.last = 0.0
        self.width = 0
        self.total: int | None = None
        self.fraction: Callable[[], float | None] = lambda: None

    def update(self, done: int) -> None:
        """Redraw the line (at most five times a second)."""
        now = time.monotonic()
        elapsed = now - self.start
        if not self.enabled or elapsed < self.delay or now - self.last < 0.2:
            return
        self.last = now
        share = done / self.total if self.total else self.fraction()
        text = f"newsitem: {done:,} {self.unit}"
        if share:
            text += f" {share:6.1%}"
        text += f", {done / elapsed:,.0f}/s" if elapsed > 0 else ""
        if share:
            left = elapsed * (1 - share) / share
            text += f", {int(left) // 60}:{int(left) % 60:02d} left"
        self.stream.write("\r" + text.ljust(self.width))
        self.stream.flush()
        self.width = len(text)

    def clear(self) -> None:
        """Remove the line (before a message, and at the end)."""
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0


def summary_data(tally: Tally, seconds: float, jobs: int) -> dict[str, Any]:
    """The summary of a run as JSON data."""
    by_severity: dict[str, dict[str, int]] = {"error": {}, "warning": {}, "info": {}}
    for code, count in tally.codes.most_common():
        by_severity.setdefault(tally.severities[code], {})[code] = count
    return {
        "inputs": tally.inputs,
        "articles": tally.articles,
        "failed": sum(tally.failures.values()),
        "failures": dict(tally.failures.most_common()),
        "articles_with_errors": tally.with_errors,
        "errors": by_severity["error"],
        "warnings": by_severity["warning"],
        "infos": by_severity["info"],
        "seconds": round(seconds, 3),
        "per_second": round(tally.inputs / seconds, 1) if seconds > 0 else None,
        "jobs": jobs,
    }


def _n(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def _counts(counts: dict[str, int], limit: int | None = None) -> str:
    items = list(counts.items())[:limit]
    return ", ".join(f"{code} {count:,}" for code, count in items)


def summary_text(data: dict[str, Any], verb: str, unit: str) -> str:
    """The summary of a run as text: one line for one input, a few lines for a batch.

    >>> data = summary_data(Tally(inputs=1, articles=1), 0.5, 1)
    >>> print(summary_text(data, "checked", "file"))
    newsitem: 1 file checked: 0 errors, 0 warnings, 0 infos
    """
    totals = {key: sum(data[key].values()) for key in ("errors", "warnings", "infos")}
    found = ", ".join(_n(totals[key], key[:-1]) for key in ("errors", "warnings", "infos"))
    head = f"newsitem: {_n(data['inputs'], unit)} {verb}: "
    if data["inputs"] == 1 and not data["failed"]:
        return head + found
    failed = f", {data['failed']:,} failed ({_counts(data['failures'])})" if data["failed"] else ""
    rate = f"{data['per_second']:,.0f}/s, " if data["per_second"] else ""
    lines = [
        head + _n(data["articles"], "article") + failed,
        f"  {found}; {_n(data['articles_with_errors'], 'article')} with errors",
    ]
    if data["errors"]:
        lines.append(f"  errors: {_counts(data['errors'])}")
    if data["warnings"]:
        lines.append(f"  top warnings: {_counts(data['warnings'], 5)}")
    lines.append(f"  {data['seconds']:.2f} s, {rate}{_n(data['jobs'], 'job')}")
    return "\n".join(lines)


def _write_summary(
    args: argparse.Namespace, tally: Tally, seconds: float, jobs: int, batch: bool
) -> None:
    choice = args.summary
    if choice == "none" or (choice == "auto" and (args.quiet or not batch)):
        return
    data = summary_data(tally, seconds, jobs)
    verb = "checked" if args.func is _cmd_validate else "parsed"
    unit = "record" if args.jsonl else "file"
    text = json.dumps(data) if choice == "json" else summary_text(data, verb, unit)
    if args.summary_file:
        Path(args.summary_file).write_text(text + "\n", encoding="utf-8")
    else:
        print(text, file=sys.stderr)


# 4. Running chunks ------------------------------------------------------------------------------


@dataclass(slots=True)
class Run:
    """A command's run: where output goes, the progress line and the running tally."""

    args: argparse.Namespace
    out: IO[bytes]
    progress: Progress
    tally: Tally
    jobs: int

    def each(self, work: Callable[[list[Any]], ChunkReport], items: Any) -> Iterator[ChunkReport]:
        """Run ``work`` over ``items`` in chunks; print messages; yield each report in order."""
        reports = ordered_map(work, items, jobs=self.jobs, chunk_size=self.args.chunk_size)
        with contextlib.closing(reports):
            for report in reports:
                if report.messages:
                    self.progress.clear()
                    print("\n".join(report.messages), file=sys.stderr)
                self.tally.add(report.tally)
                yield report
                self.progress.update(self.tally.inputs)


def _start(args: argparse.Namespace, out: IO[bytes], unit: str) -> Run:
    jobs = args.jobs if args.jobs > 0 else default_jobs()
    progress = Progress(sys.stderr, force=args.progress, quiet=args.quiet, unit=unit)
    return Run(args, out, progress, Tally(), jobs)


def _unreadable(run: Run, name: str, problem: str) -> None:
    """Report an input that could not be read (or not to its end), and count it."""
    run.progress.clear()
    print(f"newsitem: cannot read {name}: {problem}", file=sys.stderr)
    run.tally.failures["unreadable"] += 1


def _jsonl_reports(
    run: Run, item: FileItem, work: Callable[[list[Any]], ChunkReport]
) -> Iterator[ChunkReport]:
    """Run ``work`` over the records of one JSONL input; report it if it cannot be read."""
    try:
        stream, position = _open_jsonl(item)
    except OSError as error:
        _unreadable(run, item.name, read_problem(error))
        return
    run.progress.fraction = position.fraction
    records = _Records(stream)
    with stream:
        yield from run.each(work, records)
    if records.problem is not None:
        _unreadable(run, item.name, records.problem)


def _parse_options(args: argparse.Namespace) -> ParseOptions:
    return ParseOptions(reference_date=args.reference_date, max_chars=args.max_chars)


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[IO[bytes]]:
    """Standard output, or the file ``path`` (its parent directory made)."""
    if path is None or path == "-":
        sys.stdout.flush()
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as stream:
        yield stream


# 5. parse ---------------------------------------------------------------------------------------


def _check_format(fmt: str) -> None:
    formats = available_formats()
    if fmt not in formats:
        known = ", ".join(formats)
        extra = "" if fmt not in EXTENSIONS else " (it needs newsitem.export, not installed here)"
        raise UsageError(f"unknown format {fmt!r}{extra}; choose from {known}")


def _is_dir_target(output: str | None) -> bool:
    return output is not None and (output.endswith(("/", os.sep)) or Path(output).is_dir())


def _same_file(first: str, second: str) -> bool:
    """Whether two paths name one file: the same inode when both exist, else the same place."""
    try:
        return os.path.samefile(first, second)
    except OSError:  # one of them does not exist (yet): compare where they point
        return Path(first).resolve() == Path(second).resolve()


def _check_output_place(output: str | None) -> None:
    """Refuse an output path that goes through a file, as if it were a directory.

    Making its directories would fail with "File exists: a1.txt", which names no problem.
    """
    if output is None or output == "-":
        return
    path = Path(output)
    # The nearest part of the path that exists must be a directory (with -o DIR/, the DIR too).
    for place in [path, *path.parents] if _is_dir_target(output) else path.parents:
        if place.exists():
            if not place.is_dir():
                raise UsageError(f"cannot write {output}: {place} is not a directory")
            return


def _check_output_is_no_input(output: str | None, inputs: Inputs) -> None:
    """Refuse an output file that is also an input.

    The output is opened, and so emptied, before the inputs are read: the input would be lost
    and the run would still succeed. (``-o DIR/`` is checked file by file in ``_destinations``.)
    """
    if output is None or output == "-":
        return
    for item in inputs.files:
        if item.path is not None and _same_file(output, item.path):
            raise UsageError(
                f"the output {output} is also an input: writing it would destroy the input "
                "before it is read; choose another -o"
            )


def _cmd_parse(args: argparse.Namespace) -> int:
    _check_format(args.format)
    if not args.inputs:
        raise UsageError("parse needs an input: a file, a directory, a glob or - for stdin")
    _check_output_place(args.output)
    _check_output_place(args.summary_file)
    inputs = collect(args.inputs, _patterns(args), streams=args.jsonl)
    _check_output_is_no_input(args.output, inputs)
    for message in inputs.missing:
        print(message, file=sys.stderr)
    started = time.monotonic()
    if args.jsonl:
        if _is_dir_target(args.output):
            raise UsageError("with --jsonl, -o is a file (the output JSONL), not a directory")
        run = _parse_jsonl(args, inputs)
    elif _is_dir_target(args.output):
        run = _parse_to_dir(args, inputs)
    else:
        run = _parse_files(args, inputs)
    run.progress.clear()
    _write_summary(
        args, run.tally, time.monotonic() - started, run.jobs, inputs.batch or args.jsonl
    )
    if inputs.missing or run.tally.failures["unreadable"]:
        return EXIT_USAGE
    return EXIT_FOUND if run.tally.failures else EXIT_OK


def _parse_jsonl(args: argparse.Namespace, inputs: Inputs) -> Run:
    compress = bool(args.output and args.output.endswith(".gz"))
    options = RecordOptions(
        _parse_options(args), args.text_field, args.keep_text, args.format, compress
    )
    work = partial(parse_record_chunk, options)
    with _output(args.output) as out:
        run = _start(args, out, "records")
        for item in inputs.files:
            for report in _jsonl_reports(run, item, work):
                out.write(report.blob)
    return run


def _parse_files(args: argparse.Namespace, inputs: Inputs) -> Run:
    single = not inputs.batch and len(inputs.files) == 1
    compress = bool(args.output and args.output.endswith(".gz"))
    mode: Literal["single", "jsonl"] = "single" if single else "jsonl"
    options = FileOptions(_parse_options(args), args.format, args.indent, mode, compress)
    with _output(args.output) as out:
        run = _start(args, out, "files")
        run.progress.total = len(inputs.files)
        for report in run.each(partial(parse_file_chunk, options), inputs.files):
            out.write(report.blob)
    return run


def _destinations(inputs: Inputs, directory: Path, fmt: str) -> list[FileItem]:
    """Each input with the file its output goes to under ``directory``."""
    extension = EXTENSIONS.get(fmt, f".{fmt}")
    items: list[FileItem] = []
    used: set[Path] = set()
    for item, root in zip(inputs.files, inputs.roots, strict=True):
        if item.path is None:
            relative = Path("stdin")
        elif root is None:
            relative = Path(Path(item.path).name)
        else:
            relative = Path(item.path).relative_to(root)
        stem = relative.name.removesuffix(".gz").split(".")[0] or relative.name
        dest = directory / relative.parent / (stem + extension)
        if dest in used or (item.path and dest.resolve() == Path(item.path).resolve()):
            raise UsageError(f"two outputs would go to {dest} (or over an input): use -o FILE")
        used.add(dest)
        items.append(item._replace(dest=str(dest)))
    return items


def _parse_to_dir(args: argparse.Namespace, inputs: Inputs) -> Run:
    directory = Path(args.output)
    items = _destinations(inputs, directory, args.format)
    directory.mkdir(parents=True, exist_ok=True)
    options = FileOptions(_parse_options(args), args.format, args.indent, "dir")
    run = _start(args, sys.stdout.buffer, "files")
    run.progress.total = len(items)
    for _ in run.each(partial(parse_file_chunk, options), items):
        pass
    return run


# 6. validate ------------------------------------------------------------------------------------


class _Entries:
    """Writes findings as text lines, JSON Lines, or one JSON array, as they come."""

    def __init__(self, out: IO[bytes], fmt: str) -> None:
        self.out = out
        self.fmt = fmt
        self.first = True
        if fmt == "json":
            out.write(b"[")

    def write(self, entries: list[str]) -> None:
        if not entries:
            return
        if self.fmt == "json":
            lead = "\n  " if self.first else ",\n  "
            self.out.write((lead + ",\n  ".join(entries)).encode())
        else:
            self.out.write(("\n".join(entries) + "\n").encode())
        self.out.flush()
        self.first = False

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write(b"]\n" if self.first else b"\n]\n")


def _cmd_validate(args: argparse.Namespace) -> int:
    if args.json and args.jsonl:
        raise UsageError("--json and --jsonl do not go together")
    if not args.inputs:
        raise UsageError("validate needs an input: a file, a directory, a glob or - for stdin")
    _check_output_place(args.summary_file)
    inputs = collect(args.inputs, _patterns(args), streams=args.jsonl)
    for message in inputs.missing:
        print(message, file=sys.stderr)
    selector = Selector(tuple(args.select), tuple(args.ignore), args.strict)
    options = ValidateOptions(
        _parse_options(args), selector, args.format, args.text_field, model=args.json
    )
    started = time.monotonic()
    with _output(None) as out:
        run = _start(args, out, "records" if args.jsonl else "files")
        entries = _Entries(out, args.format)
        if args.jsonl:
            _validate_jsonl(run, options, inputs, entries)
        else:
            run.progress.total = len(inputs.files)
            for report in run.each(partial(validate_file_chunk, options), inputs.files):
                entries.write(report.entries)
        entries.close()
    run.progress.clear()
    # validate always ends with its summary (unless --quiet): it is the answer to "how bad?"
    _write_summary(args, run.tally, time.monotonic() - started, run.jobs, batch=True)
    if inputs.missing or run.tally.failures["unreadable"]:
        return EXIT_USAGE
    return EXIT_FOUND if run.tally.counted_errors else EXIT_OK


def _validate_jsonl(run: Run, options: ValidateOptions, inputs: Inputs, entries: _Entries) -> None:
    for item in inputs.files:
        work = partial(validate_record_chunk, options, item.name)
        for report in _jsonl_reports(run, item, work):
            entries.write(report.entries)


# 7. schema and main -----------------------------------------------------------------------------


def _cmd_schema(args: argparse.Namespace) -> int:
    schema = newsitem.json_schema()
    # With the default indent, the bytes of the committed schema/article.schema.json (the same
    # dumps wrote it: UTF-8, not \u escapes), so that `newsitem schema | diff - FILE` is empty.
    if args.indent == 2:
        text = dumps(schema)
    else:
        text = json.dumps(schema, indent=args.indent, ensure_ascii=False) + "\n"
    with _output(None) as out:
        out.write(text.encode("utf-8"))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except UsageError as error:
        print(f"newsitem: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("\nnewsitem: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenProcessPool as error:
        print(f"newsitem: a worker process died ({error}); try fewer --jobs", file=sys.stderr)
        return EXIT_CRASHED
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        _silence_stdout()
        return EXIT_FOUND
    except OSError as error:  # an output that cannot be written: a full disk, a bad -o path
        print(f"newsitem: cannot write: {_os_reason(error)}", file=sys.stderr)
        _silence_stdout()
        return EXIT_USAGE
    return code


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so the interpreter's last flush cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _os_reason(error: OSError) -> str:
    """'Not a directory: f/x.json' rather than a traceback."""
    reason = error.strerror or str(error)
    return f"{reason}: {error.filename}" if error.filename else reason


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
