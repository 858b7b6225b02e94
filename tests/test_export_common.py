"""What the exporters share (``newsitem.export._common``): who the sources are.

The names here are made up; each test shows one rule of ``entity_kind`` in the order the rules
are tried.
"""

from __future__ import annotations

from newsitem import parse
from newsitem.export._common import entity_kind, sources


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
