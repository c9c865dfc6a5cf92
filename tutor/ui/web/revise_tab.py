"""The Revise tab of the web app: guided path, quiz with due reviews first, mastery per section.

`build_revise_tab(tutor)` is called inside `with gr.Tab("Revise"):`. The handlers are plain methods of
`ReviseHandlers`, so tests call them without a server; this module only formats and wires them.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
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
from tutor.ui.web.shelf import texts_choice
from tutor.ui.when import local_time

if TYPE_CHECKING:
    import gradio as gr

    from tutor.answer.tutor import Answerer
    from tutor.service import LiveRevision

Within = Sequence[str] | None  # the texts chosen in the tab, by source (None or empty: every text)
NO_NAME = "Type your name above and press **Start** — your progress is kept under that name."


class ReviseHandlers:
    """What each button does; every method takes and returns plain values.

    `within` is the texts chosen in the tab (their sources; None or empty: every text): the quiz, the due reviews,
    the guided path (a place of its own per choice) and the chart use only their items. The items follow the
    tutor's index when the knowledge changes (`LiveRevision`).
    """

    def __init__(self, revision: LiveRevision) -> None:
        self.revision = revision
        self.ui: ReviseTabUI | None = None  # set by build_revise_tab

    @property
    def reviser(self) -> Reviser:
        """Over every text (what the chat's "Check yourself" and "Explain" use)."""
        return self.revision.reviser

    @property
    def bank(self) -> ItemBank:
        return self.reviser.bank

    @property
    def path(self) -> GuidedPath:
        return GuidedPath(self.reviser)

    def _path(self, within: Within) -> GuidedPath:
        return GuidedPath(self.revision.within(within))

    def texts(self, chosen: Within = None) -> tuple[list[tuple[str, str]], list[str]]:
        """The texts to choose from as (title, source), and those of `chosen` that are still in the library."""
        titles = self.revision.titles()
        return [(title, source) for source, title in titles.items()], [s for s in chosen or () if s in titles]

    def opened(self, chosen: Within = None) -> tuple[list[tuple[str, str]], list[str]]:
        """When the tab is opened: `texts`, after the tutor reopened its index if the knowledge changed."""
        reopen: Any = getattr(self.revision.tutor, "refresh", None)
        try:
            if reopen is not None:
                reopen()
        except TutorError:
            pass  # the Chat says what is wrong with the knowledge; revision goes on with the texts it has
        return self.texts(chosen)

    def chart(self, learner: str, within: Within = None) -> str:
        try:
            progress = self.revision.within(within).progress(learner)
        except TutorError:
            return ""
        due = f"{progress.due_now} due now" if progress.due_now else "nothing due now"
        summary = (
            f"<p>{html.escape(progress.learner)}: overall {progress.mastery:.0%}, "
            f"{progress.seen}/{progress.items} items seen, {progress.reviews} answers, {due}.</p>"
        )
        return summary + mastery_html(progress.sections, self.revision.titles())

    def _step_md(self, step: Step) -> str:
        titles = self.revision.titles()
        return step_md(step, titles.get(step.source, "") if len(titles) > 1 else "")

    def start(self, learner: str, within: Within = None) -> tuple[str, str, str, str, str, str]:
        """(status, path text, path item id, quiz text, quiz item id, chart)."""
        try:
            learner = check_name(learner)
        except TutorError:
            return NO_NAME, "", "", "", "", ""
        try:
            step = self._path(within).step(learner)
        except TutorError as e:
            return html.escape(str(e)), "", "", "", "", ""
        quiz_md, quiz_id = self.next_question(learner, False, within)
        status = f"Revising as **{html.escape(learner)}**."
        return status, self._step_md(step), _item_id(step), quiz_md, quiz_id, self.chart(learner, within)

    # ------------------------------------------------------------ guided path

    def path_continue(self, learner: str, within: Within = None) -> tuple[str, str]:
        try:
            step = self._path(within).start_checks(check_name(learner))
        except TutorError as e:
            return str(e), ""
        return self._step_md(step), _item_id(step)

    def path_restart(self, learner: str, within: Within = None) -> tuple[str, str]:
        try:
            path = self._path(within)
            name = check_name(learner)
            step = path.go_to(name) if path.sections else path.step(name)
        except TutorError as e:
            return str(e), ""
        return self._step_md(step), _item_id(step)

    def path_answer(self, learner: str, item_id: str, answer: str, within: Within = None) -> tuple[str, str, str, str]:
        """(feedback, path text, next item id, chart)."""
        if not item_id:
            return "Read the key points first, then press **Check myself**.", "", "", ""
        try:
            outcome, step = self._path(within).answer(check_name(learner), item_id, answer)
        except TutorError as e:
            return str(e), "", item_id, ""
        return feedback_md(outcome), self._step_md(step), _item_id(step), self.chart(learner, within)

    # ------------------------------------------------------------ quiz and due reviews

    def next_question(self, learner: str, due_only: bool, within: Within = None) -> tuple[str, str]:
        """(question text, item id): a due item first; with `due_only`, nothing when none is due."""
        try:
            learner = check_name(learner)
        except TutorError:
            return NO_NAME, ""
        try:
            reviser = self.revision.within(within)
            up = reviser.next_up(learner, due_only)
        except TutorError as e:
            return html.escape(str(e)), ""
        if not reviser.bank.items:
            return "The chosen texts have no quiz questions.", ""
        if up.item is None:
            return f"Nothing is due now. Next review: {local_time(up.next_due)}.", ""
        heading = f"**Due review** ({up.due} due) · " if up.due else "**New item** · "
        return question_md(up.item, heading), up.item.id

    def quiz_answer(self, learner: str, item_id: str, answer: str, within: Within = None) -> tuple[str, str]:
        """(feedback, chart)."""
        feedback, chart, _ = self.quiz_grade(learner, item_id, answer, within)
        return feedback, chart

    def quiz_grade(self, learner: str, item_id: str, answer: str, within: Within = None) -> tuple[str, str, bool]:
        """(feedback, chart, wrong): `wrong` when the answer was graded Again or Hard, which offers Explain."""
        if not item_id:
            return "Press **Next question** first.", "", False
        try:
            outcome = self.revision.within(within).answer(check_name(learner), item_id, answer)
        except TutorError as e:
            return str(e), "", False
        return feedback_md(outcome), self.chart(learner, within), not outcome.grade.correct

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
    within: gr.Dropdown  # the texts revised ([]: every text); shown when the library has several


def _item_id(step: Step) -> str:
    return step.item.id if step.kind == "question" and step.item else ""


def make_handlers(
    tutor: Answerer, knowledge: str | Path | None = None, store: ProgressStore | None = None
) -> ReviseHandlers:
    """Handlers over the tutor's quiz items (made now when missing; a `TutorError` when they cannot be)."""
    from tutor.service import LiveRevision

    return ReviseHandlers(LiveRevision(tutor, knowledge, store))


@dataclass(frozen=True)
class _Layout:
    """Every component of the tab, as `_lay_out` made them."""

    learner: gr.Textbox
    start: gr.Button
    within: gr.Dropdown
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


def _lay_out(texts: list[tuple[str, str]]) -> _Layout:
    import gradio as gr

    with gr.Row():
        learner = gr.Textbox(label="Your name", placeholder="e.g. alice", scale=3, elem_id="revise-learner")
        start = gr.Button("Start", variant="primary", scale=1, elem_id="revise-start")
    within = gr.Dropdown(**texts_choice(texts, []), label="Revise", elem_id="revise-within")
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
        learner, start, within, status, path_item, path_md, path_go, path_restart, path_answer, path_submit,
        path_feedback, quiz_item, due_only, quiz_md, quiz_answer, quiz_submit, quiz_next, quiz_explain, quiz_feedback,
        refresh, chart,
    )  # fmt: skip


def _wire_path(h: ReviseHandlers, ui: _Layout) -> None:
    import gradio as gr

    def start(name: str, within: list[str] | None) -> tuple[Any, ...]:
        return *h.start(name, within), gr.update(visible=False)

    outputs_start = [ui.status, ui.path_md, ui.path_item, ui.quiz_md, ui.quiz_item, ui.chart, ui.quiz_explain]
    ui.start.click(start, [ui.learner, ui.within], outputs_start)
    ui.learner.submit(start, [ui.learner, ui.within], outputs_start)
    ui.within.input(start, [ui.learner, ui.within], outputs_start)  # another choice of texts: its own place
    ui.path_go.click(h.path_continue, [ui.learner, ui.within], [ui.path_md, ui.path_item])
    ui.path_restart.click(h.path_restart, [ui.learner, ui.within], [ui.path_md, ui.path_item])

    def submit(name: str, item_id: str, text: str, within: list[str] | None) -> tuple[Any, ...]:
        feedback, md, next_id, bars = h.path_answer(name, item_id, text, within)
        return feedback, md or gr.update(), next_id, bars or gr.update(), ""

    ui.path_submit.click(
        submit,
        [ui.learner, ui.path_item, ui.path_answer, ui.within],
        [ui.path_feedback, ui.path_md, ui.path_item, ui.chart, ui.path_answer],
    )


def _wire_quiz(h: ReviseHandlers, ui: _Layout, explain_here: bool) -> None:
    import gradio as gr

    def submit(name: str, item_id: str, text: str, within: list[str] | None) -> tuple[Any, ...]:
        feedback, bars, wrong = h.quiz_grade(name, item_id, text, within)
        return feedback, bars or gr.update(), gr.update(visible=wrong)

    graded = [ui.quiz_feedback, ui.chart, ui.quiz_explain]
    answered = [ui.learner, ui.quiz_item, ui.quiz_answer, ui.within]
    ui.quiz_submit.click(submit, answered, graded)
    ui.quiz_answer.submit(submit, answered, graded)

    def next_question(name: str, due: bool, within: list[str] | None) -> tuple[Any, ...]:
        md, item_id = h.next_question(name, due, within)
        return md, item_id, "", "", gr.update(visible=False)

    next_outputs = [ui.quiz_md, ui.quiz_item, ui.quiz_answer, ui.quiz_feedback, ui.quiz_explain]
    ui.quiz_next.click(next_question, [ui.learner, ui.due_only, ui.within], next_outputs)
    ui.due_only.change(next_question, [ui.learner, ui.due_only, ui.within], next_outputs)
    if explain_here:
        ui.quiz_explain.click(h.explain, [ui.quiz_item], [ui.quiz_feedback])
    ui.refresh.click(h.chart, [ui.learner, ui.within], [ui.chart])


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
    ui = _lay_out(h.texts()[0])
    _wire_path(h, ui)
    _wire_quiz(h, ui, explain_here)
    h.ui = ReviseTabUI(ui.learner, ui.quiz_item, ui.quiz_explain, ui.within)
    return h


def wire_revise_refresh(tab: gr.Tab, h: ReviseHandlers, busy: dict[str, Any]) -> None:
    """Opening the tab offers the texts as they are now (their items are made on first use)."""
    import gradio as gr

    assert h.ui is not None  # the tab is built

    def opened(chosen: list[str] | None) -> Any:
        texts, kept = h.opened(chosen)
        return gr.update(**texts_choice(texts, kept))

    tab.select(opened, [h.ui.within], [h.ui.within], api_visibility="private", **busy)
