"""Datelines: "Jan 6, 2022 - World", "Updated 5 hours ago - Politics & Policy"."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Final

from dateutil.parser import ParserError
from dateutil.parser import parse as parse_date
from dateutil.relativedelta import relativedelta

from newsitem._parser.lines import Line
from newsitem._parser.patterns import RE_DATELINE, RE_DATELINE_GLUED
from newsitem._parser.state import State
from newsitem.models import Dateline

_MONTHS: Final[dict[str, int]] = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
"""Three-letter month abbreviation -> month number."""

_UNIT_DELTA: Final[dict[str, str]] = {
    "s": "seconds",
    "m": "minutes",
    "h": "hours",
    "d": "days",
    "w": "weeks",
}
"""First letter of a relative unit ("mins", "hours") -> relativedelta keyword."""


def match_dateline(state: State, line: Line) -> Dateline | None:
    """Return the dateline on ``line``, or ``None`` when the line is no dateline."""
    # "Mar 2, 2021 - Axios Twin CitiesPolice reform ...": the next line glued on.
    match = RE_DATELINE_GLUED.match(state.text, line.content_start, line.content_end)
    if match is None:
        match = RE_DATELINE.fullmatch(state.text, line.content_start, line.content_end)
        if match is None:
            return None
    start = line.content_start
    end = match.end("category") if match["category"] else line.content_end
    category = match["category"]
    if match["relative"] is not None:
        day = _resolve_relative(state, match, start, end)
    else:
        day = _resolve_absolute(state, match, start, end)
    return Dateline.model_validate(  # the span as data: one validation makes both models
        {
            "text": state.text[start:end],
            "date": day,
            "category": category.strip() if category else None,
            "updated": match["updated"] is not None,
            "byline": match["byline"],
            "span": {"start": start, "end": end},
        }
    )


def _resolve_relative(state: State, match: re.Match[str], start: int, end: int) -> date | None:
    """Resolve "5 hours ago" against the reference date."""
    if state.reference_date is None:
        state.report("NI203", start, end, date=match["relative"], missing="reference date")
        return None
    amount_text = match["amount"].lower()
    amount = int(amount_text) if amount_text.isdigit() else 1
    unit = _UNIT_DELTA[match["unit"][0].lower()]
    # A relative dateline is written by the page at scrape time: count back from the end of
    # the reference day, so "5 hours ago" stays on the reference date.
    moment = datetime.combine(state.reference_date, datetime.max.time())
    delta = relativedelta(**{unit: amount})  # type: ignore[arg-type]
    resolved: date = (moment - delta).date()
    return resolved


def _resolve_absolute(state: State, match: re.Match[str], start: int, end: int) -> date | None:
    """Resolve "Jan 6, 2022" -> 2022-01-06; a year-less date needs the reference date."""
    written = match["absolute"]
    if match["numeric_year"] is not None:
        try:
            return date(
                int(match["numeric_year"]), int(match["numeric_month"]), int(match["numeric_day"])
            )
        except ValueError:
            state.report("NI202", start, end, date=written)
            return None
    year = match["year"] or match["year_after_day"]
    month = match["month"] or match["month_after_day"]
    day = match["day"] or match["day_first"]
    try:
        if year is not None:
            # The common case, checked by the pattern already: no need for a general parser.
            return date(int(year), _MONTHS[month[:3].lower()], int(day))
        if state.reference_date is None:
            state.report("NI203", start, end, date=written, missing="year")
            return None
        # An explicit default: a missing year comes from the reference date, never the clock.
        default = datetime(state.reference_date.year, 1, 1)
        return parse_date(f"{month} {day}", default=default).date()
    except (ParserError, ValueError, OverflowError):
        state.report("NI202", start, end, date=written)
        return None
