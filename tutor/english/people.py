"""Which names are people's: a first name the `gender-guesser` table knows (about 40,000 given names from
many countries), followed by a surname; a lone surname counts when the text also writes it after a first name
("Turing" in a text that names "Alan Turing")."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from functools import lru_cache
from typing import Any

from tutor.english.dictionary import is_english_word, parts_of_speech
from tutor.english.lexicon import NUMBER_WORDS, PERSON_NOUNS, STOPWORDS

_PART = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?\.?|[A-Z]\.")


@lru_cache(maxsize=1)
def _detector() -> Any:
    import gender_guesser.detector as gender

    return gender.Detector(case_sensitive=False)


def is_first_name(word: str) -> bool:
    """A given name the table knows, not a small word it also lists ("One-Eyed Man", "So Johnny")."""
    parts = [p for p in word.split("-") if p]
    if any(p.lower() in STOPWORDS or p.lower() in NUMBER_WORDS for p in parts):
        return False
    return any(_detector().get_gender(part) != "unknown" for part in parts)


def is_full_name(name: str) -> bool:
    """ "Alan Turing", "Adrien-Marie Legendre", "John McCarthy": two to four capitalised words, the first a
    given name, none an acronym or a number."""
    parts = name.split()
    if not 2 <= len(parts) <= 4 or not all(_PART.fullmatch(p) or _is_surname(p) for p in parts):
        return False
    if any(_says_something(p) for p in parts[1:-1]):
        return False  # "Ingrid Goes West": a title that says something, not a middle name
    if re.fullmatch(r"[A-Z]\.", parts[0]) and len(parts) >= 3:
        return not is_english_word(parts[-1])  # "W. Ford Doolittle", "J. R. R. Tolkien"; not "U. S. Army"
    return is_first_name(parts[0].rstrip("."))


def _says_something(word: str) -> bool:
    """A verb's "-s" form ("Goes", "Walks"): no part of a name between its first and last."""
    from lemminflect import getLemma

    w = word.lower()
    lemma = getLemma(w, "VERB")
    return w.endswith("s") and bool(lemma) and lemma[0] != w and "VERB" in parts_of_speech(lemma[0])


def _is_surname(word: str) -> bool:
    return bool(re.fullmatch(r"(?:Mc|Mac|O')?[A-Z][a-z]+(?:[A-Z][a-z]+)?", word))


def people_named(names: Iterable[str], lowercase: Collection[str] = (), text: str = "") -> set[str]:
    """The full names among `names`, and the surnames they give (which name the same people alone); not a name one of
    whose later words the text also writes in lower case ("Ruby Recursion" in a lesson on recursion, "Virginia Stamp
    Act Resolutions"), nor one the `text` writes as a place ("in Nova Scotia", "across Georgia Tech")."""
    places = _places(text)
    full = {
        n
        for n in names
        if is_full_name(n) and n not in places and not any(_common(w, lowercase) for w in n.split()[1:])
    }
    return full | {n.split()[-1] for n in full}


def _common(word: str, lowercase: Collection[str]) -> bool:
    """A word the text also writes in lower case that is no given name ("Act", "Resolutions"; not "Rose", "Will")."""
    return word.lower() in lowercase and not is_first_name(word)


# capitalised words after a preposition of place: "… settled in Nova Scotia"; not someone's ("in John Locke's view")
_PLACED = re.compile(r"\b(?:in|across|throughout|near)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})(?!['’]s|\w)")


def _places(text: str) -> set[str]:
    """What the text writes as a place, each run of capitalised words after a preposition of place and its
    beginnings ("Nova Scotia Province" gives "Nova Scotia" too), in one pass over the text."""
    runs = (m.group(1).split() for m in _PLACED.finditer(text))
    return {" ".join(words[:k]) for words in runs for k in range(2, len(words) + 1)}


def gender(name: str) -> str | None:
    """ "male" or "female" when the table gives the name's first word mostly one, else None."""
    found = _detector().get_gender(name.split()[0].split("-")[0]) if name.split() else "unknown"
    return found.removeprefix("mostly_") if found.removeprefix("mostly_") in ("male", "female") else None


def named_person(name: str, people: Collection[str]) -> str | None:
    """The person a subject names: one of the text's people, or a full name after a title ("President-elect Donald
    Trump", "Facebook CEO Mark Zuckerberg", "Director David Lowery"); None for no person."""
    if name in people:
        return name
    ws = name.split()
    return next((" ".join(ws[-k:]) for k in (3, 2) if len(ws) > k and is_full_name(" ".join(ws[-k:]))), None)


_ORGANISATION_ENDS = frozenset(
    "LLC Inc Ltd Corp Corporation Company Co GmbH PLC Foundation Agency Association Institute University Council "
    "Commission Committee Department Ministry Bureau Administration".split()
)
_NOT_PEOPLE = frozenset("list checklist playlist wishlist twist wrist mist fist exist insist consist persist".split())


def names_people(phrase: str) -> bool:
    """ "King", "Members of the National Assembly": a phrase whose head noun names people."""
    ws = phrase.lower().split()
    head = ws[ws.index("of") - 1] if "of" in ws[1:] else ws[-1]
    if re.fullmatch(r"[a-z]{4,}ists?", head) and head.rstrip("s") not in _NOT_PEOPLE:
        return True  # "Islamists", "economists", "a physicist": people by what they hold or do
    if phrase.split()[-1].strip(".,") in _ORGANISATION_ENDS:
        return True  # "Arduino LLC filed …", "The Food Standards Agency warned …": "Who …?"
    return head in PERSON_NOUNS or head.endswith("s") and head[:-1] in PERSON_NOUNS
