"""What names a list element in a recall item: the term it opens with (set bold or in italics, before a colon or a
dash), a short first sentence whole, a name it opens with, or the subject its clause names."""

from __future__ import annotations

import re

from tutor import tuning
from tutor.english.dictionary import parts_of_speech
from tutor.english.lexicon import AUXILIARIES, DETERMINERS, ORDINALS, PREPOSITIONS, STOPWORDS
from tutor.english.text import content_terms, word_count
from tutor.ingest.latex import math_text
from tutor.records import Document, Unit
from tutor.revision.items.context import CROSS_REFERENCE
from tutor.revision.items.record import unit_reading
from tutor.revision.terms import candidate_terms

_BOLD_TERM = re.compile(r"(?:\*\*)?([^*]{2,80})\*\*:?\s+\S")  # an element that opens with its term set bold
# "**Performance** vs **scalability**": two terms set against each other, the element whole
_PAIRED = re.compile(r"\*\*\s+(?:vs\.?|versus|and|or|&)\s+\*\*[^*]+(?:\*\*)?[.;,]?\s*$")
# "`Infinity` (and `-Infinity`) is a special numeric value …", "`NaN` represents an error.": a name in code, the
# subject of what the element says of it
_CODE_OPENER = re.compile(r"`((?=[^`\n]{0,39}[A-Za-z])[^`\n]{1,40})`(?:\s+\([^()]*\))?\s+(?!(?:and|or)\b)(?=[a-z])")
_EMPHASISED_OPENER = re.compile(r"(?:(?i:an?|the)\s+)?(?:\*\*?|_)([^*_\n]{2,40}?)(?:\*\*?|_)\s+\S")  # "A _vector_ …"
# "a Keynesian *consumption function* asserting that …": a term set in italics after a word that modifies it
_EMPHASISED_AFTER = re.compile(r"(?i:an?|the)\s+([A-Za-z][\w-]*)\s+(?:\*\*?|_)([^*_\n]{2,40}?)(?:\*\*?|_)\s+\S")
_INLINE_MATH = re.compile(r"\$([^$]+)\$")
_FIGURE_PLACE = re.compile(r"(?i)\s*\((?:left|right|top|bottom|above|below|cent(?:er|re)|middle)\)(?=\W*$)")
_DASHED = re.compile(r"\s+(?:--|–-|[-–—])\s+")  # "createContext - This creates the context": the term, then what it is
_ENUMERATOR = re.compile(r"\(?(?:\d+[a-z]?|[a-z]|[ivx]+)[.)]?|[A-Za-z]+\s+\d+\)")  # "(1a)", "b)", "iv.", "Stage 1)"
_LABEL_END = re.compile(r"\s(?:who|which|that|is|are|was|were|include|includes)\s")
_NAME_START = 4  # a label's name starts within this many characters ("The EU …")
# "The capacity is the total number of buckets …": an element that defines its term names the term
_DEFINES = re.compile(r"(?:The|A|An)\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:is|are)\s+(?:the|a|an)\s+\w")
_ORDINALS = frozenset(ORDINALS) | {"next", "other"}  # "The first is …", "The other is …"
PRONOUNS = frozenset("it they we you he she this these that those".split())  # "They can …": a claim, not a name
# a main clause, then one it holds under a condition: "Each action describes a single user interaction, even if …"
_MAIN_CLAUSE = re.compile(r"(?i)^([^,;:()]{12,}?),\s+(?:even if|even though|although|though|unless)\s")

# a note's or a slide's label, not a term: "Tip:", "Note.", "Core idea:"
NOTE_LABEL = re.compile(
    r"(?i)(?:tip|note|warning|important|caution|hint|remember|(?:core|main|key) (?:idea|point))s?\s*[:.!]?"
)


# a term and, in one pair of brackets to the element's end, more of it: "Compute (the obvious one: Moore's Law, …)"
_TERM_AND_ASIDE = re.compile(r"([^()]+?)\s+\((?:[^()]|\([^()]*\))*\)\W*")
# the order an element is in and what it asks of the reader, before what it is: "First, you need to", "Then"
_STEP_OPENER = re.compile(
    r"^(?:(?:first|second|third|fourth|next|then|finally|lastly)(?:ly)?(?:,\s*|\s+(?=you\s+(?:need|have)\s+to\s)))?"
    r"(?:you\s+(?:need|have)\s+to\s+)?(?=[a-z])",
    re.I,
)


def element_label(doc: Document, units: list[Unit]) -> str:
    """What names a list element: its first sentence when short, else the name or clause subject it opens with."""
    source = doc.text[units[0].start : units[0].end]
    coded = _CODE_OPENER.match(doc.text, max(0, units[0].start - 1))  # the reading starts inside the backticks
    term = _BOLD_TERM.match(source) or _EMPHASISED_OPENER.match(source) or coded
    term = None if term and _PAIRED.match(source, term.end(1)) else term
    if term and word_count(term.group(1)) <= tuning.GLOSSARY_TERM_WORDS:
        shown = _INLINE_MATH.sub(lambda m: math_text(m.group(1)), term.group(1))  # "in $\\Gamma$" reads "in Γ"
        shown = _FIGURE_PLACE.sub("", shown)  # "**Encoder (left)**": where the figure shows it, not its name
        return re.sub(r"\[?([^\[\]]*)\]\([^)]*\)", r"\1", shown).strip().rstrip(":,")  # "**Parsing:** taking
        # a stream …", "**[webpack](https://…)** raises …", "A _vector_ allows …": the term, as it reads
    modified = _EMPHASISED_AFTER.match(source)
    if modified and modified.group(1).lower() not in STOPWORDS and parts_of_speech(modified.group(1)) != {"VERB"}:
        phrase = f"{modified.group(1)} {modified.group(2)}"
        if word_count(phrase) <= tuning.GLOSSARY_TERM_WORDS:
            return phrase  # "a Keynesian *consumption function* asserting …" -> "Keynesian consumption function"
    first = re.sub(r"[,;]?\s+(?:and|or)$", "", unit_reading(doc, units[0]).rstrip(".;:, "))  # "CSE, and", "…; and"
    first = re.sub(r"^(?:and|or)\s+(?=\w)", "", first)  # "and that we want to use 'main' …": the series' last
    first = _STEP_OPENER.sub("", first)  # "First, you need to make your code reproducible": "make your code …"
    first = without_cross_reference(first)
    first = re.sub(r"(?<=\w)\?\s+\S.*$", "?", first)  # "Can you get … variable? isError …": the question ends
    aside = _TERM_AND_ASIDE.fullmatch(first)  # "Silt (in a bad form, not just … - e.g. sandbars)": the term; the
    if aside and word_count(aside.group(1)) <= tuning.GLOSSARY_TERM_WORDS and content_terms(aside.group(1)):
        return aside.group(1)  # brackets say more of it (not "A (parameterized) score function": no term before)
    label, colon, rest = first.partition(": ")
    if colon and label.count("(") > label.count(")"):  # "Tides (spring or neap: the moon decides) come twice a day":
        head = label[: label.index("(")].strip()  # the colon is the aside's; the term is before it
        if head and word_count(head) <= tuning.GLOSSARY_TERM_WORDS:
            return head
        label, colon, rest = first, "", ""
    if colon and _ENUMERATOR.fullmatch(label):
        label, colon, rest = rest.partition(": ")  # "(1a): x and y might already be …": the marker names nothing
        first = f"{label}{colon}{rest}"
    if colon and word_count(label) <= tuning.GLOSSARY_TERM_WORDS:
        return label  # "WASI APIs: WASI focuses on …": the term, not its gloss
    dashed = _DASHED.split(first, maxsplit=1)
    if len(dashed) == 2 and word_count(dashed[0]) <= tuning.GLOSSARY_TERM_WORDS:
        return dashed[0]  # "useContext - This hook is used to consume data …": the term, not what it does
    if word_count(first) <= tuning.LIST_LABEL_WORDS:
        return first
    main = _MAIN_CLAUSE.match(first)
    if main and word_count(main.group(1)) <= tuning.LIST_LABEL_WORDS:
        return main.group(1)
    lead = candidate_terms(first)
    opener = first[: lead[0].start].strip().lower() if lead else ""
    adverb = bool(lead) and parts_of_speech(first.split()[0].lower()) == {"ADV"}  # "Sometimes Context API …"
    if lead and lead[0].kind == "name" and lead[0].start <= _NAME_START and opener not in PREPOSITIONS and not adverb:
        return first[: lead[0].end]
    m = _LABEL_END.search(first)
    named = first[: m.start()].split() if m else []
    if len(named) > 2 and named[-1].endswith(("ing", "ed")) and "VERB" in parts_of_speech(named[-1]):
        named = named[1:-1] if named[0].lower() in ("a", "an") else named[:-1]  # "a national output identity
        # asserting that …" -> "national output identity": the subject ends before its participle
    verb = any(w.lower() in AUXILIARIES or w.endswith(",") for w in named)  # "… object should [include]": its verb
    if len([w for w in named if w.lower() not in DETERMINERS]) >= 2 and named[-1].lower() not in PRONOUNS and not verb:
        return " ".join(named)  # not "In safe code, it" or "The developer": a subject the element's clause names
    return " ".join(first.split()[: tuning.LIST_LABEL_CUT_WORDS]) + " …"


def without_cross_reference(label: str) -> str:
    """A label without the cross-reference in brackets it ends on ("0; 1 (Figure 7.3)", "… (Chapter 7)")."""
    where = re.search(r"\s*\((?:see\s+)?([^()]*)\)$", label, re.I)
    return label[: where.start()] if where and CROSS_REFERENCE.match(where.group(1)) else label


def list_labels(doc: Document, elements: list[list[Unit]]) -> list[str]:
    """Each element's name: the terms when every element opens by defining one ("capacity | load factor", not
    their glosses), else each element's own label; without the backticks a code span leaves ("r_hat`")."""
    defined = [_defined_term(doc, units) for units in elements]
    labels = [term or "" for term in defined] if all(defined) else [element_label(doc, units) for units in elements]
    return [label.replace("`", "") for label in labels]


def _defined_term(doc: Document, units: list[Unit]) -> str | None:
    """The term an element opens by defining ("The load factor is a number that …" -> "load factor"), else None."""
    m = _DEFINES.match(unit_reading(doc, units[0]))
    return m.group(1) if m and m.group(1).split()[0].lower() not in PRONOUNS | STOPWORDS | _ORDINALS else None


_ASIDE = re.compile(r"\s*\([^()]*\)")


def without_telling_asides(prompt: str, labels: list[str]) -> str:
    """The prompt without an aside in brackets that gives an element away: "(i.e., long-term memory)" before "… three
    stages: Sensory Memory, Short-Term Memory, and Long-Term Memory"."""
    return _ASIDE.sub(
        lambda m: "" if any(label.lower() in m.group().lower() for label in labels) else m.group(), prompt
    )
