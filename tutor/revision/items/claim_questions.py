"""A claim turned into a question: its auxiliary before its subject ("Outages can be prolonged" -> "Why can outages
be prolonged?"), else "do" before its verb ("Syria needs …" -> "Why does Syria need …?")."""

from __future__ import annotations

import re

from tutor import tuning
from tutor.english.dictionary import parts_of_speech
from tutor.english.lexicon import AUXILIARIES, DETERMINERS, NOT_SUBJECT, PREPOSITIONS, looks_plural
from tutor.revision.items.clauses import do_support, in_question, plural_verb, verb_at
from tutor.revision.items.context import Context, base_forms
from tutor.revision.items.subjects import vague_subject

_HAVE = frozenset("has have had".split())
_DO = frozenset("do does did".split())
NOT_PARTICIPLES = frozenset("already also not never just still often always ever yet since".split())  # "had already …"
# "Let μ be a mean vector formed by …", "Suppose the …": a worked example's supposition, not a claim (not `let` in code)
_SUPPOSITION = re.compile(r"(?:Let\s+(?:\S+\s+){1,3}(?:be|denote)|Suppose|Assume|Consider|Imagine)\s")
_HOW_OFTEN = frozenset("sometimes often usually generally typically always occasionally frequently rarely".split())
_BETWEEN_SUBJECT_AND_VERB = frozenset("both also only often always still even just".split())
_CONCEDING = re.compile(r"(?i)^(?:even\s+(?:though|if|when)|although|though|whereas|unless)\s")


def as_question(claim: str, wh: str, ctx: Context) -> str | None:
    """A claim turned into a question: its auxiliary before its subject ("Outages can be prolonged" -> "Why can
    outages be prolonged?"), else "do" for a verb ("Syria needs …" -> "Why does Syria need …?"); "" when the
    subject and verb are not plain to see, None when the subject names nothing on its own."""
    ws = claim.split()
    within = range(1, min(len(ws), tuning.DEFINITION_SUBJECT_WORDS + 1))
    if _CONCEDING.match(claim):
        return None  # "Even though G returns to …, the government can …": the claim is after the clause
    i = next((i for i in within if verb_at(ws, i) or plural_verb(ws, i)), 0)
    i = _verb_after_participle(ws, i) or i if i else 0  # "Test driven development encourages …": "encourages"
    if not i or i + 1 >= len(ws) or any("," in w or re.search(r"n['’]t$", w) for w in ws[:i]) or not ws[i].isalpha():
        return ""  # "Even so, …", "… doesn't …", "buckets like the tin pail don't survive": no plain subject and verb
    if ws[i].lower() not in AUXILIARIES and ws[i + 1].lower() in AUXILIARIES | {"cannot"}:
        return ""  # "Shallow ref can be used …": the word taken for the verb is the subject's noun
    if " ".join(ws[:i]).count("(") > " ".join(ws[:i]).count(")"):
        return ""  # "The pair (whose difference in age is 55 years) met …": the verb found is the aside's
    if _SUPPOSITION.match(claim) or re.match(r"(?i)let(?:['’]?s|\s+us)\s", claim):
        return None  # "Let μ be a mean vector formed by …": notation supposed; "Lets fool a linear classifier …": an
        # invitation; neither a claim to ask why of
    clause = {"that", "which", "who", "whether", "Whether"} & set(ws[:i])
    if ws[0].lower() in PREPOSITIONS or ws[0].lower() in NOT_SUBJECT or clause:
        return ""  # "At first …", "While …": the sentence does not start with its subject; "a translation that a
        # human would make would be …", "Whether or not the data is public is …": the subject is a clause
    if vague_subject(" ".join(w for w in ws[:i] if not (w.islower() and w.endswith("ly")))):  # "The tool systemically"
        return None  # "Many of the pages were non-urgent": which pages, the text said before
    often = f"{ws[0].lower()} " if i > 1 and ws[0].lower() in _HOW_OFTEN else ""  # "Sometimes a good job must …"
    # "Even client-side routing libraries are usually …": not "How are even …"
    even = ws[0].lower() == "even" and not often
    said = ws[1 if often or even else 0 : i]
    said = said[:-1] if len(said) > 1 and said[-1].lower() == "also" else said  # "Why do biofilms produce …?": the
    # "also" of the text's second reason says nothing without its first
    subject = in_question(" ".join(said), ctx)
    verb, rest = ws[i].lower(), " ".join(ws[i + 1 :])
    after = next((w for w in ws[i + 1 :] if not (w.endswith("ly") or w.lower() in NOT_PARTICIPLES)), "")
    if verb in AUXILIARIES and not (verb in _HAVE and not _participle(after)) and not _does_a_thing(verb, after):
        rest = _LEANING.sub("", rest)  # "The score is then obtained by …": "How is the score obtained?"
        return f"{wh} {verb} {subject} {often}{rest}?"  # "Why has the cost risen?"; "has more flexibility" takes "do"
    aux, lemma = do_support(verb, ws[i - 1])
    if ws[i - 1].lower() == "both":  # "… both inflates A and lengthens B": both verbs take "does"
        rest = re.sub(r"\band\s+([a-z]+s)\b", lambda m: f"and {do_support(m.group(1), verb)[1]}", rest, count=1)
    return f"{wh} {aux} {subject} {often}{lemma} {rest}?"


def _does_a_thing(verb: str, after: str) -> bool:
    """ "ASCII does a great job of …": "do" as the verb itself, which the question keeps ("Why does ASCII do …?"), not
    the auxiliary of another ("does not support", "did change")."""
    word = after.lower()
    return (
        verb in _DO
        and word not in ("not", "never")
        and not (word in base_forms(word) and "VERB" in parts_of_speech(word))
    )


# an adverb that leans on the step before: "The score is then obtained by …" (not "also", which says there is more:
# "How can an array also be created?"; blind ratings: "then" fix in 4 of 4, "also" kept in 7 of 11)
_LEANING = re.compile(r"^(?:then|thus|therefore|hence)\s+")


def _verb_after_participle(ws: list[str], i: int) -> int:
    """Where the verb is when the word at `i` is a participle that modifies a noun before it: "Test driven
    development encourages …", "A persistent omitted variable both inflates …", "The monotonicity required by
    Blackwell's condition fails …"; 0 when it is none."""
    if not re.fullmatch(r"[a-z]+(?:ed|en)", ws[i]) or not _participle(ws[i]) or i + 2 >= len(ws):
        return 0  # not "Computer programs usually need to be …": "need" is no participle
    phrase = ws[i + 1] in PREPOSITIONS  # "required by Blackwell's condition", "generated from for loops"
    if not phrase and "NOUN" not in parts_of_speech(ws[i + 1].lower()):
        return 0  # "Congress rewarded famous authors by …": the verb, with its object
    reach = 6 if phrase else 3  # the phrase's words, then the verb
    later = [k for k in range(i + 2, min(len(ws), i + reach + 1)) if ws[k].lower() not in _BETWEEN_SUBJECT_AND_VERB]
    said = later if phrase else later[:1]
    nouns_before = PREPOSITIONS | DETERMINERS  # "from for loops": "loops" is the phrase's noun, no verb
    auxiliary = [w.lower() in AUXILIARIES for w in ws] + [False]
    plural = looks_plural(ws[i - 1].lower())  # "Data replication algorithms used in … traditionally perform …"
    verbs = [
        k
        for k in said
        if "VERB" in parts_of_speech(ws[k]) and (re.fullmatch(r"[a-z]+s", ws[k]) or plural and _base_verb(ws[k]))
    ]
    # not "old grains can be …": a word before an auxiliary is its subject's noun
    verb = next((k for k in verbs if ws[k - 1].lower() not in nouns_before and not auxiliary[k + 1]), 0)
    modal = next((k for k in said if auxiliary[k]), 0) if phrase else 0
    return min(k for k in (verb, modal) if k) if verb or modal else 0  # "… generated from for loops can be …"


def _base_verb(word: str) -> bool:
    """ "perform": a verb's base form that is no noun too, the verb of a plural subject."""
    return word in base_forms(word) and "NOUN" not in parts_of_speech(word)


def _participle(word: str) -> bool:
    """ "risen", "grown", "been", "made": what follows "has" when it is an auxiliary."""
    from lemminflect import getInflection, getLemma

    w = word.lower()
    lemma = getLemma(w, "VERB")[0]
    return w in getInflection(lemma, "VBN") and w != lemma and "VERB" in parts_of_speech(w)
