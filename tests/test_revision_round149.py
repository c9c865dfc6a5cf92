"""Generator 127 (round 149: a whole programming textbook read from a PDF, *Think Python*): a book's numbered
"6.11. Exercises" is a section of tasks, not asked, as "Exercises" is; no broad question that only its section's
name places ("In the section “List methods”, what does Python provide?"); a glossary's term the text counts in the
plural and its gloss calls "A …" is asked with its article ("What is a void function?"), a mass noun without one.
Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, generate_items_from

_BOOK = (
    "# Functions\n\n## 3.10. Fruitful functions and void functions\n\n"
    "Some functions return results. Other functions perform an action but return nothing, and such void functions "
    "are common in scripts. Repeated execution of statements is common in every program that loops. "
    f"{OTHER}\n\n"
    "## 3.13. Glossary\n\n"
    "void function: A function that always returns None.\n\n"
    "iteration: Repeated execution of a set of statements using a loop.\n\n"
    "## 3.14. Exercises\n\n"
    "A palindrome is a word that is spelled the same backward and forward, like noon and redivider. Write a "
    "function that takes a string argument and returns True if it is a palindrome.\n"
)


def test_a_numbered_exercises_section_is_not_asked_and_a_glossary_term_the_text_counts_takes_its_article(
    tmp_path: Path,
) -> None:
    items = generate_items_from(tmp_path, _BOOK)
    assert not [it for it in items if it.section == "3.14. Exercises"]
    asked = {it.prompt: it.answer for it in items if it.section == "3.13. Glossary"}
    assert asked.get("What is a void function?") == "A function that always returns None"
    assert "What is an iteration?" not in asked  # "Repeated execution of …": a mass noun, no article


def test_no_broad_question_that_only_its_sections_name_places(tmp_path: Path) -> None:
    text = (
        "# Lists\n\n## List methods\n\nPython provides methods that operate on lists. For example, append adds a "
        f"new element to the end of a list. {OTHER}\n"
    )
    assert not [it for it in generate_items_from(tmp_path, text) if it.prompt.startswith("In the section")]
