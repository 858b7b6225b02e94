"""The exception newsitem raises: :class:`ParseError`."""

from __future__ import annotations

from newsitem.models import Diagnostic

__all__ = ["ParseError"]


class ParseError(ValueError):
    """Raised by ``parse(..., strict=True)`` when the input has error diagnostics.

    ``diagnostics`` holds every error found, not only the first.
    """

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = diagnostics
        first = diagnostics[0] if diagnostics else None
        more = f" (and {len(diagnostics) - 1} more)" if len(diagnostics) > 1 else ""
        super().__init__(f"{first}{more}" if first else "invalid article")
