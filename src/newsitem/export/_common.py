"""What the exporters share: the story body as text, credit lines, and who the sources are.

Everything here reads :mod:`newsitem.models` (and :func:`newsitem.render`) only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final, Literal

from newsitem._render import render
from newsitem.models import Article, Attribution, Bullet, Caption, Credit, Paragraph

__all__ = [
    "EntityKind",
    "Source",
    "body_text",
    "counted_text",
    "credit_line",
    "entity_kind",
    "join_names",
    "sources",
]

EntityKind = Literal["person", "organisation"]

SPEECH_CUES: Final[frozenset[str]] = frozenset(
    {"said", "says", "added", "adds", "told", "tells", "wrote", "writes", "asked", "argued"}
)
"""Cues that people use more than outlets do ("Price added", "Smith said")."""

# fmt: off
ORGANISATION_WORDS: Final[frozenset[str]] = frozenset(
    {
        # outlets and wire services
        "ap", "afp", "axios", "bbc", "bloomberg", "cnn", "economist", "guardian", "hill",
        "information", "journal", "news", "npr", "politico", "post", "press", "reuters",
        "tass", "times", "verge", "xinhua", "atlantic", "agence", "france-presse", "wsj",
        "nyt", "media", "network", "magazine", "tribune", "herald", "telegraph", "radio",
        # institutions
        "administration", "agency", "alliance", "association", "authority", "bank",
        "board", "bureau", "center", "centre", "commission", "committee", "company",
        "congress", "corp", "corporation", "council", "court", "department", "eu",
        "federation", "foundation", "fund", "government", "group", "inc", "institute",
        "kremlin", "league", "ministry", "nato", "office", "organisation", "organization",
        "party", "pentagon", "police", "senate", "service", "un", "union", "university",
        "white",
    }
)
# fmt: on
"""Words that mark a name as an organisation ("The New York Times", "Interior Ministry")."""

_WORD: Final = re.compile(r"[\w.&'-]+")
"""A word of a name, with the punctuation names keep inside words."""


def entity_kind(name: str, *, role: str | None = None, cue: str | None = None) -> EntityKind:
    """Guess whether ``name`` (a resolved source or a credited creator) is a person.

    The models do not say; this is a small heuristic: a role ("spokesperson") makes a person, an
    institution word ("Times", "Ministry") or an all-capitals name ("AP") an organisation, a
    single word is an organisation unless it speaks ("Smith said"), anything else a person.

    >>> entity_kind("Ned Price"), entity_kind("The New York Times"), entity_kind("AP")
    ('person', 'organisation', 'organisation')
    """
    if role:
        return "person"
    words = _WORD.findall(name)
    lowered = {word.lower().strip(".'") for word in words}
    if lowered & ORGANISATION_WORDS or name.lower().startswith("the "):
        return "organisation"
    if any(len(word) > 1 and word.isupper() for word in words):
        return "organisation"
    if len(words) == 1 and cue not in SPEECH_CUES:
        return "organisation"
    return "person"


@dataclass
class Source:
    """A person or organisation the article attributes statements to."""

    name: str
    kind: EntityKind
    roles: list[str] = field(default_factory=list)
    """The roles written beside the name ("spokesperson"), in order, without repeats."""
    speaker: bool = False
    """Whether a quotation is attributed to it (else it is only cited: "per AP")."""


def sources(article: Article) -> list[Source]:
    """The distinct named sources of ``article`` in order of first appearance.

    Attributions of paragraphs and bullets and the attributions of quotes are merged by their
    resolved ``name``; a name with a role anywhere is a person.
    """
    found: dict[str, Source] = {}
    first_cue: dict[str, str] = {}

    def add(attribution: Attribution, *, speaker: bool) -> None:
        name = attribution.name.strip()
        if not name:
            return
        source = found.get(name)
        if source is None:
            source = found[name] = Source(name=name, kind="organisation")
            first_cue[name] = attribution.cue
        role = (attribution.role or "").strip()
        if role and role not in source.roles:
            source.roles.append(role)
        source.speaker = source.speaker or speaker

    for block in _text_blocks(article):
        for quote in block.quotes:
            if quote.attribution is not None:
                add(quote.attribution, speaker=True)
        for attribution in block.attributions:
            add(attribution, speaker=False)
    for name, source in found.items():
        role = source.roles[0] if source.roles else None
        source.kind = entity_kind(name, role=role, cue=first_cue[name])
    return list(found.values())


def _text_blocks(article: Article) -> list[Paragraph | Bullet]:
    """Paragraphs and bullets in document order."""
    return [b for s in article.sections for b in s.blocks if not isinstance(b, Caption)]


def credit_line(credit: Credit) -> str:
    """The credit as printed under the image: head and text ("Photo: Valery Sharifulin/TASS")."""
    if not credit.head:
        return credit.text
    return f"{credit.head} {credit.text}" if credit.text else credit.head


def join_names(names: list[str]) -> str:
    """``["A", "B", "C"]`` -> ``"A, B and C"``.

    >>> join_names(["Valery Sharifulin"]), join_names(["A", "B", "C"])
    ('Valery Sharifulin', 'A, B and C')
    """
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def body_text(article: Article) -> str:
    """The story in the house style without dateline, headline and byline (captions kept)."""
    return render(article.model_copy(update={"dateline": None, "headline": None, "byline": None}))


def counted_text(article: Article) -> str:
    """The story text that word and character counts are about: no captions, no bullet glyphs.

    Labels (with their colon), paragraphs, bullets and "Go deeper" lines, one per line.
    """
    parts: list[str] = []
    for section in article.sections:
        if section.label is not None:
            parts.append(f"{section.label}:")
        for block in section.blocks:
            if isinstance(block, Caption):
                continue
            if isinstance(block, Bullet) and block.label is not None:
                parts.append(f"{block.label}:")
            parts.append(block.text)
    for link in article.related:
        parts.append("Go deeper" if link.text == "Go deeper" else f"Go deeper: {link.text}")
    return "\n".join(part for part in parts if part)
