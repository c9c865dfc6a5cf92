"""How a list recall item names its list (issue 14, generator 28). Blind raters kept "Name the N X …" prompts that
say what the list is of, who has it or when it holds (8 of 9 on held-out texts) and marked to fix most of those that
name it only by a bare noun under a heading or paste the lead-in (12 of 70): so the prompt says what the lead-in says
of the list. Also what TeX math, read as its symbols, may not be asked."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import generate_items_from

_THREE = "- Flour and water\n- A pinch of salt\n- Fresh yeast\n"


def _named(tmp_path: Path, lead: str, heading: str = "Baking at home") -> list[str]:
    items = generate_items_from(tmp_path, f"# Bread\n\n## {heading}\n\n{lead}\n\n{_THREE}")
    return [it.prompt for it in items if it.kind == "list"]


def test_a_list_is_named_by_what_has_it_or_takes_it(tmp_path: Path) -> None:
    assert _named(tmp_path, "A plain loaf can take three ingredients:") == [
        "Name the three ingredients a plain loaf can take."
    ]
    assert _named(tmp_path, "While cheap, plain loaves have a few ingredients:") == [
        "Name the three ingredients plain loaves have."  # the clause after the comma holds the list
    ]
    assert _named(tmp_path, "The bakers of the town typically use these three ingredients:") == [
        "Name the three ingredients the bakers of the town typically use."  # a plural subject's verb
    ]
    assert _named(tmp_path, "The guild provides three ingredients for making a sourdough starter:") == [
        "Name the three ingredients the guild provides for making a sourdough starter."
    ]
    assert _named(
        tmp_path, "You can use the following ingredients to make a soft loaf without kneading the dough:"
    ) == [
        "Name the three ingredients you can use to make a soft loaf without kneading the dough."  # "you": the learner
    ]
    assert _named(tmp_path, "A plain loaf has the following key ingredients:") == [
        "Name the three key ingredients a plain loaf has."  # the noun phrase "the following" announces, whole
    ]


def test_a_list_that_there_are_so_many_of_is_named_by_what_the_lead_in_says_of_it(tmp_path: Path) -> None:
    assert _named(tmp_path, "There are usually three ingredients that every loaf needs:") == [
        "Name the three ingredients that every loaf needs."
    ]
    assert _named(tmp_path, "When a loaf is baked without an oven, there are three ingredients that matter most:") == [
        "Name the three ingredients that matter most when a loaf is baked without an oven."
    ]
    assert _named(tmp_path, "The following are the basic ingredients of a plain loaf:") == [
        "Name the three basic ingredients of a plain loaf."
    ]
    assert _named(tmp_path, "The other three ingredients of a plain loaf are:") == [
        "Name the three ingredients of a plain loaf."  # not "… of a plain loaf are."
    ]


def test_a_clause_that_does_not_hold_the_list_or_points_elsewhere_does_not_name_it(tmp_path: Path) -> None:
    named = _named(tmp_path, "A loaf rises when a baker meets all of these three baking conditions:")
    assert named and "rises when" not in named[0]  # the list is the conditions', not the loaf's
    assert not any("this point" in p for p in _named(tmp_path, "There are three ingredients you need at this point:"))


def test_a_heading_that_is_a_thing_to_do_or_whose_head_is_singular_names_no_list(tmp_path: Path) -> None:
    for heading in ("Building our own sourdough starters", "Dealing with failed loaves", "A talk among bakers"):
        assert _named(tmp_path, "Here is what we found:", heading=heading) == [], heading
    assert _named(tmp_path, "Here is what we found:", heading="Tips for sourdough starters") == [
        "Name the three tips for sourdough starters the text lists."
    ]


def test_a_symbol_of_a_formula_is_no_subject_to_define(tmp_path: Path) -> None:
    def asked(body: str) -> list[str]:
        return [it.prompt for it in generate_items_from(tmp_path, f"# Growth\n\n## Capital\n\n{body}\n")]

    assert asked("$w_n$ is the wealth of the richest member of the population.") == []
    assert asked("Here $g$ is the wealth of the richest member of the population.") == []
    assert asked("The Gini coefficient is a measure of how unequally the wealth of a population is spread.") != []
    assert asked("The parameter $\\alpha$ is called the tail index of the wealth distribution.") == [
        "Fill in the term: “The parameter α is called the _____ of the wealth distribution.”"
    ]  # the name is asked, not what the symbol stands for
    let = "Let\n\n* $g$ be the deficit that is financed by printing money at each date\n* $p$ be the price level\n"
    assert [p for p in asked(let) if not p.startswith("Name")] == []  # "g be …" is what "Let" makes a symbol


def test_exercises_and_a_figures_panels_are_no_list_to_recall_and_an_acronym_keeps_its_capitals(
    tmp_path: Path,
) -> None:
    assert _named(tmp_path, "Here are the exercises:", heading="Exercises") == []
    assert _named(tmp_path, "Try the following exercises:") == []
    assert _named(tmp_path, "The bottom three panels plot the ingredients under three ways of baking:") == []
    assert _named(tmp_path, "There are three major DSTs exposed by the language:") == [
        "Name the three major DSTs exposed by the language."
    ]


def test_an_element_that_only_says_the_list_goes_on_is_not_one_of_it(tmp_path: Path) -> None:
    lead = "A plain loaf can take these ingredients:"
    for more in ("etc., etc.", "and so on", "…"):
        text = f"# Bread\n\n## Baking at home\n\n{lead}\n\n- Flour and water\n- Fresh yeast\n- {more}\n"
        lists = [it for it in generate_items_from(tmp_path, text) if it.kind == "list"]
        assert [(it.prompt, it.elements) for it in lists] == [
            ("Name the two ingredients a plain loaf can take.", ("Flour and water", "Fresh yeast"))
        ], more


def test_a_lead_in_that_points_outside_itself_is_not_quoted(tmp_path: Path) -> None:
    named = _named(tmp_path, "There are three home advantages to use it:", heading="Sourdough at home")
    assert named == ["Name the three home advantages the text lists under “Sourdough at home”."]
    whole = _named(tmp_path, "There are three advantages to baking bread in a home oven:", heading="Sourdough at home")
    assert whole == ["Name the three advantages to baking bread in a home oven."]


def test_a_list_of_bold_terms_with_code_examples_under_them_is_named_by_its_stages(tmp_path: Path) -> None:
    text = """# Compilers

## Stages

In classic compiler theory, a program is processed by a compiler in three basic stages:

1. **Tokenizing:** breaking up a string of characters into chunks, called tokens. For instance, take `var a = 2;`.
2. **Parsing:** taking a stream of tokens and turning it into a tree. Its first node names `a`, the variable.
3. **Code Generation:** taking a tree and turning it into executable code. The engine turns `var a = 2;` into code.
"""
    items = [it for it in generate_items_from(tmp_path, text) if it.kind == "list"]
    assert [(it.prompt, it.answer) for it in items] == [
        (
            "Name the three basic stages in which a program is processed by a compiler.",
            "Tokenizing; Parsing; Code Generation",
        )
    ]


def test_a_list_named_only_as_examples_or_things_is_not_asked(tmp_path: Path) -> None:
    assert _named(tmp_path, "A few examples of how this model can be used are:", heading="Linking") == []
    assert _named(tmp_path, "Three data recipes of how this model can be used are:", heading="Linking") != []


def test_a_heading_that_names_the_list_as_its_lead_in_ends_names_it_when_nothing_else_does(tmp_path: Path) -> None:
    lead = "The recipe calls for three plain, cheap (store-bought) bread ingredients:"
    assert _named(tmp_path, lead, heading="Bread Ingredients") == ["Name the three bread ingredients the text lists."]


def test_an_elements_enumerator_and_a_headings_are_no_part_of_the_item(tmp_path: Path) -> None:
    text = """# Orchard

## (2) The Harvest

{lead}

* (a): Apples grown on the northern slopes.
* (b): Pears grown in the southern valley.
"""
    items = generate_items_from(tmp_path, text.format(lead="The farm sells two fruits:"))
    assert [it.answer for it in items] == ["Apples grown on the northern slopes; Pears grown in the southern valley"]
    items = generate_items_from(tmp_path, text.format(lead="Two orchard fruits:"))
    assert [it.prompt for it in items] == ["Name the two orchard fruits the text lists under “The Harvest”."]
