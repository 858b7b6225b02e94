"""What the exporters share (``newsitem.export._common``): who the sources are, and bylines.

The names here are made up; the ``entity_kind`` tests show one rule each, in the order the
rules are tried.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from newsitem import Article, Dateline, Span, parse
from newsitem.export._common import (
    Byline,
    bare_credit,
    entity_kind,
    join_names,
    read_byline,
    sources,
)


def test_a_role_makes_a_person() -> None:
    assert entity_kind("Harlow Brandt", role="analyst", cues={"per"}) == "person"
    assert entity_kind("Meridian International", role="spokesperson") == "person"


def test_the_makes_an_organisation() -> None:
    assert entity_kind("The Daily Lantern") == "organisation"
    # The parser resolves "the Tidewater Red Cross" to a name without its "the".
    assert entity_kind("Tidewater Blue", written=["the Tidewater Blue"]) == "organisation"
    assert entity_kind("Tidewater Blue", written=["Tidewater Blue"], cues={"said"}) == "person"


def test_a_given_name_and_a_surname_is_a_person_whatever_the_surname() -> None:
    # "Bank", "Post", "Court" and "Fund" are organisation words, and surnames too.
    assert entity_kind("Eleanor Bank", cues={"said"}) == "person"
    assert entity_kind("Victor Post") == "person"
    assert entity_kind("Miriam Court", cues={"per"}) == "person"
    assert entity_kind("Jennifer A. Fund") == "person"  # an initial does not count
    # Three words are no longer a given name and a surname: the organisation word decides.
    assert entity_kind("Eleanor Bank Group") == "organisation"


@pytest.mark.parametrize("name", ["Howard University", "Victoria Police", "Chelsea FC"])
def test_an_institution_ending_beats_a_given_name(name: str) -> None:
    assert entity_kind(name) == "organisation"


def test_an_organisation_word_anywhere() -> None:
    assert entity_kind("Interior Ministry") == "organisation"
    assert entity_kind("Harbor Institute Fellows", cues={"said"}) == "organisation"
    assert entity_kind("Okafor Holdings Ltd.", cues={"told"}) == "organisation"


def test_a_head_noun_only_at_the_end_or_before_of_or_for() -> None:
    assert entity_kind("Coastal Rights Watch", cues={"said"}) == "organisation"
    assert entity_kind("Meridian International", cues={"said"}) == "organisation"
    assert entity_kind("Tidewater Red Cross") == "organisation"
    assert entity_kind("Harlow Capital", cues={"told"}) == "organisation"
    assert entity_kind("House of Delegates", cues={"said"}) == "organisation"
    assert entity_kind("Research for Coastal Towns", cues={"said"}) == "organisation"
    # Elsewhere the same words are part of a person's name.
    assert entity_kind("Watch Okafor", cues={"said"}) == "person"
    assert entity_kind("Linus Cross-Varga", cues={"said"}) == "person"


def test_capitals_make_an_organisation_but_initials_do_not() -> None:
    assert entity_kind("AP") == "organisation"
    assert entity_kind("NWS Lakeshore", cues={"said"}) == "organisation"
    assert entity_kind("U.S.", cues={"said"}) == "organisation"
    assert entity_kind("J.R. Okafor", cues={"said"}) == "person"
    assert entity_kind("Tamsin Q. Okafor", cues={"said"}) == "person"


def test_a_known_given_name_opens_a_persons_name() -> None:
    assert entity_kind("Ana María Varga", cues={"per"}) == "person"
    assert entity_kind("Ilse Varga", cues={"per"}) == "organisation"  # "Ilse": not in the table


def test_one_word_is_an_organisation_unless_it_speaks() -> None:
    assert entity_kind("Lanternfish") == "organisation"
    assert entity_kind("Lanternfish", cues={"reports"}) == "organisation"
    assert entity_kind("Okafor", cues={"added"}) == "person"


def test_a_proper_name_only_cited_is_an_organisation() -> None:
    assert entity_kind("Harlow Brandt", cues={"per"}) == "organisation"
    assert entity_kind("Harlow Brandt", cues={"according to", "via"}) == "organisation"
    # Heard once is enough to be a person; no cue at all (a photo credit) says nothing.
    assert entity_kind("Harlow Brandt", cues={"per", "told"}) == "person"
    assert entity_kind("Harlow Brandt") == "person"
    # A description in lower case is no name: left as it was.
    assert entity_kind("people close to the talks", cues={"according to"}) == "person"


FLOOD = """Mar 3, 2023 - World

Flood relief stalls in the river delta

Relief trucks were held at the border for a third day, according to the Tidewater Red Cross.

Why it matters: Insurers expect losses of $2 billion, per Harlow Brandt.

  • "The camps are overcrowded," Coastal Rights Watch said.
  • Meridian International said its boats had reached two villages.
  • Rates held, per the Bank of Meridia.
  • "We waited all week," Eleanor Bank said.
  • The levee held, according to relief coordinator Ilse Varga.
  • Claims will double, per Ottilie Marsh.
  • "Claims always lag the water," Marsh told Axios.
"""


def test_sources_are_typed_on_everything_the_article_says() -> None:
    article = parse(FLOOD)
    assert article.diagnostics == []
    found = {source.name: source for source in sources(article)}
    assert {name: source.kind for name, source in found.items()} == {
        "Tidewater Red Cross": "organisation",
        "Harlow Brandt": "organisation",
        "Coastal Rights Watch": "organisation",
        "Meridian International": "organisation",
        "Bank of Meridia": "organisation",
        "Eleanor Bank": "person",
        "Ilse Varga": "person",
        "Ottilie Marsh": "person",  # cited "per", then heard: "Marsh told Axios"
    }
    assert found["Ottilie Marsh"].cues == {"per", "told"}
    assert found["Ottilie Marsh"].written == ["Ottilie Marsh", "Marsh"]
    assert found["Tidewater Red Cross"].written == ["the Tidewater Red Cross"]


# Bylines --------------------------------------------------------------------------------------


def byline(text: str | None, dateline_byline: str | None = None) -> Byline | None:
    dateline = None
    if dateline_byline is not None:
        dateline = Dateline(
            text=f"{dateline_byline} Mar 3, 2023",
            date=None,
            category=None,
            byline=dateline_byline,
            span=Span(start=0, end=0),
        )
    return read_byline(Article(byline=text, dateline=dateline))


def test_bare_credit_drops_the_by_once() -> None:
    assert bare_credit("By Rosalind Achebe and Tomas Varga") == "Rosalind Achebe and Tomas Varga"
    assert bare_credit("BY ROSALIND ACHEBE") == "ROSALIND ACHEBE"
    assert bare_credit("By  Rosalind   Achebe ") == "Rosalind Achebe"
    assert bare_credit("By: Rosalind Achebe") == "Rosalind Achebe"
    assert bare_credit("Story by Rosalind Achebe") == "Rosalind Achebe"
    assert bare_credit("by\tRosalind Achebe") == "Rosalind Achebe"
    assert bare_credit("By By Rosalind Achebe") == "By Rosalind Achebe"  # once: the rest is text
    assert bare_credit("By") == bare_credit("  ") == ""


def test_bare_credit_keeps_names_that_start_with_by() -> None:
    assert bare_credit("Byron Achebe") == "Byron Achebe"
    assert bare_credit("Bylsma Varga, Axios") == "Bylsma Varga, Axios"
    assert bare_credit("Rosalind Achebe") == "Rosalind Achebe"


def test_read_byline_splits_names() -> None:
    assert byline("By Rosalind Achebe and Tomas Varga") == Byline(
        "Rosalind Achebe and Tomas Varga", ("Rosalind Achebe", "Tomas Varga"), ()
    )
    assert byline("By Rosalind Achebe, Tomas Varga and Ilse Okafor") == Byline(
        "Rosalind Achebe, Tomas Varga and Ilse Okafor",
        ("Rosalind Achebe", "Tomas Varga", "Ilse Okafor"),
        (),
    )
    found = byline("By Rosalind Achebe, Tomas Varga, and Ilse Okafor")  # an Oxford comma
    assert found is not None
    assert found.people == ("Rosalind Achebe", "Tomas Varga", "Ilse Okafor")
    found = byline("BY ROSALIND ACHEBE AND TOMAS VARGA")
    assert found is not None
    assert found.people == ("ROSALIND ACHEBE", "TOMAS VARGA")  # as written, not acronyms
    found = byline("By Rosalind Achebe & Tomas Varga")
    assert found is not None
    assert found.people == ("Rosalind Achebe", "Tomas Varga")


def test_read_byline_sets_outlets_apart() -> None:
    assert byline("By Rosalind Achebe, Axios") == Byline(
        "Rosalind Achebe, Axios", ("Rosalind Achebe",), ("Axios",)
    )
    assert byline("By ROSALIND ACHEBE, TOMAS VARGA | The Daily Lantern") == Byline(
        "ROSALIND ACHEBE, TOMAS VARGA | The Daily Lantern",
        ("ROSALIND ACHEBE", "TOMAS VARGA"),
        ("The Daily Lantern",),
    )
    assert byline("By Lantern Press") == Byline("Lantern Press", (), ("Lantern Press",))
    assert byline("Reuters") == Byline("Reuters", (), ("Reuters",))


def test_read_byline_leaves_out_descriptions_degrees_and_asides() -> None:
    found = byline("Rosalind Achebe, editor of Lantern Weekly")
    assert found is not None
    assert (found.credit, found.people, found.organisations) == (
        "Rosalind Achebe, editor of Lantern Weekly",
        ("Rosalind Achebe",),
        (),
    )
    found = byline("Tomas Varga (@tvarga)")
    assert found is not None
    assert found.people == ("Tomas Varga",)
    found = byline("By Tomas Varga, Jr., and Rosalind Achebe, MD")
    assert found is not None
    assert found.people == ("Tomas Varga, Jr.", "Rosalind Achebe")
    assert found.organisations == ()


def test_read_byline_falls_back_on_the_datelines() -> None:
    assert byline(None, "Rosalind Achebe") == Byline("Rosalind Achebe", ("Rosalind Achebe",), ())
    found = byline("By Tomas Varga", "Rosalind Achebe")
    assert found is not None
    assert found.credit == "Tomas Varga"  # the one under the headline first
    assert byline(None) is None
    assert byline("By ") is None
    assert byline("") is None


NAME = st.from_regex(r"[A-Z][a-z]{1,8} [A-Z][a-z]{1,10}", fullmatch=True)


@given(st.text())
def test_bare_credit_is_total_and_one_line(text: str) -> None:
    credit = bare_credit(text)
    assert credit == credit.strip()
    assert "\n" not in credit and "  " not in credit
    assert credit in " ".join(text.split())


@given(st.sampled_from(["By ", "BY ", "By  ", "by: ", "Story by "]), st.lists(NAME, min_size=1))
def test_every_name_of_a_byline_is_read(by: str, names: list[str]) -> None:
    names = [name for name in names if not name.lower().startswith("by")]
    assume(names)
    text = join_names(names)
    found = byline(by + text)
    assert found is not None
    assert found.credit == text
    # ("Xy Co" is an outlet: which names are people is not the point here.)
    assert sorted([*found.people, *found.organisations]) == sorted(names)


@given(st.text())
def test_read_byline_is_total(text: str) -> None:
    found = byline(text)
    if found is not None:
        assert found.credit == bare_credit(text)
        for name in [*found.people, *found.organisations]:
            assert all(word in found.credit for word in name.replace(",", " ").split())
