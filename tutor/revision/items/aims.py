"""What an object question keeps of what follows its object: what the object is for ("What do Deep Fried Convnets use
to reduce the cost …?") or as ("What does BERT choose as its bidirectional architecture?"), which makes a broad verb
ask one thing (issue 14, rounds 64 and 71: "What does BERT choose?" was "too vague")."""

from __future__ import annotations

import re

from tutor.english.dictionary import parts_of_speech
from tutor.english.lexicon import PREPOSITIONS
from tutor.english.text import word_count

_ROLE_DETERMINERS = frozenset("a an the its their his her our your".split())
# "a way to …", "the ability to …": the infinitive belongs to the noun, not to what the object is for
_TAKES_INFINITIVE = frozenset(
    "way ways ability chance right need effort attempt opportunity power time tendency".split()
)
_TAKES_INFINITIVE |= frozenset("similar close due equal related according next up relative compared access".split())
_AIM_WORDS = 12
# "What does Adadelta require to store …?": verbs of means, whose object an aim follows
# "What do browsers apply to every webpage?": verbs whose "to" names where the object goes, which the question keeps
_APPLIED_TO = frozenset("apply add attach assign".split())
_EVERY = frozenset("every each all any".split())
_TIMES = frozenset("hours days weeks months years minutes seconds decades ages while example instance".split())
_MEANS_VERBS = frozenset("use need require employ apply adopt leverage exploit combine introduce provide add".split())


def aimed(answer: str, lemma: str) -> tuple[str, str]:
    """The object and what the sentence says it is for or as, which the question keeps: "a combination of
    permutations … to reduce the cost" -> ("a combination of permutations …", " to reduce the cost"); "the
    Transformer encoder as its bidirectional architecture"; "functions for creating tensors". Else (answer, "")."""
    from lemminflect import getLemma

    ws = answer.split()
    for k in range(1, len(ws) - 1):
        w, after, before = ws[k], ws[k + 1], ws[k - 1].lower().rstrip(",")
        role = w == "as" and after.lower() in _ROLE_DETERMINERS and before not in ("such", "well", "same", "so")
        doing = after.endswith("ing") and "VERB" in parts_of_speech(getLemma(after, "VERB")[0])
        use = k > 1 and w == "for" and (doing or lemma in _MEANS_VERBS and _last_noun(ws[k + 1 :]))
        applied = k > 1 and w == "to" and lemma in _APPLIED_TO and after.lower() in _ROLE_DETERMINERS | _EVERY
        if role or use or applied or (k > 1 and w == "to" and lemma in _MEANS_VERBS and _aim(ws[k + 1 :], before)):
            rest = " ".join(ws[k:])
            second = re.search(r"(?:,|\band)\s+([a-z]+s)\b", rest)  # "… and implements many routines": a second deed
            if word_count(rest) > _AIM_WORDS or second and "VERB" in parts_of_speech(second.group(1)):
                break
            return " ".join(ws[:k]).rstrip(","), f" {rest}"
    return answer, ""


def _last_noun(words: list[str]) -> bool:
    """ "for deployment", "for image classification": a short phrase ending the object that names what it is used
    for, not a clause ("for users to …") or a time ("for hours")."""
    if not 1 <= len(words) <= 3 or not words[-1].rstrip(".").isalpha():
        return False
    last = words[-1].rstrip(".").lower()
    return "NOUN" in parts_of_speech(last) and last not in _TIMES and "to" not in words


def _aim(infinitive: list[str], before: str) -> bool:
    """ "to reduce the cost": an infinitive with its own object, after a noun it does not belong to ("a way to …")
    and not a gap the object fills ("a string of code to compile", "a key … to be registered under")."""
    pos = parts_of_speech(infinitive[0])  # "to store" (a noun too) is an aim, "to safe transport" none
    if "VERB" not in pos or "ADJ" in pos or before in _TAKES_INFINITIVE or before.endswith("ed"):
        return False  # "a set of libraries designed to support …": the participle's
    nxt = infinitive[1].lower() if len(infinitive) > 1 else ""
    return bool(nxt) and infinitive[0] != "be" and nxt not in PREPOSITIONS
