"""Which part of the text a learner means by a few words ("quiz me on the challenges", "summarize the part about
its future"): the first section whose heading has all those words, else the section of the best answer."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from tutor.converse.intents import subject_words
from tutor.english.text import content_terms, without_self_reference

if TYPE_CHECKING:
    from tutor.answer.tutor import Answerer


def find_part(tutor: Answerer, subject: str, within: Collection[str] | None = None) -> tuple[str, str] | None:
    """(source, section title) of the section `subject` names, or None when nothing in the text is about it."""
    wanted = set(content_terms(" ".join(subject_words(without_self_reference(subject)))))
    if not wanted:
        return None
    sections = [s for s in tutor.index.sections if within is None or s[0] in within]
    named = [s for s in sections if wanted <= set(content_terms(s[1]))]
    if named:  # the first (outermost) heading with every word of the subject
        return named[0]
    answer = tutor.ask(subject, (), within)
    if answer.in_scope and answer.citations:
        return answer.citations[0].source, answer.citations[0].section
    return None


def find_text(tutor: Answerer, subject: str, within: Collection[str] | None = None) -> str | None:
    """The source of the text `subject` names by its title's words ("the monitoring chapter" for "Monitoring
    Distributed Systems"), or None."""
    wanted = set(content_terms(" ".join(subject_words(without_self_reference(subject)))))
    if not wanted:
        return None
    for source, text in tutor.index.texts.items():
        if (within is None or source in within) and wanted <= set(content_terms(text.title)):
            return source
    return None
