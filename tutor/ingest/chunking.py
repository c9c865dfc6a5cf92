"""Cut documents into passages: never across a heading, on paragraph then sentence boundaries,
a list kept with its lead-in sentence, each at most `max_words` words."""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import asdict, dataclass

from tutor.english.text import word_count
from tutor.records import Block, Chunk, Document, Section, Unit


@dataclass(frozen=True)
class ChunkerSettings:
    max_words: int = 200
    version: int = 6  # 2: Markdown read by markdown-it, sentences carry their reading view; 3: captions are not prose;
    # 4: plain text without its page furniture, with chapter lines as headings and hard-wrapped paragraphs;
    # 5: passages know the original's page they are on; 6: a sentence ending in a link ends after its target

    def to_dict(self) -> dict[str, int]:
        return asdict(self)


def section_context(doc: Document, section: Section) -> str:
    """The heading path a chunk is embedded with, e.g. "Cyber Diplomacy Challenges > The Rapid Growth…"."""
    parts = [p for p in (section.parent, section.title) if p and p != doc.title]
    return " > ".join(re.sub(r"^\d{1,2}[.)]\s+", "", p) for p in parts) or doc.title


def chunk_documents(docs: list[Document], settings: ChunkerSettings = ChunkerSettings()) -> list[Chunk]:
    return [c for doc in docs for c in chunk_document(doc, settings)]


def chunk_document(doc: Document, settings: ChunkerSettings = ChunkerSettings()) -> list[Chunk]:
    chunks: list[Chunk] = []
    offsets = [offset for offset, _ in doc.pages]
    for section in doc.sections:
        context = section_context(doc, section)
        for units in _pack(doc.text, section.blocks, settings.max_words):
            start, end = units[0].start, units[-1].end
            text = doc.text[start:end]
            digest = hashlib.sha1(f"{doc.source}\n{section.title}\n{text}".encode()).hexdigest()[:12]
            chunks.append(
                Chunk(
                    id=digest,
                    source=doc.source,
                    section=section.title,
                    paragraph=units[0].block,
                    start=start,
                    end=end,
                    text=text,
                    units=tuple(units),
                    context=context,
                    page=page_span(doc.pages, offsets, start, end),
                )
            )
    return chunks


def page_span(pages: tuple[tuple[int, str], ...], offsets: list[int], start: int, end: int) -> str:
    """The original's page (or pages, "21–22") that text[start:end] of a converted paged document is on;
    `offsets`: where each of `pages` begins."""
    if not pages:
        return ""
    first = bisect.bisect_right(offsets, start) - 1
    last = bisect.bisect_right(offsets, max(start, end - 1)) - 1
    if last < 0:
        return ""
    a, b = pages[max(first, 0)][1], pages[last][1]
    return a if a == b else f"{a}–{b}"


def _pack(text: str, blocks: tuple[Block, ...], max_words: int) -> list[list[Unit]]:
    """Greedy packing of whole blocks; a block too big for one chunk is split between sentences."""
    pieces: list[list[Unit]] = []  # each piece: units that should stay together if possible
    for block in blocks:
        pieces.extend(_split_block(text, block, max_words))
    groups: list[list[Unit]] = []
    current: list[Unit] = []
    size = 0
    for piece in pieces:
        n = sum(word_count(text[u.start : u.end]) for u in piece)
        if current and size + n > max_words:
            # keep a list with its lead-in paragraph when the two fit together
            lead = _lead_in(current, piece, text)
            if lead and sum(word_count(text[u.start : u.end]) for u in lead) + n <= max_words:
                current = current[: len(current) - len(lead)]
                if current:
                    groups.append(current)
                current, size = list(lead), sum(word_count(text[u.start : u.end]) for u in lead)
            else:
                groups.append(current)
                current, size = [], 0
        current.extend(piece)
        size += n
    if current:
        groups.append(current)
    return groups


def _lead_in(current: list[Unit], piece: list[Unit], text: str) -> list[Unit]:
    """The trailing paragraph of `current` when `piece` is the start of a list that follows it."""
    if not piece or piece[0].item < 0 or piece[0].item != 0 or current[-1].item >= 0:
        return []
    last_block = current[-1].block
    return [u for u in current if u.block == last_block]


def _split_block(text: str, block: Block, max_words: int) -> list[list[Unit]]:
    total = sum(word_count(text[u.start : u.end]) for u in block.units)
    if total <= max_words:
        return [list(block.units)]
    out: list[list[Unit]] = []
    current: list[Unit] = []
    size = 0
    for u in block.units:
        n = word_count(text[u.start : u.end])
        if current and size + n > max_words:
            out.append(current)
            current, size = [], 0
        current.append(u)
        size += n
    if current:
        out.append(current)
    return out
