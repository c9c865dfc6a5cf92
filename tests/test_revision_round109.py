"""What round 109's blind raters marked to fix or discard on fresh held-out texts (issue 14). Every text here is
written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER
from tests.test_revision_key_terms import prompts_under as _prompts
from tests.test_revision_key_terms import said_under as _said


def test_an_element_whose_clause_holds_a_condition_is_named_by_its_main_clause(tmp_path: Path) -> None:
    body = (
        "Keep these two packing rules in mind when packing a crate:\n\n"
        "- Heavy goods go at the bottom.\n"
        "- Each crate holds a single kind of cargo, even if that leaves some of the crate empty for the voyage.\n"
    )
    (listed,) = _said(tmp_path, body)
    assert listed.endswith("| Heavy goods go at the bottom | Each crate holds a single kind of cargo"), listed


def test_an_element_is_not_named_by_words_running_up_to_a_later_verb(tmp_path: Path) -> None:
    body = (
        "To move a crate, you only need to update two records:\n\n"
        "- The record of the old dock should drop the crate from its list of goods today.\n"
        "- The updated version of the harbour ledger should include the new position of the crate on the quay.\n"
    )
    assert not any(s.startswith("Name") for s in _said(tmp_path, body))  # not "… harbour ledger should"


def test_a_question_as_an_element_ends_at_its_question_mark(tmp_path: Path) -> None:
    body = (
        "Here are some questions you can ask about your seed beds:\n\n"
        "- Does this bed get enough sun?\n"
        "- Is the same soil used in another bed already?\n"
        "- Can you get the same yield from a smaller bed? drainage and shade matter here as much as the soil does.\n"
    )
    (listed,) = _said(tmp_path, body)
    assert listed.startswith("Name the three questions you can ask about your seed beds. =>"), listed
    assert listed.endswith("| Can you get the same yield from a smaller bed?"), listed


def test_a_list_a_lead_in_says_you_have_is_named_by_what_you_do_with_it(tmp_path: Path) -> None:
    items = "- Water the roots early\n- Mulch the beds in spring\n- Prune the dead wood\n"
    (ways,) = _said(tmp_path, f"There are a few ways you might respond to a dry summer:\n\n{items}")
    assert ways.startswith("Name the three ways you might respond to a dry summer. =>"), ways
    (when,) = _said(tmp_path, f"When you plant a hedge, there are a few rules you should be following:\n\n{items}")
    assert when.startswith("Name the three rules you should be following when you plant a hedge. =>"), when
    them = _said(tmp_path, f"Here's a few ways you can compare them at the garden market:\n\n{items}")
    assert not any(s.startswith("Name the three ways you can compare them") for s in them)


def test_the_following_things_that_act_name_their_list_by_the_act(tmp_path: Path) -> None:
    items = "- the tide table\n- the harbour chart\n"
    (listed,) = _said(tmp_path, f"The following documents need to be kept on the bridge:\n\n{items}")
    assert listed.startswith("Name the two documents that need to be kept on the bridge. =>"), listed


def test_what_you_will_do_in_a_number_of_ways_names_them(tmp_path: Path) -> None:
    items = "- To carry cargo without a second crew\n- To sail in specific cases most captains won’t need\n"
    (listed,) = _said(tmp_path, f"You’ll use the spare hull in two main ways:\n\n{items}")
    assert listed.startswith("Name the two main ways in which you’ll use the spare hull. =>"), listed


def test_a_verb_after_its_pronoun_names_no_list(tmp_path: Path) -> None:
    items = "- A full hold\n- A signed manifest\n"
    assert _said(tmp_path, f"The loading ends when the crane stops. And it returns:\n\n{items}", "Step 3: Load") == []


def test_elements_that_call_code_make_no_list(tmp_path: Path) -> None:
    calls = (
        "What you are left with are three event handlers:\n\n"
        "- handleAddCrate(crate) is called when the clerk presses Add.\n"
        "- handleMoveCrate(crate) is called when the clerk drags a crate.\n"
        "- handleDropCrate(id) is called when the clerk presses Drop.\n"
    )
    assert not any(s.startswith("Name") for s in _said(tmp_path, calls))
    words = calls.replace("handleAddCrate(crate)", "Adding").replace("handleMoveCrate(crate)", "Moving")
    words = words.replace("handleDropCrate(id)", "Dropping")
    assert any(s.startswith("Name") for s in _said(tmp_path, words))


def test_a_heading_that_is_a_doing_names_no_list(tmp_path: Path) -> None:
    body = (
        "- The red buoy marks the port side of the channel.\n"
        "- The green buoy marks the starboard side of the channel.\n"
    )
    assert not any(s.startswith("Name") for s in _said(tmp_path, body, "Passing harbour buoys at night"))
    assert any(s.startswith("Name the two harbour buoys") for s in _said(tmp_path, body, "Harbour buoys"))


def test_guidance_a_heading_names_is_asked_by_that_name(tmp_path: Path) -> None:
    body = "- Group related plants.\n- Avoid crowded beds.\n- Avoid wet corners.\n"
    (listed,) = _said(tmp_path, body, "Principles for planning a garden")
    assert listed.startswith("Name the three principles for planning a garden. =>"), listed


def test_a_list_after_a_page_tag_is_not_led_by_the_paragraph_before_it(tmp_path: Path) -> None:
    items = "- Tides rise twice a day.\n- Currents follow the coast.\n- Winds turn in the evening.\n"
    lead = "In general, if a boat must cross the bay, the tide tables will help you."
    assert not any(s.startswith("Name") for s in _said(tmp_path, f"{lead}\n\n<Recap>\n\n{items}\n</Recap>", "Tides"))
    assert any(s.startswith("Name") for s in _said(tmp_path, f"Three things shape a crossing:\n\n{items}", "Tides"))


def test_a_word_written_in_lower_case_only_as_code_keeps_its_capital(tmp_path: Path) -> None:
    body = (
        "The first step is to install a planting tool like `seedr`. "
        "Seedr is a planting tool that aims to provide a faster and leaner start for modern vegetable gardens."
    )
    assert "What is Seedr?" in _prompts(tmp_path, body)
    written = body.replace("`seedr`", "seedr")  # the prose writes it in lower case
    assert "What is seedr?" in _prompts(tmp_path, written)


def test_where_a_word_comes_from_or_how_easy_a_doing_is_defines_neither(tmp_path: Path) -> None:
    origin = "Lugsail is a term that originates from the Breton fishing fleets of the last century."
    assert not any(p.lower().startswith("what is lugsail") for p in _prompts(tmp_path, origin))
    easy = "Planting from seed is an easy way to get started with vegetable gardening at home."
    assert not any(p.lower().startswith("what is planting") for p in _prompts(tmp_path, easy))
    plain = "Lugsail is a rig that hangs a four-sided sail from a spar on the mast of small fishing boats."
    assert any(p.lower().startswith("what is lugsail") for p in _prompts(tmp_path, plain))


def test_a_definition_stops_before_another_subjects_clause(tmp_path: Path) -> None:
    every = "Harbourside is a framework built using Lua and every piece of code in it is Lua."
    assert "What is Harbourside? => a framework built using Lua" in _said(tmp_path, f"{every} {OTHER}")


def test_what_a_thing_is_the_default_of_is_asked_the_other_way_round(tmp_path: Path) -> None:
    body = "SPAs are the default architecture for most garden planners. The spas in town are warm."  # no name
    said = _said(tmp_path, f"{body} {OTHER}")
    assert "What is the default architecture for most garden planners? => SPAs" in said, said


def test_a_condition_keeps_its_second_verb(tmp_path: Path) -> None:
    body = (
        "We recommend using a raised bed if you often lose seedlings to slugs in some corner, and want to bring "
        "more order to its planting."
    )
    said = _said(tmp_path, f"{body} {OTHER}")
    assert any(s.endswith("in some corner, and want to bring more order to its planting") for s in said), said


def test_another_name_stops_before_a_clause_a_free_relative_opens(tmp_path: Path) -> None:
    body = (
        "The Old Harbour is also known as the Western Fishing Basin, and what some guides call the New Harbour is "
        "also known as the Eastern Basin."
    )
    assert _said(tmp_path, f"{body} {OTHER}") == ["What else is the Old Harbour called? => the Western Fishing Basin"]


def test_a_term_dashed_from_its_gloss_is_no_subject(tmp_path: Path) -> None:
    body = (
        "- `harbour.findBerth(ship)` - returns a reference to the first match of *ship*.\n"
        '- `harbour.findBerths(ships)` - returns a "BerthList" containing references to all of the matches of the '
        "*ships*.\n"
    )
    assert not any(" - " in s for s in _said(tmp_path, body, "Berth finders"))


def test_a_drawback_that_a_thing_has_is_asked_of_the_thing(tmp_path: Path) -> None:
    body = (
        "The main drawback of a houseboat is that it can be cold, because you're essentially heating a boat and a "
        "house at the same time."
    )
    assert _prompts(tmp_path, body) == ["Why can a houseboat be cold?"]


def test_what_each_thing_is_is_asked_of_one(tmp_path: Path) -> None:
    body = "Each Harbour component is a Lua function that may contain some markup that Harbour renders into the page."
    assert _prompts(tmp_path, body) == ["What is a Harbour component?"]


def test_what_has_the_following_n_things_or_several_such_things_names_them(tmp_path: Path) -> None:
    items = "- Reset gates let water out quickly.\n- Update gates let water in slowly.\n"
    (two,) = _said(tmp_path, f"In summary, river locks have the following two distinguishing features:\n\n{items}")
    assert two.startswith("Name the two distinguishing features river locks have. =>"), two
    (several,) = _said(tmp_path, f"The tide table has several useful properties:\n\n{items}")
    assert several.startswith("Name the two properties the tide table has. =>"), several


def test_an_answer_leaves_the_claims_also(tmp_path: Path) -> None:
    body = "Readers of harbour charts require an instance of the tide table on the bridge also."
    assert _said(tmp_path, f"{body} {OTHER}") == [
        "What do readers of harbour charts require? => an instance of the tide table on the bridge"
    ]


def test_a_method_that_is_called_is_not_a_name(tmp_path: Path) -> None:
    body = (
        "In order to register a berth, once a connection is established, the docking method is called which should "
        "set up the mooring."
    )
    assert not any("called?" in s for s in _said(tmp_path, f"{body} {OTHER}"))


def test_what_a_formulas_symbols_stand_for_is_no_reason(tmp_path: Path) -> None:
    body = (
        "The gradient is the product of the two factors.\n\n"
        "where 𝐀∈ℝ^(n × m) is a matrix that contains the derivative of vector 𝐮 with respect to vector 𝐱. "
        "Thus, evaluating the gradient requires computing a vector–matrix product."
    )
    assert not any(s.startswith("Why") for s in _said(tmp_path, f"{body} {OTHER}", "Chain Rule"))
    stated = body.replace("where 𝐀∈ℝ^(n × m) is", "The matrix 𝐀∈ℝ^(n × m) is")
    assert any(s.startswith("Why") for s in _said(tmp_path, f"{stated} {OTHER}", "Chain Rule"))


def test_a_list_named_by_a_clause_that_points_elsewhere_is_not_named_by_it(tmp_path: Path) -> None:
    items = "- Connect the hoist to the power line\n- Set the timers for the shift\n- Add the safety listeners\n"
    lead = "The crane method runs once the crane is ready.\n\nCommon tasks that are done in {} are:\n\n"
    said = _said(tmp_path, lead.format("this method") + items, "Cranes")
    assert not any("this method" in s for s in said), said
    named = _said(tmp_path, lead.format("the crane method") + items, "Cranes")
    assert any(s.startswith("Name the three tasks that are done in the crane method.") for s in named), named


def test_exercises_and_their_solutions_are_not_asked(tmp_path: Path) -> None:
    said = "The harbour crane lifts containers because its arm carries a counterweight on the far side."
    for heading in ("Solution", "Solutions", "Exercises", "Exercise 7.9", "Exercise 3"):  # numbered, as a book does
        assert _prompts(tmp_path, said, heading) == [], heading
    assert _prompts(tmp_path, said, "Cranes") != []
    assert _prompts(tmp_path, said, "Exercise machines") != []  # a heading about exercise, not one to do


def test_what_a_name_stands_for_defines_nothing(tmp_path: Path) -> None:
    short = "'hoist' is a contraction of 'harbour/over/into/stack/transfer', a common sequence of crane moves."
    assert not any(p.lower().startswith("what is 'hoist'") for p in _prompts(tmp_path, short))


def test_drawbacks_of_nothing_named_are_not_asked(tmp_path: Path) -> None:
    body = "The main drawbacks are the cost of running the harbour ferry and the age of its two engines."
    assert not any("drawbacks" in p for p in _prompts(tmp_path, body))


def test_a_list_of_ones_said_before_is_not_named_by_them(tmp_path: Path) -> None:
    items = "- wooden crates\n- steel drums\n- canvas sacks\n"
    said = _said(tmp_path, f"Ships carry many kinds of cargo. Three common ones are:\n\n{items}", "Kinds of cargo")
    assert not any("common ones" in s for s in said), said


def test_elements_that_finish_the_lead_ins_sentence_are_no_names(tmp_path: Path) -> None:
    items = "- can include letters, digits, and underscores\n- cannot start with a digit\n- are case sensitive\n"
    assert not any(s.startswith("Name") for s in _said(tmp_path, f"In Lua, berth names:\n\n{items}", "Berths"))


def test_the_last_element_of_a_series_leaves_its_and(tmp_path: Path) -> None:
    items = "- our name and email address,\n- what our preferred text editor is,\n- and that we want to use main.\n"
    said = _said(tmp_path, f"On a new harbour computer we set three config options:\n\n{items}", "Setting up")
    assert said and said[0].endswith("| that we want to use main"), said


def test_a_subjects_capitals_are_the_sentences_not_a_names(tmp_path: Path) -> None:
    hyphen = "Minimally-guided instruction requires learners to master the facts of a domain and its search strategies."
    assert _prompts(tmp_path, hyphen) == ["What does minimally-guided instruction require?"]
    role = "An Instructor may dismiss learner confusion by asking for questions in a way that expects none."
    assert _prompts(tmp_path, role) == ["How may an Instructor dismiss learner confusion?"]


def test_a_lists_name_does_not_end_on_the_word_that_opened_a_clause(tmp_path: Path) -> None:
    items = "- the tide tables\n- the harbour chart\n- the weather report\n"
    lead = "In one of these, Sweller posits that sailors have to attend to three types of things when they are docking:"
    said = _said(tmp_path, f"{lead}\n\n{items}", "Docking")
    assert said and said[0].startswith("Name the three types of things. =>"), said
