"""Stage 5: the stages in order -> :class:`~newsitem.models.Article`.

1. text: decode, check encoding (``text.py``);
2. lines: split once, offsets computed (``lines.py``);
3. blocks: preamble (dateline, headline), then the body by the rule table (``blocks.py``);
4. inline: quotes and attributions in every paragraph and bullet (``inline.py``);
5. models: blocks grouped into sections under their labels, diagnostics sorted.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Final

from newsitem._parser.blocks import Preamble, RawBlock, read_blocks, read_preamble
from newsitem._parser.credits import build_credit
from newsitem._parser.inline import analyse
from newsitem._parser.labels import kind_of
from newsitem._parser.patterns import RE_DATELINE, RE_DATELINE_GLUED
from newsitem._parser.state import State
from newsitem._parser.text import check_text, decode, replace_surrogates
from newsitem.models import (
    Article,
    Block,
    Bullet,
    Caption,
    Credit,
    Diagnostic,
    Paragraph,
    Section,
    Span,
)

DEFAULT_MAX_CHARS: Final = 5_000_000
"""Inputs longer than this are refused with NI105 (a news article is a few thousand)."""

_HEADLINE_MAX_CHARS: Final = 160
"""A headline longer than this looks like a paragraph."""

_CREATOR_MAX_WORDS: Final = 5
"""A credit's creator with more words than this is a sentence, not a name."""

_MAX_CATEGORY_WORDS: Final = 5
"""A dateline's category has at most this many words ("Energy & Environment", "Axios Twin
Cities"); more, and the "dateline" in a body is a sentence that opens with a date."""

_HEADLINE_MAX_WORDS: Final = 12
"""A headline ending in a full stop with more words than this looks like a paragraph."""


def parse_article(
    source: str | bytes, reference_date: date | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> tuple[Article, str]:
    """Parse ``source``; return the article and the text its spans point into."""
    # 1. Text: bytes are decoded; nothing else is changed, so offsets stay the user's.
    bad_bytes: list[tuple[int, int]] = []
    surrogates: list[tuple[int, str]] = []
    if isinstance(source, bytes):
        text, bad_bytes = decode(source)
    elif len(source) > max_chars:
        text = source  # (refused below: not scanned for surrogates first)
    else:
        text, surrogates = replace_surrogates(source)
    if len(text) > max_chars:
        # Refused before the text is split into lines, so a refusal costs next to nothing; the
        # one diagnostic sits at offset 0, which the first line's position covers.
        state = State.for_text(text[: text.find("\n") + 1], reference_date)
        state.report("NI105", 0, len(text), size=len(text), limit=max_chars)
        return Article(sections=[_empty_lede(0)], diagnostics=state.diagnostics), text
    state = State.for_text(text, reference_date)
    check_text(state, bad_bytes, surrogates)
    if not text.strip():
        state.report("NI101", 0, len(text))
        return Article(sections=[_empty_lede(0)], diagnostics=_sorted(state)), text
    # 2-3. Lines and blocks: the preamble first, then the body.
    preamble = read_preamble(state)
    _check_preamble(state, preamble)
    blocks = read_blocks(state, preamble.body_line)
    _check_listing(state, blocks)
    # 4-5. Inline analysis and models.
    article = _assemble(state, preamble, blocks)
    return article, text


def _check_preamble(state: State, preamble: Preamble) -> None:
    if preamble.dateline is None:
        first = next((line for line in state.lines if not line.blank), state.lines[0])
        state.report("NI201", first.content_start)
    if preamble.headline is None:
        # Point at the line where the headline belongs (after the dateline), if there is one.
        lines = state.lines[preamble.body_line :]
        found = next((line for line in lines if not line.blank), None)
        if found is not None:
            state.report("NI204", found.content_start)
        else:
            state.report("NI204", preamble.dateline.span.end if preamble.dateline else 0)
        return
    start, end = preamble.headline
    headline = state.text[start:end]
    if len(headline) > _HEADLINE_MAX_CHARS:
        state.report("NI205", start, end, reason=f"{len(headline)} characters")
    elif headline.endswith(".") and len(headline.split()) > _HEADLINE_MAX_WORDS:
        state.report("NI205", start, end, reason="a long sentence ending in a full stop")


def _check_listing(state: State, blocks: list[RawBlock]) -> None:
    """NI308: several stories on one page (a homepage, a topic page, the next story's teaser).

    Two marks of a story's start are counted in the body: a paragraph that is a dateline (the
    page's own stands above the body) and a "Why it matters:" label (a story has one). The
    diagnostic spans the first mark of the second story; the page is still parsed whole, so no
    text is lost.
    """
    text = state.text
    datelines = [b for b in blocks if b.kind == "paragraph" and _is_dateline(text, b)]
    why = [
        b.label
        for b in blocks
        if b.kind == "paragraph" and b.label and kind_of(b.label.label) == "why_it_matters"
    ]
    marks = [(b.start, b.end) for b in datelines] + [(label.start, label.end) for label in why[1:]]
    if not marks:
        return
    start, end = min(marks)
    plural = "s" if len(datelines) > 1 else ""
    found = [f"{len(datelines)} dateline{plural} in the body" if datelines else ""]
    found.append(f"{len(why)} 'Why it matters' labels" if len(why) > 1 else "")
    state.report("NI308", start, end, marks=", ".join(part for part in found if part))


def _is_dateline(text: str, block: RawBlock) -> bool:
    """Whether the block is a story's dateline: a date and at most a short category after it.

    "Jan. 6, 2021 - The day of the riot still matters." is a sentence: its "category" ends
    with a full stop or runs long.
    """
    if block.label is not None:
        return False
    start, end = block.pieces[0]
    found = RE_DATELINE.fullmatch(text, start, end) or RE_DATELINE_GLUED.match(text, start, end)
    if found is None:
        return False
    category = found["category"] or ""
    return len(category.split()) <= _MAX_CATEGORY_WORDS and not category.endswith((".", "!", "?"))


def _assemble(state: State, preamble: Preamble, blocks: list[RawBlock]) -> Article:
    """Build the article; blocks, captions and credits are validated as they are made.

    Sections, related links, boilerplate and spans are handed to pydantic as plain data, so the
    article's one validation builds (and checks) them: a model per call is dearer than a field.
    """
    text = state.text
    # (a byline may stand above the dateline: the lede starts under both)
    lede_at = max(
        (bounds[1] for bounds in (preamble.byline, preamble.headline) if bounds), default=0
    )
    sections = [_SectionBuilder(None, "lede", lede_at)]
    related: list[dict[str, Any]] = []
    boilerplate = [_boilerplate(state, block) for block in preamble.before]
    seen_text: dict[str, int] = {}
    for block in blocks:
        if block.kind == "boilerplate":
            boilerplate.append(_boilerplate(state, block))
        elif block.kind == "related":
            start, end = block.pieces[0]
            related.append({"text": text[start:end], "span": _span_of(block.start, block.end)})
        else:
            if block.label is not None and block.kind == "paragraph":
                sections.append(_open_section(state, block))
            model = _block_model(state, block, seen_text)
            if model is not None:
                sections[-1].add(model, block.end)
    _check_sections(state, sections)
    return Article.model_validate(
        {
            "dateline": preamble.dateline,
            "headline": _slice(text, preamble.headline),
            "headline_span": _span(preamble.headline),
            "byline": _slice(text, preamble.byline),
            "byline_span": _span(preamble.byline),
            "sections": [builder.build() for builder in sections],
            "related": related,
            "boilerplate": boilerplate,
            "diagnostics": _sorted(state),
        }
    )


class _SectionBuilder:
    """A section being filled: its label, blocks and extent."""

    __slots__ = ("blocks", "end", "kind", "label", "label_span", "start")

    def __init__(self, label: str | None, kind: str, start: int) -> None:
        self.label = label
        self.kind = kind
        self.start = start
        self.end = start
        self.label_span: dict[str, int] | None = None
        self.blocks: list[Block] = []

    def add(self, block: Block, end: int) -> None:
        if not self.blocks and self.label is None:
            self.start = block.span.start
        self.blocks.append(block)
        self.end = end

    def build(self) -> dict[str, Any]:
        """The section's fields, for the article's validation to make the :class:`Section`."""
        return {
            "label": self.label,
            "kind": self.kind,
            "blocks": self.blocks,
            "label_span": self.label_span,
            "span": _span_of(self.start, self.end),
        }


def _open_section(state: State, block: RawBlock) -> _SectionBuilder:
    assert block.label is not None
    label = block.label
    if not label.known:
        state.report("NI303", label.start, label.end, label=label.label)
    builder = _SectionBuilder(label.label, kind_of(label.label), label.start)
    builder.label_span = _span_of(label.start, label.end)
    builder.end = max(block.end, label.end)
    return builder


def _check_sections(state: State, sections: list[_SectionBuilder]) -> None:
    for builder in sections[1:]:
        if not builder.blocks and builder.label is not None:
            state.report("NI304", builder.start, builder.end, label=builder.label)
    first = next((b for s in sections for b in s.blocks if not isinstance(b, Caption)), None)
    if isinstance(first, Bullet):
        state.report("NI302", first.span.start, first.span.end)


def _block_model(state: State, block: RawBlock, seen_text: dict[str, int]) -> Block | None:
    text = state.text
    span = _span_of(block.start, block.end)
    if block.kind == "caption":
        return _caption(state, block, span)
    body = " ".join(text[start:end] for start, end in block.pieces if end > start)
    if not body and block.kind == "paragraph":
        return None  # an empty label: the section owns what follows
    first_seen = seen_text.setdefault(body, block.start)
    if first_seen != block.start and len(body) > 40:
        state.report("NI301", block.start, block.end, first=state.index.position(first_seen)[0])
    text_start = block.pieces[0][0]
    quotes, attributions = analyse(
        state,
        text_start,
        block.end,
        bullet=block.kind == "bullet",
        labelled=block.label is not None,
    )
    for quote in quotes:
        if quote.attribution is None:
            state.report("NI502", quote.span.start, quote.span.end)
    if block.kind == "bullet":
        return Bullet.model_validate(
            {
                "text": body,
                "depth": block.depth,
                "label": block.label.label if block.label else None,
                "quotes": quotes,
                "attributions": attributions,
                "span": span,
            }
        )
    return Paragraph.model_validate(
        {"text": body, "quotes": quotes, "attributions": attributions, "span": span}
    )


def _caption(state: State, block: RawBlock, span: dict[str, int]) -> Caption:
    text = state.text
    assert block.credit is not None
    credit = build_credit(text, block.credit, block.credit_end or block.end)
    if not credit.text.strip(" .;,:-"):
        state.report("NI401", credit.span.start, credit.span.end, head=credit.head)
    elif not _splits(credit):
        state.report("NI402", credit.span.start, credit.span.end, credit=credit.text)
    if block.duplicate:
        # The first copy is the alt text, or (repeated under a caption with one) the span's own.
        kept = (
            "kept in the caption's span" if block.credit_end else "kept as the caption's alt text"
        )
        state.report("NI403", block.start, block.end, kept=kept)
    start, end = block.pieces[0]
    alt = " ".join(text[start:end] for start, end in block.alt) if block.alt else None
    return Caption.model_validate(
        {"text": text[start:end], "alt_text": alt, "credit": credit, "span": span}
    )


def _splits(credit: Credit) -> bool:
    """Whether a credit was split into an agency or creators that read as names."""
    if not credit.creators:
        return credit.agency is not None
    if credit.kind == "courtesy":
        return True  # "Courtesy of the family" names no person
    return all(
        any(ch.isupper() for ch in name) and len(name.split()) <= _CREATOR_MAX_WORDS
        for name in credit.creators
    )


def _boilerplate(state: State, block: RawBlock) -> dict[str, Any]:
    kind = block.boilerplate_kind or "chrome"
    if kind == "before_dateline":
        state.report("NI206", block.start, block.end)
    else:
        state.report("NI306", block.start, block.end, kind=kind)
    return {
        "kind": kind,
        "text": state.text[block.start : block.end],
        "span": _span_of(block.start, block.end),
    }


def _slice(text: str, bounds: tuple[int, int] | None) -> str | None:
    return text[bounds[0] : bounds[1]] if bounds is not None else None


def _span(bounds: tuple[int, int] | None) -> dict[str, int] | None:
    return _span_of(bounds[0], bounds[1]) if bounds is not None else None


def _span_of(start: int, end: int) -> dict[str, int]:
    """A span's fields, for the validation of the model that holds it to make the :class:`Span`."""
    return {"start": start, "end": end}


def _empty_lede(at: int) -> Section:
    return Section(label=None, kind="lede", blocks=[], span=Span(start=at, end=at))


def _sorted(state: State) -> list[Diagnostic]:
    return sorted(state.diagnostics, key=lambda d: (d.line, d.column, d.code))
