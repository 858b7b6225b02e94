"""Every ```python block of README.md and docs/*.md runs, and its assertions hold.

A page's blocks run in order in one namespace (a later block may use a name an earlier one
defined), from the repository's root, so paths such as ``examples/kazakhstan-2022-01-06.txt``
work. A block written as an interactive session (``>>>`` lines) runs as a doctest: its printed
output must match. A block that cannot run on its own (it needs a cluster, or a name the reader
supplies) says so with ``<!-- no-run -->`` on the line right above its fence.
"""

from __future__ import annotations

import doctest
import re
import textwrap
import traceback
from pathlib import Path
from typing import NamedTuple

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")])
NO_RUN = "<!-- no-run -->"


_FENCE = re.compile(r"^(?P<indent>[ \t]*)```(?P<lang>[\w+-]*)[^\n]*$")


class Block(NamedTuple):
    """One fenced code block: its first line's number (1-based), language and code."""

    line: int
    lang: str
    code: str
    no_run: bool


def code_blocks(markdown: str) -> list[Block]:
    """The fenced code blocks of ``markdown`` (``` fences, as mkdocs' Markdown reads them)."""
    lines = markdown.splitlines()
    blocks = []
    index = 0
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        if opening is None:
            index += 1
            continue
        indent = opening["indent"]
        body = []
        end = index + 1
        while end < len(lines) and lines[end].strip() != "```":
            body.append(lines[end])
            end += 1
        above = next((line.strip() for line in reversed(lines[:index]) if line.strip()), "")
        code = textwrap.dedent("\n".join(line.removeprefix(indent) for line in body))
        blocks.append(Block(index + 1, opening["lang"].lower(), code + "\n", above == NO_RUN))
        index = end + 1
    return blocks


def test_code_blocks_are_found() -> None:
    page = "Text\n\n```python\nx = 1\n```\n\n<!-- no-run -->\n```python\ncluster()\n```\n"
    assert code_blocks(page) == [
        Block(3, "python", "x = 1\n", False),
        Block(8, "python", "cluster()\n", True),
    ]


def _python_blocks(page: Path) -> list[Block]:
    return [b for b in code_blocks(page.read_text(encoding="utf-8")) if b.lang in ("python", "py")]


RUNNABLE_PAGES = [p for p in PAGES if any(not b.no_run for b in _python_blocks(p))]
"""Pages with a Python block to run (cli.md, scale.md and others show only shell commands)."""


def test_most_pages_have_code_that_runs() -> None:
    assert ROOT / "README.md" in RUNNABLE_PAGES
    assert len(RUNNABLE_PAGES) >= len(PAGES) // 2


@pytest.mark.parametrize("page", RUNNABLE_PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_python_blocks_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = [block for block in _python_blocks(page) if not block.no_run]
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    where = page.relative_to(ROOT)
    for block in blocks:
        if block.code.lstrip().startswith(">>>"):
            _run_doctest(block, namespace, f"{where}:{block.line}")
            continue
        try:
            # Padded with blank lines, so a traceback gives the line number in the page.
            exec(compile("\n" * block.line + block.code, str(where), "exec"), namespace)
        except Exception:
            pytest.fail(
                f"the ```python block at {where}:{block.line} failed (make it run, or put "
                f"{NO_RUN} on the line above it if it cannot run on its own):\n"
                + traceback.format_exc(limit=-3)
            )


def _run_doctest(block: Block, namespace: dict[str, object], name: str) -> None:
    test = doctest.DocTestParser().get_doctest(block.code, namespace, name, name, block.line)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    report: list[str] = []
    runner.run(test, out=report.append, clear_globs=False)
    assert runner.failures == 0, "".join(report)
    namespace.update(test.globs)


def test_readme_and_docs_have_python_blocks() -> None:
    """The README's usage example and the model and quickstart pages are code that runs."""
    for name in ("README.md", "docs/quickstart.md", "docs/models.md"):
        blocks = _python_blocks(ROOT / name)
        assert [b for b in blocks if not b.no_run], f"{name} has no runnable Python block"
