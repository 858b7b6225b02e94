"""Real-page shapes (corpus REPORT §2-§8), each in an article written for this suite.

Every case is a short article in the house style whose text we wrote ourselves; the shapes
(line layout, punctuation, credit forms, chrome) follow what scraped pages show.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsitem import Article, Bullet, Caption, Paragraph, parse

from .helpers import uncovered

HEAD = "Jan 6, 2022 - World\n\nCity council passes the new budget\n\n"


def body(text: str) -> Article:
    """Parse ``text`` under a standard dateline and headline, checking nothing is lost."""
    source = HEAD + text
    article = parse(source)
    assert uncovered(source, article) == []
    # The parser's models are valid as the schema defines them.
    assert Article.model_validate(article.model_dump()) == article
    return article


def labels(article: Article) -> list[str | None]:
    return [section.label for section in article.sections]


def speakers(article: Article) -> list[str | None]:
    """The name of each quote's speaker, in order (None: no speaker)."""
    return [q.attribution.name if q.attribution else None for q in article.quotes]


def one_attribution(paragraph: str) -> tuple[str, str | None, str]:
    """The name, role and cue of a paragraph's one attribution, whose are all its quotes."""
    article = body(paragraph)
    [attribution] = article.attributions
    assert all(q.attribution == attribution for q in article.quotes)
    return attribution.name, attribution.role, attribution.cue


# Datelines (REPORT §3) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "day", "category", "updated"),
    [
        ("Jan 6, 2022 - World", date(2022, 1, 6), "World", False),
        ("Updated Jun 3, 2022 - Podcasts", date(2022, 6, 3), "Podcasts", True),
        ("Mar 10, 2021 - Politics & Policy", date(2021, 3, 10), "Politics & Policy", False),
        ("Oct 29, 2019", date(2019, 10, 29), None, False),
        ("Updated Jan 21, 2018", date(2018, 1, 21), None, True),
        ("March 10, 2021", date(2021, 3, 10), None, False),
        ("October 05, 2019", date(2019, 10, 5), None, False),
        ("Dec 2, 2021 - Economy & Business", date(2021, 12, 2), "Economy & Business", False),
    ],
    ids=[
        "short",
        "updated",
        "ampersand",
        "date-only",
        "updated-date-only",
        "long-month",
        "zero-padded",
        "two-word-section",
    ],
)
def test_absolute_datelines(line: str, day: date, category: str | None, updated: bool) -> None:
    article = parse(f"{line}\n\nSchool board delays its vote\n\nThe vote moved to May.")
    assert article.dateline is not None
    assert article.dateline.text == line
    assert (article.dateline.date, article.dateline.category) == (day, category)
    assert article.dateline.updated is updated
    assert article.headline == "School board delays its vote"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("3 hours ago - Politics & Policy", date(2024, 5, 1)),
        ("26 mins ago - News", date(2024, 5, 1)),
        ("Updated 1 hour ago - Health", date(2024, 5, 1)),
        ("6 days ago", date(2024, 4, 25)),
    ],
    ids=["hours", "mins", "updated-hour", "days-bare"],
)
def test_relative_datelines(line: str, expected: date) -> None:
    text = f"{line}\n\nSchool board delays its vote\n\nThe vote moved to May."
    assert parse(text).dateline is not None
    resolved = parse(text, reference_date=date(2024, 5, 1)).dateline
    assert resolved is not None and resolved.date == expected
    unresolved = parse(text)
    assert unresolved.dateline is not None and unresolved.dateline.date is None
    assert "NI203" in {d.code for d in unresolved.diagnostics}


def test_date_prefix_is_split_off() -> None:
    article = parse(" date 2023-01-04 1 hour ago - News\n\nWhat changes in the city this year\n")
    assert article.dateline is not None and article.dateline.category == "News"
    assert article.headline == "What changes in the city this year"
    assert [b.kind for b in article.boilerplate] == ["date_prefix"]


def test_date_prefix_glued_to_a_headline() -> None:
    article = parse(" date 2023-12-20 The year in review, wrapped\nIt was a long year here.\n")
    assert article.dateline is None
    assert article.headline == "The year in review, wrapped"


def test_dateline_glued_to_the_next_text() -> None:
    article = parse("Mar 2, 2021 - Axios Twin CitiesPolice reform is on the ballot\n\nText.")
    assert article.dateline is not None
    assert article.dateline.category == "Axios Twin Cities"
    assert article.headline == "Police reform is on the ballot"


def test_byline_and_date_on_one_line() -> None:
    article = parse("Jane Reporter Apr 7, 2017\n\nVoters trust their neighbors\n\nText.")
    assert article.dateline is not None
    assert article.dateline.byline == "Jane Reporter"
    assert article.dateline.date == date(2017, 4, 7)


def test_no_dateline_is_invented() -> None:
    article = parse("A mayor's first year\n\nOn Jan 6, 2022, the mayor took office.")
    assert article.dateline is None
    assert article.headline == "A mayor's first year"
    assert "NI201" in {d.code for d in article.diagnostics}


def test_a_date_in_the_last_line_is_no_dateline() -> None:
    text = "A quiet week\n\nWhy it matters: Little changed.\n\n  • Nothing moved.\n\n23 hours ago"
    assert parse(text).dateline is None


# Headlines ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "under",
    [
        "City council passes the new budget\n\nCity council passes the new budget\n\n",
        "Share on Facebook\n\nCity council passes the new budget\n\n",
    ],
    ids=["two-repeats", "behind-a-share-widget"],
)
def test_every_repeat_of_the_headline_is_set_apart(under: str) -> None:
    article = body(under + "The vote was 7-2.")
    assert [p.text for p in article.paragraphs] == ["The vote was 7-2."]
    assert [b.kind for b in article.boilerplate].count("duplicate_headline") >= 1


def test_duplicated_headline_is_set_apart() -> None:
    article = parse("A new plan for the riverfront\n\nA new plan for the riverfront\nThe plan.")
    assert article.headline == "A new plan for the riverfront"
    assert [b.kind for b in article.boilerplate] == ["duplicate_headline"]
    assert [p.text for p in article.paragraphs] == ["The plan."]


@pytest.mark.parametrize(
    "headline",
    [
        "Scoop: The mayor plans a second term",
        "3. The housing crunch comes for renters",
        "Tillerson in Moscow: Pushing on a closed door",
    ],
    ids=["kicker", "numbered", "colon"],
)
def test_headline_shapes(headline: str) -> None:
    article = parse(f"Jan 6, 2022 - World\n\n{headline}\n\nThe story starts here.")
    assert article.headline == headline
    assert labels(article) == [None]


@pytest.mark.parametrize(
    ("opening", "label"),
    [
        ("☕ Good Friday morning. Thanks for starting your day with us.", None),
        ("Good afternoon! Today's newsletter is 612 words, a 2-minute read.", None),
        ("🌤️ Today's weather: Sunny with a high of 64.", "Today's weather"),
        ("1 big thing: Rural pharmacies close at a record pace", "1 big thing"),
    ],
    ids=["greeting", "greeting-and-count", "weather", "first-item"],
)
def test_a_newsletter_issue_has_no_headline(opening: str, label: str | None) -> None:
    """Under a newsletter's date come a greeting, the weather or its first item: no headline
    (the fourth unseen-page probe), and nothing of them is lost."""
    source = f"Axios AM\n\nApril 14, 2023\n\n{opening}\n\nThe first story starts here."
    article = parse(source)
    assert article.headline is None
    assert article.dateline is not None
    assert uncovered(source, article) == []
    assert [section.label for section in article.sections if section.label] == (
        [label] if label else []
    )


def test_interview_speaker_tags_are_no_labels() -> None:
    """A Q&A's "Axios:" and "Kamara:" take turns: paragraphs, not sections (fourth probe)."""
    turns = [
        "Axios: How did you find it?",
        "Kamara: Honestly, by accident.",
        "Axios: Why name it after your grandmother?",
        "Kamara: She taught me the constellations.",
    ]
    article = body("\n\n".join([*turns, "The big picture: Amateurs found 31% of new comets."]))
    assert labels(article) == [None, "The big picture"]
    assert [block.text for block in article.sections[0].blocks] == turns


@pytest.mark.parametrize(
    "header", ["Tag Archives: Brexit", "News Archive", "AP News in Brief at 5:58 a.m. EDT"]
)
def test_a_site_header_above_a_wire_story_is_no_headline(header: str) -> None:
    """Wire pages of the corpus open with the site's section header, then the headline."""
    article = parse(
        f"{header}\nOfficials seek details on marathon suspects\nBOSTON (AP) - The lede."
    )
    assert article.headline == "Officials seek details on marathon suspects"
    assert [b.text for b in article.boilerplate] == [header]


def test_missing_headline_when_the_page_starts_with_a_credit() -> None:
    article = parse("Photo: Jane Lens/Getty Images\n\nThe story starts here with a lede.")
    assert article.headline is None
    assert len(article.captions) == 1


def test_byline_under_the_headline() -> None:
    article = parse("Jan 6, 2022 - News\n\nWhat to watch this year\n\nAsher Quill\nThe lede.")
    assert article.byline == "Asher Quill"
    assert [p.text for p in article.paragraphs] == ["The lede."]


# Labels (REPORT §2) ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "label", "kind"),
    [
        ("Why it matters: Rents rose.", "Why it matters", "why_it_matters"),
        ("What’s happening: Rents rose.", "What’s happening", "whats_happening"),
        ("What they're saying: Rents rose.", "What they're saying", "what_theyre_saying"),
        ("Yes, but: Wages rose too.", "Yes, but", "yes_but"),
        ("State of play: Rents rose.", "State of play", "state_of_play"),
        ("1 big thing: Rents rose.", "1 big thing", "1_big_thing"),
        ("🚨 Situational awareness: Rents rose.", "Situational awareness", "situational_awareness"),
        ("πŸ—³ By the numbers: Rents rose.", "By the numbers", "by_the_numbers"),
        ("Why it matters:Rents rose.", "Why it matters", "why_it_matters"),
        ("Where tech shone: Rents rose.", "Where tech shone", "where_tech_shone"),
        ("For dealmakers: Rents rose.", "For dealmakers", "for_dealmakers"),
        ("Inside the bubble: Rents rose.", "Inside the bubble", "inside_the_bubble"),
        ("Professionally: Rents rose.", "Professionally", "professionally"),
        ("Who’s running: Three people.", "Who’s running", "whos_running"),
        (
            "Trust in institutions at historic low: Yes.",
            "Trust in institutions at historic low",
            "trust_in_institutions_at_historic_low",
        ),
        (
            "Trump’s dawning reality: Rents rose.",
            "Trump’s dawning reality",
            "trumps_dawning_reality",
        ),
        ("Most right: Rents rose.", "Most right", "most_right"),
        ("For Maria: The job is hers to lose.", "For Maria", "for_maria"),
        ("1 big scoop: The mayor will run again.", "1 big scoop", "1_big_scoop"),
        ("๐Ÿ–x๏x Zoom in: Rents rose.", "Zoom in", "zoom_in"),
        ("What is happening: Rents rose.", "What is happening", "what_is_happening"),
        ("Why is this important: Rents rose.", "Why is this important", "why_is_this_important"),
    ],
    ids=[
        "known",
        "curly",
        "straight",
        "yes-but",
        "state",
        "digit",
        "emoji",
        "mojibake-emoji",
        "glued",
        "coined-1",
        "coined-2",
        "coined-3",
        "one-word",
        "curly-coined",
        "six-words",
        "possessive",
        "most-right",
        "for-a-name",
        "big-scoop",
        "masked-mojibake-emoji",
        "reworded-question",
        "reworded-question-2",
    ],
)
def test_labels_start_sections(line: str, label: str, kind: str) -> None:
    article = body(f"The lede.\n\n{line}")
    assert [s.label for s in article.sections] == [None, label]
    assert article.sections[1].kind == kind
    assert article.sections[1].blocks[0].text in line


@pytest.mark.parametrize(
    "line",
    [
        "Scoop: The mayor plans a second term.",
        "Exclusive: The mayor plans a second term.",
        "Jordan Alvarez (D), incumbent: I will keep the seat.",
        "Dana Kim, the chef, on culture: “We cook for everyone.”",
        'From Sam Lee, DNC Communications Director: "We are ready."',
        'Mehlman told Axios: "We are ready."',
        "Tech: Chips got cheaper this week — Ina Writer",
        "Note: This episode contains explicit language.",
        "Credits: This show is produced by a small team.",
        "About this series: The reporting is based on interviews.",
        "Smart Brevity count: 1,062 words ... 4 minutes.",
        "KC's View: The deal is good.",
        "The answer is: Hey! Pay attention!",
        '"The bottom line: It works," she wrote.',
        "Here's what to expect:",
        "Boston Celtics: Won the title again.",
        "Axios Today: A new episode is out.",
    ],
    ids=[
        "kicker",
        "kicker-2",
        "speaker-parens",
        "speaker-commas",
        "speaker-from",
        "speaker-told",
        "list-key",
        "note",
        "credits",
        "series",
        "count",
        "view",
        "sentence",
        "quoted",
        "heres",
        "team-name",
        "title-case",
    ],
)
def test_colon_lines_that_are_not_labels(line: str) -> None:
    article = body(f"The lede.\n\n{line}")
    assert labels(article) == [None]
    assert isinstance(article.sections[0].blocks[-1], Paragraph)


def test_colon_title_in_the_body_is_not_a_label() -> None:
    article = body("The lede.\n\nRiver towns in spring: Crews brace for floods\n\nThe water rose.")
    assert labels(article) == [None]
    assert article.paragraphs[1].text == "River towns in spring: Crews brace for floods"


def test_colon_title_without_dateline_is_the_headline() -> None:
    article = parse("River towns in spring: Crews brace for floods\n\nThe water rose a foot.")
    assert article.headline == "River towns in spring: Crews brace for floods"
    assert labels(article) == [None]


@pytest.mark.parametrize(
    "lines",
    [
        "Most wrong: The forecast missed\nthe storm by a day.",
        "Most wrong: Where the forecast missed\n\n  • The storm came early.",
        "Most wrong: The forecast missed the storm by a",
    ],
    ids=["hard-wrapped", "introduces-a-list", "cut-at-the-end"],
)
def test_coined_label_without_a_full_stop_on_its_line(lines: str) -> None:
    article = body(f"The lede.\n\n{lines}")
    assert labels(article) == [None, "Most wrong"]


def test_label_inside_a_bullet_stays_a_bullet() -> None:
    article = body("The lede.\n\n  • Why it matters: Rents rose.\n  • Another point.")
    assert labels(article) == [None]
    assert [b.label for b in article.bullets] == ["Why it matters", None]
    assert article.bullets[0].text == "Rents rose."


def test_empty_label_owns_the_bullets_below() -> None:
    article = body("The lede.\n\nBy the numbers:\n\n  • 12 new homes.\n  • 3 new parks.")
    assert labels(article) == [None, "By the numbers"]
    assert [b.type for b in article.sections[1].blocks] == ["bullet", "bullet"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The council met late. Why it matters: Rents rose. The big picture: Wages lag.",
            [
                (None, "The council met late."),
                ("Why it matters", "Rents rose."),
                ("The big picture", "Wages lag."),
            ],
        ),
        (
            "The council met late.Why it matters: Rents rose.",
            [(None, "The council met late."), ("Why it matters", "Rents rose.")],
        ),
        (
            "The vote was 7-2.” Zoom in: Two members abstained.",
            [(None, "The vote was 7-2.”"), ("Zoom in", "Two members abstained.")],
        ),
    ],
    ids=["flattened", "glued", "after-a-quote"],
)
def test_known_label_inside_a_line_starts_a_section(
    paragraph: str, expected: list[tuple[str | None, str]]
) -> None:
    article = body(paragraph)
    assert [(s.label, s.blocks[0].text) for s in article.sections] == expected
    assert [d.code for d in article.diagnostics].count("NI307") == len(expected) - 1


@pytest.mark.parametrize(
    "paragraph",
    [
        "The mayor said one thing. Budget hawks: they want cuts.",  # not a known label
        "Rents rose. Go deeper: the council's full report is online.",  # left to the story's end
        "The mayor said: Why it matters is clear",  # no sentence before it
        "At 5 p.m. the vote ended",  # no colon
    ],
)
def test_colon_inside_a_line_is_no_label(paragraph: str) -> None:
    article = body(paragraph)
    assert labels(article) == [None]
    assert article.sections[0].blocks[0].text == paragraph


def test_bare_heading_label() -> None:
    article = body("The lede.\n\nThe big picture\n\nRents rose again this year.")
    assert labels(article) == [None, "The big picture"]
    assert article.sections[1].blocks[0].text == "Rents rose again this year."


# Bullets (REPORT §5) --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lines",
    [
        "  • One.\n  • Two.",
        "- One.\n- Two.",
        "  1. One.\n  2. Two.",
        "  1) One.\n  2) Two.",
        "  • One.\n\n  • Two.",
        "    • One.\n    • Two.",
    ],
    ids=["axios", "hyphen", "numbered", "paren", "blank-separated", "four-space"],
)
def test_bullet_markers(lines: str) -> None:
    article = body(f"The lede.\n\n{lines}")
    assert [(b.text, b.depth) for b in article.bullets] == [("One.", 0), ("Two.", 0)]


def test_nested_bullets_keep_their_depth() -> None:
    article = body("The lede.\n\n  • Top.\n    • Under it.\n  • Top again.")
    assert [b.depth for b in article.bullets] == [0, 1, 0]


def test_margin_numbers_are_headings_not_bullets() -> None:
    article = body("The lede.\n\n1. Use the trust money.\n\n2. Watch the deadline.")
    assert article.bullets == []
    assert len(article.paragraphs) == 3


def test_share_widgets_are_boilerplate_not_bullets() -> None:
    article = body("The lede.\n  • Share on Twitter\n  • Share on Facebook\n  • Share by Email")
    assert article.bullets == []
    assert len(article.boilerplate) == 3


def test_one_word_share_buttons_are_boilerplate() -> None:
    """'  • Email' under 'Share on ...' buttons (found by an unseen-page probe)."""
    article = body(
        "  • Share on Facebook\n  • Email\n  • Print\n\nThe lede.\n\nWhy it matters: It counts."
    )
    assert article.bullets == []
    assert [b.text for b in article.boilerplate] == ["• Share on Facebook", "• Email", "• Print"]
    assert "NI302" not in {d.code for d in article.diagnostics}


# Captions and credits (REPORT §4) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("credit", "kind", "creators", "agency", "distributor"),
    [
        ("Illustration: Jane Doe/Axios", "illustration", ["Jane Doe"], "Axios", None),
        ("Illustration: Jane Doe / Axios", "illustration", ["Jane Doe"], "Axios", None),
        ("Illustration by Jane Doe/Axios", "illustration", ["Jane Doe"], "Axios", None),
        ("Photo: Jane Doe/Getty Images", "photo", ["Jane Doe"], "Getty Images", None),
        ("Photo: Jane Doe/AFP via Getty Images", "photo", ["Jane Doe"], "AFP", "Getty Images"),
        ("Photo: Jane Doe / AFP / Getty Images", "photo", ["Jane Doe"], "AFP", "Getty Images"),
        ("Photo: Jane Doe/AFP/Getty Images", "photo", ["Jane Doe"], "AFP", "Getty Images"),
        ("Photo: Getty Images", "photo", [], "Getty Images", None),
        ("Photos: Getty Images", "photo", [], "Getty Images", None),
        ("Photo: Jane Doe for Axios", "photo", ["Jane Doe"], "Axios", None),
        ("Photo: Jane Doe and Sam Roe/Axios", "photo", ["Jane Doe", "Sam Roe"], "Axios", None),
        (
            "Photo: Courtesy of Jane Doe and Sam Roe",
            "courtesy",
            ["Jane Doe", "Sam Roe"],
            None,
            None,
        ),
        ("Photo courtesy of Jane Doe", "courtesy", ["Jane Doe"], None, None),
        ("Courtesy City of Springfield", "courtesy", [], "City of Springfield", None),
        ("Photo by Jane Doe/Getty Images", "photo", ["Jane Doe"], "Getty Images", None),
        (
            "Photo Illustration by Jane Doe/NurPhoto via Getty Images",
            "photo_illustration",
            ["Jane Doe"],
            "NurPhoto",
            "Getty Images",
        ),
        (
            "Photo illustration: Jane Doe/Axios. Photo: Sam Roe/Getty Images",
            "photo_illustration",
            ["Jane Doe", "Sam Roe"],
            "Axios",
            None,
        ),
        (
            "Photo illustration: Jane Doe/Axios. Photo: Sam Roe/Bloomberg via Getty Images",
            "photo_illustration",
            ["Jane Doe", "Sam Roe"],
            "Axios",
            "Getty Images",
        ),
        (
            "Photo illustration: Jane Doe/Axios. Photo: The Daily Ledger, NurPhoto/Getty",
            "photo_illustration",
            ["Jane Doe"],
            "Axios",
            None,
        ),
        ("Data: Census Bureau; Chart: Jane Doe/Axios", "chart", ["Jane Doe"], "Axios", None),
        ("Data: Census Bureau; Chart: Axios Visuals", "chart", [], "Axios Visuals", None),
        (
            "Data: Census Bureau; Map: Jane Doe/Axios Visuals",
            "map",
            ["Jane Doe"],
            "Axios Visuals",
            None,
        ),
        ("Map: Jane Doe/Axios Visuals", "map", ["Jane Doe"], "Axios Visuals", None),
        ("Table: Axios Visuals", "table", [], "Axios Visuals", None),
        ("(AP Photo/Jane Doe)", "photo", ["Jane Doe"], "AP", None),
        ("REUTERS/Jane Doe", "photo", ["Jane Doe"], "REUTERS", None),
        ("Photo: Jane Doe Pool/Getty Images", "photo", ["Jane Doe"], "Pool/Getty Images", None),
        ("Photo by Jane Doe-Pool/Getty Images", "photo", ["Jane Doe"], "Pool/Getty Images", None),
        ("Photo: NOAA/NESDIS", "photo", [], "NOAA/NESDIS", None),
        (
            "Photo: Jane Doe/Getty Images for The City Museum",
            "photo",
            ["Jane Doe"],
            "Getty Images",
            None,
        ),
        ("Photo courtesy SMU.", "courtesy", [], "SMU", None),
        (
            "Photo: Screenshot from the city council's livestream",
            "screenshot",
            [],
            "the city council's livestream",
            None,
        ),
        (
            "Screenshot via Springfield School District",
            "screenshot",
            [],
            "Springfield School District",
            None,
        ),
        (
            "Rendering via Springfield Parks Department",
            "other",
            [],
            "Springfield Parks Department",
            None,
        ),
        (
            "Image source: Jane Doe / Daily Ledger / Springfield Post",
            "image",
            ["Jane Doe"],
            "Daily Ledger/Springfield Post",
            None,
        ),
        ("Source: Census Bureau; chart: Axios Visuals", "chart", [], "Axios Visuals", None),
        ("Reproduced from Census Bureau; Chart: Axios Visuals", "chart", [], "Axios Visuals", None),
        ("Collage: Jane Doe/Axios; Photos: Getty Images", "collage", ["Jane Doe"], "Axios", None),
        (
            "Photo illustration: Jane Doe/Axios. Photos: Sam Roe/AFP, Ana Ruiz/AP via Getty Images",
            "photo_illustration",
            ["Jane Doe", "Sam Roe", "Ana Ruiz"],
            "Axios",
            "Getty Images",
        ),
        ("(AP file photo)", "photo", [], "AP", None),
        ("(AP Photo/Jane Doe, File)", "photo", ["Jane Doe"], "AP", None),
        (
            "(Photo by Jane Doe/AFP via Getty Images)",
            "photo",
            ["Jane Doe"],
            "AFP",
            "Getty Images",
        ),
        ("(Photo by Jane Doe/AFP via Getty", "photo", ["Jane Doe"], "AFP", "Getty"),
    ],
    ids=lambda value: value if isinstance(value, str) and len(value) > 12 else None,
)
def test_credit_forms(
    credit: str, kind: str, creators: list[str], agency: str | None, distributor: str | None
) -> None:
    article = body(f"The lede.\n\nA park at dusk.\nA park at dusk. {credit}")
    [caption] = article.captions
    assert caption.credit is not None
    assert (caption.credit.kind, caption.credit.creators) == (kind, creators)
    assert (caption.credit.agency, caption.credit.distributor) == (agency, distributor)


@pytest.mark.parametrize(
    ("credit", "creators", "agency"),
    [
        ("Data: Census Bureau; Chart: Axios Visuals", [], "Axios Visuals"),
        ("Chart: Axios Visuals; Data: Census Bureau", [], "Axios Visuals"),  # the other order
        ("Map: Jo Pike/Axios; Data: Census Bureau", ["Jo Pike"], "Axios"),
    ],
)
def test_data_source_of_a_chart(credit: str, creators: list[str], agency: str) -> None:
    article = body(f"The lede.\n\n{credit}")
    [caption] = article.captions
    assert caption.credit is not None
    assert (caption.credit.creators, caption.credit.agency) == (creators, agency)
    assert caption.credit.data_source == "Census Bureau"


def test_long_data_part_of_a_chart_credit() -> None:
    note = "Note: Seats filled by appointment before the vote count as open seats" + ", too" * 40
    article = body(
        f"The lede.\n\nA bar chart of open seats\nData: Town records; {note}; Chart: Axios"
    )
    [caption] = article.captions
    assert caption.credit is not None
    assert (caption.credit.head, caption.credit.kind, caption.credit.agency) == (
        "Data:",
        "chart",
        "Axios",
    )
    assert caption.credit.data_source == f"Town records; {note}"


@pytest.mark.parametrize(
    ("line", "creators", "agency", "distributor"),
    [
        ("Andrew Lens / AP", ["Andrew Lens"], "AP", None),
        ("Jane Doe | Creators Syndicate", ["Jane Doe"], "Creators Syndicate", None),
        ("Jane Doe/Pool via REUTERS/File Photo", ["Jane Doe"], "Pool", "REUTERS"),
        ("Late Night Show/NBC via Giphy", ["Late Night Show"], "NBC", "Giphy"),
        ("Giphy", [], "Giphy", None),
    ],
    ids=["agency", "bar", "pool-file-photo", "via-giphy", "giphy-alone"],
)
def test_bare_credit_line_under_alt_text(
    line: str, creators: list[str], agency: str, distributor: str | None
) -> None:
    article = body(f"The lede.\n\nA crowd at the rally.\n{line}")
    [caption] = article.captions
    assert caption.alt_text == "A crowd at the rally."
    assert caption.credit is not None
    assert (caption.credit.creators, caption.credit.agency) == (creators, agency)
    assert caption.credit.distributor == distributor


def test_captions_with_different_credits_are_two_images() -> None:
    article = body(
        "The lede.\n\nA runner at the start. Photo courtesy of Jane Doe\n"
        "A runner at the start line on Monday. Photo courtesy of Sam Roe"
    )
    assert [c.credit.creators for c in article.captions if c.credit] == [["Jane Doe"], ["Sam Roe"]]


@pytest.mark.parametrize(
    ("layout", "alt", "text"),
    [
        ("A park.\nIllustration: Jane Doe/Axios", "A park.", ""),
        ("A park at dusk\n\nIllustration: Jane Doe/Axios", "A park at dusk", ""),
        (
            "A park at dusk.\nA park at dusk. Photo: Jane Doe/Axios",
            "A park at dusk.",
            "A park at dusk.",
        ),
        (
            " A park at dusk.\nA park at dusk. Photo: Jane Doe/Axios",
            "A park at dusk.",
            "A park at dusk.",
        ),
        ("riverside-park-header\nIllustration: Jane Doe/Axios", "riverside-park-header", ""),
    ],
    ids=["credit-only", "blank-between", "duplicated", "leading-space", "file-name"],
)
def test_alt_text_layouts(layout: str, alt: str, text: str) -> None:
    article = parse(f"Jan 6, 2022 - World\n\nParks get a makeover\n\n{layout}\n\nThe lede.")
    [caption] = article.captions
    assert (caption.alt_text, caption.text) == (alt, text)


def test_credit_only_line_alone_is_a_caption_with_empty_text() -> None:
    article = body("Illustration: Jane Doe/Axios\n\nThe lede.")
    [caption] = article.captions
    assert (caption.text, caption.alt_text) == ("", None)


@pytest.mark.parametrize(
    "defect",
    ["A park. Photo: Jane Doe/Axios Photo: Jane Doe/Axios", "A park. Image:", "A park. Photo:"],
    ids=["doubled", "empty-image", "empty-photo"],
)
def test_credit_defects_do_not_crash(defect: str) -> None:
    article = body(f"The lede.\n\n{defect}")
    assert len(article.captions) == 1


@pytest.mark.parametrize(
    ("line", "text", "creators"),
    [
        (
            "The app moved to rival sitesImage: Jane Doe/Sam Roe/picture alliance",
            "The app moved to rival sites",
            ["Jane Doe"],
        ),
        (
            "Voters line up in Dayton, Ohio Jane Doe/Getty Images",
            "Voters line up in Dayton, Ohio",
            ["Jane Doe"],
        ),
    ],
    ids=["glued-head", "glued-bare-credit"],
)
def test_credit_glued_to_its_caption(line: str, text: str, creators: list[str]) -> None:
    article = body(f"The lede.\n\n{line}")
    [caption] = article.captions
    assert caption.text == text
    assert caption.credit is not None and caption.credit.creators == creators


# Quotes and attributions (REPORT §6-§7) -------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        '"We are ready," Dana Kim said.',
        "“We are ready,” Dana Kim said.",
        '"We are ready,” Dana Kim said.',
        '“We are ready," Dana Kim said.',
    ],
    ids=["straight", "curly", "mismatched-1", "mismatched-2"],
)
def test_quote_marks(paragraph: str) -> None:
    article = body(f"Dana Kim leads the council.\n\n{paragraph}")
    [quote] = article.quotes
    assert quote.text == "We are ready"
    assert quote.attribution is not None and quote.attribution.name == "Dana Kim"


def test_split_quote_around_the_speaker() -> None:
    article = body("“We are ready,” a senior aide told Axios. “The vote is next week.”")
    assert [q.text for q in article.quotes] == ["We are ready", "The vote is next week."]
    assert all(q.attribution is not None for q in article.quotes)
    assert article.quotes[0].attribution == article.quotes[1].attribution


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        # '"...," X told reporters Sunday. "..."': the second half is X's too.
        (
            '"We will not rush it," Dale Hart told reporters Sunday. "They get 72 hours."',
            ["Dale Hart", "Dale Hart"],
        ),
        # ... but not across another sentence.
        (
            '"We will not rush it," Dale Hart said. Critics disagreed with the plan. "No way."',
            ["Dale Hart", None],
        ),
        # A partial quote in the speaker's sentence is theirs; "per" names a source, not a speaker.
        (
            'Opposition leader Enzo Cardile said the government had "ignored every warning" about '
            'the levees. Budget talks resumed, per AP, with "no deal in sight."',
            ["Enzo Cardile", None],
        ),
        # Partial quotes in one sentence share the speaker; a new sentence has another subject.
        (
            'Ashby said Wednesday that she would "rather not use a blunt tool," but that "nothing '
            'is off the table." Critics called it "a dodge."',
            ["Ashby", "Ashby", None],
        ),
        # A conjunction does not open a speaker's name.
        ('Jane Doe said it was "fine" and Sam Roe said it was "bad."', ["Jane Doe", "Sam Roe"]),
        # A wire story's long tag: the rest of the speaker's sentence runs on before the half.
        (
            '"It is done," Michel Sapin said in an interview on Europe 1 radio and television. '
            '"The rest will follow."',
            ["Michel Sapin", "Michel Sapin"],
        ),
        # Who told an audience wins over where the words were reported (second probe).
        (
            'Prime Minister Lucia Bassani told parliament that the government would "not leave a '
            'single family behind," according to the state broadcaster RTV.',
            ["Lucia Bassani"],
        ),
        # "she added" goes on with the speaker just quoted, in the paragraph before too.
        (
            '"The math does not work," Priya Vandermeer told Axios.\n\n'
            '"They are not firing people," she added.',
            ["Priya Vandermeer", "Priya Vandermeer"],
        ),
        # ... but not further back, and never without a speaker before.
        (
            '"We will win," Jane Doe said.\n\nTurnout was high.\n\nIt rained.\n\nPolls closed.'
            '\n\n"No," she said.',
            ["Jane Doe", None],
        ),
        ('"No," she said.', [None]),
        # The description before the name (as on a wire page of the corpus).
        (
            'But its chief executive, Omar Lindqvist, said the site could be "back by Friday."',
            ["Omar Lindqvist"],
        ),
    ],
    ids=[
        "split-after-longer-tag",
        "not-across-a-sentence",
        "partial",
        "partials",
        "and",
        "split-after-a-wire-tag",
        "speaker-before-the-reporter",
        "pronoun-after-a-speaker",
        "pronoun-too-far",
        "pronoun-alone",
        "description-first",
    ],
)
def test_quote_speakers(paragraph: str, names: list[str | None]) -> None:
    """Speakers of quotes that stand apart from their tag (second and third unseen-page probes)."""
    article = body(paragraph)
    assert speakers(article) == names


@pytest.mark.parametrize(
    ("paragraph", "found"),
    [
        ('"Is this the end?" Jane Doe asked.', [("Jane Doe", "asked")]),
        ('"It has always been my concern," Dorsey tweeted.', [("Dorsey", "tweeted")]),
        ('Sen. Maria Ortiz warned: "We are out of time."', [("Maria Ortiz", "warned")]),
        ('"It will not pass," argued Sam Roe, a lobbyist.', [("Sam Roe", "argued")]),
        (
            '"The orbit could still tighten," cautioned Rafferty Blum.',
            [("Rafferty Blum", "cautioned")],
        ),
        ("Democrats argued the bill would raise costs.", []),
        ("Jane Doe asked the board to reconsider.", []),
        # "announced" reports words when a clause ends or "that" follows, not before a product.
        (
            "Diplomats must leave, Foreign Minister Saara Velhonoja announced.",
            [("Saara Velhonoja", "announced")],
        ),
        ("Acme announced Monday that it would close.", [("Acme", "announced")]),
        ("Acme announced a new phone.", []),
        # A quote later in the speaker's sentence (the second unseen-page probe).
        (
            'Arizona Gov. Elena Castaneda called the deal "painful but fair."',
            [("Elena Castaneda", "called")],
        ),
        (
            'Union president Dale Moran argued that the board would "duplicate the work."',
            [("Dale Moran", "argued")],
        ),
        ('Axios asked readers to share their "resolutions" for 2023.', []),
        # A party after the name, a clause about the speaker, then what the speaker told.
        (
            'Sen. Roland Pike (R-Kan.), who voted no, told Axios the bill "hands it a blank check"',
            [("Roland Pike", "told")],
        ),
    ],
)
def test_verbs_that_attribute_only_next_to_a_quote(
    paragraph: str, found: list[tuple[str, str]]
) -> None:
    """'"...?" X asked' names a speaker; "X asked the board" reports no words."""
    article = body(paragraph)
    assert [(a.name, a.cue) for a in article.attributions] == found
    # The speaker found is the speaker of every quote.
    assert speakers(article) == [found[0][0] if found else None] * len(article.quotes)


@pytest.mark.parametrize(
    ("paragraph", "found"),
    [
        ('Sen. Jane Doe (D-Calif.): "We will not wait."', ("Jane Doe", "Sen.")),
        (
            'Board member Ezra Talmadge, who voted no: "It was rushed."',
            ("Ezra Talmadge", "Board member"),
        ),
        ('Jack Doe on the deal: "It is late."', ("Jack Doe", None)),
        ('In Boston: "Hello."', None),
        ('The result: "A mess."', None),
    ],
)
def test_a_speaker_tag_before_a_quote(paragraph: str, found: tuple[str, str | None] | None) -> None:
    """A list of reactions, 'Name (party): "..."' (second and sixth unseen-page probes)."""
    article = body(f"What they're saying:\n\n  • {paragraph}")
    speakers = [(a.name, a.role) for a in article.attributions if a.cue == ":"]
    assert speakers == ([found] if found else [])
    (quote,) = article.quotes
    assert (quote.attribution.name if quote.attribution else None) == (found[0] if found else None)


@pytest.mark.parametrize(
    ("paragraph", "found"),
    [
        ('Sen. Jane Doe was blunter: "This hurts farmers."', ("Jane Doe", "Sen.")),
        (
            'Tom Reyes, a historian at Yale, put it this way: "Nobody saw it coming."',
            ("Tom Reyes", "a historian at Yale"),
        ),
        ('The vote came late. Lin Park had a warning: "We will enforce it."', ("Lin Park", None)),
        ('Jane Doe, for her part, offered a prediction: "It passes."', ("Jane Doe", None)),
        ('The list included: "Pay raises."', None),
        ('One senator put it bluntly: "No."', None),
        ('Bottom line for renters: "Pay up."', None),
        ('Jane Doe told Axios: "It passes."', None),  # a speech verb: cue "told", not ":"
    ],
)
def test_a_clause_ending_in_a_colon_before_a_quote(
    paragraph: str, found: tuple[str, str | None] | None
) -> None:
    """'X was blunter: "..."': the speaker opens the sentence that a colon ends (a known miss)."""
    article = body(f"The lede.\n\n{paragraph}")
    speakers = [(a.name, a.role) for a in article.attributions if a.cue == ":"]
    assert speakers == ([found] if found else [])
    if found:
        (quote,) = article.quotes
        assert quote.attribution is not None and quote.attribution.name == found[0]


@pytest.mark.parametrize(
    ("paragraph", "found"),
    [
        ('"This is a crisis," Rep. Tom Lee (D-Ohio) said.', ("Tom Lee", "Rep.", "said")),
        ('Rep. Tom Lee (D-Ohio) told Axios: "This is a crisis."', ("Tom Lee", "Rep.", "told")),
        ('Sen. Ann Park (R) said the bill "goes too far."', ("Ann Park", "Sen.", "said")),
        ('"It is a crisis," Lee (D-Ohio) added.', ("Lee", None, "added")),
        ('"We are done," Jane Doe, 54, said.', ("Jane Doe", None, "said")),
        ('"We are done," Jane Doe, 54, a nurse, said.', ("Jane Doe", "a nurse", "said")),
        ('"It is over," said Jane Doe, 54, a teacher.', ("Jane Doe", "a teacher", "said")),
        ('"It is over," said Jane Doe, 54.', ("Jane Doe", None, "said")),
        ('Doe didn\'t mince words: "This is theft."', ("Doe", None, ":")),
    ],
)
def test_a_party_or_an_age_beside_the_speaker(
    paragraph: str, found: tuple[str, str | None, str]
) -> None:
    """A party between a name and its verb ("Rep. X (D-Ohio) said"), an age beside a role."""
    article = body(f"The lede.\n\n{paragraph}")
    assert [(a.name, a.role, a.cue) for a in article.attributions] == [found]
    assert all(q.attribution is not None for q in article.quotes)


def test_a_pronoun_before_a_colon_is_the_speaker_just_quoted() -> None:
    article = body('"We are done," Lin Park said. She was blunter: "Go home."')
    assert speakers(article) == [
        "Lin Park",
        "Lin Park",
    ]


def test_a_hard_wrapped_speaker_and_role_read_on_one_line() -> None:
    """The sixth unseen-page probe: a paragraph wrapped at 70 columns, CRLF line ends."""
    article = body(
        '"Every one of these is a letter from a place we\r\nwill never visit," Ingeborg '
        "Salazar-Toft, an astronomer at the\r\nKellerman Observatory, told Axios."
    )
    (attribution,) = article.attributions
    assert attribution.name == "Ingeborg Salazar-Toft"
    assert attribution.role == "an astronomer at the Kellerman Observatory"
    assert [q.attribution for q in article.quotes] == [attribution]


@pytest.mark.parametrize(
    ("above", "alt"),
    [
        # The description repeats the caption's words: the page's alt text (sixth probe).
        (
            "Defense ministers from Varenia and Kostrava pose before talks in Tallborg on Jan. 29.",
            True,
        ),
        # A heading above shares a word or two with the caption: a paragraph of its own.
        ("1 big thing: Israel courts the Gulf on air defense", False),
    ],
)
def test_a_description_a_blank_line_above_the_caption(above: str, alt: bool) -> None:
    caption = "Defense ministers pose before talks in Tallborg on Jan. 29. Photo: Ann Lee/AFP"
    article = body(f"{above}\n\n{caption}\n\nThe lede.")
    assert (article.captions[0].alt_text == above) is alt
    assert len(article.paragraphs) == (1 if alt else 2)


def test_image_courtesy_is_a_credit() -> None:
    article = body(
        "A rendering of the comet.\nImage courtesy of the Austral Sky Array\n\nThe lede."
    )
    (caption,) = article.captions
    assert caption.credit.kind == "courtesy"
    assert caption.alt_text == "A rendering of the comet."


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "But its chief executive, Omar Lindqvist, said so.",
            ("Omar Lindqvist", "its chief executive"),
        ),
        (
            "An anti-tax group, Americans for Tax Reform, said so.",
            ("Americans for Tax Reform", "An anti-tax group"),
        ),
        ("Acme's lawyer, Sam Roe, said so.", ("Sam Roe", "Acme's lawyer")),
        ("In a statement Tuesday, Sam Roe, said so.", None),
        ("The mayor of Boston, Jane Doe, said so.", ("Jane Doe", "The mayor of Boston")),
        ("Meanwhile in Boston, Sam Roe, said so.", None),
    ],
)
def test_description_before_the_name(paragraph: str, speaker: tuple[str, str] | None) -> None:
    """'Its chief executive, X, said': X speaks, the description is the role; an adverbial is
    no description."""
    found = [(a.name, a.role) for a in body(paragraph).attributions]
    assert found == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    "paragraph",
    [
        'In New York, the largest city, officials said "no."',
        'Supporters of Jane Doe said "no."',
    ],
)
def test_no_speaker_from_a_phrase_that_names_nobody(paragraph: str) -> None:
    assert all(a.name != "Jane Doe" and a.name != "New York" for a in body(paragraph).attributions)


def test_colon_introduced_quote() -> None:
    article = body('Mehlman told Axios: "The plan works."')
    [quote] = article.quotes
    assert quote.attribution is not None and quote.attribution.cue == "told"


def test_nested_single_quotes_stay_inside() -> None:
    article = body("\"She called it 'a disaster' twice,\" Dana Kim said.")
    assert [q.text for q in article.quotes] == ["She called it 'a disaster' twice"]


@pytest.mark.parametrize(
    ("paragraph", "text", "name", "role", "cue"),
    [
        ("The plan is late, Jane Doe told Axios.", "Jane Doe told Axios", "Jane Doe", None, "told"),
        (
            "The plan is late, Jane Doe tells Axios.",
            "Jane Doe tells Axios",
            "Jane Doe",
            None,
            "tells",
        ),
        ("The plan is late, Jane Doe writes.", "Jane Doe writes", "Jane Doe", None, "writes"),
        (
            '"It is late," says Jane Doe, CEO of Acme.',
            "says Jane Doe, CEO of Acme",
            "Jane Doe",
            "CEO of Acme",
            "says",
        ),
        (
            "The plan is late, according to three sources briefed on the call.",
            "according to three sources briefed on the call",
            "three sources briefed on the call",
            None,
            "according to",
        ),
        (
            "The plan was first reported by the Star Tribune.",
            "first reported by the Star Tribune",
            "the Star Tribune",
            None,
            "first reported by",
        ),
        ("The plan is late, per Reuters.", "per Reuters", "Reuters", None, "per"),
        (
            "The plan is late, Jane Doe said in a statement.",
            "Jane Doe said in a statement",
            "Jane Doe",
            None,
            "said",
        ),
        (
            '"It is late," Jane Doe, the city\'s budget director, said.',
            "Jane Doe, the city's budget director, said",
            "Jane Doe",
            "the city's budget director",
            "said",
        ),
        (
            '"It is late," Jane Doe, a Democrat, told Axios.',
            "Jane Doe, a Democrat, told Axios",
            "Jane Doe",
            "a Democrat",
            "told",
        ),
        (
            'Jane Doe, a recruiter in Minneapolis, told Axios: "It is late."',
            "Jane Doe, a recruiter in Minneapolis, told Axios",
            "Jane Doe",
            "a recruiter in Minneapolis",
            "told",
        ),
        (
            'Council member Jane Doe, who backed it, said the plan is "late."',
            "Council member Jane Doe, who backed it, said",
            "Jane Doe",
            "Council member",
            "said",
        ),
        (
            '"It is late," parade organizer Jane Doe said.',
            "parade organizer Jane Doe said",
            "Jane Doe",
            "parade organizer",
            "said",
        ),
        (
            '"It is late," Idaho state epidemiologist Jane Doe told reporters.',
            "Idaho state epidemiologist Jane Doe told reporters",
            "Jane Doe",
            "Idaho state epidemiologist",
            "told",
        ),
        (
            '"It is late," said Jane Doe, a planetary scientist at the Arrowhead Institute and '
            "lead author of the study.",
            "said Jane Doe, a planetary scientist at the Arrowhead Institute and lead author of "
            "the study",
            "Jane Doe",
            "a planetary scientist at the Arrowhead Institute and lead author of the study",
            "said",
        ),
        ("Rents rose 4%, per city data.", "per city data", "city data", None, "per"),
        (
            "Sales rose, according to a new survey from payroll processor Brightledger.",
            "according to a new survey from payroll processor Brightledger",
            "Brightledger",
            "payroll processor",
            "according to",
        ),
        (
            "Jobs grew, per Ohio Development Services Agency figures.",
            "per Ohio Development Services Agency figures",
            "Ohio Development Services Agency",
            None,
            "per",
        ),
        (
            "Rents rose 4%, per tracker site CutCount.",
            "per tracker site CutCount",
            "CutCount",
            "tracker site",
            "per",
        ),
        (
            "The New York Times first reported that the bill was split.",
            "The New York Times first reported",
            "The New York Times",
            None,
            "reported",
        ),
        (
            '"It is painful," Superintendent Carmela Ruffo said in a statement.',
            "Superintendent Carmela Ruffo said in a statement",
            "Carmela Ruffo",
            "Superintendent",
            "said",
        ),
        (
            "Fires grew, according to a 2023 study by researchers at Tillamook State University.",
            "according to a 2023 study by researchers at Tillamook State University",
            "a 2023 study by researchers at Tillamook State University",
            None,
            "according to",
        ),
        (
            "Loads fell, according to load-board operator Freightlane.",
            "according to load-board operator Freightlane",
            "Freightlane",
            "load-board operator",
            "according to",
        ),
        (
            '"It hurts," Cholla County supervisor Hortensia Blackwood told a county hearing.',
            "Cholla County supervisor Hortensia Blackwood told a county hearing",
            "Hortensia Blackwood",
            "Cholla County supervisor",
            "told",
        ),
        (
            '"I was clipped twice," council member Odalys Penhallow, who sponsored it, said.',
            "council member Odalys Penhallow, who sponsored it, said",
            "Odalys Penhallow",
            "council member",
            "said",
        ),
        (
            '"It is a shrug," said Clearbill director Yusra Hadley.',
            "said Clearbill director Yusra Hadley",
            "Yusra Hadley",
            "Clearbill director",
            "said",
        ),
        (
            '"It holds up," Botanist Hana Villeneuve said.',
            "Botanist Hana Villeneuve said",
            "Hana Villeneuve",
            "Botanist",
            "said",
        ),
        (
            '"Finally," World No. 1 Saskia Lindvall said.',
            "World No. 1 Saskia Lindvall said",
            "Saskia Lindvall",
            "World No. 1",
            "said",
        ),
        (
            "Cuts loom, according to a memo obtained by Axios.",
            "according to a memo obtained by Axios",
            "a memo obtained by Axios",
            None,
            "according to",
        ),
        (
            "Costs vary, per a review by the nonprofit Clearbill Project shared first with Axios.",
            "per a review by the nonprofit Clearbill Project shared first with Axios",
            "Clearbill Project",
            "the nonprofit",
            "per",
        ),
        (
            "Use O-negative, per guidance from the Society for Transfusion Medicine.",
            "per guidance from the Society for Transfusion Medicine",
            "Society for Transfusion Medicine",
            None,
            "per",
        ),
        (
            "Rain is coming, the National Weather Service said.",
            "the National Weather Service said",
            "National Weather Service",
            None,
            "said",
        ),
        (
            "No one has a plan, Axios' Jane Doe writes.",
            "Axios' Jane Doe writes",
            "Jane Doe",
            None,  # the outlet that employs the writer is no role (seventh and eighth probes)
            "writes",
        ),
        (
            "The deal is off, a Harborlight spokesperson said.",
            "a Harborlight spokesperson said",
            "a Harborlight spokesperson",
            None,
            "said",
        ),
        (
            "Talks stalled, two diplomats involved in the talks said Tuesday.",
            "two diplomats involved in the talks said",
            "two diplomats involved in the talks",
            None,
            "said",
        ),
        (
            "Gov. Jane Doe's office said the delay is short.",
            "Gov. Jane Doe's office said",
            "Gov. Jane Doe's office",
            None,
            "said",
        ),
        (
            '"It is late," said state Sen. Jane Doe, a Democrat.',
            "said state Sen. Jane Doe, a Democrat",
            "Jane Doe",
            "a Democrat",
            "said",
        ),
    ],
    ids=[
        "told",
        "tells",
        "writes",
        "says-title",
        "sources",
        "first-reported",
        "per",
        "statement",
        "appositive-said",
        "appositive-told",
        "appositive-first",
        "role-appositive-first",
        "description-name",
        "place-description-name",
        "inverted-long-role",
        "inverted-state-title",
        "per-lower-case",
        "document-from-issuer",
        "issuer-before-document",
        "per-description-name",
        "adverb-before-the-verb",
        "superintendent",
        "organisation-with-a-title-word",
        "hyphenated-description",
        "told-an-audience",
        "lower-case-description-and-clause",
        "inverted-description",
        "profession",
        "rank",
        "obtained-by-axios",
        "shared-first-with-axios",
        "guidance-from",
        "the-organisation",
        "outlet-writer",
        "unnamed-spokesperson",
        "unnamed-diplomats",
        "office",
    ],
)
def test_attribution_phrasings(
    paragraph: str, text: str, name: str, role: str | None, cue: str
) -> None:
    article = body(paragraph)
    [attribution] = article.attributions
    assert (attribution.text, attribution.name, attribution.role, attribution.cue) == (
        text,
        name,
        role,
        cue,
    )


def test_a_speaker_with_an_appositive_speaks_the_quote() -> None:
    article = body('"We fixed it," Dana Whitfield, the company\'s chief operating officer, said.')
    [quote] = article.quotes
    assert quote.attribution is not None and quote.attribution.name == "Dana Whitfield"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Phoenix added more than 20,000 units last year.",
        "Denver adds 3,000 jobs a month.",
        "Austin added $2 million to the budget.",
    ],
)
def test_added_that_counts_is_no_attribution(paragraph: str) -> None:
    assert body(paragraph).attributions == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "It costs $5 per person and $20 per year.",
        "Fines are $500 per incident.",
        "Income per capita rose, and miles per gallon fell.",
        "The company said sales fell.",
        "Its CEO said sales fell.",
        "The plan was released, according to a report released Monday.",
    ],
)
def test_no_attribution_or_no_name_from_units_and_days(paragraph: str) -> None:
    """Units after "per", a source that names nobody, a day after a description."""
    assert all(a.name not in ("Monday", "CEO") for a in body(paragraph).attributions)
    assert not any(a.cue == "per" for a in body(paragraph).attributions)


def test_per_capita_is_no_attribution() -> None:
    assert body("Spending per capita rose, at $5 per gallon.").attributions == []


# Whitespace and encoding (REPORT §8) ----------------------------------------------------------


def test_single_newline_paragraphs() -> None:
    article = parse(
        "Jan 6, 2022 - World\nA headline\nThe lede.\nWhy it matters: Rents rose.\n- One.\n"
        "- Two.\nZoom out: Wages rose too."
    )
    assert labels(article) == [None, "Why it matters", "Zoom out"]
    assert len(article.bullets) == 2


def test_runs_of_blank_lines_and_nbsp_lines() -> None:
    article = body("The lede.\n\n\n\n\u00a0\n \n\nWhy it matters: Rents rose.")
    assert labels(article) == [None, "Why it matters"]


def test_four_space_indented_page() -> None:
    text = "    Jan 6, 2022 - World\n\n    A headline\n\n    The lede.\n    • One.\n    • Two."
    article = parse(text)
    assert article.dateline is not None and article.headline == "A headline"
    assert [b.depth for b in article.bullets] == [0, 0]


def test_hard_wrapped_lines_join() -> None:
    article = body("The council met on Monday and\nvoted to delay the budget.")
    assert [p.text for p in article.paragraphs] == [
        "The council met on Monday and voted to delay the budget."
    ]


def test_hard_wrapped_lines_join_before_a_capital() -> None:
    """A line cut at ~70 characters after a lower-case word goes on below (third probe)."""
    article = body(
        "Homeowners in three states can now claim federal rebates, nearly two years after\n"
        "Congress created the program.\n\n"
        "Driving the news: New York opened its portal Monday, and Wisconsin and\n"
        "Arizona said theirs would open soon."
    )
    assert [p.text for p in article.paragraphs] == [
        "Homeowners in three states can now claim federal rebates, nearly two years after "
        "Congress created the program.",
        "New York opened its portal Monday, and Wisconsin and Arizona said theirs would open soon.",
    ]


def test_a_short_line_or_a_name_at_its_end_does_not_wrap() -> None:
    article = body(
        "Get a daily digest of the most important news in your city with Axios Denver\n"
        "Want a daily digest of the top news?\n"
        "A short line without a stop\n"
        "Another paragraph."
    )
    assert len(article.paragraphs) == 4


def test_mojibake_is_reported_with_its_repair() -> None:
    article = body("Itâ€™s a big year.")
    [diagnostic] = [d for d in article.diagnostics if d.code == "NI104"]
    assert "’" in diagnostic.message


def test_a_page_mangled_as_a_whole_keeps_its_bullets_and_labels() -> None:
    """UTF-8 read as cp1252 everywhere: "â€¢" bullets, "theyâ€™re" (third unseen-page probe)."""
    article = body(
        "The lede.\n\n  â€¢ Cancellations rose.\n\n"
        'What theyâ€™re saying: "People grumble," said Jordan Pike.'
    )
    assert [b.text for b in article.bullets] == ["Cancellations rose."]
    assert [(s.label, s.kind) for s in article.sections[1:]] == [
        ("What theyâ€™re saying", "what_theyre_saying")
    ]
    assert "NI303" not in {d.code for d in article.diagnostics}


@pytest.mark.parametrize("glyph", ["β€Ά", "โ€ข"], ids=["cp1253", "cp874"])
def test_bullets_mangled_in_greek_and_thai_code_pages(glyph: str) -> None:
    """ "•" read as cp1253 or cp874 (REPORT §8 names both code pages; twelfth probe)."""
    article = body(f"The lede.\n\n  {glyph} Cancellations rose.\n  {glyph} Fares fell.")
    assert [b.text for b in article.bullets] == ["Cancellations rose.", "Fares fell."]


def test_a_dashs_mojibake_ends_a_sources_clause() -> None:
    article = body("Counts are slow, according to the Civic Ballot Institute β€” yet popular.")
    [attribution] = article.attributions
    assert attribution.name == "Civic Ballot Institute"


def test_crlf_and_cr_line_endings() -> None:
    text = HEAD + "The lede.\n\nWhy it matters: Rents rose.\n  • One."
    for newline in ("\r\n", "\r"):
        variant = text.replace("\n", newline)
        article = parse(variant)
        assert labels(article) == [None, "Why it matters"]
        assert uncovered(variant, article) == []


# Story boundaries and boilerplate (REPORT §8) -------------------------------------------------


def test_headline_and_byline_above_the_date_of_an_aggregator() -> None:
    """Headline, "By ...", the outlet twice, then a relative date (third unseen-page probe)."""
    text = (
        "Home  |  News  |  Business\n\nGrocery chains race to shrink their stores\n\n"
        "By Jane Doe\nAxios\nAxios\n 4 days ago\n\n"
        "A shopper walks past a small store.\n\nPhoto: Sam Roe/Bloomberg via Getty Images\n\n"
        "Chains are betting that smaller is better."
    )
    article = parse(text)
    assert article.dateline is not None and article.dateline.text == "4 days ago"
    assert (article.headline, article.byline) == (
        "Grocery chains race to shrink their stores",
        "By Jane Doe",
    )
    assert [c.alt_text for c in article.captions] == ["A shopper walks past a small store."]
    assert [b.text for b in article.boilerplate][-2:] == ["Axios", "Axios"]
    assert uncovered(text, article) == []


def test_headline_above_a_wire_byline_and_date() -> None:
    text = (
        "Amazon pulls the plug on a rival app\n\n"
        "By JANE DOE | The Washington Post | Published: January 9, 2021\n\nAmazon said Sunday ..."
    )
    article = parse(text)
    assert article.headline == "Amazon pulls the plug on a rival app"
    assert article.dateline is not None and article.dateline.date == date(2021, 1, 9)
    assert [p.text for p in article.paragraphs] == ["Amazon said Sunday ..."]
    assert uncovered(text, article) == []


def test_a_byline_above_the_date_needs_a_headline_above_it() -> None:
    article = parse("By Jane Doe\nAxios\n4 days ago\n\nThe real headline\n\nThe lede.")
    assert article.headline == "The real headline"


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        ('On the record: "We built it," Jane Doe told Axios.', "On the record"),
        ('Jane Doe: "We built it."', None),  # a speaker tag
        ('Jack Doe on the Twitter deal: "We built it."', None),  # a speaker tag with a topic
    ],
)
def test_a_coined_label_before_a_quotation(paragraph: str, label: str | None) -> None:
    """A label in sentence case may introduce a quotation (fourth unseen-page probe)."""
    assert labels(body(f"The lede.\n\n{paragraph}"))[1:] == ([label] if label else [])


def test_timeline_keys_in_bullets_are_no_labels() -> None:
    article = body("The lede.\n\n  • Nov. 21: The board voted.\n  • Wednesday: The mayor signed.")
    assert [b.label for b in article.bullets] == [None, None]


def test_a_list_item_byline_and_a_link_line_of_a_re_host() -> None:
    """'- Jane Doe, author of Axios Generate' and '- https://...' (third unseen-page probe)."""
    text = (
        "Jan 6, 2022 - Energy\n\nHeat pump rebates arrive\n"
        "- Jane Doe, author of Axios Generate\n- https://www.axios.com/2024/05/20/rebates\n\n"
        "The lede."
    )
    article = parse(text)
    assert article.byline == "- Jane Doe, author of Axios Generate"
    assert [b.text for b in article.boilerplate] == ["- https://www.axios.com/2024/05/20/rebates"]
    assert article.bullets == []


def test_signup_chrome_before_the_story() -> None:
    text = (
        "Sign up for our daily newsletter\n\nPlease enter a valid email.\n\n"
        "Subscription failed\nThank you for subscribing!\n\nIllustration: Jane Doe/Axios\n\n"
        "The lede.\n\nWhy it matters: It counts."
    )
    article = parse(text)
    assert [b.kind for b in article.boilerplate] == ["signup"] * 4
    assert labels(article) == [None, "Why it matters"]
    assert len(article.captions) == 1
    assert uncovered(text, article) == []


def test_sign_up_blurb_between_form_lines_is_boilerplate() -> None:
    """The blurb of a sign-up box is set apart whatever its wording (unseen-page probe)."""
    blurb = "Get the latest local news and events in your inbox every weekday morning."
    article = body(
        f"The lede.\n\nSign up for Axios Lakemont\n\n{blurb}\n\nPlease enter a valid email.\n\n"
        "Why it matters: It counts."
    )
    assert [p.text for p in article.paragraphs] == ["The lede.", "It counts."]
    assert blurb in [b.text for b in article.boilerplate]


def test_a_paragraph_after_one_sign_up_line_stays_story() -> None:
    article = body("Sign up for Axios Lakemont\n\nThe lede is short.\n\nWhy it matters: It counts.")
    assert [p.text for p in article.paragraphs] == ["The lede is short.", "It counts."]


def test_go_deeper_and_teasers_go_to_related() -> None:
    article = body(
        "The lede.\n\nGo deeper: Rents hit a record\n\nAnother story headline\n\nMore text."
    )
    assert [link.text for link in article.related] == [
        "Rents hit a record",
        "Another story headline",
        "More text.",
    ]
    assert {d.code for d in article.diagnostics} >= {"NI305"}


@pytest.mark.parametrize(
    "heading",
    ["What to read next", "Related Articles", "Most Read", "More Stories", "More from Briefly"],
)
def test_what_to_read_next_ends_the_story(heading: str) -> None:
    article = body(f"The lede.\n\n{heading}\n\nAn unrelated teaser")
    assert [p.text for p in article.paragraphs] == ["The lede."]
    assert [link.text for link in article.related] == ["An unrelated teaser"]
    assert [b.kind for b in article.boilerplate] == ["read_next"]


def test_a_newsletters_next_item_goes_on_after_go_deeper() -> None:
    """'Go deeper' ends a newsletter's item, not the issue (fourth unseen-page probe)."""
    article = body(
        "1 big thing: Kelly and the memo\n\nThe lede.\n\n  • A detail.\n\n"
        "Go deeper: Swan digs in\n\n2. Shutdown watch\n\nThe House needs votes.\n\n"
        "  • Most of them.\n\nGo deeper\n\nAn unrelated teaser"
    )
    assert [p.text for p in article.paragraphs] == [
        "Kelly and the memo",
        "The lede.",
        "2. Shutdown watch",
        "The House needs votes.",
    ]
    assert [b.text for b in article.bullets] == ["A detail.", "Most of them."]
    assert [link.text for link in article.related] == [
        "Swan digs in",
        "Go deeper",
        "An unrelated teaser",
    ]


@pytest.mark.parametrize(
    ("line", "creators", "agency"),
    [
        (
            "Voters line up on Feb. 28. (Jane Doe/The Washington Post)",
            ["Jane Doe"],
            "The Washington Post",
        ),
        ("A tanker docks on May 2, 2023. REUTERS/Jane Doe/File Photo", ["Jane Doe"], "REUTERS"),
    ],
)
def test_wire_credits_at_the_end_of_a_caption(line: str, creators: list[str], agency: str) -> None:
    """Wire and newspaper credits without a head (fourth unseen-page probe)."""
    [caption] = body(f"The lede.\n\n{line}").captions
    assert caption.credit is not None
    assert (caption.credit.creators, caption.credit.agency) == (creators, agency)


@pytest.mark.parametrize(
    ("lines", "alt_text"),
    [
        ("Illustration: Jane Doe/Axios\nIllustration: Jane Doe/Axios", None),
        (
            "Delegates meet in July.\nDelegates meet in July. Photo: Jane Doe/AFP\n"
            "Delegates meet in July. Photo: Jane Doe/AFP",
            "Delegates meet in July.",
        ),
    ],
    ids=["credit-twice", "caption-twice-under-alt-text"],
)
def test_a_caption_line_repeated_is_one_caption(lines: str, alt_text: str | None) -> None:
    """A scrape's duplicated caption line (fifth unseen-page probe), flagged NI403."""
    article = body(f"{lines}\n\nThe lede.")
    [caption] = article.captions
    assert caption.alt_text == alt_text
    assert caption.credit is not None and caption.credit.creators == ["Jane Doe"]
    assert "NI403" in {d.code for d in article.diagnostics}


def test_places_in_parentheses_are_no_credit() -> None:
    assert body("The lede.\n\nCommuters cross the river (New York/New Jersey)").captions == []


@pytest.mark.parametrize("line", ["Go deeperArrow", "Go deeperArrowJan 5, 2020"])
def test_go_deeper_with_its_icon_ends_the_story(line: str) -> None:
    article = body(f"The lede.\n\n{line}\n\nThanks to Jane for editing.")
    assert [p.text for p in article.paragraphs] == ["The lede."]


def test_go_deeper_after_short_lines_only_ends_the_story() -> None:
    """Without story text before "Go deeper" (short lines only) no item goes on after it."""
    article = body("The lede.\n\nGo deeper\n\n2. Shutdown watch")
    assert [link.text for link in article.related] == ["Go deeper", "2. Shutdown watch"]


def test_get_ready_in_your_district_is_story() -> None:
    article = body("The lede.\n\nGet ready for the vote in your district.")
    assert article.boilerplate == []


@pytest.mark.parametrize(
    "line",
    [
        "Add Axios as your preferred source to",
        "see more of our stories on Google.",
        "Listen to Axios Today",
        "SaveSave story",
        "Show an ad over header. AMP",
        "Get market news worthy of your time with Axios Markets. Subscribe for free.",
        "Axios Pro is here. Get the scoops on dealmaking first. Start your free trial.",
        "Get more local stories in your inbox with Axios Denver.",
        "Comments (14)",
        "📬 Did a friend forward you this? Sign up for Axios PM here.",
        "Title icon",
        "PRESENTED BY Northwind Energy",
        "Copyright 2024 The Associated Press. All rights reserved.",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Share this newsletter with a friend. Your referral count: {{rp_refnum}}",
        "Today's Smart Brevity count: 1,062 words ... 4 minutes.",
        "Axios Marrowfield newsletter",
        "Stay in the know with local news and events, in your inbox every weekday morning.",
        "Share this:",
        "X",
        "This article was originally published on Axios.com. Read the original.",
        "Tag Archives: Brexit",
        "News Archive",
        "AP News in Brief at 5:58 a.m. EDT",
        "Local news that makes you smarter, every weekday morning.",
        "About Axios Local",
    ],
    ids=[
        "preferred-1",
        "preferred-2",
        "listen",
        "save",
        "ad",
        "promo",
        "trial",
        "local-footer",
        "comments",
        "forwarded",
        "title-icon",
        "sponsor",
        "copyright",
        "reuters-standards",
        "template",
        "count",
        "newsletter-title",
        "newsletter-blurb",
        "share-this",
        "share-on-x",
        "originally-published",
        "tag-archives",
        "news-archive",
        "news-in-brief",
        "local-tagline",
        "about-axios-local",
    ],
)
def test_boilerplate_is_kept_apart(line: str) -> None:
    article = body(f"The lede.\n\n{line}\n\nWhy it matters: It counts.")
    assert [b.text for b in article.boilerplate] == [line]
    assert labels(article) == [None, "Why it matters"]


def test_block_types_of_a_full_page() -> None:
    article = body(
        "A crowd at the rally.\nA crowd at the rally. Photo: Jane Doe/AP\n\nThe lede.\n\n"
        "Why it matters: It counts.\n\n  • One.\n  • Two.\n\nGo deeper"
    )
    assert [type(b) for b in article.sections[0].blocks] == [Caption, Paragraph]
    assert [type(b) for b in article.sections[1].blocks] == [Paragraph, Bullet, Bullet]


def test_particles_and_suffixes_stand_inside_names() -> None:
    """'Benítez de la Torre said'; 'Achterberg said' after 'Desmond Achterberg Jr.' (probe 8)."""
    article = body(
        "Valdorian President Augusto Benítez de la Torre conceded defeat.\n\n"
        "Rep. Desmond Achterberg Jr. filed the bill.\n\n"
        'Benítez de la Torre said it was over. "We lost," Achterberg said.\n\n'
        '"It is fine," Kessler Park resident Fenna de Vries tells Axios.'
    )
    assert [(a.name, a.role) for a in article.attributions] == [
        ("Augusto Benítez de la Torre", None),
        ("Desmond Achterberg Jr.", None),
        ("Fenna de Vries", "Kessler Park resident"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "found"),
    [
        (
            '"Yes," said parent Odalys Prud\'homme, who spoke in favor.',
            ("Odalys Prud'homme", "parent"),
        ),
        ('"Yes," said chief scientist Dr. Mina Kealoha.', ("Mina Kealoha", "chief scientist Dr.")),
        ('"Yes," said Rafe Blum, who runs a clinic.', ("Rafe Blum", None)),
        ('"Yes," said the White House.', None),
        ('"Yes," Developer Theo Marchand wrote.', ("Theo Marchand", "Developer")),
        (
            '"Yes," Dr. Amara Bell, a pediatrician in Redfern, Okla., told Axios.',
            ("Amara Bell", "a pediatrician in Redfern, Okla."),
        ),
    ],
)
def test_descriptions_around_a_speaker(
    paragraph: str, found: tuple[str, str | None] | None
) -> None:
    """A description after an inverted verb, a profession, a role ending in a state (probe 8)."""
    article = body(f"The lede.\n\n{paragraph}")
    assert [(a.name, a.role) for a in article.attributions] == ([found] if found else [])


def test_a_hanging_indent_goes_on_with_its_bullet() -> None:
    """A hard-wrapped bullet's second sentence, indented to its text (eighth probe)."""
    text = (
        '"Wow," said chief scientist Dr. Mina Kealoha.\n\n'
        '  • "We stopped counting after a week," she said.\n'
        '    "Then we started counting again."\n'
        "  • Another bullet."
    )
    article = body(text)
    assert [b.text for b in article.bullets] == [
        '"We stopped counting after a week," she said. "Then we started counting again."',
        "Another bullet.",
    ]
    assert speakers(article) == ["Mina Kealoha"] * 3


def test_a_sign_up_box_at_the_foot_of_a_local_story() -> None:
    """ "Axios Larkspur Bay" / "Smart, local news ... in your inbox ..." / "Subscribe" (probe)."""
    text = (
        "The lede.\n\nAxios Larkspur Bay\n"
        "Smart, local news for Larkspur Bay, in your inbox every weekday.\nSubscribe"
    )
    article = body(text)
    assert [(b.kind, b.text) for b in article.boilerplate] == [
        ("signup", "Axios Larkspur Bay"),
        ("signup", "Smart, local news for Larkspur Bay, in your inbox every weekday."),
        ("signup", "Subscribe"),
    ]
    assert [p.text for p in article.paragraphs] == ["The lede."]


def test_newsletter_furniture_and_an_item_behind_an_emoji() -> None:
    """A word-count greeting, an emoji-led first item, a sign-off (eighth probe)."""
    text = (
        "May 15, 2025\n\n"
        "☕ Good Thursday morning. Smart Brevity™ count: 1,088 words ... 4 mins.\n\n"
        "⚡ Situational awareness: The Senate confirmed the nominee, 52-47.\n\n"
        "📬 Thanks for reading! Please invite your friends to sign up for Axios AM."
    )
    article = parse(text)
    assert article.headline is None
    assert [b.kind for b in article.boilerplate] == ["chrome", "signup"]
    assert [p.text for p in article.paragraphs] == ["The Senate confirmed the nominee, 52-47."]
    assert uncovered(text, article) == []


def test_wire_end_matter_is_furniture() -> None:
    """A wire story's "___" separator and its contributor line (eighth probe)."""
    text = (
        "The lede.\n\n___\n\n"
        "Associated Press writer Kofi Mensah in Belvara contributed to this report."
    )
    article = body(text)
    assert [(b.kind, b.text) for b in article.boilerplate] == [
        ("chrome", "___"),
        ("chrome", "Associated Press writer Kofi Mensah in Belvara contributed to this report."),
    ]
    assert [p.text for p in article.paragraphs] == ["The lede."]


@pytest.mark.parametrize(
    ("paragraph", "found"),
    [
        (
            "Prime Minister Ilaria Soderini-Okeke declared an emergency and said aid would come.",
            ("Ilaria Soderini-Okeke", "Prime Minister", "said"),
        ),
        ("Officials closed the bridge and said it would reopen.", ("Officials", None, "said")),
        ("Smith resigned in 2019 and told Axios he had no regrets.", ("Smith", None, "told")),
        ("In March, the company cut jobs and said more were coming.", None),
        ("The union and the company met and said talks would resume.", None),
        ("Library card sign-ups rose after the system dropped fines and said so.", None),
        ("The airport dropped fees and added Sunday flights.", None),
    ],
)
def test_a_verb_after_and_shares_the_sentence_subject(
    paragraph: str, found: tuple[str, str | None, str] | None
) -> None:
    """'X declared ... and said ...' names X; the words before "and" are never the name."""
    article = body(f"The lede.\n\n{paragraph}")
    assert [(a.name, a.role, a.cue) for a in article.attributions] == ([found] if found else [])


def test_a_company_described_at_the_start_of_a_sentence() -> None:
    article = body("Manufacturer Coastline Generics said supply would recover.")
    assert [(a.name, a.role) for a in article.attributions] == [
        ("Coastline Generics", "Manufacturer")
    ]


@pytest.mark.parametrize(
    ("paragraphs", "found"),
    [
        (
            ["Peter van der Molen runs the fund.", "Van der Molen told analysts it would pass."],
            ("Peter van der Molen", None),
        ),
        (
            ['Caldera Deep CEO Park Ji-won was blunt: "It pays."', "Park added that it works."],
            ("Park Ji-won", None),
        ),
        (
            ["Chef-owner Mamadou Ndiaye-Sall's grill opened, per Ndiaye-Sall."],
            ("Mamadou Ndiaye-Sall", None),
        ),
        (
            ["More than 4,000 came, festival director Noor al-Hakim said Monday."],
            ("Noor al-Hakim", "festival director"),
        ),
        (["Femke de Wit farms here.", "The fields bloomed, de Wit said."], ("Femke de Wit", None)),
        (
            ["City Manager Otávio da Cunha said the roads were clear."],
            ("Otávio da Cunha", "City Manager"),
        ),
        (
            ["Prices rose, per auction house Whitcombe & Lane."],
            ("Whitcombe & Lane", "auction house"),
        ),
        (
            ['"Fine," Keystone chief medical officer Dr. Anand Raghunathan said.'],
            ("Anand Raghunathan", "Keystone chief medical officer Dr."),
        ),
    ],
)
def test_names_of_many_shapes(paragraphs: list[str], found: tuple[str, str | None]) -> None:
    """Particles, surnames first, possessives, "al-", "&", long roles (ninth probe)."""
    article = body("\n\n".join(paragraphs))
    assert (article.attributions[-1].name, article.attributions[-1].role) == found


def test_a_nickname_is_no_quote_of_anyone() -> None:
    article = body('Selenic will try again in 2026, CEO Bartholomew "Bart" Kincaid-Osei said.')
    (quote,) = article.quotes
    assert quote.text == "Bart" and quote.attribution is None
    assert [(a.name, a.role) for a in article.attributions] == [("Bartholomew Kincaid-Osei", "CEO")]


def test_a_role_with_a_saint_and_a_clause_after_it() -> None:
    article = body(
        '"We failed," said the Rev. Thomas Mbeki-Lowell, the president of St. Aldric College, '
        'which will close in May.\n\n"It works," Jane Doe, the mayor of St. Louis, said.'
    )
    assert [(a.name, a.role) for a in article.attributions] == [
        ("Thomas Mbeki-Lowell", "the president of St. Aldric College"),
        ("Jane Doe", "the mayor of St. Louis"),
    ]


def test_no_attribution_inside_a_quote_and_a_pronoun_opening_a_sentence() -> None:
    article = body(
        '"Every spring people tell me it looks fake," Femke de Wit said.\n\n'
        '  • She wrote that the offer was "too little, too late."'
    )
    assert [a.name for a in article.attributions] == ["Femke de Wit", "Femke de Wit"]
    assert speakers(article) == [
        "Femke de Wit",
        "Femke de Wit",
    ]


def test_a_rate_per_dollar_names_no_source() -> None:
    article = body("The krona fell to 11.2 per dollar before giving up most of its gains.")
    assert article.attributions == []


def test_a_reuters_page_with_a_weekday_in_its_date() -> None:
    """A section line, headline, "By", "Reuters", "Mon, Jan 5, 2026, 9:42 AM" (ninth probe)."""
    text = (
        "Business\n\nVeldmark raises rates for a fifth time\n\nBy Annelie Voskuijlen\n\nReuters\n\n"
        "Mon, Jan 5, 2026, 9:42 AM\n\n"
        "A woman walks past the bank in Oslund, January 4, 2026. REUTERS/Pieter van Aalst\n\n"
        "OSLUND, Jan 5 (Reuters) - The bank raised its main rate."
    )
    article = parse(text)
    assert article.dateline is not None and article.dateline.date == date(2026, 1, 5)
    assert article.headline == "Veldmark raises rates for a fifth time"
    [caption] = article.captions
    assert caption.credit is not None and caption.credit.creators == ["Pieter van Aalst"]
    assert uncovered(text, article) == []


def test_a_byline_with_an_accented_capital() -> None:
    article = parse(
        "Jan 6, 2022 - Science\n\nA lander reaches the moon\n\nÉlodie Marchetti\n\nThe lede."
    )
    assert article.byline == "Élodie Marchetti"


def test_a_caption_glued_to_the_paragraph_above() -> None:
    """'... customers did."A shopper picks up an order. Photo: A/B' (tenth probe)."""
    text = (
        "Jan 6, 2022 - Business\n\nGrocery app cuts jobs\n\nThe lede.\n\n"
        'Driving the news: The CEO told staff the company had "expanded too fast."'
        "A shopper picks up an order in Marlow Heights. Photo: Teodor Grün/Axios\n\n"
        "Why it matters: It counts."
    )
    article = parse(text)
    assert [s.label for s in article.sections] == [None, "Driving the news", "Why it matters"]
    [caption] = article.captions
    assert caption.text == "A shopper picks up an order in Marlow Heights."
    assert (
        article.sections[1].blocks[0].text
        == 'The CEO told staff the company had "expanded too fast."'
    )
    assert uncovered(text, article) == []


def test_a_paragraph_wrapped_with_a_hanging_indent() -> None:
    """CRLF lines wrapped at 72 columns, continuation lines indented (tenth probe)."""
    text = (
        "What they're saying: \"For too long, families have been sleeping next to\r\n"
        '  devices that can turn into blowtorches," Commissioner Ifeoma\r\n'
        "  Castellanos-Reid said before the vote."
    )
    article = body(text)
    [paragraph] = article.paragraphs
    [attribution] = paragraph.attributions
    assert (attribution.name, attribution.role) == ("Ifeoma Castellanos-Reid", "Commissioner")
    assert paragraph.quotes[0].attribution == attribution


@pytest.mark.parametrize(
    ("paragraph", "found"),
    [
        (
            "The committee's top Republican, Sen. Harlan Moss (R-Kan.), wrote on X that the bill "
            'was "a solution in search of a problem."',
            ("Harlan Moss", "The committee's top Republican"),
        ),
        (
            'Retail analyst Margit Oyelaran-Hsu of Pellham Research said it was "overdue."',
            ("Margit Oyelaran-Hsu", "Retail analyst"),
        ),
        (
            '"Some mornings I let three go by," Rider Consuelo Ybarra-Finch said.',
            ("Consuelo Ybarra-Finch", "Rider"),
        ),
    ],
)
def test_roles_around_a_speaker_of_the_tenth_probe(paragraph: str, found: tuple[str, str]) -> None:
    article = body(f"The lede.\n\n{paragraph}")
    assert [(a.name, a.role) for a in article.attributions] == [found]
    assert all(q.attribution is not None for q in article.quotes)


def test_a_pronoun_with_an_adverb() -> None:
    article = body('"We won," Jane Doe said.\n\nShe now calls it "the great unsticking."')
    assert speakers(article) == [
        "Jane Doe",
        "Jane Doe",
    ]


def test_a_posted_date_on_a_wire_re_host() -> None:
    """'Posted: Aug 14, 2025 / 07:42 PM PDT' under 'By X' and 'Associated Press' (tenth probe)."""
    text = (
        "The Ashgrove Sentinel\nNews | Local | Sports\n\nNATIONAL\n\n"
        "Wildfire forces thousands to flee\n\nBy Ruth Abernethy-Kwan\nAssociated Press\n"
        "Posted: Aug 14, 2025 / 07:42 PM PDT\n\nSILVER BASIN, Nev. (AP) — Thousands fled."
    )
    article = parse(text)
    assert article.headline == "Wildfire forces thousands to flee"
    assert article.dateline is not None and article.dateline.date == date(2025, 8, 14)
    assert uncovered(text, article) == []


def test_the_end_matter_of_re_hosted_wire_stories() -> None:
    """Bloomberg's and AP's last lines and a "Most Read in Business" list (tenth probe)."""
    article = body(
        "The lede.\n\n--With assistance from Paolo Demirci-Bauer.\n\n"
        "Follow AP's coverage of wildfires at https://apnews.com/hub/wildfires\n\n"
        "Most Read in Business\nMortgage rates dip to lowest level since spring"
    )
    assert [b.kind for b in article.boilerplate] == ["chrome", "chrome", "read_next"]
    assert [p.text for p in article.paragraphs] == ["The lede."]
    assert [link.text for link in article.related] == [
        "Mortgage rates dip to lowest level since spring"
    ]


@pytest.mark.parametrize(
    ("text", "headline", "byline", "day"),
    [
        (  # Semafor: a menu, the author twice, the date, then the headline
            "Semafor Logo\n  • D.C.\n  • Lagos\n\nOttoline Brisbane-Yoon\nOttoline Brisbane-Yoon\n"
            "Updated Mar 4, 2025, 9:12am EST\n\nPilots authorize a strike at a regional airline\n\n"
            "Title icon\n\nThe News\n\nPilots voted 97% in favor.",
            "Pilots authorize a strike at a regional airline",
            "Ottoline Brisbane-Yoon",  # the name right above the date
            date(2025, 3, 4),
        ),
        (  # Semafor: headline, author, date
            "Semafor\nGulf\n\nKelaran puts a price on the water that cools data centers\n\n"
            "Jovana Ilić-Trondheim\nUpdated Mar 5, 2025, 6:40am EST\n\nThe News\n\n"
            "The levy passed.",
            "Kelaran puts a price on the water that cools data centers",
            "Jovana Ilić-Trondheim",
            date(2025, 3, 5),
        ),
        (  # an aggregator's Reuters copy: headline, outlet, date, reading time
            "Varn Mining halts copper output after a tailings leak\n\nReuters\n"
            "March 3, 2025 at 11:42 AM\n2 min read\n\n"
            "SANTA IRENE, March 3 (Reuters) - Varn halted.",
            "Varn Mining halts copper output after a tailings leak",
            None,
            date(2025, 3, 3),
        ),
        (  # a newspaper's AP copy with no date line
            "The Brannock Herald\nNEWS | SPORTS | OPINION\n\n"
            "Coast Guard suspends search for 2 missing fishermen\n\nBy TOMASZ WIELGOSZ-NUNES\n"
            "Associated Press\n\nCAPE MORROW, Maine (AP) — The search ended.",
            "Coast Guard suspends search for 2 missing fishermen",
            "By TOMASZ WIELGOSZ-NUNES",
            None,
        ),
        (  # a newsletter's numeric date
            "POLITICO\n\nPlaybook: The farm bill's make-or-break week\n\n"
            "By DELPHINE ACHTERHOF-MBAYE\n\n03/04/2025 06:58 AM EST\n\nGood morning.",
            "Playbook: The farm bill's make-or-break week",
            "By DELPHINE ACHTERHOF-MBAYE",
            date(2025, 3, 4),
        ),
    ],
    ids=[
        "semafor-date-first",
        "semafor-name-over-date",
        "reuters-aggregator",
        "ap-no-date",
        "numeric",
    ],
)
def test_other_outlets_page_tops(
    text: str, headline: str, byline: str | None, day: date | None
) -> None:
    """Page tops of other outlets (eleventh probe): what stands above the story is furniture."""
    article = parse(text)
    assert article.headline == headline
    assert article.byline == byline
    assert (article.dateline.date if article.dateline else None) == day
    assert uncovered(text, article) == []


@pytest.mark.parametrize(
    ("paragraph", "found"),
    [
        (
            '"We searched," Coast Guard Capt. Aurelio Benedetti-Shaw said.',
            ("Aurelio Benedetti-Shaw", "Coast Guard Capt."),
        ),
        ('"It was thin," Sheriff\'s Sgt. Corwin Adu said.', ("Corwin Adu", "Sheriff's Sgt.")),
        (
            '"Not now," farmer Iker Sosa told local broadcaster Radio Ostra.',
            ("Iker Sosa", "farmer"),
        ),
        (
            'County Supervisor Ansel Varga-Whitlock: "We cut review times in half."',
            ("Ansel Varga-Whitlock", "County Supervisor"),
        ),
        (
            "QUICK HITS — Talks stalled … Senate Majority Leader Gideon Kwame (R-Wyo.) said the "
            "vote would slip.",
            ("Gideon Kwame", "Senate Majority Leader"),
        ),
    ],
)
def test_titles_of_the_eleventh_probe(paragraph: str, found: tuple[str, str]) -> None:
    article = body(f"The lede.\n\n{paragraph}")
    assert [(a.name, a.role) for a in article.attributions] == [found]


def test_a_section_head_is_no_byline() -> None:
    article = parse(
        "Jan 6, 2022 - Business\n\nPilots authorize a strike\n\nThe News\n\nThey voted."
    )
    assert article.byline is None


def test_a_menu_over_the_outlet_is_no_headline() -> None:
    """A site's menu above "Axios" and the date (third probe): the headline is under the date."""
    text = (
        "Briefly | Top stories | For you | Saved\nAxios\nMar 28, 2024\n"
        "Drug shortages hit a record, pharmacists say\nThe lede."
    )
    article = parse(text)
    assert article.headline == "Drug shortages hit a record, pharmacists say"


def test_more_furniture_of_other_outlets() -> None:
    """Reuters' credits, a press release's end mark, app and social promos (eleventh probe)."""
    article = body(
        "The lede.\n\n(Reporting by Pilar Benavente in Santa Irene; Editing by Conrad Ridley)\n\n"
        "###\n\nFollow us on X\n\nDownload the KVRT 9 News app for breaking news alerts."
    )
    assert [b.kind for b in article.boilerplate] == ["chrome"] * 4
    assert [p.text for p in article.paragraphs] == ["The lede."]


def test_a_site_menu_line_is_furniture() -> None:
    article = body("The lede.\n\nNews | Local | Sports | Obituaries | e-Edition\n\nMore text.")
    assert [(b.kind, b.text) for b in article.boilerplate] == [
        ("chrome", "News | Local | Sports | Obituaries | e-Edition")
    ]


@pytest.mark.parametrize(
    "credit_line",
    [
        "(Photo by Quentin Osei-Varga/AFP via Getty Images)",
        "(Photo by Quentin Osei-Varga/AFP via Getty",
    ],
    ids=["closed", "cut"],
)
def test_a_parenthetical_credit_after_a_caption(credit_line: str) -> None:
    """The opening parenthesis goes with the credit, closed or cut off (REPORT §4)."""
    source = f"The lede.\n\nFarmers at the market in Tolva. {credit_line}\n\nMore text."
    article = body(source)
    [caption] = article.captions
    assert caption.text == "Farmers at the market in Tolva."
    assert caption.credit is not None
    assert (caption.credit.creators, caption.credit.agency) == (["Quentin Osei-Varga"], "AFP")
    span = caption.credit.span
    assert (HEAD + source)[span.start : span.end] == credit_line


def test_an_ampersand_inside_a_firms_name_joins_it() -> None:
    article = body("The lede.\n\nThe new terminal.\nRendering via Holloway&Pike\n\nMore text.")
    [caption] = article.captions
    assert caption.credit is not None and caption.credit.creators == ["Holloway&Pike"]


def test_links_and_promos_to_the_rest_of_a_story() -> None:
    article = body("The lede.\n\nRead the whole story\n\nAxios Pro is here\n\nMore text.")
    assert [(b.kind, b.text) for b in article.boilerplate] == [
        ("chrome", "Read the whole story"),
        ("chrome", "Axios Pro is here"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "found"),
    [
        ('The bill says states must "act within 30 days."', ("The bill", "says")),
        ('The ruling states that the law "cannot stand."', ("The ruling", "states")),
        ("The report found that 40% of homes were vacant.", ("The report", "found")),
        (
            "A new Axios/Ipsos poll found that most voters disapprove.",
            ("A new Axios/Ipsos poll", "found"),
        ),
        (
            "Data from the Census Bureau shows slower growth.",
            ("Data from the Census Bureau", "shows"),
        ),
        ("Census Bureau data shows slower growth.", ("Census Bureau", "shows")),
        ("Officials said that the filing concluded nothing.", ("the filing", "concluded")),
    ],
)
def test_documents_that_speak(paragraph: str, found: tuple[str, str]) -> None:
    article = body(paragraph)
    [paragraph_model] = article.paragraphs
    last = paragraph_model.attributions[-1]
    assert (last.name, last.cue) == found
    # A quote later in the document's sentence is its words.
    assert all(q.attribution == last for q in paragraph_model.quotes)


@pytest.mark.parametrize(
    "paragraph",
    ["The company found a buyer.", "Police found the car.", "Several states found ways."],
)
def test_verbs_of_documents_after_other_subjects(paragraph: str) -> None:
    assert body(paragraph).attributions == []


def test_no_pronoun_names_a_document() -> None:
    article = body(
        '"We will fight," Noor Haddad-Lind said. The lawsuit says the firm lied.\n\n'
        '"It is false," she added.'
    )
    assert [a.name for a in article.attributions] == [
        "Noor Haddad-Lind",
        "The lawsuit",
        "Noor Haddad-Lind",
    ]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            "House Agriculture Chair Millicent Oyelowo-Harrington (R-Kan.) is short on votes.\n\n"
            '"I will not vote," Rep. Casimir Ravensworth-Ayodele (R-Idaho) told Playbook.\n\n'
            'Oyelowo-Harrington is unmoved. "They have had the text since January," she said.',
            "Millicent Oyelowo-Harrington",
        ),
        (
            '"We are ready," Mayor Tobias Lindqvist said.\n\nThe committee\'s top Democrat, Sen. '
            "Orla Jimenez-Sutherland (D-N.M.), is circulating a letter. "
            '"You cannot run a shipyard on a resolution," she wrote.',
            "Orla Jimenez-Sutherland",
        ),
        (
            '"We are ready," Mayor Tobias Lindqvist said.\n\n'
            'Critics disagree. "Not yet," he added.',
            "Tobias Lindqvist",
        ),
    ],
    ids=["surname", "full-name", "no-one-named"],
)
def test_a_pronoun_after_a_quote_names_who_opened_the_sentence_before(
    paragraphs: str, speaker: str
) -> None:
    """'X is unmoved. "...," she said': X, not the last speaker (eleventh probe)."""
    article = body(paragraphs)
    assert article.quotes[-1].attribution is not None
    assert article.quotes[-1].attribution.name == speaker


def test_an_outlet_line_between_headline_and_byline() -> None:
    """An aggregator's "Axios" line, then the author's name (twelfth probe)."""
    article = parse(
        "Home | News | Finance | Sports\n\nPharmacy chain Drexmoor to close 300 stores\n\n"
        "Axios\nImogen Fairweather-Lutz\n\nDrexmoor Health will close 300 stores, it said."
    )
    assert (article.headline, article.byline) == (
        "Pharmacy chain Drexmoor to close 300 stores",
        "Imogen Fairweather-Lutz",
    )
    assert [b.text for b in article.boilerplate] == ["Home | News | Finance | Sports", "Axios"]


def test_a_series_kicker_under_the_dateline() -> None:
    """'Axios Vibes' between the dateline and the headline (REPORT §3; twelfth probe)."""
    article = parse(
        "Jan 28, 2025 - Politics & Policy\n\nAxios Vibes\n\n"
        "Young men are souring on sports betting apps\n\nMen are turning against the apps."
    )
    assert article.headline == "Young men are souring on sports betting apps"
    assert [(b.kind, b.text) for b in article.boilerplate] == [("kicker", "Axios Vibes")]


def test_a_newsletters_masthead_over_its_byline_stays_the_headline() -> None:
    article = parse("Jan 18, 2018\n\nAxios PM\n\nBy Mike Allen\n\n1 big thing: Kelly speaks")
    assert (article.headline, article.byline) == ("Axios PM", "By Mike Allen")


@pytest.mark.parametrize(
    ("paragraph", "found"),
    [
        (
            '"It is the weather," said Lucinda Abernethy-Sow, the U.N.\'s resident coordinator.',
            ("Lucinda Abernethy-Sow", "the U.N.'s resident coordinator"),
        ),
        ("Jane Doe, the U.N.'s envoy, said it would fail.", ("Jane Doe", "the U.N.'s envoy")),
        (
            '"We will go," said Jane Doe, head of Ipsos U.S. Then she left.',
            ("Jane Doe", "head of Ipsos U.S."),
        ),
        (
            "Funding fell by half, per Rock Meadow Health Capital.",
            ("Rock Meadow Health Capital", None),
        ),
        (
            "The industry's trade group, the American Gaming Alliance, said in a statement that "
            'apps are "the safest way to bet."',
            ("American Gaming Alliance", "The industry's trade group"),
        ),
    ],
    ids=["initialism-inverted", "initialism-appositive", "initialism-last", "firm", "the-group"],
)
def test_roles_and_firms_of_the_twelfth_probe(
    paragraph: str, found: tuple[str, str | None]
) -> None:
    assert one_attribution(paragraph)[:2] == found


@pytest.mark.parametrize(
    ("top", "dateline", "byline"),
    [
        (
            "The Cascadia Ledger\nHome | News | Politics | Opinion\n\n{h}\n\n"
            "Story by Thessaly Brannigan-Okafor (Axios)\nMarch 11, 2025 at 9:48 PM",
            "March 11, 2025 at 9:48 PM",
            "Story by Thessaly Brannigan-Okafor (Axios)",
        ),
        (
            "Yahoo Finance\n\n{h}\n\nKasimir Oduya-Lindgren\n"
            "Thu, March 6, 2025 at 10:14 AM EST · 3 min read",
            "Thu, March 6, 2025 at 10:14 AM EST · 3 min read",
            "Kasimir Oduya-Lindgren",
        ),
        (
            "The Saltmarrow Neighbor\n\n{h}\n\nPosted on March 5, 2025\n\n"
            "By Odessa Quarrington-Bell, Axios Ferrowdale",
            "Posted on March 5, 2025",
            "By Odessa Quarrington-Bell, Axios Ferrowdale",
        ),
        (
            "The Orrin Falls Gazette\nNews | Business | Opinion | Obituaries\n\n{h}\n\n"
            "Leopold Asante-Firth, Axios\nPublished March 13, 2025",
            "Published March 13, 2025",
            "Leopold Asante-Firth, Axios",
        ),
    ],
    ids=["story-by", "reading-time", "posted-on", "name-and-outlet"],
)
def test_partner_sites_re_hosting_a_story(top: str, dateline: str, byline: str) -> None:
    """Headline and byline above or below a site's own date line (thirteenth probe)."""
    headline = "Judge blocks the Tarrant Valley water transfer"
    article = parse(top.format(h=headline) + "\n\nA federal judge on Thursday blocked a plan.")
    assert article.dateline is not None and article.dateline.text == dateline
    assert (article.headline, article.byline) == (headline, byline)
    assert [p.text for p in article.paragraphs] == ["A federal judge on Thursday blocked a plan."]


@pytest.mark.parametrize(
    ("paragraph", "found"),
    [
        (
            "Residents voted to move, a $212 million gamble that officials said would cost less.",
            ("officials", None, "said"),
        ),
        (
            '"The board erred," the judge wrote in a ruling. "It does not hold."',
            ("the judge", None, "wrote"),
        ),
        (
            "Fed Governor Rasmus Velander-Achebe dissented, saying in a statement that "
            '"the case for a cut is already here."',
            ("Rasmus Velander-Achebe", "Fed Governor", "saying"),
        ),
        (
            "Castellan Bank's chief U.S. economist, Wilhelmina Ostrova-Ng, wrote in a note "
            'that the Fed was "threading a needle."',
            ("Wilhelmina Ostrova-Ng", "Castellan Bank's chief U.S. economist", "wrote"),
        ),
        (
            '"It is a disservice," writes Atticus Ferreira-Lund, a journalism professor at '
            "Calloway State, in an op-ed.",
            ("Atticus Ferreira-Lund", "a journalism professor at Calloway State", "writes"),
        ),
    ],
    ids=["relative-clause", "the-judge", "saying", "owner-before-role", "role-then-where"],
)
def test_speakers_of_the_thirteenth_probe(
    paragraph: str, found: tuple[str, str | None, str]
) -> None:
    assert one_attribution(paragraph) == found


@pytest.mark.parametrize(
    "paragraph",
    [
        "As the saying goes, nothing is free.",
        "Some delivery workers who rely on scooters told the council they would quit.",
    ],
)
def test_saying_and_relative_clauses_that_name_no_new_speaker(paragraph: str) -> None:
    names = [a.name for a in body(paragraph).attributions]
    assert names in ([], ["Some delivery workers who rely on scooters"])


@pytest.mark.parametrize("closing", ["\u00e2\u20ac\x9d", "\u00e2\u20ac\ufffd", "\u00e2\u20ac"])
def test_mojibake_quote_marks_are_read_as_marks(closing: str) -> None:
    """Curly quotes of UTF-8 read as cp1252 ('â€œ...â€\\x9d'; thirteenth probe)."""
    opening = "\u00e2\u20ac\u0153"
    article = body(
        f"{opening}Promises are cheap,{closing} said Thaddeus Bramwell-Osei. "
        f"{opening}Every call counts.{closing}\n\nPrices rose \u00e2\u20ac\u201d sharply."
    )
    assert [q.text for q in article.quotes] == ["Promises are cheap", "Every call counts."]
    assert speakers(article) == ["Thaddeus Bramwell-Osei"] * 2


def test_a_re_hosts_furniture_and_recommended_list() -> None:
    """A partner site's or a blog's copy (thirteenth probe): links back, widgets, a list."""
    article = body(
        "The lede.\n\nAxios\n\nSource: Axios Ferrowdale\n\nRead more at Axios\n\n"
        "Sign in\nView comments\n\nLike this:\nLike Loading...\n\n"
        "Recommended\n\nOregon weighs a tax on vacation rentals\nSmoke season, explained"
    )
    assert [p.text for p in article.paragraphs] == ["The lede."]
    assert [r.text for r in article.related] == [
        "Oregon weighs a tax on vacation rentals",
        "Smoke season, explained",
    ]
    assert [b.kind for b in article.boilerplate] == ["chrome"] * 7 + ["read_next"]


@pytest.mark.parametrize(
    "line",
    [
        "Originally published by Axios. Read more at Axios",
        "This story is published through a content partnership with Axios.",
        "Share: Facebook | X | LinkedIn | Email",
        "Share this article: Facebook X Email Print",
        "Read the original article on Axios",
        "This story originally appeared in Axios San Francisco and is republished with permission.",
        "Comments",
        # Wire stories and newsletters (thirteenth, twelfth and fifteenth probes).
        "Associated Press writer Lucian Fairweather-Obi contributed from Charleston, W.Va.",
        "This story first appeared in the Axios Pro Health Tech Deals newsletter. Sign up.",
        "Today's Closer is 842 words, a 3-minute read.",
        "It weighs in at 1,318 words, a 5-minute read.",
        "Welcome to Monday! Today’s newsletter is 1,204 words or a 4.5-minute read.",
        "Thanks to Ferdinand Achebe-Lindqvist for editing and Imara Solvang-Ruiz for copy editing.",
        "Thanks for reading, and see you Thursday!",
        "A message from Halvard Trust",
        "View this email in your browser",
        "Open original · Mark as read · Save",
    ],
)
def test_a_furniture_line_between_paragraphs(line: str) -> None:
    """Partner sites' notes and share bars, wire and newsletter furniture: one line each."""
    article = body(f"The lede.\n\n{line}\n\nMore text.")
    assert [(b.kind, b.text) for b in article.boilerplate] == [("chrome", line)]


def test_an_aggregators_tags_under_the_date() -> None:
    article = parse(
        "Axios\n6 days ago\n- Business\n- Axios\nSky-high tower planned for downtown Denver\n"
        "A developer could bring a 673-foot tower to Denver."
    )
    assert article.headline == "Sky-high tower planned for downtown Denver"
    assert article.bullets == []


def test_a_bullet_that_is_only_a_quote_goes_on_with_the_speaker_above() -> None:
    """REPORT §6: 'bullets that are only a quotation continuing the previous speaker'."""
    article = body(
        'What they\'re saying: "Promises are cheap," said Ingrid Solvang-Achebe, the CEO.\n\n'
        '  • "But the answer is to build the brakes into the car."\n'
        '  • "And to test them."\n\n'
        'Why it matters: "Voice clones" are cheap to make.'
    )
    assert speakers(article) == ["Ingrid Solvang-Achebe"] * 3 + [None]


def test_a_bullet_with_a_verb_of_speech_carries_no_speaker_from_above() -> None:
    """Its own speaker, even one the parser cannot read, is not the one above (17th probe)."""
    article = body(
        '"We are ready," said Ilse Moravec-Adjei, the envoy.\n\n'
        '  • "We ask for survival," Ambassador Lusia Fonoti-Halvard of the Pacific island '
        "nation of Serelau told the assembly."
    )
    assert speakers(article)[1] != "Ilse Moravec-Adjei"


def test_a_quote_open_at_a_paragraphs_end_goes_on_in_the_next() -> None:
    article = body(
        '"I asked for a year," Cyprian Lachance-Obi said. "I will keep asking.\n\n'
        '"The people who use that branch have no one at City Hall."\n\n'
        '"This is not a budget decision."'
    )
    assert speakers(article) == ["Cyprian Lachance-Obi", "Cyprian Lachance-Obi", None]


def test_a_description_with_a_field_in_lower_case() -> None:
    [attribution] = body(
        "Quorvane's head of policy, Anneliese Mbeki-Forsythe, told lawmakers it would wait."
    ).attributions
    assert (attribution.name, attribution.role) == (
        "Anneliese Mbeki-Forsythe",
        "Quorvane's head of policy",
    )


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("Storms are coming, the National Weather Service said.", "National Weather Service"),
        (
            "Rents rose, per the Port Ellery Apartment Association.",
            "Port Ellery Apartment Association",
        ),
        ("Rents rose, The Seattle Times reported.", "The Seattle Times"),
        ("Rents rose, per the FT.", "the FT"),
        (
            "Rents rose, according to the state transportation department.",
            "the state transportation department",
        ),
        ("Rents rose, the judge said.", "the judge"),
        # An issuer is capitalised words, and "released Wednesday" is when, not who.
        (
            "Rents rose, according to a report from the Metro Housing Council released Wednesday.",
            "Metro Housing Council",
        ),
        ("Values fell, per Metro property records.", "Metro property records"),
    ],
)
def test_the_name_a_source_resolves_to(paragraph: str, name: str) -> None:
    """Independent probes name organisations without "the"; a publication keeps its "The"."""
    [attribution] = body(paragraph).attributions
    assert attribution.name == name


@pytest.mark.parametrize("gap", ["\n\n", "\n", " "], ids=["blank-line", "next-line", "same-line"])
def test_a_pull_quote_and_the_line_that_names_its_speaker(gap: str) -> None:
    """REPORT §6: a pull quote as a bare line, then its speaker's name (thirteenth probe)."""
    article = body(
        f'"This is not a budget decision. It is about neighborhoods."{gap}'
        "Rosalind Featherstone-Ugwu, library board member\n\nThe board voted 5-2."
    )
    [quote] = article.quotes
    assert quote.attribution is not None
    assert (quote.attribution.name, quote.attribution.role, quote.attribution.cue) == (
        "Rosalind Featherstone-Ugwu",
        "library board member",
        "—",
    )
    assert len(article.paragraphs) == 2


def test_a_sentence_under_a_pull_quote_is_its_own_paragraph() -> None:
    article = body('"We won."\n\nJane Doe, the mayor, said so on Tuesday.')
    assert [p.text for p in article.paragraphs] == [
        '"We won."',
        "Jane Doe, the mayor, said so on Tuesday.",
    ]


@pytest.mark.parametrize(
    ("paragraph", "found"),
    [
        (
            "Mayor Vesna Holloway-Abara has long said the line is a priority.",
            ("Vesna Holloway-Abara", "Mayor", "said"),
        ),
        (
            "Senators want a cap, a proposal the American Staffing Coalition called "
            '"a price control."',
            ("American Staffing Coalition", None, "called"),
        ),
        (
            'Dragomir-Achebe initially called the protesters "provocateurs."',
            ("Dragomir-Achebe", None, "called"),
        ),
        (
            'The U.S. State Department urged "restraint by all sides."',
            ("U.S. State Department", None, "urged"),
        ),
    ],
    ids=["auxiliary", "relative-without-that", "adverb", "urged"],
)
def test_speakers_of_the_fourteenth_probe(
    paragraph: str, found: tuple[str, str | None, str]
) -> None:
    assert one_attribution(paragraph) == found


@pytest.mark.parametrize(
    ("paragraph", "found"),
    [
        (
            '"She closed a bank," said a senior administration official, who spoke on the '
            "condition that he not be named.",
            ("a senior administration official", None, "said"),
        ),
        (
            "Sallis County commissioners said Wednesday they would hold hearings.",
            ("Sallis County commissioners", None, "said"),
        ),
    ],
    ids=["inverted-unnamed", "commissioners"],
)
def test_unnamed_speakers_of_the_sixteenth_probe(
    paragraph: str, found: tuple[str, str | None, str]
) -> None:
    assert one_attribution(paragraph) == found


def test_analysts_at_a_bank_are_no_bank() -> None:
    article = body('Analysts at Corliss Bank called the target "ambitious at best."')
    assert [a.name for a in article.attributions] != ["Corliss Bank"]


def test_related_titles_listed_as_bullets_drop_their_glyph() -> None:
    article = body(
        "The lede.\n\nGo deeper:\n  • Bird flu spreads to three more states\n"
        "  • Why your breakfast costs more"
    )
    assert [r.text for r in article.related] == [
        "Go deeper:",
        "Bird flu spreads to three more states",
        "Why your breakfast costs more",
    ]


@pytest.mark.parametrize(
    ("paragraph", "found"),
    [
        (
            "Members say so, and union president Bartholomew Asante-Greer told the Gazette he "
            'had asked for a meeting "before the ink is dry."',
            ("Bartholomew Asante-Greer", "union president", "told"),
        ),
        (
            'Committee Chairwoman Marguerite Olsson-Dakari (R-Neb.) emails: "We have the votes."',
            ("Marguerite Olsson-Dakari", "Committee Chairwoman", "emails"),
        ),
        (
            '"Watch the dairy title," Fenwick Adair-Moss, a former staff director, advises.',
            ("Fenwick Adair-Moss", "a former staff director", "advises"),
        ),
        (
            "The jukebox goes to the society, per the society's director, Augustina Feld-Mwangi.",
            ("Augustina Feld-Mwangi", "the society's director", "per"),
        ),
    ],
    ids=["told-the-outlet", "emails", "advises", "description-then-name"],
)
def test_speakers_of_the_sixteenth_probe(
    paragraph: str, found: tuple[str, str | None, str]
) -> None:
    assert one_attribution(paragraph) == found


def test_emails_as_a_noun_and_a_relative_pronoun_name_nobody() -> None:
    article = body('The judge relied on internal Halloran emails that called it "a mess."')
    assert article.attributions == []


@pytest.mark.parametrize(
    ("paragraph", "found"),
    [
        (
            "Gov. Cassius Wexford-Liang, who signed a $6.2 billion lease in 2023, said Thursday: "
            '"We got cash up front."',
            ("Cassius Wexford-Liang", "Gov.", "said"),
        ),
        (
            "Economist Rodrigo Balderrama-Okafor of the Centro de Estudios Económicos said the "
            'drop "should worry anyone."',
            ("Rodrigo Balderrama-Okafor", "Economist", "said"),
        ),
        (
            "Songwriter Ambrose Tillman-Achebe, who recorded a demo there in 1991, called it "
            '"the best bad news."',
            ("Ambrose Tillman-Achebe", "Songwriter", "called"),
        ),
        (
            "Riders oppose the plan, per a petition with 4,200 signatures.",
            ("a petition with 4,200 signatures", None, "per"),
        ),
    ],
    ids=["decimal-in-a-clause", "of-the-organisation", "profession", "thousands"],
)
def test_speakers_of_the_fifteenth_probe(
    paragraph: str, found: tuple[str, str | None, str]
) -> None:
    assert one_attribution(paragraph) == found


@pytest.mark.parametrize(
    "paragraph",
    ["  • Tech: Quorra reports earnings after the bell Tuesday.", "🔥 31: Points for a rookie."],
)
def test_figures_name_no_speaker_and_no_label(paragraph: str) -> None:
    article = body(f"The lede.\n\n{paragraph}")
    assert article.attributions == []
    assert labels(article) == [None]


def test_a_line_that_opens_a_list_is_no_alt_text() -> None:
    """'Below is each answer ...:' two blank lines above a credit alone (sixteenth probe)."""
    article = body(
        "The lede.\n\nBelow is each candidate's answer, in ballot order:\n\n\n"
        "Courtesy City of Brandywell\n\nMore text."
    )
    [caption] = article.captions
    assert caption.alt_text is None
    assert "Below is each candidate's answer, in ballot order:" in [
        p.text for p in article.paragraphs
    ]


def test_a_pull_quote_wrapped_over_two_lines() -> None:
    article = body(
        '"This is not a budget decision. It is a decision about which\n'
        'neighborhoods count."\n\nRosalind Featherstone-Ugwu, library board member'
    )
    assert speakers(article) == ["Rosalind Featherstone-Ugwu"]


@pytest.mark.parametrize(
    ("paragraph", "found"),
    [
        (
            '"This is the target," study lead author Ysolde Brannigan-Afolabi of the University '
            "of Tollmarsh told Axios.",
            ("Ysolde Brannigan-Afolabi", "study lead author"),
        ),
        (
            '"We ask for survival," Ambassador Lusia Fonoti-Halvard of the Pacific island '
            "nation of Serelau told the assembly.",
            ("Lusia Fonoti-Halvard", "Ambassador"),
        ),
        (
            '"It is great," Player Ezequiel Bramante-Huld told Axios.',
            ("Ezequiel Bramante-Huld", "Player"),
        ),
    ],
    ids=["long-subject", "of-a-place-with-of", "player"],
)
def test_speakers_of_the_seventeenth_probe(paragraph: str, found: tuple[str, str]) -> None:
    assert one_attribution(paragraph)[:2] == found


@pytest.mark.parametrize(
    ("paragraph", "found"),
    [
        ("Tallis Row has added eight new restaurants since January.", []),
        ("- 22 minutes: Time added to a typical round trip from Harlow Park.", []),
        (
            "Ald. Casimir Doležal-Okafor (45th), whose ward includes three stops, said the board "
            '"owes riders a timeline."',
            [("Casimir Doležal-Okafor", "Ald.")],
        ),
        (
            "Jobs grew, according to the Governor's Office of Economic Opportunity.",
            [("Governor's Office of Economic Opportunity", None)],
        ),
    ],
    ids=["added-a-number-word", "added-to", "ward-in-parentheses", "office-of"],
)
def test_speakers_of_the_eighteenth_probe(
    paragraph: str, found: list[tuple[str, str | None]]
) -> None:
    article = body(f"The lede.\n\n{paragraph}")
    assert [(a.name, a.role) for a in article.attributions] == found


def test_a_yahoo_copy_with_the_outlet_between_headline_and_byline() -> None:
    article = parse(
        "Yahoo News\nHome | US | Politics | World\n\n"
        "Detroit's Marwick Theater will reopen after a restoration\n\nAxios\n"
        "Callista Obuya-Fairbanks\nTue, October 15, 2024 at 4:30 AM CDT\n2 min read\n\n"
        "The Marwick Theater will reopen in March."
    )
    assert (article.headline, article.byline) == (
        "Detroit's Marwick Theater will reopen after a restoration",
        "Callista Obuya-Fairbanks",
    )


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        (
            "Stocks fell. Strategists at Lindqvist & Maro noted the drop in a report.",
            ["Strategists at Lindqvist & Maro"],
        ),
        ("More than 18,000 runners started the race, organizers said.", ["organizers"]),
        (
            'Dairy groups have warned lawmakers that the so-called "dairy cliff" is near.',
            [],
        ),
    ],
    ids=["strategists", "organizers", "so-called"],
)
def test_unnamed_speakers_and_a_clause_that_is_none(paragraph: str, names: list[str]) -> None:
    assert [a.name for a in body(paragraph).attributions] == names


def test_a_roundups_sources() -> None:
    """REPORT §7: a trailing "(Star Tribune)" and "Full story via the Star Tribune"."""
    article = body(
        "🍩 Duchess Donuts is closing its shop after 52 years. (The Eastgate Dispatch)\n\n"
        '"We will miss it," a spokesperson said. (Star Tribune)\n\n'
        "Full story via the Marlowe Falls Courier\n\nPrices rose (slightly)."
    )
    assert [(a.text, a.cue) for a in article.attributions if a.cue == "via"] == [
        ("(The Eastgate Dispatch)", "via"),
        ("(Star Tribune)", "via"),
        ("Full story via the Marlowe Falls Courier", "via"),
    ]
    assert speakers(article) == ["a spokesperson"]


def test_furniture_of_feed_readers_and_archives() -> None:
    article = body(
        "The lede.\n\n← Back to Axios Nashville\n\nRead the full issue on Axios.com\n\n"
        "Related in your feeds\n\nSome title"
    )
    assert [b.text for b in article.boilerplate] == [
        "← Back to Axios Nashville",
        "Read the full issue on Axios.com",
        "Related in your feeds",
    ]


def test_a_hyphenated_name_at_an_items_end_is_no_signature() -> None:
    """'... per the director, Augustina Feld-Mwangi.' keeps its coined label (16th probe)."""
    article = body(
        "Here is how the Pike says goodbye:\n\n"
        "2/ The jukebox: The 1962 jukebox goes to the society, per the director, "
        "Augustina Feld-Mwangi."
    )
    assert labels(article) == [None, "2/ The jukebox"]


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        # An article page that scrolled on into the next story's teaser (byline, relative date).
        (
            "Why it matters: Fares fund the night boats.\n\nAlma Reyes-Tan\n23 hours ago\n\n"
            "Library branch reopens after roof repairs\n",
            "23 hours ago",
        ),
        # A topic page: two stories, each with its "Why it matters:".
        (
            "Fares rise in May.\n\nWhy it matters: Fares fund the night boats.\n\n"
            "Library branch reopens\n\nWhy it matters: It opens on Sundays.\n",
            "Why it matters:",
        ),
        # One story: one "Why it matters:", and a date inside a paragraph.
        ("Why it matters: Fares fund boats.\n\nThe vote is Jan 9, 2022 - at noon.\n", None),
    ],
)
def test_several_stories_on_one_page_are_flagged(text: str, marked: str | None) -> None:
    source = HEAD + text
    flagged = [d for d in body(text).diagnostics if d.code == "NI308"]
    assert [d.span.slice(source) for d in flagged if d.span] == ([marked] if marked else [])


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        ('"We compete," says Ana Ruiz, CEO of Harrow Health in Ozark Bend, Mo.', "CEO of Harrow"),
        ('"It works," said Jo Ann Pike, a farmer in Hays, Kansas.', "a farmer in Hays, Kansas"),
        ('"It works," said Jo Ann Pike, a farmer in Hays, Kan., who grows wheat.', "a farmer"),
    ],
)
def test_a_role_ends_with_its_places_state(paragraph: str, role: str) -> None:
    """AP style: ", Mo." ends the role and the sentence at once; a state in full ends it too."""
    _, found, _ = one_attribution(paragraph)
    assert found is not None
    assert found.startswith(role)
    assert found.endswith(("Mo.", "Kansas", "Kan."))


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        (
            '"It was a promise," Republican Lucius Harwell-Stroud said.',
            "Lucius Harwell-Stroud",
            "Republican",
        ),
        ('"Read it," Democrat Ada Kline said.', "Ada Kline", "Democrat"),
        ("Democratic Sen. Jo Pike said no.", "Jo Pike", "Democratic Sen."),
    ],
)
def test_a_party_before_a_name_is_its_role(paragraph: str, name: str, role: str) -> None:
    assert one_attribution(paragraph)[:2] == (name, role)


@pytest.mark.parametrize(
    ("paragraph", "speakers"),
    [
        # The last speaker's given name goes with the other pronoun: the one before is meant.
        (
            '"We won," Jane Doe said. "We lost," John Roe said. "Not true," she added.',
            ["Jane Doe", "John Roe", "Jane Doe"],
        ),
        # A person mentioned (not quoted) in the block can be the one meant.
        (
            'Marjorie Tallis chairs the board. "We lost," John Roe said. "Not true," she said.',
            ["John Roe", "Marjorie Tallis"],
        ),
        # A name that tells nothing ("Jordan"): the nearest speaker, as before.
        (
            '"We won," Jane Doe said. "We lost," Jordan Roe said. "Not true," she added.',
            ["Jane Doe", "Jordan Roe", "Jordan Roe"],
        ),
        # The pronoun fits the nearest speaker: that speaker.
        (
            '"We won," Jane Doe said. "We lost," John Roe said. "Not true," he added.',
            ["Jane Doe", "John Roe", "John Roe"],
        ),
    ],
)
def test_a_pronoun_names_the_person_its_given_name_fits(
    paragraph: str, speakers: list[str]
) -> None:
    assert [q.attribution.name if q.attribution else None for q in body(paragraph).quotes] == (
        speakers
    )


@pytest.mark.parametrize(
    ("top", "byline"),
    [
        ("Gina Okafor\nUpdated Mar 4, 2025, 9:12am EST\n\n", "Gina Okafor"),  # Semafor
        ("Alma Reyes-Tan\n11 hours ago - News\n\n", "Alma Reyes-Tan"),  # a local page
        ("Alma Reyes-Tan\n\n11 hours ago - News\n\n", None),  # not right above it
    ],
)
def test_a_name_right_above_the_dateline_is_the_byline(top: str, byline: str | None) -> None:
    article = parse(top + "Ferry fares rise\n\nThe board voted.")
    assert (article.headline, article.byline) == ("Ferry fares rise", byline)
    assert article.sections[0].span.start >= article.headline_span.end  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (
            "Jen O'Malley Dillon spoke first. \"We are ready,\" O'Malley Dillon added.",
            "Jen O'Malley Dillon",
        ),
        (
            'Rep. Debbie Wasserman Schultz spoke. "No," Wasserman Schultz added.',
            "Debbie Wasserman Schultz",
        ),
        ('Mary Jane Doe spoke. "No," Jane Doe added.', "Jane Doe"),  # a full name already
    ],
)
def test_a_double_surname_is_the_full_name_mentioned_before(paragraph: str, name: str) -> None:
    assert speakers(body(paragraph)) == [name]


def test_a_by_line_with_two_spaces_is_a_byline() -> None:
    """AP's site writes "By  NAME" (two spaces): the headline and byline above its date line."""
    article = parse(
        "AP Logo\nWorld | U.S. | Politics | Sports\n\nRegulators approve the first offshore wind"
        " farm\n\nBy  MARGUERITE OYELARAN-FISCHER\nUpdated 4:37 PM EDT, July 12, 2023\n\n"
        "WASHINGTON (AP) — Regulators approved it."
    )
    assert article.headline == "Regulators approve the first offshore wind farm"
    assert article.byline == "By  MARGUERITE OYELARAN-FISCHER"


def test_a_relative_clause_ends_an_appositive_role() -> None:
    """'X, a scientist at Y who was not involved in the study, said': the role ends before "who"."""
    name, role, _ = one_attribution(
        '"This is careful work," Dr. Nat Brightmore-Osei, a permafrost scientist at the Fairbanks'
        " Polar Institute who was not involved in the study, said in an interview with Axios."
    )
    assert (name, role) == (
        "Nat Brightmore-Osei",
        "a permafrost scientist at the Fairbanks Polar Institute",
    )


def test_a_long_appositive_before_the_verb() -> None:
    """A relative clause of more than 80 characters between the name and "said"."""
    name, role, _ = one_attribution(
        "In an interview with Axios, Dr. Felix Ambrose-Tanaka, who runs the infectious disease"
        " program at Crestmoor Children's Hospital in Denver, said staffing is the bottleneck."
    )
    assert (name, role) == ("Felix Ambrose-Tanaka", "Dr.")


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        ("  • About 40 staffers will be offered jobs, the memo says.", "Mort Ashdown-Fell"),
        ("  • About 40 staffers will be offered jobs, Jane Okafor said.", None),  # a person between
    ],
)
def test_a_pronoun_reaches_past_a_block_that_names_nobody(
    between: str, speaker: str | None
) -> None:
    article = body(
        f'"We gave it a fair shot," Mort Ashdown-Fell wrote in the memo.\n\n{between}\n'
        '  • "Nobody is being shown the door today," he wrote.'
    )
    assert speakers(article)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ('"The sunsets beat anything downtown," one reader wrote.', "one reader"),
        (
            "Germany's chemicals industry association said it would cut output.",
            "Germany's chemicals industry association",
        ),
        ("Prices rose 3% on Monday, traders said.", "traders"),
        ("Barges sailed at a third of capacity, shipping companies said.", "shipping companies"),
        ("Prices rose, state water officials said.", "state water officials"),
    ],
)
def test_unnamed_readers_traders_and_described_groups_speak(paragraph: str, name: str) -> None:
    assert one_attribution(paragraph)[0] == name


def test_a_described_group_is_short_and_plural() -> None:
    """Four lower-case words, or a singular noun, make no group without a determiner."""
    article = body(
        "Prices rose, small family farm investors said. Rents fell, bank economist said."
    )
    assert article.attributions == []


def test_mayor_pro_tem_is_a_role() -> None:
    name, role, _ = one_attribution("Mayor Pro Tem Augustin Rennick-Lowe said the city would wait.")
    assert (name, role) == ("Augustin Rennick-Lowe", "Mayor Pro Tem")


@pytest.mark.parametrize(
    ("credit", "creators"),
    [
        ("Photo courtesy of Kessler & Daughters Bakery", ["Kessler & Daughters Bakery"]),
        ("Photo: Ann Lee & Bo Li/Axios", ["Ann Lee", "Bo Li"]),
    ],
)
def test_an_ampersand_joining_a_one_word_name_is_a_firm(credit: str, creators: list[str]) -> None:
    [caption] = body(f"The lede.\n\nLoaves on a rack.\n{credit}").captions
    assert caption.credit is not None and caption.credit.creators == creators


def test_an_empty_list_of_more_stories_is_furniture() -> None:
    article = body("The lede.\n\nMore Columbus stories\n\nNo stories could be found")
    assert [b.text for b in article.boilerplate] == [
        "More Columbus stories",
        "No stories could be found",
    ]


def test_an_amp_ad_slots_text_is_furniture() -> None:
    """An AMP page's ad slot ("Show an ad over header. AMP" / "I am the second") is no headline."""
    article = parse(
        "Show an ad over header. AMP\n\nI am the second\n\nThe four-day school week spreads\n\n"
        "Illustration: Ann Lee/Axios\n\nMore than 2,100 schools now hold classes four days a week."
    )
    assert article.headline == "The four-day school week spreads"
    assert [b.text for b in article.boilerplate] == [
        "Show an ad over header. AMP",
        "I am the second",
    ]


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        (
            "Bookings rose 12%, according to the booking platform Shorestay.",
            "Shorestay",
            "the booking platform",
        ),
        (
            "Prices fell, per data from the health analytics firm Medistat.",
            "Medistat",
            "the health analytics firm",
        ),
    ],
)
def test_a_description_with_its_article_before_a_name(paragraph: str, name: str, role: str) -> None:
    assert one_attribution(paragraph)[:2] == (name, role)


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (
            "Owner Ben Falkenrath-Osei signed a 10-year lease this month, he told Axios.",
            "Ben Falkenrath-Osei",
        ),
        ("Owner Mary Falk signed a lease, he told Axios.", "he"),  # the given name says otherwise
        ("Jane Doe and John Roe signed a lease, she told Axios.", "she"),  # two people: nobody
    ],
)
def test_a_pronoun_with_no_speaker_names_the_one_person_before_it(
    paragraph: str, name: str
) -> None:
    assert one_attribution(paragraph)[0] == name


def test_a_body_sentence_that_opens_with_a_date_is_no_second_story() -> None:
    article = body("The lede.\n\nJan. 6, 2021 - The day of the riot still matters.")
    assert [d.code for d in article.diagnostics if d.code == "NI308"] == []


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        ("Pro Football Focus said the line was weak.", "Pro Football Focus", None),
        ("Stocks fell as investors said the outlook was weak.", "investors", None),
        ("Some analysts and traders said prices would rise.", "Some analysts and traders", None),
    ],
)
def test_review_cases_of_speakers(paragraph: str, name: str, role: str | None) -> None:
    """ "Pro" is a title only in "Pro Tem"; a subordinate clause opens its own subject."""
    assert one_attribution(paragraph)[:2] == (name, role)


@pytest.mark.parametrize(
    ("credit", "creators", "source"),
    [
        ("Photos: Jane Doe & Ann Lee, Bob & Co/AP", ["Jane Doe", "Ann Lee", "Bob & Co"], None),
        (
            "Illustration: Sara Grillo/Axios. Photos: Jane Doe/Getty Images; Source: State Dept.",
            ["Sara Grillo", "Jane Doe"],
            "State Dept.",
        ),
    ],
)
def test_review_cases_of_credits(credit: str, creators: list[str], source: str | None) -> None:
    """Each "&" decides on its own; a later data source keeps the later photos' creators."""
    [caption] = body(f"The lede.\n\nA map of the region.\n{credit}").captions
    assert caption.credit is not None
    assert (caption.credit.creators, caption.credit.data_source) == (creators, source)


def test_furniture_right_above_the_dateline_is_no_byline() -> None:
    article = parse("Top Stories\nJan 6, 2022 - Politics\nA headline about the things\n\nText.")
    assert article.byline is None
    assert [b.text for b in article.boilerplate] == ["Top Stories"]


def test_a_story_line_like_an_ad_slots_text_stays() -> None:
    """ "I am the second" is furniture under an AMP ad line only."""
    assert [p.text for p in body("The lede.\n\nI am the president\n\nMore.").paragraphs] == [
        "The lede.",
        "I am the president",
        "More.",
    ]


def test_a_rate_before_a_clause_is_no_source() -> None:
    """ "$3,600 per child when ..." is a rate: "when" opens a clause, no source."""
    assert body("The credit paid $3,600 per child when the old version lapsed.").attributions == []


def test_a_wire_pages_headline_above_a_bare_date() -> None:
    """A wire site: skip links, the headline, then a bare date (no category, no byline)."""
    article = parse(
        "  1. Skip to content\n  2. Skip to main menu\n\nParler goes offline after Amazon pulls"
        " the plug\n\nJanuary 11, 2021\n\nThe social network has been under fire for weeks."
    )
    assert (article.headline, article.dateline and article.dateline.text) == (
        "Parler goes offline after Amazon pulls the plug",
        "January 11, 2021",
    )


def test_a_newsletters_skyline_line_above_its_date_is_no_headline() -> None:
    article = parse(
        "Axios Brindlewood\nPicture of the Brindlewood skyline at dusk.\n\nJan 5, 2024\n\nHi."
    )
    assert article.headline != "Picture of the Brindlewood skyline at dusk."
