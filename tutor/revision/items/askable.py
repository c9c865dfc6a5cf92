"""Which sentences a quiz item may be made of: whole statements of the text's own prose, long enough to ask about
(`askable`), and which items ask in formulas or of a bare symbol (`formula_or_symbol`)."""

from __future__ import annotations

import re

from tutor import tuning
from tutor.english.dictionary import parts_of_speech
from tutor.english.furniture import is_notice
from tutor.english.lexicon import AUXILIARIES, STOPWORDS
from tutor.english.text import word_count
from tutor.revision.items.context import DEPICTS, base_forms, quoted_speech, speaks_of_numbered
from tutor.revision.items.record import QuizItem

_ENDS = re.compile(r"[.!…][\"'”’)\]]*$")
# a statement that closes on the question it answers, after a colon: "… is to count requests by latency: how many
# requests took between 0 ms and 10 ms, …?"
_ASKS_AFTER_COLON = re.compile(
    r"^[^:?]{40,}:\s+(?:how|what|which|who|when|where|why|is|are|do|does|did)\b[^:]*\?$", re.I
)

# a predicate left out, said by the sentence before: "The great moderation and the period since 2008 do not."
# (not "… no matter where he was.": a clause that ends so says all it says)
_ELLIPTICAL = re.compile(
    r"\b(?:do|does|did|can|could|will|would|is|are|was|were|has|have|had)(?:\s+not|n[’']t|\s+(?:too|either))[.!]$"
)

_CUT_AT = frozenset(["v.", "vs."])  # "… changed that in United States v.": a case name split at its full stop
# what conversion leaves in a sentence that is not prose: a table's row run on ("Salvage; 2006; Claire
# encounters …"), a book's note numbers ("or more20—", "19 Indeed, …", "Steamboat Bill,2", "6We use …"), words run
# together ("WhenSteveForbes", "In1839")
_NOT_PROSE = re.compile(
    r"^[^;]{1,60};\s*[^;]{1,40};|\b[a-z]{3,}\d{1,3}(?=\W|$)|^\d{1,3}\s+[A-Z]|\b[A-Z]?[a-z]+[A-Z][a-z]+[A-Z][a-z]+"
    r"|\b[A-Za-z]*[a-z](?:1[5-9]\d\d|20\d\d)[a-z]*\b|[a-z][.,;:]\d{1,3}(?=\s|$)"  # a key: "fields1999measurement"
    r"|^\d{1,2}[A-Z][a-z]"  # a footnote's number run into its first word: "6We use the unfiltered …"
    r"|\b\d{1,2}\.[A-Z][a-z]"  # a numbered heading run into the sentence: "7.Final Comments Systematic review is …"
    r"|\b[\w.+-]+@[\w-]+\.[\w.]+"  # an address to write to: a sample's contact, not what the text teaches
    r"|\bpp?\.?\s*\d+\s*[-–]\s*\d+|\bpages\s+\d+\s*[-–]\s*\d+"  # a reference's pages: "… 14, 3, July 1980, pp 55-69."
)
# the text telling its own plan: "The lecture then closes with a postscript on …", "This chapter introduces …"
_OUTLINE = re.compile(
    r"^(?:The|This|Our) (?:lecture|chapter|section|lesson|article|paper|book|tutorial|notebook|guide|post|course)\s+"
    r"(?:(?:then|now|also|first|next|finally|briefly)\s+)?(?:closes|ends|begins|opens|starts|concludes|turns|proceeds"
    r"|covers|describes|discusses|presents|introduces|reviews|shows|explains|explores|focuses|considers|studies)\b"
)


# where a symbol the conversion could not read was (a slide's formula drawn as a picture): "Node is a neighbor of
# if there is an arc from to .", "a sequence of nodes such that", "the path with minimal -value"
_HOLE = re.compile(
    r"(?i)\b(?:of|from)\s+(?:if|is|are|was|were|then)\b|\bfrom\s+to\b|\bbetween\s+and\b|\bsuch that\s*[.;]?$"
    r"|\b(?:minimal|maximal|minimum|maximum|lowest|highest|smallest|largest|the|its|their) -[a-z]{3,}\b"
)

# the course speaking of itself: its goals for its students, its demands ("Students will implement literate
# programming …", "The course content requires significant outside reading …"), not what it teaches
_COURSE = re.compile(r"^(?:Students|Learners|Participants) will\b|^(?:The|This|Our) course(?:['’]s)?\b(?! of\b)")


# the text speaking of its own typography: "The italicized words were done by the authors …"
_TYPOGRAPHY = re.compile(r"(?i)\b(?:itali[cs]i[sz]ed|in italics|boldface|in bold|underlined|highlighted in)\b")


# a relation between symbols: "velocity = light path / time interval", "if m < S"
_RELATION = re.compile(r"[\w)²³]\s+(?:=|<|>|≤|≥|≠)\s+[\w(−-]|\w(?:=|≤|≥|≠)\w")
_WHAT_IS = re.compile(r"^What (?:is|are|was|were) (.+)\?$")
_DATE = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\s+\d"
)
# a question whose subject is a letter that names a variable of a proof or an example: "Why is g in the fixed point?"
_LETTER_SUBJECT = re.compile(
    r"^(?:Why|How|When|Where|What)\s+(?:is|are|was|were|does|do|did|can|will)\s+(?!a\b)[a-zB-HJ-Z](?=[\s?])"
)


def formula_or_symbol(item: QuizItem, printed: bool) -> bool:
    """An item of a bare symbol ("What are Z 0?"), about a letter ("Why is g in the fixed point?") or a date, or, of a
    text read from a PDF's printed lines (`printed`), one that asks or answers in a formula: its sub- and superscripts
    and fractions are lost there ("Why is velocity = light path time interval …?", "the minimum necessary to retain its
    position so pses = bs+1e"), where Markdown's TeX and MathML read whole ("the slope ℳ = −1/(θ² + 1) of the
    associated ODE"). A blank over a term stays ("If n = k, then A is called _____.")."""
    said = _WHAT_IS.match(item.prompt)
    if said and not re.search(r"[A-Za-z]{3,}", said.group(1)) or _LETTER_SUBJECT.match(item.prompt):
        return True
    if said and _DATE.match(said.group(1)):
        return True  # "What is Thursday, December 18? Final Exam": a date is no subject to define
    return printed and item.kind != "cloze" and _RELATION.search(f"{item.prompt} {item.answer}") is not None


def askable(sentence: str, listed: bool = False) -> bool:
    """A whole statement long enough to ask about: it ends as a sentence does, not with a question, a colon, a
    word cut off at a line break ("… his associations with prominent", "… by the Congres-") or a case name's "v.",
    conversion left nothing in it that is not prose (`_NOT_PROSE`), and it is no trademark notice. A list item may
    end without a full stop ("The UK must stay in the EU to have influence on the world stage") when it ends on a
    noun, and is no step to take ("Give Employee objects a reference to their Department")."""
    text = sentence.rstrip()
    last = text.split()[-1] if text.split() else ""
    if listed and (_instruction(text) or re.match(r"\S+\s+be\s", text)):
        return False  # a step to take, or what "Let" under its lead-in makes a symbol ("g be the deficit …"): no claim
    ends = (
        bool(_ENDS.search(text) or _ASKS_AFTER_COLON.match(text))
        and last not in _CUT_AT
        or listed
        and _ends_noun_phrase(last)
    )
    whole = ends and not _NOT_PROSE.search(sentence) and not quoted_speech(sentence)  # someone's words, not the text's
    whole = whole and not DEPICTS.search(sentence) and not speaks_of_numbered(sentence)
    whole = whole and not _ELLIPTICAL.search(text) and not _OUTLINE.match(text) and not _TYPOGRAPHY.search(text)
    whole = whole and not _COURSE.match(text)
    whole = whole and not re.search(r"\?\s+[a-z]", text) and not _HOLE.search(text)  # "Watch What is Focus? to …"
    whole = whole and sentence.count(": ") < 2  # "YouTube: Fairness-related harms: Examples, …": titles, not a claim
    whole = whole and not _opened_before(sentence) and not _shouted(sentence)
    return whole and not is_notice(sentence) and word_count(sentence) >= tuning.ITEM_MIN_SENTENCE_WORDS


def _shouted(sentence: str) -> bool:
    """Mostly in capitals ("DISTINCT SPECIES PRESENT ANALOGOUS VARIATIONS, SO THAT …", a chapter's summary line
    set as the book sets its headings): no sentence to ask in a quiz's words."""
    words = re.findall(r"[A-Za-z]{3,}", sentence)
    return len(words) >= tuning.ITEM_MIN_SENTENCE_WORDS and sum(w.isupper() for w in words) * 2 > len(words)


def _opened_before(sentence: str) -> bool:
    """ "See Haiku Error Messages archived Page 1 and Page 2 .).": it closes a bracket it never opened, so it began
    inside one (not "a) this and b) that", whose brackets number choices); '… he is wholly in error.”' closes a
    quotation, so it is the end of someone's words the text quotes."""
    closed, opened = sentence.find("”"), sentence.find("“")
    if closed >= 0 and not 0 <= opened < closed:
        return True
    depth = 0
    for bracket in re.finditer(r"(?<!\b\w)\)|\(", sentence):
        depth += 1 if bracket.group() == "(" else -1
        if depth < 0:
            return True
    return False


def _instruction(element: str) -> bool:
    """A list element that tells the reader what to do ("Give Employee objects a reference to their Department"): a
    verb's base form first, and no auxiliary after the noun it could begin ("Test results are kept" is a claim)."""
    ws = [w.lower() for w in element.split()[:3]]
    if not ws or ws[0] not in base_forms(ws[0]) or "VERB" not in parts_of_speech(ws[0]) or ws[0] in STOPWORDS:
        return False
    return not set(ws[1:]) & AUXILIARIES


def _ends_noun_phrase(word: str) -> bool:
    """A name, a number or a noun that is no adjective too ("stage", not "prominent")."""
    if not word.isalnum() or word.lower() in STOPWORDS:
        return False
    pos = parts_of_speech(word)
    return word[:1].isupper() or word.isdigit() or "NOUN" in pos and "ADJ" not in pos
