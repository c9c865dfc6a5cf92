"""Whether "X is a …" says what X is, or only what X is worth or belongs to ("a valuable tool for …", "an
opportunity for your community to grow", "a built-in feature of Vue 3"): `no_class`."""

from __future__ import annotations

import re

from tutor import tuning
from tutor.english.dictionary import is_adverb, parts_of_speech
from tutor.english.lexicon import JUDGEMENTS, SHELL_NOUNS
from tutor.english.text import word_count
from tutor.revision.items.context import Context

# "a valuable tool for …", "a very hard problem", "the gold standard of …", "the foundation on which …": how much X
# matters, not what it is
_WEIGHING = frozenset(
    "valuable useful major important powerful key critical significant helpful serious hard difficult tricky"
    " interesting defining reasonable sensible good popular real pervasive common vital essential crucial".split()
)
# "a key tool for Y", "a defining feature of Y", "a key component for efficient performance" relate X to Y
_GENERIC = SHELL_NOUNS | frozenset(
    "tool tools resource resources feature features strategy strategies component components ingredient signal"
    " signals skill skills mechanism mechanisms element elements factor factors character".split()
)  # "Git is a crucial skill to have", "a powerful mechanism for …": what it is worth, not what it is (not "a common
# method for …", which says what kind of thing it is)
_INTENSIFIERS = frozenset("very really particularly extremely quite rather fairly truly much far".split())
_PRAISE = re.compile(
    r"(?i)^(?:the (?:gold standard|foundation|cornerstone|backbone|bedrock|linchpin|hallmark|pinnacle|key to"
    r"|secret (?:of|to)|heart of)"
    r"|an? (?:workhorse|staple|mainstay|big deal|must|game[- ]changer|boon|blessing|godsend|curse|nuisance))\b"
    # "Markov chains are a workhorse for …", "The Haber process was a boon to agriculture",
    # "Test Driven Development is a big deal in the modern development landscape", "DOM modification is the key to
    # creating "live" pages"
)
# "a welcomed addition to …", "a natural extension of …", "a rich topic, with much more nuance …", "a core pillar of
# the language", "an opportunity for your community to grow", "an investment into your project's future", "a permanent
# feature, not a transient": what X is worth to the writer or how it behaves, not what it is
_APPRAISED = re.compile(
    r"(?i)^an?\s+(?:[\w-]+\s+)?(?:addition|topic|pillar|opportunity|investment|asset|challenge|byproduct|aspect\s+of"
    r"|feature\s*(?:,|$)|(?:natural|logical|obvious)\s+(?:extension|choice|fit|successor)\b"
    r"|(?:article|video|tutorial|post|podcast|talk|walkthrough|cheat ?sheet)\b)"  # a reading list's "is an article"
)
# "the most powerful part of Rails and also one of the trickiest": how the writer ranks it, not what it is
_RANKING = (
    "powerful important valuable useful interesting exciting impressive elegant beautiful tricky confusing striking"
    " surprising remarkable notable"
)
_MOST = re.compile(
    rf"(?i)^(?:the|one of the|an?)\s+(?:single\s+)?most\s+(?:{'|'.join(_RANKING.split())})\b"
)  # not "most common"; "a most important element in war": the writer's emphasis, no class
# "a built-in feature of Vue 3", "a decreasing function of its cost": what X belongs to or varies with, not what it is
# "Ammonia is a weaker acid than is water": how it compares, not what it is
_COMPARED = re.compile(r"(?i)^an?\s+(?:(?:more|less)\s+)?[\w-]+\s+(?:[\w-]+\s+){0,4}than\b")  # "a more beautiful and
# complex structure than the mouth of a whale": what it outdoes, not what it is
_PART_OF = re.compile(
    r"(?i)^an?\s+(?:[\w-]+\s+)?(?:feature|part|component|function|member|element)\s+of\s+(?!.*\b(?:that|which|who|to)\b)"
)


def ranks(answer: str) -> bool:
    """ "the most powerful part of Rails": where the writer ranks X, asked either way round, not what X is."""
    return bool(_MOST.match(answer))


# "a character of the highest importance", "a point of some interest": what it weighs, not what it is
_WEIGHED_BY = re.compile(
    r"(?i)^\S+\s+(?:\w+\s+)?of\s+(?:the\s+)?(?:highest|high|great|greatest|little|some|much|no|vital|prime|first|least)"
    r"\s+(?:importance|value|consequence|significance|moment|interest)\b"
)
# "the almost inevitable consequence of the production of new forms": what it follows from, not what it is; "a most
# abnormal structure": how much, not what (not "the most common waste", which names one)
_RELATED = re.compile(
    r"(?i)^(?:the|an?)\s+(?:[\w-]+\s+){0,2}(?:consequence|result|outcome|effect)\s+of\b|^an?\s+most\s"
)


def no_class(subject: str, answer: str, ctx: Context) -> bool:
    """ "X is a better strategy", "X is a great way to …", "X is a major concern": a judgement, not what X is;
    "Firefox is a web browser" is (a name's class may be short); "A and B are …" defines neither alone."""
    said = [w.lower().strip(",") for w in answer.split()[1:5]]
    degree = said[:1] and said[0].endswith("ly") and is_adverb(said[0]) and "ADJ" not in parts_of_speech(said[0])
    if said[:1] and (said[0] in _INTENSIFIERS or degree):  # not "the daily closing value"
        return True  # "a very common indicator used by …", "an incredibly complex … operation": how much, not what
    ws = [w for w in said[:4] if w not in _INTENSIFIERS]
    ws = ws[:1] + [w for w in ws[1:] if w != "and" and w not in _WEIGHING][:1]  # "a real and pervasive issue"
    judged = ws[:1] and ws[0] in JUDGEMENTS or len(ws) == 2 and ws[0] in _WEIGHING and ws[1] in _GENERIC
    judged = judged or bool(_PRAISE.match(answer) or _PART_OF.match(answer) or _APPRAISED.match(answer))
    judged = judged or bool(_COMPARED.match(answer) or _WEIGHED_BY.search(answer) or _RELATED.match(answer))
    short = word_count(answer) < _class_words(subject, ctx) and not re.search(r"\d", answer)  # "$1,200" is a fact
    return bool(judged) or short or " and " in f" {subject} "


def _class_words(subject: str, ctx: Context) -> int:
    """How long "a …" must be to define a subject: a name is defined by its class ("a web browser"), a phrase
    by a longer one."""
    name = all(w[:1].isupper() and w.lower() not in ctx.lowercase_words for w in subject.split())
    return tuning.DEFINITION_NAME_CLASS_WORDS if name else tuning.DEFINITION_CLASS_WORDS
