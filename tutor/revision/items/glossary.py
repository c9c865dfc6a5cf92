"""Glossary items: a list that glosses its terms ("Latency: the time it takes to service a request") asks what
each term means."""

from __future__ import annotations

import re

from tutor import tuning
from tutor.english.dictionary import is_english_word, parts_of_speech
from tutor.english.lexicon import AUXILIARIES, NOT_SUBJECT, PREPOSITIONS, WH_WORDS, alternation, looks_plural
from tutor.english.text import content_terms, word_count
from tutor.records import Block, Document, Section
from tutor.revision.items.clauses import in_question
from tutor.revision.items.context import Context, declarative, has_verb, is_everyday, reads_alone, stands_alone
from tutor.revision.items.record import QuizItem, item_id, passage_item, unit_reading

# a gloss that says what its term is for: "Good for tasks that require …", "Useful for …"
_USE = re.compile(r"(?i)((?:good|useful|best|ideal|great|well suited|suited|used)\s+for)\s+(?=\w)")
# a gloss that opens on a question word, a pronoun or a subordinate clause ("Even if …") means nothing by its term
_NO_GLOSS = re.compile(rf"(?i)(?:even\s+)?(?:{alternation(WH_WORDS | NOT_SUBJECT)})\b")


def glossary_items(doc: Document, section: Section, block: Block, ctx: Context) -> list[QuizItem]:
    """A list that glosses its terms ("Combinatorial explosion. The amount of parameters … grew …", "Latency:
    the time it takes to service a request"): "What does the text mean by “combinatorial explosion”?"."""
    own = ([u for u in element if u.level == 0] for element in block.elements())  # the item's own sentences
    groups = [units for units in own if units]
    out: list[QuizItem] = []
    glossed = 0  # elements shaped as a term and its gloss
    for units in groups:
        first = unit_reading(doc, units[0]).strip()
        label, _, gloss = first.partition(": ")
        if not gloss and len(units) > 1:
            label, gloss = first, unit_reading(doc, units[1]).strip()
        label = label.strip().rstrip(".:")
        if not gloss or not 1 <= word_count(label) <= tuning.GLOSSARY_TERM_WORDS or not _term_like(label):
            continue
        if not (stands_alone(gloss) and has_verb(gloss)):
            continue  # "See Salil K. | Mehra, “Copyright and Comics …”": a citation split at an initial
        glossed += 1
        if (
            not declarative(gloss)
            or any(w.lower() in AUXILIARIES for w in label.split())
            or not reads_alone(gloss, answer=True)
        ):
            continue  # an order ("Trade secrets: Consider whether …"), a label that is a sentence ("Pages should be
            # actionable"), or a gloss that points elsewhere
        if _NO_GLOSS.match(gloss) or gloss.endswith("?") or gloss[:1] in '"“' and gloss.rstrip(".")[-1:] in '"”':
            continue  # "The idea of languages. How languages developed …": a topic to come; "Long example description.
            # “A man emerges from a beam of light …”": a sample value; "Compliance: Even if your company …": a
            # condition; none says what a term means
        gloss = gloss.rstrip(".")
        if _glosses_by_itself(label, gloss) or " " not in label and is_everyday(label):
            continue  # "Paucity of data. There was a paucity of data …" defines by itself; "Limitations" is vague
        term = re.sub(r"^(?:[Aa]n?|[Tt]he)\s+(?=\S+$)", "", label)  # "An Actor: generates text …" glosses "Actor"
        prompt = f"What does the text mean by “{ctx.soften(term)}”?"
        use = _USE.match(gloss)  # "Encoder-only models: Good for tasks that …": what they are for, not what they are
        if use:
            be = "are" if looks_plural(term.split()[-1].lower()) else "is"
            prompt, gloss = f"What {be} {in_question(term, ctx)} {use.group(1).lower()}?", gloss[use.end() :]
        keys = ctx.key_terms(gloss, prompt)
        if len(keys) < tuning.DEFINITION_KEY_TERMS:
            continue
        span = (units[0].start, units[-1].end if len(units) > 1 and gloss != first else units[0].end)
        iid = item_id("definition", doc.source, doc.text[span[0] : span[1]], "gloss")
        out.append(passage_item(iid, "definition", doc, section, span, prompt, gloss, keys))
    return out if glossed * 2 >= len(groups) else []  # a glossary glosses most of its elements


def _glosses_by_itself(label: str, gloss: str) -> bool:
    """The gloss repeats the term's words, or another form of them ("Paucity of data. There was a paucity of data …",
    "Occlusion. The objects of interest can be occluded."), other than the kind it opens on ("White-box monitoring:
    Monitoring based on metrics …", a definition by genus)."""
    term, said = content_terms(label), content_terms(gloss)
    words = [w for w in label.split() if is_english_word(w.lower())]  # not a name's: "GoogLeNet" … "Google"
    family = {
        t for t in content_terms(" ".join(words)) for w in said if len(t) >= _FAMILY and t[:_FAMILY] == w[:_FAMILY]
    }
    shared = set(term) & set(said) | family
    return bool(shared) and not (shared == set(term[-1:]) and said[:1] == term[-1:])


_FAMILY = 5  # words whose stems open alike are one word in two forms ("Occlusion. … can be occluded.")


def _term_like(label: str) -> bool:
    """A term a list glosses: words of letters, none a lone initial, not "See …"/"Ibid" (a note's citation)."""
    ws = label.split()
    if re.sub(r"['’].*", "", ws[0].lower()) in NOT_SUBJECT:
        return False  # "It drives innovation. Designing for diverse needs …": a claim about what the text spoke of
    if ws[0].lower() in ("see", "cf", "ibid", "id") or len(ws) > 1 and parts_of_speech(ws[0].lower()) == {"VERB"}:
        return False  # a note's citation; "Visualize the differences": a step to take, not a term
    if len(ws) > 1 and ws[0].lower() in PREPOSITIONS:
        return False  # "For Behavioral logic: assert …": a case the advice is for, not a term
    if len(ws) == 1 and parts_of_speech(ws[0].lower()) == {"ADJ"}:
        return False  # "Implementational: closure is …": a kind of the thing the list is of, named by its adjective
    if any(re.fullmatch(r"[a-z]{2,}[A-Z][A-Za-z]*", w) for w in ws):
        return False  # "carryIn: a bit carried in …": a name in the code, not a term (not "iPhone")
    return all(re.fullmatch(r"[A-Za-z][A-Za-z'’-]+", w) for w in ws)
