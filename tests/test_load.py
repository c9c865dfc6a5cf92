"""Many learners at once: the real app in its own process, under the loopback-only network guard.

20 `gradio_client` sessions ask 10 questions each, at the same time. Every question is answered, each
session's follow-ups are resolved from its own history (the same "Tell me more about it." asked in every
session must quote that session's subject), p50/p95 latency is printed, and the server never tried to
open a connection beyond loopback while it loaded, answered and served.

Marked `load`: `make test` runs it with the rest; `pytest -m load` runs it alone.
"""

from __future__ import annotations

import os
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SESSIONS = 20
QUESTIONS = 10
DEADLINE_S = 300  # the whole run, all sessions together
START_S = 180  # the server: load the model, open the index, bind the port

# Subjects whose follow-ups only make sense with this session's own history: (first question,
# a marker the first answer and the generic follow-up must quote, a specific follow-up, its marker).
SUBJECTS = {
    "us-strategy": (
        "What is the US International Strategy for Cyberspace?",
        "International Strategy for Cyberspace",
        "What pillars does it rely on?",
        "diplomacy, defense, and development",
    ),
    "ungge": ("What is the UNGGE?", "UNGGE", "When did it publish its report?", "2015"),
    "practitioners": (
        "Who are the practitioners of cyber diplomacy?",
        "Ministry of Foreign Affairs",
        "Which ministry leads it?",
        "Ministry of Foreign Affairs",
    ),
    "function": (
        "What is the main function of cyber diplomacy?",
        "diplomatic instruments",
        "What are its diplomatic agendas?",
        "human rights",
    ),
    "future": ("What is the future of cyber diplomacy?", "long way to go", "What threats remain?", "hybrid threats"),
}
FOLLOW_UP = "Tell me more about it."
STANDALONE = (
    "How is cyber diplomacy defined?",
    "Who was the first cyber-diplomat?",
    "What are the advantages of cyber diplomacy?",
    "How is cyber diplomacy different from other forms of diplomacy?",
    "What is a good recipe for pancakes?",  # refused, which is an answer too
)


@dataclass(frozen=True)
class Step:
    question: str
    marker: str | None  # text the reply must quote (follow-ups: proves this session's history was used)


def session_script(n: int) -> list[Step]:
    """Session n: two subjects (different from its neighbours'), each with two follow-ups, and standalones."""
    names = list(SUBJECTS)
    a, b = names[n % len(names)], names[(n + 2) % len(names)]
    solo = [STANDALONE[(n + k) % len(STANDALONE)] for k in range(4)]
    steps = [Step(solo[0], None)]
    for name in (a, b):
        first, marker, specific, specific_marker = SUBJECTS[name]
        steps += [Step(first, marker), Step(FOLLOW_UP, marker), Step(specific, specific_marker)]
        steps.append(Step(solo[1 if name == a else 2], None))
    steps.append(Step(solo[3], None))
    assert len(steps) == QUESTIONS
    return steps


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _text(message: dict) -> str:  # type: ignore[type-arg]
    content = message["content"]
    if isinstance(content, list):
        return " ".join(part.get("text", "") for part in content if isinstance(part, dict))
    return str(content)


def _plain(html_text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html_text)).replace("&#x27;", "'").replace("&quot;", '"')


@pytest.fixture(scope="module")
def served(real_index_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """`tutor serve` in its own process under tests/guarded.py; yields (url, guard log)."""
    work = tmp_path_factory.mktemp("load")
    log = work / "refused.log"
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "TRANSFORMERS_"))}
    env |= {"TUTOR_HOME": str(work / "home"), "GRADIO_ANALYTICS_ENABLED": "False", "PYTHONPATH": str(ROOT)}
    argv = [sys.executable, str(ROOT / "tests" / "guarded.py"), str(log), "-m", "tutor.ui.cli", "serve"]
    argv += ["--knowledge", str(real_index_dir / "knowledge"), "--index", str(real_index_dir / "index")]
    argv += ["--no-rebuild", "--port", str(port), "--no-browser"]
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)
            if "The tutor is at" in line:
                ready.set()

    threading.Thread(target=read, daemon=True).start()
    try:
        if not ready.wait(START_S):
            pytest.fail(f"the server did not start in {START_S} s:\n{''.join(lines)[-3000:]}")
        yield f"http://127.0.0.1:{port}/", log
    finally:
        proc.kill()
        proc.wait(timeout=30)


@pytest.mark.load
@pytest.mark.model
def test_twenty_learners_at_once_get_answers_from_their_own_history(served: tuple[str, Path]) -> None:
    from gradio_client import Client

    url, log = served
    latencies: list[float] = []
    problems: list[str] = []
    answered = [0] * SESSIONS
    lock = threading.Lock()
    deadline = time.monotonic() + DEADLINE_S

    def learner(n: int) -> None:
        client = Client(url, verbose=False)
        chat: list = []  # type: ignore[type-arg]
        for step in session_script(n):
            if time.monotonic() > deadline:
                return
            start = time.monotonic()
            chat, sources, box = client.predict(step.question, chat, api_name="/chat")
            took = time.monotonic() - start
            reply = _text(chat[-1]) if chat else ""
            found: list[str] = []
            if box != "" or not re.search(r'class="tutor-(answer|refusal)"', reply):
                found.append(f"no answer: {reply[:200]!r}")
            elif step.marker and step.marker not in _plain(reply):
                found.append(f"does not quote {step.marker!r}: {_plain(reply)[:300]!r}")
            with lock:
                latencies.append(took)
                answered[n] += not found
                problems.extend(f"session {n}, {step.question!r}: {p}" for p in found)

    with ThreadPoolExecutor(SESSIONS) as pool:
        futures = [pool.submit(learner, n) for n in range(SESSIONS)]
        done, pending = wait(futures, timeout=DEADLINE_S + 30)
    assert not pending, f"{len(pending)} sessions still running after {DEADLINE_S} s"
    for f in done:
        f.result()  # re-raise a session's exception, if any

    ordered = sorted(latencies)
    p50 = statistics.median(ordered)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * len(ordered)) - 1)]
    print(
        f"\nload: {SESSIONS} sessions x {QUESTIONS} questions, {len(latencies)} answered in total; "
        f"latency p50 {p50:.2f} s, p95 {p95:.2f} s, max {ordered[-1]:.2f} s"
    )
    assert not problems, "\n".join(problems[:20])
    assert answered == [QUESTIONS] * SESSIONS
    refused = log.read_text(encoding="utf-8") if log.exists() else ""
    assert refused == "", f"the server tried to connect beyond loopback:\n{refused}"
