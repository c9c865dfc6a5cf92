"""Shared fixtures: a deterministic fake embedder, a small knowledge folder, the real model once per session."""

from __future__ import annotations

import hashlib
import importlib.abc
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pytest

from tutor.english.text import content_terms

if TYPE_CHECKING:
    from helpers import NetworkGuard
    from playwright.sync_api import Browser

    from tutor.index.embedding import SentenceTransformerEmbedder
    from tutor.service import LiveTutor

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "knowledge" / "cyber-diplomacy.md"
DEV_SET = ROOT.parent / "shared" / "eval" / "dev.jsonl"

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


# ------------------------------------------------------------------ tiers

SLOW_MARKERS = ("model", "browser", "load")
MODEL_PACKAGES = {"torch", "sentence_transformers", "transformers"}  # the fast tier never loads the real model


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The real model, a browser and load runs are slow by definition: `make test-fast` (-m "not slow") skips them."""
    for item in items:
        if any(item.get_closest_marker(name) for name in SLOW_MARKERS) and not item.get_closest_marker("slow"):
            item.add_marker(pytest.mark.slow)


def _fast_run(config: pytest.Config) -> bool:
    return "not slow" in (config.getoption("markexpr", "") or "")


@pytest.fixture(autouse=True)
def _fast_tier_guard(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """In a fast run (-m "not slow"), a test that spawns a process, listens on a socket or imports the real model's
    packages fails: it belongs in the slow tier. Recorded as well as raised, so code that swallows the error still
    fails. Costs a few attribute swaps per test; off in full runs."""
    if not _fast_run(request.config):
        yield
        return
    tripped: list[str] = []

    def refuse(what: str) -> Any:
        def guard(*args: Any, **kwargs: Any) -> Any:
            tripped.append(what)
            raise RuntimeError(f"{what} in the fast tier: mark this test @pytest.mark.slow")

        return guard

    class RefuseModelImports(importlib.abc.MetaPathFinder):
        def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
            if name.partition(".")[0] in MODEL_PACKAGES:
                refuse(f"an import of {name} (the real model)")()

    monkeypatch.setattr(subprocess.Popen, "__init__", refuse("a subprocess"))
    monkeypatch.setattr(os, "fork", refuse("a fork"))
    monkeypatch.setattr(socket.socket, "listen", refuse("a listening socket (a server)"))
    monkeypatch.setattr(sys, "meta_path", [RefuseModelImports(), *sys.meta_path])
    yield
    if tripped:
        pytest.fail(f"{request.node.nodeid} is not fast ({', '.join(sorted(set(tripped)))}): mark it @pytest.mark.slow")


# ------------------------------------------------------------------ fixtures


@lru_cache(maxsize=50_000)
def _fake_vector(text: str, dim: int) -> np.ndarray:
    """One text's fake embedding; cached because every test that builds an index embeds the same chunks."""
    out = np.zeros(dim, dtype=np.float32)
    for term in content_terms(text) or ["_empty_"]:
        h = int(hashlib.md5(term.encode()).hexdigest(), 16)
        out[h % dim] += 1.0 if (h >> 8) & 1 else -1.0
    norm = np.linalg.norm(out)
    out = out / norm if norm else out
    if not norm:
        out[0] = 1.0
    out.flags.writeable = False
    return out


class FakeEmbedder:
    """Bag of hashed stems: texts that share words are close. Deterministic and instant."""

    model_id = "fake/hashing"
    dim = 64

    def __init__(self) -> None:
        self.calls = 0
        self.texts = 0

    def embed(self, texts: list[str], progress: bool = False) -> np.ndarray:
        self.calls += 1
        self.texts += len(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i] = _fake_vector(text, self.dim)
        return out


@pytest.fixture(autouse=True)
def _tutor_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Learner data never touches the real home folder."""
    home = tmp_path_factory.mktemp("tutor-home")
    monkeypatch.setenv("TUTOR_HOME", str(home))
    return home


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    """A copy of the real knowledge folder that a test may change."""
    folder = tmp_path / "knowledge"
    folder.mkdir()
    shutil.copy(ARTICLE, folder / ARTICLE.name)
    return folder


@pytest.fixture(scope="session")
def real_embedder() -> SentenceTransformerEmbedder:
    from tutor.index.embedding import default_embedder

    embedder = default_embedder()
    embedder.embed(["warm up"])
    return embedder


@pytest.fixture(scope="session")
def real_index_dir(tmp_path_factory: pytest.TempPathFactory, real_embedder: SentenceTransformerEmbedder) -> Path:
    """The article indexed once per session with the real model."""
    from tutor.index.build import build_index

    folder = tmp_path_factory.mktemp("real")
    knowledge = folder / "knowledge"
    knowledge.mkdir()
    shutil.copy(ARTICLE, knowledge / ARTICLE.name)
    build_index(knowledge, folder / "index", real_embedder, progress=False)
    return folder


@pytest.fixture(scope="session")
def real_tutor(real_index_dir: Path, real_embedder: SentenceTransformerEmbedder) -> LiveTutor:
    from tutor.service import open_tutor

    return open_tutor(real_index_dir / "knowledge", real_index_dir / "index", rebuild=False, embedder=real_embedder)


@pytest.fixture
def no_network() -> Iterator[NetworkGuard]:
    """Fails the test if anything tries to reach a host other than loopback (see helpers.NetworkGuard)."""
    from helpers import network_guard

    with network_guard() as guard:
        yield guard
    assert not guard.attempts, f"outbound connections attempted: {guard.attempts}"


@pytest.fixture(scope="session")
def fake_article_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The article indexed once per session with the fake embedder: knowledge/ and index/ side by side."""
    from tutor.index.build import build_index

    folder = tmp_path_factory.mktemp("fake")
    (folder / "knowledge").mkdir()
    shutil.copy(ARTICLE, folder / "knowledge" / ARTICLE.name)
    build_index(folder / "knowledge", folder / "index", FakeEmbedder(), progress=False)
    return folder


@pytest.fixture(scope="session")
def fake_article_tutor(fake_article_dir: Path) -> LiveTutor:
    """A tutor over the article with the fake embedder; shared, so tests must not change it."""
    from tutor.service import open_tutor

    return open_tutor(
        fake_article_dir / "knowledge", fake_article_dir / "index", rebuild=False, embedder=FakeEmbedder()
    )


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, knowledge: Path, tmp_path: Path) -> Path:
    """CLI commands run on a temporary knowledge/index pair with the fake embedder."""
    fake = FakeEmbedder()
    monkeypatch.setattr("tutor.index.embedding.default_embedder", lambda: fake)
    monkeypatch.setenv("TUTOR_KNOWLEDGE", str(knowledge))
    monkeypatch.setenv("TUTOR_INDEX", str(tmp_path / "index"))
    return tmp_path


CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parent / "screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing in CI: .ci/run installs it with apt-get install -y chromium")
        pytest.skip(f"{CHROMIUM} is missing: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()
