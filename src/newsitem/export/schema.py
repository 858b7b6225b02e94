"""The JSON Schema (draft 2020-12) of :class:`~newsitem.models.Article` as serialised to JSON.

It describes what ``article.model_dump_json()`` writes: titles and descriptions come from the
models' field docstrings, ``$id`` is :data:`SCHEMA_ID`, and every model's definition carries an
example taken from one small article built here (so the examples are valid by construction).
The copy committed at ``schema/article.schema.json`` is regenerated with
``python schema/generate.py`` (``--check`` only compares); ``tests/test_schema.py`` keeps the
two equal.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any, Final

from pydantic import BaseModel

from newsitem.models import (
    Article,
    Attribution,
    Boilerplate,
    Bullet,
    Caption,
    Credit,
    Dateline,
    Diagnostic,
    Link,
    Paragraph,
    Quote,
    Section,
    Span,
)

__all__ = ["SCHEMA_DIALECT", "SCHEMA_ID", "dumps", "example_article", "json_schema"]

SCHEMA_ID: Final = "https://newsitem.dev/schema/article.schema.json"
"""The ``$id`` of the JSON Schema of :class:`Article`."""
SCHEMA_DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"
TITLE: Final = "newsitem Article"


def example_article() -> Article:
    """A small article in the house style, built field by field.

    It is what :func:`newsitem.parse` makes of its text, ``render(example_article())``::

        Jan 6, 2022 - World

        Forces sent to Kazakhstan

        The big picture: Forces arrived, per AP. "It is a peacekeeping mission," Ned Price said.

          • Troops arrived Thursday.

        Protesters in Almaty. Photo: Abduaziz Madyarov/AFP via Getty Images

        Go deeper: What is happening in Kazakhstan
    """
    per_ap = Attribution(
        text="per AP",
        source="AP",
        name="The Associated Press",
        cue="per",
        span=Span(start=81, end=87),
    )
    said = Attribution(
        text="Ned Price said",
        source="Ned Price",
        name="Ned Price",
        cue="said",
        span=Span(start=121, end=135),
    )
    quote = Quote(
        text="It is a peacekeeping mission", attribution=said, span=Span(start=90, end=118)
    )
    paragraph = Paragraph(
        text=f'Forces arrived, per AP. "{quote.text}," Ned Price said.',
        quotes=[quote],
        attributions=[per_ap, said],
        span=Span(start=65, end=136),
    )
    bullet = Bullet(text="Troops arrived Thursday.", span=Span(start=140, end=166))
    credit = Credit(
        head="Photo:",
        text="Abduaziz Madyarov/AFP via Getty Images",
        kind="photo",
        creators=["Abduaziz Madyarov"],
        agency="AFP",
        distributor="Getty Images",
        span=Span(start=190, end=235),
    )
    caption = Caption(text="Protesters in Almaty.", credit=credit, span=Span(start=168, end=235))
    return Article(
        dateline=Dateline(
            text="Jan 6, 2022 - World",
            date=date(2022, 1, 6),
            category="World",
            span=Span(start=0, end=19),
        ),
        headline="Forces sent to Kazakhstan",
        headline_span=Span(start=21, end=46),
        sections=[
            Section(label=None, kind="lede", span=Span(start=46, end=46)),
            Section(
                label="The big picture",
                kind="the_big_picture",
                blocks=[paragraph, bullet, caption],
                label_span=Span(start=48, end=64),
                span=Span(start=48, end=235),
            ),
        ],
        related=[Link(text="What is happening in Kazakhstan", span=Span(start=237, end=279))],
    )


def _examples(article: Article) -> dict[str, Any]:
    """One JSON example per model name: the first instance of it in ``article``, or one made here.

    Boilerplate and diagnostics do not appear in the example article (it is clean); theirs are
    what the parser reports for a sign-up line after it and for a quote without a speaker.
    """
    found: dict[str, Any] = {}

    def visit(value: object) -> None:
        if isinstance(value, BaseModel):
            found.setdefault(type(value).__name__, value.model_dump(mode="json"))
            for name in type(value).model_fields:
                visit(getattr(value, name))
        elif isinstance(value, list):
            for item in value:
                visit(item)

    visit(article)
    found["Boilerplate"] = Boilerplate(
        kind="signup",
        text="Sign up for Axios Login, the newsletter about tech.",
        span=Span(start=281, end=332),
    ).model_dump(mode="json")
    found["Diagnostic"] = Diagnostic(
        code="NI502",
        severity="info",
        message="quote without a speaker next to it",
        line=5,
        column=19,
        span=Span(start=66, end=94),
    ).model_dump(mode="json")
    return found


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of :class:`Article` as serialised to JSON.

    >>> schema = json_schema()
    >>> schema["$schema"], schema["$id"], schema["title"]
    ('https://json-schema.org/draft/2020-12/schema', \
'https://newsitem.dev/schema/article.schema.json', 'newsitem Article')
    """
    schema = Article.model_json_schema(mode="serialization")
    examples = _examples(example_article())
    for name, definition in schema.get("$defs", {}).items():
        if name in examples:
            definition["examples"] = [examples[name]]
    root = {
        "$schema": SCHEMA_DIALECT,
        "$id": SCHEMA_ID,
        "title": TITLE,
        **{key: value for key, value in schema.items() if key != "title"},
        "examples": [examples["Article"]],
    }
    return root


def dumps(schema: dict[str, Any]) -> str:
    """The schema as the committed file holds it: two-space indent, UTF-8, final newline."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
