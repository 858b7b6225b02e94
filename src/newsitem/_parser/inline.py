"""Stage 4: inline -- quotes and attributions inside one paragraph or bullet.

Both are found with positions into the whole text, so their spans slice exactly their ``text``.
A quote takes as speaker the attribution that stands right next to it ('..." Price added.',
'Mehlman told Axios: "...').
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Final, NamedTuple

from newsitem._given_names import Gender, gender_of_name
from newsitem._parser.names import (
    ABBREVIATIONS,
    NAME_PARTICLES,
    TITLE_WORDS,
    full_name_of,
    is_capitalised,
    is_pull_quote,
    lookup_word,
    name_runs,
    needs_names,
    pull_quote_credit,
    resolve,
    sentence_end,
    split_role,
    surname_of,
)
from newsitem._parser.patterns import (
    DOCUMENT_NOUNS,
    DOCUMENT_SPEAKERS,
    DOCUMENT_VERBS,
    QUOTE_VERBS,
    RE_ACCORDING,
    RE_ANNOUNCEMENT_AFTER,
    RE_APPOSITIVE,
    RE_APPOSITIVE_SPEAKER,
    RE_AXIOS_ACCESS,
    RE_CLAUSE_END,
    RE_COLON_BEFORE_QUOTE,
    RE_COLON_CLAUSE,
    RE_COLON_SPEAKER,
    RE_DOCUMENT_BY,
    RE_DOCUMENT_OF,
    RE_DOCUMENT_VERB,
    RE_FIGURES_AFTER,
    RE_FIRST_REPORTED,
    RE_FULL_STORY,
    RE_INITIALISM_END,
    RE_INVERTED_DESCRIBED,
    RE_INVERTED_NAME,
    RE_INVERTED_UNNAMED,
    RE_MOJIBAKE_QUOTE,
    RE_NAME_AFTER_COMMA,
    RE_NICKNAME,
    RE_NICKNAME_IN_NAME,
    RE_PARTY,
    RE_PER,
    RE_QUANTITY_AFTER,
    RE_QUOTE_MARK,
    RE_QUOTE_VERB,
    RE_REVERSED_APPOSITIVE,
    RE_ROLE_RELATIVE,
    RE_SENTENCE_SUBJECT,
    RE_SPEECH_VERB,
    RE_STATEMENT,
    RE_TOLD_OBJECT,
    RE_TRAILING_SOURCE,
)
from newsitem._parser.state import State
from newsitem.models import Attribution, Quote

_MAX_SUBJECT_WORDS: Final = 11
"""A speaker before a verb is at most this many words ("Keystone chief medical officer Dr. Anand
Raghunathan")."""

_MAX_SOURCE_WORDS: Final = 12
"""A source after "per" or "according to" is at most this many words."""

_PARTIAL_QUOTE_GAP: Final = 120
"""How far after "X said" a partial quote in the same sentence may open ('X said the plan "')."""

_SPEECH_CUES: Final[frozenset[str]] = (
    QUOTE_VERBS
    | DOCUMENT_VERBS
    | frozenset(
        {"said", "says", "told", "tells", "tell", "added", "adds", "wrote", "writes", "noted"}
        | {"notes", "saying"}
    )
)
"""The cues of speech verbs: a partial quote later in their sentence is the speaker's words (a
document's too: 'the ruling states the law "cannot stand"')."""

_SPLIT_QUOTE_GAP: Final = 120
"""How much of a speaker's sentence may follow the attribution before the quote's second half."""

_APPOSITIVE_WINDOW: Final = 160
"""How far before a verb a speaker and its appositive are looked for ('," Jane Doe, the COO, ')."""

_MAX_SOURCE_CHARS: Final = 300
"""A source's clause is looked for this far at most (twelve words fit many times over)."""

_VERB_ADVERBS: Final[frozenset[str]] = frozenset(
    {"first", "also", "previously", "earlier", "now", "still", "later", "again", "often"}
    | {"has", "have", "had", "long", "repeatedly", "publicly", "recently", "initially"}
)
"""Adverbs (and auxiliaries) between a speaker and the verb, not part of the speaker ("the
Times first reported", "Mayor X has long said")."""

_PERSONAL_PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she"})
"""Subjects that name the speaker just quoted ('"...," she added'): "they" may be anyone."""

_PRONOUNS: Final[frozenset[str]] = frozenset(
    {"he", "she", "they", "it", "we", "i", "you", "who", "that", "which", "this", "there"}
)
"""Subjects that name nobody: "he said" is no attribution we can resolve."""

_SENTENCE_OPENERS: Final[frozenset[str]] = frozenset(
    {"in", "on", "at", "after", "before", "during", "for", "with", "from", "by", "since"}
    | {"under", "over", "when", "while", "as", "but", "and", "then", "meanwhile", "last", "this"}
)
"""Capitalised words that open a sentence's adverbial ("In New York, ..."), not a name."""

_SPEAKER_NOUNS: Final[frozenset[str]] = frozenset(
    {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "official", "officials"}
    | {"aide", "aides", "source", "sources", "diplomat", "diplomats", "analyst", "analysts"}
    | {"executive", "executives", "lawyer", "lawyers", "attorney", "attorneys", "office"}
    | {"representative", "representatives", "campaign", "adviser", "advisers", "advisor"}
    | {"advisors", "economist", "economists", "researchers", "experts", "people", "person"}
    | {"judge", "mayor", "governor", "senator", "chair", "chairman", "chairwoman", "ceo"}
    | {"commissioner", "sheriff", "prosecutor", "prosecutors", "superintendent", "minister"}
    | {"strategist", "strategists", "scientists", "investigators", "regulators", "authorities"}
    | {"lawmakers", "organizers", "advocates", "doctors", "commissioners", "senators", "judges"}
    | {"reader", "readers", "resident", "parent", "parents", "worker", "workers", "employee"}
    | {"employees", "staffer", "staffers", "traders", "dealers", "brokers", "bankers"}
    | {"investors", "association", "union", "companies", "firms", "utilities"}
)
"""Nouns that name who speaks without a name ("a spokesperson said", "officials said")."""

_MAX_DESCRIBED_GROUP: Final = 3
"""A plural speaker with no determiner has at most this many words ("shipping companies")."""

_GROUPS: Final[frozenset[str]] = frozenset(
    {"critics", "supporters", "opponents", "allies", "fans", "residents", "voters", "others"}
    | {"democrats", "republicans", "conservatives", "progressives", "liberals", "experts"}
)
"""Groups that open a sentence with a capital but name nobody ("Critics called it ...")."""

_DETERMINERS: Final[frozenset[str]] = frozenset(
    {"a", "an", "the", "one", "two", "three", "four", "five", "several", "some", "many", "both"}
)
"""Words that open a speaker without a name: "a spokesperson", "two diplomats"."""

_RELATIVE_PRONOUNS: Final[frozenset[str]] = frozenset({"who", "whose", "which", "that"})
"""Words that open a clause about the speaker (", who voted no,"): no role."""

_OBJECT_RELATIVES: Final[frozenset[str]] = frozenset({"that", "which"})
"""Words that open a relative clause with its own subject ("a gamble that officials said")."""

_CLAUSE_JOINERS: Final[frozenset[str]] = frozenset({"and", "but", "or"})
"""Conjunctions that open a new clause before a subject ("... and Sam Roe said")."""

_SUBORDINATORS: Final[frozenset[str]] = frozenset(
    {"as", "after", "when", "while", "because", "before", "since", "until", "though", "although"}
    | {"if", "unless", "once", "whereas"}
)
"""Words that open a clause of their own before its subject ("Stocks fell as investors said")."""

_JOINING_WORDS: Final[frozenset[str]] = frozenset({"and", "&", "of", "for", "but", "or"})
"""Connectors that may stand inside a name but never open one."""

_CONNECTORS: Final[frozenset[str]] = NAME_PARTICLES | frozenset({"the", "of", "and", "&", "for"})
"""Lower-case words allowed inside a proper name ("the New York Times", "Bank of America")."""


_CLOSING: Final = ',;:"”)!?…'
"""A token ending in one of these closes the clause before a speech verb."""

_MAX_QUOTE_GAP: Final = 6
"""How many characters of :data:`_AFTER_QUOTE_GAP` or :data:`_BEFORE_QUOTE_GAP` may stand between
a quote and its speaker (a mojibake quote mark, read as a mark and two spaces, takes three)."""

_AFTER_QUOTE_GAP: Final = frozenset(' \t,"”')
"""What may stand between a quote's text and a speaker after it ('," Price added')."""

_BEFORE_QUOTE_GAP: Final = frozenset(' \t:,."“')
"""What may stand between a speaker and a quote after it ('told Axios: "'); a full stop too,
for the second half of a split quote ('"...," an aide told Axios. "...')."""


class _Found(NamedTuple):
    start: int
    end: int
    source_start: int
    source_end: int
    cue: str
    role: tuple[int, int] | None = None
    pronoun: bool = False
    """Whether the speaker is "he" or "she", named by the speaker before (:func:`_antecedent`)."""
    document: bool = False
    """Whether the speaker is a document ("the bill says"), which no later pronoun names."""


def analyse(
    state: State, start: int, end: int, *, bullet: bool = False, labelled: bool = False
) -> tuple[list[Quote], list[Attribution]]:
    """Find the quotes and attributions in ``state.text[start:end]``.

    ``bullet`` and ``labelled`` say what the block is: a bullet, a block with a label.
    """
    text = _quote_view(state)
    state.seen_blocks.append((start, end))
    spans = _find_quotes(state, start, end)
    attributions: list[Attribution] = []
    for found in _find_attributions(text, start, end):
        if _inside_quote(spans, found):
            continue  # '"Every spring people tell me ...," X said': the quote's own words
        if not found.pronoun:
            attributions.append(_to_model(state, found))
        elif (antecedent := _named_by_pronoun(state, start, spans, found)) is not None:
            attributions.append(_to_model(state, found, antecedent))
        else:
            if found.cue in {"told", "tells", "tell"}:
                attributions.append(_to_model(state, found))  # "she told Axios": still a speaker
            continue  # (but not one a later pronoun can name)
        if found.cue in _SPEECH_CUES and not found.document:
            state.last_speaker = (len(state.seen_blocks), attributions[-1])
            state.speakers.append((len(state.seen_blocks), attributions[-1].name))
    carried = (
        None if labelled else _carried_speaker(state, text, start, end, spans, attributions, bullet)
    )
    quotes: list[Quote] = []
    continued: Attribution | None = None  # the speaker named after the last quote
    last: tuple[Attribution | None, int] = (None, start)  # the last quote's speaker and end
    for q_start, q_end in spans:
        if _is_nickname(text, q_start, q_end, start, end):
            quotes.append(_quote_model(state.text, q_start, q_end, None))  # 'Jane "JJ" Doe'
            continue
        speaker = _speaker_of(text, q_start, q_end, attributions)
        if speaker is None and continued is not None and _continues(text, continued, q_start):
            speaker = continued
        if speaker is None and last[0] is not None:
            speaker = last[0] if _same_sentence(text, last[1], q_start, attributions) else None
        speaker = speaker or carried or _pull_quote_speaker(attributions, q_end)
        continued = speaker if speaker is not None and speaker.span.start >= q_end else None
        last = (speaker, q_end)
        quotes.append(_quote_model(state.text, q_start, q_end, speaker))
    return quotes, attributions


def _pull_quote_speaker(attributions: list[Attribution], q_end: int) -> Attribution | None:
    """The credit under a pull quote (:func:`_find_pull_quote_credit`), for the quote above it."""
    last = attributions[-1] if attributions else None
    return last if last is not None and last.cue == "—" and last.span.start > q_end else None


def _carried_speaker(
    state: State,
    text: str,
    start: int,
    end: int,
    spans: list[tuple[int, int]],
    attributions: list[Attribution],
    bullet: bool,
) -> Attribution | None:
    """The speaker a block that opens with a quote and names nobody goes on with.

    '  • "...," said Jane Doe.' / '  • "But ..."': a bullet right after the speaker's block; a
    paragraph only when the block before ended inside an open quote (a quote that runs on into
    the next paragraph opens it again). The quotes are that speaker's, and so may be the next
    block's.
    """
    if attributions or not spans or RE_SPEECH_VERB.search(text, start, end) is not None:
        return None  # (a verb of speech names a speaker of its own, read or not)
    block, speaker = state.last_speaker
    previous = len(state.seen_blocks) - 1
    if speaker is None or block != previous or not (bullet or state.open_quote_block == previous):
        return None
    opening = spans[0][0]
    while opening > start and text[opening - 1] in ' \t"“':
        opening -= 1
    if opening != start:
        return None
    state.last_speaker = (previous + 1, speaker)
    return speaker


def _quote_view(state: State) -> str:
    r"""The text with its mojibake quote marks read as marks (``State.quote_view``).

    "â€œWe won,â€\x9d she said" reads as '  “We won,  ” she said': the same length, so every
    position holds, and the models are still cut from the text as written.
    """
    if state.quote_view is None:
        text = state.text
        state.quote_view = RE_MOJIBAKE_QUOTE.sub(_as_mark, text) if "€" in text else text
    return state.quote_view


def _as_mark(found: re.Match[str]) -> str:
    return " " * (len(found.group()) - 1) + ("“" if found["opening"] else "”")


def _quote_model(text: str, q_start: int, q_end: int, speaker: Attribution | None) -> Quote:
    return Quote.model_validate(
        {
            "text": text[q_start:q_end],
            "attribution": speaker,
            "span": {"start": q_start, "end": q_end},
        }
    )


def _inside_quote(spans: list[tuple[int, int]], found: _Found) -> bool:
    """Whether the attribution ``found`` stands inside one of the quotes (``spans``, in order)."""
    at = bisect_right(spans, found.start, key=lambda span: span[0]) - 1
    return at >= 0 and spans[at][0] <= found.start and found.end <= spans[at][1]


def _is_nickname(text: str, q_start: int, q_end: int, start: int, end: int) -> bool:
    """'Bartholomew "Bart" Kincaid-Osei': a quoted word or two between two parts of a name.

    ``q_start``/``q_end`` bound the quote's text, inside its marks.
    """
    opening, closing = q_start - 1, q_end + 1
    if opening - 2 < start or closing + 1 >= end or text[opening - 1] != " ":
        return False
    before_start, before_end = _word_before(text, start, opening)
    return (
        before_end == opening - 1
        and text[before_start:before_end].isalpha()
        and text[before_start].isupper()
        and text[closing] == " "
        and text[closing + 1].isupper()
        and RE_NICKNAME.fullmatch(text, opening, closing) is not None
    )


def _continues(text: str, speaker: Attribution, q_start: int) -> bool:
    """Whether the quote at ``q_start`` is the second half of a split quote by ``speaker``.

    '"We won," Hartwell told reporters Sunday. "They lost."': the speaker's sentence ends,
    with no other quote in it, and the next sentence opens with the quote.
    """
    if q_start - speaker.span.end > _SPLIT_QUOTE_GAP:
        return False
    stop = q_start  # back over the quote's opening mark and the spaces around it (line breaks
    while stop > speaker.span.end and text[stop - 1] in ' \t\r\n"“':  # of a wrapped block too)
        stop -= 1
    # One sentence end in the gap, at its end: the rest of the speaker's sentence, no more.
    return (
        stop > speaker.span.end
        and text[stop - 1] == "."
        and sentence_end(text, speaker.span.end, stop) == stop - 1
        and RE_QUOTE_MARK.search(text, speaker.span.end, stop) is None
    )


def _same_sentence(text: str, last_end: int, q_start: int, attributions: list[Attribution]) -> bool:
    """Whether a quote goes on the sentence of the quote before it, with no other speaker.

    'X said she would "rather not use a blunt tool," but that "nothing is off the table."'
    """
    if q_start - last_end > _PARTIAL_QUOTE_GAP or text[last_end - 1] in ".!?":
        return False  # (the last quote ended its sentence)
    after = last_end  # past the last quote's trimmed comma and its closing mark
    while after < q_start and text[after] in " \t,":
        after += 1
    if after < q_start and text[after] in '"”':
        after += 1
    opening = q_start  # back over this quote's opening mark and the spaces around it
    while opening > after and text[opening - 1] in ' \t"“':
        opening -= 1
    between = bisect_left(attributions, after, key=lambda a: a.span.start)
    return (
        sentence_end(text, after, opening) == opening
        and RE_QUOTE_MARK.search(text, after, opening) is None
        and (between == len(attributions) or attributions[between].span.start >= opening)
    )


def _find_quotes(state: State, start: int, end: int) -> list[tuple[int, int]]:
    """Pair quote marks left to right; report a quote that is never closed."""
    text = _quote_view(state)
    found: list[tuple[int, int]] = []
    opened: int | None = None
    for mark in RE_QUOTE_MARK.finditer(text, start, end):
        char = mark.group()
        if char != '"' and mark.start() > 0 and text[mark.start() - 1] == "€":
            # The last character of the mojibake of a dash (UTF-8 "—" read as cp1252 is "â€”",
            # "–" is "â€“"), reported as NI104: no quote mark.
            continue
        if opened is None:
            if char != "”":
                opened = mark.end()
            else:
                # A curly closing mark with nothing open: its opening mark is lost.
                state.report("NI503", mark.start(), mark.end())
            continue
        if char == "“":
            # A new opening mark before the last one closed: the last one is unbalanced.
            state.report("NI501", opened - 1, opened)
            opened = mark.end()
            continue
        span = _trim_quote(text, opened, mark.start())
        if span is not None:
            found.append(span)
        opened = None
    if opened is not None:
        state.report("NI501", opened - 1, opened)
        state.open_quote_block = len(state.seen_blocks)
    return found


def _trim_quote(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Strip spaces and a trailing comma that only continues the sentence."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] == ",":
        end -= 1
    return (start, end) if end > start else None


def _find_attributions(text: str, start: int, end: int) -> list[_Found]:
    candidates = [
        *_find_sourced(text, start, end, RE_PER, "per "),
        *_find_sourced(text, start, end, RE_ACCORDING, "ccording to"),
        *_find_sourced(text, start, end, RE_FIRST_REPORTED, "reported by"),
        *_find_speech(text, start, end),
        *_find_colon_speaker(text, start, end),
        *_find_colon_clauses(text, start, end),
        *_find_pull_quote_credit(text, start, end),
        *_find_roundup_source(text, start, end),
    ]
    candidates.sort()
    kept: list[_Found] = []
    for found in candidates:
        if not kept or found.start >= kept[-1].end:
            kept.append(found)
    return kept


def _find_roundup_source(text: str, start: int, end: int) -> list[_Found]:
    """Where a roundup's item comes from, to the block's end (cue "via").

    "... in 1961. (Mill City Courier)": the parentheses are the attribution's text; "Full story
    via the Mill City Courier": the whole line is.
    """
    if text[end - 1] == ")":  # (cheap tests first)
        found = RE_TRAILING_SOURCE.search(text, start, end)
        phrase_start = found.start("source") - 1 if found is not None else start
    elif text.startswith("Full story", start, end):
        found = RE_FULL_STORY.match(text, start, end)
        phrase_start = start
    else:
        return []
    if found is None:
        return []
    return [_Found(phrase_start, end, found.start("source"), found.end("source"), "via")]


def _find_pull_quote_credit(text: str, start: int, end: int) -> list[_Found]:
    """A pull quote's credit: '"It is not about money." Jane Doe, library board member'.

    A pull quote, then the name of its speaker (and a description) to the block's end: on the
    line under the quote, or after it on the same line once rendered. The cue is "—".
    """
    if text[start] not in '"“':
        return []  # (a cheap test first: the block opens with a quote)
    close = max(text.rfind('"', start + 1, end), text.rfind("”", start + 1, end))
    if close < 0 or not is_pull_quote(text, start, close + 1):
        return []
    credit_start = close + 1
    while credit_start < end and text[credit_start].isspace():
        credit_start += 1
    if credit_start == close + 1 or credit_start == end:
        return []
    credit = pull_quote_credit(text, credit_start, end)
    if credit is None:
        return []
    role = (credit.start("role"), credit.end("role")) if credit["role"] else None
    return [_Found(credit_start, end, credit.start("name"), credit.end("name"), "—", role)]


_MAX_TAG_CHARS: Final = 200
"""A speaker tag's colon stands this near the start of its block at most."""


def _find_colon_speaker(text: str, start: int, end: int) -> list[_Found]:
    """'Sen. Jane Doe (D-Calif.): "..."' opening a block: the speaker tag of a list of quotes.

    The attribution is the tag before the colon; its cue is ":". A tag that names nobody
    ("The result: "...") is none.
    """
    colon = text.find(":", start, min(end, start + _MAX_TAG_CHARS))
    if colon < 0 or text[colon + 1 : colon + 3].lstrip(" \t")[:1] not in ('"', "“"):
        return []  # (a cheap test first: no colon and quote mark near the block's start)
    found = RE_COLON_SPEAKER.match(text, start, end)
    if found is None:
        return []
    name = found["name"]
    if not (_is_proper(name) or _is_proper_with_role(name)):
        return []
    if name.split(None, 1)[0].lower() in _SENTENCE_OPENERS:
        return []  # "In Boston: "...": a place, not a speaker
    tag_end = text.rindex(":", start, found.end())
    while text[tag_end - 1] in " \t":
        tag_end -= 1
    if sentence_end(text, start, tag_end) < tag_end or RE_SPEECH_VERB.search(text, start, tag_end):
        return []  # a sentence before the tag, or a verb that speaks ("X told Axios:")
    role = None
    if found["role"] is not None and found["role"].split(None, 1)[0] not in _RELATIVE_PRONOUNS:
        role = (found.start("role"), found.end("role"))
    return [_Found(start, tag_end, found.start("name"), found.end("name"), ":", role)]


_ASIDES: Final[frozenset[str]] = _RELATIVE_PRONOUNS | frozenset(
    {"for", "in", "on", "however", "meanwhile", "too", "though", "like"}
)
"""Words that open an aside between commas, not a role (", for her part,", ", however,")."""


def _find_colon_clauses(text: str, start: int, end: int) -> list[_Found]:
    """'Jane Doe was blunter: "..."', 'Tom Reyes, a historian, put it this way: "..."'.

    A sentence that opens with a name, then a short clause with a verb but no verb of speech
    (those are read by :func:`_find_speech`), and ends in a colon right before a quote. The
    attribution runs from the name to the colon; its cue is ":", as a speaker tag's.
    """
    found: list[_Found] = []
    if text.find(":", start, end) < 0:
        return found  # (a cheap test first)
    for colon in RE_COLON_BEFORE_QUOTE.finditer(text, start, end):
        clause_start = _sentence_start(text, start, colon.start())
        if clause_start is None:
            continue
        clause = RE_COLON_CLAUSE.fullmatch(text, clause_start, colon.start())
        if clause is None or _speaks_or_quotes(text, clause_start, colon.start()):
            continue
        name = clause["name"]
        words = name.split()
        if words[0].lower() in _SENTENCE_OPENERS or words[0].lower() in _DETERMINERS - {"the"}:
            continue  # "In Boston, ...", "One senator ...": no speaker's name
        pronoun = name.lower() in _PERSONAL_PRONOUNS
        if not (pronoun or _is_proper(name) or _is_proper_with_role(name)):
            continue
        if all(word.lower() in _CONNECTORS for word in words):
            continue  # "The list included:": "The" names nobody
        role = None
        if clause["role"] is not None and clause["role"].split()[0].lower() not in _ASIDES:
            role = (clause.start("role"), clause.end("role"))
        name_end = clause.start("name") + len(name)
        found.append(
            _Found(clause_start, colon.start(), clause_start, name_end, ":", role, pronoun)
        )
    return found


def _sentence_start(text: str, floor: int, pos: int) -> int | None:
    """Where the sentence that holds ``pos`` starts, looked for at most a tag's length back.

    None when no sentence starts in reach (the look-back must not cut a sentence in two).
    """
    reach = max(floor, pos - _MAX_TAG_CHARS)
    begin = reach
    while (stop := sentence_end(text, begin, pos)) < pos:
        begin = stop + 1
    if begin == reach and reach > floor:
        return None
    while begin < pos and text[begin].isspace():
        begin += 1
    return begin


def _speaks_or_quotes(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a quote mark or a verb of speech ("X told Axios:")."""
    return any(
        pattern.search(text, start, end) is not None
        for pattern in (RE_QUOTE_MARK, RE_SPEECH_VERB, RE_QUOTE_VERB)
    )


def _find_sourced(
    text: str, start: int, end: int, pattern: re.Pattern[str], literal: str
) -> list[_Found]:
    """Find "per the Times", "according to spokesperson Ned Price": sources run to clause end."""
    found: list[_Found] = []
    if text.find(literal, start, end) < 0:
        return found  # a plain substring test is much cheaper than the pattern
    for match in pattern.finditer(text, start, end):
        source_start = match.end()
        source_end = _clause_end(text, source_start, end)
        if source_end is None:
            continue  # no clause end in reach: far too long for a source
        while source_end > source_start and text[source_end - 1].isspace():
            source_end -= 1
        words = text[source_start:source_end].split()
        if _is_unit(words):
            continue  # "$500 per incident": a rate, not a source
        if 0 < len(words) <= _MAX_SOURCE_WORDS:
            cue = " ".join(match["cue"].lower().split())
            named = RE_NAME_AFTER_COMMA.match(text, source_end, end)
            if named is not None and _is_description(words):
                # "per the society's director, Augustina Feld-Mwangi": the name, its role.
                role = (source_start, source_end)
                name_start, name_end = named.start("name"), named.end("name")
                found.append(_Found(match.start(), name_end, name_start, name_end, cue, role))
                continue
            found.append(_Found(match.start(), source_end, source_start, source_end, cue))
    return found


def _is_unit(words: list[str]) -> bool:
    """Whether a source in lower case is one singular noun: "per incident" counts, not cites.

    Also before a clause of its own: "$3,000 per child when the credit lapsed".
    """
    if len(words) > 1 and words[1] not in _SUBORDINATORS:
        return False
    return bool(words) and words[0][0].islower() and not words[0].rstrip(".,").endswith("s")


def _clause_end(text: str, start: int, end: int) -> int | None:
    """Where the clause of a source starting at ``start`` ends; None when it runs too long.

    The search stops after :data:`_MAX_SOURCE_CHARS` (so many cues in one block stay linear),
    and steps over the full stop of a title ("according to Gov. Jane Doe").
    """
    limit = min(end, start + _MAX_SOURCE_CHARS)
    pos = start
    while (found := RE_CLAUSE_END.search(text, pos, limit)) is not None:
        if found.group() != "." or sentence_end(text, pos, found.end()) < found.end():
            return found.start()
        pos = found.end()
    return end if limit == end else None


def _find_speech(text: str, start: int, end: int) -> list[_Found]:
    """Find "AP reports", "Price added", "X told Axios", '..." said Jane Doe'."""
    found = []
    for match in RE_SPEECH_VERB.finditer(text, start, end):
        speech = _speech_at(text, start, end, match)
        if speech is not None:
            found.append(speech)
    block = text[start:end]
    if any(stem in block for stem in _DOCUMENT_VERB_STEMS):
        # (plain substring tests are much cheaper than the pattern's search)
        for match in RE_DOCUMENT_VERB.finditer(text, start, end):
            speech = _document_at(text, start, match)
            if speech is not None:
                found.append(speech)
    if RE_QUOTE_MARK.search(text, start, end) is None:
        return found  # the other verbs attribute only next to a quote
    if not any(verb in block for verb in QUOTE_VERBS):
        return found
    for match in RE_QUOTE_VERB.finditer(text, start, end):
        speech = _speech_at(text, start, end, match)
        if speech is not None and _next_to_quote(text, speech, start, end):
            found.append(speech)  # (not "Democrats argued the bill ...": no quote there)
    return found


def _speech_at(text: str, start: int, end: int, match: re.Match[str]) -> _Found | None:
    """The attribution whose speech verb ``match`` found, if its speaker can be read."""
    verb = match["verb"]
    if match.start() > start and text[match.start() - 1] == "-":
        return None  # "so-called", "long-awaited": part of a word, no verb
    if verb == "saying":
        return _saying(text, start, end, match)
    after = _after_verb(text, verb, match.end(), end)
    if after is None:
        return None
    verb_end, strong = after
    appositive = _appositive_speaker(text, start, match.start(), verb_end, verb)
    if appositive is not None:
        return appositive
    subject_end = _before_party(text, start, match.start())
    subject_start = _subject_start(text, start, subject_end)
    if subject_start is not None:
        subject = text[subject_start:subject_end].rstrip()
        head, _, last = subject.rpartition(" ")
        while last in _VERB_ADVERBS and head:
            # "The New York Times first reported", "Mayor X has long said": the Times, X speak
            subject = head.rstrip()
            head, _, last = subject.rpartition(" ")
        if subject.lower() in _PERSONAL_PRONOUNS and (
            strong
            or _after_quote(text, start, subject_start)
            or _at_sentence_start(text, start, subject_start)
        ):
            subject_end = subject_start + len(subject)
            return _Found(subject_start, verb_end, subject_start, subject_end, verb, pronoun=True)
        plain = _without_nickname(subject)
        named = None
        if verb in QUOTE_VERBS and not (
            _is_proper(plain) or _is_proper_with_role(plain) or _unnamed(plain)
        ):
            named = _named_at_end(plain)
        if named is not None:  # "a proposal the American Staffing Coalition called "...""
            subject_start += len(plain) - len(named)
            subject, plain = named, named
        if strong or _is_proper(plain) or _is_proper_with_role(plain) or _unnamed(plain):
            return _Found(
                subject_start, verb_end, subject_start, subject_start + len(subject), verb
            )
        document = _document_in(text, subject_start, subject_start + len(subject))
        if document is not None:  # "The bill says ..."
            return _Found(document[0], verb_end, document[0], document[1], verb, document=True)
        return None
    shared = _shared_subject(text, start, match.start()) if verb in _SHARED_CUES else None
    if shared is not None:
        return _Found(shared[0], verb_end, shared[0], shared[1], verb)
    if strong:
        return None  # in '..., told Axios:' the name after the verb is the listener
    inverted = _inverted_speaker(text, start, match.start(), match.end(), end)
    return _inverted(text, match.start(), inverted, end, verb) if inverted is not None else None


_DOCUMENT_VERB_STEMS: Final = ("found", "finds", "show", "state", "conclude")
"""Substrings of :data:`DOCUMENT_VERBS`: a block without any needs no search for them."""

_DOCUMENT_LINKS: Final[frozenset[str]] = frozenset(
    {"from", "by", "of", "released", "published", "issued", "obtained", "reviewed"}
)
"""Words after a document noun that go on to name its issuer ("data from the Census Bureau")."""

_DOCUMENT_OPENERS: Final[frozenset[str]] = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "our", "one"}
)
"""Determiners that open a document's name ("the bill", "a new poll")."""

_NOT_IN_A_DOCUMENTS_NAME: Final[frozenset[str]] = frozenset(
    {"and", "or", "but", "which", "who", "said", "says", "to", "in", "on", "at", "for", "with"}
)
"""Words that end a clause before a document's name ("officials said the report ...")."""


def _document_at(text: str, start: int, match: re.Match[str]) -> _Found | None:
    """'The report found ...', 'the ruling states': a document, then a verb of documents."""
    subject_start = _subject_start(text, start, match.start())
    if subject_start is None:
        return None
    document = _document_in(text, subject_start, match.start())
    if document is None:
        return None
    verb = match["verb"]
    return _Found(document[0], match.end(), document[0], document[1], verb, document=True)


def _document_in(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a document that speaks stands at the end of the subject ``text[start:end]``.

    A document noun last ("the bill", "A new Axios/Ipsos poll", "Census Bureau data"), or
    before its issuer ("data from the Census Bureau", "a report by X"); it runs from its
    determiner, else from the capitalised words right before the noun.
    """
    tokens: list[tuple[int, int]] = []
    pos = end
    while (token := _word_before(text, start, pos))[1] > token[0]:
        tokens.append(token)
        pos = token[0]
    tokens.reverse()
    words = [text[token_start:token_end] for token_start, token_end in tokens]
    noun = next(
        (
            i
            for i, word in enumerate(words)
            if word.lower() in DOCUMENT_SPEAKERS
            and (i == len(words) - 1 or words[i + 1] in _DOCUMENT_LINKS)
        ),
        None,
    )
    if noun is None:
        return None
    first = noun
    for i in range(noun - 1, max(-1, noun - 5), -1):
        word = words[i]
        if word.lower() in _DOCUMENT_OPENERS or word.endswith(("'s", "’s")):
            first = i
            break
        if word.lower() in _NOT_IN_A_DOCUMENTS_NAME or not word.replace("/", "").isalnum():
            break
    if first == noun:  # no determiner: "Census Bureau data shows"
        while first > 0 and words[first - 1][:1].isupper():
            first -= 1
    return tokens[first][0], tokens[-1][1]


def _named_at_end(subject: str) -> str | None:
    """The name that ends a subject of lower-case words: a relative clause without its "that".

    "a proposal the American Staffing Coalition" -> "the American Staffing Coalition"; None
    when the subject is a name already, or ends in none.
    """
    words = subject.split()
    first = len(words)
    while first > 0 and is_capitalised(words[first - 1]):
        first -= 1
    if first > 0 and words[first - 1] == "the":
        first -= 1
    before = words[first - 1] if first > 0 else ""
    if first == len(words) or not before[:1].islower() or before in _PLACE_PREPOSITIONS:
        return None  # ("analysts at Corliss Bank": the analysts, not the bank)
    named = " ".join(words[first:])
    return named if subject.endswith(named) else None


def _after_verb(text: str, verb: str, verb_end: int, end: int) -> tuple[int, bool] | None:
    """Where the attribution ends after its verb, and whether the verb names a listener.

    None when what follows shows the verb speaks no words: "Phoenix added 20,000 units",
    "Apple announced a new phone", "told" with no listener.
    """
    if verb in {"told", "tells", "tell"}:
        listener = RE_TOLD_OBJECT.match(text, verb_end, end)
        return (listener.end(), True) if listener is not None else None
    if verb == "said":
        statement = RE_STATEMENT.match(text, verb_end, end)
        return (statement.end() if statement is not None else verb_end), False
    if verb in {"added", "adds"} and RE_QUANTITY_AFTER.match(text, verb_end, end):
        return None
    if verb == "emails" and not text.startswith(":", verb_end):
        return None  # "X emails:" speaks; "internal Halloran emails" are a noun
    if verb in {"reports", "reported"} and RE_FIGURES_AFTER.match(text, verb_end, end):
        return None  # "Quorra reports earnings": figures, no words
    if verb in {"announced", "announces"} and not RE_ANNOUNCEMENT_AFTER.match(text, verb_end, end):
        return None
    return verb_end, False


_SHARED_CUES: Final[frozenset[str]] = frozenset(
    {"said", "says", "told", "tells", "wrote", "writes", "noted", "notes"}
)
"""Verbs that speak after "and" ("... and said"); "and added a route", "and reported a loss"
do not."""


def _saying(text: str, start: int, end: int, match: re.Match[str]) -> _Found | None:
    """'Fed Governor X dissented, saying in a statement that "..."': the sentence's subject."""
    comma = match.start()
    while comma > start and text[comma - 1] in " \t":
        comma -= 1
    if comma == start or text[comma - 1] != ",":
        return None  # ("a saying", "without saying"; "saying" opens no clause of its own)
    subject = _shared_subject(text, start, comma - 1, joiner=None)
    if subject is None:
        return None
    statement = RE_STATEMENT.match(text, match.end(), end)
    verb_end = statement.end() if statement is not None else match.end()
    return _Found(subject[0], verb_end, subject[0], subject[1], "saying")


def _shared_subject(
    text: str, floor: int, verb_start: int, joiner: str | None = "and"
) -> tuple[int, int] | None:
    """'Prime Minister X declared a state of emergency and said ...': the sentence's subject.

    Only for a verb right after ``joiner`` ("and"; with none, ``verb_start`` is where the
    clause before ", saying" ends), when the sentence (found a tag's length back at most) opens
    with a name and then a verb in lower case.
    """
    word_start, word_end = _word_before(text, floor, verb_start)
    if joiner is None:
        word_start = verb_start  # (the clause before ", saying" ends right there)
    elif text[word_start:word_end] != joiner:
        return None
    sentence = _sentence_start(text, floor, word_start)
    if sentence is None:
        return None
    found = RE_SENTENCE_SUBJECT.match(text, sentence, word_start)
    if found is None:
        return None
    subject = found["subject"]
    first = subject.split(None, 1)[0].lower()
    if first in _SENTENCE_OPENERS or first in _DETERMINERS - {"the"} or first in _PRONOUNS:
        return None
    if all(word.lower() in _CONNECTORS for word in subject.split()):
        return None  # "The union and the company met ...": "The" names nobody
    if not (_is_proper(subject) or _is_proper_with_role(subject)):
        return None
    return found.start("subject"), found.end("subject")


_MAX_PARTY_CHARS: Final = 22
"""A party and state in parentheses is at most this long ("(D-Calif.)", "(I-Vt.)")."""


def _before_party(text: str, start: int, pos: int) -> int:
    """Where a subject ends that a party stands after: "Rep. Tom Lee (D-Ohio) said".

    ``pos`` when no party stands right before it.
    """
    close = pos
    while close > start and text[close - 1] in " \t":
        close -= 1
    if close == start or text[close - 1] != ")":
        return pos
    opening = text.rfind("(", max(start, close - _MAX_PARTY_CHARS), close)
    if opening < 0 or RE_PARTY.fullmatch(text, opening, close) is None:
        return pos
    while opening > start and text[opening - 1] in " \t":
        opening -= 1
    return opening


def _at_sentence_start(text: str, start: int, pos: int) -> bool:
    """Whether a sentence starts at ``pos`` ("She wrote that ...").

    At the block's start, or after a full stop, a question or an exclamation (maybe behind a
    closing quote mark).
    """
    while pos > start and text[pos - 1] in " \t":
        pos -= 1
    if pos > start and text[pos - 1] in '"”' and pos - 1 > start:
        pos -= 1
    return pos == start or text[pos - 1] in ".!?"


def _after_quote(text: str, start: int, pos: int) -> bool:
    """Whether a quote ends right before ``pos`` ('"...," she added': spaces apart)."""
    while pos > start and text[pos - 1] in " \t":
        pos -= 1
    return pos > start and text[pos - 1] in '"”'


def _next_to_quote(text: str, speech: _Found, start: int, end: int) -> bool:
    """Whether a quote ends right before ``speech`` or opens right after it.

    '"...?" Jane Doe asked.', '..." argued Jane Doe', 'Jane Doe warned: "...'.
    """
    if _after_quote(text, start, speech.start):
        return True
    after = speech.end
    while after < end and text[after] in " \t:,":
        after += 1
    if after < end and text[after] in '"“':
        return True
    if speech.cue in {"asked", "asks", "replied", "tweeted", "tweets"}:
        return False  # "Axios asked readers to share their "...": the words are not the asker's
    # A quote later in the speaker's sentence: 'X called the deal "painful but fair."'
    mark = RE_QUOTE_MARK.search(text, after, min(end, after + _PARTIAL_QUOTE_GAP))
    return (
        mark is not None
        and mark.group() != "”"
        and sentence_end(text, after, mark.start()) == mark.start()
    )


def _appositive_speaker(
    text: str, floor: int, verb_start: int, verb_end: int, verb: str
) -> _Found | None:
    """'"...," Jane Doe, the company's COO, said.' -> "Jane Doe", role "the company's COO"."""
    before = verb_start
    while before > floor and text[before - 1] in " \t":
        before -= 1
    if before == floor or text[before - 1] != ",":
        return None  # the appositive's comma stands right before the verb (a cheap test first)
    window_start = max(floor, verb_start - _APPOSITIVE_WINDOW)
    window = text[window_start:verb_start]
    found = RE_APPOSITIVE_SPEAKER.search(window)
    if found is None:
        return _reversed_appositive(window, window_start, floor, verb_end, verb)
    name_start, name_end = window_start + found.start("name"), window_start + found.end("name")
    name = text[name_start:name_end]
    if not (_is_proper(name) or _is_proper_with_role(name)):
        return _reversed_appositive(window, window_start, floor, verb_end, verb)
    if found["after_quote"] is None and not _opens_sentence(
        name, found.start(), window_start, floor
    ):
        return None
    role = (window_start + found.start("role"), window_start + found.end("role"))
    relative = RE_ROLE_RELATIVE.search(found["role"])
    if relative is not None:  # "a scientist at Y who was not involved": "a scientist at Y"
        role = (role[0], role[0] + relative.start())
    first_word = found["role"].split(None, 1)[:1]
    if found["role"].isdigit() or (first_word and first_word[0].lower() in _RELATIVE_PRONOUNS):
        return _Found(name_start, verb_end, name_start, name_end, verb)  # ", who voted no," ", 54,"
    return _Found(name_start, verb_end, name_start, name_end, verb, role)


def _reversed_appositive(
    window: str, window_start: int, floor: int, verb_end: int, verb: str
) -> _Found | None:
    """'Its chief executive, John Matze, said' -> "John Matze", role "its chief executive".

    The description must read as one: lower-case words after a determiner or a possessive
    ("the company's founder", "Acme's lawyer"), not an adverbial ("In a statement Tuesday, ...").
    """
    found = RE_REVERSED_APPOSITIVE.search(window)
    if found is None or not _is_proper(found["name"]):
        return None
    if found["after_quote"] is None and found.start() == 0 and window_start != floor:
        return None  # the window cut a sentence: its start is not the description's
    role_start = window_start + found.start("role")
    words = found["role"].split()
    if words[0].lower() in _DESCRIPTION_JOINERS and len(words) > 1:
        role_start += len(found["role"]) - len(found["role"].split(None, 1)[1])
        words = words[1:]  # "But its chief executive": the conjunction opens the clause
    if not _is_description(words):
        return None
    role = (role_start, window_start + found.end("role"))
    name = (window_start + found.start("name"), window_start + found.end("name"))
    return _Found(role_start, verb_end, name[0], name[1], verb, role)


_DESCRIPTION_JOINERS: Final[frozenset[str]] = frozenset({"and", "but", "meanwhile", "still"})
"""Words that may open the clause before a description ("But its chief executive, X, said")."""

_DESCRIPTION_OPENERS: Final[frozenset[str]] = frozenset(
    {"the", "a", "an", "its", "his", "her", "their", "our", "one", "another"}
)
"""Determiners that open a description before a name ("its chief executive", "an ally")."""


def _is_description(words: list[str]) -> bool:
    """Whether ``words`` describe someone: "its chief executive", "the mayor of Boston".

    A determiner or a possessive first, then lower-case words (a possessive may stand among
    them: "the company's founder") ending in a lower-case noun, and perhaps a place or an
    organisation after a preposition ("of Boston", "at Yale University").
    """
    owner = 0  # "Castellan Bank's chief U.S. economist": an owner's name before its possessive
    while (
        owner < len(words) - 1
        and words[owner][0].isupper()
        and words[owner].isalpha()  # (a possessive is no longer alphabetic)
    ):
        owner += 1
    if owner and not words[owner].endswith(("'s", "’s")):
        owner = 0
    first = words[owner]
    if first.lower() not in _DESCRIPTION_OPENERS and not first.endswith(("'s", "’s")):
        return False
    rest = words[owner + 1 :]
    tail = next((i for i, w in enumerate(rest) if w in _PLACE_PREPOSITIONS), len(rest))
    noun, place = rest[:tail], rest[tail + 1 :]
    return (
        bool(noun)
        and all(
            w[0].islower() or w.endswith(("'s", "’s")) or _is_party(w) or _is_initialism(w)
            for w in noun
        )
        and noun[-1].isalpha()
        and (noun[-1][0].islower() or _is_party(noun[-1]))
        and (tail == len(rest) or (bool(place) and _is_place(place)))
    )


_PARTY_NOUNS: Final[frozenset[str]] = frozenset({"republican", "democrat", "democratic", "gop"})
"""Capitalised words a description may hold: "the committee's top Republican"."""


def _is_place(words: list[str]) -> bool:
    """What a description's preposition names: a place, a body or a field.

    "of Boston", "at Yale"; in lower case, "head of policy", "vice president of sales".
    """
    return _is_proper(" ".join(words)) or all(w.isalpha() and w.islower() for w in words)


def _is_party(word: str) -> bool:
    return word.lower() in _PARTY_NOUNS


def _is_initialism(word: str) -> bool:
    """Whether ``word`` is an initialism ("U.S.", "U.N."): capitals, each with its full stop."""
    return len(word) >= 4 and word[::2].isupper() and set(word[1::2]) == {"."}


_PLACE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"of", "at", "for", "in", "with"})
"""Words after which a description names its place or organisation ("the mayor of Boston")."""


def _opens_sentence(name: str, lead: int, window_start: int, floor: int) -> bool:
    """Whether a speaker at a sentence's start reads as a full name, not "In Boston, ...".

    At the window's start, the window must start the block (not cut a sentence in two).
    """
    words = name.split()
    if lead == 0 and window_start != floor:
        return False
    return len(words) >= 2 and words[0].lower() not in _SENTENCE_OPENERS


def _inverted(text: str, verb_start: int, name: tuple[int, int], end: int, verb: str) -> _Found:
    """'..." says Jane Doe, CEO of Acme.' -> text "says Jane Doe, CEO of Acme", role kept."""
    appositive = RE_APPOSITIVE.match(text, name[1], end)
    if appositive is None or appositive["role"].isdigit():  # ", 54.": an age, no role
        return _Found(verb_start, name[1], name[0], name[1], verb)
    if appositive["role"].split(None, 1)[0] in _RELATIVE_PRONOUNS:
        return _Found(verb_start, name[1], name[0], name[1], verb)  # ", who spoke in favor."
    role_end = appositive.end("role")
    if RE_INITIALISM_END.search(text, appositive.start("role"), role_end + 1):
        role_end += 1  # "head of Ipsos U.S.": the initialism keeps its last full stop
    role = (appositive.start("role"), role_end)
    return _Found(verb_start, role[1], name[0], name[1], verb, role)


def _subject_start(text: str, floor: int, verb_start: int) -> int | None:
    """Walk back from a verb over the words of its subject, to the clause boundary."""
    pos = verb_start
    subject_start = None
    for _ in range(_MAX_SUBJECT_WORDS + 1):
        token_start, token_end = _word_before(text, floor, pos)
        token = text[token_start:token_end]
        if (
            subject_start is not None
            and token[:1] in ('"', "“")
            and _is_nickname(text, token_start + 1, token_end - 1, floor, verb_start)
        ):
            subject_start, pos = token_start, token_start  # 'Bartholomew "Bart" Kincaid-Osei'
            continue
        if not token or _closes_clause(token) or token[0] in '"“(':
            return subject_start
        if token.lower() in _SUBORDINATORS:
            return subject_start  # "Stocks fell as investors said": the clause's own subject
        if token in _OBJECT_RELATIVES and subject_start is not None:
            after = text[subject_start:verb_start].strip()
            if _is_proper(after) or _unnamed(after):
                return subject_start  # "a gamble that officials said": the clause's own subject
        if token in _RELATIVE_PRONOUNS and subject_start is None:
            return None  # "emails that called it ...": the relative pronoun is the subject
        if token in _CLAUSE_JOINERS and subject_start is None:
            return None  # "... and said": the verb shares the sentence's subject
        if token in _CLAUSE_JOINERS:
            before_start, before_end = _word_before(text, floor, token_start)
            before = text[before_start:before_end]
            if not before[:1].isupper() and before.lower() not in _SPEAKER_NOUNS:
                return subject_start  # '"fine" and Sam Roe said': the subject starts after it
        subject_start, pos = token_start, token_start
        if token_start == floor:
            return subject_start
    return None


def _word_before(text: str, floor: int, pos: int) -> tuple[int, int]:
    """Where the word that ends before ``pos`` (whitespace apart) starts and ends.

    Empty (start == end) at the block's start, ``floor``. A hard-wrapped block's line breaks
    are spaces too: "Commissioner Ifeoma" / "Castellanos-Reid said".
    """
    end = pos
    while end > floor and text[end - 1].isspace():
        end -= 1
    start = end
    while start > floor and not text[start - 1].isspace():
        start -= 1
    return start, end


def _closes_clause(token: str) -> bool:
    if token[-1] in _CLOSING:
        return True
    if token == "No.":
        return False  # a rank: "World No. 1 Jane Doe" (a sentence's "no." is in lower case)
    if token[-1] == ".":
        # "U.S.", "J." and "Sen." do not end a sentence; "AP." does.
        return token.lower() not in ABBREVIATIONS and not (
            (len(token) == 2 and token[0].isupper()) or "." in token[:-1]
        )
    return False


def _is_proper(subject: str) -> bool:
    """Whether ``subject`` is a name: capitalised words, with "the"/"of" allowed inside."""
    words = subject.split()
    if not words or words[0].lower() in _PRONOUNS or words[0] in _JOINING_WORDS:
        return False  # "and Sam Roe said": the name starts after the conjunction
    if len(words) == 1 and words[0].lower() in _GROUPS:
        return False  # "Critics called it ...": capitalised only as a sentence's first word
    if not any(word[0].isupper() for word in words):
        return False
    return all(is_capitalised(word) or word[0].isdigit() or word in _CONNECTORS for word in words)


_NOT_IN_A_NOUN_PHRASE: Final[frozenset[str]] = frozenset(
    {"that", "which", "have", "has", "had", "is", "are", "was", "were", "will", "would"}
)
"""Words that make a would-be subject a clause ("groups have warned lawmakers that")."""


def _unnamed(subject: str) -> bool:
    """Whether ``subject`` is a speaker without a name: "a Harborlight spokesperson".

    Also "two diplomats involved in the talks", "Gov. Jane Doe's office", "people familiar with
    the plan": a noun that names who speaks, after a determiner or a name.
    """
    words = subject.split()
    if not words or words[0].lower() in _PRONOUNS:
        return False
    if any(word in _NOT_IN_A_NOUN_PHRASE for word in words):
        return False  # "Dairy groups have warned lawmakers that ...": a clause, no speaker
    nouns = [word.lower().strip(",.'’") in _SPEAKER_NOUNS for word in words]
    opening = words[0].lower() in _DETERMINERS or words[0][0].isupper() or nouns[0]
    # "shipping companies said": a plural speaker after words that describe it, no determiner
    described = nouns[-1] and words[-1].endswith("s") and len(words) <= _MAX_DESCRIBED_GROUP
    return (opening and any(nouns)) or (described and subject.islower())


def _is_proper_with_role(subject: str) -> bool:
    """Whether ``subject`` is a role and a name: "city spokesperson Anna Berg"."""
    role, name = split_role(subject)
    return role is not None and _is_proper(name)


_DAYS_AND_MONTHS: Final[frozenset[str]] = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today"}
    | {"January", "February", "March", "April", "May", "June", "July", "August", "September"}
    | {"October", "November", "December", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec"}
)
"""Capitalised words after "said" that say when, not who ("said Thursday")."""


def _inverted_speaker(
    text: str, floor: int, verb_start: int, verb_end: int, end: int
) -> tuple[int, int] | None:
    """'"...," said Jane Doe' -> the span of "Jane Doe" (only right after a quote or comma)."""
    before = text[max(floor, verb_start - 3) : verb_start]
    if not any(mark in before for mark in ',"”'):
        return None
    name = RE_INVERTED_NAME.match(text, verb_end, end)
    if name is None:
        return _described_after(text, verb_end, end) or _unnamed_after(text, verb_end, end)
    if name["name"].split(None, 1)[0].rstrip(".,:") in _DAYS_AND_MONTHS:
        return None  # '..., said Thursday: "..."': when, not who
    name_end = name.end("name")
    if name["described"] is not None and split_role(text[name.start("name") : name.end()])[0]:
        name_end = name.end()  # "said Clearbill director Yusra Hadley": a role, then the name
    # The name ends where its sentence does: '..." said Jane Doe. Budget rose.'
    return name.start("name"), sentence_end(text, name.start("name"), name_end)


def _unnamed_after(text: str, verb_end: int, end: int) -> tuple[int, int] | None:
    """'"...," said a senior administration official': a speaker without a name, after the verb."""
    found = RE_INVERTED_UNNAMED.match(text, verb_end, end)
    if found is None or not _unnamed(found["name"]):
        return None
    return found.start("name"), found.end("name")


def _described_after(text: str, verb_end: int, end: int) -> tuple[int, int] | None:
    """'"...," said parent Jane Doe' -> the span of "parent Jane Doe", when it reads as a role."""
    found = RE_INVERTED_DESCRIBED.match(text, verb_end, end)
    if found is None or found["description"].split()[0] in _DETERMINERS:
        return None  # "said the White House": no role, no speaker read here
    role, _name = split_role(text[found.start("description") : found.end("name")])
    if role is None:
        return None
    return found.start("description"), sentence_end(text, found.start("name"), found.end("name"))


def _opens_sentence_before(
    state: State, start: int, spans: list[tuple[int, int]], found: _Found
) -> str | None:
    """'Doe is unmoved. "...," she said': the person who opens the sentence before the quote.

    Only for a pronoun right after a quote that opens its own sentence; the person is a full
    name ("Sen. Orla Reyes (D-N.M.) is ..."), or a surname whose full name came earlier.
    """
    text = _quote_view(state)
    at = bisect_right(spans, found.start, key=lambda span: span[1]) - 1
    if at < 0 or not _after_quote(text, start, found.start):
        return None
    opening = spans[at][0]  # back over the quote's opening mark and the spaces before it
    while opening > start and text[opening - 1] in ' \t"“':
        opening -= 1
    if opening == start or text[opening - 1] not in ".!?":
        return None
    sentence = _sentence_start(text, start, opening - 1)
    if sentence is None:
        return None
    first_start, first_end = _word_after(text, sentence, opening)
    first = text[first_start:first_end].removesuffix("'s").removesuffix("’s")
    second = text[slice(*_word_after(text, first_end, opening))]
    if (
        first.replace("-", "").isalpha()
        and first[0].isupper()
        and first.lower() not in _NOT_A_SURNAME
        and second[:1].islower()
        and second.lower() not in TITLE_WORDS  # "Board member Jane Doe, ..."
    ):
        full = _full_name(state, first)
        if full is not None:
            return full
    for run in name_runs(text, sentence, opening):
        named = full_name_of(run)
        if named is not None and _reads_as_person(named[1]):
            return named[1]
    return None


_NOT_A_SURNAME: Final[frozenset[str]] = _SENTENCE_OPENERS | _PRONOUNS | _DETERMINERS
"""Capitalised words that open a sentence without naming anyone."""


def _word_after(text: str, pos: int, end: int) -> tuple[int, int]:
    """Where the word that starts at or after ``pos`` (whitespace apart) starts and ends."""
    while pos < end and text[pos].isspace():
        pos += 1
    stop = pos
    while stop < end and not text[stop].isspace():
        stop += 1
    return pos, stop


def _reads_as_person(name: str) -> bool:
    """Two to four capitalised words, not opening with "The": "Orla Jimenez-Sutherland"."""
    words = name.split()
    return 2 <= len(words) <= 4 and words[0] != "The" and all(is_capitalised(w) for w in words)


def _named_by_pronoun(
    state: State, start: int, spans: list[tuple[int, int]], found: _Found
) -> str | None:
    """Who the pronoun of ``found`` names.

    The person who opens the sentence before its quote (:func:`_opens_sentence_before`) when
    the given name fits the pronoun, else :func:`_antecedent`.
    """
    wanted = _PRONOUN_GENDERS.get(state.text[found.source_start : found.source_end].lower())
    opener = _opens_sentence_before(state, start, spans, found)
    if opener is not None and (wanted is None or gender_of_name(opener) in (wanted, None)):
        return opener
    return _antecedent(state, found, wanted)


def _antecedent(state: State, found: _Found, wanted: Gender | None) -> str | None:
    """Who "he" or "she" is: the last speaker named in this block, else in the block before.

    '"...," Priya Vandermeer told Axios.' / '"...," she added.': a pronoun after a quote goes
    on with the speaker just quoted. Further back, or with no speaker before, it names nobody,
    unless the blocks between name nobody either (:func:`_still_in_view`). When the speaker's
    given name goes with the other pronoun (:mod:`~newsitem._given_names`), the pronoun names
    the latest person before it whose name fits: mentioned in this block or the one before,
    else an earlier speaker.
    """
    block, speaker = state.last_speaker
    if speaker is None or not _still_in_view(state, block, speaker.name):
        return _only_person_before(state, found.start, wanted)
    if wanted is None or gender_of_name(speaker.name) in (wanted, None):
        return speaker.name
    return _latest_person(state, found.start, wanted)


_PRONOUN_REACH: Final = 3
"""A pronoun names a speaker at most this many blocks back (two blocks between them)."""


def _still_in_view(state: State, block: int, name: str) -> bool:
    """Whether the speaker ``name`` of ``block`` is still the one a pronoun names.

    In this block or the one before; or, for a person's full name, up to
    :data:`_PRONOUN_REACH` blocks back when the blocks between name no person ('X said.' /
    'The memo says ...' / '"...," he wrote'; not "people familiar with his plans").
    """
    current = len(state.seen_blocks)
    if block >= current - 1:
        return True
    if block < current - _PRONOUN_REACH or not _reads_as_person(name):
        return False
    return not any(_names_a_person(state, between) for between in range(block, current - 1))


def _names_a_person(state: State, block: int) -> bool:
    """Whether the block at ``block`` (in ``seen_blocks``, from 0) names a person; read once."""
    known = state.person_blocks.get(block)
    if known is None:
        start, end = state.seen_blocks[block]
        runs = (full_name_of(run) for run in name_runs(state.text, start, end))
        known = any(named is not None and _reads_as_person(named[1]) for named in runs)
        state.person_blocks[block] = known
    return known


def _only_person_before(state: State, before: int, wanted: Gender | None) -> str | None:
    """With no speaker in view, the one person this block names before the pronoun, if one.

    "Owner Jane Doe signed a 10-year lease, she told Axios.": Jane Doe. Two people named, or a
    name whose given name goes with the other pronoun, name nobody.
    """
    start = max(state.seen_blocks[-1][0], before - _LOOKBACK_CHARS)  # (bounded: linear)
    people = set()
    for run in name_runs(state.text, start, before):
        named = full_name_of(run)
        if named is not None and _reads_as_person(named[1]):
            people.add(named[1])
    if len(people) != 1:
        return None
    (person,) = people
    return person if wanted is None or gender_of_name(person) in (wanted, None) else None


_PRONOUN_GENDERS: Final[dict[str, Gender]] = {"she": "feminine", "he": "masculine"}
"""The pronouns that tell a gender ("they" tells none)."""


def _latest_person(state: State, before: int, wanted: Gender) -> str | None:
    """The latest person, named before ``before``, whose given name goes with ``wanted``.

    Looked for among the full names in the :data:`_LOOKBACK_CHARS` before the pronoun (this
    block and the one before it, mentioned or quoted), then among the last
    :data:`_MAX_SPEAKERS_BACK` speakers. Both bounds keep a page with many pronouns linear. The
    nearest speaker's name says it is not the one meant, so when nobody fits, nobody is named.
    """
    start = max(state.seen_blocks[-2:][0][0], before - _LOOKBACK_CHARS)
    found = None
    for run in name_runs(state.text, start, before):
        named = full_name_of(run)
        if named is not None and gender_of_name(named[1]) == wanted:
            found = named[1]
    if found is not None:
        return found
    for _, name in reversed(state.speakers[-_MAX_SPEAKERS_BACK:]):
        if gender_of_name(name) == wanted:
            return name
    return None


_LOOKBACK_CHARS: Final = 400
"""How far before a pronoun the people it may name are looked for."""

_MAX_SPEAKERS_BACK: Final = 12
"""How many earlier speakers a pronoun whose nearest speaker does not fit looks back over."""


def _to_model(state: State, found: _Found, antecedent: str | None = None) -> Attribution:
    source = state.text[found.source_start : found.source_end]
    role, bare = split_role(_issuer(_without_nickname(source)))
    if found.role is not None:
        role = state.text[found.role[0] : found.role[1]]
    if antecedent is not None:
        name = antecedent
    elif _is_compound_surname(bare) or _is_double_surname(bare):
        # "Benítez de la Torre said", "Wasserman Schultz added": the full name mentioned
        # earlier that ends with it.
        full = _full_name(state, surname_of(bare))
        tail = " " + bare[0].lower() + bare[1:]  # "Van der Molen" at a sentence's start
        name = full if full is not None and full.endswith((" " + bare, tail)) else bare
    else:
        word = lookup_word(bare) if needs_names(bare) else None
        name = resolve(bare, _full_name(state, word) if word is not None else None)
    return Attribution.model_validate(
        {
            "text": state.text[found.start : found.end],
            "source": source,
            # A hard-wrapped name or role reads on one line, as the paragraph's text does.
            "name": _without_article(" ".join(name.split())),
            "role": " ".join(role.split()) if role is not None else None,
            "cue": found.cue,
            "span": {"start": found.start, "end": found.end},
        }
    )


_PUBLICATION_WORDS: Final[frozenset[str]] = frozenset(
    {"times", "post", "herald", "journal", "tribune", "courier", "gazette", "sentinel", "news"}
    | {"ledger", "globe", "chronicle", "register", "inquirer", "examiner", "observer", "star"}
    | {"sun", "press", "guardian", "telegraph", "independent", "economist", "atlantic", "hill"}
    | {"information", "verge", "record", "dispatch", "bee", "mercury", "review", "daily"}
    | {"ft", "wsj", "nyt"}
)
"""Last words of a publication's name, which keeps its article ("The Seattle Times")."""


def _without_article(name: str) -> str:
    """An organisation's name without its article.

    "the National Weather Service" -> "National Weather Service"; a publication keeps it ("The
    Seattle Times"), and so does a description ("the judge", "the state transportation
    department").
    """
    article, _, rest = name.partition(" ")
    words = rest.split()
    if article.lower() != "the" or not words or not words[0][0].isupper():
        return name
    if not all(is_capitalised(word) or word in _CONNECTORS for word in words):
        return name
    return name if words[-1].lower() in _PUBLICATION_WORDS else rest


def _without_nickname(name: str) -> str:
    """'Bartholomew "Bart" Kincaid-Osei' -> "Bartholomew Kincaid-Osei"."""
    if '"' not in name and "“" not in name:
        return name  # (a cheap test first)
    return RE_NICKNAME_IN_NAME.sub("", name)


def _is_double_surname(source: str) -> bool:
    """Whether ``source`` may be a surname of two words ("Wasserman Schultz", "O'Malley Dillon").

    Two capitalised words whose first is no given name (:mod:`~newsitem._given_names`): "Jane
    Doe" is a full name already, and is not looked up.
    """
    words = source.split()
    return (
        len(words) == 2
        and all(is_capitalised(word) for word in words)
        and gender_of_name(source) is None
    )


def _is_compound_surname(source: str) -> bool:
    """Whether ``source`` is a surname with a particle: "Benítez de la Torre", "de Vries"."""
    words = source.split()
    return (
        len(words) > 1
        and any(word.lower() in NAME_PARTICLES for word in words[:-1])
        and words[-1][0].isupper()
        and all(word[0].isupper() or word in NAME_PARTICLES for word in words)
    )


def _issuer(source: str) -> str:
    """Who issued the document a source cites, else the source.

    "a new report from sports finance firm Lanternfield" -> "sports finance firm Lanternfield";
    "Ohio Development Services Agency figures" -> "Ohio Development Services Agency"; "a memo
    obtained by Axios" has no issuer (Axios only obtained it).
    """
    cited = source
    if "Axios" in source:  # (a cheap test first) "a memo obtained by Axios": not its issuer
        access = RE_AXIOS_ACCESS.search(source)
        cited = source[: access.start()] if access is not None else source
    words = cited.split()
    found = None
    if " from " in cited or " by " in cited:  # (cheap tests before each pattern)
        found = RE_DOCUMENT_BY.match(cited)
    if found is None and len(words) > 1 and words[-1].lower() in DOCUMENT_NOUNS:
        found = RE_DOCUMENT_OF.fullmatch(cited)
        if found is not None and words[0].lower() in _DOCUMENT_OPENERS:
            found = None  # "The report", "A new Axios/Ipsos poll": no issuer before the noun
    return found["issuer"] if found is not None else source


def _full_name(state: State, word: str) -> str | None:
    """The full name mentioned so far (this block included) that the lone ``word`` stands for.

    "Ned Price ... Price added": the first name ending with the word, else the first name that
    begins with it ("Verdant Hydrogen ... Verdant says", "CEO Park Ji-won ... Park added"). The
    runs of capitalised words are indexed by their words once per block (``state.runs``; the
    last word as a surname, "Jr." passed over), and each run is read
    once per word looked up (``state.names`` keeps how far): a long article with many sources
    stays linear. The first name ending with the word is final (a later block cannot change the
    first mention).
    """
    _index_runs(state)
    read, ending, beginning = state.names.get(word, (0, None, None))
    runs = state.runs.get(word, [])
    if ending is None:
        for run in runs[read:]:
            found = full_name_of(run)
            if found is None:
                continue
            last, name = found
            if last == word:
                ending = name
                break
            if beginning is None and name.startswith(word + " "):
                beginning = name
        state.names[word] = (len(runs), ending, beginning)
    return ending or beginning


def _index_runs(state: State) -> None:
    """Index the runs of capitalised words of the blocks analysed since the last look-up."""
    text, runs = state.text, state.runs
    for start, end in state.seen_blocks[state.runs_read :]:
        for run in name_runs(text, start, end):
            # A name may begin with the looked-up word, after a role too ("Caldera Deep CEO
            # Park Ji-won"), or end with it (also as "... Jane Doe." or "... Doe Jr.").
            words = {*run.split()[:-1], surname_of(run)}
            for word in words:
                runs.setdefault(word, []).append(run)
    state.runs_read = len(state.seen_blocks)


def _speaker_of(
    text: str, q_start: int, q_end: int, attributions: list[Attribution]
) -> Attribution | None:
    """The attribution right after the quote, else the one right before it.

    Not after a quote that ends its sentence ('"We won." Price said that ...' opens a new
    sentence). Attributions are ordered and do not overlap: a binary search finds the two
    neighbours, so a block with many quotes stays linear.
    """
    after = bisect_left(attributions, q_end, key=lambda a: a.span.start)
    tagged: Attribution | None = None  # the attribution right after the quote
    if after < len(attributions) and text[q_end - 1] != "." and attributions[after].cue != "via":
        attribution = attributions[after]  # (a roundup's "(Star Tribune)" reported, not said)
        gap = text[q_end : attribution.span.start]
        if len(gap) <= _MAX_QUOTE_GAP and set(gap) <= _AFTER_QUOTE_GAP:
            tagged = attribution
            if attribution.cue in _SPEECH_CUES:
                return attribution
    before = bisect_right(attributions, q_start, key=lambda a: a.span.end) - 1
    if before >= 0:
        attribution = attributions[before]
        gap = text[attribution.span.end : q_start]
        if tagged is None and len(gap) <= _MAX_QUOTE_GAP and set(gap) <= _BEFORE_QUOTE_GAP:
            return attribution
        if _in_speakers_clause(text, attribution, q_start):
            # 'X told parliament the plan would "not fail," according to RTV': X speaks, and
            # RTV is where the words were reported.
            return attribution
    return tagged


def _in_speakers_clause(text: str, speaker: Attribution, q_start: int) -> bool:
    """'Jane Doe said the levees had "failed twice"': a partial quote in the speaker's sentence.

    Only after a speech verb ("per AP, ..." names a source, not a speaker), with no sentence end
    and no other quote between the verb and the quote.
    """
    if speaker.cue not in _SPEECH_CUES or q_start - speaker.span.end > _PARTIAL_QUOTE_GAP:
        return False
    opening = q_start  # back over the quote's opening mark and the spaces around it
    while opening > speaker.span.end and text[opening - 1] in ' \t"“':
        opening -= 1
    return (
        sentence_end(text, speaker.span.end, opening) == opening
        and RE_QUOTE_MARK.search(text, speaker.span.end, opening) is None
    )
