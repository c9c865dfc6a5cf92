"""A series in a sentence ("A, B, and C", "tuples and arrays"): where its elements are, for `series_item`."""

from __future__ import annotations

import re

from tutor import tuning
from tutor.english.dictionary import parts_of_speech
from tutor.english.lexicon import (
    AUXILIARIES,
    DETERMINERS,
    ELEMENT_ENDS,
    INSIDE_SERIES,
    SERIES_ENDS,
    STOPWORDS,
    alternation,
)
from tutor.english.text import content_terms, outer_comma, word_count
from tutor.revision.items.context import finite
from tutor.revision.items.list_names import COUNTED, value

_PAIR = re.compile(r"\s*([^\s,;:.][^,;:]*?),?\s+(?:and|or)\s+([^,;:]+?)\s*[.!]?\s*")  # "…: being stupid, and …"
# "…, bit-flip mutation — plus one …"; "take A, B, and overcrowded housing into consideration"
_TAIL = re.compile(rf"\s*[(,]|\s+[—–]\s|\s+(?:{alternation(ELEMENT_ENDS)})\b|\s+into\s+(?:account|consideration)\b")
_PREP = re.compile(rf"\s+(?:{alternation(SERIES_ENDS)})\b")
# the word before a series' last element, and an adverb that orders or stresses it: "…, and finally Long-Term Memory",
# "…, and even moral preference"
_JOINED = re.compile(r"(?:and|or)\s+(?:(?:finally|lastly|then|eventually|even|also|especially|perhaps)\s+)?")
_SUBORDINATORS = frozenset("although though whereas unless since because".split())
_PARALLEL_WORDS = 3  # a series' first element longer than this and twice any other is a clause leading into it


def counts_two(before: str) -> bool:
    counted = list(COUNTED.finditer(before))
    return bool(counted) and value(counted[-1].group(1)) == 2 and "other" not in counted[-1].group(2).lower().split()


def pair(body: str) -> list[tuple[int, int]] | None:
    """ "tuples and arrays." after a colon that two things were counted before: the two, each a few words."""
    m = _PAIR.fullmatch(body)
    if not m or max(word_count(m.group(1)), word_count(m.group(2))) > tuning.SERIES_LAST_WORDS:
        return None
    return [m.span(1), m.span(2)]


def parse_series(body: str) -> list[tuple[int, int]] | None:
    """Element spans of "A, B, and C…" at the start of body, or None."""
    pieces: list[tuple[int, int]] = []
    pos = 0
    while True:
        comma = outer_comma(body, pos)
        if comma < 0:
            return None
        pieces.append((pos, comma))
        pos = comma + 1
        while pos < len(body) and body[pos] == " ":
            pos += 1
        joined = _JOINED.match(body, pos)
        if joined:  # "…, and X": any white space after the word (a line break, in a hard-wrapped text); "…, and
            # finally Long-Term Memory": the element without the adverb that orders it
            pos = joined.end()
            pieces.append((pos, pos + len(_last_element(body, pos))))
            break
    if len(pieces) < tuning.SERIES_MIN_ELEMENTS:
        return None
    if not re.search(rf"(?:^|\s){_JOINED.pattern}$", body[: pieces[-1][0]]):
        return None
    lengths = [len(body[a:b].split()) for a, b in pieces]
    if lengths[0] > _PARALLEL_WORDS and lengths[0] > 2 * max(lengths[1:]):
        return None  # "Vidyard now offers users of Pro, Teams and Business plans": a clause, then the series
    return pieces if all(_series_element(body, a, b, (a, b) == pieces[-1]) for a, b in pieces) else None


def _last_element(body: str, pos: int) -> str:
    """The series' last element from `pos`: up to a clause that follows it, a long one cut at a preposition."""
    tail = _TAIL.search(body, pos)
    last = body[pos : tail.start() if tail else len(body)].rstrip(" .;:!?")
    ws = list(re.finditer(r"\S+", last))
    verb = next((b for a, b in zip(ws, ws[1:], strict=False) if _verb_after_noun(a.group(), b.group())), None)
    if verb is not None:  # "ownership, borrowing, and slices ensure memory safety": the series was the subject
        last = last[: verb.start()].rstrip()
    if word_count(last) > tuning.SERIES_LAST_WORDS:
        prep = _PREP.search(last, len(" ".join(last.split()[:2])))
        if prep:
            last = last[: prep.start()]
    return last


def _verb_after_noun(noun: str, verb: str) -> bool:
    """ "slices ensure": a noun, then a verb that is no noun and no auxiliary (after "sharing had" the series ran on
    into a clause of its own); not a gerund ("event organizing" is one task)."""
    if verb.lower() in AUXILIARIES or verb.lower().endswith("ing") or "NOUN" not in parts_of_speech(noun):
        return False
    return parts_of_speech(verb) == {"VERB"} or finite(verb)


def _series_element(body: str, a: int, b: int, last: bool) -> bool:
    ws = body[a:b].split()
    if not 1 <= len(ws) <= tuning.SERIES_ELEMENT_WORDS or ws[0].lower() in STOPWORDS - DETERMINERS | _SUBORDINATORS:
        return False  # "…, although various forms including X-rays, …": a clause, not an element
    if not last and any(w.lower() in INSIDE_SERIES for w in ws[1:]):
        return False
    if any(w.lower() in AUXILIARIES for w in ws[1:]):
        return False  # "easy sharing had traditionally prevented marketers": the series ended, a clause goes on
    return bool(content_terms(body[a:b]))
