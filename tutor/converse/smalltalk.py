"""What the tutor says when there is nothing to quote: a greeting, thanks, the end of a quiz, the next step, and
what to ask first."""

from __future__ import annotations

import re

from tutor.answer.wording import Wording

QUIZ_STOPPED = "All right, no more questions for now. Say “quiz me” whenever you want another."
NO_QUIZ_ITEMS = "Quizzes need the quiz items of the index: run `tutor build`, then ask again."
NO_QUIZ_ABOUT = "I have no quiz question about that; try “quiz me” for one from anywhere in the text."
EXPLAIN_WHAT = "What should I explain? Ask me a question first, then ask me to put it more simply."
EXAMPLE_OF_WHAT = "An example of what? Ask me a question first, or name the idea: “an example of …”."
ALL_DONE = "You have been through every section. Say “quiz me” to review what is due."
_NUMBERING = re.compile(r"^\s*\d{1,2}[.)]\s*")


def greeting(w: Wording) -> str:
    example = f" For example: “{w.examples[0]}”" if w.examples else ""
    return (
        f"Hello! Ask me anything about {w.name}; I answer with its own sentences and show where they are. "
        f"I can also give an overview, summarize a part, or quiz you.{example}"
    )


def no_quiz(w: Wording, subject: str, asked_them_all: bool) -> str:
    """Why there is no quiz question: none about that subject, every one already asked in this conversation, or none
    at all (the generator found no sentence it could make a fair question of)."""
    if subject:
        return NO_QUIZ_ABOUT
    if asked_them_all:
        return f"You have had every quiz question I have on {w.name} in this conversation; start a new one to go again."
    why = "none of its sentences made a question I could grade fairly"
    return f"I have no quiz questions on {w.name}: {why}. Ask me about it instead."


def thanks(w: Wording) -> str:
    return f"You're welcome. Ask me more about {w.name} any time, or say “quiz me” to check what you remember."


def next_step(section: str, why: str) -> str:
    plain = _NUMBERING.sub("", section).rstrip(" ?.:") or section
    return (
        f"Next: “{section}” ({why}). Say “summarize {plain}” for its gist, or “quiz me on {plain}” to check yourself."
    )


def no_example(w: Wording) -> str:
    the = w.the_text
    return f"{the[:1].upper()}{the[1:]} gives no example of that; this is what it says:"
