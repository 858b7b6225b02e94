"""Names: split a source into role and name, and resolve it to the full name the article used.

"Price added" -> "Ned Price" (mentioned earlier); "per the Times" -> "The New York Times" (named
earlier); "per AP" -> "The Associated Press" (the outlet table below).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from newsitem._parser.patterns import (
    RE_AFTER_POSSESSIVE,
    RE_BODY_OF,
    RE_NAME_RUN,
    RE_PULL_QUOTE_CREDIT,
    RE_QUOTE_MARK,
    RE_SPEECH_VERB,
)

OUTLETS: Final[dict[str, str]] = {
    "ap": "The Associated Press",
    "the ap": "The Associated Press",
    "associated press": "The Associated Press",
    "the associated press": "The Associated Press",
    "afp": "Agence France-Presse",
    "agence france-presse": "Agence France-Presse",
    "reuters": "Reuters",
    "bloomberg": "Bloomberg",
    "new york times": "The New York Times",
    "the new york times": "The New York Times",
    "nyt": "The New York Times",
    "washington post": "The Washington Post",
    "the washington post": "The Washington Post",
    "wall street journal": "The Wall Street Journal",
    "the wall street journal": "The Wall Street Journal",
    "wsj": "The Wall Street Journal",
    "financial times": "Financial Times",
    "the financial times": "Financial Times",
    "los angeles times": "Los Angeles Times",
    "the los angeles times": "Los Angeles Times",
    "the guardian": "The Guardian",
    "guardian": "The Guardian",
    "the economist": "The Economist",
    "politico": "Politico",
    "cnn": "CNN",
    "nbc news": "NBC News",
    "cbs news": "CBS News",
    "abc news": "ABC News",
    "fox news": "Fox News",
    "npr": "NPR",
    "bbc": "BBC",
    "the bbc": "BBC",
    "axios": "Axios",
    "tass": "TASS",
    "xinhua": "Xinhua",
    "the hill": "The Hill",
    "the atlantic": "The Atlantic",
    "the information": "The Information",
    "the verge": "The Verge",
}
"""Well-known outlets, lower case as written (with or without "the") -> canonical name."""

TITLE_WORDS: Final[frozenset[str]] = frozenset(
    {
        "republican",  # a party before a name: "Republican Jane Doe", "GOP Sen. Jane Doe"
        "democrat",
        "democratic",
        "gop",
        "president",
        "vice",
        "prime",
        "minister",
        "secretary",
        "state",
        "of",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "spokespeople",
        "sen.",
        "rep.",
        "gov.",
        "senator",
        "representative",
        "governor",
        "mayor",
        "ceo",
        "cfo",
        "coo",
        "cto",
        "chair",
        "chairman",
        "chairwoman",
        "director",
        "ambassador",
        "chief",
        "deputy",
        "foreign",
        "defense",
        "general",
        "gen.",
        "attorney",
        "speaker",
        "leader",
        "majority",
        "minority",
        "press",
        "commissioner",
        "judge",
        "justice",
        "officer",
        "analyst",
        "official",
        "executive",
        "founder",
        "co-founder",
        "professor",
        "economist",
        "songwriter",
        "ald.",
        "alderperson",
        "player",
        "athlete",
        "author",
        "musician",
        "composer",
        "novelist",
        "poet",
        "photographer",
        "filmmaker",
        "dr.",
        "mr.",
        "ms.",
        "mrs.",
        "adviser",
        "advisor",
        "aide",
        "strategist",
        "councilmember",
        "council",
        "member",
        "treasurer",
        "administrator",
        "head",
        "the",
        "former",
        "senior",
        "white",
        "house",
        "national",
        "security",
        "economic",
        "interior",
        "homeland",
        "health",
        "u.s.",
        "un",
        "u.n.",
        "eu",
        "nato",
        "kremlin",
        "pentagon",
        "department",
        "editor",
        "reporter",
        "correspondent",
        "host",
        "lawyer",
        "sheriff",
        "chancellor",
        "king",
        "queen",
        "pope",
        "lt.",
        "col.",
        "sgt.",
        "capt.",
        "admiral",
        "colonel",
        "commander",
        "envoy",
        "special",
        "whip",
        "superintendent",
        "botanist",
        "biologist",
        "scientist",
        "researcher",
        "physician",
        "historian",
        "archaeologist",
        "engineer",
        "organizer",
        "activist",
        "no.",
        "world",
        "coach",
        "dean",
        "comptroller",
        "auditor",
        "clerk",
        "inspector",
        "developer",
        "designer",
        "programmer",
        "nurse",
        "teacher",
        "pastor",
        "rabbi",
        "investor",
        "consultant",
        "curator",
        "architect",
        "surgeon",
        "pediatrician",
        "epidemiologist",
        "manufacturer",
        "retailer",
        "automaker",
        "insurer",
        "lender",
        "chipmaker",
        "drugmaker",
        "startup",
        "wholesaler",
        "supplier",
        "manager",
        "chef",
        "chef-owner",
        "owner",
        "co-owner",
        "singer",
        "rev.",
        "rider",
        "resident",
        "parent",
        "voter",
        "customer",
        "patient",
        "shopper",
        "tenant",
        "landlord",
        "homeowner",
        "commuter",
        "student",
        "farmer",
        "worker",
        "neighbor",
        "volunteer",
        "visitor",
        "veteran",
        "retiree",
        "protester",
        "advocate",
        "employee",
        "contractor",
        "supervisor",
        "marshal",
        "sergeant",
        "trooper",
        "captain",
        "lieutenant",
        "detective",
        "councilman",
        "councilwoman",
        "alderman",
        "alderwoman",
        "assemblymember",
        "assemblyman",
        "assemblywoman",
        "delegate",
        "legislator",
        "lawmaker",
        "trustee",
        "provost",
        "coordinator",
        "warden",
        "ranger",
        "firefighter",
        "prosecutor",
        "cmdr.",
        "adm.",
        "maj.",
        "cpl.",
        "det.",
        "supt.",
        "insp.",
        "hon.",
        "atty.",
        "amb.",
    }
)
"""Words of a role that stands before a name ("Armenian Prime Minister", "spokesperson")."""


def split_role(source: str) -> tuple[str | None, str]:
    """Split a source into its role and the name after it.

    >>> split_role("Armenian Prime Minister Nikol Pashinyan")
    ('Armenian Prime Minister', 'Nikol Pashinyan')
    >>> split_role("parade organizer Bettina Lowell")
    ('parade organizer', 'Bettina Lowell')
    >>> split_role("the New York Times")
    (None, 'the New York Times')
    >>> split_role("Axios' Jane Doe")
    (None, 'Jane Doe')
    """
    head, of, place = source.partition(" of ")
    named_place = place[:1].isupper() or (place.startswith("the ") and place[4:5].isupper())
    if of and named_place:
        # "Retail analyst Jane Doe of Pellham Research": the role and the name come before.
        role, name = split_role(head)
        if role is not None and len(name.split()) >= 2:
            return role, name
    words = source.split()
    lowered = source.lower().split()  # the same words: no case mapping makes or eats a space
    if len(words) > 1 and lowered[0] == "the" and all(w[0].isupper() for w in words[1:]):
        return None, source  # an organisation: "the National Weather Service"
    if len(words) > 2 and lowered[0] in _ARTICLES and words[1][0].islower():
        # "the research firm Adlantic": the description keeps its article
        role, name = split_role(" ".join(words[1:]))
        if role is not None and is_capitalised(name.split()[0]):
            return f"{words[0]} {role}", name
    if len(words) > 2 and words[0].endswith(_POSSESSIVE) and all(w[0].isupper() for w in words):
        # "Axios' Jane Doe writes": the outlet's writer, no role; "Sheriff's Sgt. Jane Doe":
        # the possessive belongs to a title that follows.
        role, name = split_role(" ".join(words[1:]))
        return (f"{words[0]} {role}" if role is not None else None), name
    titles = [
        position
        for position, word in enumerate(lowered)
        if word in TITLE_WORDS
        or (word.isdigit() and position > 0 and lowered[position - 1] == "no.")
        or _in_pro_tem(lowered, position)
    ]  # (a rank is a title too: "World No. 1 Saskia Lindvall")
    last_title = titles[-1] if titles else -1
    # An organisation's name holds no person's title: "Tillamook State University".
    organisation = bool(lowered) and lowered[-1] in ORGANISATION_NOUNS
    if organisation or not _names_follow(words, last_title) or lowered[last_title] in {"of", "the"}:
        # No title word right before the name: a description may be ("state epidemiologist").
        last_title = _described_name(words)
        if last_title < 0:
            return None, source
    name = " ".join(words[last_title + 1 :])
    if " " not in name and RE_BODY_OF.search(source):
        return None, source  # "the Governor's Office of Economic Opportunity": one body's name
    return " ".join(words[: last_title + 1]), name


def _in_pro_tem(lowered: list[str], position: int) -> bool:
    """Whether the word at ``position`` is half of "pro tem" ("Mayor Pro Tem Jane Doe")."""
    word = lowered[position]
    if word == "pro":
        return lowered[position + 1 : position + 2] == ["tem"]
    return word == "tem" and position > 0 and lowered[position - 1] == "pro"


ORGANISATION_NOUNS: Final[frozenset[str]] = frozenset(
    {"university", "college", "school", "institute", "department", "agency", "council"}
    | {"commission", "committee", "association", "authority", "service", "office", "bureau"}
    | {"board", "bank", "party", "company", "corp.", "inc.", "group", "foundation", "center"}
    | {"centre", "hospital", "court", "ministry", "administration", "coalition", "union"}
    | {"capital", "partners", "ventures", "fund", "holdings", "labs", "research", "analytics"}
    | {"advisors", "advisers", "management", "systems", "technologies", "associates", "alliance"}
    | {"network", "initiative", "society", "trust", "exchange", "forum", "consortium", "league"}
    | {"collaborative", "federation", "caucus"}
)
"""Last words of an organisation's name: "Tillamook State University" names no person, so a
title word inside it ("State") does not split it (a description before it may:
"industry group Silicon Capacity Council")."""

_POSSESSIVE: Final = ("'", "’", "'s", "’s")

NAME_PARTICLES: Final[frozenset[str]] = frozenset(
    {"de", "la", "le", "del", "della", "van", "der", "den", "von", "da", "du", "di", "dos"}
    | {"das", "ter", "bin", "ibn", "al", "el"}
)
"""Lower-case words inside a person's name ("Fenna de Vries", "Benítez de la Torre")."""

_NAME_SUFFIXES: Final[frozenset[str]] = frozenset({"jr.", "sr.", "jr", "sr", "ii", "iii", "iv"})
"""Words after a surname that are not the surname ("Desmond Achterberg Jr.")."""


_NAME_PREFIXES: Final = ("al-", "el-", "bin-", "ibn-", "d'", "d’")
"""Lower-case prefixes glued to a capitalised name ("al-Hakim", "d'Estaing")."""


def is_capitalised(word: str) -> bool:
    """Whether ``word`` starts like a name: a capital, or a prefix before one ("al-Hakim")."""
    if word[0].isupper():
        return True
    prefix = next((p for p in _NAME_PREFIXES if word.startswith(p)), None)
    return prefix is not None and word[len(prefix) : len(prefix) + 1].isupper()


def _is_name_word(words: list[str], position: int) -> bool:
    """Whether ``words[position]`` may stand in a name: capitalised, or a particle inside one."""
    word = words[position]
    return (
        is_capitalised(word)
        or (
            word == "&" and 0 < position < len(words) - 1  # "Whitcombe & Lane"
        )
        or (
            word in NAME_PARTICLES
            and 0 < position < len(words) - 1
            and (words[position + 1][0].isupper() or words[position + 1] in NAME_PARTICLES)
        )
    )


def surname_of(run: str) -> str:
    """The word a lone surname would repeat: the run's last, before a suffix ("Jr.").

    >>> surname_of("Rep. Desmond Achterberg Jr."), surname_of("Jane Doe.")
    ('Achterberg', 'Doe')
    """
    words = run.split()
    if len(words) > 1 and words[-1].lower() in _NAME_SUFFIXES:
        words.pop()
    if not words:
        return ""
    last = words[-1]
    if last.endswith(("'s", "’s")):
        last = last[:-2]  # "Ndiaye-Sall's grill"
    return last.rstrip(".'’-")


"""How a word ends when it owns the next: "Axios'", "Reuters's"."""


def _names_follow(words: list[str], last_title: int) -> bool:
    """Whether capitalised words, and only those, follow the title word at ``last_title``."""
    first = last_title + 1
    return (
        last_title >= 0
        and first < len(words)
        and words[first][0].isupper()
        and all(_is_name_word(words, i) for i in range(first, len(words)))
    )


def _described_name(words: list[str]) -> int:
    """Where a description before a full name ends ("Idaho state epidemiologist Lorraine Szabo").

    Returns the position of the description's last word, or -1 when ``words`` are not a short
    description ending in a lower-case word (an article, or a place or an organisation, may open
    it) and then a name of capitalised words (one word only after a bare description).
    """
    first_name = len(words)
    while first_name > 0 and _is_name_word(words, first_name - 1):
        first_name -= 1
    while first_name < len(words) and not is_capitalised(words[first_name]):
        first_name += 1  # a name starts with a capital, not a particle
    opening = 1 if words and words[0] in _ARTICLES else 0
    while opening < first_name and words[opening][0].isupper():
        opening += 1  # "Idaho state epidemiologist", "Microsoft product lead"
    description = words[opening:first_name]
    if first_name == len(words) or not description or first_name > _MAX_DESCRIPTION_WORDS:
        return -1
    if first_name == len(words) - 1 and (opening > 0 or words[-1].lower() in _NOT_NAMES):
        return -1  # a one-word name only after a bare description ("tracker site CutCount")
    if not all(word.replace("-", "").isalpha() and word.islower() for word in description):
        return -1
    if all(word in NAME_PARTICLES for word in description):
        return -1  # "de Wit": a particle opens the name, it describes nobody
    if any(word in _FUNCTION_WORDS for word in description):
        return -1
    return first_name - 1


_NOT_NAMES: Final[frozenset[str]] = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today"}
    | {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."}
)
"""Capitalised words after a description that name a day, not a source ("released Monday")."""

_ARTICLES: Final[frozenset[str]] = frozenset({"the", "a", "an"})
"""Articles that may open a description before a name ("the parade organizer Jane Doe", "the
research firm Adlantic")."""

_MAX_DESCRIPTION_WORDS: Final = 4
"""A description before a name is at most this many words ("Idaho state epidemiologist")."""

_FUNCTION_WORDS: Final[frozenset[str]] = frozenset(
    {"the", "a", "an", "of", "in", "on", "at", "for", "to", "and", "or", "but", "with", "by"}
    | {"from", "that", "who", "which", "as", "when", "if", "while", "after", "before", "then"}
    | {"also", "still", "not", "said", "says", "told", "tells", "added", "adds", "asked"}
    | {"supporters", "critics", "opponents", "allies", "fans", "friends", "family", "members"}
    | {"its", "his", "her", "their", "our", "my", "your"}
)
"""Words that make a lower-case run a clause, or a group named after someone, not a role."""


def name_runs(text: str, start: int, end: int) -> Iterator[str]:
    """The runs of capitalised words in ``text[start:end]``, one per sentence: candidate names.

    >>> list(name_runs("Per Jane Doe. Budget Office staff left.", 0, 39))
    ['Per Jane Doe', 'Budget Office']
    """
    for match in RE_NAME_RUN.finditer(text, start, end):
        # A run can cross a sentence end ("per Jane Doe. Budget rose"): one name per sentence.
        run_start = match.start()
        while run_start < match.end():
            stop = sentence_end(text, run_start, match.end())
            run = text[run_start:stop].strip()
            if run:
                yield from _split_at_possessives(run)
            run_start = stop + 1


def _split_at_possessives(run: str) -> Iterator[str]:
    """'Chef Mamadou Ndiaye-Sall's Senegalese' -> its part up to the possessive, then the rest."""
    if "'s " not in run and "’s " not in run:
        yield run  # (a cheap test first)
        return
    for part in RE_AFTER_POSSESSIVE.split(run):
        if part:
            yield part


def full_name_of(run: str) -> tuple[str, str] | None:
    """The run's last word and the full name it mentions, its role split off.

    None for a run that names no one in two words or more; a possessive at its end is dropped.

    >>> full_name_of("Spokesperson Ned Price"), full_name_of("Price")
    (('Price', 'Ned Price'), None)
    """
    run = run.strip()
    if run.endswith(("'s", "’s")):
        run = run[:-2]  # "Mamadou Ndiaye-Sall's": the name before the possessive
    if run.rsplit(None, 1)[-1:] and run.rsplit(None, 1)[-1].lower() not in _NAME_SUFFIXES:
        run = run.rstrip(".'’-")  # "... Jane Doe." at a sentence's end; not "Jr."
    last = run.rsplit(None, 1)
    if not last:
        return None
    _role, name = split_role(run)
    return (surname_of(run), name) if len(name.split()) >= 2 else None


ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    {"sen.", "rep.", "gov.", "dr.", "mr.", "ms.", "mrs.", "jr.", "sr.", "st.", "gen.", "lt."}
    | {"col.", "sgt.", "capt.", "prof.", "inc.", "co.", "corp.", "ltd.", "rev.", "mt."}
    | {"cmdr.", "adm.", "maj.", "cpl.", "det.", "supt.", "insp.", "hon.", "atty.", "amb."}
    | {"ald."}
)
"""Words ending in a full stop that do not end a sentence (lower case)."""


def sentence_end(text: str, start: int, end: int) -> int:
    """The offset of the full stop that ends the sentence in ``text[start:end]``, else ``end``.

    A full stop before a space or the end ends a sentence, unless its word is an initial
    ("J."), a dotted abbreviation ("U.S.") or a title ("Sen.").

    >>> sentence_end("said Jane Doe. Budget rose", 5, 26)
    13
    >>> sentence_end("said Sen. J. Doe", 5, 16)
    16
    """
    pos = start
    while (stop := text.find(".", pos, end)) >= 0:
        pos = stop + 1
        if pos < end and not text[pos].isspace():
            continue
        word_start = stop
        while word_start > start and not text[word_start - 1].isspace():
            word_start -= 1
        word = text[word_start:pos]
        initial = len(word) == 2 and word[0].isupper()
        if not initial and "." not in word[:-1] and word.lower() not in ABBREVIATIONS:
            return stop
    return end


def lookup_word(source: str) -> str | None:
    """The one word :func:`resolve` looks up among the names mentioned earlier, if any.

    >>> lookup_word("the Times"), lookup_word("Price"), lookup_word("AP"), lookup_word("Jane Doe")
    ('Times', 'Price', None, None)
    """
    key = " ".join(source.lower().split())
    if key in OUTLETS:
        return None
    bare = source[4:] if key.startswith("the ") else source
    words = bare.split()
    return words[0] if len(words) == 1 else None


def needs_names(source: str) -> bool:
    """Whether resolving ``source`` needs the names mentioned earlier (a lone surname)."""
    key = " ".join(source.lower().split())
    bare = key[4:] if key.startswith("the ") else key
    return key not in OUTLETS and " " not in bare


def resolve(source: str, full_name: str | None = None) -> str:
    """Resolve ``source`` (role already split off) to the name the article used for it.

    An outlet comes from :data:`OUTLETS`; a lone word ("Price", "the Times") is ``full_name``,
    the full name mentioned earlier that the caller found for :func:`lookup_word`'s word.

    >>> resolve("AP"), resolve("Price", "Ned Price"), resolve("the Times", "New York Times")
    ('The Associated Press', 'Ned Price', 'The New York Times')
    """
    outlet = OUTLETS.get(" ".join(source.lower().split()))
    if outlet is not None:
        return outlet
    if full_name is None or lookup_word(source) is None:
        return source
    return OUTLETS.get(full_name.lower(), full_name)


def is_pull_quote(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one quoted sentence or more, and nothing else.

    >>> is_pull_quote('"We won. They lost."', 0, 20), is_pull_quote('"We won," she said.', 0, 19)
    (True, False)
    """
    return (
        end - start > 3
        and text[start] in '"“'
        and text[end - 1] in '"”'
        and text[end - 2] in ".!?"
        and RE_QUOTE_MARK.search(text, start + 1, end - 1) is None
    )


def pull_quote_credit(text: str, start: int, end: int) -> re.Match[str] | None:
    """The name (and description) of a pull quote's speaker in ``text[start:end]``, if it is one.

    >>> bool(pull_quote_credit("Jane Doe, library board member", 0, 30))
    True
    >>> bool(pull_quote_credit("Jane Doe, the mayor, said so", 0, 28))
    False
    """
    found = RE_PULL_QUOTE_CREDIT.fullmatch(text, start, end)
    if found is None or RE_SPEECH_VERB.search(text, start, end) is not None:
        return None
    return found
