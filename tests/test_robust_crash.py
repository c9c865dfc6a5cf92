"""`kill -9` during `tutor build` leaves the previous index whole and usable."""

from __future__ import annotations

import os
import random
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, FakeEmbedder
from helpers import assert_citation_contract

from tutor.answer.tutor import Tutor
from tutor.index.build import build_index
from tutor.index.load import load_index, stale_reason
from tutor.ingest.chunking import ChunkerSettings

pytestmark = pytest.mark.slow  # kills `tutor build` subprocesses

VICTIM = Path(__file__).resolve().parent / "build_victim.py"
QUESTION = "What are the challenges of cyber diplomacy?"


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}


def _wait_for(proc: subprocess.Popen[str], line: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        got = proc.stdout.readline()
        if not got:
            raise AssertionError(f"the build ended before {line!r} (exit {proc.wait()})")
        if got.strip() == line:
            return
    raise AssertionError(f"no {line!r} within {timeout} s")


def _kill(proc: subprocess.Popen) -> None:  # type: ignore[type-arg]
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)  # reaped: its pid is dead, so its leftovers count as a dead build's
    assert proc.returncode == -signal.SIGKILL


def _assert_whole_and_usable(knowledge: Path, index: Path) -> None:
    embedder = FakeEmbedder()
    assert stale_reason(knowledge, index, embedder, ChunkerSettings()) is None
    answer = Tutor(load_index(index), embedder).ask(QUESTION)
    assert answer.in_scope
    assert_citation_contract(answer, knowledge)
    leftovers = [
        p.name for p in index.parent.iterdir() if p.name.startswith(f".{index.name}.") and "lock" not in p.name
    ]
    assert not leftovers, leftovers


@pytest.fixture
def built(knowledge: Path, tmp_path: Path) -> tuple[Path, Path]:
    build_index(knowledge, tmp_path / "index", FakeEmbedder(), progress=False)
    return knowledge, tmp_path / "index"


@pytest.mark.parametrize("stage", ["embedding", "write", "swap", "cleanup"])
def test_kill_during_build_leaves_a_whole_index(built, stage: str) -> None:
    knowledge, index = built
    before = (index / "manifest.json").read_bytes()
    proc = subprocess.Popen(
        [sys.executable, str(VICTIM), stage, str(knowledge), str(index)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=_env(),
    )
    try:
        _wait_for(proc, f"STAGE {stage}")
        _kill(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if stage != "cleanup":  # until the swap, the previous index is the one on disk
        _assert_whole_and_usable(knowledge, index)
        assert (index / "manifest.json").read_bytes() == before
    else:  # the new one was already in place
        _assert_whole_and_usable(knowledge, index)
    # and the next build works normally
    build_index(knowledge, index, FakeEmbedder(), progress=False)
    _assert_whole_and_usable(knowledge, index)


def test_kill_at_random_moments_leaves_a_whole_index(built) -> None:
    knowledge, index = built
    rng = random.Random(7)
    landed = 0
    for _ in range(4):
        proc = subprocess.Popen(
            [sys.executable, str(VICTIM), "none", str(knowledge), str(index)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=_env(),
        )
        _wait_for(proc, "STAGE start")
        time.sleep(rng.uniform(0.0, 0.6))  # the fake build lasts longer: the kill lands mid-build
        if proc.poll() is None:
            _kill(proc)
            landed += 1
        else:
            proc.wait()
        _assert_whole_and_usable(knowledge, index)
    assert landed == 4, "a build finished before its kill"


@pytest.mark.model
def test_kill_of_the_real_build_leaves_a_whole_index(real_index_dir: Path, real_embedder, tmp_path: Path) -> None:
    """The real `tutor build`, killed while the model embeds a newly added file."""
    knowledge, index = tmp_path / "knowledge", tmp_path / "index"
    shutil.copytree(real_index_dir / "knowledge", knowledge)
    shutil.copytree(real_index_dir / "index", index)
    before = (index / "manifest.json").read_bytes()
    added = knowledge / "added.md"
    added.write_text(
        "# Added\n\n"
        + " ".join(f"Sentence number {i} talks about treaty {i % 17} and norm {i % 11}." for i in range(2000)),
        encoding="utf-8",
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "tutor.ui.cli", "build", "--knowledge", str(knowledge), "--index", str(index)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=_env(),
    )
    err = _read_until(proc, b"embedding", timeout=120)  # tqdm's bar: it shows after a second of embedding
    assert b"knowledge/added.md added" in err
    _kill(proc)
    assert (index / "manifest.json").read_bytes() == before
    reason = stale_reason(knowledge, index, real_embedder, ChunkerSettings())
    assert reason == "knowledge changed: knowledge/added.md added"  # whole, and honest about the new file
    answer = Tutor(load_index(index), real_embedder).ask(QUESTION)
    assert_citation_contract(answer, knowledge)
    added.unlink()
    assert stale_reason(knowledge, index, real_embedder, ChunkerSettings()) is None


def _read_until(proc: subprocess.Popen[bytes], marker: bytes, timeout: float) -> bytes:
    assert proc.stderr is not None
    fd, buf = proc.stderr.fileno(), b""
    deadline = time.monotonic() + timeout
    while marker not in buf:
        assert time.monotonic() < deadline, f"no {marker!r} within {timeout} s: {buf[-500:]!r}"
        ready, _, _ = select.select([fd], [], [], 1.0)
        if ready:
            chunk = os.read(fd, 4096)
            assert chunk, f"the build ended before {marker!r} (exit {proc.wait()}): {buf[-500:]!r}"
            buf += chunk
    return buf
