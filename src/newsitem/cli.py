"""The ``newsitem`` console script: ``parse``, ``validate``, ``schema``.

Exit codes: 0 success (``validate``: no error found), 1 ``validate`` found errors, 2 usage error
or unreadable input.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import newsitem
from newsitem import parse
from newsitem.models import Article

EXIT_OK = 0
EXIT_FOUND = 1
EXIT_USAGE = 2


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def _serialise(article: Article, fmt: str, indent: int | None) -> str:
    if fmt == "text":
        return newsitem.render(article)
    return article.model_dump_json(indent=indent)


def _cmd_parse(args: argparse.Namespace) -> int:
    try:
        data = _read(args.file)
    except OSError as error:
        print(f"newsitem: cannot read {args.file}: {error.strerror}", file=sys.stderr)
        return EXIT_USAGE
    article = parse(data)
    print(_serialise(article, args.format, args.indent))
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace) -> int:
    status = EXIT_OK
    for path in args.files:
        try:
            data = _read(path)
        except OSError as error:
            print(f"newsitem: cannot read {path}: {error.strerror}", file=sys.stderr)
            return EXIT_USAGE
        for diagnostic in newsitem.validate(data):
            name = "<stdin>" if path == "-" else path
            print(
                f"{name}:{diagnostic.line}:{diagnostic.column}: "
                f"{diagnostic.code} {diagnostic.severity}: {diagnostic.message}"
            )
            if diagnostic.severity == "error":
                status = EXIT_FOUND
    return status


def _cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(newsitem.json_schema(), indent=args.indent))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``newsitem`` command."""
    parser = argparse.ArgumentParser(
        prog="newsitem",
        description="Parse scraped news articles (Axios Smart Brevity style) into typed JSON.",
    )
    parser.add_argument("--version", action="version", version=f"newsitem {newsitem.__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    parse_cmd = commands.add_parser("parse", help="parse one article and print it")
    parse_cmd.add_argument("file", help="a text file, or - for standard input")
    parse_cmd.add_argument("--format", choices=["json", "text"], default="json")
    parse_cmd.add_argument("--indent", type=int, default=2)
    parse_cmd.set_defaults(func=_cmd_parse)
    validate_cmd = commands.add_parser("validate", help="report problems in articles")
    validate_cmd.add_argument("files", nargs="+", metavar="FILE")
    validate_cmd.set_defaults(func=_cmd_validate)
    schema_cmd = commands.add_parser("schema", help="print the JSON Schema of an article")
    schema_cmd.add_argument("--indent", type=int, default=2)
    schema_cmd.set_defaults(func=_cmd_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = build_parser().parse_args(argv)
    code: int = args.func(args)
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
