"""Text primitives shared by the reader, the chunker, retrieval and answering."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import Protocol

from tutor.english.lexicon import ABBREVIATIONS, ACRONYM_LINKS, PREPOSITIONS, SELF_REFERENCES, STOPWORDS, alternation

_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+\S)")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
MAX_UNIT_WORDS = 120


def words(text: str) -> list[str]:
    """Lower-cased word tokens, hyphenated parts split."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


class _Stemmer(Protocol):
    def stemWord(self, word: str) -> str: ...  # PyStemmer's name


@lru_cache(maxsize=1)
def _stemmer() -> _Stemmer | None:
    try:
        import Stemmer  # PyStemmer: a C Snowball stemmer, imports in milliseconds

        return Stemmer.Stemmer("english")
    except ImportError:  # pragma: no cover - PyStemmer is a dependency
        return None


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    s = _stemmer()
    return s.stemWord(word) if s is not None else word


_SELF_REFERENCE = re.compile(rf"\b(?:the|this|these|that)\s+(?:{alternation(SELF_REFERENCES)})\b", re.I)


def without_self_reference(question: str) -> str:
    """The question without the words that name the text itself: "What does the article say about X?" asks
    about X; "Article 5" keeps its word."""
    return _SELF_REFERENCE.sub(" ", question)


def impersonal(text: str) -> str:
    """The text with the reader it addresses made anyone: "you" -> "one", "your" -> "one's" (a clause that speaks
    to the reader reads alone in a question that speaks to the learner: "What should you do if you add an API?")."""
    return re.sub(r"(?i)\byou\b", "one", re.sub(r"(?i)\byour\b", "one's", text))


def content_terms(text: str) -> list[str]:
    """Stemmed content words: what BM25 and lexical overlap compare. A name of a one-letter prefix and small words
    ("v-if", "v-on"), none of whose parts counts, counts whole."""
    # `_counts` written out: this runs for every sentence of a book, where a call per word doubles its time
    terms = [stem(w) for w in words(text) if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]
    for m in _HYPHENATED.finditer(text) if "-" in text else ():
        if not any(_counts(w) for w in words(m.group())):
            terms.append(m.group().lower())
    return terms


def _counts(word: str) -> bool:
    return word not in STOPWORDS and (len(word) > 1 or word.isdigit())


_HYPHENATED = re.compile(r"(?<![\w-])[^\W_](?:-[^\W_]+)+(?![\w-])")  # a one-letter prefix: "v-if", "x-ray"


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split text[start:end] into sentence spans, trimmed of surrounding whitespace.

    A period ends a sentence unless it follows a known abbreviation or an initial; a long run
    without punctuation is cut at word boundaries so no unit outgrows the model's window.
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _BOUNDARY.finditer(text, start, end):
        cut = m.end()
        before = text[pos : m.start()].split()
        last = before[-1].lower().rstrip(".").lstrip("\"'“‘([") if before else ""  # '"St. Paul"' as "St. Paul"
        nxt = text[cut:end].lstrip()[:1]
        if not nxt:
            continue
        if last in ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            if not nxt.isupper() or last in {"e.g", "i.e", "vs"}:
                continue
            if last != "etc" and (last in ABBREVIATIONS or _middle_initial(before, text[cut:end])):
                continue  # "… the “Water Carrier,” etc. Cherubini was …": a list's "etc." ends its sentence
        if nxt.islower() and not (last.isalpha() and len(last) >= 3 and m.group()[0] == "."):
            continue  # "make a panic! call", "Yahoo! announced": an exclamation mark in a name, not a sentence's end
        spans.append((pos, cut))
        pos = cut
    spans.append((pos, end))
    out: list[tuple[int, int]] = []
    for a, b in spans:
        a, b = strip_span(text, a, b)
        if a < b:
            out.extend(_cap_length(text, a, b))
    return out


def _middle_initial(before: list[str], after: str) -> bool:
    """ "says Brian K. Coombes", "by Renée M. P. Teate": an initial between a given name (or another initial) and a
    surname ends no sentence, nor one before a given name and a surname ("In 1999, W. Ford Doolittle proposed …");
    "Plan B. Then …" does (the word after it opens a sentence)."""
    following = after.split(maxsplit=1)[0].strip(",.;:’'\"") if after.split() else ""
    given = before[-2] if len(before) > 1 else ""
    named = given[:1].isupper() and given.removesuffix(".").isalpha() and before[-1][:1].isupper()
    if named:
        return following[:1].isupper() and following.lower() not in STOPWORDS
    if given and not given.endswith(",") and given.lower() not in PREPOSITIONS | {"and", "or"}:
        return False  # "Take vitamin C. Many …", "group A. Group B …": a label of the word before
    name = [w.strip(",.;:’'\"") for w in after.split(maxsplit=2)[:2]]  # "In 1999, W. Ford Doolittle proposed …"
    return len(name) == 2 and all(w[:1].isupper() and w.isalpha() and w.lower() not in STOPWORDS for w in name)


def _cap_length(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    """Cut an over-long unit at word boundaries (only text without punctuation gets here)."""
    ms = list(re.finditer(r"\S+", text[a:b]))
    if len(ms) <= MAX_UNIT_WORDS:
        yield a, b
        return
    for i in range(0, len(ms), MAX_UNIT_WORDS):
        group = ms[i : i + MAX_UNIT_WORDS]
        yield a + group[0].start(), a + group[-1].end()


def strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    """Shrink [a, b) past surrounding whitespace (and a byte-order mark)."""
    while a < b and (text[a].isspace() or text[a] == "\ufeff"):
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


_LIGATURES = re.compile("[\ufb00-\ufb06]")


def fold_ligatures(text: str) -> str:
    """Typographic ligatures as their letters ("ﬁrst" → "first"), as PDFs often give them; nothing else changes."""
    if not _LIGATURES.search(text):
        return text
    return _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def normalize_for_match(text: str) -> str:
    """Lower-case, punctuation and whitespace folded to single spaces (the eval's comparison)."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[^\w\s]|_", " ", text)
    return " ".join(text.split())


def clean_question(text: str) -> str:
    """Drop control characters, lone surrogates and odd spacing; keep every printable character."""
    text = text.encode("utf-8", "replace").decode("utf-8") if _has_surrogates(text) else text
    text = _ANSI.sub(" ", text) if "\x1b" in text else text  # colour codes pasted from a terminal
    text = "".join(
        " " if unicodedata.category(ch) in {"Cc", "Cf", "Cs", "Zl", "Zp"} and ch not in "\u200d" else ch for ch in text
    )
    return " ".join(text.split())


_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")


def _has_surrogates(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)


_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")


def acronyms(text: str) -> dict[str, str]:
    """Acronyms the text defines, "Ministry of Foreign Affairs (MFA)" -> {"MFA": "Ministry of Foreign Affairs"}."""
    found: dict[str, str] = {}
    for m in _ACRONYM.finditer(text):
        short = m.group(1)
        letters = [c for c in short if c.isupper()]
        before = re.findall(r"[\w’'-]+", text[max(0, m.start() - 200) : m.start()])
        picked: list[str] = []
        for word in reversed(before):
            if word.lower() in ACRONYM_LINKS and picked:
                picked.append(word)
                continue
            if not word[:1].isupper():
                break
            picked.append(word)
            if len([w for w in picked if w.lower() not in ACRONYM_LINKS]) == len(letters):
                break
        long = [w for w in reversed(picked)]
        while long and long[0].lower() in ACRONYM_LINKS:
            long.pop(0)
        initials = [w[0] for w in long if w.lower() not in ACRONYM_LINKS]
        if len(letters) >= 2 and initials == letters:
            found.setdefault(short, " ".join(long))
    return found


def outer_comma(body: str, pos: int) -> int:
    """The next comma from `pos` outside brackets: "HOG (histograms of oriented gradient), bags of visual words
    (Sivic and Zisserman, 2003), and …" has two elements, not four; -1 when none."""
    depth = 0
    for k in range(pos, len(body)):
        depth += (body[k] in "([") - (body[k] in ")]")
        if body[k] == "," and depth <= 0:
            return k
    return -1
