"""What the FAQ and Read tabs show of the library, following the tutor of `tutor serve` as texts come and go.

A `LiveTutor` reopens its index when the knowledge changes (a text added in the Texts tab, a file edited in
`knowledge/`); the shelf then reloads the FAQ of that index and reads the texts again. Each reload is an
edition with a number, so a page that already shows the current edition is not sent it again. No gradio here.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tutor.errors import TutorError
from tutor.records import Document
from tutor.ui.web.article import ArticleIndex

if TYPE_CHECKING:
    from tutor.answer.tutor import Answerer
    from tutor.faq import Faq

log = logging.getLogger("tutor")

Texts = list[tuple[str, str]]  # (title, source) of every text, in reading order: a dropdown's choices


@dataclass(frozen=True)
class Edition:
    """The library as the tabs show it, for one index."""

    number: int  # 0 for what the app was started with, one more for every reload
    faq: Faq | None
    article: ArticleIndex
    texts: Texts

    @property
    def sources(self) -> set[str]:
        return {source for _, source in self.texts}

    def kept(self, chosen: Sequence[str] | None) -> list[str]:
        """The chosen texts that are still in the library."""
        return [s for s in chosen or () if s in self.sources]


class Shelf:
    """The current edition for the tutor's index; `changed` hears every new one (the app hands it to the chat)."""

    def __init__(
        self,
        tutor: Answerer,
        knowledge: Path,
        faq: Faq | None,
        documents: Sequence[Document],
        changed: Callable[[Edition], object] | None = None,
    ) -> None:
        self.tutor, self.knowledge, self.changed = tutor, knowledge, changed
        self._lock = threading.Lock()
        self._index: object = tutor.index
        self._edition = Edition(0, faq, ArticleIndex(tuple(documents)), texts_of(tutor))

    def current(self) -> Edition:
        """The edition for the index the tutor answers from now, made when the index changed (the last one made,
        when the new one cannot be: it is tried again next time)."""
        index = self.tutor.index
        with self._lock:
            if index is not self._index:
                try:
                    self._edition = self._reload(self._edition.number + 1)
                except TutorError as e:
                    log.warning("the FAQ and Read tabs still show the texts as they were: %s", e)
                    return self._edition
                self._index = index
                if self.changed is not None:
                    self.changed(self._edition)
            return self._edition

    @property
    def last(self) -> Edition:
        """The edition made last, without looking at the index."""
        return self._edition

    def refresh(self) -> Edition:
        """`current`, after the tutor has reopened its index if the knowledge changed since (a `LiveTutor`); a
        `TutorError` says why it could not (a knowledge file that cannot be read)."""
        reopen: Any = getattr(self.tutor, "refresh", None)
        if reopen is not None:
            reopen()
        return self.current()

    def _reload(self, number: int) -> Edition:
        from tutor.faq import open_faq
        from tutor.ingest.reading import read_knowledge

        faq = open_faq(self.tutor, notify=log.info)  # built beside the index by the Texts tab: usually a load
        return Edition(number, faq, ArticleIndex(tuple(read_knowledge(self.knowledge))), texts_of(self.tutor))


def texts_of(tutor: Answerer) -> Texts:
    return [(text.title, source) for source, text in tutor.index.texts.items()]


def texts_choice(texts: Texts, chosen: Sequence[str]) -> dict[str, Any]:
    """The settings of a "which texts" dropdown (in the FAQ and Revise tabs): every text, the chosen ones, shown only
    when the library holds several texts."""
    return {
        "choices": list(texts),
        "value": list(chosen),
        "multiselect": True,
        "visible": len(texts) > 1,
        "info": "Every text when none is chosen",
    }
