"""A tutor's side of a conversation: each learner message gets the reply its intent asks for.

`Conversation.reply` takes the message and the conversation so far (`Dialog`: the questions asked, the quiz
question waiting for an answer) and returns a `Reply`: what to show (an `Answer`: pieces and citations, so every
interface renders it as it renders answers), its kind, and the conversation after it. Nothing is kept between
calls, so the web chat, `tutor chat` and `tutor ask --batch` (which replays a line's history) behave alike.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from tutor.answer.wording import Wording
from tutor.converse import smalltalk
from tutor.converse.digests import overview, summary
from tutor.converse.intents import Intent, IntentName, recognise
from tutor.converse.quoting import examples_near, other_sentences, plainer, quoted
from tutor.converse.sections import find_part, find_text
from tutor.converse.summaries import Part, Summarizer
from tutor.english.text import clean_question
from tutor.records import Answer, message

if TYPE_CHECKING:
    from tutor.answer.tutor import Answerer
    from tutor.index.load import KnowledgeIndex
    from tutor.revision.items import QuizItem
    from tutor.revision.reviser import Outcome, Reviser

ReplyKind = Literal["answer", "overview", "summary", "quiz", "smalltalk", "refusal"]
Ask = Callable[[str, Sequence[str], Collection[str] | None], Answer]
KINDS: dict[IntentName, ReplyKind] = {
    "question": "answer", "simpler": "answer", "example": "answer", "clarify": "answer", "overview": "overview",
    "summary": "summary", "quiz": "quiz", "quiz-answer": "quiz", "quiz-stop": "smalltalk", "greeting": "smalltalk",
    "thanks": "smalltalk", "next": "smalltalk",
}  # fmt: skip


@dataclass(frozen=True)
class Dialog:
    """The conversation so far, as far as a reply depends on it."""

    questions: tuple[str, ...] = ()  # the learner's questions, oldest first: what a follow-up leans on
    quiz: str = ""  # the id of the quiz question the tutor asked last, waiting for an answer
    asked: tuple[str, ...] = ()  # the quiz questions asked so far (another "quiz me" asks a new one)


_RESTATED = ("simpler", "example", "clarify")  # requests that may carry a question of their own


def advance(dialog: Dialog, intent: Intent, text: str, quiz: str = "") -> Dialog:
    """The conversation after a message: a question (or one inside a request) joins the questions; a quiz question
    asked (`quiz`, its id) waits for its answer, and any other message ends the wait."""
    asked = text if intent.name == "question" else intent.subject if intent.name in _RESTATED else ""
    questions = (*dialog.questions, asked) if asked else dialog.questions
    return Dialog(questions, quiz, (*dialog.asked, quiz) if quiz else dialog.asked)


@dataclass(frozen=True)
class Reply:
    intent: IntentName
    answer: Answer  # what is shown: an answer's pieces and citations, or one message
    dialog: Dialog  # the conversation after this reply
    quiz: QuizItem | None = None  # the quiz question asked (its answer is the next message)
    outcome: Outcome | None = None  # a graded quiz answer (recorded when there is a learner)
    part: str = ""  # the section a summary is about ("": the whole of the texts)

    @property
    def kind(self) -> ReplyKind:
        """What the reply is: a refusal when the text does not answer; small talk when it quotes nothing and asks
        no quiz question (e.g. "an example of what?"); else the kind the learner asked for."""
        if not self.answer.in_scope:
            return "refusal"
        if not self.answer.citations and self.quiz is None:
            return "smalltalk"
        return KINDS[self.intent]

    def to_dict(self, id: str | None = None) -> dict[str, Any]:
        """The answer JSON of DESIGN.md with the reply's `kind` (and `intent`), a quiz question's item, a grade."""
        d = {**self.answer.to_dict(id), "kind": self.kind, "intent": self.intent}
        if self.quiz is not None:
            q = self.quiz
            d["quiz"] = {"item": q.id, "kind": q.kind, "prompt": q.prompt, "choices": list(q.choices)}
            d["quiz"]["section"] = q.section
        if self.outcome is not None:
            d["graded"] = self.outcome.to_dict()
        if self.part:
            d["part"] = self.part
        return d


class Conversation:
    """Replies over one tutor; `ask` answers a question (default: the tutor's own; the web app's looks in the FAQ
    first); `revision` gives the reviser for quizzes (None: quizzes are not available)."""

    def __init__(
        self, tutor: Answerer, ask: Ask | None = None, revision: Callable[[], Reviser | None] | None = None
    ) -> None:
        self.tutor = tutor
        self.ask: Ask = ask or (lambda q, history, within: tutor.ask(q, list(history), within))
        self.revision = revision or (lambda: None)
        self._made: tuple[KnowledgeIndex, Wording, Summarizer] | None = None

    @property
    def wording(self) -> Wording:
        return self._for_index()[0]

    @property
    def summarizer(self) -> Summarizer:
        return self._for_index()[1]

    def _for_index(self) -> tuple[Wording, Summarizer]:
        """What replies read of the current index, made once per index (a live tutor may reopen it)."""
        index = self.tutor.index
        if self._made is None or self._made[0] is not index:
            self._made = (index, Wording.of(index), Summarizer(index))
        return self._made[1], self._made[2]

    def reply(
        self, text: str, dialog: Dialog = Dialog(), learner: str | None = None, within: Collection[str] | None = None
    ) -> Reply:
        refresh = getattr(self.tutor, "refresh", None)
        if refresh is not None:
            refresh()  # a running app: an overview or a summary reads the knowledge as it is now, like an answer
        text = clean_question(text)  # control characters and lone surrogates out: the reply quotes the message
        intent = recognise(text, after_answer=bool(dialog.questions), quiz_pending=bool(dialog.quiz))
        return _Turn(self, text, intent, dialog, learner, within).reply()

    def replay(self, messages: Sequence[str], within: Collection[str] | None = None) -> Dialog:
        """The conversation after `messages` (a batch line's history), nothing recorded."""
        dialog = Dialog()
        for m in map(clean_question, messages):
            intent = recognise(m, after_answer=bool(dialog.questions), quiz_pending=bool(dialog.quiz))
            item = self.quiz_item(intent.subject, dialog, None, within) if intent.name == "quiz" else None
            dialog = advance(dialog, intent, m, item.id if item else "")
        return dialog

    def quiz_item(
        self, subject: str, dialog: Dialog, learner: str | None, within: Collection[str] | None
    ) -> QuizItem | None:
        from tutor.converse.quiz import ask_item

        reviser = self.revision()
        return ask_item(self.tutor, reviser, subject, learner, within, dialog.asked) if reviser else None

    def has_quiz_items(self, within: Collection[str] | None) -> bool:
        """Whether the texts (those `within`, if given) have any quiz item at all."""
        reviser = self.revision()
        return reviser is not None and any(within is None or it.source in within for it in reviser.bank.items)


@dataclass
class _Turn:
    """One reply being made: the message, what it wants, and the conversation it comes in."""

    talk: Conversation
    text: str
    intent: Intent
    dialog: Dialog
    learner: str | None
    within: Collection[str] | None

    def reply(self) -> Reply:
        handler: Callable[[], Reply] = getattr(self, "_" + self.intent.name.replace("-", "_"))
        return handler()

    # ------------------------------------------------------------ plumbing

    def _done(
        self, answer: Answer, quiz: QuizItem | None = None, outcome: Outcome | None = None, part: str = ""
    ) -> Reply:
        dialog = advance(self.dialog, self.intent, self.text, quiz.id if quiz else "")
        return Reply(self.intent.name, answer, dialog, quiz, outcome, part)

    def _say(self, text: str) -> Reply:
        return self._done(Answer(self.text, message(text), True, resolved_query=self.text))

    @property
    def _index(self) -> KnowledgeIndex:
        return self.talk.tutor.index

    # ------------------------------------------------------------ questions

    def _question(self) -> Reply:
        answer = self.talk.ask(self.text, self.dialog.questions, self.within)
        return self._done(answer)

    def _asked_again(self, missing: str) -> tuple[str, Answer] | Reply:
        """The question a restatement is about (the one inside the message, else the last one asked) with its
        answer; or the reply when there is none, or when the text does not answer it."""
        if self.intent.subject:
            question, before = self.intent.subject, self.dialog.questions
        elif self.dialog.questions:
            question, before = self.dialog.questions[-1], self.dialog.questions[:-1]
        else:
            return self._say(missing)
        answer = self.talk.ask(question, before, self.within)
        return (question, answer) if answer.in_scope else self._done(answer)

    def _simpler(self) -> Reply:
        found = self._asked_again(smalltalk.EXPLAIN_WHAT)
        return found if isinstance(found, Reply) else self._done(plainer(self._index, found[1], "Put simply:"))

    def _example(self) -> Reply:
        found = self._asked_again(smalltalk.EXAMPLE_OF_WHAT)
        if isinstance(found, Reply):
            return found
        question, answer = found
        vector = self.talk.tutor.embedder.embed([question])[0]
        examples = examples_near(self._index, answer, vector)[:2]
        if not examples:
            return self._done(plainer(self._index, answer, smalltalk.no_example(self.talk.wording)))
        return self._done(quoted(self._index, question, examples, "For example:"))

    def _clarify(self) -> Reply:
        """ "What does X mean?": the meaning of X; "I don't get it": other sentences on the last question."""
        if self.intent.subject:
            return self._done(self.talk.ask(self.intent.subject, self.dialog.questions, self.within))
        question, before = self.dialog.questions[-1], self.dialog.questions[:-1]
        answer = self.talk.ask(question, before, self.within)
        if not answer.in_scope:
            return self._done(answer)
        vector = self.talk.tutor.embedder.embed([question])[0]
        others = other_sentences(self._index, answer, vector, 2)
        if not others:
            return self._done(plainer(self._index, answer, "Put another way:"))
        return self._done(quoted(self._index, question, others, "Put another way:"))

    # ------------------------------------------------------------ overviews and summaries

    def _overview(self) -> Reply:
        """The texts' overview; "an overview of X": of the text X names, else the gist of the part about X."""
        within = self.within
        if self.intent.subject:
            named = find_text(self.talk.tutor, self.intent.subject, within)
            if named is None:
                return self._summary()
            within = [named]
        answer = overview(self.talk.summarizer, self.text, within)
        return self._done(answer) if answer else self._question()

    def _summary(self) -> Reply:
        named = find_text(self.talk.tutor, self.intent.subject, self.within) if self.intent.target == "part" else None
        if named is not None:  # "summarize the monitoring chapter": the whole of that text
            answer = summary(self.talk.summarizer, self.text, None, [named])
            return self._done(answer) if answer else self._question()
        part = self._part(self.talk.summarizer)
        answer = summary(self.talk.summarizer, self.text, part, self.within)
        return self._done(answer, part=part.title if part else "") if answer else self._question()

    def _part(self, s: Summarizer) -> Part | None:
        """The section a summary is about: the last answer's ("that"), the one named, or None for the whole text."""
        if self.intent.target == "that" and self.dialog.questions:
            q, before = self.dialog.questions[-1], self.dialog.questions[:-1]
            answer = self.talk.ask(q, before, self.within)
            first = answer.citations[0] if answer.citations else None
            return s.part_of(first.source, first.section) if first else None
        if self.intent.target == "part":
            found = find_part(self.talk.tutor, self.intent.subject, self.within)
            return s.part_of(*found) if found else None
        return None

    # ------------------------------------------------------------ quizzes

    def _quiz(self) -> Reply:
        from tutor.converse.quiz import question_pieces

        if self.talk.revision() is None:
            return self._say(smalltalk.NO_QUIZ_ITEMS)
        item = self.talk.quiz_item(self.intent.subject, self.dialog, self.learner, self.within)
        if item is None:
            had = self.talk.has_quiz_items(self.within)
            return self._say(smalltalk.no_quiz(self.talk.wording, self.intent.subject, had))
        return self._done(Answer(self.text, question_pieces(item), True, resolved_query=self.text), item)

    def _quiz_answer(self) -> Reply:
        from tutor.converse.quiz import grade

        reviser = self.talk.revision()
        if reviser is None:
            return self._question()
        answer, outcome = grade(reviser, self._index, self.dialog.quiz, self.text, self.learner)
        return self._done(answer, outcome=outcome)

    def _quiz_stop(self) -> Reply:
        return self._say(smalltalk.QUIZ_STOPPED)

    # ------------------------------------------------------------ small talk

    def _greeting(self) -> Reply:
        return self._say(smalltalk.greeting(self.talk.wording))

    def _thanks(self) -> Reply:
        return self._say(smalltalk.thanks(self.talk.wording))

    def _next(self) -> Reply:
        from tutor.converse.quiz import next_section

        section, why = next_section(self.talk.tutor, self.talk.revision(), self.dialog, self.learner, self.within)
        return self._say(smalltalk.next_step(section, why) if section else smalltalk.ALL_DONE)
