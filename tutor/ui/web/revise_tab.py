"""The Revise tab of the web app: guided path, quiz with due reviews first, mastery per section.

`build_revise_tab(tutor)` is called inside `with gr.Tab("Revise"):`. The handlers are plain methods of
`ReviseHandlers`, so tests call them without a server; this module only formats and wires them.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tutor import config
from tutor.errors import TutorError
from tutor.revision.bank import ItemBank, ensure_item_bank
from tutor.revision.grading import Grade
from tutor.revision.items import QuizItem
from tutor.revision.path import GuidedPath, Step
from tutor.revision.reviser import Outcome, Reviser
from tutor.revision.store import ProgressStore, check_name

if TYPE_CHECKING:
    import gradio as gr

    from tutor.answer.tutor import Tutor

NO_NAME = "Type your name above and press **Start** — your progress is kept under that name."


def question_md(item: QuizItem, heading: str = "") -> str:
    lines = [f"{heading}*{html.escape(item.section)}* · {item.kind}", "", f"**{html.escape(item.prompt)}**"]
    if item.choices:
        lines.append("")
        lines += [f"{'ABCDEFGH'[n]}) {html.escape(c)}" for n, c in enumerate(item.choices)]
        lines += ["", "_Type the letter or the term._"]
    elif item.kind == "list":
        lines += ["", "_One per line or separated by commas; each one counts._"]
    return "\n".join(lines)


def _quote(text: str) -> str:
    return "\n".join("> " + html.escape(line) if line.strip() else ">" for line in text.splitlines())


def grade_md(g: Grade) -> str:
    """A graded answer: verdict, what was right or missing, and the quoted passage."""
    icon = {"Again": "✗", "Hard": "◐", "Good": "✓", "Easy": "✓"}[g.rating]
    body = [f"### {icon} {html.escape(g.verdict)}"]
    for line in g.details:
        body += ["", html.escape(line)]
    body += ["", f"**Passage ({html.escape(g.passage)})**", "", _quote(g.citation["text"])]
    return "\n".join(body)


def feedback_md(outcome: Outcome) -> str:
    """A recorded answer: its grade and when the item comes back."""
    due = outcome.next_due.astimezone().strftime("%Y-%m-%d %H:%M")
    return grade_md(outcome.grade) + f"\n\n_Rated **{outcome.grade.rating}** — next review {due}._"


def _step_md(step: Step) -> str:
    if step.kind == "done":
        return (
            f"### Path complete\n\nYou have been through all {step.total} sections. "
            "Use **Quiz** for due reviews, or start the path again."
        )
    head = f"**Section {step.number} of {step.total}: {html.escape(step.section)}**\n\n"
    if step.kind == "points":
        points = []
        for p in step.points:
            text = html.escape(p.text).replace("\n", " ")
            points.append(f"- {text} <sub>[{html.escape(p.source)}:{p.start}-{p.end}]</sub>")
        return head + "Key points:\n\n" + "\n".join(points) + "\n\nWhen you have read them, check yourself."
    assert step.item is not None
    return head + f"Check {step.check} of {step.checks}\n\n" + question_md(step.item)


def mastery_html(rows: list[tuple[str, float, int, int]]) -> str:
    """A bar per section: (title, mastery 0..1, items reviewed, items)."""
    bars = []
    for title, mastery, reviewed, total in rows:
        pct = round(mastery * 100)
        colour = "#2e7d32" if pct >= 70 else "#f9a825" if pct >= 35 else "#c62828"
        bars.append(
            "<div class='rv-row' style='display:flex;align-items:center;gap:.5em;margin:2px 0'>"
            f"<div style='flex:0 0 22em;overflow:hidden;text-overflow:ellipsis;white-space:nowrap' "
            f"title='{html.escape(title)}'>{html.escape(title)}</div>"
            "<div style='flex:1;background:#e0e0e0;border-radius:3px;height:14px'>"
            f"<div style='width:{pct}%;background:{colour};height:14px;border-radius:3px'></div></div>"
            f"<div style='flex:0 0 7em;text-align:right'>{pct}% · {reviewed}/{total}</div></div>"
        )
    return "<div id='rv-mastery'><b>Mastery per section</b>" + "".join(bars) + "</div>"


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
        return status, _step_md(step), _item_id(step), quiz_md, quiz_id, self.chart(learner)

    # ------------------------------------------------------------ guided path

    def path_continue(self, learner: str) -> tuple[str, str]:
        try:
            step = self.path.start_checks(check_name(learner))
        except TutorError as e:
            return str(e), ""
        return _step_md(step), _item_id(step)

    def path_restart(self, learner: str) -> tuple[str, str]:
        try:
            step = self.path.go_to(check_name(learner))
        except TutorError as e:
            return str(e), ""
        return _step_md(step), _item_id(step)

    def path_answer(self, learner: str, item_id: str, answer: str) -> tuple[str, str, str, str]:
        """(feedback, path text, next item id, chart)."""
        if not item_id:
            return "Read the key points first, then press **Check myself**.", "", "", ""
        try:
            outcome, step = self.path.answer(check_name(learner), item_id, answer)
        except TutorError as e:
            return str(e), "", item_id, ""
        return feedback_md(outcome), _step_md(step), _item_id(step), self.chart(learner)

    # ------------------------------------------------------------ quiz and due reviews

    def next_question(self, learner: str, due_only: bool) -> tuple[str, str]:
        """(question text, item id): a due item first; with `due_only`, nothing when none is due."""
        try:
            learner = check_name(learner)
        except TutorError:
            return NO_NAME, ""
        due = self.reviser.due_items(learner)
        item = due[0] if due else (None if due_only else self.reviser.next_item(learner))
        if item is None:
            progress = self.reviser.progress(learner)
            when = progress.next_due.astimezone().strftime("%Y-%m-%d %H:%M") if progress.next_due else "—"
            return f"Nothing is due now. Next review: {when}.", ""
        heading = f"**Due review** ({len(due)} due) · " if due else "**New item** · "
        return question_md(item, heading), item.id

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
        answer = "; ".join(item.elements) if item.elements else item.answer
        return (
            f"**Passage** ({html.escape(item.section)} — {html.escape(item.source)}:{item.start}-{item.end})\n\n"
            f"{_quote(item.text)}\n\n**Answer:** {html.escape(answer)}"
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
    tutor: Tutor, knowledge: str | Path | None = None, store: ProgressStore | None = None
) -> ReviseHandlers:
    bank = ensure_item_bank(config.knowledge_dir(knowledge), tutor.index.folder)
    return ReviseHandlers(Reviser(bank, store or ProgressStore(), tutor.embedder))


def build_revise_tab(
    tutor: Tutor,
    knowledge: str | Path | None = None,
    store: ProgressStore | None = None,
    explain_here: bool = True,
) -> ReviseHandlers:
    """Lay out the Revise tab inside the current gr.Blocks / gr.Tab context and wire its handlers.

    Explain appears after a wrong quiz answer. With `explain_here` it shows the passage in the tab; the full
    app passes False and wires `handlers.ui.explain` to open the passage in the chat instead.
    """
    import gradio as gr

    h = make_handlers(tutor, knowledge, store)
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

    def _start(name: str) -> tuple[Any, ...]:
        return *h.start(name), gr.update(visible=False)

    outputs_start = [status, path_md, path_item, quiz_md, quiz_item, chart, quiz_explain]
    start.click(_start, [learner], outputs_start)
    learner.submit(_start, [learner], outputs_start)
    path_go.click(h.path_continue, [learner], [path_md, path_item])
    path_restart.click(h.path_restart, [learner], [path_md, path_item])

    def _path_submit(name: str, item_id: str, text: str) -> tuple[Any, ...]:
        feedback, md, next_id, bars = h.path_answer(name, item_id, text)
        return feedback, md or gr.update(), next_id, bars or gr.update(), ""

    path_submit.click(
        _path_submit, [learner, path_item, path_answer], [path_feedback, path_md, path_item, chart, path_answer]
    )

    def _quiz_submit(name: str, item_id: str, text: str) -> tuple[Any, ...]:
        feedback, bars, wrong = h.quiz_grade(name, item_id, text)
        return feedback, bars or gr.update(), gr.update(visible=wrong)

    quiz_submit.click(_quiz_submit, [learner, quiz_item, quiz_answer], [quiz_feedback, chart, quiz_explain])
    quiz_answer.submit(_quiz_submit, [learner, quiz_item, quiz_answer], [quiz_feedback, chart, quiz_explain])

    def _quiz_next(name: str, due: bool) -> tuple[Any, ...]:
        md, item_id = h.next_question(name, due)
        return md, item_id, "", "", gr.update(visible=False)

    next_outputs = [quiz_md, quiz_item, quiz_answer, quiz_feedback, quiz_explain]
    quiz_next.click(_quiz_next, [learner, due_only], next_outputs)
    due_only.change(_quiz_next, [learner, due_only], next_outputs)
    if explain_here:
        quiz_explain.click(h.explain, [quiz_item], [quiz_feedback])
    refresh.click(h.chart, [learner], [chart])
    h.ui = ReviseTabUI(learner, quiz_item, quiz_explain)
    return h
