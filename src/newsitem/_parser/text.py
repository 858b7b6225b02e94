"""Stage 0: the raw input -- decoding bytes, and checks on the text as a whole.

Nothing here changes the text: offsets must stay those of the string the user gave. Problems
(invalid UTF-8, control characters, mojibake, a byte order mark) become diagnostics.
"""

from __future__ import annotations

import codecs
from typing import Final

from newsitem._parser.patterns import (
    RE_CONTROL,
    RE_MOJIBAKE,
    RE_MOJIBAKE_LEAD,
    RE_ODD_CHAR,
    RE_SURROGATE,
)
from newsitem._parser.state import State

_MAX_REPORTS: Final = 50
"""Report at most this many invalid UTF-8 runs, control characters or mojibake runs."""

_CONTROL_NAMES: Final[dict[int, str]] = {
    0x00: "NUL",
    0x07: "BEL",
    0x08: "BS",
    0x0B: "VT",
    0x0C: "FF",
    0x1B: "ESC",
    0x7F: "DEL",
}
"""Names of the control characters scraped text most often holds, for messages."""

_MOJIBAKE_CODECS: Final = (("cp1252", False), ("latin-1", False), ("cp1252", True))
"""Encodings UTF-8 text is most often wrongly decoded as, tried in order (True: sloppy cp1252,
which passes its five undefined bytes through)."""


def decode(data: bytes) -> tuple[str, list[tuple[int, int]]]:
    r"""Decode UTF-8 (a leading BOM is dropped); invalid bytes become U+FFFD, never a guess.

    Returns the text and, for each invalid run, its (character offset in the text, byte offset in
    ``data``). The text equals ``data.decode("utf-8-sig", errors="replace")``.

    >>> text, bad = decode(b"caf\xe9 and caf\xe9")
    >>> text == "caf\ufffd and caf\ufffd", bad
    (True, [(3, 3), (12, 12)])
    """
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    view = memoryview(data)
    pos = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    pieces: list[str] = []
    chars = 0
    bad: list[tuple[int, int]] = []
    while True:
        if len(bad) == _MAX_REPORTS:
            # Enough reported: the rest is replaced without looking for each run.
            pieces.append(codecs.utf_8_decode(view[pos:], "replace", True)[0])
            break
        try:
            pieces.append(codecs.utf_8_decode(view[pos:], "strict", True)[0])
            break
        except UnicodeDecodeError as error:
            # Everything before the error decoded cleanly; the invalid run becomes one U+FFFD,
            # exactly as errors="replace" does.
            good = codecs.utf_8_decode(view[pos : pos + error.start], "strict", True)[0]
            pieces += (good, "\ufffd")
            chars += len(good)
            bad.append((chars, pos + error.start))
            chars += 1
            pos += error.end
    return "".join(pieces), bad


def replace_surrogates(text: str) -> tuple[str, list[tuple[int, str]]]:
    r"""Replace each lone surrogate with U+FFFD; return the text and each (offset, code point).

    A ``str`` can hold them (``"\ud800"``) but no encoding or JSON can: the models would fail to
    serialise. Each becomes one U+FFFD, so every offset stays the same.

    >>> replace_surrogates("ok\ud800!")
    ('ok\ufffd!', [(2, 'U+D800')])
    """
    if text.isascii() or RE_SURROGATE.search(text) is None:
        return text, []  # (the common case: one scan, nothing copied)
    found = [(m.start(), f"U+{ord(m.group()):04X}") for m in RE_SURROGATE.finditer(text)]
    return RE_SURROGATE.sub("\ufffd", text), found


def check_text(
    state: State,
    bad_bytes: list[tuple[int, int]],
    surrogates: list[tuple[int, str]] | None = None,
) -> None:
    """Report encoding problems of the whole text.

    ``bad_bytes`` as :func:`decode` gives them, ``surrogates`` as :func:`replace_surrogates`
    does.
    """
    text = state.text
    for position, offset in bad_bytes:
        state.report("NI102", position, position + 1, offset=offset)
    for position, code_point in (surrogates or [])[:_MAX_REPORTS]:
        state.report("NI107", position, position + 1, char=code_point)
    if text.startswith("\ufeff"):
        state.report("NI106", 0, 1)
    odd = RE_ODD_CHAR.search(text)
    if odd is None:
        return  # neither a control character nor mojibake: one scan instead of two
    mojibake = _check_mojibake(state, odd.start())
    reported = 0
    for match in RE_CONTROL.finditer(text, odd.start()):
        if reported == _MAX_REPORTS:
            break
        if any(start <= match.start() < end for start, end in mojibake):
            continue  # a C1 character inside mojibake ("â\x80\x99") is reported as NI104
        code = ord(match.group())
        name = f" ({_CONTROL_NAMES[code]})" if code in _CONTROL_NAMES else ""
        state.report("NI103", match.start(), match.end(), char=f"U+{code:04X}{name}")
        reported += 1


def _check_mojibake(state: State, start: int) -> list[tuple[int, int]]:
    """Report mojibake runs (NI104) from ``start`` on; return their (start, end)."""
    text = state.text
    lead = RE_MOJIBAKE_LEAD.search(text, start)
    matches = RE_MOJIBAKE.finditer(text, lead.start()) if lead is not None else iter(())
    found: list[tuple[int, int]] = []
    for match in matches:
        if len(found) == _MAX_REPORTS:
            break
        repaired = repair_mojibake(match.group())
        if repaired is not None:
            codec, fixed = repaired
            state.report(
                "NI104", match.start(), match.end(), found=match.group(), codec=codec, fixed=fixed
            )
            found.append((match.start(), match.end()))
    return found


def repair_mojibake(run: str) -> tuple[str, str] | None:
    """Return (codec, repaired text) when ``run`` is UTF-8 decoded with a legacy codec."""
    for codec, sloppy in _MOJIBAKE_CODECS:
        try:
            fixed = _encode(run, codec, sloppy=sloppy).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if fixed != run:
            return codec, fixed
    return None


def _encode(run: str, codec: str, *, sloppy: bool) -> bytes:
    r"""Encode ``run`` back to the bytes it was decoded from.

    cp1252 leaves five bytes undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D); decoders pass them through
    as U+0081 ... U+009D, so the closing quote ” reads "â€\x9d". ``sloppy`` encodes those as
    Latin-1 does.
    """
    if not sloppy:
        return run.encode(codec)
    return b"".join(
        ch.encode("latin-1") if "\x80" <= ch <= "\x9f" else ch.encode(codec) for ch in run
    )
