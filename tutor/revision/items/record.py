"""The bank's record: one quiz item, with the exact passage it was made from and an id that survives rebuilds."""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass
from typing import Any, Literal, NamedTuple

from tutor import tuning
from tutor.english.dictionary import is_english_word
from tutor.english.lexicon import STOPWORDS
from tutor.records import Document, Section, Unit

ItemKind = Literal["definition", "short", "list", "cloze", "choice"]
KINDS: tuple[ItemKind, ...] = ("definition", "short", "list", "cloze", "choice")
CHOICE_LETTERS = "ABCDEFGH"  # a multiple-choice item's options are lettered A), B), … and answered by letter

_CITATION_KEY = re.compile(r",?\s*\b[A-Z][A-Za-z-]+(?:\.[A-Z][A-Za-z-]+)*(?:\.ea)?\.(?:1[5-9]\d\d|20\d\d)\b")
# numbers cited in brackets ("[9, 23]", "(13–16)"), not after a relation ("b ∈ (0,1)") nor from 0 ("[0, 1]"): intervals
_NOT_AFTER_RELATION = r"(?<![∈∉=<>≤≥⊂⊆]\s)(?<![∈∉=<>≤≥⊂⊆])\s*"
_CITED_NUMBERS = r"(?!0\b)\d{1,3}(?:\s*[,–-]\s*\d{1,3})*"
_NUMBERED_CITATION = re.compile(rf"{_NOT_AFTER_RELATION}\[{_CITED_NUMBERS}\]")  # in an answer: square brackets only
_SEE = re.compile(  # "(see previous section)", "- see main for more discussion": where else to read, no answer
    r"\s*\((?:see|cf\.)\s[^()]*\)|\s+[-–—]\s+see\s.*$", re.I
)
# an aside that points to a numbered equation ("(representation (2))", "(as in (4))"): its number is no answer, and
# the words left without it say nothing
_POINTER = re.compile(r"\s*\([^()]*\s\(\d{1,3}(?:\.\d{1,3})*[a-z]?\)\)")
# "the Euler equation (17)", "the RLS recursion (3)-(4)"
_NUMBER = r"\(\d{1,3}(?:\.\d{1,3})*[a-z]?\)"  # an equation's number: "(17)", "(3.1.2)"
_NUMBER_ASIDE = re.compile(rf"(?<=\w)\s+{_NUMBER}(?:\s*[-–]\s*{_NUMBER})?(?=\W|$)")
_FOLLOWING = re.compile(r"^the following (?:[\w-]+\s+){0,3}?[\w-]+:\s+(?=\S)", re.I)
# "(19)", "[3, 5]", "(2–4)"; "(Yang et al., 2019a)", "(Mussmann and Ermon, 2016; Ram and Gray, 2012)", "(R Core
# Team 2014)"; "[NR69, p70]"
_AUTHOR_YEAR = re.compile(
    r"\s*\((?:e\.g\.,?\s*)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+(?:and|&)\s+[A-Z][\w'’-]+|\s+et al\.)?,?\s+"
    r"(?:1[5-9]\d\d|20\d\d)[a-z]?(?:[;,][^()]*)?\)"
)
_REFERENCE = re.compile(  # not an interval after a relation ("b ∈ (0,1)") or from 0 ("on the interval [0, 1]")
    rf"{_NOT_AFTER_RELATION}[(\[]{_CITED_NUMBERS}[)\]]"
    rf"|{_AUTHOR_YEAR.pattern}"
    r"|\s*\[[A-Z][A-Za-z+]{0,5}\d{2}[a-z]?(?:,[^\[\]]{0,30})?\]"  # an alphabetic key: "[NR69, p70]", "[Cod70]"
    rf"|{_CITATION_KEY.pattern}"  # a key as a citation role gives it: "Radford.Narasimhan.Salimans.ea.2018"
)


class SectionKey(NamedTuple):
    """A section's identity: its text and its title (two texts may both have an "Introduction")."""

    source: str
    title: str


@dataclass(frozen=True)
class QuizItem:
    id: str
    kind: ItemKind
    source: str
    section: str
    start: int
    end: int
    text: str  # source_text[start:end], exactly: where the item comes from
    prompt: str
    answer: str  # the reference answer
    key_terms: tuple[str, ...]
    elements: tuple[str, ...] = ()  # list items: one entry per element to recall
    element_terms: tuple[tuple[str, ...], ...] = ()  # what recalling each element takes
    choices: tuple[str, ...] = ()  # multiple choice: the options, the answer among them
    order: int = 0  # position in reading order across the bank
    reading: str = ""  # the passage as a learner reads it (markup gone), a line per paragraph or list element

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["key_terms"] = list(self.key_terms)
        d["elements"] = list(self.elements)
        d["element_terms"] = [list(t) for t in self.element_terms]
        d["choices"] = list(self.choices)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> QuizItem:
        return cls(
            **{
                **d,
                "key_terms": tuple(d.get("key_terms", ())),
                "elements": tuple(d.get("elements", ())),
                "element_terms": tuple(tuple(t) for t in d.get("element_terms", ())),
                "choices": tuple(d.get("choices", ())),
            }
        )

    @property
    def section_key(self) -> SectionKey:
        return SectionKey(self.source, self.section)

    @property
    def citation(self) -> dict[str, Any]:
        return {"source": self.source, "section": self.section, "start": self.start, "end": self.end, "text": self.text}


def _paired(said: str) -> str:
    """Without its square brackets when they do not pair ("What is [the Transformer decoder made up of?": a mark a
    book's tooling put round a phrase, cut by the sentence's question), but for a bracket standing as a word of its
    own ("the difference between [ and [[": R's operators); up to a round bracket a cut left open ("…
    well-defined (e.g., Rₜ stays positive definite" ends at "well-defined")."""
    said = said if said.count("[") == said.count("]") else re.sub(r"\[+(?=\w)|(?<=\w)\]+", "", said)
    opened = [m.start() for m in re.finditer(r"\(", said)]
    while opened and said.count("(") > said.count(")"):
        said = said[: opened.pop()].rstrip(" ,;:")
    return said


# a name in Chinese or Japanese characters before its romanisation, which the question and answer keep
_CJK_GLOSS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+\s*(?=[A-Za-z])")
# an adverb tying a claim to what the text said before it: "Who was thus a well-seasoned warrior?"
_CONNECTIVE = re.compile(
    r"(\w)\s+(?:thus|therefore|hence|consequently|accordingly)(?=\s)|(\w)(?<!\band)(?<!\bor)\s+then(?=\s+[a-z])"
)  # not "… and then …", nor a question's closing "then?"
_TEX_DASH = re.compile(r"(?<![\w-])(\w+)--(\w+)(?![\w-])")  # not "rw-r--r--": code, whose dashes are its own
_TEX_EM_DASH = re.compile(r"(?<!-)---(?!-)")  # "the control variable --- a value chosen …": TeX's em dash


def _dashes(said: str) -> str:
    """TeX's dashes as they print: "---" an em dash, "Nadaraya--Watson" an en dash."""
    return _TEX_DASH.sub(r"\1–\2", _TEX_EM_DASH.sub("—", said))


def passage_item(
    iid: str,
    kind: ItemKind,
    doc: Document,
    section: Section,
    span: tuple[int, int],
    prompt: str,
    answer: str,
    key_terms: tuple[str, ...],
    elements: tuple[tuple[str, tuple[str, ...]], ...] = (),
    choices: tuple[str, ...] = (),
) -> QuizItem:
    """An item over doc.text[start:end]; `elements` pairs a list element with what recalling it takes. A prompt
    leaves out the text's references ("YETI, from Zaleski et al. (19)", "SquirrelFish Extreme [5]", "… (Yang et
    al., 2019a)") and an aside that points to an equation ("(representation (2))"); an answer leaves out those
    asides, an equation's number after a noun ("the Euler equation (17)", in its elements too), a citation's key or
    number ("[9, 23]"), a "(see …)" and a "the following two tasks:" before what it names; square brackets that do
    not pair leave both."""
    start, end = span
    answer = _FOLLOWING.sub("", _CITATION_KEY.sub("", _SEE.sub("", _unnumbered(answer))).strip())
    answer = _NUMBERED_CITATION.sub("", answer).strip() or answer  # "the Paxos algorithm [9, 23]"
    elements = tuple((_unnumbered(e), terms) for e, terms in elements)
    prompt, answer = _paired(_REFERENCE.sub("", _unnumbered(prompt))), _paired(answer)
    prompt, answer = _CJK_GLOSS.sub("", prompt), _CJK_GLOSS.sub("", answer)  # "What was 孫子武 Sun Tzǔ Wu?"
    # "Who was thus a well-seasoned warrior?", "Why is the posterior then proportional …?": tied to what came before
    prompt = prompt if "“" in prompt or kind == "cloze" else _CONNECTIVE.sub(r"\1\2", prompt)
    prompt, answer = _dashes(prompt), _dashes(answer)
    return QuizItem(
        id=iid,
        kind=kind,
        source=doc.source,
        section=section.title,
        start=start,
        end=end,
        text=doc.text[start:end],
        reading=reading_view(doc, start, end),
        prompt=prompt,
        answer=answer,
        key_terms=key_terms,
        elements=tuple(e for e, _ in elements),
        element_terms=tuple(t for _, t in elements),
        choices=choices,
    )


def _unnumbered(answer: str) -> str:
    """An answer without the equations it points to: "the Euler equation (17)", "a savings account (see (1))"."""
    return _NUMBER_ASIDE.sub("", _POINTER.sub("", answer))


def sentence_case(text: str) -> str:
    """The text with a capital first letter, but for a symbol or code it opens with ("cₜ is called …", "x is …",
    "f(x) is …", "compilerOptions.isolatedModules is …")."""
    core = text.split()[0].rstrip(",;:.!?”’\"')") if text.split() else ""
    letters = re.sub(r"[^A-Za-z]", "", core)
    if not core.isalpha() or len(letters) <= 1 and core.lower() != "a":
        return text
    return text[:1].upper() + text[1:]


def uncapped(title: str, known: set[str] | frozenset[str] = frozenset()) -> str:
    """A title set in capitals throughout (a slide's or a paper's style: "STOCHASTIC GAMES IN GENERAL") as a
    sentence writes it: its English words of three letters or more, its small words and the words the text writes in
    lower case elsewhere (`known`: "multiagent") in lower case, the first word's first letter a capital; the others
    ("CSP", "AI", "R&N") as set. Any other title as it is."""
    if re.search("[a-z]", title) or len(re.findall("[A-Z]", title)) < 4:
        return title

    def soft(m: re.Match[str]) -> str:
        low = m.group(0).lower()
        return low if low in STOPWORDS or low in known or len(low) > 2 and is_english_word(low) else m.group(0)

    text = re.sub(r"(?<![\w&])[A-Z]+(?:['’][A-Z]+)?(?![\w&])", soft, title)
    return re.sub(r"^([^A-Za-z]*)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)  # "6. Experiences …"


def heading(title: str) -> str:
    """A section's title as a prompt quotes it: no enumerator ("2) The Rapid Growth" -> "The Rapid Growth", "4.1.
    Manipulation" -> "Manipulation", "(1) Known Types"), inner double quotes made single ("1974 - 1980: 'AI
    Winter'"), capitals throughout set as a sentence (`uncapped`)."""
    title = uncapped(title)
    title = re.sub(r"^\s*(?:\d+(?:\.\d+)+\.?|\d+[.)]|\(\d+[a-z]?\)|[IVX]+\.)\s+(?=\D)", "", title)
    return re.sub(r'"([^"]*)"', r"‘\1’", title).replace('"', "")


def unit_reading(doc: Document, u: Unit) -> str:
    """A sentence as a learner reads it: its reading view, or its span when it has none; a citation ("Deep Fried
    Convnets (Yang et al., 2015) uses …") is no part of what it says."""
    return _AUTHOR_YEAR.sub("", u.text or doc.text[u.start : u.end])


def reading_view(doc: Document, start: int, end: int) -> str:
    """The reading views of the sentences inside doc.text[start:end]: those of one paragraph or list element
    share a line, each list element's line starts with "• ", a nested element's with "  ◦ "."""
    lines: list[str] = []
    for section in doc.sections:
        for block in section.blocks:
            if block.end <= start or block.start >= end:
                continue
            group: tuple[int, int] | None = None
            for u in block.units:
                if u.start < start or u.end > end:
                    continue
                sentence = unit_reading(doc, u)
                if (block.number, u.item) == group:
                    lines[-1] += " " + sentence
                else:
                    lines.append(("" if u.item < 0 else "  ◦ " if u.level > 0 else "• ") + sentence)
                    group = (block.number, u.item)
    return "\n".join(lines)


def item_id(kind: str, source: str, text: str, extra: str = "") -> str:
    """Depends only on the passage (and what was asked of it): the id survives rebuilds while the text stays."""
    digest = hashlib.sha1(f"{kind}\n{source}\n{text}\n{extra}".encode()).hexdigest()[:10]
    return f"{kind[:3]}-{digest}"


def flip(doc: Document, u: Unit) -> bool:
    """Half the items that can be a choice are one, by the sentence's hash (stable while it stays)."""
    return int(hashlib.sha1(doc.text[u.start : u.end].encode()).hexdigest(), 16) % 2 == 1


def pick_wrong(seed: str, pool: list[str]) -> list[str]:
    return sorted(pool, key=lambda p: hashlib.sha1(f"{seed}\n{p}".encode()).hexdigest())[: tuning.CHOICE_DISTRACTORS]


def shuffled(seed: str, answer: str, wrong: list[str]) -> tuple[str, ...]:
    return tuple(sorted([answer, *wrong], key=lambda o: hashlib.sha1(f"{seed}\n{o}".encode()).hexdigest()))
