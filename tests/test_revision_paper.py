"""Items from a research paper's sentences (the TraceMonkey paper, PLDI 2009, as `tutor add` reads its PDF): a
participle that modifies a noun is no verb, a purpose belongs to the clause nearest it, a hedged reason and a
passive's agent ask nothing, and an answer ends with its sentence (issue 14: ask what the section teaches)."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import generate_items_from
from tutor.revision.items.record import QuizItem


def _said(tmp_path: Path, sentence: str) -> str:
    items = generate_items_from(tmp_path, f"# A paper\n\n## 4.1 Nesting\n\n{sentence}\n")
    return "\n".join(f"{it.prompt} => {it.answer}" for it in items)


def _lists(tmp_path: Path, lead_in: str, elements: list[str]) -> list[QuizItem]:
    body = "".join(f"- {e}\n" for e in elements)
    items = generate_items_from(tmp_path, f"# A paper\n\n## 5.1 Optimizations\n\n{lead_in}\n\n{body}")
    return [it for it in items if it.kind == "list"]


def test_a_participle_after_a_number_or_a_gerund_modifies_a_noun_and_is_no_verb(tmp_path: Path) -> None:
    said = _said(tmp_path, "The algorithm for building nested trace trees is as follows.")
    assert "nest?" not in said
    said = _said(tmp_path, "Control flow graph of a loop with two nested loops and its trace tree configuration.")
    assert "nest?" not in said


def test_a_purpose_after_a_participle_clause_is_that_clauses_and_asks_nothing_of_the_main_one(tmp_path: Path) -> None:
    said = _said(
        tmp_path,
        "For example, eval or calls to external functions can change the program state in unpredictable ways, "
        "making it difficult for the tracer to know the current type map in order to continue tracing.",
    )
    assert "For what purpose" not in said


def test_a_reason_hedged_by_an_adverb_is_not_asked_with_the_adverb_left_dangling(tmp_path: Path) -> None:
    said = _said(
        tmp_path,
        "Sometimes, a program follows a path that cannot be compiled into a trace, usually because of limitations "
        "in the implementation.",
    )
    assert "usually.”" not in said and "usually?" not in said


def test_a_passives_agent_is_no_means_and_an_answer_ends_with_its_sentence(tmp_path: Path) -> None:
    said = _said(
        tmp_path,
        "String-fasta traces well, but its run time is dominated by string processing builtins, which are "
        "unaffected by tracing and seem to be less efficient in SpiderMonkey than in the two other VMs.",
    )
    assert "How?" not in said
    said = _said(tmp_path, "access-nbody forms a large number of traces (81). crypto-md5 forms one very long trace.")
    assert said == "In the section “Nesting”, what does access-nbody form? => a large number of traces"


def test_until_after_a_negation_stays_in_the_answer(tmp_path: Path) -> None:
    said = _said(
        tmp_path,
        "Calling external functions from TraceMonkey is potentially difficult because traces do not update the "
        "interpreter state until exiting.",
    )
    assert said.endswith("=> traces do not update the interpreter state until exiting")


def test_a_lead_in_that_says_no_more_than_its_lists_noun_is_not_quoted(tmp_path: Path) -> None:
    elements = ["Dead data-stack store elimination.", "Dead call-stack store elimination.", "Dead code elimination."]
    [listed] = _lists(tmp_path, "We currently apply three backward filters:", elements)
    assert listed.prompt.startswith("Name the three backward filters") and "“We currently" not in listed.prompt


def test_a_prompt_leaves_out_numbered_references(tmp_path: Path) -> None:
    said = _said(
        tmp_path,
        "Apple’s SquirrelFish Extreme (5) is a JavaScript implementation based on call threading with selective "
        "inline threading.",
    )
    assert said.startswith("What is Apple’s SquirrelFish Extreme?")


def test_list_elements_are_named_without_the_commas_and_and_of_a_sentence_spread_over_a_list(tmp_path: Path) -> None:
    elements = ["constant subexpression elimination,", "expression simplification, and", "dead code elimination."]
    [listed] = _lists(tmp_path, "The compiler applies three forward filters in the pipeline:", elements)
    assert listed.answer == "constant subexpression elimination; expression simplification; dead code elimination"


def test_a_name_after_a_preposition_does_not_name_a_list_element(tmp_path: Path) -> None:
    elements = [
        "On ISAs without floating-point instructions, a soft-float filter converts floating-point LIR instructions "
        "to sequences of integer instructions.",
        "Constant subexpression elimination removes repeated work.",
        "Expression simplification folds constants.",
    ]
    listed = _lists(tmp_path, "The compiler applies three forward filters in the pipeline:", elements)
    assert not any(it.answer.startswith("On ISAs;") for it in listed)


def test_a_definitions_subject_leaves_out_its_reference_and_a_formula_is_no_subject(tmp_path: Path) -> None:
    said = _said(
        tmp_path,
        "Open-domain question answering (QA) (Voorhees, 1999) is a task that answers factoid questions using a "
        "large collection of documents.",
    )
    assert said.lower().startswith("what is open-domain question answering (qa)? => a task that answers factoid")
    said = _said(
        tmp_path,
        "Formally speaking, a retriever R : (q, C) → CF is a function that takes as input a question q and a corpus "
        "C and returns a much smaller filter set of texts.",
    )
    assert "→" not in said and "C)" not in said


def test_a_footnotes_number_run_into_its_first_word_and_author_year_references_stay_out_of_prompts(
    tmp_path: Path,
) -> None:
    said = _said(
        tmp_path,
        "6We use the unfiltered TriviaQA version and discard the noisy evidence documents mined from Bing.",
    )
    assert "6We" not in said
    said = _said(
        tmp_path,
        "The exact match score on SQuAD v1.1 drops from above 80% to less than 40% (Yang et al., 2019a).",
    )
    assert said and "Yang et al." not in said and "2019a" not in said


def test_a_sentence_that_follows_from_the_one_before_asks_why_and_the_one_before_answers(tmp_path: Path) -> None:
    said = _said(
        tmp_path,
        "All LIR primitives apply to operands of specific types. Thus, LIR traces are necessarily type-specialized, "
        "and a compiler can easily produce a translation that requires no type dispatches.",
    )
    assert (
        "Why are LIR traces necessarily type-specialized? => All LIR primitives apply to operands of specific types"
        in said
    )
    items = generate_items_from(
        tmp_path,
        "# An essay\n\n## Who makes the law\n\nOnly states with the necessary resources and institutions can take part "
        "in treaty talks.\n\nDue to this reality, less technologically advanced states may be excluded from the "
        "making of cyber law.\n",
    )
    assert [(it.prompt, it.answer) for it in items if it.prompt.startswith("Why")] == [
        (
            "Why may less technologically advanced states be excluded from the making of cyber law?",
            "Only states with the necessary resources and institutions can take part in treaty talks",
        )
    ]


def test_no_why_is_asked_when_the_sentence_before_leans_on_another_or_is_a_list(tmp_path: Path) -> None:
    said = _said(
        tmp_path,
        "But these values are never read back before the interpreter exits the compiled trace. Thus, stores to the "
        "stack that are overwritten before the next exit are dead.",
    )
    assert "Why" not in said
    said = _said(
        tmp_path,
        "For the frontend engineer observing a slow website, the same slow database reads are a cause. Therefore, "
        "white-box monitoring is sometimes symptom-oriented.",
    )
    assert "Why" not in said
    said = _said(
        tmp_path,
        "If a legislature could extend an existing term, there would be no stopping point to its power over terms. "
        "Thus, the same principle applied to copyrights should entail that no legislature may extend existing terms.",
    )
    assert "the same principle" not in said
    items = generate_items_from(
        tmp_path,
        "# A paper\n\n## Filters\n\nThe recorder passes every emitted instruction to the optimizing filters.\n\n"
        "- a constant folder\n- a dead store remover\n- a common subexpression eliminator\n\n"
        "As a result, forward filter optimizations "
        "are performed while the trace is recorded.\n",
    )
    assert not [it for it in items if it.prompt.startswith("Why")]


def test_alphabetic_and_author_year_references_without_a_comma_leave_prompts(tmp_path: Path) -> None:
    said = _said(
        tmp_path,
        "The software crisis was first identified in 1968 [NR69, p70] and has deepened rather than abated since.",
    )
    assert "[NR69" not in said and "_____ and has deepened" in said
    said = _said(
        tmp_path,
        "Tidy data is particularly well suited for vectorized programming languages like R (R Core Team 2014), "
        "because the layout ensures that values of different variables from the same observation are always paired.",
    )
    assert "Why is tidy data particularly well suited for vectorized programming languages like R?" in said


def test_a_list_of_formulas_is_no_list_to_recall(tmp_path: Path) -> None:
    lead_in = (
        "Every statistical language has a way of describing a model, a language that connects responses to predictors:"
    )
    formulas = [
        "R (lm()): y ~ a + b + c * d.",
        "SAS (PROC GLM): y = a + b + c + d + c * d.",
        "Stata (regress): y a b c#d.",
    ]
    assert not _lists(tmp_path, lead_in, formulas)


def test_a_plural_noun_before_its_verb_and_a_participle_before_its_noun_are_read_as_the_subject(tmp_path: Path) -> None:
    said = _said(tmp_path, "Model-based (or State-based) approaches construct a potential model for the system.")
    assert said.lower().startswith("what do model-based approaches construct? => a potential model")  # the aside
    # a question reads without
    said = _said(tmp_path, "The Rejection derived relation simply selects the negative decisions of the owner.")
    assert "derive?" not in said


def test_a_subject_with_an_aside_or_an_ordinal_of_a_kind_named_before_is_not_asked(tmp_path: Path) -> None:
    said = _said(
        tmp_path, "The relational algebra — whilst flexible — is a restrictive language in computational terms."
    )
    assert "whilst flexible" not in said
    said = _said(
        tmp_path,
        "The first kind of hint might be a directive that a derived relation should be stored, so that it is always "
        "quickly available to the queries.",
    )
    assert "first kind" not in said


def test_a_reason_after_a_second_clause_is_that_clauses_and_a_list_of_steps_asks_nothing(tmp_path: Path) -> None:
    said = _said(
        tmp_path,
        "The SalesInfo relation is based on the RawSales relation, but extends it with area and price information by "
        "calling the three relevant functions.",
    )
    assert "How" not in said
    items = generate_items_from(
        tmp_path,
        "# A paper\n\n## 8.1 Relations\n\nWhat is involved in an object-oriented approach?\n\n"
        "- Give Employee objects a reference to their Department\n\nThe relational model makes no such choice.\n",
    )
    assert not [it for it in items if "Give" in it.prompt]


def test_a_purpose_after_a_participle_phrase_a_comparative_subject_or_an_answer_the_prompt_spells_asks_nothing(
    tmp_path: Path,
) -> None:
    said = _said(
        tmp_path,
        "Fixed variables should come first, followed by measured variables, each ordered so that related variables "
        "are contiguous.",
    )
    assert "For what purpose" not in said
    assert "How may" not in _said(
        tmp_path, "Bigger improvements may be possible by exploring alternative formulations."
    )
    assert "indicate?" not in _said(tmp_path, "The areaCode attribute indicates the area code.")


def test_has_with_an_object_takes_do_and_a_verb_before_an_adverb_is_not_left_in_the_subject(tmp_path: Path) -> None:
    said = _said(
        tmp_path,
        "A trace region can include subsets of any number of methods. Thus, the compiler has more flexibility and "
        "can potentially generate better code.",
    )
    assert "Why does the compiler have more flexibility? => A trace region can include subsets of any number" in said
    said = _said(
        tmp_path,
        "Computer scientists often call fixed variables dimensions, and statisticians usually denote them with "
        "subscripts on random variables.",
    )
    assert "call fix" not in said


def test_a_subject_said_to_be_the_root_cause_of_something_is_asked_for_by_it(tmp_path: Path) -> None:
    said = _said(tmp_path, "Complexity is the root cause of the vast majority of problems with software today.")
    assert said == "What is the root cause of the vast majority of problems with software today? => complexity"


def test_a_lists_heading_is_quoted_without_its_number_and_a_plural_subjects_second_deed_ends_an_answer(
    tmp_path: Path,
) -> None:
    items = generate_items_from(
        tmp_path,
        "# A paper\n\n## 4.1. Manipulation\n\nThere are four fundamental verbs:\n\n"
        "- Filter: subsetting or removing observations.\n- Transform: adding or modifying variables.\n"
        "- Aggregate: collapsing multiple values into a single value.\n- Sort: changing the order of observations.\n",
    )
    [named] = [it.prompt for it in items if it.kind == "list"]
    assert "“Manipulation”" in named and "4.1" not in named
    said = _said(
        tmp_path,
        "Model-based approaches construct a potential model for the whole software system and specify how that "
        "model must behave.",
    )
    assert "and specify" not in said


def test_a_described_terms_element_is_named_by_its_term_set_bold(tmp_path: Path) -> None:
    items = generate_items_from(
        tmp_path,
        "# An essay\n\n## 6 Accidents and Essence\n\nHence we define the following two types of complexity:\n\n"
        "- **Essential Complexity** is inherent in, and the essence of, the problem as the users see it.\n"
        "- **Accidental Complexity** is all the rest, which the team would not meet in an ideal world.\n",
    )
    assert [it.answer for it in items if it.kind == "list"] == ["Essential Complexity; Accidental Complexity"]


def test_a_list_is_named_by_its_noun_and_what_the_lead_in_says_it_is_of_not_by_the_quoted_lead_in(
    tmp_path: Path,
) -> None:
    [listed] = _lists(
        tmp_path,
        "There are two widely-used approaches to understanding systems (or components of systems):",
        ["Testing: attempting to understand a system from the outside.", "Informal reasoning: from the inside."],
    )
    assert listed.prompt == "Name the two widely-used approaches to understanding systems."
    [listed] = _lists(tmp_path, "Hence we define the following two types of complexity:", ["Essential", "Accidental"])
    assert listed.prompt == "Name the two types of complexity."
