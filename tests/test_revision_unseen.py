"""What blind raters marked to fix or discard on unseen chapters of programming books and web pages (issue 14,
rounds 51 and 52): a judgement after "very" given as a definition, a term's own framing in its answer, the writer's
"my", "as much", a subject ending in an adverb, a list named by its section's step, a year that dates the writing or
is an example, one event of a story asked "What did X do?"."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import generate_items_from


def _said(tmp_path: Path, body: str, heading: str = "Uses") -> list[str]:
    items = generate_items_from(tmp_path, f"# Applications\n\n## {heading}\n\n{body}\n")
    return [f"{it.prompt} => {it.answer}" for it in items]


def test_how_common_or_complex_a_thing_is_defines_nothing(tmp_path: Path) -> None:
    assert _said(tmp_path, "A moving median is a very popular indicator used by energy analysts.") == []
    assert _said(tmp_path, "Schema migration is an extraordinarily delicate and risky operation.") == []
    assert _said(tmp_path, "A moving median is a robust indicator used by energy analysts.") == [
        "What is a moving median? => a robust indicator used by energy analysts"
    ]
    assert _said(tmp_path, "A tide table is a daily record of the heights of the water at one port.") != []


def test_a_term_for_something_is_answered_by_what_it_names(tmp_path: Path) -> None:
    said = _said(tmp_path, "Bundling is a loosely used term to describe joining many source files into one file.")
    assert [s.lower() for s in said] == ["what is bundling? => joining many source files into one file"]


def test_the_writers_own_case_and_what_points_back_are_not_asked(tmp_path: Path) -> None:
    assert _said(tmp_path, "Broken glass is the most common waste in my workshop.") == []
    assert _said(tmp_path, "Broken glass is the most common waste in the workshop.") != []
    why = (
        'The specification requires {}, because it calls for "static errors", such as a repeated name, to be reported.'
    )
    assert _said(tmp_path, why.format("as much")) == []
    assert _said(tmp_path, why.format("a first pass")) != []
    assert _said(tmp_path, "The call to abort prints the error message shown in the last two lines.") == []


def test_a_phrase_before_the_subject_is_no_subject(tmp_path: Path) -> None:
    assert _said(tmp_path, "The Senate committee infuriatingly ignores the findings of its own scientists.") == []
    assert _said(tmp_path, "The Senate committee ignores the findings of its own scientists.") != []
    assert _said(tmp_path, "charAt(..): produces a new string holding the character at the index.") == []


def test_a_list_is_named_by_what_its_lead_in_gives_not_by_a_step_heading(tmp_path: Path) -> None:
    body = (
        "So far the check has used three alert thresholds in its arithmetic:\n\n"
        "- **Window length**: how far back the mean is taken.\n"
        "- **Minimum count**: how few entries still raise an alert.\n"
        "- **Score limit**: how far from the mean a value may stray.\n"
    )
    said = _said(tmp_path, body, heading="Tune With Other Settings")
    assert said[0].startswith("Name the three alert thresholds") and said[0].endswith(
        "=> Window length; Minimum count; Score limit"
    )
    assert _said(tmp_path, body.replace("three alert thresholds", "these"), heading="Tune With Other Settings") == []


def test_a_list_element_is_named_without_its_cross_reference(tmp_path: Path) -> None:
    body = (
        "The exercise brings together three skills from the earlier chapters:\n\n"
        "- Reading files (Chapter 4)\n- Handling errors (see Chapter 6)\n- Writing tests (the hard part)\n"
    )
    said = _said(tmp_path, body)
    # generator 82: any brackets that only say more of the term go too ("Compute (the obvious one: …)" is "Compute")
    assert said and said[0].endswith("=> Reading files; Handling errors; Writing tests")


def test_a_series_blank_drops_the_last_elements_parenthesis(tmp_path: Path) -> None:
    said = _said(
        tmp_path,
        "Modern languages mix concepts from various major paradigms, such as procedural, logic, and functional (FP).",
    )
    assert said == [
        "Fill in the three paradigms: “Modern languages mix concepts from various major paradigms, such as ….” => "
        "procedural; logic; functional"
    ]


def test_a_term_is_asked_once_whichever_way_the_text_names_it(tmp_path: Path) -> None:
    defined = "Skewness is a measure of the asymmetry of a distribution about its mean."
    said = ["What is skewness? => a measure of the asymmetry of a distribution about its mean"]
    main = "In practice, skewness is the main measure of lopsidedness in a sample."
    assert _said(tmp_path, main) == ["What is the main measure of lopsidedness in a sample? => skewness"]
    assert [s.lower() for s in _said(tmp_path, f"{defined}\n\n{main}")] == [s.lower() for s in said]
    again = "Just for comparison, the skewness is the lopsidedness of the average cubed distance from the mean."
    assert _said(tmp_path, again) == [
        "What is the skewness? => the lopsidedness of the average cubed distance from the mean"
    ]
    assert [s.lower() for s in _said(tmp_path, f"{defined}\n\n{again}")] == [s.lower() for s in said]


def test_a_year_that_dates_the_writing_is_not_asked(tmp_path: Path) -> None:
    assert _said(tmp_path, "Web developers in 2031 are almost never writing their own date pickers anymore.") == []
    assert _said(tmp_path, "Pages written in 1996 with the first date pickers should still load in browsers today.")


def test_one_event_of_a_story_is_not_asked_what_was_done(tmp_path: Path) -> None:
    assert _said(tmp_path, "The Dutch museum acquired a rare painting by Vermeer for its new east wing.") == []
    assert _said(tmp_path, "The Dutch museum acquires rare paintings by Vermeer for its new east wing.") == [
        "What does the Dutch museum acquire? => rare paintings by Vermeer for its new east wing"
    ]


def test_a_year_given_as_an_example_is_not_asked(tmp_path: Path) -> None:
    assert _said(tmp_path, "Older phones (for example, from 2012) take a second to unpack each megabyte of data.") == []
    assert _said(tmp_path, "Older phones built in 2012 take a second to unpack each megabyte of data.") != []


def test_a_participles_phrase_a_linking_adverb_and_the_below_are_no_part_of_a_question(tmp_path: Path) -> None:
    assert _said(tmp_path, "Prepared for whatever danger awaits them, the sailors cross the northern sea.") == []
    assert _said(tmp_path, "Every section of the story contains one of the below footnote markers.") == []
    assert _said(tmp_path, "Every section of the story contains one of the gold footnote markers.") != []
    said = _said(tmp_path, "Delta-Patching therefore is based on finding changes in the unpacked data.")
    assert said == ["What is Delta-Patching based on? => finding changes in the unpacked data"]


def test_a_list_of_situations_is_not_named_by_a_noun_inside_its_clause(tmp_path: Path) -> None:
    items = "- Several views may read one value.\n- Actions from many views may change one value.\n"
    lead = "Simplicity breaks down when we have multiple widgets that share a common value:"
    assert _said(tmp_path, f"{lead}\n\n{items}", heading="Sharing state") == []
    named = _said(
        tmp_path, f"So far the page has used two form widgets in its layout:\n\n{items}", heading="Sharing state"
    )
    assert named and named[0].startswith("Name the two form widgets")


def test_an_element_cut_to_a_bare_subject_names_nothing(tmp_path: Path) -> None:
    lead = "Two situations let scripts run that the library cannot stop:"
    cut = (
        "- The developer is asking the library to render raw user input as templates, so any visitor runs code.\n"
        "- The designer is mounting the library on a server page that also holds raw user input from a form.\n"
    )
    assert _said(tmp_path, f"{lead}\n\n{cut}", heading="Injection") == []
    named = cut.replace("The developer", "The plugin author").replace("The designer", "The theme designer")
    assert _said(tmp_path, f"{lead}\n\n{named}", heading="Injection") != []
    levels = (
        "- In safe code, it is good to be careful to the point of doing the right thing every single time.\n"
        "- In fast code, it is fine to be careful only to the point of never corrupting any memory at all.\n"
    )
    assert _said(tmp_path, f"There are two levels of care to keep in mind:\n\n{levels}", heading="Care") == []


def test_an_interesting_case_or_a_defining_feature_defines_nothing(tmp_path: Path) -> None:
    assert not any(s.startswith("What is Arc?") for s in _said(tmp_path, "Arc is an interesting case for the checker."))
    assert not any(
        s.endswith("=> a defining feature of Vue") for s in _said(tmp_path, "SFC is a defining feature of Vue.")
    )
    assert _said(tmp_path, "Safe code cannot rely on destructors to be run in order to be sound.") == []


def test_a_plural_noun_before_a_modal_is_no_verb(tmp_path: Path) -> None:
    assert _said(tmp_path, "Shallow refs can be used for speed by avoiding the cost of observing large objects.") == []
    assert _said(tmp_path, "Shallow refs are cheap because nothing inside the large objects is observed.") != []


def test_a_heading_that_opens_on_a_preposition_names_no_list(tmp_path: Path) -> None:
    steps = (
        "- The bundle resolves to the production build of the runtime library.\n"
        "- The feature flags of the compiler are set for a production build.\n"
    )
    assert _said(tmp_path, f"If you use your own setup, make sure that:\n\n{steps}", heading="With Build Tools") == []
    named = _said(tmp_path, f"If you use your own setup, make sure that:\n\n{steps}", heading="Release checks")
    assert named and named[0].startswith("Name the two release checks")


def test_an_element_cut_before_so_that_is_cut_short(tmp_path: Path) -> None:
    reasons = (
        "1. Hooks can be registered to the instance.\n"
        "2. Watchers can be linked to the instance, so that they can be disposed when the instance is unmounted.\n"
    )
    assert _said(tmp_path, f"An active instance matters for two reasons:\n\n{reasons}", heading="Limits") == []


def test_a_counted_heading_and_a_list_of_sources_name_no_list(tmp_path: Path) -> None:
    countries = "- France\n- Spain\n- Portugal\n"
    assert _said(tmp_path, f"The lecture compares:\n\n{countries}", heading="Four Centuries of Prices") == []
    assert _said(tmp_path, f"The lecture compares:\n\n{countries}", heading="Hard currency countries") != []
    sources = "- Table 3.15, the price level\n- Table 3.16, the exchange rate\n"
    assert _said(tmp_path, f"The data for Poland come from two sources:\n\n{sources}", heading="Poland") == []


def test_a_subject_that_names_people_is_asked_who(tmp_path: Path) -> None:
    said = _said(tmp_path, "Members of the Senate quoted David Hume and Adam Smith in the debate on land reform.")
    assert said and said[0].startswith("Who quoted David Hume and Adam Smith")


def test_a_year_after_a_verb_in_the_present_is_a_date_in_history(tmp_path: Path) -> None:
    said = _said(tmp_path, "The first period ends in the late summer of 1793, and is marked by moderate inflation.")
    assert said and said[0].startswith("Fill in the year")


def test_a_citation_key_in_a_sentence_is_no_prose_to_ask(tmp_path: Path) -> None:
    assert _said(tmp_path, "The review fields1999measurement surveys the whole literature on income mobility.") == []
    assert _said(tmp_path, "The review by Gary Fields surveys the whole literature on income mobility.") != []
