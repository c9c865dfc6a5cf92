"""A timeline's dates: a section headed by when it happened ("1956: Dartmouth Summer Research Project", "1987 - 1993:
AI 'Chill'", "1980s Expert systems") asks when, answered by the heading's date; a period is chosen among the text's
other headed periods when it has enough of them."""

from __future__ import annotations

import re
from dataclasses import replace

from tutor import tuning
from tutor.english.text import content_terms
from tutor.records import Document, Section
from tutor.revision.items.context import has_verb
from tutor.revision.items.record import QuizItem, item_id, passage_item, pick_wrong, shuffled

_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
# a date that opens a heading, then the name of what happened: "1956: …", "1956 - 1974: …", "1980s …"; a year
# without a colon or a dash after it may be the name's ("2024 Global DevSecOps Survey"), a decade is not
_DATED = re.compile(
    rf"^(?P<when>(?P<first>{_YEAR})(?P<decade>s)?(?:\s*[-–—]\s*(?P<last>{_YEAR}))?)(?P<mark>\s*[:.–—-])?\s+"
    r"(?P<name>[A-Z“\"'].*)$"
)

_RELATIVE = re.compile(r"\b(?:that|which|who|whose)\s+[a-z]")


def dated_heading(title: str) -> tuple[str, str] | None:
    """The date a heading opens with and the name after it; None for a heading that is only a date ("1993 - 2011")
    or names nothing ("1950: Now")."""
    m = _DATED.match(title.strip())
    if not m or m.group("decade") and m.group("last") or not (m.group("mark") or m.group("decade")):
        return None
    if has_verb(m.group("name")) or _RELATIVE.search(m.group("name")):
        return None  # "1999: Apple launched …" tells; "1950: Machines that think" describes a theme, names nothing
    name = m.group("name").strip()
    if len(content_terms(name)) < 1 or not re.search(r"[A-Za-z]{3}", name):
        return None
    when = m.group("first") + ("s" if m.group("decade") else "")
    if m.group("last"):
        when = f"{m.group('first')}–{m.group('last')}"
    return when, name


def timeline_item(doc: Document, section: Section) -> QuizItem | None:
    """ "1987 - 1993: AI 'Chill'" -> "Which years does the text give for “AI 'Chill'”?", answered "1987–1993"; a
    name headed twice ("Common problems (2011)", "… (2013)") or a heading without a section under it asks nothing."""
    dated = dated_heading(section.title)
    units = [u for b in section.blocks for u in b.units]
    if dated is None or not units:
        return None
    when, name = dated
    others = [d for d in (dated_heading(s.title) for s in doc.sections if s.start != section.start) if d]
    if any(n.lower() == name.lower() for _, n in others):
        return None
    shown = "“" + name.strip('“”"') + "”"  # a quoted name ("The golden years") is quoted once, curled
    period, decade = "–" in when, when.endswith("s")
    ask = "Which years does" if period else "In what decade does" if decade else "In what year does"
    prompt = f"{ask} the text {'give for' if period else 'date'} {shown}?"
    span = (section.start, units[0].end)  # the heading and the first sentence under it
    keys = tuple(re.findall(r"\d{4}s?", when))
    siblings = sorted({w for w, _ in others if "–" in w and w != when})  # periods, for a period
    if period and len(siblings) >= tuning.CHOICE_DISTRACTORS:
        cid = item_id("choice", doc.source, doc.text[span[0] : span[1]], "timeline")
        choices = shuffled(cid, when, pick_wrong(cid, siblings))
        item = passage_item(cid, "choice", doc, section, span, prompt, when, keys, choices=choices)
    else:
        iid = item_id("short", doc.source, doc.text[span[0] : span[1]], "timeline")
        item = passage_item(iid, "short", doc, section, span, prompt, when, keys)
    return replace(item, reading=f"{section.title}\n{item.reading}")  # the heading says when
