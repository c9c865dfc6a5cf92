"""`tutor build --force` with the fake model, pausing at a named stage so a test can `kill -9` it there.

Usage: python tests/build_victim.py STAGE KNOWLEDGE INDEX
STAGE: embedding (inside the model), write (files written, not yet swapped), swap (between the two
renames), cleanup (new index in place, old one being deleted), none (no pause: the kill lands anywhere).
Vectors of the previous build are not reused, so the build really embeds everything again.
It prints "STAGE <name>" when it gets there and then sleeps.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
from conftest import FakeEmbedder  # noqa: E402

import tutor.index.layout  # noqa: E402
import tutor.index.vectors  # noqa: E402
import tutor.ui.cli  # noqa: E402


def pause(stage: str) -> None:
    print(f"STAGE {stage}", flush=True)
    time.sleep(120)


class SlowFake(FakeEmbedder):
    def __init__(self, stage: str) -> None:
        super().__init__()
        self.stage = stage

    def embed(self, texts: list[str], progress: bool = False):  # type: ignore[no-untyped-def]
        out = super().embed(texts, progress)
        if self.stage == "embedding" and self.calls == 2:
            pause("embedding")
        time.sleep(0.15 if self.stage == "none" else 0.01)  # "none": the build lasts over 0.75 s after "STAGE start"
        return out


def main() -> int:
    stage, knowledge, index = sys.argv[1:4]
    model = SlowFake(stage)
    tutor.ui.cli._embedder = lambda: model  # type: ignore[assignment]
    # the knowledge is unchanged, so a build would reuse every vector; make it embed them all again
    assert hasattr(tutor.index.vectors, "_reuse_previous"), "the build's reuse step was renamed: patch the new one"
    tutor.index.vectors._reuse_previous = lambda index, embedder, keys, out: np.zeros(len(keys), dtype=bool)
    if stage == "write":
        assert hasattr(tutor.index.layout, "_fsync_tree"), "the writer's sync step was renamed: patch the new one"
        real_fsync = tutor.index.layout._fsync_tree

        def fsync_then_pause(folder: Path) -> None:
            real_fsync(folder)
            pause("write")

        tutor.index.layout._fsync_tree = fsync_then_pause
    elif stage == "swap":
        real_replace = os.replace
        calls = []

        def replace(a, b):  # type: ignore[no-untyped-def]
            real_replace(a, b)
            calls.append(a)
            if len(calls) == 1 and ".old-" in str(b):
                pause("swap")

        tutor.index.layout.os.replace = replace  # type: ignore[attr-defined]
    elif stage == "cleanup":
        real_rmtree = tutor.index.layout.shutil.rmtree

        def rmtree(path, *args, **kwargs):  # type: ignore[no-untyped-def]
            if f".old-{os.getpid()}" in str(path):
                for p in sorted(Path(path).iterdir())[:2]:  # half deleted
                    real_rmtree(p) if p.is_dir() else p.unlink()
                pause("cleanup")
            return real_rmtree(path, *args, **kwargs)

        tutor.index.layout.shutil.rmtree = rmtree  # type: ignore[attr-defined]
    print("STAGE start", flush=True)
    return tutor.ui.cli.main(["build", "--force", "--knowledge", knowledge, "--index", index])


if __name__ == "__main__":
    raise SystemExit(main())
