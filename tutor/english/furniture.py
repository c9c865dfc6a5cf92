"""Site furniture: what a web page carries around its text (the author's bio, the publisher's promotion,
a comment box, a reading list). Neither the FAQ nor the item bank turns it into questions."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from tutor import tuning
from tutor.english.lexicon import FURNITURE_HEADINGS, FURNITURE_OPENINGS, SITE_FIELDS, alternation

# numbered or lettered: "12.1. Normative References", "Appendix C. Acknowledgements"
_HEADING = re.compile(
    rf"\W*(?:(?:\d[\d.]*|appendix\s+\w{{1,3}}[.:]?)\s+)?"
    rf"(?:(?:{alternation(FURNITURE_HEADINGS)})[\W\d]*|(?:{alternation(FURNITURE_OPENINGS)})\b.*)",
    re.I | re.S,
)
# a photo's caption set as a heading, as a book's chapter opening has it ("Kente cloth (photo by ZSM)")
_CAPTION_HEADING = re.compile(r"\((?:photo|image|picture|illustration)s?\s+(?:by|courtesy|credit)\b", re.I)
# where a book's back matter starts: what follows it under a chapter's heading is that chapter's notes
_BACK_MATTER = re.compile(r"^\W*(?:(?:end|foot)?notes|references|bibliography|works cited)\W*$", re.I)
# a site's legal small print ("Linux is a registered trademark of Linus Torvalds", "© 2015 …"), a page's dateline
# ("Posted …", "April 17, 2015 -- …", "Tuesday 15 October 2019 by …") and its tags
_DAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?"
_DATE = _DAY + r"(?:\d{1,2} )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?:\d{1,2},? )?\d{4}\b"
_NOTICE = re.compile(
    r"\b(?:registered trademarks?|service marks?)\b|\ball rights reserved\b|©|\bcopyright \d{4}\b"
    r"|^(?:originally |first )?(?:published|posted|updated|last modified)\b|^(?:update|edit)\s*:"  # "Update: May 9, …"
    rf"|^{_DATE}\s*(?:--|—|–|by\b|$)",
    re.I,
)


# a sentence that steers the reader around the page ("🎥 Click the image above for a video: …", "Watch the video
# below", "See the figure above"): about the page, not about the subject
_PAGE_DIRECTION = re.compile(
    r"^\W*(?:(?:click|tap|press|scroll|watch)\b|(?:see|view)\s+the\s+(?:image|figure|video|picture|photo|diagram)s?\s)"
    r".*\b(?:above|below|here|image|video|picture|photo|link|button)\b",
    re.I,
)


def site_names(meta: Mapping[str, str]) -> list[str]:
    """The author's and the site's names from a document's front matter, when long enough to tell apart."""
    names = (meta.get(key, "").strip() for key in SITE_FIELDS)
    return [n for n in names if len(n) >= tuning.SITE_NAME_MIN_CHARS]


def is_furniture(title: str, body: str, names: Iterable[str]) -> bool:
    """A section with a furniture heading, or one that names the author or the site (see `site_names`):
    it is about them, not about the subject."""
    if _HEADING.fullmatch(title) or _CAPTION_HEADING.search(title) or _book_index(title, body):
        return True
    low = body.lower()
    return any(name.lower() in low for name in names)


# a page's line of tags, after a name the line before ran into it ("Eskow Topics: uber, libertarians, Sydney, …")
_TAGS = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+){0,3}(?:Tags|Topics|Tagged|Filed under|Categories)\s*:\s*(?:[^,.;]{1,40},\s*){2,}"
)


def _book_index(title: str, body: str) -> bool:
    """A book's index: "INDEX." over many short lines ("Aberrant groups", "--of organic beings"), not a lesson's
    section on an index, whose lines are prose."""
    if not re.fullmatch(r"\W*index\W*", title, re.I):
        return False
    lines = [len(line.split()) for line in body.splitlines()[1:] if line.strip()]
    return len(lines) >= tuning.INDEX_MIN_ENTRIES and sorted(lines)[len(lines) // 2] <= tuning.INDEX_ENTRY_WORDS


def is_notice(sentence: str) -> bool:
    """A trademark or copyright notice, a dateline, a post's update note or a line of tags: the site's small print,
    not what its page teaches."""
    return bool(_NOTICE.search(sentence) or _TAGS.match(sentence))


# a task set for the reader under its label ("✅ Discussion: Revisit some of the examples …", "Stop and Think: …"),
# or a short announcement of what comes next ("Let's take a look at the examples.")
_READER_TASK = re.compile(
    r"^\W*(?:discussion|exercise|stop and think|think about it|try it(?: yourself)?|your turn|activity|self[- ]check)"
    r"\s*:|^\W*let['’]?s\s+(?:(?:take|have)\s+a\s+(?:\w+\s+)?look|look|see|explore|dive|start|begin|turn)\b",
    re.I,
)
_ANNOUNCEMENT_WORDS = 10
# a short sentence that only points at what comes next, code or a figure it does not hold ("We use the following
# imports.", "The code is as follows."); a list's lead-in ends with a colon and is read with its list
_ANNOUNCES = re.compile(r"\b(?:the following(?:\s+[\w-]+){0,2}|as follows)\s*\.$", re.I)
# a pointer to another page under its label ("See also: Typing Computed Properties", "Read more: …")
_SEE_ALSO = re.compile(r"^\W*(?:see also|read more|learn more|further reading|related)\s*:", re.I)


def steers_the_reader(sentence: str) -> bool:
    """A direction around the page ("Click the image above for a video", "See also: …"), a task set for the reader
    or an announcement of what follows: it answers nothing."""
    task = _READER_TASK.match(sentence)
    if task and task.group().rstrip().endswith(":"):
        return True
    if _PAGE_DIRECTION.match(sentence) or _SEE_ALSO.match(sentence):
        return True
    return bool(task or _ANNOUNCES.search(sentence.strip())) and len(sentence.split()) <= _ANNOUNCEMENT_WORDS


def repeated_in_back_matter(titles: Sequence[str]) -> set[int]:
    """Positions of the headings that repeat an earlier heading after a back-matter heading ("Notes"): a book's
    notes grouped by chapter ("CHAPTER SIX: FOUNDERS" after "NOTES"), not the chapters again."""
    out: set[int] = set()
    seen: set[str] = set()
    back = False
    for i, title in enumerate(titles):
        key = re.sub(r"\W+", " ", title).strip().casefold()
        back = back or bool(_BACK_MATTER.match(title))
        if back and key in seen:
            out.add(i)
        seen.add(key)
    return out
