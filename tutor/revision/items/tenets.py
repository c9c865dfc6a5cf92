"""What a law, a principle or a theory says: "The law of continuity suggests that we are more likely to perceive
continuous, smooth flowing lines rather than jagged, broken lines" asks "What does the law of continuity suggest?",
answered by what follows "that". Someone's claim ("Smith suggests that …") is theirs, not what the text teaches, and
is not asked; nor is one theory of several ("One theory holds that …", "Another hypothesis …")."""

from __future__ import annotations

import re

from tutor import tuning
from tutor.english.dictionary import parts_of_speech
from tutor.english.text import content_terms, word_count
from tutor.records import Document, Section, Unit
from tutor.revision.items.answers import cut_answer
from tutor.revision.items.context import DISCOURSE, Context, finite, reads_alone, stands_alone
from tutor.revision.items.record import QuizItem, item_id, passage_item, unit_reading
from tutor.revision.items.subjects import vague_subject

_TENETS = "law principle theory hypothesis model theorem rule effect paradox doctrine perspective view"
_SAYS = "states suggests asserts posits holds proposes predicts says maintains argues claims"
# "The law of demand states that …", "the James-Lange theory of emotion asserts that …", "Weber's law holds that …"
_TENET = re.compile(
    rf"^(?P<subject>(?:[Tt]he|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{'|'.join(_TENETS.split())})"
    r"(?:\s+of\s+[\w\s'’-]{2,40}?)?)"
    rf"\s+(?P<verb>{'|'.join(_SAYS.split())})\s+that\s+(?P<tenet>.+)$"
)
# "The second theory", "the other model", "the same principle": which, the text said before
_ONE_OF_SEVERAL = re.compile(r"(?i)^the\s+(?:first|second|third|other|same|latter|former|next|last|above|previous)\b")
_ANYONE = re.compile(r"(?i)\b(?:we|us|our|ourselves|you|your)\b")
_TENET_WORDS = 30  # a tenet a learner can say back in their own words


def tenet_item(doc: Document, section: Section, u: Unit, ctx: Context) -> QuizItem | None:
    """ "The principle of closure states that we organize our perceptions into complete objects …" -> "What does
    the principle of closure state?" (answer: "we organize our perceptions into complete objects …")."""
    from lemminflect import getLemma  # numpy underneath: not on `tutor --help`'s path

    sentence = DISCOURSE.sub("", unit_reading(doc, u).strip())
    m = _TENET.match(sentence)
    if not m or not stands_alone(sentence) or _ONE_OF_SEVERAL.match(m.group("subject")):
        return None
    subject = m.group("subject")
    if vague_subject(subject) or not reads_alone(subject):
        return None
    answer = cut_answer(m.group("tenet").rstrip("."), clause=True)
    generic = _ANYONE.sub("people", answer)  # "we organize our perceptions …": anyone, no one the text named before
    if not 3 <= word_count(answer) <= _TENET_WORDS or not reads_alone(generic, answer=True):
        return None
    if not any(finite(w) or parts_of_speech(w) == {"VERB"} for w in answer.lower().split()[1:]):
        return None  # "the new computer" of "… the new computer and communications technologies will raise …": cut
    lemma = getLemma(m.group("verb"), "VERB")[0]
    prompt = f"What does {subject[0].lower()}{subject[1:]} {lemma}?"
    keys = ctx.key_terms(answer, prompt)
    if len(keys) < tuning.SHORT_KEY_TERMS or len(content_terms(answer)) < 2:
        return None
    iid = item_id("short", doc.source, doc.text[u.start : u.end], "tenet")
    return passage_item(iid, "short", doc, section, (u.start, u.end), prompt, answer, keys)
