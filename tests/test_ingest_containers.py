"""Fenced containers as Pandoc, the Carpentries, Quarto, MyST and Docusaurus write them (issue 14: an exercise is
not what a text teaches)."""

from __future__ import annotations

from tutor.ingest.containers import containers

LESSON = """# Files

:::::::::::::::::::::::::::::::::::::::: objectives

- Copy a file.

::::::::::::::::::::::::::::::::::::::::::::::::::

Copying keeps the original.

::::::::::::::::::::::::::::::::::::::: challenge

## Copy twice

What happens when you copy a file twice?

:::::::::::::::: solution

The second copy replaces the first.

::::::::::::::::::::::::

::::::::::::::::::::::::::::::::::::::::::::::::::
"""


def test_each_container_spans_its_fences_and_is_named_by_its_class() -> None:
    found = containers(LESSON)
    assert [sorted(c.names) for c in found] == [["objectives"], ["challenge"], ["solution"]]
    objectives, challenge, solution = found
    assert LESSON[objectives.start :].startswith(":::") and "Copy a file." in LESSON[objectives.start : objectives.end]
    assert "Copying keeps" not in LESSON[objectives.start : objectives.end]
    assert challenge.start < solution.start and solution.end < challenge.end  # nested: the innermost closes first
    assert LESSON[challenge.end :] == ""


def test_attributes_and_titles_name_a_container_by_its_classes_only() -> None:
    text = (
        "::: {.callout-exercise #ex1}\nDo it.\n:::\n\n:::{solution}\nDone.\n:::\n\n"
        ":::warning Take care\nHot.\n:::\n\n::: {#exr-mean}\nNo class.\n:::\n"
    )
    assert [sorted(c.names) for c in containers(text)] == [["callout", "exercise"], ["solution"], ["warning"], []]


def test_fences_inside_code_are_code_and_an_unclosed_container_runs_to_the_end() -> None:
    text = "```markdown\n::: challenge\n```\n\nProse.\n\n::: note\nStill open.\n"
    (note,) = containers(text)
    assert note.names == frozenset({"note"}) and note.end == len(text)
