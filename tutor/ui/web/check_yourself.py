"""The chat's "Check yourself" in the web app, as plain handlers (no gradio).

It follows an in-scope chat answer with a quiz item from the section it cites; the learner answers in
place and is graded (and recorded under the Revise tab's name, when one is given). The item is chosen by
`tutor/revision/links.py`; "Explain", the other way from revision to chat, is `explain_turn` in `chat.py`.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from tutor.errors import TutorError
from tutor.records import Answer
from tutor.revision.items import SectionKey
from tutor.revision.links import check_yourself
from tutor.revision.reviser import Reviser
from tutor.revision.store import check_name
from tutor.ui.web.quiz_md import feedback_md, grade_md, question_md

NOT_RECORDED = "_Not recorded: type your name in the **Revise** tab to keep your progress._"


def offer_check(reviser: Reviser, answer: Answer) -> SectionKey | None:
    """The section "Check yourself" will ask about (its text and title), or None (a refusal, or a cited section
    without items).

    The item itself is chosen when the learner presses the button, so it can be one that is due for them.
    """
    item = check_yourself(reviser, answer)
    return item.section_key if item else None


def _learner(name: str | None) -> str | None:
    """The Revise tab's name when it is a valid one, else None (grade without recording)."""
    try:
        return check_name(name or "")
    except TutorError:
        return None


@dataclass(frozen=True)
class CheckQuestion:
    item_id: str
    text: str  # Markdown: the question, its choices, and whether the answer will be recorded


def check_question(reviser: Reviser, section: SectionKey | str | None, learner: str | None) -> CheckQuestion:
    """The item to answer for `section`: due or unseen for a named learner, else the section's best one.

    `section` is what `offer_check` gave; a bare title stands for the first section of that title."""
    name = _learner(learner)
    if isinstance(section, str):
        section = next((k for k in reviser.bank.sections if k.title == section), None) if section else None
    item = reviser.item_for_section(section, name) if section else None
    if item is None:
        return CheckQuestion("", "There is no question about this section.")
    who = f"_Answering as **{html.escape(name)}**: your answer is recorded._" if name else NOT_RECORDED
    return CheckQuestion(item.id, question_md(item, "**Check yourself** · ") + "\n\n" + who)


def check_answer(reviser: Reviser, learner: str | None, item_id: str, text: str) -> str:
    """Graded feedback (Markdown) for an answer to a "Check yourself" item."""
    if not item_id:
        return "Press **Check yourself** first."
    if not (text or "").strip():
        return "Type your answer first."
    name = _learner(learner)
    try:
        if name:
            return feedback_md(reviser.answer(name, item_id, text))
        return grade_md(reviser.grader.grade(reviser.bank.get(item_id), text)) + "\n\n" + NOT_RECORDED
    except TutorError as e:
        return html.escape(str(e))
