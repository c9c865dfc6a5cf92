"""Learner progress in SQLite (`$TUTOR_HOME/progress.sqlite3`): learners, cards, reviews, path position.

WAL mode with full sync, one transaction per answered item (review + card + path position together), so
a crash never loses an answer that was shown as graded. The schema carries a version
(`PRAGMA user_version`) and is brought up to date by numbered migrations when opened.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from tutor import config
from tutor.errors import TutorError

DB_FILE = "progress.sqlite3"
MAX_NAME = 64
BUSY_SECONDS = 10.0  # how long an operation waits for another learner's write before giving up

# Each migration takes the schema from version n-1 to n. Never edit one that has shipped: add another.
MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE learners (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE TABLE cards (
        learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        card TEXT NOT NULL,
        due TEXT NOT NULL,
        PRIMARY KEY (learner_id, item_id)
    );
    CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        reviewed_at TEXT NOT NULL,
        answer TEXT NOT NULL,
        score REAL NOT NULL,
        rating TEXT NOT NULL,
        due TEXT NOT NULL
    );
    CREATE INDEX reviews_by_learner ON reviews (learner_id, item_id, reviewed_at);
    """,
    2: """
    ALTER TABLE reviews ADD COLUMN section TEXT NOT NULL DEFAULT '';
    CREATE INDEX cards_by_due ON cards (learner_id, due);
    CREATE TABLE path_state (
        learner_id INTEGER PRIMARY KEY REFERENCES learners(id) ON DELETE CASCADE,
        section TEXT NOT NULL,
        stage TEXT NOT NULL,
        asked TEXT NOT NULL DEFAULT '[]',
        updated TEXT NOT NULL
    );
    """,
    # sections are (text, title): a review names its text, and the guided path keeps a place per learner and per
    # scope (the texts being revised, "" for all of them); the one place a learner had is kept as their place in all
    3: """
    ALTER TABLE reviews ADD COLUMN source TEXT NOT NULL DEFAULT '';
    CREATE TABLE path_places (
        learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        scope TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        section TEXT NOT NULL,
        stage TEXT NOT NULL,
        asked TEXT NOT NULL DEFAULT '[]',
        updated TEXT NOT NULL,
        PRIMARY KEY (learner_id, scope)
    );
    INSERT INTO path_places (learner_id, scope, source, section, stage, asked, updated)
        SELECT learner_id, '', '', section, stage, asked, updated FROM path_state;
    DROP TABLE path_state;
    ALTER TABLE path_places RENAME TO path_state;
    """,
}
SCHEMA_VERSION = max(MIGRATIONS)


class StoreError(TutorError):
    """The progress database cannot be used."""


@dataclass(frozen=True)
class Review:
    learner: str
    item_id: str
    section: str
    reviewed_at: str  # ISO 8601, UTC
    answer: str
    score: float
    rating: str
    due: str  # when the item is due next, ISO 8601 UTC
    source: str = ""  # the item's text ("" in reviews recorded before texts were told apart)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


REVIEW_COLUMNS = ("item_id", "section", "reviewed_at", "answer", "score", "rating", "due", "source")


@dataclass(frozen=True)
class PathState:
    """A place on the guided path: a section (its title, and its text) and how far into it."""

    section: str
    stage: str  # "points" | "check" | "done"
    asked: tuple[str, ...] = ()
    source: str = ""  # the section's text ("" in a place kept before texts were told apart)


def check_name(name: str) -> str:
    clean = " ".join((name or "").split())
    if not clean:
        raise StoreError("give a learner name, e.g. --learner alice")
    if len(clean) > MAX_NAME or any(ord(c) < 32 for c in clean):
        raise StoreError(f"a learner name is at most {MAX_NAME} printable characters: {name[:80]!r}")
    return clean


class ProgressStore:
    """Opens a connection per operation, so web handlers on different threads and several processes can share it."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else config.home_dir() / DB_FILE
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"cannot create {self.path.parent} for learner data ({e}); set TUTOR_HOME") from None
        with self._connect() as conn:
            _use_wal(conn, self.path)
            _migrate(conn, self.path)

    # ------------------------------------------------------------ plumbing

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_SECONDS, isolation_level=None)
        except sqlite3.Error as e:
            raise StoreError(f"cannot open {self.path} ({e}); check TUTOR_HOME") from None
        try:
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            yield conn
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path} is not a usable progress database ({e}); move it aside") from None
        finally:
            conn.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    @property
    def schema_version(self) -> int:
        with self._connect() as conn:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])

    def journal_mode(self) -> str:
        with self._connect() as conn:
            return str(conn.execute("PRAGMA journal_mode").fetchone()[0])

    # ------------------------------------------------------------ learners

    @staticmethod
    def _find_learner(conn: sqlite3.Connection, name: str) -> int | None:
        row = conn.execute("SELECT id FROM learners WHERE name = ?", (check_name(name),)).fetchone()
        return int(row[0]) if row else None

    @staticmethod
    def _learner_id(conn: sqlite3.Connection, name: str) -> int:
        """The learner's id, adding the learner when new (inside a write transaction)."""
        name = check_name(name)
        conn.execute("INSERT OR IGNORE INTO learners (name) VALUES (?)", (name,))
        return int(conn.execute("SELECT id FROM learners WHERE name = ?", (name,)).fetchone()[0])

    def learners(self) -> list[str]:
        with self._connect() as conn:
            return [r[0] for r in conn.execute("SELECT name FROM learners ORDER BY name")]

    # ------------------------------------------------------------ cards and reviews

    def cards(self, learner: str) -> dict[str, dict[str, Any]]:
        with self._connect() as conn:
            lid = self._find_learner(conn, learner)
            if lid is None:
                return {}
            rows = conn.execute("SELECT item_id, card FROM cards WHERE learner_id = ?", (lid,))
            return {r["item_id"]: json.loads(r["card"]) for r in rows}

    def record(self, review: Review, card: dict[str, Any], path: PathState | None = None, scope: str = "") -> None:
        """One answered item: the review, the card's new state and the path position (in `scope`), committed
        together."""
        with self._transaction() as conn:
            lid = self._learner_id(conn, review.learner)
            columns = ", ".join(REVIEW_COLUMNS)
            conn.execute(
                f"INSERT INTO reviews (learner_id, {columns}) VALUES (?{', ?' * len(REVIEW_COLUMNS)})",
                (lid, *(getattr(review, c) for c in REVIEW_COLUMNS)),
            )
            conn.execute(
                "INSERT INTO cards (learner_id, item_id, card, due) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (learner_id, item_id) DO UPDATE SET card = excluded.card, due = excluded.due",
                (lid, review.item_id, json.dumps(card), card["due"]),
            )
            if path is not None:
                self._set_path(conn, lid, path, scope)

    def reviews(self, learner: str, item_id: str | None = None) -> list[Review]:
        with self._connect() as conn:
            lid = self._find_learner(conn, learner)
            if lid is None:
                return []
            sql = "SELECT * FROM reviews WHERE learner_id = ?" + (" AND item_id = ?" if item_id else "")
            args: tuple[Any, ...] = (lid, item_id) if item_id else (lid,)
            rows = conn.execute(sql + " ORDER BY reviewed_at, id", args).fetchall()
        return [Review(learner, **{c: r[c] for c in REVIEW_COLUMNS}) for r in rows]

    # ------------------------------------------------------------ guided path

    def path_state(self, learner: str, scope: str = "") -> PathState | None:
        """The learner's place on the path through `scope` (the texts revised, "" for every text)."""
        with self._connect() as conn:
            lid = self._find_learner(conn, learner)
            if lid is None:
                return None
            row = conn.execute(
                "SELECT source, section, stage, asked FROM path_state WHERE learner_id = ? AND scope = ?", (lid, scope)
            ).fetchone()
        return PathState(row["section"], row["stage"], tuple(json.loads(row["asked"])), row["source"]) if row else None

    def set_path_state(self, learner: str, state: PathState, scope: str = "") -> None:
        with self._transaction() as conn:
            self._set_path(conn, self._learner_id(conn, learner), state, scope)

    @staticmethod
    def _set_path(conn: sqlite3.Connection, lid: int, state: PathState, scope: str) -> None:
        conn.execute(
            "INSERT INTO path_state (learner_id, scope, source, section, stage, asked, updated) "
            "VALUES (?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) "
            "ON CONFLICT (learner_id, scope) DO UPDATE SET source = excluded.source, section = excluded.section, "
            "stage = excluded.stage, asked = excluded.asked, updated = excluded.updated",
            (lid, scope, state.source, state.section, state.stage, json.dumps(list(state.asked))),
        )


def _use_wal(conn: sqlite3.Connection, path: Path) -> None:
    """Switch the file to WAL once (the mode is stored in the file).

    SQLite does not wait on its busy timeout while another connection holds the file during the switch
    (two learners opening a new database at once), so the switch is retried here.
    """
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)
            continue
        if str(mode).lower() != "wal":
            raise StoreError(f"{path} cannot use write-ahead logging (journal mode {mode}); move it aside")
        return


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path} has schema version {version}, newer than this tutor's {SCHEMA_VERSION}; upgrade the tutor"
        )
    if version == SCHEMA_VERSION:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]  # another process may have migrated
        for n in range(version + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[n].split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {n}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
