r"""Every regular expression of the parser, compiled once, named and commented.

Each pattern is ``Final`` and uses named groups only. Patterns are matched against one line's
content (indentation already skipped) unless their comment says otherwise. None of them nests
unbounded quantifiers, so matching stays linear in the length of the line; a searched pattern
that starts with whitespace starts with ``(?<!\s)``, so a search tries a run of spaces once rather
than from each of its characters (which is quadratic), and lookaheads are bounded.
"""

from __future__ import annotations

import re
from typing import Final

_MONTH: Final = r"""
    (?P<month>
        Jan(?:uary)? | Feb(?:ruary)? | Mar(?:ch)? | Apr(?:il)? | May | June? | July?
      | Aug(?:ust)? | Sep(?:t(?:ember)?)? | Oct(?:ober)? | Nov(?:ember)? | Dec(?:ember)?
    )
"""

RE_NEWLINE: Final = re.compile(r"\r\n|\r|\n")
"""A line break: CRLF, a lone CR or LF (searched in the whole text)."""

_TIME: Final = r"""
    (?:\d{1,2}(?::\d\d)?\s?[aApP]\.?[mM]\.?       # "7:30am", "11:04 a.m.", "7:42 AM"
      | \d{1,2}:\d\d)                             # or a 24-hour clock: "07:30"
    (?:\s[A-Z]{2,4}\b)?                           # and a zone: "EDT", "UTC"
"""
"""A time of day in a dateline."""

_DATE_CORE: Final = (
    r"""
    (?:(?P<byline>                          # a byline before the date:
        (?!Updated\b|Published\b|Posted\b)(?!"""
    + _MONTH.replace("(?P<month>", "(?:")
    + r"""\b)                                 # (not a month, "Updated" or "Published")
        [A-Z][\w.'’-]+(?:\ [A-Z][\w.'’-]+){0,3}   # "Sara Fischer Apr 7, 2017", "Axios 8 mins ago"
      | By:?\ [^\n]{1,100}?                   # "By: The Associated Press Aug 11, 2024"
      | [^\n]{1,120}?(?=\s+Published\b)       # "Jane Doe (@jdoe) Published Jan 6, 2022"
    )(?:\s+[|·])?\s+)?                      # "By A, B | The Post | Published: ...", "By A · "
    (?:(?:Published|Posted)(?::|\s+on)?\s+)?    # "Published: ...", "Posted on March 5, 2025"
    (?P<updated>Updated\s+)?                # "Updated Jan 6, 2022 - World"
    (?:
        (?P<relative>                       # "5 hours ago", "26 mins ago", "an hour ago"
            (?P<amount>\d{1,4}|an?|one)\s+
            (?P<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago
        )
      |
        (?P<absolute>                       # "Jan 6, 2022", "January 06, 2022", "Jan. 6"
            (?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,\s+   # "Mon, Jan 5, 2026"
              | (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?         # "Monday, January 5"
            (?:"""
    + _TIME
    + r""",?\s+)?                            # a time first: "Updated 4:12 PM EST, March 7, 2024"
            (?:"""
    + _MONTH
    + r"""
                \.?\s+(?P<day>\d{1,2})
                (?:,?\s+(?P<year>\d{4}))?
              | (?P<day_first>\d{1,2})\s+"""
    + _MONTH.replace("(?P<month>", "(?P<month_after_day>")
    + r"""\s+(?P<year_after_day>\d{4})     # "6 March 2025"
              | (?P<numeric_month>\d{1,2})/(?P<numeric_day>\d{1,2})/(?P<numeric_year>\d{4})
                                                 # "03/04/2025" (month first, as US pages write)
            )
            (?:(?:,?\s+(?:at\s+)?|\s+/\s+)"""
    + _TIME
    + r""")?                                 # a time: ", 7:30am EDT", " at 07:30"
        )
    )
"""
)
"""A dateline up to its date: an optional byline, "Updated", then a relative or absolute date."""

RE_DATELINE: Final = re.compile(
    _DATE_CORE
    + r"""
    (?:\s+[-–—]\s+(?P<category>\S[^\n]{0,60}?))?   # " - Politics & Policy" (optional)
    (?:\s+·\s+\d{1,2}\s+min(?:ute)?s?\s+read)?       # " · 3 min read" (a re-host's reading time)
    \s*
    """,
    re.VERBOSE,
)
"""A whole dateline line (use ``fullmatch``)."""

RE_DATELINE_GLUED: Final = re.compile(
    _DATE_CORE
    + r"""
    \s+[-–—]\s+
    (?P<category>[A-Z][\w&'’.]*(?:\ [A-Z&][\w&'’.]*)*?[a-z])   # "Axios Twin Cities" ...
    (?=[A-Z][a-z])                                           # ... glued to "Police reform"
    """,
    re.VERBOSE,
)
"""A dateline glued to the next line's text (use ``match``)."""

RE_DATE_PREFIX: Final = re.compile(
    r"""
    (?P<prefix>date\ \d{4}-\d{2}-\d{2})   # " date 2023-01-04 ": page-store metadata
    [ \t]+(?=\S)                         # glued to the real first line
    """,
    re.VERBOSE,
)
"""The ` date YYYY-MM-DD ` prefix some page stores put before the first line."""

RE_BYLINE: Final = re.compile(
    r"""
    (?:[-•]\ )?                              # written as a list item by some re-hosts
    (?:(?:Story\ by|By)\ +)?                 # "By Jane Doe" (or "By  JANE DOE"), "Story by …"
    [A-ZÀ-ÖØ-Þ][\w.'’-]+                     # a capitalised name ("Élodie") ...
    (?:\ (?:[A-ZÀ-ÖØ-Þ][\w.'’-]+|de|van|von|and|&)){1,4}   # ... of two to five words
    (?:,\ [A-Z][\w.'’-]+(?:\ [A-Z][\w.'’-]+)*     # ", Axios" or a second author,
      |,\ [a-z]{2,12}\ of\ [A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*){0,3}   # ", author of Axios AM"
      |\ \([A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*){0,3}\))?   # or an outlet in parentheses: " (Axios)"
    """,
    re.VERBOSE,
)
"""A byline line under the headline (use ``fullmatch``)."""

RE_LABEL: Final = re.compile(
    r"""
    (?P<label>[^:\n]{1,60})     # the label: up to 60 characters before the first colon
    :                           # its colon ...
    (?:(?=\s|$)                 # ... followed by a space or the end (not "12:30" or "http:"),
      |(?P<glued>(?=[A-Z"“])))  # or glued to a capital or quote ("Why it matters:The heat")
    """,
    re.VERBOSE,
)
"""A candidate ``Label:`` at the start of a paragraph or bullet; ``labels.py`` decides."""

RE_FIGURE_KEY: Final = re.compile(
    r"[$€£]?\d[\d.,]*%?(?:\ (?:million|billion|trillion|thousand|percent|points?))?"
)
"""A number heading a list item ("31:", "2.9 million:", "$4.5 billion:"): a key, no label
(use ``fullmatch``)."""

RE_INLINE_LABEL: Final = re.compile(
    r"""
    [.!?]["”’)]?                    # the end of a sentence, maybe behind a closing mark ...
    [\ \t]*                         # ... then a space, or nothing ("progress.Why it matters:")
    (?P<label>[A-Z][A-Za-z'’\ ,]{1,38})   # a capitalised phrase: a label's words ...
    :                               # ... and its colon
    """,
    re.VERBOSE,
)
"""A label inside a line, after a sentence (flattened pages); only known labels count."""

RE_SIGNATURE: Final = re.compile(r"(?:[—–]|(?<!\S)-)\ ?[A-Z][\w.'’-]+(?:\ [A-Z][\w.'’-]+){0,3}\s*$")
"""A signature at the end of a list item: "... — Jane Doe" (searched in the item's text; a
hyphen only after a space: "Augustina Feld-Mwangi." ends no item with a signature)."""

RE_SYMBOL_PREFIX: Final = re.compile(
    r"""
    [^\sA-Za-z0-9"'(]+        # a run without ASCII letters or digits: an emoji, or its mojibake
    \s+                       # and the space after it
    (?=[A-Z0-9])               # before a label that starts like one
    """,
    re.VERBOSE,
)
"""An emoji before a label ("🚨 Situational awareness:", "πŸ—³ By the numbers:")."""

RE_SYMBOL_TOKEN: Final = re.compile(
    r"""
    [^\sA-Za-z0-9"'(]        # a token that starts with a symbol (an emoji's mojibake may
    \S{0,15}                 # go on with letters, and a scrape may have masked them)
    \s+                      # and the space after it
    (?=[A-Z0-9])               # before a label that starts like one
    """,
    re.VERBOSE,
)
"""A looser emoji before a known label ("๐Ÿ–x๏x The big picture:"); ``labels.py`` checks."""

RE_SPACE_RUN: Final = re.compile(r"\s*")
"""A run of whitespace, maybe empty (use ``match``: it ends where the next text starts)."""

BULLET_GLYPHS: Final = "•·*–▪‣◦●-"
"""The bullet glyphs of :data:`RE_BULLET`."""

BULLET_STARTS: Final = BULLET_GLYPHS + "âβโ"
"""The first characters of a bullet's glyph ("â" opens the mojibake of "•", "â€¢"): a line
whose content starts with none of them (nor a digit) has no bullet, which is cheaper to tell
than a failed match."""

RE_BULLET: Final = re.compile(
    r"""
    (?P<glyph>
        ["""
    + BULLET_GLYPHS
    + r"""]             # a bullet glyph: U+2022, middle dot, asterisk, dash, ...
      | â€¢ | β€Ά | โ€ข        # or U+2022's mojibake (UTF-8 read as cp1252, cp1253 or cp874)
      | \d{1,2}[.)/]           # or a number: "1.", "2)", "3/"
    )
    [ \t\u00a0]+               # at least one space after it
    (?=\S)                     # and some text
    """,
    re.VERBOSE,
)
"""A bullet glyph at the start of a line's content."""

_CHART_HEAD_AHEAD: Final = r"(?=[^\n]{0,200}?\b(?:Chart|Map|Cartogram|Graphic|Table|chart|map)\s*:)"
"""A chart's own credit head further on the line, after a data source ("Data: ...; Chart:")."""

RE_CREDIT_HEAD: Final = re.compile(
    r"""
    (?P<head>                   # (credits.py checks what stands before: see find_credit)
        Photo\s+[Ii]llustration\s*(?::|by\b)
      | Illustrations?\s*(?::|by\b)
      | (?:Photos?|Images?)\s+courtesy(?:\s+of)?\b
      | Photos?\s*(?::|by\b)
      | Image\s+source\s*:                       # "Image source: A / B"
      | Screenshot\s+(?:via|from)\b | Rendering\s+(?:via|from)\b   # "Screenshot via A"
      | Chart\s*: | Map\s*: | Graphic\s*: | Table\s*: | Collage\s*:      # a visual's kind
      | Image\s*: | Screenshot\s*: | Cartogram\s*: | Animation\s*: | Video\s*:
      | Data\s*:"""
    + _CHART_HEAD_AHEAD
    + r"""                       # "Data: Census; Chart: Axios Visuals"
      | Source\s*:"""
    + _CHART_HEAD_AHEAD
    + r"""                       # "Source: A; chart: C"
      | Sources\s*:"""
    + _CHART_HEAD_AHEAD
    + r"""
      | Reproduced\s+from\b"""
    + _CHART_HEAD_AHEAD
    + r"""
      | Courtesy(?:\s+of)?\b(?=\s+[A-Z])
    )
    """,
    re.VERBOSE,
)
"""The head of a credit ("Photo:", "Illustration by", "Data: ...; Chart:"), searched in a line.

Every alternative starts with a literal letter (no group around the kinds), so the regex engine
skips ahead to the few capitals that can start a head instead of trying each alternative at
every character of a long paragraph (about seven times faster on one)."""

RE_DATA_HEAD: Final = re.compile(r"(?P<head>(?:Data|Source|Sources)\s*:|Reproduced\s+from\b)")
"""A chart credit's data head at the start of its line, however far its "Chart:" (use ``match``)."""

RE_CHART_HEAD: Final = re.compile(r"(?:Chart|Map|Cartogram|Graphic|Table)\s*:")
"""The head of a chart credit part ("Chart:"), which a data head may stand before (``match``)."""

RE_BARE_CREDIT: Final = re.compile(
    r"""
    (?:^|(?<=\s))
    (?P<credit>
        \((?:AP|AFP|Reuters|REUTERS)\ (?:[Ff]ile\ )?[Pp]hoto(?:/[^()\n]{1,60})?\)   # "(AP Photo/A)"
      | \([^()\n]{1,60}\ via\ Getty\ Images\)                          # "(A/B via Getty Images)"
      | \([A-Z][\w'’-]+(?:\ [A-Z][\w'’.-]+){1,3}/                         # "(Jane Doe/The
        (?:The\ )?(?:[A-Z][\w.'’-]*\ ){0,3}                              #  Washington Post)":
        (?:Post|Times|Journal|News|Images|Press|Tribune|Herald|Globe|Photo|Photos|Pool
          |Bloomberg|Reuters|REUTERS|AP|AFP|EPA|Axios|Getty)\)           # a news outlet's name
      | REUTERS/[A-Z][\w.'’-]*                                         # "REUTERS/Jane Doe",
        (?:\ (?:(?:van|der|de|da|von|la|le|del)\ )*[A-Z][\w.'’-]*){0,3}   # "REUTERS/Pieter
        (?:/File\ Photo)?                                              # van Aalst"
      | [A-Z][\w'’-]+(?:\ [A-Z]\.)?\ [A-Z][\w'’-]+                     # "Jane Doe" (two names)
        /(?:[A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*){0,3}\ via\ )?Getty\ Images  # "/AFP via Getty Images"
    )
    $
    """,
    re.VERBOSE,
)
"""A credit without a head at the end of a caption line: "(AP Photo/A)", "REUTERS/A", and
"A/Getty Images" glued to the caption ("... in Columbus, Ohio Jane Doe/Getty Images")."""

RE_BARE_CREDIT_LINE: Final = re.compile(
    r"""
    [A-Z][\w.'’-]+(?:\ [A-Z][\w.'’-]+){1,3}           # a photographer's name (or a show's)
    \ ?[/|]\ ?                                         # " / " or " | "
    (?:
        (?:AP|AFP|Reuters|REUTERS|Getty\ Images|Axios|Creators\ Syndicate)   # a known agency
      | [A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*){0,2}         # or any, handed out by a known one:
        \ via\ (?:AP|AFP|Reuters|REUTERS|Getty\ Images|Giphy)   # "Pool via REUTERS"
    )
    (?:/File\ Photo)?                                  # "... via REUTERS/File Photo"
  | Giphy | Getty\ Images                              # an image source alone on its line
    """,
    re.VERBOSE,
)
"""A line that is only a credit, without a head: "Andrew Harnik / AP" (use ``fullmatch``)."""

RE_CREDIT_SEGMENT: Final = re.compile(
    r"""
    [.;]?(?<!\s)\s+                           # ". " or "; " between two credits
    (?=(?:Photos?|Chart|Map|Cartogram|Graphic|Table|chart|map|Data|Source)\s*:)  # the next head
    """,
    re.VERBOSE,
)
"""Where a compound credit ("A/Axios. Photo: B/Getty") starts its next part."""

RE_AGENCY_FIRST: Final = re.compile(
    r"""
    (?P<agency>AP|AFP|Reuters|REUTERS)      # the agency ...
    (?:\ (?:[Ff]ile\ )?[Pp]hoto)?           # ... "Photo", "file photo" ...
    (?:\s*/\s*(?=\S)|$)                     # ... then the photographer, or none ("AP file photo")
    """,
    re.VERBOSE,
)
"""An agency written before the photographer: "AP Photo/Jane Doe", "REUTERS/Jane Doe"."""

RE_FILE_PHOTO: Final = re.compile(r"(?<!\s)\s*/\s*File\ Photo$|^File\ Photo$", re.IGNORECASE)
"""A "File Photo" mark at a credit's end: "Pool via REUTERS/File Photo" (no creator's name)."""

RE_POOL: Final = re.compile(r"(?<=\w)(?:\s+|-)(?P<pool>Pool|POOL)$")
"""A pool marked after the photographer's name: "Jane Doe Pool", "Jane Doe-Pool"."""

RE_SCREENSHOT: Final = re.compile(r"Screenshot(?:\s+(?:from|via|of))?\s*:?\s+(?=\S)")
"""A screenshot credit under a photo head: "Photo: Screenshot from A" (use ``match``)."""

RE_COURTESY: Final = re.compile(r"[Cc]ourtesy(?:\s+of)?\s+")
"""A courtesy credit inside another head: "Photo: Courtesy of A" (use ``match``)."""

RE_VIA: Final = re.compile(r"(?<!\s)\s+via\s+(?P<distributor>\S.*)$")
"""The distributor of a credit: " via Getty Images" at its end."""

RE_SLASH: Final = re.compile(r"(?<!\s)\s*[/|]\s*")
"""The slash (or bar) between a credit's creator and agency, with optional spaces."""

RE_FOR: Final = re.compile(r"(?<!\s)\s+for\s+(?P<agency>\S.*)$")
"""A commission: "A for Axios", "A/Getty Images for B"."""

RE_CREATOR_SEP: Final = re.compile(r"(?<!\s)(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+&\s+)")
"""Separators between several creators: "A, B and C", "A & B" (not the firm "Perkins&Will")."""

RE_CREATOR_LIST_SEP: Final = re.compile(r"(?<!\s)(?:\s*,\s*(?:and\s+)?|\s+and\s+)")
"""The separators of :data:`RE_CREATOR_SEP` but the spaced "&", which may join a firm's name."""

RE_AMPERSAND: Final = re.compile(r"\s+&\s+")
"""A spaced "&" between two creators, or inside a firm's name ("Kessler & Daughters Bakery")."""

RE_MOJIBAKE_QUOTE: Final = re.compile(
    r"""
    â€(?:
        (?P<opening>œ)                 # "“" (E2 80 9C) read as cp1252
      | (?P<closing>[\x9d\ufffd]       # "”" (E2 80 9D): 9D is no cp1252 character, so a
        | (?=[\s,.;:!?)]|$))           # control, a replacement character or nothing follows
    )
    """,
    re.VERBOSE,
)
"""A curly double quote mark of UTF-8 read as cp1252 ("â€œ", "â€\x9d"): searched in the
whole text, when it holds "€", to read quotes on a page mangled as a whole."""

RE_QUOTE_MARK: Final = re.compile(r"[\"“”]")
"""A double quote mark, straight or curly (searched within a block; a character class, which
the engine scans for fastest: the mojibake check is the caller's)."""

RE_CLAUSE_END: Final = re.compile(
    r"""
    ,(?!\d) | [;:!?"“”()\[\]\n—]   # punctuation that ends a clause (not "4,200")
    | (?<!\b[A-Z])\.(?=\s|$)     # a full stop, but not the one of an initial ("U.S.", "J.")
    | [âβโ]€[“”]                 # a dash's mojibake (cp1252, cp1253, cp874): "â€”", "β€“"
    """,
    re.VERBOSE,
)
"""The end of the clause that holds an attribution's source (searched from a position)."""

RE_PER: Final = re.compile(
    r"""
    (?P<cue>per)(?<=\bper)\s+     # "per" starting a word (the boundary is checked behind the
                                  # literal, so a search skips ahead to each "per")
    (?=(?:the\s+)?[A-Z]           # followed by a name: "per AP", "per the Times",
      |(?!(?:capita|cent|se|year|annum|hour|day|night|week|month|person|people|head|share
          |unit|mile|gallon|barrel|pound|ton|minute|second|game|household|student|pupil
          |acre|serving|customer|resident|user|vehicle|employee|ride|trip|visit|dollar|euro
          |yen|yuan|krona|rupee|ounce|kilogram|liter|litre|tonne|dose|seat|bed|transaction)s?\b)
       [a-z])                     # or a source in lower case, not a unit: "per city data"
    """,
    re.VERBOSE,
)
"""The cue of "per X" attributions ("per capita", "per year" and "per person" do not match).

A leading ``\b`` would keep the regex engine from searching for the literal: it would try the
pattern at every character. The same holds for the other cues and the speech verbs below."""

RE_FIRST_REPORTED: Final = re.compile(
    r"""
    (?P<cue>first(?<=\bfirst)     # "first" starting a word (the boundary checked behind it)
        \s+reported\s+by)\s+      # "reported by"
    (?=\S)                        # and a source
    """,
    re.VERBOSE,
)
"""The cue of "first reported by X" attributions."""

_PLACE_DOT: Final = (
    r"(?:(?<=\b[SMF]t)\.(?=[ \t]+[A-Z])"  # "St. Louis"
    r"|(?<=\b[A-Z])\.(?=[A-Z]\.|['’]s\b|[ \t]+[a-z])"  # "U.N.'s", "a U.S. envoy"
    r"|(?<=\d)\.(?=\d))"  # "a $6.2 billion lease"
)
"""A full stop inside a role that ends no sentence: of "St.", "Mt." or "Ft." before a place's
name ("the mayor of St. Louis"), and of an initialism ("the U.N.'s resident coordinator", "a
U.S. envoy")."""

_STATE_DOT: Final = (
    r"(?:(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss"
    r"|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Vt|Va|Wash|Wis|Wyo|N\.[HJMYCD]|R\.I|S\.[CD]|W\.Va)\."
    r"|(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida"
    r"|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland"
    r"|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada"
    r"|New\ (?:Hampshire|Jersey|Mexico|York)|North\ (?:Carolina|Dakota)|Ohio|Oklahoma|Oregon"
    r"|Pennsylvania|Rhode\ Island|South\ (?:Carolina|Dakota)|Tennessee|Texas|Utah|Vermont"
    r"|Virginia|Washington|West\ Virginia|Wisconsin|Wyoming))"
)
"""A U.S. state after a place ("Ozark Bend, Mo.", "Hays, Kansas"): as AP style shortens it, its
full stop kept (it ends the sentence too), or in full."""

RE_PULL_QUOTE_CREDIT: Final = re.compile(
    r"""
    (?!By\ )                                   # (a byline is no credit)
    (?P<name>[A-Z][\w'’.\u0300-\u036f-]+         # a name of two to four words ...
        (?:\ (?:[A-Z][\w'’.\u0300-\u036f-]+|de|van|von|da|del|la|al)){1,3})
    (?:,\ (?P<role>[^.!?"“”\n]{2,80}?))?         # ... and a description: ", library board member"
    """,
    re.VERBOSE,
)
"""The line under a pull quote that names its speaker: "Jane Doe, library board member" (use
``fullmatch``; no sentence end, no verb of speech: the code checks)."""

RE_NAME_AFTER_COMMA: Final = re.compile(
    r",[ \t]+(?P<name>[A-Z][\w'’\u0300-\u036f-]+(?:[ \t]+[A-Z][\w'’\u0300-\u036f-]+){1,3})"
    r"(?=[.,;:!?)]|$)"
)
"""A name set off by a comma after a description, to the clause's end: "per the society's
director, Augustina Feld-Mwangi." (use ``match`` at the comma)."""

RE_TRAILING_SOURCE: Final = re.compile(
    r"""
    (?<=[.!?"”])[ \t]*                              # after a sentence's end,
    \((?P<source>[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){0,5})\)   # "(Star Tribune)"
    [ \t]*\Z
    """,
    re.VERBOSE,
)
"""The outlet a roundup's item comes from, in parentheses at its end: "... in 1961. (Mill City
Courier)" (use ``search``)."""

RE_FULL_STORY: Final = re.compile(
    r"Full\ story\ (?:via|at|from|on)\ (?P<source>(?:the\ )?[A-Z][^\n]{0,60}?)\.?[ \t]*\Z"
)
"""A roundup's pointer to where an item comes from: "Full story via the Star Tribune" (use
``match``)."""

RE_INITIALISM_END: Final = re.compile(r"\b[A-Z]\.[A-Z]\.\Z")
"""An initialism at the end of a role, its last full stop included ("Ipsos U.S."): ``search``
up to the character after the role."""

RE_APPOSITIVE: Final = re.compile(
    rf"""
    ,\s+                                   # ", CEO of Acme." after an inverted speaker
    (?:\d{{1,3}},\s+)?                      # after an age: ", 54, a nurse from Akron."
    (?P<role>[^,.;:!?"“”()]{{2,100}}?(?:{_PLACE_DOT}[^,.;:!?"“”()]{{1,100}}?)*   # the title,
        (?:,\s+{_STATE_DOT}(?=[\s.,]|$))?)     # with a state after its place (", Mo."), up to
    (?=(?<=\.)(?=\s|$)|(?!{_PLACE_DOT})\.(?:\s|$)|[;!?]|$   # the sentence's end, or a clause
      |,\s+(?:who|which|whose|where)\b                 # about it (", which will close ..."),
      |,\s+(?:in|on)\s+(?:a|an|the|his|her|their)\s)   # or where it was said (", in an op-ed")
    """,
    re.VERBOSE,
)
"""The title after an inverted speaker: '..." says Jane Doe, CEO of Acme.'."""

RE_ACCORDING: Final = re.compile(
    r"""
    (?P<cue>[Aa]ccording(?<=\b[Aa]ccording)   # "according" starting a word (boundary behind)
        \s+to)\s+                              # "to"
    (?=\S)                                     # and a source
    """,
    re.VERBOSE,
)
"""The cue of "according to X" attributions."""

DOCUMENT_NOUNS: Final[frozenset[str]] = frozenset(
    {"report", "reports", "survey", "poll", "analysis", "study", "data", "estimate", "estimates"}
    | {"figures", "filing", "filings", "records", "statistics", "review", "memo", "audit"}
    | {"forecast", "tally", "count", "research", "guidance", "recommendations", "projections"}
    | {"findings", "results", "documents", "emails", "testimony", "statement"}
)
"""What a source cites when it cites a document ("a new report", "state figures")."""

_DOCUMENT: Final = "(?:" + "|".join(sorted(DOCUMENT_NOUNS, key=len, reverse=True)) + ")"
"""A document noun (longest first, so "reports" is not cut to "report")."""

RE_AXIOS_ACCESS: Final = re.compile(
    r"""
    \s+(?:(?:shared|provided)\s+(?:first\s+|exclusively\s+)?(?:with|to)
      | (?:obtained|reviewed|seen)\s+(?:first\s+|exclusively\s+)?by)
    \s+Axios\b[^,;]*$                            # "... shared first with Axios"
    """,
    re.VERBOSE,
)
"""How a cited document reached Axios, at the end of a source: "a memo obtained by Axios",
"a survey shared first with Axios". Axios is no issuer of it (use ``search``)."""

RE_DOCUMENT_BY: Final = re.compile(
    r"""
    (?:(?:an?|the)\s+)?(?:[a-z][\w'’-]*\s+){0,3}?     # "a new", "the latest quarterly"
    """
    + _DOCUMENT
    + r"""
    \s+(?:\S+\s+){0,3}?(?:from|by)\s+               # ("shared first") "from", "by"
    (?P<issuer>\S.*?)                                 # who issued it ...
    (?:\s+(?:released|published|issued|out)\b.*)?$    # ... not when: "released Wednesday"
    """,
    re.VERBOSE,
)
"""A cited document and its issuer: "a new report from X", "an analysis by the X Institute"
(use ``match``)."""

RE_DOCUMENT_OF: Final = re.compile(
    r"""
    (?P<issuer>[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|and|for|the))*)\s+   # "Ohio ... Agency"
    """
    + _DOCUMENT
    + r"""
    """,
    re.VERBOSE,
)
"""An issuer named before the document it issued: "Census Bureau figures" (use ``fullmatch``)."""

SPEECH_VERBS: Final[frozenset[str]] = frozenset(
    {"reports", "reported", "notes", "noted", "says", "said", "adds", "added", "writes", "wrote"}
    | {"tells", "told", "tell", "announced", "announces", "saying"}
)
"""Verbs that attribute wherever they stand: "AP reports", "Price added", "X told Axios"
("saying" only after a comma: "X dissented, saying ...")."""

QUOTE_VERBS: Final[frozenset[str]] = frozenset(
    {"asked", "asks", "argued", "argues", "warned", "warns", "tweeted", "tweets"}
    | {"explained", "explains", "insisted", "insists", "replied", "called", "calls"}
    | {"cautioned", "cautions", "acknowledged", "acknowledges", "conceded", "concedes"}
    | {"admitted", "admits", "stressed", "stresses", "countered", "responded", "predicted"}
    | {"urged", "urges", "vowed", "vows", "emails", "emailed"}
    | {"advises", "advised"}
)
"""Speech verbs that attribute only next to a quote ('"...?" Jane Doe asked', 'X called the deal
"painful but fair"', a quote later in the same sentence): without one, "Democrats argued the
bill ..." reports a stance, and "warned" or "called" often speak of no words at all."""


def _whole_words(words: frozenset[str]) -> str:
    """An alternation of ``words`` grouped by first letter, each word's boundary checked behind it.

    A search then skips to those letters; a leading word boundary would make the engine try the
    pattern at every character.
    """
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=lambda w: (w[0], -len(w), w)):
        groups.setdefault(word[0], []).append(rf"{word[1:]}(?<=\b{word})")
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in sorted(groups.items()))


RE_SPEECH_VERB: Final = re.compile(rf"(?P<verb>{_whole_words(SPEECH_VERBS)})\b")
"""A speech verb that may close an attribution: "AP reports", "Price added" (a whole word)."""

DOCUMENT_VERBS: Final[frozenset[str]] = frozenset(
    {"found", "finds", "shows", "showed", "states", "stated", "concluded", "concludes"}
)
"""Verbs that attribute only after a document: "the report found", "the ruling states"."""

DOCUMENT_SPEAKERS: Final[frozenset[str]] = DOCUMENT_NOUNS | frozenset(
    {"bill", "law", "ruling", "order", "lawsuit", "suit", "complaint", "letter", "indictment"}
    | {"opinion", "decision", "proposal", "agreement", "document", "notice", "release", "brief"}
    | {"motion", "petition", "affidavit", "settlement", "contract", "rule", "policy", "polls"}
    | {"studies", "surveys", "letters", "lawsuits", "memos", "warrant", "compact", "treaty"}
)
"""Documents that may speak ("the bill says", "a new poll found"), lower case."""

RE_DOCUMENT_VERB: Final = re.compile(rf"(?P<verb>{_whole_words(DOCUMENT_VERBS)})\b")
"""A verb of :data:`DOCUMENT_VERBS` (a whole word): searched only in a block that holds one as
a substring."""

RE_QUOTE_VERB: Final = re.compile(rf"(?P<verb>{_whole_words(QUOTE_VERBS)})\b")
"""A verb of :data:`QUOTE_VERBS` (a whole word): searched only in a block that holds a quote
mark, as it attributes only next to a quote (its many first letters make a search slow)."""

RE_APPOSITIVE_SPEAKER: Final = re.compile(
    rf"""
    (?:(?P<after_quote>[,"”])\s+                # after a quote's end: '," '
      | (?:\.\s+|\A))                          # or at a sentence's start (the code checks
                                                # that the window starts the block)
    (?P<name>(?:[a-z][\w'’-]*\s+){{0,3}}           # a description may open it ("council
        [A-Z][\w'’.\u0300-\u036f-]*              # member X"), then a name of up to six
        (?:\s+[\w'’.\u0300-\u036f-]+){{0,5}})       # words, capitalised (the code checks)
    (?:\s+\([A-Z0-9][\w.\ -]{{0,18}}\))?          # a party and state: "(R-Kan.)", "(D)", "(45th)"
    (?:,\s+\d{{1,3}}(?=,))?                        # an age: "Jane Doe, 54, a nurse, said"
    ,\s+(?P<role>[^,.;:!?"“”()\s]                 # ", the COO, " (maybe wrapped; "St." goes
        [^,.;:!?"“”()]{{1,119}}(?:{_PLACE_DOT}[^,.;:!?"“”()]{{1,79}}){{0,3}}   # on: "of St. Louis")
        (?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?),\s+   # ", Oklahoma": a place's state
    \Z                                          # right before the verb
    """,
    re.VERBOSE,
)
"""A speaker and an appositive before the verb: '"...," Jane Doe, the COO, said.', 'Jane Doe, a
recruiter, told Axios: "..."'. Searched in a short window before the verb only, so a block with
many verbs stays linear."""

RE_NUMBERED_HEAD: Final = re.compile(
    r"""
    \d{1,2}[.)]\ +\S      # "2. Shutdown watch" at the margin: an item's heading (use ``match``)
    """,
    re.VERBOSE,
)
"""A numbered heading at the margin: story text, which no dateline follows."""

RE_AMP_AD: Final = re.compile(r"Show\ an\ [a-z’']+\ over\ [a-z’']+\.?\ AMP", re.VERBOSE)
"""An AMP page's ad line ("Show an ad over header. AMP"; use ``fullmatch``)."""

RE_AD_SLOT_TEXT: Final = re.compile(r"I\ am\ the\ [a-z’']+", re.VERBOSE)
"""The ad slot's placeholder under :data:`RE_AMP_AD` ("I am the second"; use ``fullmatch``)."""

RE_ROLE_RELATIVE: Final = re.compile(
    r"""
    \s+(?:who|which|whose)\s      # a relative pronoun between two words of the role
    """,
    re.VERBOSE,
)
"""A relative clause inside an appositive ('X, a scientist at Y who was not involved in the
study, said'): it describes the speaker but is no part of the role (searched in the role)."""

RE_REVERSED_APPOSITIVE: Final = re.compile(
    r"""
    (?:(?P<after_quote>[,"”])\s+                # after a quote's end or a clause: '," '
      | (?:\.\s+|\A))                          # or at a sentence's start
    (?P<role>[A-Za-z][\w'’-]*                    # a description: "its chief executive",
        (?:\s+(?:(?:[A-Z]\.){2,}|[\w'’-]+)){0,6})  # "X's chief U.S. economist"
    ,\s+(?P<name>(?:the\s+)?                  # then the name, capitalised (the code
        [A-Z][\w'’.\u0300-\u036f-]*              # checks its words): "the American Gaming
        (?:\s+[\w'’.\u0300-\u036f-]+){0,5})       # Alliance" too
    (?:\s+\([A-Z][\w.\ -]{0,18}\))?             # a party and state: "(R-Kan.)"
    ,\s+\Z                                      # right before the verb
    """,
    re.VERBOSE,
)
"""A description, then the speaker's name, before the verb: 'Its chief executive, John Matze,
said', 'An anti-tax group, Americans for Tax Reform, said' (searched in the same window as
:data:`RE_APPOSITIVE_SPEAKER`, when that reading fails)."""

RE_COLON_SPEAKER: Final = re.compile(
    r"""
    (?P<name>[A-Z][\w'’.\u0300-\u036f-]*(?:[ \t]+[\w'’.\u0300-\u036f-]+){0,6}?)  # a name
    (?:[ \t]+\([A-Z][\w.\ -]{0,18}\))?              # a party and state: "(D-Calif.)"
    (?:[ \t]+(?:on|in)[ \t]+[^,:;"“”()\n]{1,40}?)?     # a topic or a venue: " on the deal"
    (?:,[ \t]+(?P<role>[^,:;"“”()\n]{2,80}))?         # ", who voted no", ", District 4"
    [ \t]*:[ \t]*(?=["“])                             # a colon, then the quote opens
    """,
    re.VERBOSE,
)
"""A speaker tag that opens a paragraph or bullet: 'Sen. Jane Doe (D-Calif.): "..."', 'Board
member X, who voted no: "..."', 'X on the deal: "..."' (use ``match`` at the block's start)."""

RE_PARTY: Final = re.compile(r"\([A-Z][\w.\ -]{0,18}\)")
"""A party and state after a name: "(D-Ohio)", "(R)" (use ``fullmatch``)."""

RE_COLON_BEFORE_QUOTE: Final = re.compile(r'[ \t]*:[ \t]*(?=["“])')
"""A colon right before a quote opens: where a clause that introduces the quote ends."""

COLON_CLAUSE_VERBS: Final[frozenset[str]] = frozenset(
    {"was", "is", "were", "are", "had", "has", "have", "put", "puts", "gave", "gives", "took"}
    | {"takes", "made", "makes", "kept", "keeps", "struck", "strikes", "sums", "offers", "got"}
    | {"gets", "went", "goes", "spoke", "speaks", "laid", "lays", "sounds", "did", "does"}
    | {"would", "could", "will", "can", "might", "may", "should", "summed", "sounded"}
    | {f"{verb}n{mark}t" for verb in ("did", "does", "was", "is", "has", "had") for mark in "'’"}
    | {f"{verb}{mark}t" for verb in ("won", "can", "wouldn", "couldn") for mark in "'’"}
)
"""Verbs that may open the clause between a speaker and a colon before a quote ("was blunter",
"put it this way", "had a warning for landlords", "didn't mince words"); any verb in "-ed" may
too ("offered")."""

TAKE_NOUNS: Final[frozenset[str]] = frozenset(
    {"take", "response", "reply", "verdict", "view", "message", "answer", "reaction", "advice"}
    | {"warning", "prediction", "pitch", "explanation", "assessment", "statement", "argument"}
)
"""What a possessive speaker has before a colon and a quote: 'Jane Doe's take: "..."'."""

RE_COLON_CLAUSE: Final = re.compile(
    rf"""
    (?P<name>[A-Z][\w'’.\u0300-\u036f-]*(?:[ \t]+[\w'’.\u0300-\u036f-]+){{0,6}}?)  # a name (it
                                                   # ends where the verb starts: the code checks it)
    (?:
        (?:'s|’s)[ \t]+(?:{"|".join(sorted(TAKE_NOUNS))})       # "Jane Doe's take"
      | (?:[ \t]+\([A-Z][\w.\ -]{{0,18}}\))?              # a party and state: "(R-Kan.)"
        (?:,[ \t]+(?P<role>[^,:;"“”()\n]{{2,80}}),)?           # ", a historian at Yale,"
        [ \t]+(?:[a-z]+ly[ \t]+)?                              # "bluntly"
        (?:{"|".join(sorted(COLON_CLAUSE_VERBS))}|[a-z][\w'’-]*ed)  # "was", "put", "offered"
        (?:[ \t]+[\w'’.-]+){{0,5}}                             # "blunter", "it this way"
    )
    """,
    re.VERBOSE,
)
"""A speaker and a short clause before a colon and a quote: 'Jane Doe was blunter: "..."',
'Tom Reyes, a historian at Yale, put it this way: "..."' (use ``fullmatch`` on the clause)."""

RE_ANNOUNCEMENT_AFTER: Final = re.compile(
    r"""
    [.,;:]                                           # "..., the minister announced."
    | \s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b   # "announced Monday that"
    | \s+that\b                                      # "announced that"
    """,
    re.VERBOSE,
)
"""What follows "announced" when it reports words, not a product ("Apple announced a new
phone" names no source) (use ``match``)."""

RE_QUANTITY_AFTER: Final = re.compile(
    r"""
    \s+(?:[$€£]?\d
      | (?:more|nearly|about|roughly|almost|another|over|some|fewer|to|two|three|four|five|six
        |seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|a\ dozen|several|new)\b)
    """,
    re.VERBOSE,
)
"""What follows "added" when it counts rather than speaks: "Phoenix added 20,000 units",
"Tallis Row has added eight new restaurants", "Time added to a trip"."""

RE_TOLD_OBJECT: Final = re.compile(
    r"""
    \s+(?P<object>Axios|reporters|me|us|[A-Z][\w'’\u0300-\u036f-]+
      | [Tt]he\s+[A-Z][\w'’\u0300-\u036f-]+(?:\s+[A-Z][\w'’\u0300-\u036f-]+){0,3}   # "the Gazette"
      | (?:(?:local|state|public|national|the)\s+){0,2}   # "local broadcaster Radio Ostra"
        (?:broadcaster|newspaper|outlet|station|channel|radio|television)
        (?:\s+[A-Z][\w'’\u0300-\u036f-]*){1,4}
      | (?:(?:the|a|an)\s+(?:[a-z-]+\s+){0,2})?   # "the", "a county", "a news"
        (?:parliament|lawmakers|legislators|senators|investors|analysts|supporters
          |voters|residents|employees|staff|students|colleagues|members|crowd|audience
          |committee|council|board|court|jury|press|panel|hearing|conference|briefing
          |legislature|meeting|rally|forum|summit|reporters|journalists|assembly|delegates
          |chamber|commission|cabinet|congress|nation|viewers|listeners|readers|shareholders)
    )(?![\w\u0300-\u036f])
    """,
    re.VERBOSE,
)
"""What follows "told"/"tells": "told Axios", "tells reporters", "told parliament", "told the
committee"."""

RE_FIGURES_AFTER: Final = re.compile(
    r"""
    \s+(?:(?:its|their|a|an|the|record|strong|weak|quarterly|annual|[a-z]+-quarter)\s+){0,2}
    (?:earnings|results|revenue|revenues|profit|profits|loss|losses|sales|income)\b
    """,
    re.VERBOSE,
)
"""What a company reports that is no speech: "Quorra reports earnings" (use ``match`` after
the verb)."""

RE_STATEMENT: Final = re.compile(r"\s+in\s+a\s+statement\b")
"""The tail of "X said in a statement"."""

RE_INVERTED_NAME: Final = re.compile(
    r"""
    \s+(?:the\s+(?=Rev\.\s))?                                 # "said the Rev. Jane Doe"
    (?:(?:state|city|county|former|acting|deputy|then)[\ -])?   # "said state Sen. Jane Doe"
    (?P<name>[A-Z][\w'’.\u0300-\u036f-]*(?:\s+[A-Z][\w'’.\u0300-\u036f-]*){0,4})
    (?P<described>\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?   # or it was a description: "Clearbill
        (?:\s+[A-Z][\w'’.\u0300-\u036f-]*){1,4})?      # director Yusra Hadley" (the code checks)
    """,
    re.VERBOSE,
)
"""The speaker after an inverted verb: '..." said Jane Doe' (a lower-case title word before the
name is passed over)."""

RE_INVERTED_UNNAMED: Final = re.compile(
    r"\s+(?P<name>(?:a|an|one|two|three|several)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})"
    r"(?=[,.;]|\s*$)"
)
"""A speaker without a name after an inverted verb: '..." said a senior administration
official' (the code checks that it ends in a speaker noun; use ``match``)."""

RE_INVERTED_DESCRIBED: Final = re.compile(
    r"""
    \s+(?P<description>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)     # "parent", "chief scientist"
    \s+(?P<name>[A-Z][\w'’.\u0300-\u036f-]*(?:\s+[A-Z][\w'’.\u0300-\u036f-]*){0,4})   # the name
    """,
    re.VERBOSE,
)
"""A description, then the speaker, after an inverted verb: '..." said parent Jane Doe' (the code
checks that the description reads as a role)."""

_PARTICLES: Final = r"(?:de|la|le|del|della|van|der|den|von|da|du|di|dos|das|ter)"
"""Lower-case words inside a name ("Fenna de Vries"), as in ``names.NAME_PARTICLES``."""

RE_BODY_OF: Final = re.compile(
    r"""
    (?:\A|['’]s\ )                               # at the start, or after "Governor's"
    (?:Office|Department|Bureau|Ministry|Agency|Institute|Center|Council|Commission|Board
      |Administration|Division)
    \ of\ [A-Z][\w'’-]*(?:\ (?:of|and|for|the|[A-Z][\w'’-]*))*\Z
    """,
    re.VERBOSE,
)
"""A public body named "X of Y" to the end of a source ("Office of Economic Opportunity"): when
a role would leave one word of it as the name, it is one body's name (use ``search``)."""

RE_NAME_RUN: Final = re.compile(
    rf"""
    [A-Z][\w'’.\u0300-\u036f-]*
    (?:(?:[ \t]+|[ \t]*(?:\r\n|\r|\n)[ \t]*)     # a space, or a wrapped block's line break
       (?:{_PARTICLES}[ \t]+)*                  # particles inside ("Fenna de Vries")
       [A-Z][\w'’.\u0300-\u036f-]*)+
    """,
    re.VERBOSE,
)
"""Two or more capitalised words in a row: a candidate full name ("Ned Price").

Names take combining marks (U+0300-U+036F) too, which the word class lacks: "Núñez" in NFD."""

RE_SENTENCE_SUBJECT: Final = re.compile(
    rf"""
    (?P<subject>[A-Z][\w'’.\u0300-\u036f-]*
        (?:[ \t]+(?:{_PARTICLES}[ \t]+)*[A-Z][\w'’.\u0300-\u036f-]*){{0,5}})
    [ \t]+(?:[a-z]+(?:ed|s)|cut|put|set|met|led|won|lost|left|made|took|gave|got|hit|ran|sent
      |spent|kept|held|paid|sold|bought|became|began|brought|did)\b   # then its first verb
    """,
    re.VERBOSE,
)
"""The capitalised words that open a sentence, before its first verb (use ``match``): the
subject that a later "and said" shares ("Prime Minister X declared ... and said ...")."""

RE_NICKNAME: Final = re.compile(r"[\"“][A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?[\"”]")
"""A nickname in quote marks inside a name: 'Bartholomew "Bart" Kincaid-Osei' (``fullmatch``)."""

RE_NICKNAME_IN_NAME: Final = re.compile(r"[ \t]+[\"“][^\"“”]{1,30}[\"”](?=[ \t])")
"""A nickname inside a name, to drop from the name ("Bartholomew Kincaid-Osei")."""

RE_AFTER_POSSESSIVE: Final = re.compile(r"(?<=['’]s) ")
"""The space after a possessive inside a run of names: where a name ends ("X's Grill")."""

RE_WORD: Final = re.compile(r"\w+")
"""A word, for comparing two descriptions of the same image."""

_W: Final = r"[a-z’']+"
"""A lower-case word (scraped corpora often mask these, so patterns match any word there)."""

_INBOX: Final = r"(?:inbox|mailbox|email|x{5})"
"""Where a sign-up promo delivers: "in your inbox" (a masked corpus writes "in your xxxxx")."""

_MENU_ITEM: Final = r"[A-Za-z][\w&'’.-]*(?:\ [A-Za-z&][\w&'’.-]*){0,2}"
"""An item of a site's menu: one to three words, no digits first ("Top stories", "e-Edition")."""

RE_BOILERPLATE: Final = re.compile(
    rf"""
    (?P<preferred_source>                      # Google's "preferred source" promo, in two parts
        Add\ Axios\ as\ your\ {_W}\ {_W}\ to\b[^\n]{{0,40}}
      | {_W}\ more\ of\ our\ {_W}\ on\ Google\.?
    )
  | (?P<listen>Listen\ to\ [^\n]{{1,80}})          # podcast promos
  | (?P<signup>                                # newsletter sign-up forms and their furniture
        (?:Sign\ up|Subscribe)\b[^\n]{{0,200}}
      | Please\ {_W}\ a\ {_W}\ {_W}\.?
      | Subscription\ {_W}[^\n]{{0,60}}
      | Thank\ you\ for\ {_W}!?
      | Make\ your\ [^\n]{{0,40}}\ with\ Axios\ AM/PM\.[^\n]{{0,200}}
      | Catch\ up\ on\ [^\n]{{0,120}}
      | Stay\ on\ {_W}\ of\ [^\n]{{0,80}}
      | Searching\ for\ smart,\ [^\n]{{0,60}}\?
      | Support\ {_W},\ smart,\ [^\n]{{0,200}}
      | Get\ [^\n]{{0,100}}\ in\ your\ {_INBOX}\b[^\n]{{0,60}}   # "... inbox with Axios Denver."
      | Axios(?:\ [A-Z][\w'’.-]*){{1,3}}\ newsletter   # a sign-up box's title
      | Stay\ in\ the\ know\b[^\n]{{0,200}}          # and its blurb
      | (?:Local\ )?[Nn]ews\ that\ makes\ you\ smarter[^\n]{{0,80}}   # Axios Local's tagline
      | (?:\S{{1,4}}\ )?Did\ a\ friend\ forward\ [^\n]{{0,120}}   # "📬 Did a friend forward ...?"
      | (?:\S{{1,4}}\ )?Thanks\ for\ reading!\ [^\n]{{0,160}}\bsign\ up\b[^\n]{{0,80}}   # sign-off
    )
  | (?P<chrome>                                # page furniture
        SaveSave\ story | Show\ an\ {_W}\ over\ {_W}\.?\ AMP
      | Please\ {_W}\ Javascript\ [^\n]* | Previous\ StoryNext\ Story
      | Keep\ reading\.\.\.Show\ less | PostEmail | Top\ Stories | Featured | Normal\ view
      | {_W}\ \d{{1,2}}\ [A-Z][a-z]{{2}}\ \d{{4}}\ \d\d:\d\d:\d\d\ UTC   # "archived 3 Jul 2021 …"
      | Share\ (?:on|via|by)\ [^\n]{{1,40}} | Skip\ to\ [^\n]{{0,40}}
      | Advertisement | Expand\ chart | View\ original\ post[^\n]{{0,40}}
      | Axios\ Homepage | Latest\ stories | Newsletter\ branding\ image
      | No\ stories\ could\ be\ found                # an empty "More X stories" list
      | Email | Print | Copy\ link | Share | Tweet     # share buttons, one word to a line
      | Facebook | Twitter | LinkedIn | Reddit | WhatsApp | X | Share\ this:?
      | This\ (?:article|story)\ was\ originally\ published\ (?:on|in|by)\ [^\n]{{1,120}}
      | This\ (?:story|article)\ (?:first\ |originally\ )?appeared\ (?:first\ )?(?:in|on)
        \ [^\n]{{1,200}}                           # "... the Axios Pro ... newsletter."
      | About\ Axios(?:\ Local)?
      | (?:Tag|Category|Author)\ Archives?:\ [^\n]{{1,60}} | (?:News\ )?Archives?   # site headers
      | AP\ News\ in\ Brief(?:\ at\ [^\n]{{1,30}})?
      | https?://\S{{1,300}}                       # a bare link (a re-host's source line)
      | Comments\ \(\d{{1,6}}\) | ←\ Back\ to\ [^\n]{{1,60}}
      | Read\ the\ (?:full|whole)\ (?:story|issue)(?:\ (?:at|on)\ [^\n]{{1,40}}|\.)?   # the rest
      | Axios\ Pro\ is\ here\b[^\n]{{0,160}}         # a promo: "Axios Pro is here. ..."
      | Read\ more\ (?:at|on)\ [A-Z][^\n]{{0,40}}      # a re-host's link back: "Read more at Axios"
      | Read\ the\ original\ (?:article|story)\ (?:at|on)\ [A-Z][^\n]{{0,40}} | Comments
      | Originally\ published\ (?:by|on|in|at)\ [^\n]{{1,80}}   # "Originally published by Axios."
      | This\ (?:story|article)\ is\ published\ through\ [^\n]{{1,80}}   # "... partnership"
      | Share(?:\ this(?:\ article|\ story)?)?:\ [^\n]{{1,80}}   # "Share: Facebook | X | Email"
      | Source:\ Axios(?:\ [A-Z][\w.'’-]*){{0,3}}     # and its source line: "Source: Axios Denver"
      | Axios                                      # a re-host's provider line, alone
      | Sign\ in | Log\ in | View\ comments | Like\ this: | Like\ Loading\.\.\.   # site widgets
      | Title\ icon | PRESENTED\ BY\ [^\n]{{1,60}} | Advertise\ with\ us(?:Arrow)?   # sponsors
      | (?:Copyright\ (?:©\ |\(c\)\ )?|©\ ?)\d{{4}}\b[^\n]{{0,200}}   # "Copyright 2024 The AP."
      | Our\ Standards:\ [^\n]{{0,80}}                  # Reuters' trust-principles footer
      | (?:Today's\ )?Smart\ Brevity[^\n]{{0,6}}\ count:[^\n]* | Today's\ newsletter\ is\ [^\n]*
      | (?:\S{{1,4}}\ )?(?:[A-Z][^\n]{{0,40}}?\ )?   # "Today's Closer is 842 words, a ..."
        (?:is|weighs\ in\ at)\ [\d,]+\ words\b[^\n]{{0,80}}
      | Thanks\ to\ [^\n]{{1,160}}\ for\ (?:editing|copy\ editing)\b[^\n]{{0,200}}   # the credits
      | Thanks\ for\ reading\b[^\n]{{0,100}}          # a newsletter's sign-off
      | A\ message\ from\ [A-Z][^\n]{{0,60}}           # a sponsor's block: its head
      | View\ this\ email\ in\ (?:your|a)\ browser | Open\ original\b[^\n]{{0,60}}   # mail, readers
      | _{{3,}}                                       # a wire story's separator: "___"
      | \d{{1,2}}\ min(?:ute)?s?\ read | FOR\ IMMEDIATE\ RELEASE   # "2 min read"; a press release
      | \#{{3}}                                       # a press release's end mark
      | {_MENU_ITEM}(?:\ \|\ {_MENU_ITEM}){{2,}}    # a site's menu: "News | Local | Sports"
      | \(?Reporting\ by\ [^\n]{{1,300}};\ Editing\ by\ [^\n]{{1,120}}   # a Reuters story's credits
      | Follow\ us\ on\ [^\n]{{1,40}} | Download\ the\ [^\n]{{1,60}}\ app\b[^\n]{{0,80}}   # promos
      | --\ ?With\ assistance\ from\ [^\n]{{1,160}}   # a Bloomberg story's last line
      | Follow\ AP's\ coverage\ [^\n]{{1,160}}       # an AP story's pointer to its hub
    )
  | (?P<read_next>                             # the end of the story, then other stories
        What\ to\ {_W}\ next | More\ [\w .]{{1,40}}\ stories | More\ (?:S|s)tories
      | Related\ (?:Articles|Stories|Coverage|Searches|articles|stories|searches)
      | Related\ in\ your\ [a-z]{{1,20}}
      | Most\ (?:Read|Popular|read|popular)(?:\ in\ [A-Z][\w&\ ]{{1,30}})?   # "... in Business"
      | More\ from\ [A-Z][^\n]{{0,40}}
      | Recommended(?:\ (?:[Ss]tories|for\ you|[Aa]rticles|[Rr]eading))? | Related   # re-hosts
    )
    """,
    re.VERBOSE,
)
"""A whole line of boilerplate (use ``fullmatch``); the group that matched names its kind."""

RE_GLUED_SENTENCE: Final = re.compile(r"(?<=[a-z0-9%)])[.!?][\"”’]?(?=[A-Z])")
"""A sentence's end glued to the next sentence ('... our customers did."A shopper picks up ...'):
where a scrape lost a line break (searched before a caption's credit)."""

RE_NEWSLETTER_NAME: Final = re.compile(r"Axios(?:[ \t]+[A-Z][\w'’.-]*){1,3}")
"""A newsletter's name alone on a line ("Axios Larkspur Bay"): a sign-up box's title when a
sign-up line follows it (use ``fullmatch``)."""

RE_BOILERPLATE_INSIDE: Final = re.compile(
    rf"""
    (?P<chrome>Smart\ Brevity[^\n]{{0,6}}\ count:|Today's\ newsletter\ is\ |Today's\ word\ count:)
                                                # "☕ Good morning. Smart Brevity™ count: ..."
  | (?P<signup>\bnews\b[^\n]{{0,60}}\ in\ your\ {_INBOX}\b)   # a sign-up box's blurb: "Smart,
    """,  # local news for X, in your inbox every weekday."
    re.VERBOSE,
)
"""Boilerplate known by a phrase inside a short line (searched when a cheap test finds it)."""

RE_TEMPLATE: Final = re.compile(r"\{\{[^\n{}]{1,80}\}\}")
"""An unrendered template in a line ("{{first_name|there}}"): the line is page chrome (searched
in a short line that holds "{{")."""

RE_BOILERPLATE_TAIL: Final = re.compile(
    rf"""
    (?:
    (?P<signup>                                  # a promo that ends in a call to sign up:
        Sign(?<=\bSign)\ up\ (?:for|to)\ {_W}\.?  # "... Sign up for free." (the boundary
                                                 # behind the literal: a search skips to it)
      | \ Subscribe\ for\ free\.?                  # "... Subscribe for free."
      | \ news\ in\ your\ {_INBOX}                 # "Denver news in your inbox"
      | \ Start\ your\ free\ trial\.?             # "Axios Pro is here. ... Start your free trial."
    )
  | (?P<chrome>\ -\ Axios                        # the page's HTML title: "... - Axios"
      | \ contributed\ (?:(?:to\ )?(?:this\ )?report(?:ing)?   # "AP writer X contributed ..."
        | from\ [A-Z][\w.'’-]*(?:,?\ [A-Z][\w.'’-]*){{0,4}})\.?)   # "... contributed from Boston."
    )$
    """,
    re.VERBOSE,
)
"""Boilerplate known by how its line ends (searched in the last characters of a short line)."""

RE_NEWSLETTER_OPENING: Final = re.compile(
    r"""
    [^\w\s"'“”‘’()\[\]]{1,4}[ \t]*             # an emoji, then an item's label:
        [A-Z][\w'’]*(?:\ [\w'’]+){0,4}:\s         # "⚡ Situational awareness: ..."
  | (?:[^\w\s]{1,4}[ \t]*)?                    # an emoji first: "☕ Good Friday morning."
    (?:
        (?:Good|Happy)\ (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\ ?)?
            (?:morning|afternoon|evening|day|night)?(?<=[a-z])[!.,]   # "Good afternoon!"
      | Happy\ (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b          # "Happy Monday ..."
      | Today's\ weather:                         # a local newsletter's weather line
      | \d{1,2}\ big\ [a-z]+:                      # the first item: "1 big thing: ..."
    )
    """,
    re.VERBOSE,
)
"""How a newsletter's first line under its date opens: a greeting, the weather, its first item,
or an item labelled behind an emoji. No headline opens so (use ``match``)."""

RE_NEXT_ITEM: Final = re.compile(r"(?P<number>\d{1,2})\.[ \t]+\S")
"""A newsletter item's heading at the margin: "2. Shutdown watch" (use ``match``)."""

RE_GO_DEEPER: Final = re.compile(
    r"""
    Go\ deeper                       # "Go deeper" alone,
    (?:Arrow(?:[A-Z][a-z]{2,8}\.?\ \d{1,2},\ \d{4})?)?  # its icon, a date: "ArrowJan 5, 2020"
    (?:[ \t]*:[ \t]*(?P<title>\S[^\n]*)?)?   # or "Go deeper: <title of the related story>"
    """,
    re.VERBOSE,
)
"""A "Go deeper" line (use ``fullmatch``)."""

RE_MOJIBAKE_LEAD: Final = re.compile(r"[\u00c2-\u00f4]")
"""A character that can start a mojibake run: a quick test before :data:`RE_MOJIBAKE`."""

RE_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""A control character other than tab and line breaks (searched in the whole text)."""

RE_SURROGATE: Final = re.compile(r"[\ud800-\udfff]")
"""A lone surrogate: a code point a ``str`` can hold but that is no character (it cannot be
encoded to UTF-8 or dumped to JSON). Searched in the whole text of a ``str`` input."""

RE_ODD_CHAR: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00c2-\u00f4]")
"""A control character or a mojibake lead (:data:`RE_CONTROL`, :data:`RE_MOJIBAKE_LEAD`): one
scan finds where either check must start, and tells a clean text apart (searched in the whole
text)."""

_CONT: Final = r"[\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]"
"""A UTF-8 continuation byte as cp1252 or Latin-1 shows it."""

RE_MOJIBAKE: Final = re.compile(
    rf"""
    (?:
        [\u00c2-\u00df]{_CONT}          # a two-byte sequence: "Ã©" for "é"
      | [\u00e0-\u00ef]{_CONT}{{2}}     # three bytes: "â€™" for "’"
      | [\u00f0-\u00f4]{_CONT}{{3}}     # four bytes: "ðŸŽ‰" for an emoji
    )+
    """,
    re.VERBOSE,
)
"""A run of UTF-8 decoded as cp1252 or Latin-1 (searched in the whole text)."""
