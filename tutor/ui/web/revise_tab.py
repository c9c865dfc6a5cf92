"""The Revise tab of the web app: guided path, quiz with due reviews first, mastery per section.

`build_revise_tab(tutor)` is called inside `with gr.Tab("Revise"):`. The handlers are plain methods of
`ReviseHandlers`, so tests call them without a server; this module only formats and wires them.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tutor.errors import TutorError
from tutor.revision.bank import ItemBank
from tutor.revision.links import expected_answer
from tutor.revision.path import GuidedPath, Step
from tutor.revision.reviser import Reviser
from tutor.revision.store import ProgressStore, check_name
from tutor.ui.web.quiz_md import feedback_md, mastery_html, question_md, quote_md, step_md
from tutor.ui.when import local_time

if TYPE_CHECKING:
    import gradio as gr

    from tutor.answer.tutor import Answerer

NO_NAME = "Type your name above and press **Start** — your progress is kept under that name."


class ReviseHandlers:
    """What each button does; every method takes and returns plain values."""

    def __init__(self, reviser: Reviser) -> None:
        self.reviser = reviser
        self.path = GuidedPath(reviser)
        self.ui: ReviseTabUI | None = None  # set by build_revise_tab

    @property
    def bank(self) -> ItemBank:
        return self.reviser.bank

    def chart(self, learner: str) -> str:
        try:
            progress = self.reviser.progress(learner)
        except TutorError:
            return ""
        rows = [(s.section, s.mastery, s.reviewed, s.items) for s in progress.sections]
        due = f"{progress.due_now} due now" if progress.due_now else "nothing due now"
        summary = (
            f"<p>{html.escape(progress.learner)}: overall {progress.mastery:.0%}, "
            f"{progress.seen}/{progress.items} items seen, {progress.reviews} answers, {due}.</p>"
        )
        return summary + mastery_html(rows)

    def start(self, learner: str) -> tuple[str, str, str, str, str, str]:
        """(status, path text, path item id, quiz text, quiz item id, chart)."""
        try:
            learner = check_name(learner)
        except TutorError:
            return NO_NAME, "", "", "", "", ""
        step = self.path.step(learner)
        quiz_md, quiz_id = self.next_question(learner, False)
        status = f"Revising as **{html.escape(learner)}**."
        return status, step_md(step), _item_id(step), quiz_md, quiz_id, self.chart(learner)

    # ------------------------------------------------------------ guided path

    def path_continue(self, learner: str) -> tuple[str, str]:
        try:
            step = self.path.start_checks(check_name(learner))
        except TutorError as e:
            return str(e), ""
        return step_md(step), _item_id(step)

    def path_restart(self, learner: str) -> tuple[str, str]:
        try:
            step = self.path.go_to(check_name(learner))
        except TutorError as e:
            return str(e), ""
        return step_md(step), _item_id(step)

    def path_answer(self, learner: str, item_id: str, answer: str) -> tuple[str, str, str, str]:
        """(feedback, path text, next item id, chart)."""
        if not item_id:
            return "Read the key points first, then press **Check myself**.", "", "", ""
        try:
            outcome, step = self.path.answer(check_name(learner), item_id, answer)
        except TutorError as e:
            return str(e), "", item_id, ""
        return feedback_md(outcome), step_md(step), _item_id(step), self.chart(learner)

    # ------------------------------------------------------------ quiz and due reviews

    def next_question(self, learner: str, due_only: bool) -> tuple[str, str]:
        """(question text, item id): a due item first; with `due_only`, nothing when none is due."""
        try:
            learner = check_name(learner)
        except TutorError:
            return NO_NAME, ""
        up = self.reviser.next_up(learner, due_only)
        if up.item is None:
            return f"Nothing is due now. Next review: {local_time(up.next_due)}.", ""
        heading = f"**Due review** ({up.due} due) · " if up.due else "**New item** · "
        return question_md(up.item, heading), up.item.id

    def quiz_answer(self, learner: str, item_id: str, answer: str) -> tuple[str, str]:
        """(feedback, chart)."""
        feedback, chart, _ = self.quiz_grade(learner, item_id, answer)
        return feedback, chart

    def quiz_grade(self, learner: str, item_id: str, answer: str) -> tuple[str, str, bool]:
        """(feedback, chart, wrong): `wrong` when the answer was graded Again or Hard, which offers Explain."""
        if not item_id:
            return "Press **Next question** first.", "", False
        try:
            outcome = self.reviser.answer(check_name(learner), item_id, answer)
        except TutorError as e:
            return str(e), "", False
        return feedback_md(outcome), self.chart(learner), not outcome.grade.correct

    def explain(self, item_id: str) -> str:
        """The passage behind an item, quoted with its citation (what "Explain" shows)."""
        if not item_id:
            return ""
        try:
            item = self.bank.get(item_id)
        except TutorError as e:
            return str(e)
        answer = expected_answer(item)
        return (
            f"**Passage** ({html.escape(item.section)} — {html.escape(item.source)}:{item.start}-{item.end})\n\n"
            f"{quote_md(item.reading)}\n\n**Answer:** {html.escape(answer)}"
        )


@dataclass(frozen=True)
class ReviseTabUI:
    """The tab's components that the rest of the app wires to (the chat's "Check yourself" and "Explain")."""

    learner: gr.Textbox
    quiz_item: gr.State
    explain: gr.Button


def _item_id(step: Step) -> str:
    return step.item.id if step.kind == "question" and step.item else ""


def make_handlers(
    tutor: Answerer, knowledge: str | Path | None = None, store: ProgressStore | None = None
) -> ReviseHandlers:
    from tutor.service import open_reviser

    return ReviseHandlers(open_reviser(tutor, knowledge, store))


@dataclass(frozen=True)
class _Layout:
    """Every component of the tab, as `_lay_out` made them."""

    learner: gr.Textbox
    start: gr.Button
    status: gr.Markdown
    path_item: gr.State
    path_md: gr.Markdown
    path_go: gr.Button
    path_restart: gr.Button
    path_answer: gr.Textbox
    path_submit: gr.Button
    path_feedback: gr.Markdown
    quiz_item: gr.State
    due_only: gr.Checkbox
    quiz_md: gr.Markdown
    quiz_answer: gr.Textbox
    quiz_submit: gr.Button
    quiz_next: gr.Button
    quiz_explain: gr.Button
    quiz_feedback: gr.Markdown
    refresh: gr.Button
    chart: gr.HTML


def _lay_out() -> _Layout:
    import gradio as gr

    with gr.Row():
        learner = gr.Textbox(label="Your name", placeholder="e.g. alice", scale=3, elem_id="revise-learner")
        start = gr.Button("Start", variant="primary", scale=1, elem_id="revise-start")
    status = gr.Markdown(NO_NAME, elem_id="revise-status")
    with gr.Tabs():
        with gr.Tab("Guided path", elem_id="revise-path-tab"):
            path_item = gr.State("")
            path_md = gr.Markdown(elem_id="path-step")
            with gr.Row():
                path_go = gr.Button("Check myself", elem_id="path-continue")
                path_restart = gr.Button("Start the path again", size="sm")
            path_answer = gr.Textbox(label="Your answer", lines=3, elem_id="path-answer")
            path_submit = gr.Button("Submit answer", variant="primary", elem_id="path-submit")
            path_feedback = gr.Markdown(elem_id="path-feedback")
        with gr.Tab("Quiz", elem_id="revise-quiz-tab"):
            quiz_item = gr.State("")
            due_only = gr.Checkbox(label="Due reviews only", value=False)
            quiz_md = gr.Markdown(elem_id="quiz-question")
            quiz_answer = gr.Textbox(label="Your answer", lines=3, elem_id="quiz-answer")
            with gr.Row():
                quiz_submit = gr.Button("Submit answer", variant="primary", elem_id="quiz-submit")
                quiz_next = gr.Button("Next question", elem_id="quiz-next")
                quiz_explain = gr.Button("Explain", visible=False, elem_id="quiz-explain")
            quiz_feedback = gr.Markdown(elem_id="quiz-feedback")
        with gr.Tab("Progress", elem_id="revise-progress-tab"):
            refresh = gr.Button("Refresh", size="sm")
            chart = gr.HTML(elem_id="revise-mastery")
    return _Layout(
        learner, start, status, path_item, path_md, path_go, path_restart, path_answer, path_submit, path_feedback,
        quiz_item, due_only, quiz_md, quiz_answer, quiz_submit, quiz_next, quiz_explain, quiz_feedback, refresh, chart,
    )  # fmt: skip


def _wire_path(h: ReviseHandlers, ui: _Layout) -> None:
    import gradio as gr

    def start(name: str) -> tuple[Any, ...]:
        return *h.start(name), gr.update(visible=False)

    outputs_start = [ui.status, ui.path_md, ui.path_item, ui.quiz_md, ui.quiz_item, ui.chart, ui.quiz_explain]
    ui.start.click(start, [ui.learner], outputs_start)
    ui.learner.submit(start, [ui.learner], outputs_start)
    ui.path_go.click(h.path_continue, [ui.learner], [ui.path_md, ui.path_item])
    ui.path_restart.click(h.path_restart, [ui.learner], [ui.path_md, ui.path_item])

    def submit(name: str, item_id: str, text: str) -> tuple[Any, ...]:
        feedback, md, next_id, bars = h.path_answer(name, item_id, text)
        return feedback, md or gr.update(), next_id, bars or gr.update(), ""

    ui.path_submit.click(
        submit,
        [ui.learner, ui.path_item, ui.path_answer],
        [ui.path_feedback, ui.path_md, ui.path_item, ui.chart, ui.path_answer],
    )


def _wire_quiz(h: ReviseHandlers, ui: _Layout, explain_here: bool) -> None:
    import gradio as gr

    def submit(name: str, item_id: str, text: str) -> tuple[Any, ...]:
        feedback, bars, wrong = h.quiz_grade(name, item_id, text)
        return feedback, bars or gr.update(), gr.update(visible=wrong)

    graded = [ui.quiz_feedback, ui.chart, ui.quiz_explain]
    ui.quiz_submit.click(submit, [ui.learner, ui.quiz_item, ui.quiz_answer], graded)
    ui.quiz_answer.submit(submit, [ui.learner, ui.quiz_item, ui.quiz_answer], graded)

    def next_question(name: str, due: bool) -> tuple[Any, ...]:
        md, item_id = h.next_question(name, due)
        return md, item_id, "", "", gr.update(visible=False)

    next_outputs = [ui.quiz_md, ui.quiz_item, ui.quiz_answer, ui.quiz_feedback, ui.quiz_explain]
    ui.quiz_next.click(next_question, [ui.learner, ui.due_only], next_outputs)
    ui.due_only.change(next_question, [ui.learner, ui.due_only], next_outputs)
    if explain_here:
        ui.quiz_explain.click(h.explain, [ui.quiz_item], [ui.quiz_feedback])
    ui.refresh.click(h.chart, [ui.learner], [ui.chart])


def build_revise_tab(
    tutor: Answerer,
    knowledge: str | Path | None = None,
    store: ProgressStore | None = None,
    explain_here: bool = True,
) -> ReviseHandlers:
    """Lay out the Revise tab inside the current gr.Blocks / gr.Tab context and wire its handlers.

    Explain appears after a wrong quiz answer. With `explain_here` it shows the passage in the tab; the full
    app passes False and wires `handlers.ui.explain` to open the passage in the chat instead.
    """
    h = make_handlers(tutor, knowledge, store)
    ui = _lay_out()
    _wire_path(h, ui)
    _wire_quiz(h, ui, explain_here)
    h.ui = ReviseTabUI(ui.learner, ui.quiz_item, ui.quiz_explain)
    return h
