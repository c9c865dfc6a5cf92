"""Named terms: a term the text gives a name to is blanked in its sentence. "Minecraft items can store metadata in
a file format known as Named Binary Tag (NBT)" asks "Fill in the term: “… known as _____.”".

The sentence "called", "known as", "termed", "dubbed" or "referred to as" introduces the term in is where the text
teaches it; the definitions (`definitions.py`) ask "X is called Y" of its subject, this asks the rest: the name
given inside a sentence ("a concept called brain plasticity"), after a clause ("When …, it is called …") or of
what the sentence before described ("This is called a “third-party request.”"). A sentence that names what it
points back to is quoted with the sentence before it, which is what "this" points to."""

from __future__ import annotations

import re

from tutor import tuning
from tutor.english.dictionary import parts_of_speech
from tutor.english.lexicon import POINTS_BACK, PREPOSITIONS, STOPWORDS
from tutor.english.text import content_terms, word_count
from tutor.records import Document, Section, Unit
from tutor.revision.items.context import (
    DISCOURSE,
    FILE_NAME,
    declarative,
    finite,
    reads_alone,
    sentence_before,
    stands_alone,
)
from tutor.revision.items.giveaway import affixed, without_other_term
from tutor.revision.items.questions import BLANK
from tutor.revision.items.record import QuizItem, item_id, passage_item, sentence_case, unit_reading

_NAMING = re.compile(
    r"\b(?:so-called|called|known as|termed|dubbed|referred to as|(?:which|that) (?:we|you|they|people) call)\s+"
    r"(?:the\s+)?"
)
_WRITER_NAMES = re.compile(r"(?i)(?:we|you|let['’]s|let us|i)\s")  # who names the example's variables
_BE = frozenset("is are was were be been being".split())
# "When …, it is called": the clause before says what "it" is; "Appropriately enough, they were called": the
# sentence before does
_CLAUSE = re.compile(r"(?i)^(?:when|whenever|if|once|because|since|after|before|while|although|as)\b")
_PRONOUN_NAMED = re.compile(r"(?i)\b(?:it|they|this|these)\s+(?:\w+\s+)?$")
_QUOTED = re.compile(r"[“\"‘']([^”\"’'“‘]{2,60}?)([.,;!?]?)[”\"’'](?!\w)")  # not "'Moore's law'" cut at "'s"
_WORD = re.compile(r"[A-Za-z][\w-]*")
_ABBREVIATION = re.compile(r"\s*\([A-Z][A-Za-z.&-]{1,9}\)")  # "(GDP)", "(A-S)"
_INITIALS_SPELLED = re.compile(r"([A-Z]{2,8})\s*\(([A-Za-z][\w\s,-]{2,60}?)\)")  # the initials, then their words
_SPELLED_OUT = re.compile(r"([A-Za-z][\w\s,-]{2,60}?)\s*\(([A-Za-z]{2,8})\)")  # the words, then their initials
_TERM_END = re.compile(r"\s|[,;:)!?]|\.(?!\w)|$")  # "MP3.com": the name goes on past the word


def _paired(masked: str, term: str) -> bool:
    """A one-word term blanked beside the other of its pair over one noun ("the _____ and secondary coils"), or
    before the other's naming ("… are called _____ and the decay products are called daughter elements")."""
    after = masked[masked.find(BLANK) + len(BLANK) :]
    if re.match(r"[^.;:]*\b(?:and|while|whereas)\b[^.;:]*\b(?:called|known as|termed)\s", after):
        return True
    pair = re.search(rf"{re.escape(BLANK)}\s+(?:and|or)\s+([a-z]+)\s+\w", masked)
    return " " not in term.strip() and pair is not None and "ADJ" in parts_of_speech(pair.group(1))


def named_item(doc: Document, section: Section, u: Unit, before: Unit | None) -> QuizItem | None:
    """The sentence's named term blanked; the sentence before quoted too where this one points back to it."""
    sentence = DISCOURSE.sub("", unit_reading(doc, u).strip())
    if sentence.endswith("?") or word_count(sentence) > tuning.YEAR_SENTENCE_WORDS or not declarative(sentence):
        return None
    if re.match(r"(?i)where\b", sentence):
        return None  # "Where the hyper-parameter T is called _____.": what follows a formula, no sentence of its own
    naming = _NAMING.search(sentence)
    if naming is None or not _names(sentence[: naming.start()], naming.group()):
        return None
    found = _emphasised(doc.text[u.start : u.end], sentence, naming) or _term(sentence, naming)
    if found is None:
        return None
    masked, term = _with_initials(*found)
    masked = without_other_term(masked, term)  # "called _____ if …, and aperiodic otherwise"
    other = _OTHER_NAME.search(masked)  # "called _____ (or translation equivariance)": gives it away, and answers too
    if other:
        masked = masked[: other.start()] + BLANK + masked[other.end() :]
        name = re.sub(r"^(?:the|an?)\s+", "", (other.group("name") or other.group("other") or "").strip())
        term = term if "(" in term or not 0 < word_count(name) <= _OTHER_NAME_WORDS else f"{term} ({name})"
    if FILE_NAME.fullmatch(term) or _paired(masked, term):
        return None  # "a single file called search-list.js": an example's file, code rather than a term; "The two
        # coils are called the _____ and secondary coils": its pair gives it away
    if _WRITER_NAMES.match(sentence) and f"`{term}`" in doc.text[u.start : u.end]:
        return None  # "We define an array called `animals`": the example's own variable, not a term
    if set(content_terms(term)) <= set(content_terms(section.title)):
        return None  # the section's heading gives it away
    prefix = sentence[: naming.start()]
    leans = not stands_alone(sentence) or bool(_PRONOUN_NAMED.search(prefix) and not _CLAUSE.match(prefix))
    if not reads_alone(POINTS_BACK.sub("", sentence) if leans else sentence, quoted=True):
        return None
    quoted, span = sentence_case(masked), (u.start, u.end)
    if leans:
        earlier = sentence_before(doc, before)
        if earlier is None or before is None:
            return None
        quoted, span = f"{earlier} {quoted}", (before.start, u.end)
    given = set(content_terms(quoted))
    keys = tuple(w for w in _WORD.findall(term) if content_terms(w) and not set(content_terms(w)) <= given)
    if not keys:
        return None  # "cast iron known as ductile iron" keeps "ductile"; a name the prompt spells out is given away
    shown = {w.lower() for w in _WORD.findall(quoted) if len(w) >= 4}
    if any(affixed(w, k.lower()) or affixed(k.lower(), w) for k in keys for w in shown):
        return None  # "An agent who is not happy is called _____." gives "unhappy" away, "… and aperiodic" "periodic"
    iid = item_id("cloze", doc.source, doc.text[span[0] : span[1]], "term")
    return passage_item(iid, "cloze", doc, section, span, f"Fill in the term: “{quoted}”", term, keys)


# the term's other name after the blank: "called _____ (or translation equivariance)", "called _____, or second-order
# conditioning."
_OTHER_NAME_WORDS = 4  # another name a learner may give as the answer is a few words
_OTHER_NAME = re.compile(
    re.escape(BLANK) + r"(?:\s*\((?:(?:or|also|aka|also known as)\s(?P<name>[^()]*)|i\.e\.,?\s[^()]*)\)"
    r"|,\s+or\s+(?P<other>[^,;:().!?]{2,60})(?=[.!]?$))"
)


def _with_initials(masked: str, term: str) -> tuple[str, str]:
    """ "called **gross domestic product** (GDP)", "the **Atkinson-Shiffrin** (A-S) model": the initials after the
    blank would give the term away, so they are blanked with it (a learner may answer either)."""
    at = masked.find(BLANK) + len(BLANK)
    initials = _ABBREVIATION.match(masked, at)
    if initials is None or not _abbreviates(initials.group(), term):
        return masked, term
    return masked[:at] + masked[initials.end() :], term + initials.group()


def _initials(words: str) -> str:
    """ "Basic Multilingual Plane" -> "BMP"."""
    return "".join(w[0] for w in _WORD.findall(words)).upper()


def _abbreviates(initials: str, words: str) -> bool:
    """ "(GDP)" of "gross domestic product", "(A-S)" of "Atkinson-Shiffrin"."""
    letters = re.sub(r"[^A-Za-z]", "", initials).upper()
    return letters in (_initials(words), _initials(words.replace("-", " ")))


def _names(prefix: str, naming: str) -> bool:
    """The words before "called" name something: a thing ("a concept called"), or a subject with "is"/"was"
    ("it is called"); not someone who called ("Else called Fox") nor a fragment ("Sometimes known as …", "In
    functional analysis, is known as …")."""
    ws = prefix.split()
    if naming.startswith("so-called"):
        return True
    if naming.startswith(("which", "that")):
        return bool(ws) and ws[-1].endswith(",")  # "the pieces of data, which we call fields": what comes before
    if not ws:
        return False
    last = ws[-1].lower()
    if last in _BE or last == "also" and len(ws) > 1 and ws[-2].lower() in _BE:
        subject = ws[: -2 if last == "also" else -1]
        return bool(subject) and not subject[-1].endswith(",")
    return ws[-1].islower() and "NOUN" in parts_of_speech(ws[-1])


def _emphasised(source: str, sentence: str, naming: re.Match[str]) -> tuple[str, str] | None:
    """The term the text sets in bold or italics right after naming it, whole: "… is called the **marginal
    propensity to consume**" gives "marginal propensity to consume", where the words alone would stop at "to"."""
    said = r"\s+".join(re.escape(w) for w in naming.group().split())
    marked = re.search(rf"{said}\s+(\*\*|__|\*|_)([A-Za-z][\w\s'’-]*?)\1(?![\w*])", source)
    term = " ".join(marked.group(2).split()) if marked else ""
    term = re.sub(r"(?:\s+(?:on|of|in|with|for|to|and|or|at|by))+$", "", term)  # "*Student's t-distribution on* n−1 …"
    rest = sentence[naming.end() :]
    if not term or not rest.startswith(term) or len(term.split()) > tuning.NAMED_TERM_WORDS + 2:
        return None
    return sentence[: naming.end()] + BLANK + rest[len(term) :], term


def _term(sentence: str, naming: re.Match[str]) -> tuple[str, str] | None:
    """The sentence with its named term blanked, and the term: a quoted name whole, else a few words that end on a
    noun or a name ("brain plasticity", "Named Binary Tag (NBT)"), not a description ("no later than …") nor
    a clause ("Viaskin allowed people …" gives "Viaskin")."""
    rest = sentence[naming.end() :]
    quoted = _QUOTED.match(rest)
    if quoted:
        term, at = quoted.group(1).strip(), quoted.end()
        abbreviation = _ABBREVIATION.match(rest, at)  # "so-called “personally identifiable information” (PII)"
        if abbreviation and not quoted.group(2):
            term, at = term + abbreviation.group(), abbreviation.end()
        masked = sentence[: naming.end()] + BLANK + quoted.group(2) + rest[at:]
        return (masked, term) if _a_name(term.split()) else None
    spelled = _SPELLED_OUT.match(rest)
    if spelled and _initials(spelled.group(1)) == spelled.group(2).upper():
        return sentence[: naming.end()] + BLANK + rest[spelled.end() :], spelled.group()  # "last in, first out (LIFO)"
    initials = _INITIALS_SPELLED.match(rest)  # "the BMP (Basic Multilingual Plane)": the words would give it away
    if initials and _initials(initials.group(2)) == initials.group(1):
        return sentence[: naming.end()] + BLANK + rest[initials.end() :], initials.group()
    words: list[str] = []
    at = 0
    for w in _WORD.finditer(rest):
        word = w.group()
        ends = rest[at : w.start()].strip() or word.lower() in STOPWORDS | PREPOSITIONS
        if ends or word.islower() and finite(word) or len(words) == tuning.NAMED_TERM_WORDS:
            break  # punctuation, or a word that starts a clause or a phrase of its own
        words.append(word)
        at = w.end()
    if not words or not _a_name(words) or not _ends_on_noun(words[-1]) or not _TERM_END.match(rest, at):
        return None
    abbreviation = _ABBREVIATION.match(rest, at)
    at = abbreviation.end() if abbreviation else at
    return sentence[: naming.end()] + BLANK + rest[at:], rest[:at]


def _a_name(words: list[str]) -> bool:
    """A few words, not opening on a function word, with something in them ("brain plasticity")."""
    short = 0 < len(words) <= tuning.NAMED_TERM_WORDS
    return short and words[0].lower() not in STOPWORDS and bool(content_terms(" ".join(words)))


def _ends_on_noun(word: str) -> bool:
    return word[:1].isupper() or "NOUN" in parts_of_speech(word)
