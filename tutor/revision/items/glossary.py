"""Glossary items: a list that glosses its terms ("Latency: the time it takes to service a request") asks what
each term means."""

from __future__ import annotations

import re

from tutor import tuning
from tutor.english.dictionary import is_english_word, parts_of_speech
from tutor.english.lexicon import (
    AUXILIARIES,
    NOT_SUBJECT,
    PREPOSITIONS,
    STOPWORDS,
    WH_WORDS,
    alternation,
    looks_plural,
)
from tutor.english.text import content_terms, word_count
from tutor.records import Block, Document, Section
from tutor.revision.items.clauses import in_question
from tutor.revision.items.context import Context, declarative, has_verb, is_everyday, reads_alone, stands_alone
from tutor.revision.items.labels import NOTE_LABEL
from tutor.revision.items.record import QuizItem, item_id, passage_item, unit_reading
from tutor.revision.items.sections import SECTION_NUMBER
from tutor.revision.items.subjects import with_article

# a gloss that says what its term is for: "Good for tasks that require …", "Useful for …"
_USE = re.compile(r"(?i)((?:good|useful|best|ideal|great|well suited|suited|used)\s+for)\s+(?=\w)")
# a gloss that opens on a question word, a pronoun or a subordinate clause ("Even if …") means nothing by its term
_NO_GLOSS = re.compile(rf"(?i)(?:even\s+)?(?:{alternation(WH_WORDS | NOT_SUBJECT)})\b")


# a gloss that says its term names a variable or a value: "Boolean variable, …", "an integer constant holding …"
_A_VARIABLE = re.compile(
    r"(?i)(?:an?\s+)?(?:boolean|binary|integer|real-valued|numeric|string|random\s+)?\s*(?:variable|constant|flag)\b"
)


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
        if re.match(r"(?i)(?:none|n/a)\b|[^:]*:\s*\d", gloss):
            continue  # "Publication Bias: None was defined", "Number of Studies: Studies found: 125": a form's values
        if _NO_GLOSS.match(gloss) or gloss.endswith("?") or gloss[:1] in '"“' and gloss.rstrip(".")[-1:] in '"”':
            continue  # "The idea of languages. How languages developed …": a topic to come; "Long example description.
            # “A man emerges from a beam of light …”": a sample value; "Compliance: Even if your company …": a
            # condition; none says what a term means
        gloss = gloss.rstrip(".")
        if _glosses_by_itself(label, gloss) or " " not in label and is_everyday(label):
            continue  # "Paucity of data. There was a paucity of data …" defines by itself; "Limitations" is vague
        if " " not in label and _A_VARIABLE.match(gloss) or NOTE_LABEL.fullmatch(label):
            continue  # "DelC: Boolean variable, the agent delivers coffee": a name an example gives, not a term;
            # "Core idea: Topic models are …": a slide's label
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


# a section that is a glossary by its heading: "Glossary", "Key Terms", "Vocabulary"
_GLOSSARY_HEADING = re.compile(
    rf"(?i)^{SECTION_NUMBER}(?:glossary|key\s+terms|(?:important\s+|key\s+)?vocabulary|terms\s+to\s+know)$"
)  # "1.8. Glossary": a book's chapter's glossary, numbered as its sections are
_ENTRY = re.compile(r"^([^:;.]{2,60}?)\s*:\s+(\S.*)$")  # "protostar: a very young star still in …"
_ACRONYM_FIRST = re.compile(r"^\(([A-Z][A-Za-z]{0,5}s?)\)\s+")  # "(GUTs) physical theories that …"


# a gloss that is a clause of its own: a subject of a word or three, then its verb
_CLAUSE = re.compile(r"^(?:(?!that\b|which\b|who\b)[\w-]+\s+){1,3}(?:is|are|was|were|must|can|will|may)\s")


def taught_in(doc: Document, sections: list[Section], term: str) -> int | None:
    """The section whose prose sets the term in bold or italics, as a textbook marks the term it teaches there
    ("… we call the object a **protostar**"), for the glossary's question to be asked where it is taught."""
    marked = re.compile(rf"(?i)(\*\*|__|\*|_)\s*{re.escape(term)}(?:e?s)?\s*\1")
    for k, section in enumerate(sections):
        if not is_glossary(section) and marked.search(doc.text, section.start, section.end):
            return k
    return None


def is_glossary(section: Section) -> bool:
    return bool(_GLOSSARY_HEADING.match(section.title.strip()))


def glossary_section_items(doc: Document, section: Section, ctx: Context) -> list[tuple[QuizItem, str]]:
    """A glossary's entries, a paragraph or a list element each ("protostar: a very young star still in the process of
    formation, before nuclear fusion begins", as a textbook's end-of-section glossary reads): "What is a protostar?",
    each with the term it defines. An entry's gloss is the text's own definition of the term, written to be one."""
    out: list[tuple[QuizItem, str]] = []
    entries = (e for b in section.blocks for e in (b.elements() if b.kind == "list" else [b.units]))
    for units in (list(e) for e in entries if e):  # a paragraph each, or a list's elements ("- **RPC**: a call …")
        entry = _ENTRY.match(unit_reading(doc, units[0]).strip())
        if not entry:
            continue
        label, gloss = entry.group(1).strip(), entry.group(2).strip().rstrip(".")
        acronym = _ACRONYM_FIRST.match(gloss)
        if acronym:  # the initials the term goes by, then its gloss
            label, gloss = f"{label} ({acronym.group(1)})", gloss[acronym.end() :]
        bare = re.sub(r"\s*\([A-Z][A-Za-z]{0,5}s?\)", "", label)  # "Herbig-Haro (HH) object": its words
        if not 1 <= word_count(bare) <= tuning.GLOSSARY_TERM_WORDS or not _term_like(bare):
            continue  # "evolution (of galaxies)": what the brackets narrow, a question would lose
        if _NO_GLOSS.match(gloss) or not (stands_alone(gloss) and reads_alone(gloss, answer=True)):
            continue  # "redshift: when lines in the spectra are displaced …": a case, not what the term is
        if _glosses_by_itself(bare, gloss) or " " not in bare and is_everyday(bare):
            continue  # "proximity", "order": a word whose everyday sense the question would ask
        first = gloss.split()[0].lower()
        if (
            first in PREPOSITIONS
            or first.endswith("ly")
            or parts_of_speech(first) == {"VERB"}
            and first.isalpha()
            and not first.endswith(("s", "ing"))
        ):
            continue  # "skeletal muscle: usually attached to bone, under voluntary control, …": traits, no genus;
            # "principle of closure: organize perceptions into …": an order
        if _CLAUSE.match(gloss):
            continue  # "deductive reasoning: results are predicted based on a general premise": what happens in it
        known = parts_of_speech(bare)  # none for a word the tables lack: "protostar"
        if " " not in bare and bare[:1].islower() and (known and "NOUN" not in known or bare in STOPWORDS):
            continue  # "down: the second-lightest of all quarks", "generalize: inferring that …": no noun to ask of
        elsewhere = doc.text[: units[0].start] + doc.text[units[0].end :]  # the prose, not the entry itself
        prompt, gloss = _entry_question(_as_the_text_writes(label, bare, elsewhere, gloss), bare, gloss)
        keys = ctx.key_terms(gloss, prompt)
        if len(keys) < tuning.DEFINITION_KEY_TERMS:
            continue
        span = (units[0].start, units[0].end)
        iid = item_id("definition", doc.source, doc.text[span[0] : span[1]], "glossary")
        out.append((passage_item(iid, "definition", doc, section, span, prompt, gloss, keys), bare))
    return out


def _entry_question(term: str, bare: str, gloss: str) -> tuple[str, str]:
    """ "What is a protostar?"; a gloss that opens on its verb asks for what it does ("hydrophilic: describes a
    substance or structure attracted to water" -> "What does the term “hydrophilic” describe?"; "control center:
    compares values to their normal range" -> "What does a control center do?")."""
    from lemminflect import getLemma

    first, _, rest = gloss.partition(" ")
    if first in ("describes", "denotes", "means", "indicates") and rest:  # what a word is said of, by its word
        return f"What does the term “{bare}” {getLemma(first, 'VERB')[0]}?", rest
    if first == "refers" and rest.startswith("to "):
        return f"What does the term “{bare}” refer to?", rest[3:]
    if first.endswith("s") and parts_of_speech(first) == {"VERB"} and not _plural(bare):
        return f"What does {term} do?", gloss
    return f"What {'are' if _plural(bare) else 'is'} {term}?", gloss


def _plural(term: str) -> bool:
    """ "giant molecular clouds", not "economics", "hindsight bias"."""
    last = term.split(" of ")[0].split()[-1].lower()  # "Daughters of Liberty"
    return looks_plural(last) and not last.endswith(("ics", "as"))


# what a term names that there is no counting of: "anatomy", "functionalism", "entropy", "encoding"
_UNCOUNTED = (
    *("ism", "ity", "ness", "ing", "ics", "ogy", "omy", "ance", "ence", "ancy", "ency", "tion", "sion", "ment"),
    *("ure", "dge", "ory", "ship", "hood"),
)


def _as_the_text_writes(label: str, bare: str, text: str, gloss: str = "") -> str:
    """The term with the article the text's prose gives it: "a protostar" (a kind of thing the text counts, or says
    "a" of; "a void function", which the text counts and its gloss calls "A function …", whatever a word's ending
    says of mass nouns), "the web of life", "the Massachusetts Circular", bare "anatomy", "ethnocentrism",
    "Ornithorhynchidae"; in lower case where the text writes it so ("Protostar:" in a glossary that capitalises its
    entries)."""
    from lemminflect import getInflection

    lowered = label[:1].lower() + label[1:]
    shown = lowered if re.search(rf"(?<![\w-]){re.escape(lowered)}(?![\w-])", text) else label
    if shown[:1].isupper() and not bare.split()[0].isupper():  # "Massachusetts Circular", "Hubble constant"
        if re.search(rf"\bthe\s+{re.escape(bare)}(?![\w-])", text):
            return f"the {shown}"  # as the text names it
        if bare.split()[-1][:1].isupper():
            return shown  # a name: "Ornithorhynchidae"
    if " of " in bare:
        return f"the {shown}"  # "the center of gravity", "the division of labor"
    last = bare.split()[-1].lower()
    if _plural(bare) or not last.isalpha():
        return shown
    plurals = {p for p in getInflection(last, "NNS") or () if p != last} | {f"{last}s"}
    head = re.escape(" ".join(bare.split()[:-1]) + " " if " " in bare else "")
    counted = re.search(rf"(?i)(?<![\w-]){head}(?:{'|'.join(map(re.escape, plurals))})(?![\w-])", text)
    said = [
        (m.group(1) or "").lower()
        for m in re.finditer(rf"(?i)(?:\b(an?|the)\s+)?(?<![\w-]){re.escape(bare)}(?![\w-])(?:\s+([a-z]+))?", text)
        if not (m.group(2) and (m.group(2) == "of" or "NOUN" in parts_of_speech(m.group(2))))
    ]  # not "a fusion reactor", "the fusion of hydrogen": another noun's article, not the term's
    some = said.count("a") + said.count("an")  # a word of a mass noun's ending needs more than a few of these
    one_of_many = bool(counted) and bool(re.match(r"(?i)an?\s", gloss))  # "void functions"; "A function that …"
    if one_of_many or (some > said.count("") if last.endswith(_UNCOUNTED) else some or counted):
        return with_article(shown)  # a kind of thing there are many of
    return f"the {shown}" if said.count("the") > said.count("") else shown
