"""What a question asks for: its parts, whether it wants a list, a time or a number, and the names in it."""

from __future__ import annotations

import re

from tutor import tuning
from tutor.english.dictionary import is_english_word
from tutor.english.lexicon import (
    AUXILIARIES,
    CHAT_FILLERS,
    DEMONYMS,
    MONTHS,
    NOT_NAMES,
    NUMBER_WORDS,
    ORDINALS,
    PERIODS,
    QUANTITY_WORDS,
    STOPWORDS,
    WH_WORDS,
    alternation,
    looks_plural,
)
from tutor.english.text import content_terms, stem, word_count, words

_PART_SPLIT = re.compile(
    rf"(?:,\s*|\s+)and\s+(?=(?:{alternation(WH_WORDS | AUXILIARIES)})\b)"
    r"|(?<=\?)\s+(?=\S)",
    re.IGNORECASE,
)
_LIST_CUE = re.compile(
    r"\b(list|name|enumerate|main|key|primary|types|kinds|categories|how many|"
    rf"({alternation(NUMBER_WORDS[2:])}|\d+) (of them|[a-z]+s))\b"
    r"|\b(what|which) (are|were) the (\w+ )?\w+s\b|\b(what|which) \w+s (do|does|did|are|were|can|could|have|has)\b",
    re.IGNORECASE,
)
# "the norms listed", "list the …", "what does the text list", "the list of …"; not "it dropped down the list"
_ENUMERATION_CUE = re.compile(
    r"\b(listed|lists|list of|enumerat\w*|specific \w+s)\b|^\s*(?:please\s+|can you\s+|could you\s+)?list\b"
    r"|\b(?:do|does|did)\b[^?]*\blist\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = alternation([*NUMBER_WORDS, *QUANTITY_WORDS])
_MONTHS = alternation(MONTHS)
_PERIODS = alternation(PERIODS)


_DOTTED_ACRONYM = re.compile(r"\b(?:[A-Z]\.){2,}")
_SECTION_REFERENCE = re.compile(
    r"\b(?:according to|in|from|under) the (?:section|part|chapter|heading|paragraph)s? "
    r"(?:on|about|called|titled|named|headed)? ?[\"“']?(?P<name>[^,?;\"”']+)",
    re.IGNORECASE,
)


_ORDINAL = "|".join(ORDINALS)
_CARDINALS = {w: i for i, w in enumerate(NUMBER_WORDS[1:8], 1)}  # as far as the ordinals go: "item seven"
_ORDINAL_REFERENCE = re.compile(
    rf"\bthe (?P<a>{_ORDINAL}) (one|item|point|thing|of (them|those|these))\b"  # "the second one"
    rf"|\bthe (?P<b>{_ORDINAL})(?=\W*$|\W*[?.!,;]| (is|was|about|mean|means|say|says)\b)"  # "what is the third?"
    rf"|\b(number|item|point) (?P<c>{'|'.join(_CARDINALS)}|[1-7])\b",  # "point 3"
    re.IGNORECASE,
)


def ordinal_reference(question: str) -> int | None:
    """Which item of the earlier answer's list "the second one", "the last of them" or "point 3" means (from 1;
    -1 for the last), or None."""
    m = _ORDINAL_REFERENCE.search(question)
    if not m:
        return None
    word = (m.group("a") or m.group("b") or m.group("c")).lower()
    return ORDINALS.get(word) or _CARDINALS.get(word) or int(word)


def section_reference(question: str) -> str | None:
    """The section a question points at ("according to the section on the future of X, …"), if any."""
    m = _SECTION_REFERENCE.search(question)
    return m.group("name").strip() if m else None


def parts(question: str) -> list[str]:
    """A question that asks two things ("Which X…, and why Y?") split into its asks."""
    pieces = [p.strip(" ,;") for p in _PART_SPLIT.split(question) if p and p.strip(" ,;?")]
    return pieces if len(pieces) > 1 and all(word_count(p) >= 3 for p in pieces) else [question]


def asks_for_list(question: str) -> bool:
    return bool(_LIST_CUE.search(question))


def demands_enumeration(question: str) -> bool:
    """Asks for the specific items listed somewhere: only an enumeration can answer it."""
    return bool(_ENUMERATION_CUE.search(question))


# "When did…" asks for a time; "When should an alert page someone?" for a condition
_WHEN = re.compile(r"^\s*when\b(?!\s+(should|would|could|must|can|might|may|do|does)\b)")


# "When I collect data for a model, what should I watch out for?": a clause that sets the scene, then the question
_WHEN_CLAUSE = re.compile(
    r"^\s*when\b[^?,]*,\s*(?=(?:what|why|how|which|who|whom|whose|where|is|are|was|were|do|does|did|can|could|"
    r"should|would|will)\b)"
)


def answer_type(question: str) -> str | None:
    """What the evidence must contain: a 'time' for when, a 'number' for how many, a 'name' for which country."""
    q = _WHEN_CLAUSE.sub("", question.lower())
    if re.search(r"\b(what|which|in what) year\b|\bwhen (did|was|were|is|will)\b|\bwhat date\b", q) or _WHEN.match(q):
        return "time"
    if re.search(r"\bhow (many|much)\b|\bwhat (number|percentage|share)\b", q):
        return "number"
    if re.search(r"\b(which|what) (country|city|organi[sz]ation)\b", q):
        return "name"
    if re.search(r"\b(which|what) (countries|cities|organi[sz]ations)\b", q):
        return "names"  # preferred, not required: "which countries" may be answered by a kind of country
    if _NAME_ASKED.search(q):
        return "term"  # preferred: "what are those rounds called?" wants the sentence that names them
    return None


_NAME_ASKED = re.compile(
    r"\bwhat (?:is|are|was|were|do you|does one|do we) (?:[\w'’-]+\s+){0,6}?(?:called|termed|known as)\b"
    r"|\bwhat(?:'s|’s| is) the (?:name|term|word) for\b"
)
# a sentence that gives something its name: a term in quotation marks ("many iterations, or 'epochs'") or a verb
# of naming
_NAMES_IT = re.compile(
    r"(?:^|[\s(])[‘'“\"][A-Za-z][^’'”\"]{0,40}[’'”\"](?![A-Za-z])|\b(?:called|known as|referred to as|termed|dubbed)\b"
)


# "What is FAISS?", "what's a trace tree", "Define typed trace": the term a definition would answer
_DEFINE_ASKED = re.compile(
    r"^(?:what(?:'s|’s|\s+is|\s+are)|define)\s+(?:(?:a|an|the)\s+)?(?P<term>[^?,;:.!]{1,60}?)"
    r"(?:\s+in\s+[^?,;:.!]{1,40})?\s*(?:[?,;:.!]|$)",  # "… in OAuth 2.0?": where it is asked, not the term
    re.I,
)
_FILLER = re.compile(rf"^(?:\W*\b(?:so|and|but|well|hey|hi|{alternation(CHAT_FILLERS)})\b)+\W*", re.I)
_COPULA = r"(?:\s*\([^()]{0,60}\))?(?:,[^,]{1,80},)?\s+(?:is|are|was|were|refers to|means|denotes|stands for)\b"


def defined_term(question: str) -> str | None:
    """The term a "What is X?" question asks to have defined: a short noun phrase, not a pronoun ("what is it")
    nor a clause ("what is the reason that …")."""
    m = _DEFINE_ASKED.match(_FILLER.sub("", question.strip()))
    if not m:
        return None
    term = m.group("term").strip()
    ws = term.lower().split()
    if not 1 <= len(ws) <= 4 or ws[0] in STOPWORDS or any(w in WH_WORDS | AUXILIARIES for w in ws):
        return None
    return term


_DEFINED_SUBJECT = re.compile(rf"^(?:(?:the|a|an)\s+)?(?P<term>\w[\w'’ -]{{0,58}}?)(?:{_COPULA}|:\s+\w)", re.I)


def defined_subject(text: str) -> tuple[str, ...]:
    """The terms of what a sentence opens by saying what it is ("Refresh tokens are credentials …" → refresh
    tokens", "resource owner: An entity …"), stemmed as a question's are; () when it opens otherwise."""
    m = _DEFINED_SUBJECT.match(text.strip())
    words = m.group("term").split() if m else []
    return tuple(content_terms(m.group("term"))) if m and 1 <= len(words) <= tuning.DEFINED_TERM_WORDS else ()


def defines(text: str, term: str) -> bool:
    """A sentence that opens with the term as its subject and says what it is ("FAISS is an extremely efficient,
    open-source library …", "A typed trace is …"), or a glossary's entry for it ("resource owner: An entity capable
    of granting access …"), not one that only uses it ("building the FAISS index …")."""
    return bool(re.match(rf"(?:(?:the|a|an)\s+)?{re.escape(term)}(?:{_COPULA}|:\s+\w)", text.strip(), re.I))


def required(kind: str | None) -> bool:
    """Whether an answer without evidence of this type cannot answer the question."""
    return kind in ("time", "number", "name")


_WHO_DID = re.compile(
    rf"^\s*who\s+(?!({alternation(AUXILIARIES)})\b)"
    r"(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)


def deed_of_named(question: str) -> str | None:
    """The verb of "Who succeeded Painter?": what someone did to, or with, a named one."""
    m = _WHO_DID.match(question)
    return m.group("verb") if m and salient_tokens(question) else None


def has_type(text: str, kind: str) -> bool:
    t = text.lower()
    if kind == "time":
        return bool(re.search(rf"\b(1[0-9]{{3}}|20[0-9]{{2}})s?\b|'[0-9]0s\b|\b({_MONTHS}|{_PERIODS})\b", t))
    if kind == "number":
        return bool(re.search(rf"\d|\b({_NUMBER_WORDS})\b", t))
    if kind in ("name", "names"):  # a proper name: "the U.S.", "Germany's", "UNGGE"
        return bool(_DOTTED_ACRONYM.search(text) or salient_tokens(text))
    if kind == "term":
        return bool(_NAMES_IT.search(text))
    return True


_HOW_MANY = re.compile(r"\bhow many\b", re.IGNORECASE)
_COUNT_WINDOW = 4  # words between a number and what it counts ("dozens of foreign ministries")
_NUMBER = re.compile(rf"^(\d[\d,.]*|{_NUMBER_WORDS})$")


_PLURALS = frozenset("people children men women police".split())  # plural nouns without an -s


def counted(question: str) -> list[str]:
    """What "how many" asks to count, as terms: "How many cyber diplomats does…" -> cyber, diplomat."""
    m = _HOW_MANY.search(question)
    if not m:
        return []
    out: list[str] = []
    for w in words(question[m.end() :])[:3]:
        if w in STOPWORDS or w == "times" and not out:
            break  # "how many times …" asks how often: "after 2 crossings", "twice", not a count of "times"
        out.append(stem(w))
        if looks_plural(w) or w in _PLURALS:
            break  # "how many others got hurt", "how many people live …": the count ends with its noun
    return out


def counts(text: str, things: list[str]) -> bool:
    """Whether a number in the text counts these things: all of them at most a few words after it."""
    tokens = words(text)
    terms = [stem(t) for t in tokens]
    return any(
        _NUMBER.match(tok) and set(things) <= set(terms[i + 1 : i + 2 + _COUNT_WINDOW]) for i, tok in enumerate(tokens)
    )


def is_enumeration(text: str) -> bool:
    """A sentence that lists three or more things ("a, b, and c")."""
    return text.count(",") >= 2 and bool(re.search(r",\s*(and|or)\s", text))


def salient_tokens(question: str) -> list[str]:
    """Capitalised names (not sentence-initial), acronyms, long numbers and functions' names ("spread()"): what a
    question is specifically about."""
    letters = [c for c in question if c.isalpha()]
    shouting = bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.6
    found = list(re.finditer(r"[^\W_][\w'’-]*", question))
    loud = _shouted_runs([m.group(0) for m in found])
    out = []
    for m, shouted in zip(found, loud, strict=True):
        tok = m.group(0)
        before = question[: m.start()].rstrip()
        sentence_start = not before or before[-1] in '.!?:;"“(,'
        if tok.isdigit():
            if len(tok) >= 3:
                out.append(tok)
        elif question[m.end() : m.end() + 2] == "()":
            out.append(tok)  # "gather()": a function's name, in any case
        elif shouted or _emphasised(tok):
            continue  # "who is like the BIGGEST buyer?", "WHO DID TUNISANS ELECT?": words said loudly, no acronyms
        elif not shouting and not sentence_start and tok[0].isupper() and _base(tok) not in STOPWORDS | NOT_NAMES:
            out.append(tok)
    return out


def _base(token: str) -> str:
    """A word without its contraction, lowered: "I've" is "i", the pronoun; "Macy's" is "macy"."""
    return re.split(r"['’]", token, maxsplit=1)[0].lower()


_EMPHASIS_LETTERS = 4  # "IT", "US", "WHO" are as likely initials as words; "BIGGEST" is a word said loudly


def _emphasised(token: str) -> bool:
    """A word of the dictionary written in capitals for emphasis ("BIGGEST", "NEVER"); not "NATO" or "GDPR"."""
    return token.isupper() and len(token) >= _EMPHASIS_LETTERS and is_english_word(token.lower())


_SHOUTED_RUN = 3  # "WHO DID TUNISANS ELECT LAST FALL": three words in capitals in a row are shouted, not initials


def _shouted_runs(tokens: list[str]) -> list[bool]:
    """Per token: part of a run of words written all in capitals."""
    caps = [t.isupper() and t.isalpha() for t in tokens]
    out = [False] * len(tokens)
    start = 0
    for i in range(len(tokens) + 1):
        if i == len(tokens) or not caps[i]:
            if i - start >= _SHOUTED_RUN:
                out[start:i] = [True] * (i - start)
            start = i + 1
    return out


def other_names(token: str) -> list[str]:
    """What else a name goes by: "American" is also "US" and "United States"; "America" is "US", "United States"
    and "American" too."""
    low = token.lower()
    names = DEMONYMS.get(low) or DEMONYMS.get(low.removesuffix("s"), "")
    if names:
        return names.split(", ")
    out: list[str] = []
    for demonym, countries in DEMONYMS.items():
        listed = countries.split(", ")
        if low in (c.lower() for c in listed):
            out += [demonym.capitalize(), *(c for c in listed if c.lower() != low)]
    return list(dict.fromkeys(out))
