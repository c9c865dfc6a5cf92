"""What rounds 102 and 103's blind raters marked to fix or discard on fresh held-out texts (issue 14). Every text
here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, generate_items_from
from tests.test_revision_key_terms import prompts_under as _prompts
from tests.test_revision_key_terms import said_under as _said


def test_a_heading_that_opens_on_some_is_counted_without_it(tmp_path: Path) -> None:
    body = "- a pinch of salt\n- a pot of boiling water\n- a quick drain\n"
    (listed,) = _said(tmp_path, body, "Some examples of kitchen magic")
    assert listed.startswith("Name the three examples of kitchen magic the text lists. =>"), listed


def test_questions_for_the_reader_are_no_list_but_questions_named_as_such_are(tmp_path: Path) -> None:
    questions = "- Will the harvest come sooner or later?\n- Will the farmer sell more or less often?\n"
    assert _said(tmp_path, f"Before you read on, think about what will happen:\n\n{questions}") == []
    named = _said(tmp_path, f"A good almanac answers two weather questions:\n\n{questions}")
    assert named and named[0].startswith("Name the two weather questions"), named


def test_things_to_notice_name_no_list(tmp_path: Path) -> None:
    body = (
        "- The first thing to notice is that the two routes share one address.\n"
        "- The other thing to notice is that the number is prefixed by a colon.\n"
    )
    assert _said(tmp_path, f"Two things to notice:\n\n{body}") == []
    assert _said(tmp_path, f"Two rules of the router:\n\n{body}") != []


def test_elements_that_are_code_expressions_make_no_list(tmp_path: Path) -> None:
    code = (
        "- if (count[k] % 2 === 0): checks whether the count is even.\n"
        "- total += tripled: adds the tripled count.\n"
        "- const tripled = count[k] * 3: triples the count.\n"
    )
    assert not any(s.startswith("Name") for s in _said(tmp_path, f"The loop has three important snippets:\n\n{code}"))
    operators = "- total += tripled: adds it.\n- count -= 1: counts down.\n- seen === done: compares them.\n"
    assert not any(s.startswith("Name") for s in _said(tmp_path, f"The loop has three key lines:\n\n{operators}"))
    indexed = "- count[k]: the count at k.\n- weights[i]: the weight at i.\n- names[j]: the name at j.\n"
    assert not any(s.startswith("Name") for s in _said(tmp_path, f"The loop reads three values:\n\n{indexed}"))
    words = "- the guard: checks whether the count is even.\n- the sum: adds the count.\n- the step: triples it.\n"
    assert any(s.startswith("Name") for s in _said(tmp_path, f"The loop has three important snippets:\n\n{words}"))


def test_a_verb_with_its_particle_is_the_verb_and_a_noun_before_out_is_not(tmp_path: Path) -> None:
    shows = "Because prices adjust slowly, the cycle in beliefs shows up as a cycle in the output of the farms."
    assert _prompts(tmp_path, shows) == ["Why does the cycle in beliefs show up as a cycle in the output of the farms?"]
    books = "Even the best guides out there can make cooking seem hard because they are written for chefs in hotels."
    assert not any("out there can" in p for p in _prompts(tmp_path, books))
    modal = "Because prices adjust slowly, the trend in savings shows up where it should in the output of the farms."
    assert not any(p.startswith("Why do the trend") for p in _prompts(tmp_path, modal))  # "up" is no verb either


def test_a_section_with_nothing_else_is_not_asked_what_a_thing_uses_but_what_it_provides(tmp_path: Path) -> None:
    assert _prompts(tmp_path, "The smoothing filter uses the median value.") == []
    (provides,) = _prompts(tmp_path, "The smoothing filter provides a cleaner trend estimate for the analysts.")
    assert provides == "What does the smoothing filter provide for the analysts?", provides
    # placed only by its section's name, it is not asked (generator 127: "In the section “Smoothing”, what does the
    # smoothing filter provide?", blind ratings over all rounds 10 keep of 44 verdicts)
    assert _prompts(tmp_path, "The smoothing filter provides a cleaner estimate of the trend.") == []


def test_what_an_object_is_used_for_or_applied_to_stays_in_the_question(tmp_path: Path) -> None:
    assert _said(tmp_path, f"The bucket dredger uses a floating crane for unloading. {OTHER}") == [
        "What does the bucket dredger use for unloading? => a floating crane"
    ]
    assert _said(tmp_path, f"The bucket dredger uses a steel tank for ballast. {OTHER}") == [
        "What does the bucket dredger use for ballast? => a steel tank"
    ]
    assert _said(tmp_path, f"The printer applies a thin protective coat to every page. {OTHER}") == [
        "What does the printer apply to every page? => a thin protective coat"
    ]


def test_a_name_alone_is_no_reason(tmp_path: Path) -> None:
    assert _prompts(tmp_path, "Thanks to Grainly-LSP, Cropcheck is integrated with Field Studio.") == []


def test_a_reason_inside_brackets_is_the_asides_not_the_claims(tmp_path: Path) -> None:
    aside = (
        "Sailing ships can be very fast on the open sea (though they take longer to leave port because the wind "
        "must turn first)."
    )
    assert not any(p.startswith("Why") for p in _prompts(tmp_path, aside))


def test_an_adverb_leaning_on_the_sentence_before_is_left_out_of_a_question(tmp_path: Path) -> None:
    also = "A sharp knife is also useful because many hard vegetables need a clean cut."
    assert _prompts(tmp_path, also) == ["Why is a sharp knife also useful?"]  # "also": there is more to it
    then = "The weight of each parcel is then obtained by comparing its volume with the table of densities."
    assert _prompts(tmp_path, then) == ["How is the weight of each parcel obtained?"]


def test_a_lead_in_whose_subject_is_the_list_names_it(tmp_path: Path) -> None:
    items = "- the water temperature\n- the salt content\n- the depth of the nets\n"
    (named,) = _said(tmp_path, f"The most common settings in context of deep-sea trawling include:\n\n{items}")
    assert named.startswith("Name the three most common settings in context of deep-sea trawling. =>"), named
    assert _said(tmp_path, f"The main settings are:\n\n{items}", "Current status") == []  # one noun names no list


def test_a_lead_ins_subject_is_not_capitalised_inside_a_prompt(tmp_path: Path) -> None:
    body = "Modern kitchens offer two methods for keeping food cold: refrigeration and freezing."
    assert _prompts(tmp_path, body + " Old kitchens had neither.")[0] == (
        "Name the two methods modern kitchens offer for keeping food cold."
    )


def test_examples_any_of_which_will_do_are_not_asked(tmp_path: Path) -> None:
    assert _prompts(tmp_path, "Cooks keep their recipes in binders such as Linea, Foldo, or Paperly.") == []
    assert _prompts(tmp_path, "Cooks keep their recipes in binders such as Linea, Foldo, and Paperly.")
    assert _prompts(tmp_path, "Using tools such as knives, graters, and peelers, the cook prepares the vegetables.")


def test_an_assignment_section_is_not_asked(tmp_path: Path) -> None:
    said = "A floating dock is a dock that rises and falls with the tide, so that ships can load at any hour."
    assert _prompts(tmp_path, said, "Assignment") == []
    assert _prompts(tmp_path, said, "Harbours") != []


def test_learning_outcomes_are_a_preview_not_a_list(tmp_path: Path) -> None:
    outcomes = "- Explain how a lock raises a boat\n- Explain how a weir holds water\n"
    assert _said(tmp_path, f"By the end of this lesson, the two tasks you will master:\n\n{outcomes}") == []
    assert _said(tmp_path, f"Afterwards you should be able to do two tasks:\n\n{outcomes}") == []
    assert _said(tmp_path, f"The two tasks of the keeper:\n\n{outcomes}")


def test_a_big_deal_says_no_more_than_that_it_matters(tmp_path: Path) -> None:
    big = "Crop Rotation Planning, or CRP for short, is a big deal in modern farming circles."
    assert _prompts(tmp_path, big) == []


def test_a_noun_the_text_counts_takes_its_article_and_one_it_does_not_count_none(tmp_path: Path) -> None:
    text = (
        "# Servers\n\n## Connections\n\n"
        "Connection is the name for the whole exchange in which a client reaches the server and gets its answer. "
        "Each server keeps many connections open. A connection is closed after a minute.\n\n"
        "## Search\n\n"
        "Optimization is the process of finding the weights that give the lowest loss on the training set. "
        "The basics of optimization are simple. Compilers also apply optimizations.\n"
    )
    prompts = {it.prompt for it in generate_items_from(tmp_path, text)}
    assert {"What is a connection?", "What is optimization?"} <= prompts, prompts


def test_a_formulas_brackets_stay_in_a_reason(tmp_path: Path) -> None:
    body = (
        "When the chance of the right label goes towards 1, the cost goes towards zero because $\\log(1) = 0$. "
        "Hence, the cost for each sample is low when the chance of the right label is high."
    )
    said = _said(tmp_path, f"{body} {OTHER}")
    assert any(s.endswith("because log(1) = 0") for s in said), said


def test_a_heading_is_furniture_when_it_is_one_not_when_it_holds_one_of_its_words(tmp_path: Path) -> None:
    said = "A floating dock is a dock that rises and falls with the tide, so that ships can load at any hour."
    for furniture in ("References", "Comments (12)", "About the author: Jane Doe", "Additional Resources"):
        assert _prompts(tmp_path, said, furniture) == [], furniture
    for content in ("References and Borrowing", "Register allocation", "Contact forces"):
        assert _prompts(tmp_path, said, content) != [], content


def test_round104_a_series_closed_by_and_is_kept_whole_in_an_answer(tmp_path: Path) -> None:
    gates = "Memory cells are much better at keeping a signal by using the input, output and forget gates."
    assert any(s.endswith("by using the input, output and forget gates") for s in _said(tmp_path, f"{gates} {OTHER}"))


def test_round104_a_claim_that_gives_its_own_reason_is_not_asked_why(tmp_path: Path) -> None:
    own = "Because the ice never forms on its paddles, Norton's water mill is faster in winter thanks to heated wheels."
    assert not any(p.startswith("Why") for p in _prompts(tmp_path, own))
    plain = "Because the ice never forms on its heated paddles, Norton's water mill is faster in the winter months."
    assert any(p.startswith("Why") for p in _prompts(tmp_path, plain))


def test_round104_a_gerund_opening_a_subject_is_lower_case_before_a_name(tmp_path: Path) -> None:
    body = "Learning Sinatra before Rails is so useful because there is no magic in its explicit routing code."
    assert _prompts(tmp_path, body)[0].startswith("Why is learning Sinatra before Rails so useful?")


def test_round104_a_subject_holding_a_clause_or_a_bare_participle_is_not_defined(tmp_path: Path) -> None:
    assert _prompts(tmp_path, "The search stops when one of the candidates is a solution that fools the model.") == []
    assert (
        _prompts(tmp_path, "The context vectors outputted are a representation of the input in a larger space.") == []
    )
    assert _prompts(tmp_path, "The context vectors are a representation of the input sequence in a larger space.")


def test_round104_a_reminder_before_there_are_still_names_the_list(tmp_path: Path) -> None:
    body = "Recall that there are two objectives in crop breeding:\n\n- higher yields\n- stronger stems\n"
    (named,) = _said(tmp_path, body)
    assert named.startswith("Name the two objectives in crop breeding. =>"), named


def test_round105_no_object_after_a_verb_whose_next_word_is_because(tmp_path: Path) -> None:
    assert not any(
        p.startswith("What does") for p in _prompts(tmp_path, "Unsafe Brine exists because, by nature, salt is rare.")
    )


def test_round105_a_participle_with_its_phrase_before_a_modal_is_no_verb(tmp_path: Path) -> None:
    body = "The flour milled from old grains can be softer as well, because the husks have dried in the sun."
    assert _prompts(tmp_path, body) == ["Why can the flour milled from old grains be softer as well?"]
    mills = "The flour milled from mills tastes sweeter because the stones turn slowly in the cold river water."
    assert _prompts(tmp_path, mills) == ["Why does the flour milled from mills taste sweeter?"]  # "mills" is no verb
    based = "Sacks based on jute fibre are more common because they are cheaper and last longer in damp barns."
    assert _prompts(tmp_path, based) == ["Why are sacks based on jute fibre more common?"]  # "are", not "based"


def test_round105_a_gloss_in_another_form_of_its_term_is_no_definition(tmp_path: Path) -> None:
    body = (
        "- **Occlusion**. The objects of interest can be occluded by other things.\n"
        "- **Clutter**. The objects blend into their background scene.\n"
        "- **LeedsNet**. The 2014 winner was a network from the Leedsford lab in England.\n"
    )
    prompts = _prompts(tmp_path, body, "Vision uses")
    assert "What does the text mean by “Clutter”?" in prompts and not any("Occlusion" in p for p in prompts), prompts
    assert "What does the text mean by “LeedsNet”?" in prompts  # a name and a word it shares letters with


def test_round105_even_opening_a_subject_is_left_out_of_the_question(tmp_path: Path) -> None:
    body = "Even village bakeries are usually supplied by storing the flour in the town granary over the winter."
    assert _prompts(tmp_path, body)[0] == "How are village bakeries usually supplied?"


def test_round105_an_exceptional_resource_is_praise_not_a_definition(tmp_path: Path) -> None:
    body = "Loafbook is an exceptional resource that will help you bake better bread by leveraging old recipes."
    assert not any(p.startswith("What is Loafbook") for p in _prompts(tmp_path, body))


def test_round106_learning_outcomes_are_not_asked(tmp_path: Path) -> None:
    said = "A floating dock is a dock that rises and falls with the tide, so that ships can load at any hour."
    assert _prompts(tmp_path, said, "Learning Outcomes") == []
    assert _prompts(tmp_path, said, "Lesson overview") == []


def test_round106_like_after_a_plural_is_no_verb(tmp_path: Path) -> None:
    body = "Plain buckets like the old tin pail don't survive the winter because the frost splits their seams."
    assert not any(p.startswith("Why do plain buckets") for p in _prompts(tmp_path, body))


def test_round106_what_to_try_is_no_list_to_learn(tmp_path: Path) -> None:
    tasks = "- Add a lid that keeps the steam in the pot\n- Require two stirs before the pot boils\n"
    assert _said(tmp_path, f"To see the method at work, try a few of these suggestions:\n\n{tasks}") == []


def test_round106_a_thing_with_characteristics_names_them_as_its_own(tmp_path: Path) -> None:
    body = (
        "In chemistry, a pure salt is a salt with the following characteristics:\n\n"
        "* **It dissolves cleanly.** It leaves no trace.\n* **Same heat, same melt.** It melts at one heat.\n"
    )
    assert _said(tmp_path, body)[0].startswith("Name the two characteristics of a pure salt. =>")


def test_round106_a_question_ending_on_that_points_away(tmp_path: Path) -> None:
    assert _prompts(tmp_path, "Bells do not wake the miller. If you need that, use the steam whistle instead.") == []


def test_round106_in_response_to_inside_a_relative_clause_is_the_clauses(tmp_path: Path) -> None:
    body = "Grinding is a key feature of the mill that enables it to update the flour in response to changes in grain."
    assert not any(p.startswith("Why") for p in _prompts(tmp_path, body))


def test_round106_counted_things_that_act_are_named_by_what_they_do(tmp_path: Path) -> None:
    body = "To update a mill with new grain, two things need to happen:\n\n1. **Retain** it.\n2. **Turn** the wheel.\n"
    assert _said(tmp_path, body)[0].startswith(
        "Name the two things that need to happen to update a mill with new grain. =>"
    )


def test_round106_claims_about_the_heading_are_no_list_of_it(tmp_path: Path) -> None:
    body = "- Hooks can only be hung from the top beam\n- Hooks can't be hung from inside the loft\n"
    assert not any(s.startswith("Name") for s in _said(tmp_path, body, "Hooks"))
    hooks = "- iron hooks\n- brass hooks\n- wooden pegs\n"
    assert any(s.startswith("Name") for s in _said(tmp_path, hooks, "Coat hooks"))


def test_round106_an_answer_ends_before_and_opens_a_clause_of_its_own(tmp_path: Path) -> None:
    body = "Top-level mills affect the output of all farms beneath them and small farms are often supplied twice."
    assert any(s.endswith("=> the output of all farms beneath them") for s in _said(tmp_path, f"{body} {OTHER}"))
    inner = "The rise of river trade reflects the growing belief that canal boats and steam barges are reshaping farms."
    assert any(
        s.endswith("canal boats and steam barges are reshaping farms") for s in _said(tmp_path, f"{inner} {OTHER}")
    )


def test_round107_a_reading_list_is_no_list_to_learn(tmp_path: Path) -> None:
    reading = (
        "1. Another long article on the mill is a good place to start.\n"
        "2. Read this article about grinding stones.\n3. Next, watch this video on water wheels.\n"
    )
    assert not any(s.startswith("Name") for s in _said(tmp_path, reading, "Stones"))
    stones = "1. Millstones grind the grain.\n2. Whetstones sharpen the blades.\n3. Hearthstones hold the fire.\n"
    assert any(s.startswith("Name") for s in _said(tmp_path, stones, "Working stones"))
    rules = "- Keep the gauge dry\n- Don't read or write on the gauge during a storm\n"
    assert any(s.startswith("Name") for s in _said(tmp_path, f"Two rules for gauges:\n\n{rules}"))
    said = "A floating dock is a dock that rises and falls with the tide, so that ships can load at any hour."
    assert _prompts(tmp_path, said, "Further learning") == []
