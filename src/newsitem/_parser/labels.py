"""Smart Brevity labels: the vocabulary as data, and the rule for labels writers coin."""

from __future__ import annotations

from functools import lru_cache
from typing import Final, NamedTuple

from newsitem._parser.patterns import (
    RE_BULLET,
    RE_FIGURE_KEY,
    RE_INLINE_LABEL,
    RE_LABEL,
    RE_SIGNATURE,
    RE_SPACE_RUN,
    RE_SYMBOL_PREFIX,
    RE_SYMBOL_TOKEN,
)

VOCABULARY: Final[frozenset[str]] = frozenset(
    {
        "why it matters",
        "the big picture",
        "big picture",
        "driving the news",
        "between the lines",
        "what they're saying",
        "what we're saying",
        "yes, but",
        "yes but",
        "yes, and",
        "but, but, but",
        "by the numbers",
        "zoom in",
        "zoom out",
        "the bottom line",
        "bottom line",
        "what's next",
        "what to watch",
        "flashback",
        "context",
        "details",
        "of note",
        "the other side",
        "reality check",
        "state of play",
        "the state of play",
        "catch up quick",
        "catch up fast",
        "our thought bubble",
        "thought bubble",
        "the intrigue",
        "be smart",
        "go deeper",
        "the latest",
        "threat level",
        "what we're watching",
        "how it works",
        "for the record",
        "worth noting",
        "what's happening",
        "what we're hearing",
        "what i'm hearing",
        "situational awareness",
        "stunning stat",
        "fast forward",
        "methodology",
        "what it is",
        "how we got here",
        "the timeline",
        "editor's note",
        "inside look",
        "why it's the bfd",
        "the fine print",
        "the backstory",
        "plus",
        "1 big thing",
        "1 big scoop",
        "the big question",
        "what to know",
        "what happened",
        "the backdrop",
        "the catch",
        "the impact",
        "key quote",
        "the response",
        "what's inside",
        "where it stands",
        "the big takeaway",
        "my thought bubble",
        # Axios labels seen on pages beyond the corpus (local, newsletter and topic pages).
        "if you go",
        "what we know",
        "what we don't know",
        "what's at stake",
        "the stakes",
        "why now",
        "the kicker",
        "what's new",
        "what's ahead",
        "what to expect",
        "the bigger picture",
        "the takeaway",
        "the upshot",
        "the good news",
        "the bad news",
        "follow the money",
        "the flip side",
        "the wild card",
        "where things stand",
        "case in point",
        "the context",
        "key details",
        "what's changing",
        "what's driving it",
        "the last word",
        "1 fun thing",
    }
)
"""Known labels, lower case with straight apostrophes."""

NOT_LABELS: Final[frozenset[str]] = frozenset(
    {
        # Headline kickers.
        "scoop",
        "exclusive",
        "exclusive poll",
        "deep dive",
        "podcast",
        "report",
        "q&a",
        "axios vibes",
        "axios-ipsos poll",
        "semafor video",
        "breaking",
        "opinion",
        "analysis",
        "watch",
        "video",
        "live",
        "update",
        "updated",
        # Meta fields.
        "note",
        "notes",
        "credits",
        "credit",
        "guests",
        "guest",
        "about this series",
        "smart brevity count",
        "disclaimer",
        "correction",
        "source",
        "sources",
        "data",
        "photo",
        "photos",
        "illustration",
        "chart",
        "map",
        "image",
        "caption",
        "by",
        "subscribe",
        "share",
        "email",
        "tags",
        "topics",
        "related",
        "read more",
        "more",
        # List keys: days head the items of schedules, not sections.
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "tomorrow",
        "tonight",
    }
)
"""Colon-led words that are never labels (kickers, meta fields, credit heads), lower case."""

_SPEECH_WORDS: Final[frozenset[str]] = frozenset(
    {
        "said",
        "says",
        "told",
        "tells",
        "tell",
        "writes",
        "wrote",
        "added",
        "adds",
        "notes",
        "noted",
        "reports",
        "reported",
        "asked",
        "asks",
        "explained",
        "according",
        "tweeted",
        "posted",
        "stated",
        "argued",
        "warned",
        "emails",
        "emailed",
        "continued",
    }
)
"""Words that make a colon phrase a speaker tag ("Mehlman told Axios:"), not a label."""

_VERBS: Final[frozenset[str]] = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "am",
        "i",
        "you",
        "we",
        "he",
        "she",
        "they",
        "it",
    }
)
"""Words that mark a colon phrase as a sentence ("The reason is simple:"), not a label."""

_CONTRACTIONS: Final[frozenset[str]] = frozenset(
    {
        "here's",
        "there's",
        "that's",
        "it's",
        "we're",
        "they're",
        "i'm",
        "you're",
        "he's",
        "she's",
        "let's",
        "we've",
        "i've",
        "we'll",
        "i'll",
        "isn't",
        "don't",
        "can't",
        "won't",
        "didn't",
        "doesn't",
        "wasn't",
        "weren't",
        "aren't",
        "hasn't",
        "haven't",
        "hadn't",
        "wouldn't",
        "couldn't",
        "shouldn't",
    }
)
"""Contractions of a verb: "Here's what to expect:" is a sentence, not a coined label."""

_META_WORDS: Final[frozenset[str]] = frozenset(
    {"view", "views", "note", "notes", "credits", "guests", "correction", "disclosure", "update"}
)
"""Words of meta fields ("KC's View:", "Editor's notes:"), which are not coined labels."""

_FORBIDDEN_CHARS: Final = frozenset('"“”()[],;!?=<>|@#*_~`{}')
"""Characters no label contains (speaker tags carry commas and parentheses)."""

_LEADING_WORDS: Final[frozenset[str]] = frozenset(
    {"for", "in", "on", "at", "with", "among", "inside", "outside", "within", "across"}
)
"""Words that open a label and are capitalised only because they come first: "For Elon:"."""

_DAY_NAMES: Final[frozenset[str]] = frozenset(
    {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
    | {"january", "february", "march", "april", "june", "july", "august", "september"}
    | {"october", "november", "december", "monday", "tuesday", "wednesday", "thursday"}
    | {"friday", "saturday", "sunday", "today", "tomorrow", "tonight", "yesterday"}
)
"""Months and days (lower case): a phrase that opens with one is a timeline's key."""

_WH_WORDS: Final[frozenset[str]] = frozenset({"what", "why", "how", "where", "who", "when"})
"""Words that open a label phrased as a question: "What is happening:"."""

_SENTENCE_END: Final = tuple(".!?…:;\"”'’)")
"""A label's text that ends in one of these reads as a sentence (or introduces a list)."""

_MAX_HEADING_CHARS: Final = 40
"""A bare heading label ("The big picture") is short."""

_MAX_WORDS: Final = 6
"""Labels writers coin are short: "Trust in institutions at historic low" is six words."""


class LabelMatch(NamedTuple):
    """A label found at the start of a paragraph or bullet."""

    label: str
    """The label as written, without its colon (and without an emoji before it)."""
    known: bool
    """Whether it is in :data:`VOCABULARY`."""
    text_start: int
    """Offset of the text after the colon and its spaces."""
    start: int
    """Offset where the label (or the emoji before it) starts."""
    end: int
    """Offset just past the label's colon (past the label, for a bare heading label)."""


def find_inline_label(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Return where a known label inside ``text[start:end]`` starts and its colon ends, or ``None``.

    Flattened pages run a story's paragraphs together ("... talks. Why it matters: ...", even
    "progress.Why it matters:"). Only a label of the vocabulary after a sentence's end counts, so
    "He said: ..." or "Note: ..." inside a paragraph stays where it is; "Go deeper" is left to the
    end of the story.

    >>> find_inline_label("Talks stalled. Why it matters: Prices.", 0, 38)
    (15, 30)
    """
    for match in RE_INLINE_LABEL.finditer(text, start, end):
        key = normalise(match["label"])
        if key in VOCABULARY and key != "go deeper":
            return match.start("label"), match.end()
    return None


def normalise(label: str) -> str:
    """Lower-case ``label`` with straight apostrophes and single spaces, for look-ups."""
    # "â€™" is the mojibake of "’" (UTF-8 read as cp1252) on pages mangled as a whole.
    apostrophes = label.replace("â€™", "'").replace("’", "'").replace("‘", "'")
    return " ".join(apostrophes.lower().split())


@lru_cache(maxsize=4096)  # a pure function of a few hundred labels in practice
def kind_of(label: str) -> str:
    """Return a label's ``kind``: snake_case without punctuation.

    >>> kind_of("What they’re saying")
    'what_theyre_saying'
    """
    words = []
    for word in normalise(label).split():
        kept = "".join(ch for ch in word if ch.isalnum())
        if kept:
            words.append(kept)
    return "_".join(words) or "label"


def match_label(text: str, start: int, end: int, *, bullet: bool = False) -> LabelMatch | None:
    """Return the label that starts ``text[start:end]``, or ``None``.

    An emoji (or the mojibake of one) may stand before the label: "🚨 Situational awareness:".
    A known label may be glued to its text ("Why it matters:The heat") or stand alone on its
    line without a colon, as a heading ("The big picture"). Outside a ``bullet``, a coined label
    must also introduce a sentence, not a title (:func:`_introduces_sentence`).
    """
    match = RE_LABEL.match(text, start, end)
    if match is None:
        return _bare_heading(text, start, end)
    raw = match["label"]
    label = raw
    symbols = RE_SYMBOL_PREFIX.match(raw)
    if symbols is not None:
        label = raw[symbols.end() :]
    label = label.strip()
    rest_start = match.end()
    while rest_start < end and text[rest_start].isspace():
        rest_start += 1
    key = normalise(label)
    if key not in VOCABULARY:
        # An emoji's mojibake may hold letters ("๐Ÿ–x๏x The big picture:"): only a known
        # label is looked for behind such a token.
        token = RE_SYMBOL_TOKEN.match(raw)
        if token is not None and normalise(raw[token.end() :]) in VOCABULARY:
            label = raw[token.end() :].strip()
            key = normalise(label)
    if key in VOCABULARY:
        return LabelMatch(label, True, rest_start, start, match.end())
    if (
        match["glued"] is None
        and _is_coined_label(label, key, text[rest_start:end])
        and (bullet or rest_start == end or _introduces_sentence(text, end))
    ):
        return LabelMatch(label, False, rest_start, start, match.end())
    return None


def _introduces_sentence(text: str, end: int) -> bool:
    """Whether the text of a coined label on the line ending at ``end`` reads as a sentence.

    A sentence ends with its punctuation, goes on in a hard-wrapped lower-case line, or is cut
    at the end of the text; or the label's text introduces a list. Otherwise the line is a
    title with a colon ("Tillerson in Moscow: Pushing on Syria"), not a label and its text.
    """
    if text[end - 1] in _SENTENCE_END:
        return True
    space = RE_SPACE_RUN.match(text, end)
    next_start = space.end() if space is not None else end  # (it always matches)
    if next_start == len(text) or RE_BULLET.match(text, next_start) is not None:
        return True
    gap = text[end:next_start]
    one_line_break = gap.count("\n") + gap.count("\r") - gap.count("\r\n") == 1
    return one_line_break and text[next_start].islower()


def _bare_heading(text: str, start: int, end: int) -> LabelMatch | None:
    """A known label alone on its line, without colon: a section heading."""
    if end - start > _MAX_HEADING_CHARS:
        return None
    label = text[start:end]
    if normalise(label) in VOCABULARY:
        return LabelMatch(label, True, end, start, end)
    return None


def _is_coined_label(label: str, key: str, rest: str) -> bool:
    """The conservative rule for labels outside the vocabulary.

    A coined label is a short phrase that starts with a capital letter or digit, reads like a
    noun phrase (no verbs of speech or being, no commas or parentheses), and introduces text that
    starts like a sentence (capital, digit, quote mark) or nothing at all (an empty label that owns
    the bullets below it).
    """
    words = key.split()
    if not words or len(words) > _MAX_WORDS or key in NOT_LABELS:
        return False
    if not (label[0].isupper() or label[0].isdigit()):
        return False
    if any(ch in _FORBIDDEN_CHARS for ch in label) or label.endswith((".", "-", "—")):
        return False
    if (
        len(words) > 1
        and words[0] not in _LEADING_WORDS
        and all(word[0].isupper() for word in label.split())
    ):
        # Labels are written in sentence case; "Boston Celtics:" or "Trump's Last Stand Part
        # IV:" are names heading a list item or a title, not labels.
        return False
    # A label may ask its question with a verb ("What is happening:", "Why is this important:",
    # as a reworded copy writes "What's happening:"); other phrases with one are sentences.
    question = words[0] in _WH_WORDS
    if any(
        word in _SPEECH_WORDS
        or word in _META_WORDS
        or (not question and (word in _VERBS or word in _CONTRACTIONS))
        for word in words
    ):
        return False
    if RE_SIGNATURE.search(rest):
        return False  # a list key: "Tech: ... — Jane Doe"
    if words[0].rstrip(".") in _DAY_NAMES:
        return False  # a timeline's key: "Nov. 21:", "Wednesday:"
    if RE_FIGURE_KEY.fullmatch(label):
        return False  # a list of figures' key: "31:", "2.9 million:"
    if not rest:
        return True
    first = rest[0]
    if first in '"“':
        # A quotation after a speaker tag ("Jane Doe: "We ...", "Jack Doe on the deal: "...),
        # unless the label is a phrase in sentence case, which names nobody ("On the record:").
        return len(words) > 1 and all(word[0].islower() for word in label.split()[1:])
    return first.isupper() or first.isdigit()
