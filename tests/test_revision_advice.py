"""When to do what (issue 14, round 64's held-out chapters): a text that teaches by advice ("It's advisable to X
when Y") writes few definitions, and whole chapters of it gave no item; advice asks when, answered by its condition."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import generate_items_from


def _asked(tmp_path: Path, body: str) -> list[tuple[str, str]]:
    items = generate_items_from(tmp_path, f"# Errors\n\n## Guidelines for error handling\n\n{body}\n")
    return [(it.prompt, it.answer) for it in items]


def test_advice_asks_when_a_practice_is_the_right_one(tmp_path: Path) -> None:
    for said, asked in (
        (
            "It’s advisable to have your code panic when it’s possible that your code could end up in a bad state.",
            (
                "When is it advisable to have your code panic?",
                "when it’s possible that your code could end up in a bad state",
            ),
        ),
        (
            "In situations such as examples, prototype code, and tests, "
            "it’s more appropriate to write code that fails.",
            (
                "When is it more appropriate to write code that fails?",
                "in situations such as examples, prototype code, and tests",
            ),
        ),
        (
            "However, when failure is expected, it’s more appropriate to return a Result than to make a panic! call.",
            ("When is it more appropriate to return a Result than to make a panic! call?", "when failure is expected"),
        ),
        (
            "Therefore, returning Result is a good default choice when you’re defining a function that might fail.",
            ("When is returning Result a good default choice?", "when you’re defining a function that might fail"),
        ),
        (
            "Similarly, panic! is often appropriate if you’re calling external code that is out of your control.",
            ("When is panic! often appropriate?", "if you’re calling external code that is out of your control"),
        ),
    ):
        assert _asked(tmp_path, said) == [asked], said


def test_what_the_writer_recommends_and_what_to_use_for_a_need(tmp_path: Path) -> None:
    recommended = (
        "Therefore, we highly recommend using Vue frameworks if you need SSR since they often have SSR support."
    )
    assert _asked(tmp_path, recommended) == [("When does the text recommend using Vue frameworks?", "if you need SSR")]
    need = (
        "If you need a NUL-terminated string for interoperability with C, you should use the CString type in std::ffi."
    )
    assert _asked(tmp_path, need) == [
        (
            "What should you use if you need a NUL-terminated string for interoperability with C?",
            "the CString type in std::ffi",
        )
    ]


def test_what_serves_an_end_is_asked_by_the_end(tmp_path: Path) -> None:
    end = "To ensure that the variance of the dot product remains 1, we use the scaled dot product scoring function."
    assert _asked(tmp_path, end) == [
        (
            "What do you use to ensure that the variance of the dot product remains 1?",
            "the scaled dot product scoring function",
        )
    ]
    assert _asked(tmp_path, "To get uniqueness, we need the Markov chain to mix around in the state space.") == []
    assert _asked(tmp_path, "To begin with, we use two helper functions for the gradient of the loss.") == []


def test_advice_whose_condition_points_elsewhere_asks_nothing(tmp_path: Path) -> None:
    assert _asked(tmp_path, "When this happens, it is best to restart the server from a clean state.") == []
    assert _asked(tmp_path, "It is best to restart the server when the error shown above appears again.") == []
