"""Credits: find a credit in a caption line and split it into creators, agency, distributor."""

from __future__ import annotations

from typing import Final, NamedTuple

from newsitem._parser.patterns import (
    RE_AGENCY_FIRST,
    RE_AMPERSAND,
    RE_BARE_CREDIT,
    RE_BARE_CREDIT_LINE,
    RE_CHART_HEAD,
    RE_COURTESY,
    RE_CREATOR_LIST_SEP,
    RE_CREATOR_SEP,
    RE_CREDIT_HEAD,
    RE_CREDIT_SEGMENT,
    RE_DATA_HEAD,
    RE_FILE_PHOTO,
    RE_FOR,
    RE_POOL,
    RE_SCREENSHOT,
    RE_SLASH,
    RE_VIA,
)
from newsitem.models import Credit, CreditKind

_CREATOR_MAX_WORDS: Final = 4
"""A person credited in a later part of a compound credit has at most this many words."""

KNOWN_AGENCIES: Final[frozenset[str]] = frozenset(
    {
        "getty images",
        "getty",
        "ap",
        "afp",
        "reuters",
        "axios",
        "axios visuals",
        "tass",
        "bloomberg",
        "nasa",
        "epa",
        "upi",
        "xinhua",
        "anadolu agency",
        "shutterstock",
        "unsplash",
        "pool",
        "the associated press",
        "associated press",
        "giphy",
        "twitter",
        "nurphoto",
        "sopa images",
        "lightrocket",
        "cq roll call",
        "the washington post",
        "the new york times",
        "white house",
        "the white house",
        "screenshot",
    }
)
"""Names that are organisations, not people (lower case), when a credit names one alone."""

_HEAD_KIND: Final[tuple[tuple[str, CreditKind], ...]] = (
    ("photo illustration", "photo_illustration"),
    ("photo courtesy", "courtesy"),
    ("photos courtesy", "courtesy"),
    ("image courtesy", "courtesy"),
    ("images courtesy", "courtesy"),
    ("courtesy", "courtesy"),
    ("illustration", "illustration"),
    ("photo", "photo"),
    ("chart", "chart"),
    ("map", "map"),
    ("cartogram", "map"),
    ("graphic", "graphic"),
    ("table", "table"),
    ("collage", "collage"),
    ("image", "image"),
    ("screenshot", "screenshot"),
)
"""Credit head prefix (lower case) -> kind; first match wins, so longer prefixes come first."""

_DATA_HEADS: Final = ("data", "source", "reproduced")
"""Heads of chart credits that name the data first ("Data: Census; Chart: Axios Visuals")."""


class CreditMatch(NamedTuple):
    """Where a credit starts in a caption line."""

    head_start: int
    """Offset of the credit's head ("Photo:")."""
    head_end: int
    """Offset just past the head."""
    head: str
    """The head as written."""


def find_credit(text: str, start: int, end: int) -> CreditMatch | None:
    """Find the credit in the line content ``text[start:end]``, if it has one."""
    pos = start
    while (match := RE_CREDIT_HEAD.search(text, pos, end)) is not None:
        if _head_stands_apart(text, start, match.start(), match["head"]):
            # A chart credit's data head at the line start, however long its data part.
            data = RE_DATA_HEAD.match(text, start, end)
            if data is not None and RE_CHART_HEAD.match(text, match.start(), end):
                return CreditMatch(start, data.end(), data["head"])
            # Something should follow the head, but "Photo:" alone is still a (cut) credit.
            # An opening parenthesis before the head belongs to the credit: "(Photo by A)",
            # the unclosed "(Photo by A/AFP via Getty" of a cut page too.
            opening = match.start() - (match.start() > start and text[match.start() - 1] == "(")
            return CreditMatch(opening, match.end(), match["head"])
        pos = match.start() + 1
    bare = RE_BARE_CREDIT_LINE.fullmatch(text, start, end)
    if bare is None and (
        text[end - 1] == ")"
        or text.find("REUTERS/", start, end) >= 0
        or text.endswith("/Getty Images", start, end)
        or text.endswith(" via Getty Images", start, end)
    ):
        bare = RE_BARE_CREDIT.search(text, start, end)
    if bare is not None:
        return CreditMatch(bare.start(), bare.start(), "")
    return None


def _head_stands_apart(text: str, start: int, head_start: int, head: str) -> bool:
    """Whether a head found at ``head_start`` starts a credit, not the end of a word.

    A head counts at the start of the line, after a space or an opening parenthesis ("(Photo
    by A)"), and, when it ends in a colon, glued to a lower-case word: a scrape dropped the
    break between caption and credit ("...to TwitterImage: A/B"). "NYPhoto:" is no credit.
    """
    if head_start == start:
        return True
    before = text[head_start - 1]
    return before.isspace() or before == "(" or (before.islower() and head.endswith(":"))


def build_credit(text: str, found: CreditMatch, end: int) -> Credit:
    """Split the credit that ``found`` starts and that runs to ``end``."""
    body_start = found.head_end
    while body_start < end and text[body_start].isspace():
        body_start += 1
    body = text[body_start:end]
    kind = _kind_of(found.head, body)
    primary, data_source = _primary_segment(found.head, body, kind)
    courtesy = RE_COURTESY.match(primary)
    if courtesy is not None:
        # "Photo: Courtesy of A and B": a courtesy credit under a photo head.
        kind, primary = "courtesy", primary[courtesy.end() :]
    screenshot = RE_SCREENSHOT.match(primary)
    if screenshot is not None:
        # "Photo: Screenshot from A": the visual is a screenshot.
        kind, primary = "screenshot", primary[screenshot.end() :]
    creators, agency, distributor = split_credit(primary)
    if kind == "screenshot" and agency is None and len(creators) == 1:
        # "Screenshot from the council's livestream": where it was taken, not who made it.
        creators, agency = [], creators[0]
    creators += _later_creators(body, creators)
    distributor = distributor or _later_distributor(body)
    return Credit.model_validate(  # the span as data: one validation makes both models
        {
            "head": found.head,
            "text": body,
            "kind": kind,
            "creators": creators,
            "agency": agency,
            "distributor": distributor,
            "data_source": data_source,
            "span": {"start": found.head_start, "end": end},
        }
    )


def _later_creators(body: str, known: list[str]) -> list[str]:
    """The people the later parts of a compound credit name ("A/Axios. Photo: B/Getty" -> B).

    The first part names the visual's maker and its agency; the photos it was made from credit
    their photographers too, as creators (their agencies stay in ``Credit.text``).
    """
    later: list[str] = []
    for segment in _later_segments(body):
        # "Photos: A/Reuters, B/AP via Getty Images": each photo its own credit.
        for piece in _split_creators(segment.split(":", 1)[1]):
            for name in split_credit(piece)[0]:
                if _reads_as_person(name) and name not in known and name not in later:
                    later.append(name)
    return later


def _later_segments(body: str) -> list[str]:
    """The later parts of a compound credit that credit a visual: not "Data:" nor "Source:"."""
    return [
        segment
        for segment in RE_CREDIT_SEGMENT.split(body)[1:]
        if not segment.lower().startswith(_DATA_HEADS)
    ]


def _later_distributor(body: str) -> str | None:
    """Who distributes the photos of a compound credit ("A/Axios. Photo: B/C via Getty Images")."""
    for segment in reversed(_later_segments(body)):
        distributor = split_credit(segment.split(":", 1)[1])[2]
        if distributor is not None:
            return distributor
    return None


def _reads_as_person(name: str) -> bool:
    """Two to four words, no organisation ("The Washington Post", "NurPhoto", "Getty Images")."""
    words = name.split()
    return (
        2 <= len(words) <= _CREATOR_MAX_WORDS
        and words[0].lower() != "the"
        and name.lower() not in KNOWN_AGENCIES
        and not _is_org(name)
    )


def _kind_of(head: str, body: str) -> CreditKind:
    if not head:
        return "photo"  # the credits written without a head are news-agency photo credits
    key = " ".join(head.lower().rstrip(":").split())
    if key.startswith(_DATA_HEADS):
        key = RE_CREDIT_SEGMENT.split(body)[-1].lower()
    for prefix, kind in _HEAD_KIND:
        if key.startswith(prefix):
            return kind
    return "other"


def _primary_segment(head: str, body: str, kind: CreditKind) -> tuple[str, str | None]:
    """The part of a compound credit that names the visual's maker, and a chart's data source.

    "Photo illustration: A/Axios. Photo: B/Getty" -> "A/Axios" (the illustration is the visual);
    "Data: Census; Chart: B/Axios" -> "B/Axios" with data source "Census"; the other order too,
    "Chart: B/Axios; Data: Census".
    """
    segments = RE_CREDIT_SEGMENT.split(body)
    if head.lower().startswith(_DATA_HEADS) and len(segments) > 1:
        last = segments[-1]
        return last.split(":", 1)[1].strip(), segments[0].strip()
    del kind
    for segment in segments[1:]:
        later_head, _, source = segment.partition(":")
        if later_head.strip().lower().startswith(_DATA_HEADS):
            return segments[0].strip(), source.strip()
    return segments[0], None


def split_credit(credit: str) -> tuple[list[str], str | None, str | None]:
    """Split "A and B/Agency via Distributor" into (creators, agency, distributor)."""
    credit = credit.strip().rstrip(".").strip()
    if credit.startswith("(") and credit.endswith(")"):
        credit = credit[1:-1].strip()
    elif credit.endswith(")") and credit.count(")") > credit.count("("):
        credit = credit[:-1].strip()  # the end of "(Photo by A/AFP via Getty Images)"
    # "... via REUTERS/File Photo": a file photo, which names nobody.
    credit = RE_FILE_PHOTO.sub("", credit)
    if not credit:
        return [], None, None
    agency_first = RE_AGENCY_FIRST.match(credit)
    if agency_first is not None:
        # "AP Photo/Jane Doe", "REUTERS/Jane Doe", "AP file photo": the agency comes first.
        rest = credit[agency_first.end() :]
        # "(AP Photo/Jane Doe, File)": "File" marks a file photo, it names nobody.
        names = [name for name in _split_creators(rest) if name and name.lower() != "file"]
        return names, agency_first["agency"], None
    distributor = None
    via = RE_VIA.search(credit)
    if via is not None:
        distributor = via["distributor"].strip()
        credit = credit[: via.start()]
    commission = RE_FOR.search(credit)
    agency: str | None = None
    if commission is not None:
        agency = commission["agency"].strip()
        credit = credit[: commission.start()]
    parts = [part for part in RE_SLASH.split(credit) if part]
    if not parts:
        return [], agency, distributor
    pool = RE_POOL.search(parts[0])
    if pool is not None:
        # "Jane Doe Pool/Getty Images": a pool photo, as in "Jane Doe/POOL/AFP".
        parts[0:1] = [parts[0][: pool.start()], pool["pool"]]
    if len(parts) > 1:
        if parts[0].lower() in KNOWN_AGENCIES or _is_org(parts[0]):
            return [], "/".join(parts), distributor  # "NASA/JPL-Caltech": two organisations
        # The agency after the slash, not the client of "A/Getty Images for B".
        agency = "/".join(parts[1:])
        if distributor is None and _distributed_by_getty(parts):
            # "A / AFP / Getty Images" is "A/AFP via Getty Images" without its "via".
            agency, distributor = parts[1], parts[2]
    elif parts[0].lower() in KNOWN_AGENCIES or (
        distributor is None and agency is None and _is_org(parts[0])
    ):
        return [], parts[0], distributor
    creators = [name for name in _split_creators(parts[0]) if name]
    if len(creators) == 1 and creators[0].lower() in KNOWN_AGENCIES:
        return [], agency or creators[0], distributor
    return creators, agency, distributor


def _split_creators(text: str) -> list[str]:
    """The creators a credit names: "A, B and C", "A & B".

    An "&" that joins a one-word name makes a firm, one creator: "Kessler & Daughters Bakery".
    """
    if " & " not in text:
        return RE_CREATOR_SEP.split(text)  # (the common case)
    names: list[str] = []
    for listed in RE_CREATOR_LIST_SEP.split(text):
        joined = RE_AMPERSAND.split(listed)
        # each "&" on its own: "Jane Doe & Ann Lee" is two people, "Bob & Co" one firm
        names += joined if all(len(name.split()) > 1 for name in joined) else [listed]
    return names


def _distributed_by_getty(parts: list[str]) -> bool:
    """Whether slash-separated credit parts are creator, a news agency, and Getty Images."""
    return (
        len(parts) == 3
        and parts[2].lower() in _GETTY
        and parts[1].lower() in KNOWN_AGENCIES
        and parts[1].lower() not in _GETTY | {"pool"}
    )


_GETTY: Final[frozenset[str]] = frozenset({"getty images", "getty"})
"""How credits name Getty Images, which distributes other agencies' photos."""


def _is_org(name: str) -> bool:
    """A lone name is an organisation when it has a word people's names do not have.

    So is an acronym ("UT", "NOAA").
    """
    if name.isupper() and " " not in name and len(name) <= 5:
        return True
    words = name.lower().split()
    return any(word in _ORG_WORDS for word in words)


_ORG_WORDS: Final[frozenset[str]] = frozenset(
    {
        "images",
        "press",
        "news",
        "visuals",
        "office",
        "department",
        "city",
        "university",
        "agency",
        "archive",
        "archives",
        "library",
        "museum",
        "courtesy",
        "inc",
        "inc.",
        "llc",
        "district",
        "school",
        "county",
        "council",
        "committee",
        "service",
        "center",
        "institute",
        "foundation",
        "association",
        "commission",
        "health",
        "hospital",
        "company",
        "group",
    }
)
"""Words that mark a credit name as an organisation ("Getty Images", "City of Charlotte")."""
