"""Who or what did a deed the sentence tells in the passive: "Rhino is managed by the Mozilla Foundation." asks
"Who manages Rhino?", the name after "by" the answer."""

from __future__ import annotations

import re

from tutor.english.dictionary import parts_of_speech
from tutor.english.lexicon import STOPWORDS
from tutor.english.text import content_terms, stem
from tutor.records import Document, Section, Unit
from tutor.revision.items.context import DISCOURSE, Context, reads_alone, stands_alone
from tutor.revision.items.questions import EMPTY_VERBS
from tutor.revision.items.record import QuizItem, item_id, passage_item, unit_reading
from tutor.revision.items.subjects import good_subject, lower_article
from tutor.revision.terms import candidate_terms, term_words

_PASSIVE = re.compile(
    r"^(?P<subject>[A-Z][^,;:]{2,80}?)\s+(?P<aux>is|are|was|were|has been|have been|had been)\s+"
    r"(?:(?:first|originally|initially|later|also)\s+)?(?P<verb>[a-z]+)\s+by\s+(?P<rest>.+)$"
)


# what a passive's agent is when it is a text, not someone: "… is governed by the GitHub Customer Agreement"
_DOCUMENTS = frozenset(
    "agreement agreements terms tos policy policies act law laws statement license licence contract code regulation"
    " regulations guidelines rules standard standards specification document treaty convention constitution".split()
)


def agent_item(doc: Document, section: Section, u: Unit, ctx: Context) -> QuizItem | None:
    """ "Rhino is managed by the Mozilla Foundation." -> "Who manages Rhino?": the name after "by" is the answer."""
    from lemminflect import getInflection, getLemma

    sentence = DISCOURSE.sub("", unit_reading(doc, u).strip()).rstrip(".!")
    m = _PASSIVE.match(sentence)
    if not m or not stands_alone(sentence) or not reads_alone(m.group("subject")):
        return None
    subject, verb, rest = m.group("subject"), m.group("verb"), m.group("rest")
    agent = next((t for t in candidate_terms(rest) if t.kind == "name"), None)
    if agent is None or rest[: agent.start].strip().lower() not in ("", "the") or not good_subject(subject):
        return None  # "by a team at a physics laboratory": no name to ask for
    lemma = getLemma(verb, "VERB")[0] if "VERB" in parts_of_speech(verb) else ""
    if not lemma or lemma in EMPTY_VERBS:
        return None
    tense = "VBD" if m.group("aux") not in ("is", "are") else "VBZ"
    acted = getInflection(lemma, tense)
    if not acted or {stem(w) for w in term_words(agent.text)} & set(content_terms(subject)):
        return None
    wh = "What" if agent.text.split()[-1].lower() in _DOCUMENTS else "Who"  # "What governs use of the Service?"
    kind = re.match(r"\s+([a-z]+)\b", rest[agent.end :])  # "by the Voyager spacecraft": a thing of a kind, named
    if kind and "NOUN" in parts_of_speech(kind.group(1)) - {"ADV"} and kind.group(1) not in STOPWORDS:
        wh = f"Which {kind.group(1)}"
    prompt = f"{wh} {acted[0]} {lower_article(ctx.soften(subject))}?"
    keys = tuple(w for w in term_words(agent.text) if w.lower() not in STOPWORDS)
    iid = item_id("short", doc.source, doc.text[u.start : u.end], "agent")
    return passage_item(iid, "short", doc, section, (u.start, u.end), prompt, agent.text, keys)
