"""Items from a programming textbook's chapter and a course's lesson, of the shapes such texts have: names given with
their initials, inline code, a series that is a sentence's subject, instructions to the reader, a list under the
text's own title (issue 14: ask what the section teaches, prompts that stand alone, no item from code)."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import generate_items_from
from tutor.revision.items.record import QuizItem


def _items(tmp_path: Path, text: str) -> list[QuizItem]:
    return generate_items_from(tmp_path, text)


def _said(items: list[QuizItem]) -> str:
    return "\n".join(f"{it.prompt} => {it.answer}" for it in items)


def test_a_name_spelled_out_before_its_initials_is_blanked_whole(tmp_path: Path) -> None:
    items = _items(
        tmp_path,
        "# Memory\n\n## The stack\n\nThe stack stores values in the order it gets them and removes the values in "
        "the opposite order. This is referred to as last in, first out (LIFO).\n",
    )
    assert [it.answer for it in items] == ["last in, first out (LIFO)"]
    assert items[0].prompt.endswith("This is referred to as _____.”")


def test_a_definition_stops_before_the_next_clause_names_something_else(tmp_path: Path) -> None:
    items = _items(
        tmp_path,
        "# Memory\n\n## The stack\n\nAdding data is called pushing onto the stack, and removing data is called "
        "popping off the stack.\n",
    )
    asked = [(it.prompt.lower(), it.answer) for it in items]
    assert asked == [("what is adding data called?", "pushing onto the stack")]


def test_this_is_a_judgement_of_what_the_sentence_before_defined_not_its_definition(tmp_path: Path) -> None:
    said = _said(
        _items(
            tmp_path,
            "# Loops\n\n## Iterators\n\nThe first element of the tuple returned from `enumerate` is the index, and "
            "the second element is a reference to the element. This is a bit more convenient than calculating the "
            "index ourselves.\n",
        )
    )
    assert "more convenient" not in said


def test_a_series_that_is_the_subject_ends_before_its_verb(tmp_path: Path) -> None:
    items = _items(
        tmp_path,
        "# Ownership\n\n## Summary\n\nThe concepts of ownership, borrowing, and slices ensure memory safety in "
        "programs at compile time.\n",
    )
    assert [it.elements for it in items] == [("ownership", "borrowing", "slices")]
    assert "… ensure memory safety in programs" in items[0].prompt


def test_no_item_speaks_of_the_names_of_code_it_does_not_show_but_a_name_taught_is_asked(tmp_path: Path) -> None:
    items = _items(
        tmp_path,
        "# Ownership\n\n## Slices\n\nThe compiler disallows the mutable reference in `clear` and the immutable "
        "reference in `word` from existing at the same time.\n\n"
        "## Memory\n\nWhen a variable goes out of scope, the language calls a special function for us. This "
        "function is called `drop`, and it is where the author of a type can put the code to return the memory.\n",
    )
    said = _said(items)
    assert "clear" not in said and "word" not in said
    assert "drop" in [it.answer for it in items]


def test_an_object_that_announces_what_follows_its_colon_is_no_answer(tmp_path: Path) -> None:
    said = _said(
        _items(
            tmp_path,
            "# Ownership\n\n## Approaches\n\nSome languages have garbage collection that regularly looks for "
            "no-longer-used memory as the program runs. Rust uses a third approach: memory is managed through a system "
            "of ownership with a set of rules that the compiler checks.\n",
        )
    )
    assert "a third approach" not in said


def test_instructions_to_the_reader_and_a_title_with_its_subtitle_ask_nothing(tmp_path: Path) -> None:
    items = _items(
        tmp_path,
        "# Fairness\n\n## Fairlearn\n\nFairlearn is a package that helps you assess the fairness of your systems.\n\n"
        "- Learn how to use the different components by checking out the project's GitHub pages.\n"
        "- Explore base concepts such as models, predictions, and training data.\n\n"
        "## Review\n\nWatch this workshop:\n\n"
        "- YouTube: Fairness-related harms in AI systems: Examples, assessment, and mitigation by two researchers.\n",
    )
    said = _said(items)
    assert "Learn how" not in said and "base concepts" not in said and "assessment" not in said


def test_a_list_under_the_text_s_own_title_is_not_named_by_the_title(tmp_path: Path) -> None:
    said = _said(
        _items(
            tmp_path,
            "# Techniques of Machine Learning\n\nIn this lesson, we will outline the main techniques. You will:\n\n"
            "- Understand the processes underpinning machine learning at a high level.\n"
            "- Explore the common ways of training models on collected data.\n",
        )
    )
    assert "techniques of machine learning" not in said.lower()


def test_a_list_of_code_names_a_series_begun_at_a_colon_and_a_claim_with_nothing_to_ask_give_nothing(
    tmp_path: Path,
) -> None:
    said = _said(
        _items(
            tmp_path,
            "# Ownership\n\n## Scope\n\nIn other words, there are two important points in time here:\n\n"
            "- When `s` comes into scope, it is valid.\n- It remains valid until it goes out of scope.\n\n"
            "## Strings\n\nA String is made up of three parts, shown on the left: a pointer to the memory that holds "
            "the contents of the string, a length, and a capacity.\n\n"
            "## Slices\n\nThere’s no guarantee that it will still be valid in the future because it’s a separate "
            "value from the String.\n",
        )
    )
    assert "comes into scope" not in said and "string; length" not in said and "no guarantee" not in said


def test_a_subject_that_points_back_is_no_subject_to_ask_of_even_with_an_adverb(tmp_path: Path) -> None:
    said = _said(
        _items(
            tmp_path,
            "# Fairness\n\n## Allocation\n\nAnother example would be an experimental hiring tool developed by a large "
            "corporation. The tool systemically discriminated against one gender by using models trained to prefer "
            "words associated with another.\n",
        )
    )
    assert "the tool" not in said.lower()


def test_a_generic_one_word_term_is_defined_and_an_answer_may_speak_of_your_data(tmp_path: Path) -> None:
    items = _items(
        tmp_path,
        "# Building models\n\n## Features\n\nA feature is a measurable property of your data.\n\n"
        "## Testing\n\nA test dataset is an independent group of data that you use to confirm the performance of "
        "the built model.\n",
    )
    assert _said(items) == (
        "What is a feature? => a measurable property of your data\n"
        "What is a test dataset? => an independent group of data that you use to confirm the performance of the "
        "built model"
    )


def test_a_you_in_quoted_speech_or_a_place_on_the_page_is_no_answer(tmp_path: Path) -> None:
    items = _items(
        tmp_path,
        "# Blogging\n\n## Gatekeepers\n\nA blog is a stream of posts that “you write for anybody who reads you.”\n\n"
        "## Strings\n\nA string is made up of three parts, shown on the left: a pointer, a length, and a capacity.\n",
    )
    assert _said(items) == ""


def test_a_singular_subjects_verb_in_s_takes_does_and_a_gloss_that_defines_another_term_is_asked_once(
    tmp_path: Path,
) -> None:
    items = _items(
        tmp_path,
        "# Tidy data\n\n## Introduction\n\nA standard makes initial data cleaning easier because analysts do not "
        "need to start from scratch.\n\n## Split your dataset\n\n- Validating. A validation set is a smaller "
        "independent group of examples that you use to tune the model's hyperparameters.\n",
    )
    assert _said(items) == (
        "Why does a standard make initial data cleaning easier? => analysts do not need to start from scratch\n"
        "What is a validation set? => a smaller independent group of examples that you use to tune the model's "
        "hyperparameters"
    )


def test_a_claim_without_a_subject_is_not_quoted_to_ask_how(tmp_path: Path) -> None:
    items = _items(
        tmp_path,
        "# Writing\n\n## Depth\n\nEither in quantity with a longer word count or in quality by putting more "
        "information within each piece of content.\n",
    )
    assert _said(items) == ""


def test_an_opening_as_or_since_that_states_what_is_so_gives_a_reason_but_not_one_that_says_when(
    tmp_path: Path,
) -> None:
    def said(sentence: str) -> str:
        return _said(_items(tmp_path, f"# Chemistry\n\n## Metals\n\n{sentence}\n"))

    assert said(
        "As it is the only metal that is liquid at room temperature, mercury differs from the other metals."
    ) == ("Why does mercury differ from the other metals? => it is the only metal that is liquid at room temperature")
    assert (
        said("Since no oxygen is available in the sealed chamber, the candle flame disappears within a minute.")
        == "Why does the candle flame disappear within a minute? => no oxygen is available in the sealed chamber"
    )
    for no_reason in (
        "Since early paintings have been dominated by landscapes, originally not as works of art but as records.",
        "As the furnace grew hotter, the iron ore slowly turned into a glowing liquid metal.",
        "As the chemists heated the copper with tin, bronze formed in the crucible within an hour.",
        "As the chemist Michael Faraday has observed, iron rusts much faster in salt water than in fresh water.",
        "As chemists are learning more about alloys, steel is becoming stronger and lighter every decade.",
    ):
        assert "Why" not in said(no_reason), no_reason


def test_a_list_is_named_by_the_noun_its_lead_in_says_follows_not_by_an_idiom_after_it(tmp_path: Path) -> None:
    def prompts(lead_in: str) -> list[str]:
        body = "- Alerts on latency thresholds\n- Extra code to expose causes\n- Dashboards for each cause\n"
        text = f"# Monitoring\n\n## Keeping it simple\n\n{lead_in}\n\n{body}"
        return [it.prompt for it in _items(tmp_path, text) if it.kind == "list"]

    lead = "Piling requirements up makes a complex monitoring system with the following levels of complexity:"
    assert prompts(lead) == ["Name the three levels of complexity."]
    lead = "Requirements add up to a complex system—your system might end up with the following levels of complexity:"
    assert prompts(lead) == ["Name the three levels of complexity a system might end up with."]  # what has them
    lead = "When joining the program, a volunteer agrees to take on the following duties:"
    assert prompts(lead) == ["Name the three duties a volunteer agrees to take on."]
    assert prompts("In choosing what to monitor, keep the following guidelines in mind:") == [
        "Name the three guidelines for keeping it simple."  # the heading's doing, not the lead-in quoted
    ]


def test_a_description_that_says_what_it_is_of_asks_for_what_it_names(tmp_path: Path) -> None:
    def said(sentence: str) -> str:
        return _said(_items(tmp_path, f"# Software\n\n## Design\n\n{sentence}\n"))

    assert said(
        "The simplest way to tell a slow average from a slow tail of requests is to count requests by latency bucket."
    ) == (
        "What is the simplest way to tell a slow average from a slow tail of requests? => to count requests by "
        "latency bucket"
    )
    assert said(
        "The biggest problem in the maintenance of large software systems is complexity — nobody understands them."
    ) == ("What is the biggest problem in the maintenance of large software systems? => complexity")
    for leaning in (
        "The key difference between the two is whether the negative passages come from the same batch.",
        "The only way to escape this risk is to put simplicity at the top of the design goals.",
        "The first step is to call the inner trace as a subroutine of the outer one.",
    ):
        assert not said(leaning).startswith("What is the"), leaning
    assert said("The main cause of outages is human error in configuration changes.") == (
        "What is the main cause of outages? => human error in configuration changes"
    )
    assert (
        said(  # the question the statement answers, after its colon, is no question to the learner
            "The simplest way to tell a slow average from a slow tail is to count requests by latency bucket: how many "
            "requests took under 10 ms, and how many took longer?"
        )
        == "What is the simplest way to tell a slow average from a slow tail? => to count requests by latency bucket"
    )
    heap = "The simplest way to think about a heap of memory"
    assert (
        said(f"{heap} is that a heap grows on demand and frees memory later.")
        == (  # a clause answers whole
            f"What is {heap[0].lower()}{heap[1:]}? => a heap grows on demand and frees memory later"
        )
    )
    long = "The simplest way for a team to tell a slow average from a slow tail of requests served by a web service"
    assert not said(f"{long} is to count requests by latency bucket.").startswith("What is the")


def test_what_a_thing_is_used_to_do_asks_for_what_purpose(tmp_path: Path) -> None:
    def said(sentence: str) -> str:
        return _said(_items(tmp_path, f"# Tools\n\n## Profiling\n\n{sentence}\n"))

    assert said("Engineers use sampling profilers to find slow functions and remove their dead code.") == (
        "For what purpose do engineers use sampling profilers? => to find slow functions and remove their dead code"
    )
    assert said("The Fourier transform is used in signal processing to separate a sound into its frequencies.") == (
        "For what purpose is the Fourier transform used in signal processing? => to separate a sound into its "
        "frequencies"
    )
    for not_used_for in (
        "Schools are threatening expulsion for students who use a laptop to copy homework assignments.",  # whose use
        "Fair use in most countries simply means the right to quote a short passage of a book.",  # a noun
        "Teams use dashboards but rely on paging alerts to catch outages quickly.",  # the alerts catch them
        "Use sampling profilers to find slow functions in a large program.",  # an instruction
    ):
        assert "For what purpose" not in said(not_used_for), not_used_for


def test_a_list_announced_as_ones_is_named_by_its_heading(tmp_path: Path) -> None:
    body = "- Hierarchical clustering\n- Centroid clustering\n- Density-based clustering\n"
    lead = "There are over 100 clustering algorithms, and their use depends on the data. Here are the major ones:"
    items = _items(tmp_path, f"# Clustering\n\n## Clustering algorithms\n\n{lead}\n\n{body}")
    assert [it.prompt for it in items if it.kind == "list"] == ["Name the three clustering algorithms the text lists."]


def test_one_example_of_many_asks_which_example_the_text_gives(tmp_path: Path) -> None:
    text = (
        "# Forecasting\n\n## Some definitions\n\nA time series is a series of data points indexed in time order. "
        "An example of a time series is the daily closing value of a stock market index.\n"
    )
    assert "What example of a time series does the text give? => the daily closing value of a stock market index" in (
        _said(_items(tmp_path, text)).splitlines()
    )


def test_what_leans_on_the_sentence_before_is_not_asked(tmp_path: Path) -> None:
    def said(sentence: str) -> str:
        return _said(_items(tmp_path, f"# Language\n\n## Fields\n\n{sentence}\n"))

    assert said("Speech synthesis is a field of study focused on how computers can produce spoken human language.")
    assert not said("Speech synthesis is a related field focused on how computers can produce spoken human language.")
    game = "are trying to trick the interrogator by answering questions in such a way as to confuse the interrogator."
    assert said(f"The players in the second room {game}").startswith("How are the players in the second room")
    assert not said(f"The players in the other room {game}")  # which other room?


def test_a_list_names_its_elements_by_their_emphasised_terms_and_a_list_of_what_to_have_is_not_asked(
    tmp_path: Path,
) -> None:
    def lists(lead: str, body: str) -> list[str]:
        text = f"# Collections\n\n## Common collections\n\n{lead}\n\n{body}"
        return [it.answer for it in _items(tmp_path, text) if it.kind == "list"]

    collections = (
        "- A _vector_ allows you to store a variable number of values next to each other.\n"
        "- A _string_ is a collection of characters, stored as bytes in memory.\n"
        "- A _hash map_ allows you to associate a value with a specific key in a table.\n"
    )
    assert lists("We will discuss three collections that programs use very often:", collections) == [
        "vector; string; hash map"
    ]
    tools = "- **Python 3**. The language of every example.\n- **VS Code**. An editor.\n- **TextBlob**. A library.\n"
    assert lists("In this section, you will need, and use:", tools) == []
    assert lists("There are three software tools to learn at this point:", tools) != []


def test_a_gloss_that_names_a_topic_to_come_and_an_answer_holding_code_are_not_asked(tmp_path: Path) -> None:
    glossary = (
        "# Language\n\n## Overview\n\nYou will learn about:\n\n"
        "- **The idea of languages**. How languages developed and what the major areas of study have been.\n"
        "- **Parsing**. The process of analysing a sentence into its grammatical parts and their relations.\n"
    )
    assert [it.prompt for it in _items(tmp_path, glossary) if it.kind == "definition"] == [
        "What does the text mean by “Parsing”?"
    ]
    code = "# Strings\n\n## Representation\n\nA `String` is a wrapper over a `Vec<u8>` that holds encoded bytes.\n"
    assert _said(_items(tmp_path, code)) == ""
