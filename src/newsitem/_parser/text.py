"""Stage 0: the raw input -- decoding bytes, and checks on the text as a whole.

Nothing here changes the text: offsets must stay those of the string the user gave. Problems
(invalid UTF-8, control characters, mojibake, a byte order mark) become diagnostics.
"""

from __future__ import annotations

from typing import Final

from newsitem._parser.patterns import RE_CONTROL, RE_MOJIBAKE, RE_MOJIBAKE_LEAD
from newsitem._parser.state import State

_MAX_REPORTS: Final = 50
"""Report at most this many control characters or mojibake runs per article."""

_MOJIBAKE_CODECS: Final = ("cp1252", "latin-1")
"""Encodings UTF-8 text is most often wrongly decoded as."""


def decode(data: bytes) -> tuple[str, int | None]:
    """Decode UTF-8 (a leading BOM is dropped); invalid bytes become U+FFFD, never a guess."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
        return data.decode("utf-8-sig", errors="replace"), error.start - bom


def check_text(state: State, bad_byte: int | None) -> None:
    """Report encoding problems of the whole text."""
    text = state.text
    if bad_byte is not None:
        # The text before the bad byte decoded cleanly: its length is the character offset.
        position = text.find("\ufffd")
        state.report("NI102", position, position + 1, offset=bad_byte)
    if text.startswith("\ufeff"):
        state.report("NI106", 0, 1)
    for count, match in enumerate(RE_CONTROL.finditer(text)):
        if count == _MAX_REPORTS:
            break
        state.report("NI103", match.start(), match.end(), char=f"U+{ord(match.group()):04X}")
    lead = RE_MOJIBAKE_LEAD.search(text)
    matches = RE_MOJIBAKE.finditer(text, lead.start()) if lead is not None else iter(())
    for count, match in enumerate(matches):
        if count == _MAX_REPORTS:
            break
        repaired = repair_mojibake(match.group())
        if repaired is not None:
            codec, fixed = repaired
            state.report(
                "NI104", match.start(), match.end(), found=match.group(), codec=codec, fixed=fixed
            )


def repair_mojibake(run: str) -> tuple[str, str] | None:
    """Return (codec, repaired text) when ``run`` is UTF-8 decoded with a legacy codec."""
    for codec in _MOJIBAKE_CODECS:
        try:
            fixed = run.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if fixed != run:
            return codec, fixed
    return None
