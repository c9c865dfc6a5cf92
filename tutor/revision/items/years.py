"""Year questions: a sentence that dates an event asks its year ("Fill in the year: “The Terror ended in July
_____.”", or a choice among the text's nearest other years); a timeline's entry ("1967 Nearest Neighbor is …") asks
"In what year does the text date Nearest Neighbor?". A year that only dates a thing ("a talk from 2010", "the
QuickTake 100 of 1994"), a year of writing, an example's or a count ("1000 TFLOPs") is not asked."""

from __future__ import annotations

import re

from tutor import tuning
from tutor.english.dictionary import parts_of_speech
from tutor.english.lexicon import MONTHS, STOPWORDS, alternation
from tutor.english.text import word_count
from tutor.records import Document, Section, Unit
from tutor.revision.items.context import DISCOURSE, declarative, finite, reads_alone, stands_alone
from tutor.revision.items.questions import BLANK, YEAR
from tutor.revision.items.record import (
    ItemKind,
    QuizItem,
    flip,
    item_id,
    passage_item,
    sentence_case,
    shuffled,
    unit_reading,
)
from tutor.revision.terms import candidate_terms

# a year that says when: "in 1992", "around 2007", "in early 2015", a date ("On March 24, 2014, …", "in May 2015")
_MONTH = alternation(m.capitalize() for m in MONTHS)
_WHEN = (
    r"(?<![Aa]s )\b(?:(?:in|since|by|of|until|from|during|around|after|before)\s+(?:(?:early|late|mid)[- ]?)?"
    rf"|(?<![Aa] )(?<!the )(?:{_MONTH})\s+(?:\d{{1,2}},?\s+)?)"
)
_TIMELINE = re.compile(r"^(?:c\.\s*)?(1[0-9]{3}|20[0-9]{2})\s*(?:[:–—-]\s*)?(?=[A-Z])")

_PRESENT = frozenset("is are am has have does do".split())
_THINGS_YEAR = re.compile(r"(?:\bfrom|(?:[A-Z]\w*|\d+)\s+of)\s+$")
_EXAMPLE_YEAR = re.compile(
    r"(?i)\b(?:e\.g\.,?|for example,?|for instance,?|such as)\s+(?:\w+\s+){0,2}?(?:1[0-9]|20)\d\d\b"
)


# a figure the sentence gives beside its year (blind ratings: such years 0 keep, 2 fix, 8 discard of 10 verdicts)
_FIGURE = re.compile(r"\b\d[\d,.]*\s*(?:million|billion|trillion|thousand|percent|per cent|%)|[$£€]\s?\d")
_NEAR = 2  # "peak around 1980", "fell after 1980": 1979 and 1981 would be right too, so no wrong choice


def year_item(doc: Document, section: Section, u: Unit, years: list[int]) -> QuizItem | None:
    """A sentence with one year: "In what year does the text date …?" for a timeline entry ("1967
    Nearest Neighbor is …"), else the year blanked; a choice among the text's nearest other years."""
    sentence = unit_reading(doc, u).strip()
    found = YEAR.findall(sentence)
    if len(found) != 1 or word_count(sentence) > tuning.YEAR_SENTENCE_WORDS or sentence.endswith("?"):
        return None
    if not declarative(sentence) or not stands_alone(sentence):
        return None  # "See Audio Home Recording Act of 1992 …": a citation; "Lupoff, which was …": a fragment
    year = found[0]
    timeline = _TIMELINE.match(sentence)
    if timeline:
        rest = sentence[timeline.end() :].strip()
        lead = next((t for t in candidate_terms(rest) if t.start == 0 and t.kind == "name"), None)
        if lead is None or not reads_alone(rest):
            return None
        question = f"In what year does the text date {lead.text}?"  # "1805 Least Square Theory by …"
    else:
        if not reads_alone(sentence) or not re.search(_WHEN + year + r"\b", sentence):
            return None  # the year is when something happened, not a name's part ("the 2015 report")
        if (
            _things_year(sentence, year)
            or _year_of_writing(sentence, year)
            or _EXAMPLE_YEAR.search(sentence)
            or _counted(sentence, year)
            or _FIGURE.search(sentence)
            or re.search(rf"\([^()]*\b{year}\b[^()]*\)", sentence)
        ):
            return None  # "JS developers in 2022 are almost never …": when the text was written, not what it teaches;
            # "devices (e.g. from 2015)": a year given as an example; "1000 TFLOPs": no year; "… lost a total of $15.3
            # billion in 2009": the year a figure was counted, not what the figure says; "(as had the Russian
            # mathematician Alexander Friedmann in 1922)": an aside's year
        masked = DISCOURSE.sub("", sentence.replace(year, BLANK, 1))
        if year in masked:
            return None  # "… in _____ titled … Ioannidis2005False": a citation's key gives the year away
        question = f"“{sentence_case(masked)}”"
    hedged = re.search(
        rf"\b(?:around|about|circa|approximately|roughly|after|before|since|until|by)\s+{year}", sentence
    )
    span = range(_NEAR + 1 if hedged else 1, tuning.YEAR_CHOICE_SPAN + 1)
    nearest = sorted({y for y in years if abs(y - int(year)) in span}, key=lambda y: (abs(y - int(year)), y))
    source = doc.text[u.start : u.end]
    if len(nearest) >= tuning.CHOICE_DISTRACTORS and flip(doc, u):
        cid = item_id("choice", doc.source, source, "year")
        wrong = [str(y) for y in nearest[: tuning.CHOICE_DISTRACTORS]]
        prompt = question if timeline else f"Which year fills the blank? {question}"
        choices = shuffled(cid, year, wrong)
        return passage_item(cid, "choice", doc, section, (u.start, u.end), prompt, year, (year,), choices=choices)
    kind: ItemKind = "short" if timeline else "cloze"
    prompt = question if timeline else f"Fill in the year: {question}"
    iid = item_id(kind, doc.source, source, "year")
    return passage_item(iid, kind, doc, section, (u.start, u.end), prompt, year, (year,))


def _things_year(sentence: str, year: str) -> bool:
    """ "a wedding announcement from 1963", "a talk from 2010", "The Apple QuickTake 100 of 1994": the year a thing
    is from or a name's, not when something happened (rounds 72 and 74: "incidental"); "from 1990 to 2010" is a span."""
    before, _, after = sentence.partition(year)
    return bool(_THINGS_YEAR.search(before)) and not re.match(r"\s*(?:to|until|through|onwards?|[–-])", after)


def _counted(sentence: str, year: str) -> bool:
    """ "in excess of 1000 TFLOPs", "about 1500 images": a number of things, not a year (round 72: "Fill in the
    year" for a throughput) — a unit or a plural noun follows, and no "in", "since", "until" … says when."""
    before, _, after = sentence.partition(year)
    after = after.lstrip(")] ")  # "predict 5 (out of 1000) classes": the count's noun after its bracket
    prev = before.split()[-1].lower() if before.split() else ""
    nxt = after.split()[0].strip(",;:.") if after.split() else ""
    if not nxt or prev in ("in", "since", "until", "during", "by", "from", "before", "after"):
        return False
    pos = parts_of_speech(nxt)
    bare = nxt.replace("/", "")  # "MB/s": a rate's unit
    unit = not pos and not nxt.istitle() and bare.isalpha() and nxt.lower() not in STOPWORDS  # "TFLOPs", "GHz"
    return unit or nxt.islower() and nxt.endswith("s") and "NOUN" in pos


def _year_of_writing(sentence: str, year: str) -> bool:
    """A year that says when the writer writes: no verb before it, and the first after it in the present ("JS
    developers in 2022 are …"); not "Code written in 1995 … should still work" or "In 2015, the Fed raised …"."""
    before, _, after = sentence.partition(year)
    if any(finite(w, nouns_too=True) for w in before.split()):  # "The first period ends in … 1793, and is …"
        return False
    verb = next((w.lower().strip(",;:.") for w in after.split() if finite(w)), "")
    return verb in _PRESENT


def text_years(doc: Document) -> list[int]:
    return sorted({int(y) for y in YEAR.findall(doc.text)})
