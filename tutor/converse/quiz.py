"""The quiz inside a conversation: "quiz me (on X)" asks an item of the Revise tab's bank, the next message is
graded in place (and recorded, when the learner has a name), and "what should I study next" reads the path."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from tutor.converse.quoting import quoted
from tutor.converse.sections import find_part
from tutor.converse.summaries import heading_path, is_under
from tutor.errors import TutorError
from tutor.records import Answer, Piece, Unit
from tutor.revision.items import CHOICE_LETTERS, QuizItem, SectionKey
from tutor.revision.store import check_name

if TYPE_CHECKING:
    from tutor.answer.tutor import Answerer
    from tutor.converse.replies import Dialog
    from tutor.index.load import KnowledgeIndex
    from tutor.revision.reviser import Outcome, Reviser


def learner_name(name: str | None) -> str | None:
    """A valid learner name, or None (answers are graded, not recorded)."""
    try:
        return check_name(name or "")
    except TutorError:
        return None


def ask_item(
    tutor: Answerer,
    reviser: Reviser,
    subject: str,
    learner: str | None,
    within: Collection[str] | None,
    asked: Collection[str] = (),
) -> QuizItem | None:
    """An item about `subject` (its section, then its subsections), due or unseen first for a named learner; with
    no subject, the learner's next item (due first), else the first item of the texts not `asked` yet."""
    learner = learner_name(learner)
    pool = [it for it in reviser.bank.items if (within is None or it.source in within) and it.id not in asked]
    if subject:
        found = find_part(tutor, subject, within)
        if found is None:
            return None
        keys = _sections_under(tutor, *found) + _nearest_sections(tutor, *found)
        for key in keys:
            item = reviser.item_for_section(key, learner)
            if item is not None and item.id not in asked:
                return item
            fresh = [it for it in pool if it.section_key == key]
            if fresh:
                return fresh[0]
        return None
    if learner:
        up = reviser.next_up(learner)
        if up.item is not None and (within is None or up.item.source in within):
            return up.item
    return pool[0] if pool else None


def _nearest_sections(tutor: Answerer, source: str, title: str) -> list[SectionKey]:
    """The text's other sections, nearest first (the next one before the one above): a section with no quiz
    items of its own is quizzed from its neighbours."""
    order = list(dict.fromkeys(SectionKey(source, c.section) for c in tutor.index.chunks if c.source == source))
    here = next((i for i, k in enumerate(order) if k.title == title), 0)
    others = [(i, k) for i, k in enumerate(order) if k.title != title]
    return [k for _, k in sorted(others, key=lambda ik: (abs(ik[0] - here), ik[0] < here))]


def _sections_under(tutor: Answerer, source: str, title: str) -> list[SectionKey]:
    """The section and the sections under it, in reading order."""
    chunks = tutor.index.chunks
    path = heading_path(chunks, source, title)
    keys: dict[SectionKey, None] = {}
    for c in chunks:
        if c.source == source and is_under(c.context or c.section, path):
            keys.setdefault(SectionKey(source, c.section), None)
    return list(keys) or [SectionKey(source, title)]


def question_pieces(item: QuizItem) -> tuple[Piece, ...]:
    """The quiz question as the chat shows it: a line each for where it is from, the prompt, each choice."""
    lines = [
        f"Quiz · {item.section}",
        item.prompt,
        *(f"{CHOICE_LETTERS[n]}) {c}" for n, c in enumerate(item.choices)),
        "Answer in your own words; I will check it against the text." if not item.choices else "Answer with a letter.",
    ]
    return tuple(Piece("message", (line,)) for line in lines)


def grade(
    reviser: Reviser, index: KnowledgeIndex, item_id: str, text: str, learner: str | None
) -> tuple[Answer, Outcome | None]:
    """The graded answer as a reply: the verdict, what was missing, the item's sentences quoted and cited; recorded
    (and scheduled) under `learner` when there is one."""
    name = learner_name(learner)
    item = reviser.bank.get(item_id)
    outcome = reviser.answer(name, item_id, text) if name else None
    g = outcome.grade if outcome else reviser.grader.grade(item, text)
    passage = quoted(index, text, _item_sentences(index, item), "It comes from this passage:")
    recorded = f"Recorded for {name}." if name else "Not recorded: give your name to keep your progress."
    pieces = (
        Piece("message", (g.verdict,)),
        *(Piece("message", (d,)) for d in g.details),
        *passage.pieces,
        Piece("message", (f"{recorded} Say “quiz me” for another question.",)),
    )
    return Answer(text, pieces, True, passage.citations, resolved_query=text), outcome


def _item_sentences(index: KnowledgeIndex, item: QuizItem) -> list[tuple[int, Unit]]:
    """The sentences of the passage a quiz item was made from."""
    return [
        (ci, u)
        for ci, c in enumerate(index.chunks)
        if c.source == item.source and c.start < item.end and item.start < c.end
        for u in c.units
        if item.start <= u.start and u.end <= item.end
    ]


def next_section(
    tutor: Answerer, reviser: Reviser | None, dialog: Dialog, learner: str | None, within: Collection[str] | None
) -> tuple[str | None, str]:
    """The section to study next and why: the learner's place on the guided path, else the section after the one
    the conversation was last about, else the first."""
    name = learner_name(learner)
    if reviser is not None and name:
        from tutor.revision.path import GuidedPath

        step = GuidedPath(reviser).step(name)
        if step.kind == "done":
            return None, ""
        return step.section, f"step {step.number} of {step.total} on your guided path"
    sections = [s for s in tutor.index.sections if within is None or s[0] in within]
    if not sections:
        return None, ""
    if dialog.questions:
        answer = tutor.ask(dialog.questions[-1], list(dialog.questions[:-1]), within)
        if answer.in_scope and answer.citations:
            here = (answer.citations[0].source, answer.citations[0].section)
            if here in sections and sections.index(here) + 1 < len(sections):
                return sections[sections.index(here) + 1][1], "the section after the one we talked about"
    return sections[0][1], "where the text begins"
