"""The chat's handlers as plain functions and generators (no gradio), so tests run them without a server.

A turn is what one step of the chat changes on the page: the conversation, the learner's earlier
questions, the source pane, and the follow-up questions offered after a refusal.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import tutor.faq as faq_mod
from tutor.errors import TutorError
from tutor.records import Answer, Chunk
from tutor.revision.links import explanation
from tutor.ui.web.article import ArticleIndex
from tutor.ui.web.render import SOURCES_EMPTY, answer_html, question_html, sources_html

if TYPE_CHECKING:
    from tutor.answer.tutor import Answerer
    from tutor.converse import Conversation
    from tutor.faq import Faq
    from tutor.revision.bank import ItemBank
    from tutor.revision.reviser import Reviser

Message = dict[str, str]
MAX_SUGGESTIONS = 3  # follow-up buttons under a refusal
MAX_EXAMPLES = 4  # example questions under an empty chat
MAX_EXAMPLE_CHARS = 60  # longer FAQ questions do not fit on an example button

_NUMBERING = re.compile(r"^\d{1,2}[.)]\s+")


def suggestions(answer: Answer, faq: Faq | None) -> list[str]:
    """Follow-up questions for a refusal: the FAQ question of each closest section."""
    if answer.in_scope:
        return []
    out = []
    for section in answer.closest_sections[:MAX_SUGGESTIONS]:
        q = faq.question_for(section) if faq else None
        out.append(q or f"What does the text say about {_NUMBERING.sub('', section)}?")
    return out


QuizState = dict[str, Any]  # {"quiz": item id waiting for its answer, "asked": [item ids asked]}: JSON for gr.State


@dataclass(frozen=True)
class Turn:
    """What one chat step changes on the page."""

    chat: list[Message]
    history: list[str]
    sources: str
    suggestions: list[str]
    answer: Answer | None = None  # the finished answer (None while it is being made)
    kind: str = "answer"  # the reply's kind ("answer", "overview", "summary", "quiz", "smalltalk", "refusal")
    quiz: QuizState = field(default_factory=dict)  # the quiz question waiting for an answer, and those asked


def faq_conversation(
    tutor: Answerer, faq: Callable[[], Faq | None], revision: Callable[[], Reviser | None] | None = None
) -> Conversation:
    """The web chat's conversation: a question is answered from the FAQ (`faq()`, the current one) when an entry
    matches it well, else by the tutor; "quiz me" asks from `revision()`."""
    from tutor.converse import Conversation

    return Conversation(tutor, lambda q, h, w: faq_mod.ask(tutor, faq(), q, tuple(h), w), revision)


def chat_turn(
    tutor: Answerer,
    faq: Faq | None,
    message: str,
    chat: list[Message] | None,
    history: list[str] | None,
    article: ArticleIndex | None = None,
    within: Collection[str] | None = None,
    quiz: QuizState | None = None,
    learner: str | None = None,
    revision: Callable[[], Reviser | None] | None = None,
    talk: Conversation | None = None,
) -> Iterator[Turn]:
    """One message: first it appears, then the reply (an answer with its sources, an overview, a summary, a quiz
    question or its grade, a word of small talk).

    `history` is this session's earlier questions (oldest first) and `quiz` the quiz it is in; both are returned
    updated, never mutated. `within`: the sources replies may come from (None or empty: every text); `revision`
    gives the reviser "quiz me" asks from (and records under `learner`). `talk`: the app's conversation (it keeps
    what replies read of the index); by default one over `tutor`, `faq` and `revision`.
    """
    from tutor.converse import Dialog

    chat = list(chat or [])
    history = list(history or [])
    quiz = dict(quiz or {})
    question = (message or "").strip()
    if not question:
        yield Turn(chat, history, SOURCES_EMPTY, [], quiz=quiz)
        return
    pending = [*chat, {"role": "user", "content": question_html(question)}]
    yield Turn(
        [*pending, {"role": "assistant", "content": '<div class="thinking">Looking in the text…</div>'}],
        history,
        SOURCES_EMPTY,
        [],
        quiz=quiz,
    )
    talk = talk or faq_conversation(tutor, lambda: faq, revision)
    dialog = Dialog(tuple(history), str(quiz.get("quiz", "")), tuple(quiz.get("asked", ())))
    try:
        reply = talk.reply(question, dialog, learner, within or None)
    except TutorError as e:  # the knowledge broke while the app runs: say what to do, keep the conversation
        failed = [*pending, {"role": "assistant", "content": f'<p class="note">{html.escape(str(e))}</p>'}]
        yield Turn(failed, history, SOURCES_EMPTY, [], quiz=quiz)
        return
    answer = reply.answer
    done = [*pending, {"role": "assistant", "content": answer_html(answer)}]
    titles = {source: text.title for source, text in tutor.index.texts.items()}
    pane = sources_html(answer, article, tutor.index.chunks, titles)
    state = {"quiz": reply.dialog.quiz, "asked": list(reply.dialog.asked)}
    yield Turn(done, list(reply.dialog.questions), pane, suggestions(answer, faq), answer, reply.kind, state)


def explain_turn(
    bank: ItemBank,
    item_id: str,
    chat: list[Message] | None,
    history: list[str] | None,
    article: ArticleIndex | None = None,
    chunks: Sequence[Chunk] = (),
) -> Turn:
    """A quiz item's passage put into the chat as a cited answer, with the source pane showing it.

    The conversation's questions (`history`) are left as they were: "Explain" is not a question to follow up.
    """
    answer = explanation(bank, item_id, chunks)
    chat = [
        *(chat or []),
        {"role": "user", "content": question_html(answer.question)},
        {"role": "assistant", "content": answer_html(answer)},
    ]
    return Turn(chat, list(history or []), sources_html(answer, article, chunks), [], answer)


def example_questions(faq: Faq | None, limit: int = MAX_EXAMPLES) -> list[str]:
    """Starting points: a definition, the text's own FAQ, then section questions, in reading order."""
    if faq is None:
        return []
    own = [e.question for e in faq.entries if e.origin == "article"]
    made = [e.question for e in faq.entries if e.origin == "section"]
    picked: list[str] = []
    for q in [*made[1:2], *own[:1], *made[2:]]:
        if q not in picked and len(q) <= MAX_EXAMPLE_CHARS:
            picked.append(q)
    return picked[:limit]
