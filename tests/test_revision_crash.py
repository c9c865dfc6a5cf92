"""`kill -9` during revision: the progress database stays whole and keeps every answer already acknowledged."""

from __future__ import annotations

import os
import random
import re
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.revision_helpers import bank_for
from tutor.revision.store import ProgressStore

pytestmark = pytest.mark.slow  # kills revision subprocesses

ROOT = Path(__file__).resolve().parent.parent
VICTIM = ROOT / "tests" / "revise_victim.py"
ROUNDS = 5
LEARNERS = ("ann", "ben")


def _start(db: Path, items: Path, learner: str, first: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    argv = [sys.executable, str(VICTIM), str(db), str(items), learner, str(first)]
    return subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _read_lines(proc: subprocess.Popen[str]) -> tuple[list[str], threading.Thread]:
    """The process's stdout lines as they come (a thread reads them, so a kill never blocks the test)."""
    lines: list[str] = []

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return lines, reader


def _wait_for_first_ack(proc: subprocess.Popen[str], lines: list[str], timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if any(line.startswith("ACK") for line in lines):
            return
        if proc.poll() is not None:
            raise AssertionError(f"the learner process died: {proc.stderr.read() if proc.stderr else ''}")
        time.sleep(0.02)
    raise AssertionError("the learner process acknowledged nothing within a minute")


def _numbers(answers: list[str]) -> list[int]:
    return [int(m.group(1)) for a in answers if (m := re.search(r"#(\d+)$", a))]


def test_kill_9_at_random_moments_keeps_every_acknowledged_answer(knowledge: Path, tmp_path: Path) -> None:
    bank_for(knowledge, tmp_path / "index")
    items = tmp_path / "index" / "items.jsonl"
    db = tmp_path / "progress.sqlite3"
    rng = random.Random(os.environ.get("TUTOR_KILL_SEED", "7"))
    acked: dict[str, set[int]] = {name: set() for name in LEARNERS}
    kills = 0
    for _ in range(ROUNDS):
        stored = {name: len(ProgressStore(db).reviews(name)) if db.exists() else 0 for name in LEARNERS}
        procs = {name: _start(db, items, name, stored[name]) for name in LEARNERS}
        out = {name: _read_lines(p) for name, p in procs.items()}
        for name, proc in procs.items():
            _wait_for_first_ack(proc, out[name][0])
        time.sleep(rng.uniform(0.05, 0.8))  # both learners are answering: kill them wherever they are
        for proc in procs.values():
            proc.kill()
        for name, proc in procs.items():
            proc.wait(timeout=30)
            assert proc.returncode == -9
            kills += 1
            lines, reader = out[name]
            reader.join(timeout=30)  # it has read everything the pipe still held when the process died
            text = "".join(lines)
            acked[name] |= {int(n) for n in re.findall(rf"^ACK {name} #(\d+)$", text, re.M)}

        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        store = ProgressStore(db)
        for name in LEARNERS:
            numbers = _numbers([r.answer for r in store.reviews(name)])
            assert acked[name] <= set(numbers), f"{name}: acknowledged answers lost: {acked[name] - set(numbers)}"
            assert numbers == list(range(len(numbers))), f"{name}: answers missing or doubled: {numbers}"
            assert len(numbers) <= max(acked[name]) + 2  # at most the one being acknowledged when killed
            reviewed = {r.item_id for r in store.reviews(name)}
            assert set(store.cards(name)) == reviewed  # every card has its review and the other way round
    assert kills == ROUNDS * len(LEARNERS)
    assert all(len(a) >= ROUNDS for a in acked.values())
    print(f"\nkill -9 x{kills}: acknowledged answers kept: " + ", ".join(f"{n} {len(a)}" for n, a in acked.items()))
