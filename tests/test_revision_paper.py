"""Items from a research paper's sentences (the TraceMonkey paper, PLDI 2009, as `tutor add` reads its PDF): a
participle that modifies a noun is no verb, a purpose belongs to the clause nearest it, a hedged reason and a
passive's agent ask nothing, and an answer ends with its sentence (issue 14: ask what the section teaches)."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import generate_items_from


def _said(tmp_path: Path, sentence: str) -> str:
    items = generate_items_from(tmp_path, f"# A paper\n\n## 4.1 Nesting\n\n{sentence}\n")
    return "\n".join(f"{it.prompt} => {it.answer}" for it in items)


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
    assert said == "What does access-nbody form? => a large number of traces"
