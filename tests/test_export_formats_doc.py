"""``docs/formats.md`` shows real output: each example block is what the code gives for the sample.

Every fenced block that follows a ``<!-- output: FORMAT LINES -->`` marker holds the first LINES
lines of ``serialise(sample, FORMAT)``, then ``…`` when there is more. Regenerate the blocks
after a change with ``python -m tests.test_export_formats_doc``.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import newsitem.export
from newsitem import parse
from newsitem.export import FORMATS, serialise, to_ninjs, to_xhtml

from .conftest import DATA, SAMPLE_PATH

DOC = Path(__file__).parent.parent / "docs" / "formats.md"
BLOCK = re.compile(
    r"<!-- output: (?P<fmt>\w+) (?P<lines>\d+) -->\n```(?P<lang>\w*)\n(?P<body>.*?)```\n", re.S
)
LANGUAGES = {"json": "json", "ninjs": "json", "jsonld": "json", "markdown": "markdown"}


def output(fmt: str, lines: int) -> str:
    """The first ``lines`` lines of the sample in ``fmt``, and ``…`` when some are left out."""
    article = parse(SAMPLE_PATH.read_text(encoding="utf-8"))
    text = serialise(article, fmt)
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
    assert shown == set(FORMATS)


def test_examples_are_real_output() -> None:
    doc = DOC.read_text(encoding="utf-8")
    assert doc == regenerate(doc), "run: python -m tests.test_export_formats_doc"


def test_json_examples_are_cut_from_valid_json() -> None:
    article = parse(SAMPLE_PATH.read_text(encoding="utf-8"))
    for fmt in ("json", "ninjs", "jsonld"):
        assert isinstance(json.loads(serialise(article, fmt)), dict)


def test_formats_and_unknown_format() -> None:
    assert FORMATS == ("json", "ninjs", "jsonld", "markdown", "xhtml", "text")
    article = parse(SAMPLE_PATH.read_text(encoding="utf-8"))
    with pytest.raises(ValueError, match="unknown format 'yaml'"):
        serialise(article, "yaml")


def test_xhtml_is_a_format_of_its_own() -> None:
    """The ninjs rich body is reachable without ninjs: ``to_xhtml`` and ``serialise``."""
    article = parse(SAMPLE_PATH.read_text(encoding="utf-8"))
    xhtml = serialise(article, "xhtml")
    assert xhtml == to_xhtml(article) == to_ninjs(article)["bodies"][1]["value"]
    assert xhtml.startswith('<article xmlns="http://www.w3.org/1999/xhtml">\n<section ')
    assert xhtml.endswith('<p class="related">Go deeper</p>\n</article>')
    assert serialise(article, "xhtml", indent=None) == xhtml  # indent is for JSON only


def test_export_all_is_pinned_and_lazy() -> None:
    assert sorted(newsitem.export.__all__) == [
        "FORMATS",
        "json_schema",
        "serialise",
        "to_jsonld",
        "to_markdown",
        "to_ninjs",
        "to_xhtml",
    ]
    for name in newsitem.export.__all__:
        member = getattr(newsitem.export, name)
        assert name == "FORMATS" or member.__name__ == name
    with pytest.raises(AttributeError, match="has no attribute 'to_yaml'"):
        _ = newsitem.export.to_yaml


def test_every_valid_file_serialises_in_every_format() -> None:
    for path in sorted((DATA / "valid").glob("*.txt")):
        article = parse(path.read_text(encoding="utf-8"))
        for fmt in FORMATS:
            assert serialise(article, fmt).strip(), (path.name, fmt)


EXPORT = Path(__file__).parent.parent / "src" / "newsitem" / "export"
ALLOWED = ("newsitem.models", "newsitem._render", "newsitem.export", "newsitem._given_names")
"""What an exporter may import: the models, rendering, its own package and the table of given
names (data the parser's pronouns use too, outside the parser)."""


def test_exporters_import_models_and_render_only() -> None:
    """Arrows run one way: no exporter imports the parser or the face."""
    for path in sorted(EXPORT.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                if name == "newsitem" or name.startswith("newsitem."):
                    assert name.startswith(ALLOWED), f"{path.name} imports {name}"


def test_the_exporters_load_no_parser_stage() -> None:
    """Beyond what rendering loads, the exporters load no module of the parser."""
    code = (
        "import sys, newsitem._render\n"
        "before = set(sys.modules)\n"
        "import newsitem.export._common\n"
        "print(sorted(m for m in set(sys.modules) - before if m.startswith('newsitem._parser')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr


def test_importing_newsitem_loads_no_exporter() -> None:
    code = (
        "import sys, newsitem, newsitem.export\n"
        "loaded = [m for m in sys.modules if m.startswith(('newsitem.export.', 'jsonschema'))]\n"
        "print(sorted(loaded))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr  # json_schema too loads on first use


if __name__ == "__main__":
    DOC.write_text(regenerate(DOC.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"regenerated the examples in {DOC}")
