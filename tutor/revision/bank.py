"""The item bank on disk: `items.jsonl` in the index folder, regenerated when the index's knowledge changed.

The first line records which knowledge the items were made from (the manifest's file hashes) and the
generator version; the items follow, one per line. The index build replaces its whole folder, so a
rebuilt index simply has no items yet and the next call writes them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tutor.errors import IndexStateError, TutorError
from tutor.index.layout import ITEMS_FILE, MANIFEST, knowledge_hashes, read_manifest, write_beside
from tutor.revision.items import GENERATOR_VERSION, QuizItem, SectionKey, generate_items
from tutor.skips import Skips


class UnknownItemError(TutorError):
    """An item id that is not in the bank."""


@dataclass
class ItemBank:
    items: list[QuizItem]
    knowledge: dict[str, str] = field(default_factory=dict)
    scope: tuple[str, ...] = ()  # the texts (sources) this bank is limited to, sorted; () = every text

    def __post_init__(self) -> None:
        self.by_id = {it.id: it for it in self.items}
        self._by_section: dict[SectionKey, list[QuizItem]] = {}
        for it in self.items:
            self._by_section.setdefault(it.section_key, []).append(it)

    def get(self, item_id: str) -> QuizItem:
        try:
            return self.by_id[item_id]
        except KeyError:
            near = [i for i in self.by_id if i.startswith(item_id[:5])][:3]
            hint = f" (similar: {', '.join(near)})" if near else ""
            raise UnknownItemError(f"no item {item_id!r}{hint}; `tutor items` lists them") from None

    @property
    def sections(self) -> list[SectionKey]:
        """Sections in reading order, each once: (source, title), so two texts' "Introduction"s stay apart."""
        return list(self._by_section)

    @property
    def sources(self) -> list[str]:
        """The texts that have items, in reading order."""
        return list(dict.fromkeys(it.source for it in self.items))

    def in_section(self, section: SectionKey) -> list[QuizItem]:
        return list(self._by_section.get(section, ()))

    def within(self, sources: Collection[str] | None) -> ItemBank:
        """The items of the chosen texts only (None, empty or every text: this bank)."""
        chosen = tuple(sorted(set(sources or ())))
        if not chosen or chosen == self.scope or (not self.scope and set(chosen) >= set(self.sources)):
            return self
        return ItemBank([it for it in self.items if it.source in chosen], self.knowledge, chosen)

    @property
    def scope_key(self) -> str:
        """The scope as one string ("" for every text): what a learner's place on the guided path is kept under."""
        return "\n".join(self.scope)


def _manifest_knowledge(index: Path) -> dict[str, str]:
    try:
        manifest = read_manifest(index)
    except FileNotFoundError:
        raise IndexStateError(f"no index in {index}; run `tutor build` first") from None
    except (OSError, ValueError) as e:
        raise IndexStateError(f"{index / MANIFEST} is unreadable ({e}); run `tutor build --force`") from None
    return dict(manifest.get("knowledge", {}))


def read_bank(path: Path) -> tuple[dict[str, Any], list[QuizItem]] | None:
    """Header and items of an items file, or None when it is missing or unreadable."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        header = json.loads(lines[0])
        return header, [QuizItem.from_dict(json.loads(line)) for line in lines[1:] if line.strip()]
    except (OSError, ValueError, IndexError, TypeError, KeyError):
        return None


def write_bank(index: Path, knowledge: dict[str, str], items: list[QuizItem], skipped: list[str] | None = None) -> None:
    """Store the items beside the index in `index`, headed by the knowledge they were made from (and the pieces
    of text the generator skipped)."""
    header = {"generator": GENERATOR_VERSION, "knowledge": knowledge, "count": len(items), "skipped": skipped or []}
    lines = [json.dumps(header, ensure_ascii=False)] + [json.dumps(it.to_dict(), ensure_ascii=False) for it in items]
    write_beside(index, {ITEMS_FILE: "".join(line + "\n" for line in lines).encode("utf-8")})


def ensure_item_bank(knowledge: Path, index: Path, notify: Callable[[str], object] | None = None) -> ItemBank:
    """The items for the index in `index`, generated from `knowledge` when missing or out of date; `notify`
    hears which pieces of text the generator had to skip."""
    from tutor.ingest.reading import read_knowledge

    expected = _manifest_knowledge(index)
    stored = read_bank(index / ITEMS_FILE)
    if stored and stored[0].get("generator") == GENERATOR_VERSION and stored[0].get("knowledge") == expected:
        return ItemBank(stored[1], expected)
    current = knowledge_hashes(knowledge)
    if current != expected:
        raise IndexStateError(f"the index in {index} was built from other texts than {knowledge}; run `tutor build`")
    skips = Skips("quiz items")
    items = generate_items(read_knowledge(knowledge), skips)
    if knowledge_hashes(knowledge) != current:
        raise TutorError(f"files in {knowledge} changed while quiz items were made; run the command again")
    write_bank(index, current, items, [str(s) for s in skips.skipped])
    if skips.skipped and notify:
        notify(skips.summary())
    return ItemBank(items, current)
