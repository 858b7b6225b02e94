"""The scripts in ``examples/``: each runs, from any directory, and prints what it promises."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
RUN_HERE = ["parse_sample.py", "quotes_and_speakers.py", "print_schema.py", "validate_article.py"]
"""The examples this file runs (``dask_corpus.py`` needs a Dask cluster: see test_dask.py)."""


def run_example(name: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run ``examples/NAME`` from ``cwd``: the examples find their input next to themselves."""
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / name)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.py")), ids=lambda p: p.name)
def test_every_example_opens_with_a_docstring(path: Path) -> None:
    module = ast.parse(path.read_text(encoding="utf-8"))
    docstring = ast.get_docstring(module)
    assert docstring is not None, f"{path.name} has no module docstring"
    assert len(docstring.split()) >= 8, f"{path.name}: the docstring should say what it shows"
    assert isinstance(module.body[0], ast.Expr), "the docstring comes first"


def test_every_example_but_dask_is_run_here() -> None:
    assert sorted(p.name for p in EXAMPLES.glob("*.py")) == sorted([*RUN_HERE, "dask_corpus.py"])


def test_parse_sample(tmp_path: Path) -> None:
    out = run_example("parse_sample.py", tmp_path).stdout
    assert "dateline: 2022-01-06 (World)" in out
    assert "headline: Russia-led alliance sends forces to Kazakhstan as unrest intensifies" in out
    assert "5 sections:" in out
    assert "what_theyre_saying" in out
    assert "[paragraph, bullet, bullet, bullet, caption]" in out
    assert "5 paragraphs, 7 bullets" in out
    assert "3 captions:" in out
    assert out.count("photo: Valery Sharifulin / TASS via Getty Images") == 2
    assert "photo: Abduaziz Madyarov / AFP via Getty Images" in out
    assert "related: ['Go deeper']" in out


def test_quotes_and_speakers(tmp_path: Path) -> None:
    out = run_example("quotes_and_speakers.py", tmp_path).stdout
    assert out.startswith("4 quotes:")
    assert "speaker: The New York Times  ['the New York Times notes', cue 'notes']" in out
    assert "“a band of international terrorists”\n   speaker: (none next to the quote)" in out
    assert "speaker: Ned Price, spokesperson" in out
    assert "speaker: Ned Price  ['Price added', cue 'added']" in out
    assert "'per the Times'" in out
    assert "-> The Associated Press" in out


def test_print_schema(tmp_path: Path) -> None:
    done = run_example("print_schema.py", tmp_path)
    schema = json.loads(done.stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert {"dateline", "headline", "sections", "related", "diagnostics"} <= set(
        schema["properties"]
    )
    assert {"Section", "Paragraph", "Bullet", "Caption", "Quote"} <= set(schema["$defs"])
    assert "the sample validates against" in done.stderr


def test_validate_article(tmp_path: Path) -> None:
    out = run_example("validate_article.py", tmp_path).stdout
    assert "== kazakhstan-2022-01-06.txt: 2 diagnostics" in out
    careless = out.split("== a careless scrape:")[1]
    for code in ("NI204", "NI302", "NI306", "NI501"):
        assert f"{code} " in careless
    # Each diagnostic is shown with its source line and a caret under the column.
    assert '  8 | The big picture: Dozens of people have been killed, "AP reports.\n' in careless
    assert "\n    |                                                     ^\n" in careless
    assert "strict parse raised ParseError: NI202 error:" in out
