"""What item generation knows about a whole document: which sections to use, how rare each word is."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from tutor import tuning
from tutor.english import furniture
from tutor.english.dictionary import parts_of_speech
from tutor.english.lexicon import (
    AUXILIARIES,
    DETERMINERS,
    DISCOURSE_MARKERS,
    OPENING_CONJUNCTIONS,
    POINTS_BACK,
    PREPOSITIONS,
    REPORTING_VERBS,
    STOPWORDS,
    alternation,
)
from tutor.english.text import content_terms, stem, words
from tutor.records import Document, Section, Unit
from tutor.revision.items.record import unit_reading

# linking adverbs and conjunctions at the start of a sentence ("Moreover, …", "But …"): not part of a subject, a
# prompt or a term; a linking adverb inside a subject ("white-box monitoring therefore …") marks no subject
DISCOURSE = re.compile(rf"^(?:(?:{alternation([*DISCOURSE_MARKERS, *OPENING_CONJUNCTIONS])})\b\s*,?\s*)+", re.I)
LINKING = re.compile(alternation(DISCOURSE_MARKERS), re.I)

# many things of a kind the sentence does not name: "several advantages over eager deletion", "the number of
# limitations" (an answer that says there are some, not what they are)
UNNAMED_MANY = re.compile(
    r"(?i)(?:several|many|some|various|a number of|the number of)\s+(?:\w+\s+)?"
    r"(?:advantages|benefits|limitations|drawbacks|reasons|problems|issues|factors|ways)\b"
)

# what describes a graphic shown beside the text, not what the text teaches: "The graphs below show paths of …", "the
# dashed lines mark the limit", "each distribution in the violin plot represents …", "Here are plots of …" (raters
# discarded these as figure furniture); "the Lorenz curve provides …" names a concept and stays
# what a worked example supposes, not what the text reports: "In particular assume that …", "Suppose that we have …"
SUPPOSED = re.compile(r"(?i)\b(?:assume|assuming|suppose|supposing|imagine|let['’]?s say|say that|hypothetically)\b")
DEPICTS = re.compile(
    r"(?i)\b(?:the|this|these|each|every|our|above|below|following|next)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:figures?|fig\.|plots?|graphs?|charts?|diagrams?|panels?|histograms?|images?|pictures?|illustrations?"
    r"|visuali[sz]ations?)\b(?=.*\b(?:shows?|marks?|represents?|depicts?|illustrates?|highlights?|displays?|plots?"
    r"|indicates?|visuali[sz]es?|compares?)\b)"
    r"|\b(?:dashed|dotted|solid|dark|thick|thin|red|blue|green|orange|black|gr[ae]y|purple|shaded|transparent|hollow|filled"
    r"|colou?red)"
    r"\s+(?:lines?|curves?|areas?|regions?"
    r"|bars?|dots?|points?|arrows?)\b"
    r"|^here (?:are|is)\s+(?:\w+\s+){0,2}?(?:plots?|graphs?|charts?|figures?|images?|pictures?|diagrams?)\b"
    r"|\b(?:upper|lower|top|bottom)[- ](?:left|right)\b"  # "The lower-left corner signifies …": a place in a figure
    r"|^(?:the|these)\s+(?:dots|lines|curves|bars|markers|circles|arrows|crosses)\s+(?:represent|show|mark|indicate|denote)"
    r"\b"  # "The dots represent the underlying observations …"
)


# a file's name: "search-list.js", "src/main.rs", "package.json"; not a product's ("Node.js", "MP3.com")
FILE_NAME = re.compile(
    r"[a-z0-9_./-]+\.(?:js|ts|jsx|tsx|py|rs|html?|css|json|md|txt|toml|ya?ml|sh|c|h|cpp|java|go|rb|vue|csv)"
)
# a word written in lower case in running text, not a piece of an address ("mozilla.org", "/en-US/")
_LOWERCASE = re.compile(r"(?<![./@#\w-])[a-z][\w-]*\b(?![./@]\w)")
# a code span, and the emphasis marks around a word: what a sentence's source holds beside its prose
_CODE_OR_EMPHASIS = re.compile(r"`[^`\n]*`|(?<!\w)[*_]+|[*_]+(?!\w)")
# a word capitalised inside a sentence, after a lower-case word: a name ("… second-guess Congress")
_MID_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+\b")
# words that point at something the item would not show, or talk to the reader; cross-references
# ("such as" gives examples, "the US" is a country, "fell below zero" compares: none points)
_PLACE_ON_PAGE = (
    r"\b(?i:see|shown|listed|described|mentioned|discussed|noted|outlined|given|as)\s+"
    r"(?i:above|below|on the left|on the right)\b|\b(?i:the (?:above|below))\b"  # "defined by the above formula"
    r"|\b(?i:the (?:first|last|next|previous) (?:\w+ )?lines?)\b"  # "the error message in the last two lines"
    r"|\b(?i:the (?:next|previous|following|last) (?:code )?cells?)\b"  # "The next cell reads …": a notebook's code
    r"|\b(?i:the (?:figure|plot|chart|diagram|panel|picture)s?)\b(?!\s+\d)"  # "the arrows in the figure": not shown
    r"|\b(?i:the (?:right|left)[- ]hand side)\b(?!\s+of\b)"  # "The right-hand side is …": an equation not shown
    r"|\((?i:(?:left|right|top|bottom|middle|upper|lower)[- ](?:column|row|panel|side|plot|figure))\)"  # a figure's
    # "The equations above are also known as …": what is above is not shown (not "prices above average")
    r"|\b(?i:the) (?:[\w-]+ )?[\w-]+ (?i:above|below)\b"
    r"(?=\s+(?:is|are|was|were|can|also|show|shows|give|gives)\b|[,.;:])"
    r"|\b(?i:the rest of the) (?:documentation|guide|book|chapter|course|tutorial|lecture|article)\b"  # the text itself
)
_ELSEWHERE = (
    r"\b(?:(?i:this|these|those|you|your|former|latter|the following|my|me|myself)|[Ss]uch(?!\s+as\b)|I(?!\.))\b|"
    + _PLACE_ON_PAGE
)
# "the players in the other room", "a related field focused on …", "a similar collection type": the other one, related
# or similar to what, the text said before ("the other metals" are all the rest); "requires as much", "did so": what
# the text said before
_RELATIVE_TO_BEFORE = (
    r"|\b(?i:the other)\b(?!\s+(?:hand|way|side)\b|\s+\w+s\b)"
    r"|\b(?i:a (?:closely )?(?:related|similar)) \w+\b(?!\s+to\b)"
    r"|\b(?i:as (?:much|many))\b(?!\s+(?:\w+\s+)?as\b)|\b(?i:do|does|did|doing|done) so\b"  # "requires as much"
    r"|\b(?i:in that case|at that point)\b|^(?i:here),"  # which case; "Here, neuronal signaling …": where
    # "the iterative algorithm just described": described where the text was before
    r"|\b(?i:just|previously|earlier) (?:described|defined|discussed|introduced|mentioned|presented|outlined|derived)\b"
)
_POINTING = re.compile(_ELSEWHERE + _RELATIVE_TO_BEFORE + r"|\b(?:(?i:we|our)|[Uu]s)\b")
# inside a quotation "we" is the writer's own voice ("When we program … a machine, it is called _____.")
_POINTING_QUOTED = re.compile(_ELSEWHERE + _RELATIVE_TO_BEFORE)
# a pronoun that may refer to a noun before it in the same sentence ("As nations grow more digital, … their
# policies"), not to one outside it ("It has abolished …", "… the promotion of it")
PRONOUN = re.compile(r"\b(?:it|its|they|them|their)\b", re.I)
# what points elsewhere in an answer ("their" reads: the subject's own; "your data" is anyone's, but a quoted
# "you" is somebody's listener)
_POINTING_IN_ANSWER = re.compile(
    r"\b(?:(?i:they|them|this|these|those|we|our)|(?<!allows )(?<!allow )(?<!lets )(?<!enables )[Uu]s|I(?!\.))\b|"
    r"\b[Ss]uch\b(?!\s+(?:as|that)\b|\s+an?\s+\w+\s+(?:as|that)\b)|"  # "four such blocks"; not "a vector such that …"
    + _PLACE_ON_PAGE
    + _RELATIVE_TO_BEFORE
    + r"|\b(?i:the opposite|the reverse)\b(?!\s+of\b)"  # the opposite of what
)
# … where "it" may stand for what the answer said before it ("a set of steps that process the text of your code and
# turn it into …"), not for what the question asks about ("it transforms …"); "they" and "them" are mostly the
# subject's ("a symptom for the database SRE who detects them")
_PRONOUN_IN_ANSWER = re.compile(r"\bit\b", re.I)
_NEW_CLAUSE = re.compile(r"[:;][^:;]*$|,\W*\s(?:and|but|so)\s+$")
_QUOTED_YOU = re.compile(r"[“\"].*\b(?i:you|your)\b")
_QUANTITY = re.compile(r"[\d.,]+|percent|cent|half|third|quarter|major|minor|number|share|most|many|few|some")
_THIRD_PERSON = re.compile(r"\b(?:he|him|his|she|her)\b", re.I)
CROSS_REFERENCE = re.compile(  # "Figure 3", "Plate IX" (a book's numbering), "Appendix B", "the term in brackets"
    r"(?i)\b(?:(?:Table|Figure|Fig\.|Plate|Chapter)\s+(?-i:[IVXLC]+)\b|(?:Table|Figure|Fig\.|Plate|Listing|Example|Chapter"
    r"|Section|lines?)\s+\d|Appendix\s+(?:[A-Z]|\d)\b|(?:in|inside|within)\s+(?:the\s+)?(?:square\s+|round\s+|curly\s+)?"
    r"(?:brackets|parenthes[ie]s)\b)|\[link\]"  # … is: in a formula the item does not show; OpenStax's "[link]"
)
# a numbered statement or equation a sentence speaks of by its number ("Theorem 1 asserts …", "by Equation (4)", "a
# system like (1)", "from (3) and (4)", "Strictly speaking, (1) is …"), with the word before it: after a content word
# the number is an aside ("the Euler equation (17)", "the breakdown point (34) is …"), unless the sentence opens with
# the kind ("Matrix equation (22) can be …")
_NUMBERED_KINDS = (
    r"Equations?|Eqs?\.|Theorems?|Lemmas?|Propositions?|Corollar(?:y|ies)|Definitions?|Assumptions?|Propert(?:y|ies)"
    r"|Algorithms?|Remarks?|Conjectures?|Axioms?|Observations?|Criteri(?:on|a)"
)
_NUMBERED = re.compile(rf"(\S*)\s*(?:\b(?:{_NUMBERED_KINDS})\s+\(?\d|\(\d{{1,3}}(?:\.\d{{1,3}})*[a-z]?\))", re.I)
_NUMBERED_KIND = re.compile(_NUMBERED_KINDS, re.I)
# "v5 := js_Array_set // call …": code, not prose; "[248]": a reference marker
_CODE = re.compile(r"//|:=|==|=>|[{}]|\w\(\)|\b\w+_\w+\b|\[\d+\]|\b[A-Za-z]\w*<[\w, &']+>")  # "Vec<u8>": a type


def reads_alone(text: str, person: bool = False, answer: bool = False, quoted: bool = False) -> bool:
    """Text an item can show or expect on its own: nothing in it points elsewhere ("this imbalance", "it",
    "Table 6-1") or speaks to the reader ("you should"); "he"/"she" only where the person is the answer. An
    answer may say "their" and "its" (the subject's own); a quotation may say "we" (the writer's)."""
    pointing = _POINTING_IN_ANSWER if answer else _POINTING_QUOTED if quoted else _POINTING
    if pointing.search(text) or CROSS_REFERENCE.search(text) or answer and _QUOTED_YOU.search(text):
        return False
    if _CODE.search(text):
        return False
    pronoun = (_PRONOUN_IN_ANSWER if answer else PRONOUN).search(text)
    before = [t for t in content_terms(text[: pronoun.start()]) if not _QUANTITY.fullmatch(t)] if pronoun else []
    if pronoun and len(before) < 2:
        return False  # nothing before it it could stand for ("More than 65 percent of its …": a quantity cannot)
    if pronoun and answer and _NEW_CLAUSE.search(text[: pronoun.start()]):
        return False  # "… a seminal event, and it was here that …": a clause of its own, about what the text said
    return person or answer or not _THIRD_PERSON.search(text)


def speaks_of_numbered(sentence: str) -> bool:
    """The sentence speaks of a numbered equation or statement the item cannot show: "Theorem 1 asserts …",
    "Equation (4) is …", "A system of equations like (1) is …"."""
    for m in _NUMBERED.finditer(sentence):
        w = m.group(1)
        if not w or w[-1] in ",;:" or w.lower() in STOPWORDS or _NUMBERED_KIND.fullmatch(w):
            return True
        parts = m.group().split()  # "O(1) - Constant Complexity": one word, a formula, not a numbered statement
        if m.start() == 0 and len(parts) == 2 and "NOUN" in parts_of_speech(parts[0].lower()):
            return True  # "Solution (5) exists when …": the number names it ("the solution (5)" would not need it)
        if m.start() == 0 and len(parts) > 1 and _NUMBERED_KIND.match(parts[-2]):
            return True  # "Matrix equation (22) can be verified …": a kind the sentence opens with is no name
    return False


def owner_elsewhere(text: str, opening: bool = False) -> bool:
    """ "the country's monarch": whose country the text said before; with `opening`, only where the text opens so
    (an answer's "… installed on the user's machine" is anyone's)."""
    owner = (re.match if opening else re.search)(r"\bthe (\w+)['’]s\b", text, re.I)
    return owner is not None and is_everyday(owner.group(1))


def merged_heading(subject: list[str]) -> bool:
    """A heading the conversion ran into the sentence: a section number first ("3.1 Trace A trace is …"), a
    capitalised article inside the subject ("Executor The executor is …"), or the heading's first word again
    ("At-least-once task execution At-least-once execution is …")."""
    if re.fullmatch(r"\d+(?:\.\d+)*\.?", subject[0]) or any(w in ("The", "A", "An") for w in subject[1:]):
        return True
    return any(w[:1].isupper() and w.lower() == subject[0].lower() for w in subject[1:])


_AFTER_AN_ORDER = frozenset("and or your more our how what whether if".split())  # "Consider whether …"


def declarative(sentence: str) -> bool:
    """Not an instruction ("Take a Learning Path …", "Learn Python", "Consider whether …") nor a fragment ("To
    leverage …")."""
    ws = DISCOURSE.sub("", sentence.strip().lstrip("“\"'")).split()
    if len(ws) < 2 or ws[0].lower() in ("to", "let's", "let’s", "let") or sentence.rstrip().endswith(";"):
        return False
    first = ws[0].lower()
    base = first in base_forms(first)
    if base and not any(_inflected_verb(w) for w in ws[1:]):
        return False  # "See Audio Home Recording Act of 1992, Pub.": no verb but the first, a citation or an order
    return not (base and ws[1].lower() in DETERMINERS | PREPOSITIONS | _AFTER_AN_ORDER)


def has_verb(text: str) -> bool:
    """A clause, not a title: some word after the first is a verb that agrees ("was", "takes", "grew")."""
    return any(_inflected_verb(w) for w in text.split()[1:])


def _inflected_verb(word: str) -> bool:
    if word[:1].isupper():
        return False  # "United States", "Recording Act": names
    return finite(word, nouns_too=True)


_FINITE = AUXILIARIES - frozenset({"be", "been", "do"})


def base_forms(word: str) -> tuple[str, ...]:
    """The verbs a word is a form of ("invented" -> ("invent",)); none for a word that is no verb."""
    from lemminflect import getAllLemmas

    return tuple(getAllLemmas(word.lower()).get("VERB", ()))


def finite(word: str, nouns_too: bool = False) -> bool:
    """A verb that agrees with a subject: an auxiliary, or an inflected verb form ("invented", "uses"), not an
    "-ing" form; a form that is as often a noun ("uses", "states") only with `nouns_too`."""
    w = word.lower().strip(",;:.")
    if w in _FINITE:
        return True
    base = base_forms(w)
    if not base or w.endswith("ing") or w in base:
        return False
    return nouns_too or w.endswith("ed") or "NOUN" not in parts_of_speech(w)


# a quotation's speaker after it closes: "…,” her mother, Fiona, said"; "…” while they were in power, Azzouz said"
# "“During fiscal 2017, the model predicted …, says Andrew Simnick, …”": the quotation closed after its speaker
_SPEAKER_INSIDE = re.compile(rf",\s+(?:{alternation(REPORTING_VERBS)})\s+[A-Z]")
SPEAKER = re.compile(rf"[”\"][,.]?\s+(?:[\w’',]+\s+){{0,8}}?(?:{alternation(REPORTING_VERBS)})\b")


def unbalanced_quotes(text: str) -> bool:
    """A quotation opened and not closed, or closed and not opened: a cut made inside it."""
    return text.count('"') % 2 == 1 or text.count("“") != text.count("”")


def quoted_speech(sentence: str) -> bool:
    """Someone's words, not the text's: the sentence opens with a quotation that its speaker follows ("“Ennahda is
    responsible for the current deterioration …” while they were in power, Azzouz said")."""
    text = sentence.lstrip()
    return text[:1] in '“"' and bool(SPEAKER.search(text, 1) or _SPEAKER_INSIDE.search(text))


def stands_alone(sentence: str) -> bool:
    """A sentence a prompt can quote on its own: not pointing back ("This restriction…", "It…"), not a fragment."""
    text = DISCOURSE.sub("", sentence.lstrip().lstrip("“\"'"))
    if re.match(r"[^\s,]+,\s+(?:which|who|whom|whose)\b", text):
        return False  # "Lupoff, which was published in 1973 …": the end of a sentence split at "A."
    if re.match(r"(?i)(?:in|at|on|for|from|with|by|during|under|after)\s+(?:this|these|that|those)\b", text):
        return False  # "In this study, analyzing various methods led to …": which study, the text said before
    if re.match(r"(?i)(?:each|both|either|neither|all)\s+of\s+(?:them|these|those)\b", text):
        return False  # "Both of them compile": which two, the text said before
    one = re.match(
        r"(?i)(?:each|both|either|neither|all|the\s+(?:first|second|third|last|latter|former))\s+(\w+)", text
    )
    if one and (one.group(1).lower() in AUXILIARIES or finite(one.group(1).lower())):
        return False  # "Each must have a function called main", "The first is called long-term": of what came before
    return text[:1].isalnum() and not POINTS_BACK.match(text) and not re.match(r"(?i)(?:such|(?:even )?that)\b", text)


def sentence_before(doc: Document, before: Unit | None) -> str | None:
    """The sentence before one that points back to it ("This is called …"), when it reads on its own: a quotation
    shows the two together."""
    if before is None:
        return None
    sentence = unit_reading(doc, before).strip()
    alone = stands_alone(sentence) and reads_alone(sentence, quoted=True) and declarative(sentence)
    return sentence if alone and sentence[-1:] in '.!”"' else None


@dataclass
class Context:
    """Sentence frequencies of the document's stems, its lower-case words, and the terms found so far."""

    doc: Document
    sentence_freq: Counter[str]
    n_sentences: int
    lowercase_words: set[str]
    section_freq: Counter[str] = field(default_factory=Counter)  # how many sections use each stem
    named_words: set[str] = field(default_factory=set)  # words capitalised mid-sentence ("… by Congress"), lowered
    _here: dict[int, Counter[str]] = field(default_factory=dict)  # section start -> its stems' sentence counts

    def idf(self, s: str) -> float:
        return math.log(1 + self.n_sentences / (1 + self.sentence_freq.get(s, 0)))

    def here(self, doc: Document, section: Section) -> Counter[str]:
        """How many of the section's sentences use each stem (counted once per section)."""
        if section.start not in self._here:
            out: Counter[str] = Counter()
            for block in section.blocks:
                for u in block.units:
                    out.update(set(content_terms(unit_reading(doc, u))))
            self._here[section.start] = out
        return self._here[section.start]

    def salience(self, doc: Document, section: Section, text: str) -> float:
        """How much a passage is about what its section is about: its words the section keeps using and the
        text rarely uses elsewhere (the sum of its best few), so that a long section asks about its thread,
        not about an aside ("Jesse's parents betray a certain pride …")."""
        here = self.here(doc, section)
        n = max(1, sum(len(b.units) for b in section.blocks))
        weights = sorted((here[s] / n * self.idf(s) for s in set(content_terms(text))), reverse=True)
        return sum(weights[: tuning.ITEM_SALIENT_TERMS])

    def local(self, stems: list[str], here: Counter[str]) -> bool:
        """Stems the text uses mostly in this section: "Brendan Eich" in the section on him, not "Google" in
        a book by Google."""
        return all(here[s] >= tuning.ITEM_TAUGHT_SHARE * self.sentence_freq.get(s, 0) for s in stems)

    def everywhere(self, s: str) -> bool:
        """Common in the text and used by more than one section (one section's own subject is not)."""
        return self.common(s) and self.section_freq.get(s, 0) > 1

    def common(self, s: str) -> bool:
        """In more than ITEM_COMMON_SHARE of the sentences; a word one sentence uses never is."""
        return self.sentence_freq.get(s, 0) > max(1.0, tuning.ITEM_COMMON_SHARE * self.n_sentences)

    def key_terms(self, answer: str, exclude: str, limit: int = tuning.ITEM_KEY_TERMS) -> tuple[str, ...]:
        """The answer's content words a learner must produce: not in the prompt, not everywhere in the text."""
        banned = set(content_terms(re.sub(r"([a-z])([A-Z])", r"\1 \2", exclude))) | set(content_terms(exclude))
        # "What does the areaCode attribute indicate?": "area code" is no answer to learn
        seen: dict[str, str] = {}
        for w in words(answer):
            s = stem(w)
            short = len(w) < tuning.ITEM_KEY_TERM_MIN_CHARS and not w.isdigit()
            if w in STOPWORDS or short or s in banned or self.common(s) or s in seen:
                continue
            seen[s] = w
        ranked = sorted(seen, key=lambda s: -self.idf(s))[:limit]
        return tuple(seen[s] for s in seen if s in ranked)

    def soften(self, phrase: str) -> str:
        """Lower-case words the text also writes in lower case ("Cyber Diplomacy" -> "cyber diplomacy")."""
        caps = [w.strip('“”"(),') for w in phrase.split()]
        pairs = zip(caps, caps[1:], strict=False)
        if any(
            b.isupper() and len(b) > 1 and a.istitle() and not a.endswith("ing") and a.lower() not in STOPWORDS
            for a, b in pairs
        ):
            return phrase  # "Composition API", "Vue CLI": a name with its acronym (not "pretraining BERT")
        caps = [c for c in caps if c[:1].isupper() and not c.isupper()]
        if not caps or not all(c.lower() in self.lowercase_words for c in caps):
            return phrase
        softened = " ".join(w.lower() if w.strip('“”"(),') in caps else w for w in phrase.split())
        run = re.search(rf"{re.escape(caps[0].lower())}.*{re.escape(caps[-1].lower())}", softened)
        if len(caps) > 1 and run and run.group() not in self.doc.text:
            return phrase  # "the South Island": its words are common, the name is never written in lower case
        return softened


@lru_cache(maxsize=1)
def _everyday() -> dict[str, int]:
    from tutor.index.embedding import known_words

    return {w: rank for rank, w in enumerate(known_words())}


def is_everyday(word: str) -> bool:
    """Among the commonest whole words of the model's vocabulary ("area", "states", "form")."""
    rank = _everyday().get(word.lower())
    return rank is not None and rank < tuning.ITEM_EVERYDAY_RANK


def make_context(doc: Document, sections: list[Section]) -> Context:
    """What the items of `doc` ask against, counted over its content `sections`."""
    freq: Counter[str] = Counter()
    spread: Counter[str] = Counter()
    n = 0
    lower: set[str] = set()
    named: set[str] = set()
    for section in sections:
        seen: set[str] = set()
        for block in section.blocks:
            for u in block.units:
                sentence = unit_reading(doc, u)
                freq.update(set(content_terms(sentence)))
                seen.update(content_terms(sentence))
                if not furniture.is_notice(sentence):  # "Topics: uber, …" does not write the name in lower case
                    prose = _CODE_OR_EMPHASIS.sub(" ", doc.text[u.start : u.end]) if u.text else sentence
                    lower.update(_LOWERCASE.findall(prose))  # not "a build tool like `vite`": a command, not the name
                named.update(w.lower() for w in _MID_CAPITAL.findall(sentence))
                n += 1
        spread.update(seen)
    return Context(doc, freq, max(n, 1), lower, spread, named)
