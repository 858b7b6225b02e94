"""Corpus run: parse every ``.txt`` file under a folder and report what was found.

``python -m newsitem.corpus DIR [--reference-date YYYY-MM-DD] [--json]`` prints, per file and in
total, sections, bullets, captions, quotes, diagnostics by code, and the share of non-whitespace
characters that lie inside some element or diagnostic span. It exits 1 when a file raised, when
any character was left outside every span (text lost), or when rendering is not idempotent
(``render(parse(render(parse(t)))) != render(parse(t))``); 0 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from newsitem import Article, parse, render

__all__ = ["FileReport", "coverage", "main", "report_file", "top_level_spans"]


@dataclass(slots=True)
class FileReport:
    """What one file gave."""

    path: str
    sections: int = 0
    paragraphs: int = 0
    bullets: int = 0
    captions: int = 0
    quotes: int = 0
    related: int = 0
    boilerplate: int = 0
    covered: float = 1.0
    idempotent: bool = True
    codes: dict[str, int] = field(default_factory=dict)
    error: str | None = None


def top_level_spans(article: Article) -> Iterator[tuple[int, int]]:
    """The (start, end) of every top-level element (see ``Article.element_spans``)."""
    for span in article.element_spans():
        yield span.start, span.end


def coverage(text: str, article: Article) -> tuple[int, int]:
    """Return (covered, total) counts of non-whitespace characters of ``text``."""
    inside = bytearray(len(text) + 1)
    spans = list(top_level_spans(article))
    spans += [(d.span.start, d.span.end) for d in article.diagnostics if d.span is not None]
    for start, end in spans:
        inside[start:end] = b"\x01" * (end - start)
    total = covered = 0
    for position, char in enumerate(text):
        if not char.isspace():
            total += 1
            covered += inside[position]
    return covered, total


def report_file(path: Path, reference_date: date | None = None) -> FileReport:
    """Parse one file and count what it holds."""
    report = FileReport(path=str(path))
    data = path.read_bytes()
    try:
        article = parse(data, reference_date=reference_date)
    except Exception as error:
        report.error = f"{type(error).__name__}: {error}"
        return report
    text = data.decode("utf-8-sig", errors="replace")
    covered, total = coverage(text, article)
    report.sections = len(article.sections)
    report.paragraphs = len(article.paragraphs)
    report.bullets = len(article.bullets)
    report.captions = len(article.captions)
    report.quotes = len(article.quotes)
    report.related = len(article.related)
    report.boilerplate = len(article.boilerplate)
    report.covered = covered / total if total else 1.0
    rendered = render(article)
    report.idempotent = render(parse(rendered)) == rendered
    report.codes = dict(sorted(Counter(d.code for d in article.diagnostics).items()))
    return report


def _print_table(reports: list[FileReport], folder: Path) -> None:
    """One line per file, named relative to ``folder`` and never cut."""
    names = [str(Path(r.path).relative_to(folder)) for r in reports]
    width = max((len(name) for name in names), default=4)
    print(
        f"{'file':{width}} {'sec':>4} {'par':>4} {'bul':>4} {'cap':>4} {'quo':>4} {'cov':>7}  codes"
    )
    for name, r in zip(names, reports, strict=True):
        if r.error:
            print(f"{name:{width}} ERROR {r.error}")
            continue
        codes = " ".join(f"{code}x{n}" for code, n in r.codes.items())
        print(
            f"{name:{width}} {r.sections:4} {r.paragraphs:4} {r.bullets:4} {r.captions:4} "
            f"{r.quotes:4} {r.covered:7.2%}  {codes}"
        )


def _totals(reports: list[FileReport]) -> dict[str, object]:
    codes: Counter[str] = Counter()
    for r in reports:
        codes.update(r.codes)
    ok = [r for r in reports if r.error is None]
    return {
        "files": len(reports),
        "crashed": len(reports) - len(ok),
        "fully_covered": sum(1 for r in ok if r.covered == 1.0),
        "idempotent": sum(1 for r in ok if r.idempotent),
        "min_covered": min((r.covered for r in ok), default=1.0),
        "sections": sum(r.sections for r in ok),
        "bullets": sum(r.bullets for r in ok),
        "captions": sum(r.captions for r in ok),
        "quotes": sum(r.quotes for r in ok),
        "codes": dict(sorted(codes.items())),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run the corpus report; return 1 when a file crashed or lost text."""
    parser = argparse.ArgumentParser(prog="python -m newsitem.corpus", description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--reference-date", type=date.fromisoformat, default=None)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    paths = sorted(args.folder.rglob("*.txt"))
    reports = [report_file(path, args.reference_date) for path in paths]
    totals = _totals(reports)
    try:
        if args.json:
            print(json.dumps({"files": [asdict(r) for r in reports], "total": totals}, indent=2))
        else:
            _print_table(reports, args.folder)
            print("total:", json.dumps(totals))
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    broken = (
        totals["crashed"]
        or totals["fully_covered"] != len(reports)
        or totals["idempotent"] != len(reports)
    )
    return 1 if broken else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
