"""The sections a text's quiz items come from: those with blocks, not its furniture (an author's bio, a comment box),
not its notes repeated at the back, and not a quiz of its own."""

from __future__ import annotations

import re
from dataclasses import replace

from tutor.english import furniture
from tutor.english.lexicon import STOPWORDS
from tutor.ingest.containers import Container, containers
from tutor.records import Document, Section

# a quiz for the reader or its answers ("Quick quiz", "Knowledge check", "Answers"): the text's own questions and
# their key, not what a section teaches (an "Exercises" section's solutions often teach, and stay; so does what
# follows a heading that only links to a quiz elsewhere, "## [Pre-lecture quiz](…)")
# … or what to do or read after it ("Assignment": "Read this article …"; blind ratings: 12 of 14 verdicts discard), or
# what it will teach ("Learning outcomes": "You'll learn how to use floats"; 6 of 8 verdicts discard); a textbook's
# questions for the reader at a section's end ("Review Questions", "Self-Check Questions", "Problems", "Section Quiz"),
# or its pointers to read further ("Further Research"), numbered or not
# a heading's number, as a book numbers its sections ("6.11. Exercises", "1.8. Glossary"), when it has one
SECTION_NUMBER = r"(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?"
_NOT_TAUGHT_HEADING = re.compile(
    rf"(?i)\W*{SECTION_NUMBER}(?:answers?|solutions?|exercises?|(?:quick\s+|section\s+|chapter\s+)?quiz(?:zes)?|knowledge\s+checks?"
    r"|self[- ]checks?|assignments?|homework|problems|further\s+(?:research|reading)"
    r"|(?:review|practice|self[- ]check|critical\s+thinking|personal\s+application|discussion|study)\s+"
    r"(?:questions?|problems|exercises)"
    r"|free\s+response|(?:art|visual)\s+connections|learning\s+(?:outcomes|objectives|goals)|lesson\s+overview|what\s+you(?:['’]ll|\s+will)\s+learn)"
    r"(?:\s+[\dA-Z][\d.]*)?\W*"  # "Exercise 7.9", as a book numbers them
)
_LINKED_HEADING = re.compile(r"#+\s*\[")
# a container of what the reader does or is told aside, not what the text teaches: an exercise and its solution or
# hint, a discussion, notes for the instructor, an episode's objectives and questions, its prerequisites, a quoted
# testimonial (as the Carpentries' lessons, Quarto and MyST class their containers); not a box only folded away
# ("spoiler": "The concept of hidden curriculum describes …" is taught, if out of sight)
_ASIDE = frozenset(
    "challenge exercise exercises problem solution solutions hint quiz discussion instructor objectives questions "
    "prereq testimonial".split()
)
# a box beside the prose (OpenStax's '<div data-type="note">' features, a sidebar, a callout): its dates and names are
# its story's, a chemist's birth or a royal wedding, not what the section teaches (blind ratings of rounds 126–135: its
# 8 year or name items 0 keep of 16 verdicts; its other 17, 24 of 34)
_BOX = frozenset("note aside sidebar callout box".split())
_NAME = re.compile(r"[A-Z][\w'’.-]*")


def is_furniture(doc: Document, section: Section) -> bool:
    """Author bios, promotion of the publisher, comment boxes: not what a learner revises."""
    body = doc.text[section.start : section.end]
    return furniture.is_furniture(section.title, body, furniture.site_names(doc.meta))


def content_sections(doc: Document, found: tuple[Container, ...] | None = None) -> list[Section]:
    """The sections items are asked of, each with only its blocks outside an exercise or note aside (of the
    containers `found` in its text, when the caller has read them)."""
    notes = furniture.repeated_in_back_matter([s.title for s in doc.sections])
    aside = [(c.start, c.end) for c in (containers(doc.text) if found is None else found) if c.names & _ASIDE]
    sections = [replace(s, blocks=tuple(b for b in s.blocks if not _inside(b.start, aside))) for s in doc.sections]
    return [
        s
        for i, s in enumerate(sections)
        if s.blocks and i not in notes and not is_furniture(doc, s) and not _not_taught(doc, s)
    ]


def boxes(found: tuple[Container, ...]) -> list[tuple[int, int]]:
    """Where the text's boxes beside its prose are."""
    return [(c.start, c.end) for c in found if c.names & _BOX]


def anecdotal(start: int, answer: str, spans: list[tuple[int, int]]) -> bool:
    """A year or a name asked of a sentence inside a box (`spans`)."""
    words = answer.split()
    named = bool(words) and _NAME.fullmatch(words[0]) and all(_NAME.fullmatch(w) or w in STOPWORDS for w in words)
    return bool(answer.isdigit() or named) and _inside(start, spans)


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def linked_heading(doc: Document, section: Section) -> bool:
    """A heading that is a link ("## [Pre-lecture quiz](…)"): it points elsewhere rather than naming its section."""
    return bool(_LINKED_HEADING.match(doc.text, section.start))


def _not_taught(doc: Document, section: Section) -> bool:
    return bool(_NOT_TAUGHT_HEADING.fullmatch(section.title)) and not linked_heading(doc, section)
