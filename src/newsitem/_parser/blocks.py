"""Stage 3: lines -> blocks, by an ordered rule table (first match wins).

The preamble (dateline, headline) is read first; then every body line goes through
:data:`RULES`. Each rule looks at one line and either consumes it (appending to or extending a
block) or passes. The last rule, a paragraph, always consumes, so no line is ever dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final, Literal

from newsitem._parser.credits import CreditMatch, find_credit
from newsitem._parser.dateline import match_dateline
from newsitem._parser.labels import LabelMatch, find_inline_label, match_label
from newsitem._parser.lines import Line, bullet_marker, make_line
from newsitem._parser.names import is_pull_quote, pull_quote_credit
from newsitem._parser.patterns import (
    RE_AD_SLOT_TEXT,
    RE_AMP_AD,
    RE_BOILERPLATE,
    RE_BOILERPLATE_INSIDE,
    RE_BOILERPLATE_TAIL,
    RE_BYLINE,
    RE_DATE_PREFIX,
    RE_GLUED_SENTENCE,
    RE_GO_DEEPER,
    RE_NEWSLETTER_NAME,
    RE_NEWSLETTER_OPENING,
    RE_NEXT_ITEM,
    RE_NUMBERED_HEAD,
    RE_QUOTE_MARK,
    RE_TEMPLATE,
    RE_WORD,
)
from newsitem._parser.state import State
from newsitem.models import Dateline

BlockKind = Literal["paragraph", "bullet", "caption", "related", "boilerplate"]

_WRAP_WIDTH: Final = 60
"""A line at least this long with no sentence end may be hard-wrapped (copies wrap at ~70)."""

_MIN_CAPTION_CHARS: Final = 10
"""A caption split off a paragraph it was glued to says at least this much."""

_MAX_OUTLET_LINES: Final = 3
"""Outlet lines ("Axios", "Axios Seattle") an aggregator puts between a byline and the date."""

_MAX_OUTLET_CHARS: Final = 40
"""An outlet line is at most this long."""

_MAX_PREAMBLE_LINES: Final = 12
"""How many lines from the top a headline over a "By" line is looked for (no dateline)."""

_MAX_PREAMBLE_WORDS: Final = 80
"""How many words may stand above the dateline, furniture and repeated lines apart.

Counted in words, not lines: a rendering joins lines (a wrapped line, a label heading and its
text) but keeps their words, so it finds the dateline the same way."""

_MAX_PREAMBLE_CHARS: Final = 200
"""A line longer than this is story text: the dateline is never below it."""

_MAX_BOILERPLATE_CHARS: Final = 400
"""No line of boilerplate is longer than this (a sign-up blurb runs to about 250)."""

_TEMPLATE_TAIL_CHARS: Final = 40
"""A line ending at most this far after an unrendered {{template}} is chrome; a longer one goes
on with story text ("Good morning, {{name}}. Three things happened ...")."""

_MAX_TAG_WORDS: Final = 3
"""A Q&A's speaker tag is a name of at most this many words ("Axios", "Dr. Kamara")."""

_MIN_TAG_TURNS: Final = 2
"""A name that opens at least this many lines as "Name:" is an interview's speaker tag."""

_MIN_APART_WORDS: Final = 6
"""A caption this many words long or longer may take as alt text a description a blank line
above it, when that repeats most of its words (:data:`_APART_OVERLAP`)."""

_APART_OVERLAP: Final = 0.8
"""The share of a caption's words a description a blank line above it must repeat."""

_BOILERPLATE_TAIL_CHARS: Final = 60
"""How far from a line's end boilerplate known by its ending is looked for."""

_MAX_HEADLINE_CHARS: Final = 150
"""Without a dateline, a line longer than this is a paragraph, not the headline."""

_SENTENCE_END: Final = tuple(".!?:\"”'’)…")
"""A line ending in one of these is complete: the next line is not its continuation."""

_DESCRIPTION_END: Final = tuple('.!?"”…:')
"""A paragraph ending in one of these is a sentence of the story (or opens a list), not an
image description."""

_TAB_SIZE: Final = 8
"""Columns between tab stops, to compare indents written with tabs and with spaces."""

_NESTING_STEP: Final = 2
"""Columns more (or less) of indent that make a bullet one level deeper (or shallower)."""

_ALT_OVERLAP: Final = 0.5
"""Share of a caption's words an earlier line must contain to be the same image's alt text."""


@dataclass(slots=True)
class RawBlock:
    """A block before it becomes a model: kind and positions only."""

    kind: BlockKind
    start: int
    """Span start: the first line's content (a bullet's glyph and label included; a section
    label is not part of its paragraph)."""
    end: int
    """Span end: the last line's content end."""
    last_line: int
    """Index of the block's last line, to tell adjacent lines from separated ones."""
    pieces: list[tuple[int, int]]
    """The text ranges of the block's lines (after glyph and label)."""
    label: LabelMatch | None = None
    depth: int = 0
    credit: CreditMatch | None = None
    alt: list[tuple[int, int]] | None = None
    """The alt-text ranges of a caption (one per line of a wrapped description)."""
    duplicate: bool = False
    """A caption whose alt line repeated the caption with its credit, or that is repeated."""
    credit_end: int | None = None
    """Where a caption's credit ends when the block goes on (a repeat of its line); else ``end``."""
    boilerplate_kind: str | None = None


@dataclass(slots=True)
class Preamble:
    """What stands above the body."""

    dateline: Dateline | None
    headline: tuple[int, int] | None
    before: list[RawBlock]
    """Lines before the dateline, kept as boilerplate."""
    body_line: int
    """Index of the first body line."""
    byline: tuple[int, int] | None = None
    """The byline under the headline."""


@dataclass(slots=True)
class _BlockState:
    """The per-call state of the block loop."""

    state: State
    blocks: list[RawBlock] = field(default_factory=list)
    last: RawBlock | None = None
    """The last story block (paragraph, bullet or caption), for continuations and alt text."""
    blank_before: bool = True
    """Whether a blank line (or boilerplate) stands between ``last`` and the current line."""
    separated: bool = False
    """Whether the current line was set apart (boilerplate, a related link)."""
    story_blocks: int = 0
    """How many story blocks there are so far."""
    list_indents: list[int] = field(default_factory=list)
    """Indents of the open bullet levels, outermost first."""
    ended: bool = False
    """Whether "Go deeper" or "What to read next" has ended the story."""
    story_text: bool = False
    """Whether a block so far is story text (a bullet, a caption, a long paragraph)."""
    story_text_checked: int = 0
    """How many of ``blocks`` :func:`_has_story_text` has looked at (it looks at each once)."""

    def add(self, block: RawBlock, *, story: bool = True) -> None:
        """Append ``block``; boilerplate is transparent, but separates the lines around it."""
        self.blocks.append(block)
        if story:
            self.last = block
            self.story_blocks += 1
        else:
            self.separated = True

    def remove(self, block: RawBlock) -> None:
        """Take back the last block (a caption absorbed it as alt text)."""
        assert self.blocks[-1] is block
        self.blocks.pop()  # not list.remove: that compares with every block, quadratic
        self.story_blocks -= 1


def read_preamble(state: State) -> Preamble:
    """Find the dateline near the top, the headline after it, and a byline under that.

    1. A ` date YYYY-MM-DD ` prefix that page stores glue to the first line is split off.
    2. The dateline is looked for among the first lines, above any story text.
    3. The headline is the next line (without a dateline: the first line that reads like one).
    4. A repeat of the headline, and a byline ("Asher Price") right under it, are set apart.
    """
    before = _split_date_prefix(state)
    lines = state.lines
    text = state.text
    seen: list[int] = []
    seen_texts: set[str] = set()
    words_above = 0
    site_chrome_only = True  # (a menu's bullets stand among a site's short lines only)
    for index, line in enumerate(lines):
        if line.blank:
            continue
        content = text[line.content_start : line.content_end]
        if content in seen_texts:
            # A repeat of a line above (a title shown twice, or many times) neither ends the
            # search nor counts toward its limit: rendered, the repeats are gone, and the
            # dateline under them must be found the same way.
            seen.append(index)
            continue
        if words_above > _MAX_PREAMBLE_WORDS:
            break
        seen_texts.add(content)
        if _line_boilerplate(state, line) is not None:
            # Page chrome above the dateline neither ends the search, even when it looks like
            # story text, nor counts toward its limit (a rendering drops it).
            seen.append(index)
            continue
        words_above += len(content.split())
        if _is_story_text(state, line, menu=site_chrome_only):
            break
        site_chrome_only = site_chrome_only and (
            bool(line.glyph_end) or _is_site_chrome(state, line)
        )
        dateline = match_dateline(state, line)
        if dateline is not None:
            above = _headline_above(state, seen, bare=dateline.category is None)
            taken = set(above) if above is not None else set()
            before += [
                _chrome_block(state, lines[i], i, "before_dateline") for i in seen if i not in taken
            ]
            if above is not None and dateline.span.end == line.content_end:
                # An aggregator's layout: headline, "By ..." and the outlet, then the date.
                byline = _content(lines[above[1]]) if above[1] != above[0] else None
                return Preamble(dateline, _content(lines[above[0]]), before, index + 1, byline)
            if dateline.span.end == line.content_end and (
                dateline.text.startswith(_SITE_DATES)
                or _bare_date_under_title(state, seen, index, dateline)
            ):
                # A site's layout: the headline, then "Posted on March 5, 2025" ("By ..." under);
                # or a bare date under a headline that only furniture stands above (a wire page).
                title = _long_title(state, _title_above(state, seen, index))
                if title is not None:
                    before = [block for block in before if block.last_line != title]
                    preamble = Preamble(dateline, _content(lines[title]), before, index + 1)
                    _take_byline(state, preamble)
                    return preamble
            title = _title_above(state, seen, index) if dateline.byline is not None else None
            if title is not None and dateline.span.end == line.content_end:
                # A wire layout: the headline, then "By A | The Post | Published: Jan 9, 2021".
                before = [block for block in before if block.last_line != title]
                return Preamble(dateline, _content(lines[title]), before, index + 1)
            if dateline.span.end < line.content_end:
                # The next line was glued on: it starts where the dateline ends.
                lines[index] = make_line(state.text, dateline.span.end, line.end)
                preamble = _with_headline(state, dateline, before, index)
                return _with_byline_above(state, preamble, index)
            return _with_byline_above(
                state, _with_headline(state, dateline, before, index + 1), index
            )
        seen.append(index)
    return _without_dateline(state, before)


def _with_byline_above(state: State, preamble: Preamble, dateline_line: int) -> Preamble:
    """Take a name right above the dateline as the byline, when none stands under the headline.

    Semafor and listing pages put the author over the date ("Gina Chua" / "Updated Mar 4, 2025,
    9:12am EST"), the headline under it. Only with a headline: a rendering writes the byline
    under it, where a second parse takes it again.
    """
    if preamble.byline is not None or preamble.headline is None or dateline_line == 0:
        return preamble
    above = state.lines[dateline_line - 1]
    if above.blank or not (_is_bare_name(state.text, above) or _is_by_line(state.text, above)):
        return preamble
    if _line_boilerplate(state, above) is not None or not _is_byline(state, dateline_line - 1):
        return preamble  # furniture ("Top Stories"), or no byline once under the headline
    start, end = preamble.headline
    if state.text[above.content_start : above.content_end] == state.text[start:end]:
        return preamble  # the headline's own text: under it, a repeat (set apart), no byline
    preamble.before = [block for block in preamble.before if block.last_line != dateline_line - 1]
    preamble.byline = (above.content_start, above.content_end)
    return preamble


def _bare_date_under_title(state: State, seen: list[int], index: int, dateline: Dateline) -> bool:
    """Whether line ``index``, a bare date ("January 11, 2021"), has the headline above it.

    A wire site's page: its skip links and menu (furniture), the headline, then the date with
    no category and no byline. The headline must be a long title that ends no sentence, and
    every line above it furniture.
    """
    if dateline.category is not None or dateline.byline is not None:
        return False
    title = _long_title(state, _title_above(state, seen, index))
    if title is None or state.text[state.lines[title].content_end - 1] in ".!?":
        return False  # (a sentence: a newsletter's "Picture of the skyline at dusk.")
    above = [i for i in seen if i < title]
    return all(_line_boilerplate(state, state.lines[i]) is not None for i in above)


_SITE_DATES: Final = ("Published", "Posted")
"""How the date lines of other sites open, which stand under the headline ("Posted on ...")."""

_MAX_SITE_CHROME_CHARS: Final = 80
"""A line of a site's name or menu above a headline is at most this long."""


def _is_site_chrome(state: State, line: Line) -> bool:
    """A short line that ends no sentence and quotes no one: a site's name or its menu."""
    text = state.text
    content = text[line.content_start : line.content_end]
    return (
        len(content) <= _MAX_SITE_CHROME_CHARS
        and content[-1] not in '.!?"”'
        and RE_QUOTE_MARK.search(content) is None
    )


def _without_dateline(state: State, before: list[RawBlock]) -> Preamble:
    """The preamble of a page with no dateline: the first line that reads as a headline.

    When a "By ..." line stands near the top under a line that reads as a headline of some
    length, and furniture such as a site's menu stands above it, that line is the headline, and
    the site's name and menu above it are furniture ("The Brannock Herald" / "NEWS | SPORTS |
    OPINION" / headline / "By ..." / "Associated Press").
    """
    content = [i for i, line in enumerate(state.lines) if not line.blank][:_MAX_PREAMBLE_LINES]
    for position, index in enumerate(content[1:], 1):
        if not _is_by_line(state.text, state.lines[index]):
            continue
        headline = _long_title(state, content[position - 1])
        if headline is None or not _reads_as_headline(state, headline, strict=True):
            break
        above = [state.lines[i] for i in content[: position - 1]]
        if not any(_line_boilerplate(state, line) for line in above) or not all(
            _is_site_chrome(state, line) for line in above
        ):
            break  # (a menu or other furniture must be there: a rendering, which drops it, then
            # reads the headline first, and a page without any never takes this path)
        before += [
            _chrome_block(state, state.lines[i], i, "chrome") for i in content[: position - 1]
        ]
        return _with_headline(state, None, before, headline)
    return _with_headline(state, None, before, 0)


_MAX_MENU_ITEM_WORDS: Final = 2
"""A bullet above the dateline with at most this many words is a menu item ("  • D.C.")."""


def _is_menu_item(text: str, line: Line) -> bool:
    """A bullet of a word or two that ends no sentence ("D.C.", "Lagos"; not "Nothing moved.")."""
    item = text[line.glyph_end : line.content_end]
    ends_sentence = item[-1:] in (".", "!", "?") and "." not in item[:-1]
    return len(item.split()) <= _MAX_MENU_ITEM_WORDS and not ends_sentence


def _headline_above(state: State, seen: list[int], *, bare: bool) -> tuple[int, int] | None:
    """The headline and "By ..." lines above a dateline, as aggregators lay a story out.

    "Grocery chains race to shrink their stores" / "By Lena Hartwell" / "Axios" / "Axios" /
    "4 days ago": a byline with its "By", at most a few short outlet lines between it and the
    date, and right above it a line that reads as a headline. Returns their line indexes. With
    ``bare`` (a date with no category), the byline may be a name alone right above the date;
    with no byline, a headline may stand over the outlet lines alone ("Reuters").
    """
    text = state.text
    bylines = [i for i in seen[-1 - _MAX_OUTLET_LINES :] if _is_by_line(text, state.lines[i])]
    if not bylines and bare and seen and _is_bare_name(text, state.lines[seen[-1]]):
        # "Jovana Ilić-Trondheim" right above "Updated Mar 5, 2025, 6:40am EST" (a date with
        # no category: an Axios page's "11 hours ago - News" has its headline under it).
        bylines = seen[-1:]
    if not bylines:
        return _headline_over_outlets(state, seen) if bare else None
    byline = bylines[-1]
    outlets = seen[seen.index(byline) + 1 :]
    if any(not _is_outlet_line(text, state.lines[i]) for i in outlets):
        return None
    above = seen[: seen.index(byline)]
    below = byline
    while above and len(above) > 1 and _is_named_outlet(text, state.lines[above[-1]]):
        below = above.pop()  # "Axios" between the headline and "Callista Obuya-Fairbanks"
    headline = _title_above(state, above, below)
    if headline is None or not _is_by_line(text, state.lines[byline]):
        headline = _long_title(state, headline)  # (a bare name needs a headline of some length)
    return (headline, byline) if headline is not None else None


def _headline_over_outlets(state: State, seen: list[int]) -> tuple[int, int] | None:
    """A headline right above outlet lines and the date: "Varn Mining halts ..." / "Reuters".

    Returns the headline's line twice (no byline), or None.
    """
    text = state.text
    outlets = 0
    while outlets < min(len(seen), _MAX_OUTLET_LINES) and _is_named_outlet(
        text, state.lines[seen[-1 - outlets]]
    ):
        outlets += 1
    if outlets == 0 or outlets == len(seen):
        return None
    first_outlet = seen[-outlets]
    headline = _long_title(state, _title_above(state, seen[:-outlets], first_outlet))
    return (headline, headline) if headline is not None else None


_MIN_TITLE_WORDS: Final = 5
"""A headline read above outlet lines or a bare name has at least this many words (a site's
name has fewer)."""


def _long_title(state: State, index: int | None) -> int | None:
    if index is None:
        return None
    line = state.lines[index]
    content = state.text[line.content_start : line.content_end]
    if "|" in content or " • " in content:
        return None  # a site's menu: "Briefly | Top stories | For you | Saved"
    return index if len(content.split()) >= _MIN_TITLE_WORDS else None


_NOT_NAME_WORDS: Final[frozenset[str]] = frozenset(
    {"news", "press", "times", "post", "herald", "journal", "tribune", "reuters", "axios"}
    | {"bloomberg", "associated", "world", "business", "politics", "sports", "opinion", "local"}
    | {"national", "semafor", "gazette", "sentinel", "courier", "daily", "weekly", "media"}
    | {"network", "radio", "tv", "logo", "menu", "edition", "newsletter", "politico"}
)
"""Words of an outlet's or a section's name, never of a person's ("World News")."""


def _is_named_outlet(text: str, line: Line) -> bool:
    """An outlet line that names an outlet ("Reuters", "Associated Press"), not a person."""
    return _is_outlet_line(text, line) and _names_an_outlet(text, line)


def _names_an_outlet(text: str, line: Line) -> bool:
    """Whether a line without "By" names an outlet or a section ("The News", "Axios Denver")."""
    if text.startswith("By ", line.content_start, line.content_end):
        return False
    name = text[line.content_start : line.content_end].split(",", 1)[0]  # "Anna Berg, Axios"
    return any(word.lower() in _NOT_NAME_WORDS for word in name.split())


def _is_bare_name(text: str, line: Line) -> bool:
    """A byline without "By": two to four capitalised words that name no outlet."""
    content = text[line.content_start : line.content_end]
    words = content.split(",", 1)[0].split()  # the name before ", Axios"
    return (
        2 <= len(words) <= 4
        and bool(RE_BYLINE.fullmatch(content))
        and not any(word.lower() in _NOT_NAME_WORDS for word in words)
    )


def _title_above(state: State, seen: list[int], below: int) -> int | None:
    """The line right above line ``below`` (blank lines apart), when it reads as a headline."""
    text = state.text
    candidates = [i for i in seen if i < below and _line_boilerplate(state, state.lines[i]) is None]
    if not candidates or not _reads_as_headline(state, candidates[-1], strict=False):
        return None
    headline = candidates[-1]
    if any(not state.lines[i].blank for i in range(headline + 1, below)):
        return None  # only blank lines between the headline and the byline
    if _is_by_line(text, state.lines[headline]):
        return None  # a byline repeated is no headline
    start, end = _content(state.lines[headline])
    if end - start > _MAX_HEADLINE_CHARS or match_label(text, start, end) is not None:
        return None
    return headline


def _is_by_line(text: str, line: Line) -> bool:
    return text.startswith(("By ", "Story by "), line.content_start, line.content_end) and bool(
        RE_BYLINE.fullmatch(text, line.content_start, line.content_end)
    )


def _is_outlet_line(text: str, line: Line) -> bool:
    """A short capitalised line with no sentence end: "Axios", "Axios Seattle"."""
    content = text[line.content_start : line.content_end]
    return len(content) <= _MAX_OUTLET_CHARS and content[0].isupper() and content[-1] not in ".!?"


def _content(line: Line) -> tuple[int, int]:
    return line.content_start, line.content_end


def _split_date_prefix(state: State) -> list[RawBlock]:
    """Split a leading " date 2023-01-04 " off the first line; return it as boilerplate."""
    lines = state.lines
    index = next((i for i, line in enumerate(lines) if not line.blank), None)
    if index is None:
        return []
    line = lines[index]
    match = RE_DATE_PREFIX.match(state.text, line.content_start, line.content_end)
    if match is None:
        return []
    prefix = _line_block("boilerplate", line, index)
    prefix.end = match.end("prefix")
    prefix.boilerplate_kind = "date_prefix"
    lines[index] = make_line(state.text, match.end(), line.end)
    return [prefix]


def _is_story_text(state: State, line: Line, *, menu: bool = False) -> bool:
    """Bullets, captions, numbered headings and long lines are story text: no dateline follows.

    With ``menu`` (only a site's short lines above), a bullet of a word or two ("  • D.C.",
    "  • Lagos") is the site's menu, not story text.
    """
    if line.glyph_end and not (menu and _is_menu_item(state.text, line)):
        return True
    if line.content_end - line.content_start > _MAX_PREAMBLE_CHARS:
        return True
    if line.start == line.content_start and RE_NUMBERED_HEAD.match(state.text, line.start):
        return True  # "2. Shutdown watch": an item's heading, as a rendering writes it
    return find_credit(state.text, line.content_start, line.content_end) is not None


def _with_headline(
    state: State, dateline: Dateline | None, before: list[RawBlock], start_line: int
) -> Preamble:
    lines = state.lines
    for index in range(start_line, len(lines)):
        line = lines[index]
        if line.blank:
            continue
        chrome = _furniture(state, index)
        if chrome is not None:
            before.append(_chrome_block(state, line, index, chrome))
            if RE_NEWSLETTER_OPENING.match(state.text, line.content_start, line.content_end):
                # A greeting that counts the words: a newsletter, which has no headline.
                return Preamble(dateline, None, before, index + 1)
            continue
        if dateline is not None and _is_series_kicker(state, index):
            before.append(_chrome_block(state, line, index, "kicker"))
            continue
        if dateline is not None and _is_tag(state.text, line):
            # "- Business" / "- Axios" under an aggregator's date: the story's tags.
            before.append(_chrome_block(state, line, index, "chrome"))
            continue
        if not _reads_as_headline(state, index, strict=dateline is None):
            return Preamble(dateline, None, before, index)
        headline = (line.content_start, line.content_end)
        preamble = Preamble(dateline, headline, before, index + 1)
        _after_headline(state, preamble)
        return preamble
    return Preamble(dateline, None, before, len(lines))


def _is_tag(text: str, line: Line) -> bool:
    """A hyphen item of a word or two that ends no sentence: a story's tag ("- Health")."""
    return bool(line.glyph_end) and text[line.content_start] == "-" and _is_menu_item(text, line)


def _is_series_kicker(state: State, index: int) -> bool:
    """Whether line ``index`` names an Axios series over the headline under it ("Axios Vibes")."""
    text = state.text
    line = state.lines[index]
    if not text.startswith("Axios ", line.content_start, line.content_end):
        return False  # (a cheap test first)
    if RE_NEWSLETTER_NAME.fullmatch(text, line.content_start, line.content_end) is None:
        return False
    below = _next_content_line(state, index + 1)
    if below is None:
        return False
    under = state.lines[below]
    return (
        _furniture(state, below) is None
        and not text.startswith("Axios ", under.content_start)
        and RE_BYLINE.fullmatch(text, under.content_start, under.content_end) is None
        and _reads_as_headline(state, below, strict=True)
    )  # ("Axios PM" / "By Mike Allen": a newsletter's masthead, its headline)


def _reads_as_headline(state: State, index: int, *, strict: bool) -> bool:
    """Whether line ``index`` can be the headline.

    Under a dateline the next line is the headline unless it is a bullet, a caption, or the alt
    text of the caption right under it. Without a dateline (``strict``) it must also read like
    a headline: short, and not a sentence that ends with a full stop, nor a labelled paragraph.
    """
    text = state.text
    line = state.lines[index]
    start, end = line.content_start, line.content_end
    if line.glyph_end or find_credit(text, start, end) is not None:
        return False
    if _describes_next_caption(state, index):
        return False
    if RE_NEWSLETTER_OPENING.match(text, start, end) is not None:
        return False  # a newsletter's greeting or first item: the issue has no headline
    if not strict:
        return True
    if end - start > _MAX_HEADLINE_CHARS or text[end - 1] in ".;,":
        return False
    return match_label(text, start, end) is None


def _describes_next_caption(state: State, index: int) -> bool:
    """Whether line ``index`` is the alt text of a caption on the very next line.

    The body's rule (``_absorbs``): a line right above a caption that describes the same image
    is its alt text. Read as the headline, it would make a caption rendered as "alt" over
    "caption credit" parse back differently when the article has no headline.
    """
    if index + 1 >= len(state.lines):
        return False
    text = state.text
    line, below = state.lines[index], state.lines[index + 1]
    if below.blank or below.glyph_end:
        return False
    credit = find_credit(text, below.content_start, below.content_end)
    if credit is None or credit.head_start <= below.content_start:
        return False
    caption = text[below.content_start : credit.head_start]
    return _same_image(text[line.content_start : line.content_end], caption)


def _after_headline(state: State, preamble: Preamble) -> None:
    """Set apart repeats of the headline, then a byline line, right under the headline."""
    assert preamble.headline is not None
    _set_apart_repeats(state, preamble)
    _take_byline(state, preamble)


def _take_byline(state: State, preamble: Preamble) -> None:
    """Take a byline ("Asher Price") under the headline, behind any page furniture.

    The furniture is set apart with it: left in the body, a rendering (which drops furniture)
    would put the byline line right under the headline, and a second parse would take it.
    """
    text = state.text
    furniture: list[RawBlock] = []
    index = _next_content_line(state, preamble.body_line)
    while index is not None and (kind := _furniture(state, index)) is not None:
        furniture.append(_chrome_block(state, state.lines[index], index, kind))
        index = _next_content_line(state, index + 1)
    if index is None:
        return
    line = state.lines[index]
    below = _next_content_line(state, index + 1)
    outlet = RE_NEWSLETTER_NAME.fullmatch(text, line.content_start, line.content_end)
    if below is not None and outlet is not None and _is_byline(state, below):
        # "Axios Denver" / "Imogen Fairweather-Lutz" under an aggregator's headline ("Axios"
        # alone is furniture already): the outlet is furniture too (a rendering drops it, and
        # then reads the name right under the headline). Only an outlet's name as written: a
        # line joined from two ("AXIOS" / "a") must not become one.
        furniture.append(_chrome_block(state, line, index, "chrome"))
        index, line = below, state.lines[below]
    if _is_byline(state, index):
        preamble.before += furniture
        preamble.byline = (line.content_start, line.content_end)
        preamble.body_line = index + 1


def _is_byline(state: State, index: int) -> bool:
    """Whether line ``index`` is a byline: a name or two, no label, no outlet's name."""
    text = state.text
    line = state.lines[index]
    return bool(
        RE_BYLINE.fullmatch(text, line.content_start, line.content_end)
        and match_label(text, line.content_start, line.content_end) is None
        and not _names_an_outlet(text, line)
    )


def _set_apart_repeats(state: State, preamble: Preamble) -> None:
    """Set apart every repeat of the headline right under it, and the furniture between them.

    A scrape may hold the page title, the ``<h1>`` and a share widget's copy of the headline.
    All of them go: were one left as the first paragraph, a rendering would put it right under
    the headline, and a second parse would set it apart (not idempotent).
    """
    assert preamble.headline is not None
    text = state.text
    headline = text[preamble.headline[0] : preamble.headline[1]]
    furniture: list[RawBlock] = []
    index = _next_content_line(state, preamble.body_line)
    while index is not None:
        line = state.lines[index]
        if text[line.content_start : line.content_end] == headline:
            preamble.before += furniture
            preamble.before.append(_chrome_block(state, line, index, "duplicate_headline"))
            preamble.body_line = index + 1
            furniture = []
        elif (kind := _furniture(state, index)) is not None:
            furniture.append(_chrome_block(state, line, index, kind))
        else:
            return
        index = _next_content_line(state, index + 1)


def _next_content_line(state: State, start: int) -> int | None:
    return next((i for i in range(start, len(state.lines)) if not state.lines[i].blank), None)


def read_blocks(state: State, first_line: int) -> list[RawBlock]:
    """Turn the body lines from ``first_line`` on into blocks."""
    block_state = _BlockState(state)
    for index in range(first_line, len(state.lines)):
        line = state.lines[index]
        if line.blank:
            block_state.blank_before = True
            continue
        for part in _split_at_labels(block_state, line):
            for rule in RULES:
                if rule(block_state, part, index):
                    break
            block_state.blank_before = block_state.separated
            block_state.separated = False
    return block_state.blocks


def _split_at_labels(bs: _BlockState, line: Line) -> list[Line]:
    """The line, cut where a known label starts inside it (flattened pages, flagged NI307).

    Bullets keep their labels inside (they are the bullet's own), and after "Go deeper" every
    line is a related link as written.
    """
    text = bs.state.text
    if line.glyph_end or bs.ended or text.find(":", line.content_start, line.content_end) < 0:
        return [line]
    parts: list[Line] = []
    while (found := find_inline_label(text, line.content_start, line.content_end)) is not None:
        label_start, colon_end = found
        bs.state.report("NI307", label_start, colon_end, label=text[label_start : colon_end - 1])
        before_end = label_start
        while text[before_end - 1].isspace():
            before_end -= 1
        parts.append(line._replace(end=label_start, content_end=before_end))
        line = line._replace(start=label_start, content_start=label_start)
    parts.append(line)
    return parts


Rule = Callable[[_BlockState, Line, int], bool]


def rule_after_end(bs: _BlockState, line: Line, index: int) -> bool:
    """After "Go deeper": every line is a related link (teasers), flagged.

    A newsletter's next item ("2. Shutdown watch" at the margin, after a blank line) goes on
    with the story: "Go deeper" ended the item above it, not the issue.
    """
    if not bs.ended:
        return False
    if bs.blank_before and _opens_next_item(bs.state.text, line) and _has_story_text(bs):
        # (An item with story text ended. Rendered, that text stands above the next item, so a
        # date line in it is not read as the dateline, as it was not here.)
        bs.ended = False
        return False
    if rule_boilerplate(bs, line, index) or rule_go_deeper(bs, line, index):
        return True
    bs.state.report("NI305", line.content_start, line.content_end)
    related = _line_block("related", line, index)
    if line.glyph_end:
        related.pieces = [(line.glyph_end, line.content_end)]  # "  • Title": the title
    bs.add(related, story=False)
    return True


def _has_story_text(bs: _BlockState) -> bool:
    """Whether a story block so far is story text as the preamble sees it (``_is_story_text``)."""
    for block in bs.blocks[bs.story_text_checked :]:
        if block.kind in ("bullet", "caption") or (
            block.kind == "paragraph"
            and sum(end - start + 1 for start, end in block.pieces) > _MAX_PREAMBLE_CHARS + 1
        ):
            bs.story_text = True
    bs.story_text_checked = len(bs.blocks)
    return bs.story_text


def _opens_next_item(text: str, line: Line) -> bool:
    """Whether ``line`` heads a newsletter's item after the first: "2. Shutdown watch"."""
    if line.start != line.content_start or line.glyph_end:
        return False
    found = RE_NEXT_ITEM.match(text, line.content_start, line.content_end)
    return found is not None and int(found["number"]) >= 2


def rule_boilerplate(bs: _BlockState, line: Line, index: int) -> bool:
    """Sign-up forms, promos and page chrome: kept apart, flagged."""
    kind = _line_boilerplate(bs.state, line)
    if kind is None and (not bs.blocks or bs.blocks[-1].boilerplate_kind == "signup"):
        kind = _sign_up_blurb(bs.state, index)  # (only a line under a sign-up line can be one)
    if kind is None:
        kind = _sign_up_title(bs.state, index)
    if kind is None:
        return False
    bs.add(_chrome_block(bs.state, line, index, kind), story=False)
    if kind == "read_next":
        bs.ended = True
    return True


def rule_go_deeper(bs: _BlockState, line: Line, index: int) -> bool:
    """Read "Go deeper" (alone or with a title): it ends the story and is a related link."""
    text = bs.state.text
    if not text.startswith("Go deeper", line.content_start, line.content_end):
        return False  # the pattern's literal start: a cheaper test than a failed match
    match = RE_GO_DEEPER.fullmatch(text, line.content_start, line.content_end)
    if match is None:
        return False
    block = _line_block("related", line, index)
    if match["title"] is not None:
        block.pieces = [(match.start("title"), match.end("title"))]
    bs.add(block, story=False)
    bs.ended = True
    return True


def rule_bullet(bs: _BlockState, line: Line, index: int) -> bool:
    """Read a bullet ("  • text", nested "    • text"); a label inside stays on it."""
    if not line.glyph_end:
        return False
    block = _line_block("bullet", line, index)
    block.pieces = [(line.glyph_end, line.content_end)]
    label = match_label(bs.state.text, line.glyph_end, line.content_end, bullet=True)
    if label is not None:
        block.label = label
        block.pieces = [(label.text_start, line.content_end)]
    block.depth = _bullet_depth(bs, _indent_columns(bs.state.text, line))
    bs.add(block)
    return True


def _indent_columns(text: str, line: Line) -> int:
    """The columns a line's indent fills on screen: a space and a tab reach the same tab stop."""
    indent = text[line.start : line.content_start]
    return len(indent.expandtabs(_TAB_SIZE)) if "\t" in indent else len(indent)


def _bullet_depth(bs: _BlockState, indent: int) -> int:
    """Nesting follows the indent; one stray column either way does not change the level."""
    indents = bs.list_indents
    if bs.last is None or bs.last.kind != "bullet" or not indents:
        indents[:] = [indent]
        return 0
    if indent >= indents[-1] + _NESTING_STEP:
        indents.append(indent)
    else:
        while len(indents) > 1 and indents[-1] >= indent + _NESTING_STEP:
            indents.pop()
    return len(indents) - 1


def rule_caption(bs: _BlockState, line: Line, index: int) -> bool:
    """A line with a credit; the line above may be the same image's alt text."""
    text = bs.state.text
    credit = find_credit(text, line.content_start, line.content_end)
    if credit is None:
        return False
    glued = _glued_story_end(text, line, credit.head_start)
    if glued is not None:
        # 'The memo said the company "grew too fast."A shopper picks up an order. Photo: A/B':
        # the scrape lost the break between a paragraph and the caption under it.
        rule_paragraph(bs, make_line(text, line.start, glued), index)
        line = make_line(text, glued, line.end)
    caption_end = credit.head_start
    while caption_end > line.content_start and text[caption_end - 1].isspace():
        caption_end -= 1
    # The alt text is the block right above: not across boilerplate, which keeps its own span.
    previous = bs.last if bs.blocks and bs.blocks[-1] is bs.last and glued is None else None
    if previous is not None and not bs.blank_before and _repeats_caption(bs, previous, line):
        # The same caption line twice ("Illustration: A/Axios" over itself): one caption.
        previous.credit_end = previous.credit_end or previous.end
        previous.end, previous.last_line, previous.duplicate = line.content_end, index, True
        return True
    block = _line_block("caption", line, index)
    block.pieces = [(line.content_start, caption_end)]
    block.credit = credit
    # Across a blank line only the first paragraph of the body, or a description, can be alt
    # text (a repeated caption is a duplicate only right above); above a caption with its own
    # text, that paragraph must read as a description too (no full stop). Otherwise a block set
    # apart from the caption by furniture would join it once a rendering drops the furniture.
    loose = not bs.blank_before or (
        bs.story_blocks == 1
        and previous is not None
        and previous.kind == "paragraph"
        and (caption_end == line.content_start or not _ends_sentence(text, previous))
    )
    if previous is not None and _absorbs(text, previous, block, not loose):
        bs.remove(previous)
        block.start = previous.start
        block.alt = previous.pieces
        block.duplicate = previous.kind == "caption"
    bs.add(block)
    return True


_MIN_GLUED_CHARS: Final = 40
"""A paragraph glued to a caption is at least this long; shorter, it is the caption's start."""


def _glued_story_end(text: str, line: Line, head_start: int) -> int | None:
    """Where a caption glued to the end of a paragraph starts, if one is (else None)."""
    glue = None
    for found in RE_GLUED_SENTENCE.finditer(text, line.content_start, head_start):
        glue = found  # (the last one: the caption is the last sentence before its credit)
    if glue is None or glue.end() - line.content_start < _MIN_GLUED_CHARS:
        return None
    return glue.end() if head_start - glue.end() >= _MIN_CAPTION_CHARS else None


def _repeats_caption(bs: _BlockState, previous: RawBlock, line: Line) -> bool:
    """Whether ``line`` is the last line of the caption ``previous`` once more."""
    if previous.kind != "caption":
        return False
    text = bs.state.text
    above = bs.state.lines[previous.last_line]
    return (
        text[above.content_start : above.content_end] == text[line.content_start : line.content_end]
    )


def _ends_sentence(text: str, block: RawBlock | None) -> bool:
    return block is not None and text[block.end - 1] in _DESCRIPTION_END


def _absorbs(text: str, previous: RawBlock, caption: RawBlock, blank_between: bool) -> bool:
    """Whether ``previous`` (the block above) is the caption's alt text.

    Right above a caption, a line that describes the same image is its alt text. Above a
    credit-only line, the paragraph right above is (wrapped over lines or not, as a rendering
    joins them); so is the paragraph before a blank line when it reads like a description (no
    full stop at its end), as on newer pages.
    """
    if previous.label is not None or previous.alt is not None:
        return False
    if previous.kind not in ("paragraph", "caption"):
        return False
    if previous.kind == "caption" and _credit_text(text, previous) != _credit_text(text, caption):
        return False  # two captions, each with its own credit: two images
    if previous.kind == "caption" and match_label(text, *previous.pieces[0]) is not None:
        return False  # "Label:" and a credit: alone on a line, as rendered, it would be a label
    caption_start, caption_end = caption.pieces[0]
    if caption_start == caption_end:
        if previous.kind != "paragraph":
            return False
        return not blank_between or text[previous.end - 1] not in _DESCRIPTION_END
    caption_text = text[caption_start:caption_end]
    if blank_between:
        # A description set apart by a blank line must say more: a long caption most of whose
        # words it repeats (as the page's alt text and visible caption do). Wrapped or not, it
        # reads the same, as a rendering joins its lines.
        if previous.kind != "paragraph" or len(RE_WORD.findall(caption_text)) < _MIN_APART_WORDS:
            return False
        alt = " ".join(text[start:end] for start, end in previous.pieces)
        return _same_image(alt, caption_text, _APART_OVERLAP)
    if len(previous.pieces) != 1:
        return False
    alt_start, alt_end = previous.pieces[0]
    return _same_image(text[alt_start:alt_end], caption_text)


def _credit_text(text: str, caption: RawBlock) -> str:
    assert caption.credit is not None
    return text[caption.credit.head_start : caption.credit_end or caption.end]


def _same_image(alt: str, caption: str, overlap: float = _ALT_OVERLAP) -> bool:
    """Whether ``alt`` repeats at least ``overlap`` of the caption's words."""
    caption_words = {w.lower() for w in RE_WORD.findall(caption)}
    if not caption_words:
        return False
    alt_words = {w.lower() for w in RE_WORD.findall(alt)}
    return len(caption_words & alt_words) >= overlap * len(caption_words)


def rule_pull_quote_credit(bs: _BlockState, line: Line, index: int) -> bool:
    """The name under a paragraph that is only a quote goes on with it: a pull quote's credit.

    '"This is not a budget decision."' / 'Rosalind Featherstone-Ugwu, library board member':
    the inline stage reads the name as the quote's speaker (cue "—").
    """
    last = bs.last
    text = bs.state.text
    if last is None or last.kind != "paragraph" or last.label is not None or line.glyph_end:
        return False
    if not is_pull_quote(text, last.pieces[0][0], last.pieces[-1][1]):
        return False  # (wrapped over lines or not)
    if not pull_quote_credit(text, line.content_start, line.content_end):
        return False
    last.pieces.append((line.content_start, line.content_end))
    last.end = line.content_end
    last.last_line = index
    return True


def rule_continuation(bs: _BlockState, line: Line, index: int) -> bool:
    """A hard-wrapped line right under an unfinished paragraph or bullet.

    It starts in lower case, or the line above it is as long as a wrapped line is ("...two
    years after" / "Congress created the program.") and it does not start a label. Under a
    bullet, a line indented to the bullet's text (a hanging indent) goes on with it even after
    a full stop.
    """
    last = bs.last
    if last is None or bs.blank_before or last.kind not in ("paragraph", "bullet"):
        return False
    if not _hangs_under(bs, last, line) and not _goes_on(bs, last, line):
        return False
    last.pieces.append((line.content_start, line.content_end))
    last.end = line.content_end
    last.last_line = index
    return True


def _goes_on(bs: _BlockState, last: RawBlock, line: Line) -> bool:
    """Whether ``line`` goes on with the unfinished block ``last`` (lower case, or wrapped)."""
    text = bs.state.text
    if text[last.end - 1] in _SENTENCE_END:
        return False
    above = bs.state.lines[last.last_line]
    return text[line.content_start].islower() or _wrapped_above(text, above, line)


def _hangs_under(bs: _BlockState, last: RawBlock, line: Line) -> bool:
    """Whether ``line`` hangs under the block ``last``, indented as a wrapped block's lines are.

    Under a bullet, indented to its text ("  • A." / "    B."); under a paragraph, indented
    deeper than its first line, below a line as long as a wrapped one that ends no sentence
    ("... Commissioner Ifeoma" / "  Castellanos-Reid said"; an image's description with a
    leading space under a finished paragraph is no continuation).
    """
    if line.glyph_end:
        return False
    text = bs.state.text
    text_start = last.pieces[0][0]
    line_start = max(text.rfind("\n", 0, text_start), text.rfind("\r", 0, text_start)) + 1
    indent = line.content_start - line.start
    if last.kind == "bullet":
        return indent == text_start - line_start
    above = bs.state.lines[last.last_line]
    lead = text[line_start:text_start]
    first_indent = len(lead) - len(lead.lstrip())  # (a label may stand before the text)
    return (
        indent > first_indent
        and above.content_end - above.content_start >= _WRAP_WIDTH
        and text[last.end - 1] not in _SENTENCE_END
    )


def _wrapped_above(text: str, above: Line, line: Line) -> bool:
    """Whether the line ``above`` was cut at a wrapping width and ``line`` goes on with it.

    The whole line counts (a label or a bullet's glyph fills it too).
    """
    above_start, above_end = above.content_start, above.content_end
    if above_end - above_start < _WRAP_WIDTH:
        return False
    # Cut inside a sentence: after a lower-case word or a comma ("... two years after"), not
    # after a name that ends a promo line ("... with Axios Denver").
    last_word = text[text.rfind(" ", above_start, above_end) + 1 : above_end]
    if not (last_word[:1].islower() or last_word.endswith(",")):
        return False
    return match_label(text, line.content_start, line.content_end) is None


def rule_paragraph(bs: _BlockState, line: Line, index: int) -> bool:
    """Everything else is a paragraph, labelled when it starts with "Label:".

    The label belongs to the section (its ``label_span``), so a labelled paragraph's span starts
    at its text; an empty label ("By the numbers:") makes a section with no paragraph.
    """
    block = _line_block("paragraph", line, index)
    label = match_label(bs.state.text, line.content_start, line.content_end)
    if label is not None and not label.known and _is_speaker_tag(bs.state, label.label):
        label = None  # an interview's "Kamara: ..." is her answer, not a section
    if label is not None:
        block.label = label
        block.start = label.text_start if label.text_start < line.content_end else label.end
        block.pieces = [(label.text_start, line.content_end)]
    bs.add(block)
    return True


def _is_speaker_tag(state: State, tag: str) -> bool:
    """Whether a coined label is a Q&A's speaker tag: a name that opens two lines or more.

    "Axios: How did you find it?" / "Kamara: By accident." / "Axios: ...": in an interview the
    same names take turns; a section's label is not repeated, and is seldom a name.
    """
    words = tag.split()
    if len(words) > _MAX_TAG_WORDS or not all(word[0].isupper() for word in words):
        return False
    if state.tag_lines is None:
        state.tag_lines = _line_openers(state)
    return state.tag_lines.get(tag, 0) >= _MIN_TAG_TURNS


def _line_openers(state: State) -> dict[str, int]:
    """How many lines each "Opener:" opens (the text before a line's first colon): one pass."""
    text = state.text
    counts: dict[str, int] = {}
    for line in state.lines:
        colon = text.find(":", line.content_start, line.content_end)
        if colon > line.content_start:
            opener = text[line.content_start : colon]
            counts[opener] = counts.get(opener, 0) + 1
    return counts


RULES: Final[tuple[Rule, ...]] = (
    rule_after_end,
    rule_boilerplate,
    rule_go_deeper,
    rule_bullet,
    rule_caption,
    rule_pull_quote_credit,
    rule_continuation,
    rule_paragraph,
)
"""The block rules, in the order they are tried."""


def _line_block(kind: BlockKind, line: Line, index: int) -> RawBlock:
    return RawBlock(
        kind=kind,
        start=line.content_start,
        end=line.content_end,
        last_line=index,
        pieces=[(line.content_start, line.content_end)],
    )


def _chrome_block(state: State, line: Line, index: int, kind: str | None) -> RawBlock:
    """A boilerplate block for ``line``; its own pattern's kind wins over ``kind``."""
    block = _line_block("boilerplate", line, index)
    own = _line_boilerplate(state, line)
    block.boilerplate_kind = own or kind or "chrome"
    return block


def _furniture(state: State, index: int) -> str | None:
    """The boilerplate kind of line ``index``: its own, a sign-up box's blurb, an ad slot's."""
    return (
        _line_boilerplate(state, state.lines[index])
        or _sign_up_blurb(state, index)
        or _ad_slot(state, index)
    )


def _ad_slot(state: State, index: int) -> str | None:
    """``chrome`` for an AMP ad slot's placeholder under its ad line ("I am the second")."""
    text = state.text
    line = state.lines[index]
    if RE_AD_SLOT_TEXT.fullmatch(text, line.content_start, line.content_end) is None:
        return None  # (a cheap test first)
    above = _previous_content_line(state, index)
    if above is None:
        return None
    ad = state.lines[above]
    return "chrome" if RE_AMP_AD.fullmatch(text, ad.content_start, ad.content_end) else None


def _sign_up_blurb(state: State, index: int) -> str | None:
    """``signup`` for a short line between two lines of a sign-up box: the box's blurb.

    "Sign up for Axios Denver" / "Get the latest local news ..." / "Please enter a valid email.":
    the blurb's wording varies from newsletter to newsletter, the box around it does not.
    """
    line = state.lines[index]
    if line.glyph_end or line.content_end - line.content_start > _MAX_BOILERPLATE_CHARS:
        return None
    above = _previous_content_line(state, index)
    below = _next_content_line(state, index + 1)
    if above is None or below is None:
        return None
    if not (_is_sign_up(state, above) and _is_sign_up(state, below)):
        return None
    text = state.text
    if match_label(text, line.content_start, line.content_end) is not None:
        return None
    return None if find_credit(text, line.content_start, line.content_end) else "signup"


def _sign_up_title(state: State, index: int) -> str | None:
    """``signup`` for a newsletter's name right above a sign-up line: the box's title.

    "Axios Larkspur Bay" / "Smart, local news for Larkspur Bay, in your inbox ..." / "Subscribe".
    """
    line = state.lines[index]
    text = state.text
    if not text.startswith("Axios ", line.content_start, line.content_end):
        return None  # (a cheap test first)
    if RE_NEWSLETTER_NAME.fullmatch(text, line.content_start, line.content_end) is None:
        return None
    below = _next_content_line(state, index + 1)
    return "signup" if below is not None and _is_sign_up(state, below) else None


def _is_sign_up(state: State, index: int) -> bool:
    return _line_boilerplate(state, state.lines[index]) == "signup"


def _previous_content_line(state: State, end: int) -> int | None:
    return next((i for i in range(end - 1, -1, -1) if not state.lines[i].blank), None)


def _line_boilerplate(state: State, line: Line) -> str | None:
    """The kind of boilerplate ``line`` is, also behind a list marker ("  • Share on X")."""
    if line.start in state.line_kinds:
        return state.line_kinds[line.start]
    text = state.text
    kind = boilerplate_kind(text, line.content_start, line.content_end)
    if kind is None:
        marker = bullet_marker(text, line.content_start, line.content_end)
        if marker is not None:
            kind = boilerplate_kind(text, marker.end(), line.content_end)
    state.line_kinds[line.start] = kind
    return kind


def _may_end_boilerplate(tail: str) -> bool:
    """Whether ``tail`` may end in boilerplate: a cheap test before the tail pattern.

    Every ending :data:`RE_BOILERPLATE_TAIL` knows holds one of these ("Sign up", "Subscribe",
    "Start your", "news in your", " - Axios").
    """
    return "S" in tail or "news" in tail or " - " in tail or "contributed" in tail


_MAX_INSIDE_CHARS: Final = 200
"""A line known as boilerplate by a phrase inside it is at most this long."""


def _may_hold_boilerplate(line: str) -> bool:
    """A cheap test before :data:`RE_BOILERPLATE_INSIDE`: one of its phrases' words."""
    return "Brevity" in line or "newsletter is" in line or " in your " in line


def boilerplate_kind(text: str, start: int, end: int) -> str | None:
    """The kind of boilerplate ``text[start:end]`` is (``signup``, ``chrome``, ...), or None."""
    if end - start > _MAX_BOILERPLATE_CHARS:
        return None  # story paragraphs are long; promos and page furniture are not
    match = RE_BOILERPLATE.fullmatch(text, start, end)
    if match is None:
        tail_start = max(start, end - _BOILERPLATE_TAIL_CHARS)
        if _may_end_boilerplate(text[tail_start:end]):
            match = RE_BOILERPLATE_TAIL.search(text, tail_start, end)
    if match is not None:
        return match.lastgroup
    if end - start <= _MAX_INSIDE_CHARS and _may_hold_boilerplate(text[start:end]):
        inside = RE_BOILERPLATE_INSIDE.search(text, start, end)
        if inside is not None:
            return inside.lastgroup
    if text.find("{{", start, end) >= 0:
        template = RE_TEMPLATE.search(text, start, end)
        if template is not None and end - template.end() <= _TEMPLATE_TAIL_CHARS:
            return "chrome"  # a greeting or a counter around an unrendered {{template}}
    return None
