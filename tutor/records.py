"""Typed records that flow through the tutor: documents, chunks, citations, answers."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import PurePath
from typing import Any, Literal

UnitKind = Literal["sentence", "item"]


@dataclass(frozen=True)
class Unit:
    """A sentence of a paragraph or list item: the smallest span an answer quotes."""

    start: int
    end: int
    block: int  # paragraph number in its document, 1-based
    item: int = -1  # index of its list item, -1 outside lists
    text: str = ""  # what a learner reads: markup, link targets and hard wraps gone ("" : the span as it is)
    level: int = 0  # how deep its list item is nested (0: the list itself, or no list)


@dataclass(frozen=True)
class Block:
    """A paragraph or a list, with its units."""

    kind: Literal["paragraph", "list"]
    number: int
    start: int
    end: int
    units: tuple[Unit, ...]

    def elements(self) -> list[list[Unit]]:
        """A list's elements in order, each its sentences; a nested item belongs to the item it hangs under."""
        groups: dict[int, list[Unit]] = {}
        top = -1
        for u in self.units:
            top = u.item if u.level == 0 or top < 0 else top
            groups.setdefault(top, []).append(u)
        return [groups[k] for k in sorted(groups)]


@dataclass(frozen=True)
class Section:
    title: str
    level: int
    start: int  # of the heading line, or of the first block when there is no heading
    end: int
    blocks: tuple[Block, ...]
    parent: str = ""  # title of the enclosing section, for context


def file_title(path: str) -> str:
    """The title a text that has none of its own is given: its file's name ("intro_to-git.md" -> "intro to git")."""
    return PurePath(path).stem.replace("-", " ").replace("_", " ")


@dataclass(frozen=True)
class Document:
    source: str  # display path, e.g. "knowledge/cyber-diplomacy.md"
    text: str  # the file decoded as UTF-8, untouched: every offset points into it
    title: str
    meta: dict[str, str]
    sections: tuple[Section, ...]
    pages: tuple[tuple[int, str], ...] = ()  # (offset, label) where each page of the original begins (a PDF's)


@dataclass(frozen=True)
class TextInfo:
    """What the index keeps of a whole text besides its passages: its title and front matter."""

    source: str
    title: str
    meta: dict[str, str]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TextInfo:
        return cls(str(d["source"]), str(d["title"]), {str(k): str(v) for k, v in d["meta"].items()})


@dataclass(frozen=True)
class Chunk:
    id: str
    source: str
    section: str
    paragraph: int
    start: int
    end: int
    text: str
    units: tuple[Unit, ...] = ()
    context: str = ""  # section path, prepended to the text that is embedded and indexed
    page: str = ""  # the original's page it is on ("21", "21–22"), for a text converted from a paged document

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["units"] = [[u.start, u.end, u.block, u.item, u.text, *([u.level] if u.level else [])] for u in self.units]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Chunk:
        units = tuple(Unit(*u) for u in d.get("units", ()))
        return cls(**{**d, "units": units})

    def unit_text(self, unit: Unit) -> str:
        """The sentence as a learner reads it."""
        return unit.text or self.text[unit.start - self.start : unit.end - self.start]

    @property
    def reading(self) -> str:
        """The passage as a learner reads it: markup gone, paragraphs apart, each list item on a line of its own."""
        if not self.units:
            return self.text
        out: list[str] = []
        before: Unit | None = None
        for u in self.units:
            same_item = before is not None and (before.block, before.item) == (u.block, u.item)
            if before is not None:
                out.append(" " if same_item else "\n" if before.block == u.block else "\n\n")
            out.append(("- " if u.item >= 0 and not same_item else "") + self.unit_text(u))
            before = u
        return "".join(out)

    @property
    def indexed_text(self) -> str:
        return f"{self.context}: {self.reading}" if self.context else self.reading


@dataclass(frozen=True)
class Citation:
    n: int
    source: str
    section: str
    start: int
    end: int
    text: str
    score: float
    highlights: tuple[tuple[int, int], ...] = ()  # the quoted sentences, as absolute offsets
    page: str = ""  # the original document's page ("21", "21–22") when it had pages

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["score"] = round(self.score, 4)
        d["highlights"] = [list(h) for h in self.highlights]
        if not self.page:
            del d["page"]
        return d


PieceKind = Literal["sentence", "lead_in", "item", "quote", "message"]
QUOTED: tuple[PieceKind, ...] = ("sentence", "lead_in", "item", "quote")  # kinds whose text is cited


@dataclass(frozen=True)
class Piece:
    """One piece of an answer. Sentences, a list's lead-in, a list item and a quoted passage carry the text's
    own words with the number of the citation that holds them; a message (a refusal, a hint) carries none.

    The user interfaces render pieces (plain text, Markdown, HTML); nothing reads an answer's text back.
    """

    kind: PieceKind
    sentences: tuple[str, ...]  # as a learner reads them
    n: int = 0  # citation number, 0 for a message
    spans: tuple[tuple[int, int], ...] = ()  # where each sentence stands in the file, when it was read from one

    def to_list(self) -> list[Any]:
        return [self.kind, list(self.sentences), self.n, [list(s) for s in self.spans]]

    @classmethod
    def from_list(cls, d: list[Any]) -> Piece:
        kind, sentences, n, spans = d
        return cls(kind, tuple(sentences), int(n), tuple((int(a), int(b)) for a, b in spans))


def message(text: str) -> tuple[Piece, ...]:
    """An answer that is one plain message, quoting nothing."""
    return (Piece("message", (text,)),)


def render_text(pieces: tuple[Piece, ...]) -> str:
    """The plain-text form: a line per paragraph (its sentences each followed by [n]), "- " per list item,
    "> " per quoted line; sentences of one citation that follow each other share a line."""
    lines: list[str] = []
    joins = 0  # the citation whose sentence ended the line before, when the next one of it may continue it
    for p in pieces:
        marked = " ".join(f"{s} [{p.n}]" for s in p.sentences)
        if p.kind == "message":
            lines.append(p.sentences[0])
        elif p.kind == "item":
            lines.append(f"- {marked}")
        elif p.kind == "quote":
            lines.extend(f"> {s}" for s in p.sentences)
            lines[-1] += f" [{p.n}]"
        elif joins == p.n and lines:
            lines[-1] += " " + marked
        else:
            lines.append(marked)
        joins = p.n if p.kind in ("sentence", "lead_in") else 0
    return "\n".join(lines)


@dataclass(frozen=True)
class Answer:
    question: str
    pieces: tuple[Piece, ...]
    in_scope: bool
    citations: tuple[Citation, ...] = ()
    closest_sections: tuple[str, ...] = ()
    resolved_query: str = ""  # the question as retrieval saw it (follow-ups rewritten)
    notes: tuple[str, ...] = field(default=())

    @property
    def text(self) -> str:
        return render_text(self.pieces)

    def to_dict(self, id: str | None = None) -> dict[str, Any]:
        d: dict[str, Any] = {} if id is None else {"id": id}
        d.update(
            question=self.question,
            answer=self.text,
            in_scope=self.in_scope,
            citations=[c.to_dict() for c in self.citations],
            closest_sections=list(self.closest_sections),
        )
        if self.notes:
            d["notes"] = list(self.notes)
        return d
