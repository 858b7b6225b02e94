"""The JSON Schema of Article: committed copy, draft 2020-12, and every article valid against it."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from jsonschema import Draft202012Validator, FormatChecker

import newsitem
from newsitem import Article, parse, render
from newsitem.export.schema import SCHEMA_ID, dumps, example_article, json_schema

from .export_strategies import articles

ROOT = Path(__file__).parent.parent
COMMITTED = ROOT / "schema" / "article.schema.json"
FORMATS = FormatChecker(formats=())


@FORMATS.checks("date", raises=ValueError)
def is_date(value: object) -> bool:
    return not isinstance(value, str) or isinstance(date.fromisoformat(value), date)


@pytest.fixture(scope="module")
def committed() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(COMMITTED.read_text(encoding="utf-8"))
    return schema


@pytest.fixture(scope="module")
def validator(committed: dict[str, Any]) -> Draft202012Validator:
    return Draft202012Validator(committed, format_checker=FORMATS)


def problems(validator: Draft202012Validator, article: Article) -> list[str]:
    instance = json.loads(article.model_dump_json())
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(instance)]


def test_committed_schema_is_the_generated_one() -> None:
    """A model change must come with ``python schema/generate.py`` (a visible diff)."""
    assert COMMITTED.read_text(encoding="utf-8") == dumps(json_schema())


def test_generate_script_checks_the_committed_file() -> None:
    script = ROOT / "schema" / "generate.py"
    result = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert (result.returncode, result.stderr) == (0, "")


def test_face_and_export_give_the_same_schema() -> None:
    assert newsitem.json_schema() == json_schema()
    assert newsitem.SCHEMA_ID == SCHEMA_ID


def test_schema_is_a_valid_draft_2020_12_schema(committed: dict[str, Any]) -> None:
    Draft202012Validator.check_schema(committed)
    assert committed["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert committed["$id"] == SCHEMA_ID
    assert committed["title"] == "newsitem Article"


def test_descriptions_come_from_the_docstrings(committed: dict[str, Any]) -> None:
    fields = committed["properties"]
    assert fields["headline"]["description"] == Article.model_fields["headline"].description
    quote = committed["$defs"]["Quote"]["properties"]["text"]["description"]
    assert quote.startswith("The words between the quote marks")
    undocumented = [
        f"{name}.{field}"
        for name, definition in committed["$defs"].items()
        for field, spec in definition["properties"].items()
        if not spec.get("description")
    ]
    assert undocumented == []


def test_every_definition_has_a_valid_example(committed: dict[str, Any]) -> None:
    definitions = committed["$defs"]
    assert sorted(name for name, d in definitions.items() if d.get("examples")) == sorted(
        definitions
    )
    for name, definition in definitions.items():
        sub = {"$ref": f"#/$defs/{name}", "$defs": definitions}
        for example in definition["examples"]:
            assert list(Draft202012Validator(sub).iter_errors(example)) == [], name
    for example in committed["examples"]:
        assert Article.model_validate(example) == example_article()


def test_example_article_is_what_the_parser_makes_of_its_text() -> None:
    article = example_article()
    assert parse(render(article)) == article


def test_sample_validates(validator: Draft202012Validator, sample_text: str) -> None:
    assert problems(validator, parse(sample_text)) == []


def test_invalid_corpus_validates(validator: Draft202012Validator) -> None:
    """Articles with diagnostics of every code are still valid instances."""
    paths = sorted((ROOT / "tests" / "data" / "invalid").iterdir())
    assert paths
    for path in paths:
        article = parse(path.read_bytes())
        assert problems(validator, article) == [], path.name


@given(articles())
def test_generated_articles_validate(validator: Draft202012Validator, article: Article) -> None:
    assert problems(validator, article) == []


def test_schema_rejects_what_the_model_rejects(validator: Draft202012Validator) -> None:
    good = json.loads(example_article().model_dump_json())
    assert list(validator.iter_errors(good)) == []
    for broken in (
        {**good, "extra": 1},
        {**good, "headline": 5},
        {**good, "sections": [{"label": None}]},
        {**good, "dateline": {**good["dateline"], "date": "6 Jan 2022"}},
    ):
        assert list(validator.iter_errors(broken)) != []
