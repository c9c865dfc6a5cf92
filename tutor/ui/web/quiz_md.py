"""Quiz items, grades, guided-path steps and mastery as Markdown or HTML for the web page (no gradio).

Everything from a learner or from the knowledge goes through `html.escape`.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from tutor.revision.grading import Grade
from tutor.revision.items import CHOICE_LETTERS, QuizItem
from tutor.revision.path import Step
from tutor.revision.reviser import Outcome, SectionMastery
from tutor.ui.when import local_time


def question_md(item: QuizItem, heading: str = "") -> str:
    lines = [f"{heading}*{html.escape(item.section)}* · {item.kind}", "", f"**{html.escape(item.prompt)}**"]
    if item.choices:
        lines.append("")
        lines += [f"{CHOICE_LETTERS[n]}) {html.escape(c)}" for n, c in enumerate(item.choices)]
        lines += ["", "_Type the letter or the term._"]
    elif item.kind == "list":
        lines += ["", "_One per line or separated by commas; each one counts._"]
    return "\n".join(lines)


def quote_md(text: str) -> str:
    """`text` as a Markdown quote, every line escaped and a paragraph of its own."""
    return "\n>\n".join("> " + html.escape(line) for line in text.splitlines() if line.strip())


def grade_md(g: Grade) -> str:
    """A graded answer: verdict, what was right or missing, and the quoted passage."""
    icon = {"Again": "✗", "Hard": "◐", "Good": "✓", "Easy": "✓"}[g.rating]
    body = [f"### {icon} {html.escape(g.verdict)}"]
    for line in g.details:
        body += ["", html.escape(line)]
    body += ["", f"**Passage ({html.escape(g.passage)})**", "", quote_md(g.reading)]
    return "\n".join(body)


def feedback_md(outcome: Outcome) -> str:
    """A recorded answer: its grade and when the item comes back."""
    due = local_time(outcome.next_due)
    return grade_md(outcome.grade) + f"\n\n_Rated **{outcome.grade.rating}** — next review {due}._"


def step_md(step: Step, text: str = "") -> str:
    """A step of the guided path; `text` names the section's text (when the path goes through several)."""
    if step.kind == "done":
        if not step.total:
            return "### Nothing to revise\n\nThe chosen texts have no quiz questions."
        return (
            f"### Path complete\n\nYou have been through all {step.total} sections. "
            "Use **Quiz** for due reviews, or start the path again."
        )
    of_text = f" · _{html.escape(text)}_" if text else ""
    head = f"**Section {step.number} of {step.total}: {html.escape(step.section)}**{of_text}\n\n"
    if step.kind == "points":
        points = []
        for p in step.points:
            text = html.escape(p.text).replace("\n", " ")
            points.append(f"- {text} <sub>[{html.escape(p.source)}:{p.start}-{p.end}]</sub>")
        return head + "Key points:\n\n" + "\n".join(points) + "\n\nWhen you have read them, check yourself."
    assert step.item is not None
    return head + f"Check {step.check} of {step.checks}\n\n" + question_md(step.item)


def mastery_html(sections: Sequence[SectionMastery], titles: Mapping[str, str] | None = None) -> str:
    """A bar per section (mastery, items reviewed of all); the sections of several texts under each text's title."""
    several = len({s.source for s in sections}) > 1
    bars = []
    text = None
    for s in sections:
        if several and s.source != text:
            text = s.source
            name = (titles or {}).get(text) or text
            bars.append(f"<div class='rv-text' style='font-weight:600;margin:.6em 0 .2em'>{html.escape(name)}</div>")
        pct = round(s.mastery * 100)
        colour = "#2e7d32" if pct >= 70 else "#f9a825" if pct >= 35 else "#c62828"
        bars.append(
            "<div class='rv-row' style='display:flex;align-items:center;gap:.5em;margin:2px 0'>"
            f"<div style='flex:0 0 22em;overflow:hidden;text-overflow:ellipsis;white-space:nowrap' "
            f"title='{html.escape(s.section)}'>{html.escape(s.section)}</div>"
            "<div style='flex:1;background:#e0e0e0;border-radius:3px;height:14px'>"
            f"<div style='width:{pct}%;background:{colour};height:14px;border-radius:3px'></div></div>"
            f"<div style='flex:0 0 7em;text-align:right'>{pct}% · {s.reviewed}/{s.items}</div></div>"
        )
    return "<div id='rv-mastery'><b>Mastery per section</b>" + "".join(bars) + "</div>"
