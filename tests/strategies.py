"""Hypothesis strategies: house-style articles built as models, house-style lines, mutations.

:func:`articles` builds :class:`~newsitem.Article` models whose every field is what the parser
must produce for ``render(article)``: the text of each paragraph and bullet is put together from
parts (plain sentences, quotations, attribution phrases), and its ``quotes`` and
``attributions`` are computed from those parts -- never by calling the parser. Words come from
fixed vocabularies, so the rendered text reads one way only:

- plain words are lower case and are no cue, verb of speech, credit head or label word;
- captions use their own word list, so a caption never reads as the alt text of a paragraph;
- every sentence ends with a full stop, so no line continues the one before it.

Spans are not generated (they are all ``0..0``): tests compare through
``tests.helpers.strip_positions``.

:func:`mutations` changes a fixture article in ways that must not change its structure (line
endings, trailing spaces, tabs, blank lines, bullet glyphs, quote marks, a BOM, Unicode
normalisation forms, a leading space on an alt line).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from hypothesis import strategies as st

from newsitem import (
    Article,
    Attribution,
    Bullet,
    Caption,
    Credit,
    Dateline,
    Link,
    Paragraph,
    Quote,
    Section,
    Span,
)

NOWHERE = Span(start=0, end=0)
"""The span of generated elements: positions are compared apart."""

# Vocabularies --------------------------------------------------------------------------------

WORDS = [
    "budget",
    "council",
    "river",
    "bridge",
    "vote",
    "plan",
    "school",
    "market",
    "water",
    "road",
    "park",
    "rate",
    "board",
    "town",
    "fund",
    "crop",
    "rail",
    "port",
    "grid",
    "tower",
    "wall",
    "field",
    "farm",
    "mill",
    "harbor",
    "dam",
    "tunnel",
    "clinic",
    "library",
    "museum",
    "moved",
    "rose",
    "fell",
    "grew",
    "stalled",
    "opened",
    "closed",
    "passed",
    "slowed",
    "doubled",
    "late",
    "early",
    "new",
    "old",
    "quiet",
    "busy",
    "long",
    "short",
    "wide",
    "cheap",
    "costly",
    "in",
    "on",
    "at",
    "near",
    "over",
    "under",
    "after",
    "before",
    "the",
    "a",
    "with",
]
"""Plain words: no cue ("per", "according"), no verb of speech, no credit head, no name."""

CAP_WORDS = [
    "Budget",
    "Council",
    "River",
    "Bridge",
    "Vote",
    "Plan",
    "School",
    "Market",
    "Water",
    "Road",
    "Park",
    "Rate",
    "Board",
    "Town",
    "Fund",
    "Crop",
    "Rail",
    "Port",
    "Grid",
    "Tower",
    "Farm",
    "Mill",
    "Harbor",
    "Tunnel",
    "Clinic",
]
"""Words that start a sentence."""

IMAGE_WORDS = [
    "crowds",
    "gather",
    "protesters",
    "march",
    "workers",
    "repair",
    "firefighters",
    "battle",
    "smoke",
    "rises",
    "snow",
    "covers",
    "children",
    "play",
    "lanterns",
    "glow",
    "boats",
    "drift",
    "trucks",
    "wait",
    "cranes",
    "lift",
]
"""Words of captions and alt text, disjoint from :data:`WORDS`."""

IMAGE_CAP_WORDS = [
    "Crowds",
    "Protesters",
    "Workers",
    "Firefighters",
    "Children",
    "Boats",
    "Trucks",
    "Cranes",
]

QUOTE_WORDS = [
    "we",
    "will",
    "not",
    "stop",
    "this",
    "is",
    "a",
    "fair",
    "deal",
    "it",
    "works",
    "for",
    "everyone",
    "here",
    "now",
]
"""Words inside quotations."""

PEOPLE = (
    ("Maria", "Lopez"),
    ("Tom", "Reed"),
    ("Anna", "Berg"),
    ("Omar", "Haddad"),
    ("Lena", "Fischer"),
    ("Raj", "Patel"),
    ("Jos\u00e9", "Mart\u00ednez"),
    ("Chloe", "Nakamura"),
)
"""People of the stories: every surname is unique, so a lone surname names one person."""

ROLES_ANY = ("spokesperson", "Mayor", "Gov.", "Deputy Mayor", "Foreign Minister")
"""Roles before a name after "per" / "according to"."""

ROLES_CAPITALISED = ("Mayor", "Gov.", "Deputy Mayor", "Foreign Minister")
"""Roles before a speaker's name ("Mayor Anna Berg said"): capitalised, so the name reads as one."""

OUTLETS = (
    ("AP", "The Associated Press"),
    ("Reuters", "Reuters"),
    ("Bloomberg", "Bloomberg"),
    ("the New York Times", "The New York Times"),
    ("the Washington Post", "The Washington Post"),
    ("CNN", "CNN"),
    ("Politico", "Politico"),
    ("NPR", "NPR"),
)
"""Outlets as written -> the name the parser resolves them to."""

KNOWN_LABELS = (
    "Why it matters",
    "The big picture",
    "Driving the news",
    "Between the lines",
    "What they're saying",
    "What they\u2019re saying",
    "Yes, but",
    "By the numbers",
    "Zoom in",
    "Zoom out",
    "The bottom line",
    "What's next",
    "What to watch",
    "Flashback",
    "Context",
    "Details",
    "Of note",
    "Reality check",
    "State of play",
    "Catch up quick",
    "Our thought bubble",
    "The intrigue",
    "Be smart",
    "The latest",
    "Threat level",
    "How it works",
    "Worth noting",
    "Situational awareness",
    "Stunning stat",
    "1 big thing",
    "Editor's note",
)
"""Labels of the vocabulary in ``labels.py``, as writers capitalise them."""

COINED_LABEL_WORDS = [
    "outlook",
    "watch",
    "angle",
    "ledger",
    "tally",
    "map",
    "picture",
    "corner",
    "math",
]
"""Second words of coined labels ("River outlook")."""

AGENCIES = ("AP", "AFP", "Reuters", "TASS", "Axios", "Getty Images", "Bloomberg", "EPA")
DISTRIBUTORS = ("Getty Images", "Shutterstock", "Reuters")
CATEGORIES = ("World", "Politics & Policy", "Economy & Business", "Technology", "Health", "Sports")
MONTHS = (
    ("Jan", "January"),
    ("Feb", "February"),
    ("Mar", "March"),
    ("Apr", "April"),
    ("May", "May"),
    ("Jun", "June"),
    ("Jul", "July"),
    ("Aug", "August"),
    ("Sep", "September"),
    ("Oct", "October"),
    ("Nov", "November"),
    ("Dec", "December"),
)


def kind_of_label(label: str) -> str:
    """Snake case of a label without punctuation, computed here independently of the parser."""
    plain = label.replace("\u2019", "'").lower()
    words = ["".join(ch for ch in word if ch.isalnum()) for word in plain.split()]
    return "_".join(word for word in words if word)


# Text pieces -----------------------------------------------------------------------------------


@dataclass
class Piece:
    """A run of text with the quotes and attributions it holds (names resolved later)."""

    text: str
    quotes: list[tuple[str, int | None]] = field(default_factory=list)
    """(quote text, index into ``attributions`` of its speaker)."""
    attributions: list[dict[str, str | None]] = field(default_factory=list)
    """Attribution fields; ``name`` None means: resolve the lone surname ``source``."""
    mentions: list[str] = field(default_factory=list)
    """Full names written in the text (they let a later lone surname resolve)."""


def _words(draw: st.DrawFn, vocabulary: list[str] | tuple[str, ...], lo: int, hi: int) -> str:
    return " ".join(draw(st.lists(st.sampled_from(vocabulary), min_size=lo, max_size=hi)))


def _clause(draw: st.DrawFn) -> str:
    """A capitalised clause without final punctuation: "Budget vote moved near the dam"."""
    return f"{draw(st.sampled_from(CAP_WORDS))} {_words(draw, WORDS, 1, 6)}"


def _quoted(draw: st.DrawFn) -> str:
    words = _words(draw, QUOTE_WORDS, 1, 6)
    return words[0].upper() + words[1:]


def _marks(draw: st.DrawFn) -> tuple[str, str]:
    return draw(st.sampled_from([('"', '"'), ("\u201c", "\u201d")]))


@st.composite
def _person(draw: st.DrawFn) -> tuple[str, str]:
    first, last = draw(st.sampled_from(PEOPLE))
    return f"{first} {last}", last


@st.composite
def _source(
    draw: st.DrawFn, roles: tuple[str, ...]
) -> tuple[str, dict[str, str | None], list[str]]:
    """A source as written, its attribution fields, and the full names it mentions."""
    kind = draw(st.sampled_from(["outlet", "person", "role", "surname"]))
    if kind == "outlet":
        written, name = draw(st.sampled_from(OUTLETS))
        return written, {"source": written, "name": name, "role": None}, []
    full, last = draw(_person())
    if kind == "person":
        return full, {"source": full, "name": full, "role": None}, [full]
    if kind == "role":
        role = draw(st.sampled_from(roles))
        written = f"{role} {full}"
        return written, {"source": written, "name": full, "role": role}, [full]
    return last, {"source": last, "name": None, "role": None, "surname": last}, []


@st.composite
def pieces(draw: st.DrawFn) -> Piece:
    """One sentence, with the quotes and attributions it holds."""
    shape = draw(
        st.sampled_from(
            [
                "plain",
                "per",
                "according",
                "reports",
                "notes",
                "said_that",
                "added_that",
                "told",
                "quote_then_speaker",
                "quote_then_inverted",
                "speaker_told_quote",
                "quote_according",
                "quote_unattributed",
            ]
        )
    )
    clause = _clause(draw)
    opening, closing = _marks(draw)
    if shape == "plain":
        return Piece(f"{clause}.")
    if shape in ("per", "according"):
        # "per" takes a capitalised source only ("per capita" is no attribution).
        written, fields, mentions = draw(
            _source(ROLES_CAPITALISED if shape == "per" else ROLES_ANY)
        )
        cue = "per" if shape == "per" else "according to"
        phrase = f"{cue} {written}"
        return Piece(f"{clause}, {phrase}.", [], [{**fields, "text": phrase, "cue": cue}], mentions)
    if shape in ("reports", "notes"):
        written, fields, mentions = draw(_source(ROLES_CAPITALISED))
        phrase = f"{written} {shape}"
        return Piece(
            f"{clause}, {phrase}.", [], [{**fields, "text": phrase, "cue": shape}], mentions
        )
    if shape in ("said_that", "added_that", "told"):
        written, fields, mentions = draw(_source(ROLES_CAPITALISED))
        verb = {"said_that": "said", "added_that": "added", "told": "told"}[shape]
        phrase = f"{written} {verb}" + (" Axios" if verb == "told" else "")
        rest = _words(draw, WORDS, 1, 5)
        return Piece(
            f"{phrase} that {rest}.", [], [{**fields, "text": phrase, "cue": verb}], mentions
        )
    quote = _quoted(draw)
    if shape == "quote_then_speaker":
        written, fields, mentions = draw(_source(ROLES_CAPITALISED))
        verb = draw(st.sampled_from(["said", "added", "notes", "reports"]))
        phrase = f"{written} {verb}"
        text = f"{opening}{quote},{closing} {phrase}."
        return Piece(text, [(quote, 0)], [{**fields, "text": phrase, "cue": verb}], mentions)
    if shape == "quote_then_inverted":
        full, _last = draw(_person())
        verb = draw(st.sampled_from(["said", "added"]))
        phrase = f"{verb} {full}"
        text = f"{opening}{quote},{closing} {phrase}."
        fields = {"source": full, "name": full, "role": None, "text": phrase, "cue": verb}
        return Piece(text, [(quote, 0)], [fields], [full])
    if shape == "speaker_told_quote":
        written, fields, mentions = draw(_source(ROLES_CAPITALISED))
        phrase = f"{written} told Axios"
        text = f"{phrase}: {opening}{quote}.{closing}"
        return Piece(
            text, [(f"{quote}.", 0)], [{**fields, "text": phrase, "cue": "told"}], mentions
        )
    if shape == "quote_according":
        written, fields, mentions = draw(_source(ROLES_ANY))
        phrase = f"according to {written}"
        text = f"{clause} {opening}{quote},{closing} {phrase}."
        return Piece(
            text, [(quote, 0)], [{**fields, "text": phrase, "cue": "according to"}], mentions
        )
    # An unattributed quotation in the middle of a sentence: nothing stands next to it.
    tail = _words(draw, WORDS, 1, 4)
    return Piece(f"{clause} {opening}{quote}{closing} {tail}.", [(quote, None)])


def _join(parts: list[Piece]) -> Piece:
    joined = Piece(" ".join(part.text for part in parts))
    for part in parts:
        offset = len(joined.attributions)
        joined.quotes += [(q, None if i is None else i + offset) for q, i in part.quotes]
        joined.attributions += part.attributions
        joined.mentions += part.mentions
    return joined


@st.composite
def paragraph_pieces(draw: st.DrawFn, *, capital_start: bool = False) -> Piece:
    """The text of one paragraph or bullet: one to four sentences."""
    parts = draw(st.lists(pieces(), min_size=1, max_size=4))
    if capital_start:
        # After a coined label the text must start with a capital (not a quote mark).
        parts[0] = Piece(f"{_clause(draw)}.")
    return _join(parts)


# Credits and captions ----------------------------------------------------------------------------


def _creator(draw: st.DrawFn) -> str:
    first, last = draw(st.sampled_from(PEOPLE))
    return f"{first} {last}"


@st.composite
def credits(draw: st.DrawFn) -> Credit:
    """A credit line of every kind the house style writes."""
    kind = draw(
        st.sampled_from(
            [
                "via",
                "slash",
                "for",
                "agency",
                "several",
                "illustration",
                "photo_illustration",
                "chart",
                "chart_data",
                "courtesy",
                "photo_courtesy",
                "agency_first",
            ]
        )
    )
    creator = _creator(draw)
    agency = draw(st.sampled_from(AGENCIES))
    if kind == "via":
        distributor = draw(st.sampled_from(DISTRIBUTORS))
        body = f"{creator}/{agency} via {distributor}"
        return Credit(
            head="Photo:",
            text=body,
            kind="photo",
            creators=[creator],
            agency=agency,
            distributor=distributor,
            span=NOWHERE,
        )
    if kind in ("slash", "illustration", "photo_illustration", "chart"):
        head, credit_kind = {
            "slash": ("Photo:", "photo"),
            "illustration": ("Illustration:", "illustration"),
            "photo_illustration": ("Photo illustration:", "photo_illustration"),
            "chart": ("Chart:", "chart"),
        }[kind]
        return Credit(
            head=head,
            text=f"{creator}/{agency}",
            kind=credit_kind,  # type: ignore[arg-type]
            creators=[creator],
            agency=agency,
            span=NOWHERE,
        )
    if kind == "for":
        return Credit(
            head="Photo:",
            text=f"{creator} for {agency}",
            kind="photo",
            creators=[creator],
            agency=agency,
            span=NOWHERE,
        )
    if kind == "agency":
        return Credit(head="Photo:", text=agency, kind="photo", agency=agency, span=NOWHERE)
    if kind == "several":
        names = draw(st.lists(st.sampled_from(PEOPLE), min_size=2, max_size=3, unique=True))
        people = [f"{first} {last}" for first, last in names]
        written = (
            " and ".join(people)
            if len(people) == 2
            else f"{people[0]}, {people[1]} and {people[2]}"
        )
        return Credit(
            head="Photo:",
            text=f"{written}/{agency}",
            kind="photo",
            creators=people,
            agency=agency,
            span=NOWHERE,
        )
    if kind == "chart_data":
        data = draw(st.sampled_from(["Census Bureau", "Pew Research Center", "BLS"]))
        return Credit(
            head="Data:",
            text=f"{data}; Chart: {creator}/Axios",
            kind="chart",
            creators=[creator],
            agency="Axios",
            data_source=data,
            span=NOWHERE,
        )
    if kind in ("courtesy", "photo_courtesy"):
        head = "Courtesy of" if kind == "courtesy" else "Photo: Courtesy of"
        if kind == "photo_courtesy":
            return Credit(
                head="Photo:",
                text=f"Courtesy of {creator}",
                kind="courtesy",
                creators=[creator],
                span=NOWHERE,
            )
        return Credit(head=head, text=creator, kind="courtesy", creators=[creator], span=NOWHERE)
    agency_first = draw(st.sampled_from(["AP", "AFP"]))
    return Credit(
        head="Photo:",
        text=f"{agency_first} Photo/{creator}",
        kind="photo",
        creators=[creator],
        agency=agency_first,
        span=NOWHERE,
    )


@st.composite
def captions(draw: st.DrawFn) -> Caption:
    """A caption: text (maybe none), credit, and sometimes alt text describing the same image."""
    words = draw(st.lists(st.sampled_from(IMAGE_WORDS), min_size=1, max_size=6))
    text = f"{draw(st.sampled_from(IMAGE_CAP_WORDS))} {' '.join(words)}"
    text += draw(st.sampled_from([".", ""]))
    if draw(st.booleans()):
        text = ""  # a credit-only line: the line above it is the alt text
    alt: str | None = None
    if not text or draw(st.booleans()):
        extra = draw(st.lists(st.sampled_from(IMAGE_WORDS), max_size=3))
        alt = (text.rstrip(".") or draw(st.sampled_from(IMAGE_CAP_WORDS))) + "".join(
            f" {w}" for w in extra
        )
        alt += "."
    return Caption(text=text, alt_text=alt, credit=draw(credits()), span=NOWHERE)


# Blocks, sections, articles ------------------------------------------------------------------


@dataclass
class _Draft:
    """A paragraph or bullet before its lone surnames are resolved."""

    piece: Piece
    bullet: bool = False
    depth: int = 0
    label: str | None = None


def _models(draft: _Draft, known: dict[str, str]) -> Paragraph | Bullet:
    """Resolve lone surnames against the full names mentioned so far, then build the model."""
    for full in draft.piece.mentions:
        known.setdefault(full.split()[-1], full)
    attributions = []
    for fields in draft.piece.attributions:
        surname = fields.get("surname")
        name = fields["name"] if surname is None else known.get(surname, surname)
        attributions.append(
            Attribution(
                text=str(fields["text"]),
                source=str(fields["source"]),
                name=str(name),
                role=fields["role"],
                cue=str(fields["cue"]),
                span=NOWHERE,
            )
        )
    quotes = [
        Quote(text=q, attribution=None if i is None else attributions[i], span=NOWHERE)
        for q, i in draft.piece.quotes
    ]
    if draft.bullet:
        return Bullet(
            text=draft.piece.text,
            depth=draft.depth,
            label=draft.label,
            quotes=quotes,
            attributions=attributions,
            span=NOWHERE,
        )
    return Paragraph(text=draft.piece.text, quotes=quotes, attributions=attributions, span=NOWHERE)


@st.composite
def _bullet_run(draw: st.DrawFn) -> list[_Draft]:
    """A list: depths start at 0 and go at most one level deeper per item."""
    count = draw(st.integers(1, 4))
    run = []
    depth = 0
    for index in range(count):
        depth = 0 if index == 0 else draw(st.integers(0, min(depth + 1, 2)))
        label_kind = draw(st.sampled_from([None, None, "known", "coined"]))
        label = None
        if label_kind == "known":
            label = draw(st.sampled_from(KNOWN_LABELS))
        elif label_kind == "coined":
            label = draw(coined_labels())
        piece = draw(paragraph_pieces(capital_start=label_kind == "coined"))
        run.append(_Draft(piece, bullet=True, depth=depth, label=label))
    return run


@st.composite
def coined_labels(draw: st.DrawFn) -> str:
    """A label outside the vocabulary: a short capitalised noun phrase ("River outlook")."""
    return f"{draw(st.sampled_from(CAP_WORDS))} {draw(st.sampled_from(COINED_LABEL_WORDS))}"


_BlockDraft = _Draft | Caption


@st.composite
def _blocks(draw: st.DrawFn) -> list[_BlockDraft]:
    """A section's blocks: paragraphs, lists and captions in any order."""
    blocks: list[_BlockDraft] = []
    for choice in draw(st.lists(st.sampled_from(["p", "list", "caption"]), max_size=4)):
        if choice == "p":
            blocks.append(_Draft(draw(paragraph_pieces())))
        elif choice == "list":
            if blocks and isinstance(blocks[-1], _Draft) and blocks[-1].bullet:
                blocks.append(_Draft(draw(paragraph_pieces())))  # two lists need a break
            blocks.extend(draw(_bullet_run()))
        else:
            blocks.append(draw(captions()))
    return blocks


@st.composite
def datelines(draw: st.DrawFn) -> Dateline:
    """ "Jan 6, 2022 - World", "Updated March 10, 2021", ..."""
    number = draw(st.integers(1, 12))
    short, long = MONTHS[number - 1]
    month = draw(st.sampled_from([short, long]))
    day = draw(st.integers(1, 28))
    year = draw(st.integers(2015, 2025))
    updated = draw(st.booleans())
    category = draw(st.none() | st.sampled_from(CATEGORIES))
    text = ("Updated " if updated else "") + f"{month} {day}, {year}"
    text += draw(st.sampled_from(["", "", "", ", 7:30am EDT", " at 11:04 a.m. ET", ", 6 pm"]))
    if category is not None:
        text += f" - {category}"
    return Dateline(
        text=text, date=date(year, number, day), category=category, updated=updated, span=NOWHERE
    )


@st.composite
def headlines(draw: st.DrawFn) -> str:
    """A headline: capitalised, short, no full stop at its end."""
    return f"{draw(st.sampled_from(CAP_WORDS))} {_words(draw, WORDS, 2, 8)}"


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """A valid article in the house style, its fields exactly what the parser must produce."""
    dateline = draw(st.none() | datelines())
    headline = draw(headlines())
    byline = draw(st.none() | st.sampled_from(["By Maria Lopez", "Tom Reed", "Anna Berg, Axios"]))
    drafts: list[tuple[str | None, list[_BlockDraft]]] = [(None, draw(_blocks()))]
    for _ in range(draw(st.integers(0, 4))):
        coined = draw(st.booleans())
        label = draw(coined_labels() if coined else st.sampled_from(KNOWN_LABELS))
        blocks = draw(_blocks())
        if coined and blocks and isinstance(blocks[0], _Draft) and not blocks[0].bullet:
            # A coined label needs text that starts like a sentence after it.
            blocks[0] = _Draft(draw(paragraph_pieces(capital_start=True)))
        drafts.append((label, blocks))
    _fix_first_block(drafts)
    known: dict[str, str] = {}
    sections = []
    for label, blocks in drafts:
        models = [b if isinstance(b, Caption) else _models(b, known) for b in blocks]
        kind = "lede" if label is None else kind_of_label(label)
        sections.append(Section(label=label, kind=kind, blocks=models, span=NOWHERE))
    related = [
        Link(text=title, span=NOWHERE)
        for title in draw(
            st.lists(
                st.just("Go deeper")
                | st.builds(
                    lambda w, rest: f"{w} {rest}",
                    st.sampled_from(CAP_WORDS),
                    st.lists(st.sampled_from(WORDS), min_size=1, max_size=5).map(" ".join),
                ),
                max_size=3,
            )
        )
    ]
    return Article(
        dateline=dateline,
        headline=headline,
        byline=byline,
        sections=sections,
        related=related,
    )


def _fix_first_block(drafts: list[tuple[str | None, list[_BlockDraft]]]) -> None:
    """Keep the text unambiguous where the house style is not.

    The body's first block may be the alt text of the caption right after it, even across a
    blank line (newer pages put a description there; older ones repeat the caption): a caption
    in second place gets alt text of its own here, so that the first block stays what it is.
    """
    lede = drafts[0][1]
    if len(lede) < 2 or not isinstance(lede[1], Caption) or lede[1].alt_text is not None:
        return
    first = lede[0]
    if isinstance(first, Caption) or not first.bullet:
        alt = (lede[1].text.rstrip(".") or "Crowds gather") + "."
        lede[1] = lede[1].model_copy(update={"alt_text": alt})


# House-style lines, for texts that are not articles we built -------------------------------------

LINE_PATTERNS = (
    r"(Updated )?(Jan|Feb|Mar|June|July|Sept|October) [1-9][0-9]?, 20[0-2][0-9]"
    r"( - [A-Z][a-z]{2,9})?",
    r"[1-9][0-9]? (hours|mins|days) ago( - [A-Z][a-z]{2,8})?",
    r"[A-Z][a-z]{1,8}( [a-z]{1,8}){0,8}",
    r"[A-Z][a-z]{1,8}( [a-z]{1,8}){0,10}\.",
    r"(Why it matters|The big picture|What they're saying|Yes, but|Zoom in"
    r"|[A-Z][a-z]{2,8} [a-z]{2,8}):"
    r"( [A-Z][a-z]{1,8}( [a-z]{1,8}){0,6}\.)?",
    r"( {2}| {4}|\t)?[•*·\-–▪] [A-Z]?[a-z]{1,8}( [a-z]{1,8}){0,6}[.,]?",
    r"( {2})?[1-9][.)] [A-Z][a-z]{1,8}( [a-z]{1,8}){0,4}",
    r"([A-Z][a-z]{1,8}( [a-z]{1,8}){0,5}\.? )?"
    r"(Photo|Illustration|Photo illustration|Chart|Data|Courtesy of|Photo: Courtesy of)"
    r":? [A-Z][a-z]{1,8}( [A-Z][a-z]{1,8})?"
    r"(/(AP|AFP|Getty Images|Axios|TASS))?( via (Getty Images|Shutterstock))?( for Axios)?"
    r"(; Chart: [A-Z][a-z]+/Axios)?",
    r"[A-Z][a-z]{1,8} [a-z ]{0,20}[\"“][A-Z]?[a-z ]{1,20}[,.]?[\"”]"
    r"( (said|added|notes|reports) [A-Z][a-z]{1,8}( [A-Z][a-z]{1,8})?\.?)?",
    r"([A-Z][a-z]{1,8} ){1,3}(said|added|told Axios|reports|notes)[:,]? "
    r"[\"“]?[a-z ]{1,20}[.\"”]{0,2}",
    r"[A-Z][a-z ]{1,30}, (per|according to) (the )?([A-Z][a-z]{1,8} ?){1,3}\.",
    r"(By )?[A-Z][a-z]{1,8} [A-Z][a-z]{1,8}",
    r"Go deeper(: [A-Z][a-z]{1,8}( [a-z]{1,8}){0,4})?",
    r"(Sign up|Subscribe|Listen to|Share on) [a-z ]{1,20}",
    r"(\(AP Photo/[A-Z][a-z]+ [A-Z][a-z]+\)|REUTERS/[A-Z][a-z]+ [A-Z][a-z]+)",
    r"[\"“”:•]{1,6}",
)
"""Lines in the house style, for ``st.from_regex(..., fullmatch=True)``."""


def house_lines() -> st.SearchStrategy[str]:
    """One house-style line."""
    return st.one_of(*(st.from_regex(pattern, fullmatch=True) for pattern in LINE_PATTERNS))


@st.composite
def house_texts(draw: st.DrawFn) -> str:
    """Texts made of house-style lines, joined by single or double line breaks of any kind."""
    lines = draw(st.lists(house_lines(), min_size=1, max_size=14))
    breaks = st.sampled_from(["\n", "\n\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\n \n", "\n\n\n"])
    out = lines[0]
    for line in lines[1:]:
        out += draw(breaks) + line
    return out


# Mutations that must not change an article's structure ---------------------------------------

_QUOTE_PAIR = re.compile(r"[\"“]([^\"“”\n]*)[\"”]")
_BULLET_LINE = re.compile(r"^(?P<indent>[ \t]*)•(?P<gap> +)", re.MULTILINE)
_CREDIT_LINE = re.compile(r"\b(Photo|Illustration|Chart|Data|Courtesy of)\b")


def _lines_of(text: str) -> list[str]:
    return text.split("\n")


def crlf(text: str) -> str:
    """Windows line endings."""
    return text.replace("\n", "\r\n")


def cr(text: str) -> str:
    """Old Mac line endings."""
    return text.replace("\n", "\r")


def trailing_spaces(text: str) -> str:
    """Spaces and tabs at the end of every line."""
    return "\n".join(line + (" \t " if line else "") for line in _lines_of(text))


def tab_indents(text: str) -> str:
    """Bullets indented with a tab instead of spaces (nested ones with two)."""
    return _BULLET_LINE.sub(
        lambda m: "\t" * max(1, len(m["indent"].expandtabs(2)) // 2) + "•" + m["gap"], text
    )


def extra_blank_lines(text: str) -> str:
    """Three blank lines where there was one."""
    return text.replace("\n\n", "\n\n\n\n")


def blank_lines_with_spaces(text: str) -> str:
    """Blank lines that hold spaces and a tab."""
    return text.replace("\n\n", "\n \t \n")


def missing_blank_lines(text: str) -> str:
    """No blank line between blocks."""
    return re.sub(r"\n\n+", "\n", text)


def bullet_glyph(glyph: str) -> Callable[[str], str]:
    """Another bullet glyph instead of "•"."""

    def mutate(text: str) -> str:
        return _BULLET_LINE.sub(lambda m: m["indent"] + glyph + m["gap"], text)

    mutate.__name__ = f"bullet_glyph_{ord(glyph):04x}"
    return mutate


def straight_quotes(text: str) -> str:
    """Straight double quotes and apostrophes."""
    return text.translate(str.maketrans({"“": '"', "”": '"', "’": "'"}))


def curly_quotes(text: str) -> str:
    """Curly double quotes (paired within a line) and apostrophes."""
    text = _QUOTE_PAIR.sub(lambda m: f"“{m[1]}”", text)
    return re.sub(r"(?<=\w)'(?=\w)", "’", text)


def bom(text: str) -> str:
    """A byte order mark before the text (as ``str``)."""
    return "\ufeff" + text


def nfd(text: str) -> str:
    """Decomposed Unicode (é as e + combining acute)."""
    return unicodedata.normalize("NFD", text)


def nfc(text: str) -> str:
    """Composed Unicode."""
    return unicodedata.normalize("NFC", text)


def alt_line_indent(text: str) -> str:
    """A leading space on the line above every caption line (the alt text, when there is one)."""
    lines = _lines_of(text)
    for index in range(1, len(lines)):
        above = lines[index - 1]
        if _CREDIT_LINE.search(lines[index]) and above.strip() and not above.startswith(" "):
            lines[index - 1] = " " + above
    return "\n".join(lines)


MUTATIONS: tuple[Callable[[str], str], ...] = (
    crlf,
    cr,
    trailing_spaces,
    tab_indents,
    extra_blank_lines,
    blank_lines_with_spaces,
    missing_blank_lines,
    *(bullet_glyph(g) for g in "-*·–▪◦●‣"),
    straight_quotes,
    curly_quotes,
    bom,
    nfd,
    nfc,
    alt_line_indent,
)
"""Every mutation; line-ending ones are applied last (the others work on ``\\n`` lines)."""

_ENDINGS = (crlf, cr)


def _order(steps: list[Callable[[str], str]]) -> list[Callable[[str], str]]:
    """One line-ending mutation at most ("\r\n" -> "\r\r" would double every break), last."""
    body = [m for m in steps if m not in _ENDINGS and m is not bom]
    endings = [m for m in steps if m in _ENDINGS][:1]
    return body + endings + [m for m in steps if m is bom]


def mutations() -> st.SearchStrategy[list[Callable[[str], str]]]:
    """A few mutations, in an order where line endings and the BOM come last."""
    return st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=4, unique=True).map(_order)


def apply(text: str, steps: list[Callable[[str], str]]) -> str:
    """Apply the mutation steps in order."""
    for step in steps:
        text = step(text)
    return text
