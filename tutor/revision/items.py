"""The item bank: quiz questions generated from the knowledge, never written by hand.

Four kinds come out of the text itself:
  definition / short  from defining sentences ("X is defined as …", "X refers to …", "X relies on …")
  list                from the article's lists (a list block and its lead-in, or "including A, B, and C")
  cloze               a key term blanked out of a sentence
  choice              the same, with distractors that are terms from elsewhere in the article
Every item keeps the exact span it was made from (`text == doc.text[start:end]`) and an id that
depends only on that text, so ids survive rebuilds while the sentence is unchanged.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from tutor.english.text import STOPWORDS, content_terms, stem, word_count, words
from tutor.records import Block, Document, Section, Unit
from tutor.revision.terms import Term, candidate_terms, term_words

ItemKind = Literal["definition", "short", "list", "cloze", "choice"]
KINDS: tuple[str, ...] = ("definition", "short", "list", "cloze", "choice")
GENERATOR_VERSION = 1
BLANK = "_____"
NUMBER_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()
_FURNITURE_HEADING = re.compile(
    r"\b(about (the )?authors?|author|biography|bio|contact|subscribe|newsletter|related (posts|articles)|"
    r"share this|leave a reply|comments?|register|sponsored|advertisement)\b",
    re.I,
)


@dataclass(frozen=True)
class QuizItem:
    id: str
    kind: ItemKind
    source: str
    section: str
    start: int
    end: int
    text: str  # source_text[start:end], the passage shown with the feedback
    prompt: str
    answer: str  # the reference answer
    key_terms: tuple[str, ...]
    elements: tuple[str, ...] = ()  # list items: one entry per element to recall
    element_terms: tuple[tuple[str, ...], ...] = ()  # what recalling each element takes
    choices: tuple[str, ...] = ()  # multiple choice: the options, the answer among them
    order: int = 0  # position in reading order across the bank

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
    def citation(self) -> dict[str, Any]:
        return {"source": self.source, "section": self.section, "start": self.start, "end": self.end, "text": self.text}


def item_id(kind: str, source: str, text: str, extra: str = "") -> str:
    digest = hashlib.sha1(f"{kind}\n{source}\n{text}\n{extra}".encode()).hexdigest()[:10]
    return f"{kind[:3]}-{digest}"


def is_furniture(doc: Document, section: Section) -> bool:
    """Author bios, promotion of the publisher, comment boxes: not what a learner revises."""
    if _FURNITURE_HEADING.search(section.title):
        return True
    body = doc.text[section.start : section.end]
    for key in ("author", "publisher", "site", "site_name"):
        name = doc.meta.get(key, "").strip()
        if len(name) >= 4 and name.lower() in body.lower():
            return True
    return False


# ------------------------------------------------------------------ context


@dataclass
class _Context:
    doc: Document
    sentence_freq: Counter[str]
    n_sentences: int
    lowercase_words: set[str]
    pool: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # kind -> [(term, section)]

    def idf(self, s: str) -> float:
        return math.log(1 + self.n_sentences / (1 + self.sentence_freq.get(s, 0)))

    @property
    def rare(self) -> set[str]:
        return {s for s, n in self.sentence_freq.items() if n <= 2}

    def common(self, s: str) -> bool:
        return self.sentence_freq.get(s, 0) > 0.2 * self.n_sentences

    def key_terms(self, answer: str, exclude: str, limit: int = 6) -> tuple[str, ...]:
        """The answer's content words a learner must produce: not in the prompt, not everywhere in the text."""
        banned = set(content_terms(exclude))
        seen: dict[str, str] = {}
        for w in words(answer):
            s = stem(w)
            if w in STOPWORDS or len(w) < 3 and not w.isdigit() or s in banned or self.common(s) or s in seen:
                continue
            seen[s] = w
        ranked = sorted(seen, key=lambda s: -self.idf(s))[:limit]
        return tuple(seen[s] for s in seen if s in ranked)

    def soften(self, phrase: str) -> str:
        """Lower-case words the text also writes in lower case ("Cyber Diplomacy" -> "cyber diplomacy")."""
        caps = [w.strip('“”"(),') for w in phrase.split()]
        caps = [c for c in caps if c[:1].isupper() and not c.isupper()]
        if not caps or not all(c.lower() in self.lowercase_words for c in caps):
            return phrase
        return " ".join(w.lower() if w.strip('“”"(),') in caps else w for w in phrase.split())


def _content_sections(doc: Document) -> list[Section]:
    return [s for s in doc.sections if s.blocks and not is_furniture(doc, s)]


def _context(doc: Document) -> _Context:
    freq: Counter[str] = Counter()
    n = 0
    lower: set[str] = set()
    for section in _content_sections(doc):
        for block in section.blocks:
            for u in block.units:
                sentence = doc.text[u.start : u.end]
                freq.update(set(content_terms(sentence)))
                lower.update(w for w in re.findall(r"\b[a-z][\w-]*", sentence))
                n += 1
    return _Context(doc, freq, max(n, 1), lower)


# ------------------------------------------------------------------ generation


def generate_items(docs: list[Document]) -> list[QuizItem]:
    items: list[QuizItem] = []
    for doc in docs:
        items.extend(_document_items(doc))
    seen: Counter[str] = Counter()
    out = []
    for n, it in enumerate(items):
        seen[it.id] += 1
        new_id = it.id if seen[it.id] == 1 else f"{it.id}-{seen[it.id]}"  # a sentence repeated word for word
        out.append(QuizItem(**{**it.__dict__, "id": new_id, "order": n}))
    return out


def _document_items(doc: Document) -> list[QuizItem]:
    ctx = _context(doc)
    sections = _content_sections(doc)
    rare = ctx.rare
    terms_by_unit: dict[tuple[int, int], list[Term]] = {}
    for section in sections:
        for block in section.blocks:
            for u in block.units:
                sentence = doc.text[u.start : u.end]
                ts = [t for t in candidate_terms(sentence, rare) if _usable_term(t, sentence, ctx)]
                terms_by_unit[(u.start, u.end)] = ts
                for t in ts:
                    ctx.pool.setdefault(t.kind, []).append((t.text, section.title))
    items: list[QuizItem] = []
    for section in sections:
        items.extend(_section_items(doc, section, ctx, terms_by_unit))
    return items


def _section_items(
    doc: Document, section: Section, ctx: _Context, terms_by_unit: dict[tuple[int, int], list[Term]]
) -> list[QuizItem]:
    out: list[QuizItem] = []
    previous: Block | None = None
    for block in section.blocks:
        if block.kind == "list":
            item = _list_item(doc, section, block, previous, ctx)
            if item:
                out.append(item)
        last_subject = ""
        for u in block.units:
            sentence = doc.text[u.start : u.end]
            if sentence.rstrip().endswith("?") or word_count(sentence) < 6:
                continue
            made = _definition_item(doc, section, u, ctx, last_subject)
            if made:
                item, last_subject = made
                out.append(item)
            else:
                last_subject = ""
            if made and made[0].kind != "definition":
                last_subject = ""
            series = _series_item(doc, section, u, ctx)
            if series:
                out.append(series)
            out.extend(_term_items(doc, section, u, ctx, terms_by_unit.get((u.start, u.end), [])))
        previous = block
    return out


# ------------------------------------------------------------------ definitions and short answers

_DISCOURSE = re.compile(
    r"^(?:(?:moreover|furthermore|additionally|however|yet|so|therefore|thus|nowadays|unfortunately|hence|nevertheless|"
    r"in a nutshell|for example|for instance|in short|in fact|also|finally|in addition|in summary|overall)\b\s*,?\s*)+",
    re.I,
)
_NOT_SUBJECT = set(
    "as although though while if because since when which who whom whose that there it this these those they "
    "he she we you i its their our his her such what where how why".split()
)
_VERB_INSIDE = {"is", "are", "was", "were", "has", "have", "had", "be", "been", "can", "will", "would", "could"}
_CUT_ANSWER = re.compile(r"\s+(?:because|while|since|whereas|so that)\b|\s*\(")

# (verb pattern, prompt template, kind); templates get {subj} {be} {do} {verb} {adj}
_PATTERNS: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(r"\b(is|are) defined as\b"), "How does the article define {subj}?", "definition"),
    (re.compile(r"\b(is|are) also (?:called|known as)\b"), "What else {be} {subj} called?", "definition"),
    (re.compile(r"\b(refers|refer) to\b"), "What {do} {subj} refer to?", "definition"),
    (re.compile(r"\bcan be traced back to\b"), "What can {subj} be traced back to?", "short"),
    (
        re.compile(r"\b(is|are) (important|essential|crucial|necessary|vital) (?:to|for)\b"),
        "Why {be} {subj} {adj}?",
        "short",
    ),
    (re.compile(r"\b(is|are) needed to\b"), "Why {be} {subj} needed?", "short"),
    (re.compile(r"\bcan only be (\w+) if\b"), "When can {subj} be {adj}?", "short"),
    (re.compile(r"\b(seeks|seek|aims|aim) to\b"), "What {do} {subj} {verb} to do?", "short"),
    (re.compile(r"\b(relies|rely|depends|depend) on\b"), "What {do} {subj} {verb} on?", "short"),
    (re.compile(r"\bbecame\b"), "What did {subj} become?", "short"),
    (
        re.compile(
            r"\b(reflects|outlines|requires|needs|involves|oversees|faces|face|fosters|foster|promotes|threatens)\b"
        ),
        "What {do} {subj} {verb}?",
        "short",
    ),
    (re.compile(r"\b(is|are) (?=(?:a|an|the|one)\b)"), "Complete: “{Subj} {be} …”", "short"),
]


def _base_verb(verb: str) -> str:
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if verb.endswith(("ches", "shes", "sses", "xes")):
        return verb[:-2]
    return verb[:-1] if verb.endswith("s") and not verb.endswith("ss") else verb


def _subject(raw: str) -> str:
    raw = _DISCOURSE.sub("", raw.strip())
    raw = re.sub(r",\s+(?:like|as|unlike|including)\b[^,]*,", "", raw)  # "X, like Y, is …" -> "X is …"
    raw = raw.split(",")[-1].strip()
    return raw


def _good_subject(subj: str) -> bool:
    ws = subj.split()
    if not 1 <= len(ws) <= 9:
        return False
    low = [w.lower().strip('“”"()') for w in ws]
    if low[0] in _NOT_SUBJECT or any(w in _VERB_INSIDE for w in low) or low[-1] in STOPWORDS:
        return False
    if any(w in ("following", "above", "below", "former", "latter") for w in low):
        return False
    return bool(content_terms(subj))


def _definition_item(
    doc: Document, section: Section, u: Unit, ctx: _Context, last_subject: str
) -> tuple[QuizItem, str] | None:
    sentence = doc.text[u.start : u.end]
    for pattern, template, kind in _PATTERNS:
        m = pattern.search(sentence)
        if not m:
            continue
        subj = _subject(sentence[: m.start()])
        if subj.lower() in ("this", "it") and last_subject and kind == "definition":
            subj = last_subject
        if not _good_subject(subj):
            continue
        rest = sentence[m.end() :]
        cut = _CUT_ANSWER.search(rest)
        answer = (rest[: cut.start()] if cut else rest).strip().rstrip(".;:!").strip()
        if len(content_terms(answer)) < 2:
            continue
        soft = ctx.soften(subj)
        groups = [g for g in m.groups() if g]
        verb = groups[0].lower() if groups else ""
        plural = verb in ("are", "were") or (verb and not verb.endswith("s") and verb != "became")
        prompt = template.format(
            subj=soft,
            Subj=soft[:1].upper() + soft[1:],
            be="are" if plural else "is",
            do="do" if plural else "does",
            verb=_base_verb(verb) if verb else "",
            adj=groups[-1].lower() if groups else "",
        )
        keys = ctx.key_terms(answer, prompt)
        if len(keys) < (2 if kind == "definition" else 1):
            continue
        return (
            QuizItem(
                id=item_id(kind, doc.source, sentence, template),
                kind=kind,  # type: ignore[arg-type]
                source=doc.source,
                section=section.title,
                start=u.start,
                end=u.end,
                text=sentence,
                prompt=prompt,
                answer=answer,
                key_terms=keys,
            ),
            subj,
        )
    return None


# ------------------------------------------------------------------ lists


def _number(n: int) -> str:
    return NUMBER_WORDS[n] if n < len(NUMBER_WORDS) else str(n)


def _list_noun(lead: str) -> str:
    """The plural noun a lead-in announces: "These challenges include …" -> "challenges"."""
    counted = re.search(r"\b(?:" + "|".join(NUMBER_WORDS[2:]) + r"|\d+)\s+([a-z][\w-]*s)\b", lead, re.I)
    if counted:
        return counted.group(1).lower()
    ws = re.findall(r"[A-Za-z][\w-]*", lead)
    for i in range(len(ws) - 1, -1, -1):
        w = ws[i]
        if (
            w.lower().endswith("s")
            and not w.lower().endswith(("ss", "us", "is"))
            and len(w) >= 4
            and w.lower() not in STOPWORDS
            and w.lower() not in ("follows", "includes", "states")
            and not w.isupper()
        ):
            prev = ws[i - 1].lower() if i else ""
            if prev and prev not in STOPWORDS and prev not in NUMBER_WORDS and not prev[:1].isdigit() and len(prev) > 3:
                return f"{prev} {w.lower()}"
            return w.lower()
    return "items"


def _element_label(doc: Document, units: list[Unit], ctx: _Context) -> str:
    first = doc.text[units[0].start : units[0].end].rstrip(".;: ")
    if word_count(first) <= 12:
        return first
    lead = candidate_terms(first)
    if lead and lead[0].kind == "name" and lead[0].start <= 4:
        return first[: lead[0].end]
    m = re.search(r"\s(?:who|which|that|is|are|was|were|include|includes)\s", first)
    if m and word_count(first[: m.start()]) >= 2:
        return first[: m.start()]
    return " ".join(first.split()[:10]) + " …"


_WEAK = frozenset("among amongst within without via upon toward towards across along around onto".split())


def _element_terms(labels: list[str], banned: str, ctx: _Context) -> list[tuple[str, ...]]:
    """Per element: up to three content words that tell it apart from the others and from the prompt."""
    banned_stems = set(content_terms(banned))
    stems = [set(content_terms(label)) for label in labels]
    shared = Counter(s for ss in stems for s in ss)
    out = []
    for label in labels:
        chosen: dict[str, str] = {}
        for w in words(label):
            s = stem(w)
            if w in STOPWORDS or w in _WEAK or s in banned_stems or s in chosen or len(w) < 3:
                continue
            if len(labels) > 2 and shared[s] > len(labels) / 2:
                continue
            chosen[s] = w
        if not chosen:  # everything is shared: fall back to the label's own content words
            chosen = {stem(w): w for w in words(label) if w not in STOPWORDS}
        best = sorted(chosen, key=lambda s: -ctx.idf(s))[:3]  # rarest first: it alone recalls the element
        out.append(tuple(chosen[s] for s in best))
    return out


def _list_item(doc: Document, section: Section, block: Block, previous: Block | None, ctx: _Context) -> QuizItem | None:
    groups: dict[int, list[Unit]] = {}
    for u in block.units:
        groups.setdefault(u.item, []).append(u)
    elements = [groups[k] for k in sorted(groups)]
    if len(elements) < 2 or previous is None or previous.kind != "paragraph" or not previous.units:
        return None
    lead = previous.units[-1]
    lead_text = doc.text[lead.start : lead.end]
    context_text = " ".join(doc.text[u.start : u.end] for u in previous.units[-2:])
    labels = [_element_label(doc, us, ctx) for us in elements]
    n = len(labels)
    noun = _list_noun(lead_text)
    prompt = f"Name the {_number(n)} {noun} listed under “{section.title}”."
    terms = _element_terms(labels, f"{context_text} {prompt}", ctx)
    text = doc.text[lead.start : block.end]
    return _recall_item(item_id("list", doc.source, text), doc, section, lead.start, block.end, prompt, labels, terms)


_TRIGGER = re.compile(r"(?::|\bincluding\b|\bincludes?\b|\bsuch as\b|\bnamely\b|\bof\b|\bin\b|\bto\b)\s+", re.I)
_TAIL = re.compile(
    r"\s*[(,]|\s+(?:while|because|since|which|who|whom|that|when|whereas|are|is|was|were|have|has|can|will|may)\b"
)
_PREP = re.compile(r"\s+(?:to|by|for|in|on|at|from|with)\b")


def _parse_series(body: str) -> list[tuple[int, int]] | None:
    """Element spans of "A, B, and C…" at the start of body, or None."""
    pieces: list[tuple[int, int]] = []
    pos = 0
    while True:
        comma = body.find(",", pos)
        if comma < 0:
            break
        pieces.append((pos, comma))
        pos = comma + 1
        while pos < len(body) and body[pos] == " ":
            pos += 1
        if re.match(r"(?:and|or)\s", body[pos:]):
            pos = body.index(" ", pos) + 1
            end = len(body)
            tail = _TAIL.search(body, pos)
            if tail:
                end = tail.start()
            last = body[pos:end].rstrip(" .;:!?")
            if word_count(last) > 5:
                prep = _PREP.search(last, len(" ".join(last.split()[:2])))
                if prep:
                    last = last[: prep.start()]
            pieces.append((pos, pos + len(last)))
            break
    else:
        return None
    if len(pieces) < 3 or not re.match(r"(?:and|or)\s", body[pieces[-1][0] - 4 : pieces[-1][0]].strip() + " "):
        return None
    for a, b in pieces:
        ws = body[a:b].split()
        if not 1 <= len(ws) <= 6 or ws[0].lower() in STOPWORDS - {"the", "a", "an"}:
            return None
        if any(w.lower() in ("by", "to", "from", "with", "for") for w in ws[1:]) and (a, b) != pieces[-1]:
            return None
        if not content_terms(body[a:b]):
            return None
    return pieces


def _recall_item(
    id: str,
    doc: Document,
    section: Section,
    start: int,
    end: int,
    prompt: str,
    labels: list[str],
    terms: list[tuple[str, ...]],
) -> QuizItem:
    """A list-recall item over doc.text[start:end], graded element by element."""
    return QuizItem(
        id=id,
        kind="list",
        source=doc.source,
        section=section.title,
        start=start,
        end=end,
        text=doc.text[start:end],
        prompt=prompt,
        answer="; ".join(labels),
        key_terms=tuple(w for ts in terms for w in ts),
        elements=tuple(labels),
        element_terms=tuple(terms),
    )


def _series_item(doc: Document, section: Section, u: Unit, ctx: _Context) -> QuizItem | None:
    sentence = doc.text[u.start : u.end]
    best: tuple[int, int, list[tuple[int, int]]] | None = None  # (count, trigger position, spans)
    for m in _TRIGGER.finditer(sentence):
        spans = _parse_series(sentence[m.end() :])
        if spans and (best is None or (len(spans), m.end()) >= (best[0], best[1])):
            best = (len(spans), m.end(), [(m.end() + a, m.end() + b) for a, b in spans])
    if best is None:
        return None
    spans = best[2]
    labels = [re.sub(r"^(?:the|a|an)\s+", "", sentence[a:b].strip(), flags=re.I) for a, b in spans]
    masked = sentence[: spans[0][0]] + "…" + sentence[spans[-1][1] :]
    masked = _DISCOURSE.sub("", masked)
    masked = masked[:1].upper() + masked[1:]
    prompt = f"Fill in the {_number(len(labels))} missing items: “{masked.strip()}”"
    terms = _element_terms(labels, masked, ctx)
    if any(not t for t in terms):
        return None
    return _recall_item(
        item_id("list", doc.source, sentence, "series"), doc, section, u.start, u.end, prompt, labels, terms
    )


# ------------------------------------------------------------------ clozes and multiple choice

_KIND_RANK = {"name": 0, "number": 1, "concept": 2}


def _usable_term(t: Term, sentence: str, ctx: _Context) -> bool:
    stems = {stem(w) for w in term_words(t.text)}
    if not stems or t.text.lower() in STOPWORDS:
        return False
    rest = sentence[: t.start] + " " + sentence[t.end :]
    if stems & set(content_terms(rest)):  # the sentence would still show the answer
        return False
    if word_count(t.text) > 8 or len(t.text) < 2:
        return False
    if t.kind == "name" and " " not in t.text and t.text.lower() in ctx.lowercase_words:
        return False  # "International", "Internet": an ordinary word written with a capital
    if t.kind == "concept" and (re.fullmatch(r"[a-z]+(?:ing|ly|ed)", t.text) or _DISCOURSE.fullmatch(t.text)):
        return False  # rare verbs and adverbs make trivia, not key terms
    return not all(ctx.common(s) for s in stems)


def _rank_terms(terms: list[Term], ctx: _Context) -> list[Term]:
    def rarity(t: Term) -> float:
        ss = [stem(w) for w in term_words(t.text)]
        return sum(ctx.idf(s) for s in ss) / max(1, len(ss))

    return sorted(terms, key=lambda t: (_KIND_RANK[t.kind], -rarity(t), t.start))


def _term_items(doc: Document, section: Section, u: Unit, ctx: _Context, terms: list[Term]) -> list[QuizItem]:
    sentence = doc.text[u.start : u.end]
    if word_count(sentence) < 8 or not terms:
        return []
    ranked = _rank_terms(terms, ctx)
    out: list[QuizItem] = []
    first = ranked[0]
    flip = int(hashlib.sha1(sentence.encode()).hexdigest(), 16) % 2 == 1
    plan: list[tuple[str, Term]] = [("cloze", first)]
    if len(ranked) > 1:
        plan.append(("choice", ranked[1]))
    elif flip:
        plan = [("choice", first)]
    for kind, term in plan:
        item = _cloze(doc, section, u, term, ctx, kind)
        if item is None and kind == "choice" and len(plan) == 1:
            item = _cloze(doc, section, u, term, ctx, "cloze")
        if item:
            out.append(item)
    return out


def _distractors(term: Term, sentence: str, section: str, ctx: _Context, seed: str) -> list[str]:
    own = {stem(w) for w in term_words(term.text)}
    seen: set[str] = set()
    scored = []
    for cand, cand_section in ctx.pool.get(term.kind, []):
        key = cand.lower()
        if key in seen or key in sentence.lower() or own & {stem(w) for w in term_words(cand)}:
            continue
        seen.add(key)
        shape = abs(word_count(cand) - word_count(term.text)) + (0 if cand[-3:] == term.text[-3:] else 0.5)
        shape += 0.5 if cand.endswith("s") != term.text.endswith("s") else 0  # plural for plural
        shape += 0.5 if cand[:1].isupper() != term.text[:1].isupper() else 0  # a name for a name
        elsewhere = 0 if cand_section != section else 1
        tie = hashlib.sha1(f"{seed}\n{cand}".encode()).hexdigest()
        scored.append((shape + elsewhere, tie, cand))
    return [c for _, _, c in sorted(scored)[:3]]


def _cloze(doc: Document, section: Section, u: Unit, term: Term, ctx: _Context, kind: str) -> QuizItem | None:
    sentence = doc.text[u.start : u.end]
    masked = sentence[: term.start] + BLANK + sentence[term.end :]
    masked = _DISCOURSE.sub("", masked)
    masked = masked[:1].upper() + masked[1:]
    iid = item_id(kind, doc.source, sentence, term.text)
    choices: tuple[str, ...] = ()
    if kind == "choice":
        wrong = _distractors(term, sentence, section.title, ctx, iid)
        if len(wrong) < 3:
            return None
        options = [term.text, *wrong]
        options.sort(key=lambda o: hashlib.sha1(f"{iid}\n{o}".encode()).hexdigest())
        choices = tuple(options)
        prompt = f"Which term fills the blank? “{masked}”"
    else:
        prompt = f"Fill in the blank: “{masked}”"
    return QuizItem(
        id=iid,
        kind=kind,  # type: ignore[arg-type]
        source=doc.source,
        section=section.title,
        start=u.start,
        end=u.end,
        text=sentence,
        prompt=prompt,
        answer=term.text,
        key_terms=(term.text,),
        choices=choices,
    )
