"""What the exporters share: the story body as text, credit lines, bylines, who the sources are.

Everything here reads :mod:`newsitem.models` (and :func:`newsitem.render`) only, and the
table of given names (:mod:`newsitem._given_names`) to recognise a person's first name.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Final, Literal

# The given-name table is plain data with a lookup (no parser state): the one piece of the
# parser an exporter reads, to tell "Margaret Court" (a person) from "Supreme Court".
from newsitem._given_names import gender_of_name
from newsitem._render import render
from newsitem.models import Article, Attribution, Bullet, Caption, Credit, Paragraph

__all__ = [
    "Byline",
    "EntityKind",
    "Source",
    "bare_credit",
    "body_text",
    "counted_text",
    "credit_line",
    "entity_kind",
    "join_names",
    "read_byline",
    "sources",
]

EntityKind = Literal["person", "organisation"]

SPEECH_CUES: Final[frozenset[str]] = frozenset(
    {"said", "says", "added", "adds", "told", "tells", "wrote", "writes", "asked", "argued"}
)
"""Cues that people use more than outlets do ("Price added", "Smith said")."""

DOCUMENT_CUES: Final[frozenset[str]] = frozenset(
    {"per", "according to", "via", "first reported by"}
)
"""Cues that cite a source rather than quote a speaker ("per Goldman Sachs"): an outlet, a
firm, a report. A name cited only with these, with no role and no known given name, is read
as an organisation."""

# fmt: off
ORGANISATION_WORDS: Final[frozenset[str]] = frozenset(
    {
        # outlets and wire services
        "ap", "afp", "axios", "bbc", "bloomberg", "cnn", "economist", "guardian", "news",
        "information", "journal", "npr", "politico", "post", "press", "reuters", "tass",
        "times", "verge", "xinhua", "atlantic", "agence", "france-presse", "wsj", "nyt",
        "media", "network", "magazine", "tribune", "herald", "telegraph", "radio",
        # institutions
        "administration", "agency", "alliance", "association", "authority", "bank", "board",
        "bureau", "center", "centers", "centre", "centres", "co", "coalition", "commission",
        "committee", "company", "congress", "corp", "corporation", "council", "court",
        "department", "endowment", "eu", "federation", "forum", "foundation", "fund", "government",
        "group", "holdings", "inc", "institute", "institution", "kremlin", "league", "llc", "ltd",
        "ministry", "nato", "office", "organisation", "organization", "partnership", "party",
        "pentagon", "plc", "police", "senate", "service", "services", "un", "union", "university",
    }
)
"""Words that make a name an organisation's wherever they stand ("The New York Times",
"Interior Ministry"). Not "Hill" or "White", which are surnames first: "The Hill" and "the
White House" have their "the", and "House" is a head noun."""

HEAD_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "analytics", "army", "assembly", "associates", "capital", "caucus", "chamber",
        "chronicle", "college", "command", "consulting", "cross", "economics", "embassy",
        "gazette", "hospital", "house", "industries", "international", "navy", "parliament",
        "partners", "research", "reserve", "school", "securities", "society", "technologies",
        "trust", "ventures", "watch",
    }
)
# fmt: on
"""Words that make a name an organisation's only as its head noun: its last word ("Amnesty
International", "Red Cross") or the word before "of" or "for" ("House of Commons"). Elsewhere
they describe a person ("a House aide", "a school principal") or are part of a surname."""

_WORD: Final = re.compile(r"[\w.&'-]+")
"""A word of a name, with the punctuation names keep inside words."""
_INITIAL: Final = re.compile(r"[^\W\d_]\.?")
"""A single initial ("A." in "Jennifer A. Kingson"), which says nothing about the name."""
_LINKS: Final[frozenset[str]] = frozenset({"of", "for"})
"""Words after an organisation's head noun: "Bank of Canada", "Center for American Progress"."""


@dataclass(frozen=True)
class _Evidence:
    """What the article says about one name: the input of the rules of :func:`entity_kind`."""

    name: str
    words: tuple[str, ...]
    """The name's words, single initials left out."""
    role: str | None
    cues: frozenset[str]
    written: tuple[str, ...]
    """The sources as written where the name was resolved ("the Red Cross")."""


def _by_role(evidence: _Evidence) -> EntityKind | None:
    """A role ("spokesperson Ned Price") is a person's."""
    return "person" if evidence.role else None


def _by_article(evidence: _Evidence) -> EntityKind | None:
    """A person's name never takes "the": "The New York Times", "according to the Red Cross"."""
    forms = (evidence.name, *evidence.written)
    return "organisation" if any(f.lower().startswith("the ") for f in forms) else None


_INSTITUTION_ENDINGS: Final[frozenset[str]] = frozenset(
    {"university", "college", "institute", "hospital", "police", "ministry", "department"}
    | {"council", "committee", "association", "foundation", "agency", "academy", "fc", "inc"}
    | {"corp", "llc", "ltd", "plc", "school", "club"}
)
"""Last words that make a name an institution's even after a given name: "Howard University",
"Victoria Police", "Chelsea FC" (a person's surname is none of these)."""


def _by_institution_ending(evidence: _Evidence) -> EntityKind | None:
    """A name ending with an institution's word ("Howard University") is an organisation's."""
    last = evidence.words[-1:]
    return "organisation" if last and last[0].lower().strip(".") in _INSTITUTION_ENDINGS else None


def _by_given_name_and_surname(evidence: _Evidence) -> EntityKind | None:
    """A known given name and one more word is a person, even if that word is also a noun.

    ("Margaret Court", "Emily Post": checked before the head nouns, which would take them.)
    """
    words = evidence.words
    return "person" if len(words) == 2 and gender_of_name(" ".join(words)) else None


def _by_organisation_word(evidence: _Evidence) -> EntityKind | None:
    """An organisation's word anywhere ("Interior Ministry"), or its head noun (see HEAD_NOUNS)."""
    lowered = [word.lower().strip(".'") for word in evidence.words]
    heads = {word for word, after in pairwise(lowered) if after in _LINKS}
    heads.update(lowered[-1:])
    if set(lowered) & ORGANISATION_WORDS or heads & HEAD_NOUNS:
        return "organisation"
    return None


def _by_capitals(evidence: _Evidence) -> EntityKind | None:
    """An acronym is an organisation's: "AP", "NWS Twin Cities"; "U.S." when alone.

    Dotted capitals beside other words are a person's initials ("J.R. Smith").
    """
    words = evidence.words
    for word in words:
        letters = word.replace(".", "")
        dotted = "." in word and len(words) > 1
        if len(letters) > 1 and letters.isupper() and not dotted:
            return "organisation"
    return None


def _by_given_name(evidence: _Evidence) -> EntityKind | None:
    """A name that opens with a known given name is a person's ("Ana María López")."""
    words = evidence.words
    return "person" if len(words) > 1 and gender_of_name(" ".join(words)) else None


def _by_single_word(evidence: _Evidence) -> EntityKind | None:
    """One word is an organisation's ("Reuters") unless it speaks ("Smith said")."""
    if len(evidence.words) != 1:
        return None
    return "person" if evidence.cues & SPEECH_CUES else "organisation"


def _by_document_cue(evidence: _Evidence) -> EntityKind | None:
    """A proper name only ever cited ("per Goldman Sachs"), never heard, is an organisation's.

    People in this style come with a role or a speech verb ("said Jane Doe"); a person cited
    alone whose given name is not in the table is read wrong (documented). A description in
    lower case ("according to people close to the talks") is no name, and is left alone.
    """
    cues = evidence.cues
    cited = bool(cues) and cues <= DOCUMENT_CUES
    return "organisation" if cited and evidence.name[:1].isupper() else None


_KIND_RULES: Final = (
    _by_role,
    _by_article,
    _by_institution_ending,
    _by_given_name_and_surname,
    _by_organisation_word,
    _by_capitals,
    _by_given_name,
    _by_single_word,
    _by_document_cue,
)
"""The rules of :func:`entity_kind`, in order: the first that decides wins."""


def entity_kind(
    name: str,
    *,
    role: str | None = None,
    cues: Collection[str] = (),
    written: Collection[str] = (),
) -> EntityKind:
    """Guess whether ``name`` (a resolved source or a credited creator) is a person.

    The models do not say; the rules of :data:`_KIND_RULES` decide, the first that can: a role
    makes a person; "the" an organisation; a known given name and a surname a person
    (:func:`~newsitem._given_names.gender_of_name`); an institution word ("Ministry"),
    a head noun ("Watch" last, "Bank" before "of") or an acronym an organisation; a known
    given name a person; one word is an organisation unless it speaks; a proper name only
    cited ("per", "according to") an organisation. Anything else is a person. ``cues`` are all
    the cues the name is attributed with, ``written`` the sources as written ("the Red Cross").
    ``docs/formats.md`` lists the rules with their limits.

    >>> entity_kind("Ned Price"), entity_kind("The New York Times"), entity_kind("AP")
    ('person', 'organisation', 'organisation')
    >>> entity_kind("Amnesty International", cues={"said"}), entity_kind("Anita Hill")
    ('organisation', 'person')
    >>> entity_kind("Goldman Sachs", cues={"per"}), entity_kind("Goldman Sachs", cues={"said"})
    ('organisation', 'person')
    """
    words = tuple(word for word in _WORD.findall(name) if not _INITIAL.fullmatch(word))
    evidence = _Evidence(name, words, role, frozenset(cues), tuple(written))
    for rule in _KIND_RULES:
        kind = rule(evidence)
        if kind is not None:
            return kind
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
    cues: set[str] = field(default_factory=set)
    """Every cue it is attributed with ("per", "said")."""
    written: list[str] = field(default_factory=list)
    """The sources as written where the name was resolved ("the Red Cross", "Price")."""


def sources(article: Article) -> list[Source]:
    """The distinct named sources of ``article`` in order of first appearance.

    Attributions of paragraphs and bullets and the attributions of quotes are merged by their
    resolved ``name``; the kind is decided on all of them (a role or a speech verb anywhere).
    """
    found: dict[str, Source] = {}

    def add(attribution: Attribution, *, speaker: bool) -> None:
        name = attribution.name.strip()
        if not name:
            return
        source = found.setdefault(name, Source(name=name, kind="organisation"))
        role = (attribution.role or "").strip()
        if role and role not in source.roles:
            source.roles.append(role)
        source.speaker = source.speaker or speaker
        source.cues.add(attribution.cue)
        if attribution.source not in source.written:
            source.written.append(attribution.source)

    for block in _text_blocks(article):
        for quote in block.quotes:
            if quote.attribution is not None:
                add(quote.attribution, speaker=True)
        for attribution in block.attributions:
            add(attribution, speaker=False)
    for source in found.values():
        role = source.roles[0] if source.roles else None
        source.kind = entity_kind(source.name, role=role, cues=source.cues, written=source.written)
    return list(found.values())


def _text_blocks(article: Article) -> list[Paragraph | Bullet]:
    """Paragraphs and bullets in document order."""
    return [b for s in article.sections for b in s.blocks if not isinstance(b, Caption)]


_BY: Final = re.compile(
    r"""
    \s*
    (?:story[ \t]+)?        # "Story by", as some sites write it
    by
    (?::|\s+|\Z)            # then a colon, spaces or nothing: "Byron Lee" keeps its "By"
    \s*
    """,
    re.IGNORECASE | re.VERBOSE,
)
"""The "By" that opens a byline ("By", "BY", "By:", "Story by"), with the spaces after it."""

_OUTLET_BAR: Final = re.compile(r"\s*\|\s*")
"""The bar before an outlet: "By Ann Roe, Ben Poe | The Daily Lantern"."""

_NAME_SEPARATOR: Final = re.compile(
    r"""
    \s*,\s*(?:(?i:and)\s+|&\s*)?    # a comma, maybe an Oxford "and": "A, B, and C"
    | \s+(?i:and)\s+                # "A and B", "A AND B"
    | \s*&\s*                       # "A & B"
    | \s*;\s*                       # "A; B"
    """,
    re.VERBOSE,
)
"""What stands between two names of a byline."""

_ASIDE: Final = re.compile(r"\s*\([^()]*\)")
"""A parenthesised aside after a name: "Ann Roe (@annroe)"."""

_SUFFIXES: Final[frozenset[str]] = frozenset({"jr", "sr", "ii", "iii", "iv"})
"""Suffixes that belong to the name before their comma: "Ben Poe, Jr."."""
_CREDENTIALS: Final[frozenset[str]] = frozenset({"md", "phd", "mph", "rn", "esq", "mba", "jd"})
"""Degrees after a name's comma ("Ann Roe, MD"): neither a name nor an outlet."""


@dataclass(frozen=True)
class Byline:
    """An article's byline, read for the exporters."""

    credit: str
    """The byline without its "By", spaces collapsed: "Ann Roe and Ben Poe", "Ann Roe, Axios"."""
    people: tuple[str, ...]
    """The people it names, in order, as written: ``("Ann Roe", "Ben Poe")``."""
    organisations: tuple[str, ...]
    """The outlets it names: "Axios" in "Ann Roe, Axios", or the whole credit ("Reuters")."""


def bare_credit(byline: str) -> str:
    """``byline`` without the "By" that opens it, its spaces collapsed.

    The rest is kept as written, an outlet after a comma or a bar included: the credit is a
    natural-language statement, and the exporters that want names use :func:`read_byline`.

    >>> bare_credit("By Ann Roe and Ben Poe"), bare_credit("BY  Ann Roe, Axios")
    ('Ann Roe and Ben Poe', 'Ann Roe, Axios')
    >>> bare_credit("Story by Ann Roe"), bare_credit("Byron Lee")
    ('Ann Roe', 'Byron Lee')
    """
    found = _BY.match(byline)
    rest = byline[found.end() :] if found is not None else byline
    return " ".join(rest.split())


def read_byline(article: Article) -> Byline | None:
    """The byline of ``article`` (under the headline, else on the dateline), or None.

    The names are split at commas, "and", "&" and ";"; what follows a bar ("| The Daily
    Lantern") is an outlet. A part is an outlet when :func:`entity_kind` reads it as an
    organisation ("Axios", "The Daily Lantern"); a part in lower case describes the name before
    it ("Ann Roe, editor of Lantern Weekly") and is left out, as are degrees ("MD") and asides
    in parentheses ("(@annroe)"); "Jr." stays with its name. Names in capitals are kept as
    written.

    >>> from newsitem import Article
    >>> byline = read_byline(Article(byline="By Ann Roe, Ben Poe and Cy Doe, Axios"))
    >>> byline.credit
    'Ann Roe, Ben Poe and Cy Doe, Axios'
    >>> byline.people, byline.organisations
    (('Ann Roe', 'Ben Poe', 'Cy Doe'), ('Axios',))
    """
    dateline = article.dateline
    byline = article.byline or (dateline.byline if dateline is not None else None)
    credit = bare_credit(byline or "")
    if not credit:
        return None
    names, *outlets = _OUTLET_BAR.split(credit)
    people: list[str] = []
    organisations = [outlet for outlet in outlets if outlet]
    for part in _NAME_SEPARATOR.split(names):
        _add_name(_ASIDE.sub("", part).strip(), people, organisations)
    return Byline(credit, tuple(people), tuple(organisations))


def _add_name(part: str, people: list[str], organisations: list[str]) -> None:
    """Add one part of a byline to the people or the outlets it names, or leave it out."""
    if not part or not part[0].isupper():
        return  # nothing, or a description: "editor of Lantern Weekly"
    bare = part.lower().replace(".", "")
    if bare in _CREDENTIALS:
        return
    if bare in _SUFFIXES and people:
        people[-1] = f"{people[-1]}, {part}"
        return
    # A name in capitals ("ANN ROE") is read in title case: capitals would make an acronym.
    shown = part.title() if part.isupper() and " " in part else part
    if entity_kind(shown) == "organisation":
        organisations.append(part)
    else:
        people.append(part)


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
