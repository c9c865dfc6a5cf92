"""A learner's question analysed once, at the top of the pipeline: what every later stage reads about it."""

from __future__ import annotations

from dataclasses import dataclass

from tutor.answer import asks
from tutor.answer.query import Query, is_followup
from tutor.english.language import looks_foreign


@dataclass(frozen=True)
class Question:
    query: Query  # the cleaned question, what is searched (typos fixed, follow-up resolved) and its terms
    parts: tuple[str, ...]  # the asks of a two-part question, each answered on its own; () for one ask
    leaning: tuple[bool, ...]  # per part: it leans on the other part for its subject ("…, and who ran it?")
    leads: bool  # a follow-up whose own words lead the search, the conversation supplying its subject
    answer_type: str | None  # what the evidence must hold: "time", "number", "name"; or prefers: "names", "term"
    counted: tuple[str, ...]  # what a "how many" question counts ("cyber diplomats")
    wants_list: bool  # asks for several things: the whole list answers it
    enumeration: bool  # asks for the specific items of a list: only a list can answer it
    deed: str | None  # the verb of "Who succeeded X?"
    defined: str | None  # the term "What is X?" asks to have defined: a sentence that defines it edges ahead
    section: str | None  # the section it names ("according to the section on …")
    foreign: bool  # written in another language
    notes: tuple[str, ...]  # what the learner is told about how the question was read

    @property
    def asked(self) -> str:
        """The question without instructions: what the checks of its type read."""
        return self.query.asked


def analyse(query: Query, split_parts: bool, pointed: bool) -> Question:
    """Everything about the question the pipeline needs. `pointed`: it named an item of the earlier answer's
    list ("the second one"), which then stands whole as its subject, so the question does not lead the search."""
    asked = query.asked
    found = asks.parts(query.focus) if split_parts else [query.focus]
    parts = tuple(found) if len(found) > 1 else ()
    needed = asks.answer_type(asked)
    return Question(
        query=query,
        parts=parts,
        leaning=tuple(is_followup(p) for p in parts),
        leads=query.followup and not pointed,
        answer_type=needed,
        counted=tuple(asks.counted(asked)) if needed == "number" else (),
        wants_list=asks.asks_for_list(asked),
        enumeration=asks.demands_enumeration(asked),
        deed=asks.deed_of_named(asked),
        defined=asks.defined_term(asked),
        section=asks.section_reference(query.focus),
        foreign=looks_foreign(asked or query.question),
        notes=_notes(query),
    )


def _notes(query: Query) -> tuple[str, ...]:
    notes = []
    if query.truncated:
        notes.append("Your question was long; I answered from its first 2,000 characters.")
    if query.instructions_removed:
        notes.append("I only answer from the text, so I set aside the instructions in your question.")
    return tuple(notes)
