"""``docs/diagnostics.md`` and the catalogue list the same codes, both ways, in the same order."""

from __future__ import annotations

import doctest
import re
from pathlib import Path
from typing import get_args

import pytest

from newsitem.diagnostics import CATALOGUE, DiagnosticCode

DOCS = Path(__file__).parent.parent / "docs" / "diagnostics.md"
RE_HEADING = re.compile(r"^## (?P<code>\S+) — (?P<title>.+)$", re.MULTILINE)


def _sections() -> dict[str, tuple[str, str]]:
    """Code -> (title, body) of each ``## CODE — title`` section of the docs."""
    text = DOCS.read_text(encoding="utf-8")
    headings = list(RE_HEADING.finditer(text))
    ends = [h.start() for h in headings[1:]] + [len(text)]
    return {
        h["code"]: (h["title"], text[h.end() : end]) for h, end in zip(headings, ends, strict=True)
    }


SECTIONS = _sections()


def test_docs_headings_match_the_catalogue() -> None:
    assert list(SECTIONS) == list(CATALOGUE)


def test_catalogue_matches_the_code_literal() -> None:
    assert list(CATALOGUE) == list(get_args(DiagnosticCode))


def test_every_second_level_heading_is_a_code_once() -> None:
    lines = DOCS.read_text(encoding="utf-8").splitlines()
    codes = [line.split()[1] for line in lines if line.startswith("## ")]
    assert codes == list(CATALOGUE)


@pytest.mark.parametrize("code", list(CATALOGUE))
def test_section_has_title_severity_message_example_and_fix(code: DiagnosticCode) -> None:
    entry = CATALOGUE[code]
    title, body = SECTIONS[code]
    assert title == entry.title
    assert f"**Severity:** {entry.severity}\n" in body
    assert f"**Message:** `{entry.template}`\n" in body
    assert "Bad example" in body
    assert "\nFix: " in body


@pytest.mark.parametrize("code", list(CATALOGUE))
def test_code_is_in_its_area(code: DiagnosticCode) -> None:
    assert re.fullmatch(r"NI[1-5]\d\d", code)


def test_docs_example_runs() -> None:
    result = doctest.testfile(str(DOCS), module_relative=False, verbose=False)
    assert (result.attempted, result.failed) == (4, 0)
