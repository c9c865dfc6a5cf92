"""The FAQ: the knowledge's own questions and answers, plus one question per section, each with a cited answer.

Built from a loaded index (so every citation points into the indexed text) and stored beside it:

index/
  faq.json   the entries (question, cited answer, section) and the key they were built for
  faq.npy    the normalised embedding of every entry's question, in entry order

The key is the index manifest's hash plus a hash of the code that shapes answers, so a rebuilt index
or a changed tutor rebuilds the FAQ the next time it is opened. A learner's wording is matched to the
nearest entry by cosine similarity of question embeddings; below a threshold nothing is close.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from tutor.answer.tutor import pieces_of
from tutor.english.aspects import AspectBridge
from tutor.english.text import word_count
from tutor.errors import IndexStateError
from tutor.records import Answer, Chunk, Citation, Piece

if TYPE_CHECKING:
    import numpy as np

    from tutor.answer.tutor import Tutor
    from tutor.index.embedding import Embedder

FAQ_VERSION = 2  # 2: answers stored as typed pieces
FAQ_FILE = "faq.json"
FAQ_VECTORS = "faq.npy"
SEARCH_THRESHOLD = 0.5  # below this cosine no entry is shown as close to a learner's wording
# a chat question this close to an entry's question gets the entry's answer; measured with all-MiniLM-L6-v2:
# rewordings of an entry score 0.93+, different questions about the same subject up to 0.89
CHAT_THRESHOLD = 0.92
ANSWER_WORDS = 90  # a section's own sentences are cut here when they make the answer

Origin = Literal["article", "section"]

_FAQ_HEADING = re.compile(r"\b(faqs?|frequently asked questions?|questions and answers|q\s*&\s*a)\b", re.I)
_SKIP_HEADING = re.compile(
    r"\b(about the authors?|the author|author bio|biography|references|bibliography|further reading|"
    r"related (posts|articles)|share this|leave a (reply|comment)|comments|table of contents|contents)\b",
    re.I,
)
_NUMBERING = re.compile(r"^\s*(\d{1,2}|[ivx]{1,4}|[a-z])[.)]\s+", re.I)
_WH = frozenset("how why what when where who which whom whose".split())
_AUX = frozenset("is are was were can could does do did has have had will would should may might must".split())
_IMPERATIVE = frozenset(
    "learn understand explore discover master study meet join get find build use choose know start become read "
    "see improve develop prepare apply register".split()
)
_DETERMINERS = frozenset("the a an".split())
_LINKS = frozenset(
    "of in on for to with from by at about among between against into over under and or the a an".split()
)


@dataclass(frozen=True)
class FaqEntry:
    question: str
    answer: Answer
    source: str
    section: str
    origin: Origin  # "article": the knowledge's own FAQ; "section": a section's heading turned into a question

    def to_dict(self) -> dict[str, Any]:
        answer = self.answer.to_dict()
        answer["answer_question"] = answer.pop("question")
        for c, cd in zip(self.answer.citations, answer["citations"], strict=True):
            cd["score"] = c.score
        return {
            "question": self.question,
            "source": self.source,
            "section": self.section,
            "origin": self.origin,
            **answer,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> FaqEntry:
        citations = tuple(
            Citation(
                c["n"],
                c["source"],
                c["section"],
                c["start"],
                c["end"],
                c["text"],
                float(c["score"]),
                tuple((int(a), int(b)) for a, b in c.get("highlights", ())),
            )
            for c in d["citations"]
        )
        answer = Answer(
            d.get("answer_question", d["question"]),
            tuple(Piece.from_list(p) for p in d["pieces"]),
            bool(d["in_scope"]),
            citations,
            tuple(d.get("closest_sections", ())),
            notes=tuple(d.get("notes", ())),
        )
        return cls(d["question"], answer, d["source"], d["section"], d["origin"])


@dataclass(frozen=True)
class FaqMatch:
    entry: FaqEntry
    score: float  # cosine similarity of the learner's wording and the entry's question


class Faq:
    """The entries with their question vectors; finds the entries nearest to a learner's wording."""

    def __init__(self, entries: list[FaqEntry], vectors: np.ndarray, embedder: Embedder) -> None:
        if len(entries) != len(vectors):
            raise ValueError(f"{len(entries)} FAQ entries but {len(vectors)} vectors")
        self.entries = entries
        self.vectors = vectors
        self.embedder = embedder
        self.aspects = AspectBridge([e.section for e in entries])  # "what do states gain" ~ "advantages"

    def search(self, query: str, k: int = 3, threshold: float = SEARCH_THRESHOLD) -> list[FaqMatch]:
        """The entries closest in meaning to `query`, best first; empty when none reaches `threshold`."""
        if not query.strip() or not self.entries:
            return []
        bridged = self.aspects.bridge(query)
        wordings = [query] if bridged == query else [query, bridged]  # the bridge may only bring entries closer
        scores = (self.vectors @ self.embedder.embed(wordings).T).max(axis=1)
        order = sorted(range(len(scores)), key=lambda i: -float(scores[i]))[:k]
        return [FaqMatch(self.entries[i], float(scores[i])) for i in order if scores[i] >= threshold]

    def best(self, query: str, threshold: float = CHAT_THRESHOLD) -> FaqMatch | None:
        found = self.search(query, k=1, threshold=threshold)
        return found[0] if found else None

    def question_for(self, section: str) -> str | None:
        """The FAQ question made from a section's heading: a ready follow-up for a refusal."""
        for e in self.entries:
            if e.section == section:
                return e.question
        return None


def ask(tutor: Tutor, faq: Faq | None, question: str, history: list[str] | tuple[str, ...] = ()) -> Answer:
    """Answer a chat question: an FAQ entry's answer when the question matches it well, else the tutor's."""
    refresh = getattr(tutor, "refresh", None)
    if refresh is not None:
        refresh()  # a running app: pick up knowledge edits before any stored answer is given
    if faq is not None and not _leans_on_history(question, history):
        match = faq.best(question)
        if match is not None and _quotes_current_index(tutor, match.entry.answer):
            a = match.entry.answer
            note = f"Answered from the FAQ entry “{match.entry.question}”."
            return replace(a, question=question, resolved_query=question, notes=(*a.notes, note))
    return tutor.ask(question, history)


def _quotes_current_index(tutor: Tutor, answer: Answer) -> bool:
    """Whether a stored answer's citations are passages of the index the tutor answers from now
    (an FAQ made before the knowledge was edited must not quote text that has moved or gone)."""
    passages = {(c.source, c.start, c.end): c.text for c in tutor.index.chunks}
    return all(passages.get((c.source, c.start, c.end)) == c.text for c in answer.citations)


def _leans_on_history(question: str, history: list[str] | tuple[str, ...]) -> bool:
    from tutor.answer.query import is_followup

    return bool(history) and is_followup(question)


# ------------------------------------------------------------------ questions from headings


def heading_question(heading: str, proper: set[str] | frozenset[str] = frozenset()) -> str:
    """Turn a section heading into the question it answers.

    "The Function of Cyber Diplomacy" -> "What is the function of cyber diplomacy?";
    "Cyber Diplomacy Challenges" -> "What are the cyber diplomacy challenges?".
    Words in `proper` (names, see `proper_names`) and acronyms keep their capitals.
    """
    text = _NUMBERING.sub("", heading).strip().rstrip(":.;")
    toks = text.split()
    if not toks:
        return heading
    low = [t.lower() for t in toks]

    def phrase(ts: list[str]) -> str:
        return " ".join(_case(t, proper) for t in ts)

    if text.endswith("?"):
        return _sentence(phrase(toks))
    if low[0] in _WH:
        aux = next((i for i in range(1, len(low)) if low[i] in _AUX), None)
        if aux is not None and aux > 1:
            toks = [toks[0], toks[aux], *toks[1:aux], *toks[aux + 1 :]]
        return _sentence(phrase(toks)) + "?"
    if low[0] in _IMPERATIVE:
        return f"How can I {phrase(toks)}?"
    if low[0].endswith("ing") and len(low) > 1:
        return f"What is meant by {phrase(toks)}?"
    verb = _clause_verb(low)
    if verb is not None:
        return f"How does {phrase(toks[:verb])} {_base_form(low[verb])} {phrase(toks[verb + 1 :])}".rstrip() + "?"
    body = toks if low[0] in _DETERMINERS else ["the", *toks]
    return f"What {'are' if _plural(low) else 'is'} {phrase(body)}?"


def _case(token: str, proper: set[str]) -> str:
    bare = token.strip("?!.,:;()“”\"'")
    if len(bare) > 1 and bare.isupper() or bare in proper:
        return token  # an acronym or a name
    return token.lower()


def _sentence_start(text: str, pos: int) -> bool:
    """At the start of the text, a line, a list item or a sentence."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    return not line.strip(" \t#>-*+•–0123456789.)") or bool(re.search(r"[.!?:;]\s*[\"“(]?$", line))


def proper_names(texts: list[str]) -> set[str]:
    """Words the text capitalises inside sentences and never writes in lower case: names to keep as they are."""
    lower: set[str] = set()
    capital: set[str] = set()
    for text in texts:
        for m in re.finditer(r"[A-Za-z][A-Za-z'’-]*", text):
            w = m.group(0)
            if w.islower():
                lower.add(w)
            elif w[0].isupper() and not _sentence_start(text, m.start()):
                capital.add(w)
    return {w for w in capital if w.lower() not in lower}


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _head_noun(low: list[str]) -> int:
    """Where the noun phrase's head is: the word before its first linking word, else the last word."""
    for i in range(1, len(low)):
        if low[i] in _LINKS and low[i - 1] not in _DETERMINERS:
            return i - 1
    return len(low) - 1


def _plural(low: list[str]) -> bool:
    head = _head_noun(low)
    word = low[head]
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) or "and" in low[:head]


def _clause_verb(low: list[str]) -> int | None:
    """A present-tense verb after a short subject ("Cyber Diplomacy Creates …"), or None for a noun phrase."""
    if low[0] in _DETERMINERS:
        return None
    for i in range(1, min(len(low) - 1, 4)):
        w, nxt = low[i], low[i + 1]
        if w.endswith("s") and not w.endswith(("ss", "us", "is")) and nxt not in _LINKS - _DETERMINERS:
            return i
    return None


def _base_form(verb: str) -> str:
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if verb.endswith(("sses", "xes", "zes", "ches", "shes")):
        return verb[:-2]
    return verb[:-1]


# ------------------------------------------------------------------ building


def build_entries(tutor: Tutor) -> list[FaqEntry]:
    """The knowledge's own FAQ entries first (as written), then one entry per content section."""
    chunks = tutor.index.chunks
    proper = proper_names([c.text for c in chunks])
    own: list[FaqEntry] = []
    made: list[FaqEntry] = []
    for source, section in tutor.index.sections:
        part = [c for c in chunks if c.source == source and c.section == section]
        parent = _parent(part[0])
        if _SKIP_HEADING.search(section):
            continue
        if parent and _FAQ_HEADING.search(parent):
            question = heading_question(section if section.endswith("?") else section + "?", proper)
            own.append(FaqEntry(question, _own_answer(question, part), source, section, "article"))
            continue
        question = heading_question(section, proper)
        answer = tutor.ask(question)
        first = answer.citations[0] if answer.citations else None
        if not (answer.in_scope and first and first.section == section and first.source == source):
            answer = _own_answer(question, part)
        made.append(FaqEntry(question, answer, source, section, "section"))
    return own + made


def _parent(chunk: Chunk) -> str:
    parts = chunk.context.split(" > ")
    return parts[-2] if len(parts) > 1 else ""


def _own_answer(question: str, chunks: list[Chunk]) -> Answer:
    """The section's opening sentences, in order, each cited: the answer the text itself gives."""
    citations: list[Citation] = []
    pieces: list[Piece] = []
    used = 0
    for chunk in chunks:
        units = []
        for u in chunk.units:
            n = word_count(chunk.unit_text(u))
            if units and used + n > ANSWER_WORDS or not units and used and used + n > ANSWER_WORDS:
                break
            units.append(u)
            used += n
        if not units:
            break
        k = len(citations) + 1
        highlights = tuple((u.start, u.end) for u in units)
        citations.append(Citation(k, chunk.source, chunk.section, chunk.start, chunk.end, chunk.text, 1.0, highlights))
        pieces += pieces_of(chunk, units, k)
        if len(units) < len(chunk.units):
            break
    return Answer(question, tuple(pieces), True, tuple(citations), resolved_query=question)


# ------------------------------------------------------------------ storing


def _code_key() -> str:
    """A hash of the modules that shape answers: a changed tutor rebuilds the FAQ's answers."""
    h = hashlib.sha256()
    package = Path(__file__).resolve().parent.parent
    shaping = [package / "index" / "retrieval.py", package / "tuning.py"]
    for folder in ("answer", "english", "faq"):
        shaping += sorted((package / folder).glob("*.py"))
    for p in shaping:
        if p.exists():
            h.update(p.read_bytes())
    return h.hexdigest()


def faq_key(index: Path, embedder: Embedder) -> dict[str, Any]:
    from tutor.index.store import MANIFEST, sha256_file

    return {
        "version": FAQ_VERSION,
        "manifest_sha256": sha256_file(index / MANIFEST),
        "model": embedder.model_id,
        "code": _code_key(),
    }


def load_faq(index: Path, embedder: Embedder) -> Faq | None:
    """The stored FAQ when it was built for this index, model and code; None when it must be rebuilt."""
    import numpy as np

    try:
        data = json.loads((index / FAQ_FILE).read_text(encoding="utf-8"))
        if data.get("key") != faq_key(index, embedder):
            return None
        entries = [FaqEntry.from_dict(d) for d in data["entries"]]
        vectors = np.load(index / FAQ_VECTORS)
        return Faq(entries, vectors, embedder)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save_faq(index: Path, faq: Faq) -> None:
    """Write both files through temporary names so a reader never sees half a FAQ."""
    import numpy as np

    entries = [{**e.to_dict(), "pieces": [p.to_list() for p in e.answer.pieces]} for e in faq.entries]
    data = {"key": faq_key(index, faq.embedder), "entries": entries}
    tmp_json = index / f".{FAQ_FILE}.tmp-{os.getpid()}"
    tmp_npy = index / f".{FAQ_VECTORS}.tmp-{os.getpid()}.npy"
    tmp_json.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    np.save(tmp_npy, faq.vectors)
    os.replace(tmp_npy, index / FAQ_VECTORS)
    os.replace(tmp_json, index / FAQ_FILE)


def build_faq(tutor: Tutor) -> Faq:
    import numpy as np

    entries = build_entries(tutor)
    if entries:
        vectors = tutor.embedder.embed([e.question for e in entries])
    else:
        vectors = np.zeros((0, tutor.embedder.dim), dtype=np.float32)
    return Faq(entries, vectors, tutor.embedder)


def open_faq(tutor: Tutor, notify: Any = None) -> Faq:
    """The FAQ for the tutor's index: loaded when current, else built now and stored beside the index."""
    index = tutor.index.folder
    if not (index / "manifest.json").exists():
        raise IndexStateError(f"no index in {index}; run `tutor build`")
    faq = load_faq(index, tutor.embedder)
    if faq is not None:
        return faq
    (notify or _stderr)("Building the FAQ…")
    faq = build_faq(tutor)
    try:
        save_faq(index, faq)
    except OSError as e:
        (notify or _stderr)(f"Could not store the FAQ in {index} ({e}); it will be rebuilt next time.")
    return faq


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def format_entry(entry: FaqEntry) -> str:
    lines = [f"Q: {entry.question}", f"A: {entry.answer.text}"]
    for c in entry.answer.citations:
        lines.append(f"   [{c.n}] {c.section} — {c.source}:{c.start}-{c.end}")
    return "\n".join(lines)
