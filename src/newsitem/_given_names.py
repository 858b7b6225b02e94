"""Given names that tell which of "he" and "she" a person is likely called by.

A pronoun after two speakers ('"...," Jane Doe said. "...," John Roe said. "...," she added')
names the one its gender fits. These lists hold common given names in English-language news,
each read as one gender only when it is borne mostly by people of that gender; names borne by
both ("Jordan", "Alex", "Robin", "Jean", "Lindsey", "Lee") or by people of one gender in one
language and of the other in another ("Andrea", "Simone", "Joan") are in neither, and a name
in neither list tells nothing: the nearest speaker is then taken, as for "they". The lists
are a heuristic for pronoun resolution only; nothing in the output records anyone's gender.
"""

from __future__ import annotations

from typing import Final, Literal

__all__ = ["Gender", "gender_of_name"]

Gender = Literal["feminine", "masculine"]
"""The pronoun a given name most often goes with: "she" or "he"."""

_FEMININE: Final[frozenset[str]] = frozenset(
    """
    abigail ada adaeze adriana adrienne agatha agnes aisha alana alberta alessandra alexandra
    alice alicia alina alison allison alma amanda amara amber amelia amina amy ana anastasia
    angela angelica angelina anita ann anna annabel anne annelise annette annie annika antonia
    april arabella ariana astrid audrey augusta aurelia aurora ava barbara beatrice beatrix
    belinda bella benedetta bernadette bertha beth bethany betty beverly bianca brenda bridget
    brittany brooke camila camille candace carla carmen carol caroline carolyn cassandra
    catalina catherine cecilia celeste celia charlene charlotte chelsea cheryl chloe christina
    christine cindy clara clare claire claudia colleen constance cora cordelia cressida cynthia
    daisy daniela danielle daphne darlene dawn deborah debra delia delphine denise diana diane
    dolores donna dora doris dorothy edith eileen elaine eleanor elena eliza elizabeth ella
    ellen eloise elsa emilia emily emma erica erin esmeralda esperanza estelle esther eugenia
    eva evangeline eve fatima felicia felicity fiona flora florence frances francesca freya
    gabriela gabriella gabrielle gail genevieve georgia georgina geraldine gertrude gillian gina
    ginger giovanna giselle gladys gloria grace greta gretchen gwendolyn hailey hannah harriet
    hazel heather heidi helen helena henrietta hillary holly hope imelda imogen ingrid irene
    iris isabel isabella isabelle ivy jacqueline jane janet janice jasmine jeanne jeannette
    jennifer jenny jessica jill joanna joanne josephine joy joyce judith judy julia juliana
    julie juliet june justine karen karina katherine kathleen kathryn kathy katie katrina kayla
    keisha kimberly kristen kristin kristina laura lauren lavinia leah leila lena leonora
    lillian lily linda lisa lois lorena lorraine louisa louise lucia lucinda lucy lydia mabel
    madeline madison magdalena maggie malia marcia margaret margarita margot maria mariana
    marianne marie marilyn marina marisol marjorie marlene martha mary matilda maureen maxine
    megan melanie melinda melissa mia michelle mildred millicent minerva miranda miriam molly
    monica monique muriel nadia nancy naomi natalia natalie natasha nell nicole nina nora norma
    octavia olga olive olivia ophelia ottavia paige pamela patricia paula pauline pearl penelope
    penny petra philippa phoebe phyllis polly priscilla priya rachel ramona rebecca regina renee
    rhonda rita roberta rosa rosalind rosamund rose rosemary rosie roxanne ruby ruth sabrina
    sally samantha sandra sara sarah savannah serena sharon sheila shirley sienna sofia sonia
    sophia sophie stella stephanie susan suzanne sylvia tabitha tamara tanya tatiana teresa
    theodora theresa tiffany tina valentina valerie vanessa vera veronica victoria violet
    virginia vivienne wanda wendy whitney wilhelmina willa winifred yasmin yolanda yvonne zoe
    zoey
    """.split()  # noqa: SIM905 (a long word list reads best as text)
)
"""Given names read as "she"."""

_MASCULINE: Final[frozenset[str]] = frozenset(
    """
    aaron abdul abraham adam adrian ahmed alan albert alberto alejandro alexander alfred alfredo
    allen alonzo alvin ambrose amir anders andre andrew andy angelo anthony antonio archibald
    arnold arthur august augustus barry bartholomew ben benedict benjamin bernard bertrand bill
    billy bob bobby boris brad bradley brandon brendan brent brett brian bruce bryan byron
    calvin carl carlos cecil cedric charles chester christopher clarence clayton clifford clint
    clyde colin conrad cornelius craig curtis cyrus damian damon dan daniel darnell darren
    darryl dave david dean dennis derek desmond diego dmitri dominic don donald douglas dragomir
    duncan dustin dwayne dwight earl eddie edgar edmund eduardo edward edwin elias elijah
    elliott elmer emilio emmanuel enrique eric ernest ernesto ethan eugene evan everett ezekiel
    felix fernando floyd francis francisco frank franklin fred frederick gabriel garrett gary
    gavin geoffrey george gerald gilbert gordon graham grant gregory gustav gustavo guy harold
    harrison harry harvey hector henry herbert herman horace horatio howard hugh hugo ian
    ignatius isaac ivan jack jacob jake james jared jason jasper javier jeffrey jeremiah jeremy
    jerome jerry jesse jesus jim jimmy joe joel john johnny jonathan jorge jose joseph joshua
    juan julian julius justin karl keith kenneth kevin kirk kurt kyle lamar lance larry lawrence
    leo leon leonard leopold leroy lester lewis lionel lloyd lorenzo louis lucas lucius luis
    luke malcolm manuel marcus mario mark marshall martin marvin matthew maurice max maximilian
    melvin michael miguel mike miles milton mitchell mohammed mortimer muhammad nathan nathaniel
    neil nelson nicholas nigel noah norman oliver omar oscar otto owen pablo patrick paul pedro
    percy peter philip phillip pierre rafael ralph ramon randall randy raul ray raymond reginald
    rex ricardo richard rick ricky robert roberto rodney roger roland ronald roy rudolph russell
    ryan salvador samuel scott sean sebastian sergei sergio seth shane shawn simon stanley
    stefan stephen steve steven stuart terrence thaddeus theodore thomas timothy tobias todd tom
    tommy tony travis trevor tyler ulysses victor vincent vladimir walter warren wayne wesley
    wilbur willard william willie wilson winston xavier zachary
    """.split()  # noqa: SIM905 (a long word list reads best as text)
)
"""Given names read as "he"."""


def gender_of_name(name: str) -> Gender | None:
    """The pronoun a person's full name most likely goes with, from its first word; else None.

    >>> gender_of_name("Jane Doe"), gender_of_name("John Roe"), gender_of_name("Jordan Poe")
    ('feminine', 'masculine', None)
    """
    first = name.split(maxsplit=1)[0].lower() if " " in name.strip() else ""
    if first in _FEMININE:
        return "feminine"
    return "masculine" if first in _MASCULINE else None
