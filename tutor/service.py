"""The use cases both user interfaces share: build everything, open the tutor, open the quiz items.

Each finds the folders (`tutor.config`), makes sure the index is current and loads the model once; the
CLI and the web app call these and keep no logic of their own.

The tutor `open_tutor` returns notices when the knowledge folder changes under a running chat or app, and
rebuilds (or, with `rebuild=False`, refuses to answer) before it could cite text that is no longer in
its file.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from tutor import config
from tutor.errors import TutorError

if TYPE_CHECKING:
    from tutor.answer.options import AnswerOptions
    from tutor.answer.tutor import Answerer, Tutor
    from tutor.converse import Conversation
    from tutor.index.embedding import Embedder
    from tutor.index.load import KnowledgeIndex, Notify
    from tutor.index.retrieval import Mode
    from tutor.ingest.convert import Added
    from tutor.records import Answer
    from tutor.revision.bank import ItemBank
    from tutor.revision.reviser import Reviser
    from tutor.revision.store import ProgressStore


T = TypeVar("T")
log = logging.getLogger("tutor")

SETTLE_SECONDS = 1.0  # how long a file being saved gets before it counts as broken


def knowledge_snapshot(knowledge: Path) -> dict[str, tuple[int, int]]:
    """(mtime, size) of every knowledge file: cheap enough to compare before every answer."""
    from tutor.ingest.reading import knowledge_stats

    try:
        return knowledge_stats(knowledge)
    except Exception:  # noqa: BLE001 - a folder that cannot be listed now counts as a change
        return {}


class LiveTutor:
    """A `Tutor` that reopens its index when the knowledge changed since it was loaded.

    Every attribute of the current `Tutor` (`index`, `embedder`, `options`, …) reads through; the
    swap to a rebuilt index is atomic, so concurrent questions never see half of each.
    """

    def __init__(
        self,
        knowledge: Path,
        index: Path,
        embedder: Embedder,
        rebuild: bool,
        mode: Mode,
        options: AnswerOptions,
        notify: Notify | None = None,
    ) -> None:
        self._knowledge, self._index, self._embedder = knowledge, index, embedder
        self._rebuild, self._mode, self._options, self._notify = rebuild, mode, options, notify
        self._lock = threading.Lock()
        self._broken: tuple[dict[str, tuple[int, int]], Exception] | None = None
        self._snapshot = knowledge_snapshot(knowledge)  # before the hashes are taken: a later edit is seen
        self._current = self._open()

    def _open(self) -> Tutor:
        from tutor.answer.tutor import Tutor
        from tutor.index.load import open_index

        kwargs: dict[str, Any] = {"notify": self._notify} if self._notify else {}
        loaded = open_index(self._knowledge, self._index, self._embedder, rebuild=self._rebuild, **kwargs)
        return Tutor(loaded, self._embedder, self._mode, self._options)

    def refresh(self) -> None:
        """Reopen the index if a knowledge file was added, removed or edited since it was loaded."""
        if knowledge_snapshot(self._knowledge) == self._snapshot:
            return
        from tutor.errors import KnowledgeError

        with self._lock:
            now = knowledge_snapshot(self._knowledge)
            while now != self._snapshot:
                if self._broken is not None and self._broken[0] == now:
                    raise self._broken[1]  # known broken, unchanged since: no need to wait again
                try:
                    self._current = self._open()
                    self._snapshot, self._broken = now, None
                except KnowledgeError as e:
                    # a file caught half-saved reads as empty or broken: let it settle, and raise
                    # (keeping the check for the next question) only when it stays as it is
                    later = self._settle(now)
                    if later == now:
                        self._broken = (now, e)
                        raise
                    now = later

    def _settle(self, before: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
        deadline = time.monotonic() + SETTLE_SECONDS
        while time.monotonic() < deadline:
            time.sleep(0.05)
            now = knowledge_snapshot(self._knowledge)
            if now != before:
                return now
        return before

    def ask(
        self, question: str, history: list[str] | tuple[str, ...] = (), within: Collection[str] | None = None
    ) -> Answer:
        self.refresh()
        return self._current.ask(question, history, within)

    @property
    def index(self) -> KnowledgeIndex:
        return self._current.index

    @property
    def embedder(self) -> Embedder:
        return self._embedder

    def __getattr__(self, name: str) -> Any:
        if name == "_current":  # not opened yet: no recursion
            raise AttributeError(name)
        return getattr(self._current, name)


def open_tutor(
    knowledge: str | Path | None = None,
    index: str | Path | None = None,
    rebuild: bool = True,
    mode: Mode = "hybrid",
    options: AnswerOptions | None = None,
    embedder: Embedder | None = None,
    notify: Notify | None = None,
) -> LiveTutor:
    from tutor.answer.options import AnswerOptions
    from tutor.index.embedding import default_embedder

    return LiveTutor(
        config.knowledge_dir(knowledge),
        config.index_dir(index),
        embedder or default_embedder(),
        rebuild,
        mode,
        options or AnswerOptions(),
        notify,
    )


def open_item_bank(
    knowledge: str | Path | None = None,
    index: str | Path | None = None,
    rebuild: bool = True,
    embedder: Embedder | None = None,
    notify: Notify | None = None,
) -> ItemBank:
    """The quiz items of a current index; the index is (re)built first when needed, unless `rebuild` is off."""
    from tutor.index.embedding import default_embedder
    from tutor.index.load import open_index
    from tutor.revision.bank import ensure_item_bank

    knowledge, index = config.knowledge_dir(knowledge), config.index_dir(index)
    kwargs: dict[str, Any] = {"notify": notify} if notify else {}
    open_index(knowledge, index, embedder or default_embedder(), rebuild=rebuild, **kwargs)
    return ensure_item_bank(knowledge, index)


class LiveRevision:
    """Revision beside a tutor whose index may be reopened (a `LiveTutor`): the quiz items of the index it answers
    from now, made on first use after the knowledge changed; one progress store and one grader throughout."""

    def __init__(self, tutor: Answerer, knowledge: str | Path | None = None, store: ProgressStore | None = None):
        from tutor.revision.store import ProgressStore

        self.tutor = tutor
        self.knowledge = config.knowledge_dir(knowledge)
        self.store = store or ProgressStore()
        self._lock = threading.Lock()
        self._index: object = None
        self._reviser: Reviser | None = None
        _ = self.reviser  # the items are made now: a tab that cannot have them says so at once

    @property
    def reviser(self) -> Reviser:
        """Over every text of the tutor's current index."""
        from tutor.revision.bank import ensure_item_bank
        from tutor.revision.reviser import Reviser

        index = self.tutor.index
        with self._lock:
            if self._reviser is None or index is not self._index:
                bank = ensure_item_bank(self.knowledge, index.folder)
                grader = self._reviser.grader if self._reviser else None  # its cache is keyed by text: still good
                self._reviser = Reviser(bank, self.store, self.tutor.embedder, grader=grader)
                self._index = index
            return self._reviser

    def within(self, sources: Collection[str] | None) -> Reviser:
        """Over the chosen texts only (None or empty: every text); sharing the store, schedule and grader."""
        from tutor.revision.reviser import Reviser

        whole = self.reviser
        bank = whole.bank.within(sources)
        return whole if bank is whole.bank else Reviser(bank, self.store, schedule=whole.schedule, grader=whole.grader)

    def titles(self) -> dict[str, str]:
        """Each text's title by its source, in reading order."""
        return {source: text.title for source, text in self.tutor.index.texts.items()}


def open_conversation(tutor: Answerer, knowledge: str | Path | None = None) -> Conversation:
    """The conversation over `tutor` for the terminal: quizzes use the index's quiz items and the learners' progress
    store, opened on the first quiz."""
    from tutor.converse import Conversation

    opened: list[LiveRevision] = []

    def reviser() -> Reviser:
        if not opened:
            opened.append(LiveRevision(tutor, knowledge))
        return opened[0].reviser

    return Conversation(tutor, revision=reviser)


@dataclass(frozen=True)
class IndexBuilt:
    """The index and its quiz items are current."""

    folder: Path
    reason: str | None  # why the index was built ("forced", "knowledge/x.md edited", …); None: it was current
    manifest: dict[str, Any] | None  # the new index's manifest (counts, embedded, build_seconds); None when kept


@dataclass(frozen=True)
class FaqBuilt:
    """The FAQ's answers are made, beside the index."""

    folder: Path
    entries: int


def add_texts(paths: list[Path], knowledge: str | Path | None = None) -> list[Added]:
    """Documents converted into the knowledge folder (see `tutor.ingest.convert`); the index is not touched."""
    from tutor.ingest.convert import add_documents

    return add_documents(paths, config.knowledge_dir(knowledge))


def build_everything(
    notify: Notify,
    knowledge: str | Path | None = None,
    index: str | Path | None = None,
    embedder: Embedder | None = None,
    force: bool = False,
) -> Iterator[IndexBuilt | FaqBuilt]:
    """The whole build, one step at a time: the index (only if it changed, unless `force`), its quiz items,
    then the FAQ. `notify` hears, before the long part, why the index is being built."""
    from tutor.faq import open_faq
    from tutor.index.build import build_index
    from tutor.index.embedding import default_embedder
    from tutor.index.load import stale_reason
    from tutor.ingest.chunking import ChunkerSettings
    from tutor.revision.bank import ensure_item_bank

    knowledge, index = config.knowledge_dir(knowledge), config.index_dir(index)
    embedder = embedder or default_embedder()
    reason = "forced" if force else stale_reason(knowledge, index, embedder, ChunkerSettings())
    manifest = None
    if reason is not None:
        notify(f"Building the index ({reason})…")
        manifest = build_index(knowledge, index, embedder)
    # quiz items are part of the build (written now if an older build had none)
    _stage(notify, "quiz items", lambda: ensure_item_bank(knowledge, index, notify))
    yield IndexBuilt(index, reason, manifest)
    faq = _stage(
        notify, "FAQ", lambda: open_faq(open_tutor(knowledge, index, rebuild=False, embedder=embedder), notify)
    )
    yield FaqBuilt(index, len(faq.entries) if faq else 0)


def _stage(notify: Notify, name: str, work: Callable[[], T]) -> T | None:
    """A build stage after the index: a failure the user cannot fix is named, the index is kept, and the next
    build (or the first use of that stage) tries again, since nothing of the stage was written."""
    try:
        return work()
    except TutorError:
        raise
    except Exception as e:  # noqa: BLE001 - the index is built; one later stage must not lose it
        log.warning("the %s stage failed", name, exc_info=True)
        notify(
            f"The {name} could not be made ({type(e).__name__}: {e}); the index is built and kept, and the next "
            f"`tutor build` tries the {name} again. Please report this with the text that caused it."
        )
        return None
