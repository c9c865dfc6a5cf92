"""Whether a phrase can be asked about: a subject that names something on its own ("Firefox", "the main function of
X"), not a fragment ("At the time …"), a step ("add a script block …"), one of several ("Another challenge"), a
superlative of what the text said before ("the simplest scenario") or a few everyday words ("the high school")."""

from __future__ import annotations

import re

from tutor import tuning
from tutor.english.dictionary import is_adverb, is_english_word, parts_of_speech
from tutor.english.lexicon import (
    AUXILIARIES,
    DETERMINERS,
    ELSEWHERE,
    NOT_SUBJECT,
    NUMBER_WORDS,
    PREPOSITIONS,
    SHELL_NOUNS,
    STOPWORDS,
)
from tutor.english.text import content_terms
from tutor.revision.items.context import Context, finite, is_everyday, merged_heading, reads_alone

ACTIVITY = re.compile(r"(?:ing|tion|sion|ment|ysis)$")  # "Classification", "Parsing": an activity's name
_EVERY = frozenset("each every all both".split())  # "Each stateful firewall keeps …" has a subject
_VAGUE_WORDS = 3  # "the creative process": a few everyday words after "the", or before a shell noun, name nothing
_ADVERBS = frozenset("just long even also still only already often never always perhaps".split())
_FREQUENCY = frozenset("often usually always never sometimes rarely typically generally".split())
_SUBORDINATORS = frozenset("whether unless once until whenever wherever whereas although though".split())
_SYMBOL_SUBJECT_WORDS = 4  # "the set S", "a distribution ψ on S": a few words round a symbol name notation
_COUNTED = re.compile(
    r"\b(?:[Tt]he|[Aa]ll|[Bb]oth) (?:two|three|four|five|six|seven|eight|nine|ten) [a-z]"
    r"|\b[Tt]he (?:first|second|third|last|former|latter) (?:kind|type|sort|form|category|class|group|case|approach)"
)  # "the two stories", "all four values", "the first kind of hint": which, the text said before
_QUANTIFIERS = frozenset("another such other one some many several most much few more enough".split())
# math as the reader shows it: superscript letters ("qˢ", not the okina of "Hawaiʻi"), Greek letters, sub- and
# superscripts, letterlike and mathematical symbols
_SYMBOL = re.compile(
    r"[\u02b0-\u02b8\u02e0-\u02e4\u0370-\u03ff\u1d00-\u1dbf\u2070-\u209f\u2100-\u214f\u2200-\u22ff\u2c7c"
    r"\U0001d400-\U0001d7ff]"  # "Vⱼ": a subscript j too
)
# a name with a subscript before a noun: "the G₀ phase", "CO₂ emissions" (not "D₀", "the demand curve D₀")
_SCRIPTED_NAME = re.compile(r"(?:[Tt]he\s+)?[A-Z][A-Za-z]{0,2}[₀-₉]+\s+[a-z]{3,}")
_ORDINALS = frozenset("first second third fourth fifth sixth last final latter former".split())
_TOPICS = frozenset("topic theme subject issue question point idea matter thing aspect".split())
# "the eagerness with which the law …", "considering how different prices": a clause
_RELATIVE = frozenset("that which who whom whose how why whether".split())


# "everything", "the key thing to note", "the denominator": what, the sentence or formula before says
_NAMES_NOTHING = re.compile(
    r"(?i)^(?:every|some|any|no)(?:thing|one|body)$|^the\s+(?:\w+\s+)?thing\b"
    r"|^the\s+(?:denominator|numerator|exponent|remainder|(?:row|column)\s+sums?)$"
    r"|^the\s+(?:\w+\s+)?(?:drawbacks?|downsides?|advantages?|benefits?|upsides?)$"  # "the main drawbacks": of what
)


def good_subject(subj: str) -> bool:
    ws = subj.split()
    lone = any(len(w.strip("[](),")) == 1 and w.strip("[](),").isalpha() and w not in ("a", "A", "I") for w in ws)
    if _SYMBOL.search(subj) and not _SCRIPTED_NAME.fullmatch(subj) or lone and len(ws) <= _SYMBOL_SUBJECT_WORDS:
        return False  # a formula's symbol ("p₀", "the α", "g", "the set S"): what it stands for is notation
    if re.search(r"[=→←⊂⊆∈×+<>|^]|:(?:\s|$)", subj) or subj.count("(") != subj.count(")"):
        return False  # a formula ("S = QPT", "R : (q, C) → CF") or a label ("Bottom line: ARIMA", "charAt(..):")
    if set(w.lower() for w in ws[1:]) & _FREQUENCY:
        return False  # "Computer scientists often call": the verb came before the word taken for it
    if re.search(r"\s[—–-](?:\s|$)", subj):
        return False  # "The relational algebra — whilst flexible —": an aside ran into it; "`findBerth(ship)` -
        # returns …": a term and its gloss, dashed
    if not 1 <= len(ws) <= tuning.DEFINITION_SUBJECT_WORDS or merged_heading(ws):
        return False
    if re.fullmatch(r'(“[A-Z][^“”]*”|"[A-Z][^"]*")', subj):
        return bool(content_terms(subj))  # a quoted title is a name, whatever its first word ("“Until Dawn”")
    low = [w.lower().strip('“”"()') for w in ws]
    if parts_of_speech(low[0]) == {"VERB"} and len(low) > 1 and not low[0].endswith("ing"):
        return False  # "add a script block where the model …": a step to take, not a subject
    if (
        low[0] in PREPOSITIONS
        or low[0] in STOPWORDS - DETERMINERS - _EVERY
        or low[0].endswith("ly")
        and is_adverb(low[0])  # "Probably …", not "Italy", "Grammarly"
        or low[0] in _ADVERBS
        or low[0] in _SUBORDINATORS
        or len(low) > 1
        and low[0].endswith("ed")
        and (low[1] in PREPOSITIONS or ws[1][:1].isupper())  # "Prepared for whatever …", "titled NeuMF": a
        # participle's phrase
        or len(low) > 1
        and low[-1].endswith("ly")
        and is_adverb(low[-1])  # "The country geographically comprises …": which country?
        or len(low) > 1
        and low[0].endswith("ed")
        and finite(low[0])
        and "ADJ" not in parts_of_speech(low[0])
        or any(w.endswith(("n't", "n’t")) for w in low)
    ):
        return False  # "At the time digital audio tape …", "just as …", "whether patents …": the subject comes
        # later; "libraries don't", "Introduced a new …": the verb is in it
    if not reads_alone(subj):
        return False  # "the hero of this fight", "the free culture that I defend"
    if low[0] in NOT_SUBJECT or any(w in AUXILIARIES or w == "cannot" for w in low) or low[-1] in STOPWORDS:
        return False  # "unsafe code cannot": the verb is in it
    if _RELATIVE & set(low[1:]):
        return False
    if any(w in ELSEWHERE for w in low):
        return False
    if len(low) > 1 and low[0].endswith("ing") and low[1] in DETERMINERS:
        return False  # "paging a human is expensive": a claim about doing something, not a definition
    words = [w for w in low if w not in STOPWORDS]
    generic = low[0] in ("a", "an")  # "A feature is a measurable property …": any feature, defined
    generic = generic or len(low) == 1 and bool(ACTIVITY.search(low[0]))  # "Classification is a form of …"
    if len(words) == 1 and (len(low) > 1 and low[0] not in ("a", "an", "the") or is_everyday(words[0]) and not generic):
        return False  # "the strategy", "this agreement" point back; "states" alone asks nothing specific
    return not vague_subject(subj) and bool(content_terms(subj))


def vague_subject(subj: str) -> bool:
    """A subject that names nothing on its own: one of several ("Another challenge …", "Many of the pages"), things
    counted before ("the two stories"), a superlative of what the text said before ("the simplest scenario"), a
    quantity without its noun ("blending together too many") or an amount ("two tablets"), a possessive of what the
    text said before ("the project's commit rate", "Prelinger's"), or a few everyday words ("the high school", "a good
    example")."""
    ws = subj.split()
    low = [w.lower().strip('“”"()') for w in ws]
    if not low or low[0] in _QUANTIFIERS or low[-1] in _QUANTIFIERS and len(low) > 1 or _NAMES_NOTHING.match(subj):
        return True  # "the key thing to note", "everything", "the denominator" (`_NAMES_NOTHING`)
    if len(low) > 1 and (low[0] in NUMBER_WORDS or low[0].isdigit()):
        return True  # "two tablets was a lethal dose": an amount of something, not a thing to define
    if len(low) > 2 and low[0] == "the" and low[1] in _ORDINALS and not {"of", "to", "for", "in"} & set(low):
        return True  # "the second criterion", "the first term on the right": of which, the text said before
    if low[-1] in ("one", "ones", "others"):
        return True  # "The most commonly encountered ones are …": ones of what, the text said before
    if len(low) > 1 and low[0] in ("a", "an") and low[-1] in _TOPICS:
        return True  # "a basic topic is the relationship among …": which topic is the answer, not a thing defined
    if len(low) > 2 and low[0] == "the" and re.fullmatch(r"\d+(?:st|nd|rd|th)", low[1]):
        return True  # "the 3rd revision": of what, the text said before
    if len(low) > 1 and low[0] == "the" and low[1] == "same" or len(low) > 1 and _comparative(low[0], low[1]):
        return True  # "the same principle", "Bigger improvements": the same as what, bigger than what
    if _COUNTED.search(subj):
        return True  # "the difference between the two stories": which two, the text said before
    named = any(w[:1].isupper() for w in ws[1:])
    if len(low) <= _VAGUE_WORDS + 1 and low[0] == "the" and not named and _superlative(low[1:]):
        return True  # "the simplest scenario", "the most notable example": of what, the text said before
    owner = re.sub(r"['’]s$", "", low[1]) if len(low) > 2 and low[0] == "the" else ""  # "the project's …"
    if low[-1].endswith(("'s", "’s")) or owner and owner != low[1] and is_everyday(owner):
        return True
    words = [w for w in low if w not in STOPWORDS]
    plain = len(words) == len(low) - 1 <= _VAGUE_WORDS and all(w.isalpha() and is_everyday(w) for w in words)
    return plain and (low[0] == "the" and not named or low[-1] in SHELL_NOUNS)


def _comparative(word: str, then: str) -> bool:
    """ "Bigger improvements", "better results", "more work": an adjective that compares with what the text said
    before; not "less technologically advanced states", a kind of state."""
    if word in ("more", "less", "fewer"):
        return not then.endswith("ly") and "ADJ" not in parts_of_speech(then)
    if word in ("better", "worse", "further"):
        return True
    from lemminflect import getLemma

    pos = parts_of_speech(word)
    return word.endswith("er") and "ADJ" in pos and "NOUN" not in pos and getLemma(word, "ADJ")[0] != word


def _superlative(words: list[str]) -> bool:
    """ "most notable …", "simplest …": a superlative first, with nothing after its noun that says among what."""
    if not words:
        return False
    first = words[0]
    return first in ("most", "least") or first.endswith("est") and "ADJ" in parts_of_speech(first)


_OPENING_QUANTIFIERS = frozenset("all every each some most many few several both any no".split())


def lower_article(phrase: str) -> str:
    """ "The Mozilla Festival" inside a question: "the Mozilla Festival"; "All Rust code": "all Rust code"."""
    first, *rest = phrase.split()
    long = [w for w in rest if len(w) > 3]
    if first in ("A", "An") and len(long) > 1 and all(w[:1].isupper() for w in long):
        return phrase  # "A Quiet Passion": a title, its article its own (not "An Instructor": a capitalised role)
    lowered = first.lower() in DETERMINERS or first.lower() in _OPENING_QUANTIFIERS  # "All Rust code": "all …"
    return phrase[:1].lower() + phrase[1:] if lowered else phrase


def with_article(phrase: str) -> str:
    """ "a connection", "an element", "an HPO run" (an acronym read letter by letter), "a eutherian mammal", "a unit"
    (a vowel said as "you")."""
    you = re.match(r"(?i)(?:eu|uni|u[bcfhjkmrstvw][aeiou]|one\b)", phrase) is not None
    vowel = phrase[:1] in "aeiouAEIOU" and not you or re.match(r"[AEFHILMNORSX][A-Z0-9]*\b", phrase) is not None
    return f"{'an' if vowel else 'a'} {phrase}"


def in_prompt(subject: str, ctx: Context) -> str:
    """A subject inside a question: "The Mozilla Festival" -> "the Mozilla Festival", words the text writes in lower
    case lowered ("Cyber Diplomacy"), and an English word capitalised only because the sentence opens with it
    ("Sparse matrices" -> "sparse matrices"; a one-word name such as "Rust" keeps its capital, unless the text writes
    it in lower case elsewhere)."""
    each = re.match(r"(?i)(?:each|every)\s+(?=[A-Za-z])", subject)  # "What is each React component?" asks of one
    subject = with_article(subject[each.end() :]) if each else subject
    softened = lower_article(ctx.soften(subject))
    first, _, rest = softened.partition(" ")
    capitalised = first[:1].isupper() and first[1:].islower()
    opening = capitalised and rest and (rest == rest.lower() or rest[:1].islower() and _written_lower(first, ctx))
    if opening and is_english_word(first) and first.lower() not in ctx.named_words:  # "Life on Earth is based on …"
        return f"{first.lower()} {rest}"
    if not rest and first[:1].isupper() and first[1:].islower() and first.endswith("ing") and is_english_word(first):
        return first.lower()  # "Generalizing refers to …": a doing, not a name
    if not rest and first.isalpha() and first[1:].islower() and first.lower() not in ctx.named_words:
        softened = first.lower() if _written_lower(first, ctx) else softened  # "Hyperthyroidism is …", the text's
        # exercises saying "… from hyperthyroidism"
    if softened.isalpha() and softened.islower() and not softened.endswith(("s", "ing")) and _counted(softened, ctx):
        return with_article(softened)  # "What is a connection?", not "What is connection?"
    return softened


def _written_lower(word: str, ctx: Context) -> bool:
    """A word the whole text (its exercises too) writes in lower case somewhere, not as code ("`seedr`")."""
    return re.search(rf"(?<![\w`]){re.escape(word.lower())}(?![\w`])", ctx.doc.text) is not None


def _counted(noun: str, ctx: Context) -> bool:
    """A noun the text only counts ("connections", "each connection is …", never "of connection"): one needs its
    article in a question, unlike "entropy" or "optimization" (not "an information system", "a software engineer": a
    mass noun before another noun)."""
    one = rf"\b(?:an?|each|every|another)\s+(?:\w+\s+)?{noun}(?=\s*[.,;:!?)]|\s+(?:{_AFTER_NOUN})\b)"
    bare = rf"\b(?:of|in|for|with|on|by|to|from|about|into|through|as|without)\s+{noun}\b(?!-)"
    text = ctx.doc.text
    return bool(re.search(rf"(?i){one}|\b{noun}s\b", text)) and not re.search(rf"(?i){bare}", text)


_AFTER_NOUN = "is|was|has|that|which|who|of|to|in|for|and|or|with|from|by|on|at"
