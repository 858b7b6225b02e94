"""``docs/formats.md`` shows real output: each example block is what the code gives for the sample.

Every fenced block that follows a ``<!-- output: FORMAT LINES -->`` marker holds the first LINES
lines of ``serialise(sample, FORMAT)`` (``xhtml``: the ninjs XHTML body), then ``…`` when there
is more. Regenerate the blocks after a change with ``python -m tests.test_export_formats_doc``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from newsitem import parse
from newsitem.export import FORMATS, serialise, to_ninjs

from .conftest import SAMPLE_PATH

DOC = Path(__file__).parent.parent / "docs" / "formats.md"
BLOCK = re.compile(
    r"<!-- output: (?P<fmt>\w+) (?P<lines>\d+) -->\n```(?P<lang>\w*)\n(?P<body>.*?)```\n", re.S
)
LANGUAGES = {"json": "json", "ninjs": "json", "jsonld": "json", "markdown": "markdown"}


def output(fmt: str, lines: int) -> str:
    """The first ``lines`` lines of the sample in ``fmt``, and ``…`` when some are left out."""
    article = parse(SAMPLE_PATH.read_text(encoding="utf-8"))
    text = to_ninjs(article)["bodies"][1]["value"] if fmt == "xhtml" else serialise(article, fmt)
    all_lines = text.rstrip("\n").split("\n")
    shown = all_lines[:lines] + (["…"] if len(all_lines) > lines else [])
    return "\n".join(shown) + "\n"


def regenerate(doc: str) -> str:
    def fill(match: re.Match[str]) -> str:
        fmt, lines = match["fmt"], int(match["lines"])
        lang = LANGUAGES.get(fmt, "xml" if fmt == "xhtml" else "text")
        return f"<!-- output: {fmt} {lines} -->\n```{lang}\n{output(fmt, lines)}```\n"

    return BLOCK.sub(fill, doc)


def test_every_format_is_shown() -> None:
    shown = {match["fmt"] for match in BLOCK.finditer(DOC.read_text(encoding="utf-8"))}
    assert shown == {*FORMATS, "xhtml"}


def test_examples_are_real_output() -> None:
    doc = DOC.read_text(encoding="utf-8")
    assert doc == regenerate(doc), "run: python -m tests.test_export_formats_doc"


def test_json_examples_are_cut_from_valid_json() -> None:
    article = parse(SAMPLE_PATH.read_text(encoding="utf-8"))
    for fmt in ("json", "ninjs", "jsonld"):
        assert isinstance(json.loads(serialise(article, fmt)), dict)


if __name__ == "__main__":
    DOC.write_text(regenerate(DOC.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"regenerated the examples in {DOC}")
