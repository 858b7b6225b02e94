"""Credits: find a credit in a caption line and split it into creators, agency, distributor."""

from __future__ import annotations

from typing import Final, NamedTuple

from newsitem._parser.patterns import (
    RE_AGENCY_FIRST,
    RE_BARE_CREDIT,
    RE_BARE_CREDIT_LINE,
    RE_COURTESY,
    RE_CREATOR_SEP,
    RE_CREDIT_HEAD,
    RE_CREDIT_SEGMENT,
    RE_FOR,
    RE_SLASH,
    RE_VIA,
)
from newsitem.models import Credit, CreditKind, Span

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

_DATA_HEADS: Final = ("data", "source")
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
        # A head counts at the start of the line or after a space ("Photo:", not "NYPhoto:").
        if match.start() == start or text[match.start() - 1].isspace():
            # Something should follow the head, but "Photo:" alone is still a (cut) credit.
            return CreditMatch(match.start(), match.end(), match["head"])
        pos = match.start() + 1
    bare = RE_BARE_CREDIT_LINE.fullmatch(text, start, end)
    if bare is None and (text[end - 1] == ")" or text.find("REUTERS/", start, end) >= 0):
        bare = RE_BARE_CREDIT.search(text, start, end)
    if bare is not None:
        return CreditMatch(bare.start(), bare.start(), "")
    return None


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
    creators, agency, distributor = split_credit(primary)
    return Credit(
        head=found.head,
        text=body,
        kind=kind,
        creators=creators,
        agency=agency,
        distributor=distributor,
        data_source=data_source,
        span=Span(start=found.head_start, end=end),
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
    "Data: Census; Chart: B/Axios" -> "B/Axios" with data source "Census".
    """
    segments = RE_CREDIT_SEGMENT.split(body)
    if head.lower().startswith(_DATA_HEADS) and len(segments) > 1:
        last = segments[-1]
        return last.split(":", 1)[1].strip(), segments[0].strip()
    del kind
    return segments[0], None


def split_credit(credit: str) -> tuple[list[str], str | None, str | None]:
    """Split "A and B/Agency via Distributor" into (creators, agency, distributor)."""
    credit = credit.strip().rstrip(".").strip()
    if credit.startswith("(") and credit.endswith(")"):
        credit = credit[1:-1].strip()
    if not credit:
        return [], None, None
    agency_first = RE_AGENCY_FIRST.match(credit)
    if agency_first is not None:
        # "AP Photo/Jane Doe", "REUTERS/Jane Doe": the agency comes first.
        rest = credit[agency_first.end() :]
        return [name for name in RE_CREATOR_SEP.split(rest) if name], agency_first["agency"], None
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
    if len(parts) > 1:
        agency = "/".join(parts[1:]) if agency is None else agency
    elif parts[0].lower() in KNOWN_AGENCIES or (
        distributor is None and agency is None and _is_org(parts[0])
    ):
        return [], parts[0], distributor
    creators = [name for name in RE_CREATOR_SEP.split(parts[0]) if name]
    if len(creators) == 1 and creators[0].lower() in KNOWN_AGENCIES:
        return [], agency or creators[0], distributor
    return creators, agency, distributor


def _is_org(name: str) -> bool:
    """A lone name is an organisation when it has a word people's names do not have."""
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
    }
)
"""Words that mark a credit name as an organisation ("Getty Images", "City of Charlotte")."""
