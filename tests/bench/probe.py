"""One measured workload per process, so start-up and peak memory are real: `python -m tests.bench.probe MODE …`.

Each mode prints one JSON line of figures on stdout. `BENCH_T0` (the parent's `time.time()` just before it
started this process) lets a mode report time since process start. `--fake` swaps the real model for the
tests' hashing embedder (the smoke test), everywhere the tutor would load it.

Nothing heavy is imported at module level: the `floor` mode must cost what the bare model costs.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import time
from pathlib import Path
from typing import Any


def since_start() -> float:
    return time.time() - float(os.environ["BENCH_T0"])


def embedder(fake: bool) -> Any:
    if fake:
        from tests.conftest import FakeEmbedder

        return FakeEmbedder()
    from tutor.index.embedding import default_embedder

    return default_embedder()


def use_fake_model() -> None:
    """Make the tutor's own `default_embedder()` return the fake one (for `--fake` CLI runs)."""
    import tutor.index.embedding

    fake = embedder(True)
    tutor.index.embedding.default_embedder = lambda: fake  # type: ignore[assignment]


def questions(path: Path) -> list[tuple[str, list[str]]]:
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                history = d.get("history") or ([d["context_question"]] if d.get("context_question") else [])
                out.append((d["question"], list(history)))
    return out


def peak_mb() -> float | None:
    """This process's peak resident memory so far (Linux), to see which phase of a run sets it."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def pct(values: list[float], q: float) -> float:
    """The q-quantile (nearest rank) of `values`."""
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(q * len(s) + 0.5) - 1))]


# ---------------------------------------------------------------- modes


def floor(args: argparse.Namespace) -> dict[str, Any]:
    """The bare model: start → loaded → one question embedded, then the median time to embed one question."""
    qs = [q for q, _ in questions(args.questions)]
    model = embedder(args.fake)
    if not args.fake:
        model._load()
    loaded = since_start()
    model.embed([qs[0]])
    first = since_start()
    times = []
    for _ in range(args.repeat):
        for q in qs:
            t = time.perf_counter()
            model.embed([q])
            times.append(time.perf_counter() - t)
    return {"loaded_s": loaded, "first_s": first, "embed_median_s": statistics.median(times)}


def warm(args: argparse.Namespace) -> dict[str, Any]:
    """`Tutor.ask` on every question, each right after embedding the same question bare (same process, interleaved)."""
    from tutor.service import open_tutor

    qs = questions(args.questions)
    model = embedder(args.fake)
    tutor = open_tutor(args.knowledge, args.index, rebuild=False, embedder=model)
    tutor.ask(*qs[0])
    asks, embeds = [], []
    for _ in range(args.repeat):
        for q, history in qs:
            t = time.perf_counter()
            model.embed([q])
            embeds.append(time.perf_counter() - t)
            t = time.perf_counter()
            tutor.ask(q, history)
            asks.append(time.perf_counter() - t)
    out = {
        **talk(tutor, args.knowledge),
        "ask_median_s": statistics.median(asks),
        "ask_p95_s": pct(asks, 0.95),
        "embed_median_s": statistics.median(embeds),
        "questions": len(qs),
        "chunks": len(tutor.index.chunks),
        "search": tutor.index.manifest.get("search"),
    }
    if args.profile:
        import cProfile
        import io
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        for q, history in qs:
            tutor.ask(q, history)
        prof.disable()
        stream = io.StringIO()
        pstats.Stats(prof, stream=stream).sort_stats("cumulative").print_stats(30)
        print(stream.getvalue(), file=sys.stderr)
    return out


TALK = ("What is this text about?", "Summarize the text", "thanks!")  # replies that quote no answer to a question


def talk(tutor: Any, knowledge: Path) -> dict[str, Any]:
    """The conversation's own replies (an overview, a summary, small talk): the first, which reads the index's
    sentences once, then the median of the rest."""
    from tutor.converse import Dialog
    from tutor.service import open_conversation

    conversation = open_conversation(tutor, knowledge)
    t = time.perf_counter()
    conversation.reply(TALK[0], Dialog())
    first = time.perf_counter() - t
    times = []
    for _ in range(5):
        for message in TALK:
            t = time.perf_counter()
            conversation.reply(message, Dialog())
            times.append(time.perf_counter() - t)
    return {"talk_first_s": first, "talk_median_s": statistics.median(times)}


class CountingEmbedder:
    """Passes through to a model, keeping the time spent in it and the number of texts."""

    def __init__(self, model: Any) -> None:
        self.model = model
        self.model_id, self.dim = model.model_id, model.dim
        self.seconds = 0.0
        self.texts = 0

    def embed(self, texts: list[str], progress: bool = False) -> Any:
        t = time.perf_counter()
        out = self.model.embed(texts)
        self.seconds += time.perf_counter() - t
        self.texts += len(texts)
        return out


def build(args: argparse.Namespace) -> dict[str, Any]:
    """Raw embedding throughput on the build's own texts, a full build, then a rebuild after editing one file."""
    from tutor.index.build import build_index
    from tutor.ingest.chunking import chunk_documents
    from tutor.ingest.reading import knowledge_files, read_knowledge

    model = embedder(args.fake)
    model.embed(["warm up"] * 8)
    import bm25s  # noqa: F401 - start-up costs (model, libraries) are not build throughput
    import faiss  # noqa: F401

    peaks = {"model": peak_mb()}
    chunks = chunk_documents(read_knowledge(args.knowledge))
    texts = list(dict.fromkeys([c.indexed_text for c in chunks] + [c.unit_text(u) for c in chunks for u in c.units]))
    sample = texts[:: max(1, len(texts) // args.sample)] if args.sample else texts
    raw_s, build_s, counting = float("inf"), float("inf"), CountingEmbedder(model)
    for _ in range(args.builds):  # best of N, raw and build alternating: noise only ever adds time
        t = time.perf_counter()
        model.embed(sample)
        raw_s = min(raw_s, time.perf_counter() - t)
        peaks.setdefault("raw", peak_mb())
        shutil.rmtree(args.index, ignore_errors=True)  # a full build: nothing to reuse
        attempt = CountingEmbedder(model)
        t = time.perf_counter()
        manifest = build_index(args.knowledge, args.index, attempt, progress=False)
        if time.perf_counter() - t < build_s:
            build_s, counting = time.perf_counter() - t, attempt
        peaks.setdefault("build", peak_mb())

    # edit one file: its sentences change, every other file stays as it was
    first = knowledge_files(args.knowledge)[0]
    original = first.read_text(encoding="utf-8")
    first.write_text(original.replace(". ", ". Indeed, ", 3) + "\n\nA sentence added for the rebuild test.\n", "utf-8")
    edited = [c for c in chunk_documents(read_knowledge(args.knowledge)) if c.source.endswith(first.name)]
    again = CountingEmbedder(model)
    t = time.perf_counter()
    rebuilt = build_index(args.knowledge, args.index, again, progress=False)
    rebuild_s = time.perf_counter() - t
    peaks["rebuild"] = peak_mb()
    first.write_text(original, "utf-8")
    build_index(args.knowledge, args.index, again.model, progress=False)  # leave the index current for cold starts
    return {
        "chunks": len(chunks),
        "texts": len(texts),
        "raw_texts_per_s": len(sample) / raw_s,
        "raw_sample": len(sample),
        "build_s": build_s,
        "build_embed_s": counting.seconds,
        "build_texts": counting.texts,
        "rebuild_s": rebuild_s,
        "rebuild_texts": again.texts,
        "edited_file_texts": len(edited) + sum(len(c.units) for c in edited),
        "files": len(knowledge_files(args.knowledge)),
        "search": manifest.get("search"),
        "rebuild_reused": rebuilt["embedded"]["reused"],
        "peak_mb_after": peaks,
    }


def scaling(args: argparse.Namespace) -> dict[str, Any]:
    """Every stage besides the model (reading, chunking, word search, quiz items, FAQ), with the fake embedder, on
    the first half of each text in `--knowledge` and on the whole: a cost that grows faster than the text (a step
    comparing every sentence with every other) shows as a ratio well above 2."""
    import tempfile

    from tests.conftest import FakeEmbedder
    from tutor.service import build_everything

    def best_build(folder: Path) -> float:
        best = float("inf")
        for _ in range(args.builds):
            shutil.rmtree(folder / "index", ignore_errors=True)
            t = time.perf_counter()
            list(build_everything(lambda m: None, folder / "knowledge", folder / "index", FakeEmbedder()))
            best = min(best, time.perf_counter() - t)
        return best

    with tempfile.TemporaryDirectory() as tmp:
        sizes: dict[str, int] = {}
        for part in ("half", "whole"):
            (Path(tmp) / part / "knowledge").mkdir(parents=True)
        for path in sorted(args.knowledge.iterdir()):
            text = path.read_text(encoding="utf-8")
            half = text[: text.rfind("\n", 0, len(text) // 2) + 1]
            (Path(tmp) / "half" / "knowledge" / path.name).write_text(half, encoding="utf-8")
            (Path(tmp) / "whole" / "knowledge" / path.name).write_text(text, encoding="utf-8")
            sizes["half"], sizes["whole"] = sizes.get("half", 0) + len(half), sizes.get("whole", 0) + len(text)
        return {
            "half_s": best_build(Path(tmp) / "half"),
            "whole_s": best_build(Path(tmp) / "whole"),
            "half_chars": sizes["half"],
            "whole_chars": sizes["whole"],
        }


def cli(args: argparse.Namespace) -> dict[str, Any]:
    """The real `tutor` command line (with the fake model under `--fake`); its output goes to stdout as usual."""
    if args.fake:
        use_fake_model()
    from tutor.ui.cli import main

    code = main(args.rest)
    sys.stdout.flush()
    raise SystemExit(code)


MODES = {"floor": floor, "warm": warm, "build": build, "scaling": scaling, "cli": cli}


def main() -> None:
    p = argparse.ArgumentParser(prog="python -m tests.bench.probe")
    p.add_argument("mode", choices=MODES)
    p.add_argument("--fake", action="store_true", help="the tests' hashing embedder instead of the real model")
    p.add_argument("--knowledge", type=Path)
    p.add_argument("--index", type=Path)
    p.add_argument("--questions", type=Path)
    p.add_argument("--repeat", type=int, default=1)
    p.add_argument("--sample", type=int, default=0, help="raw throughput on about this many of the texts (0: all)")
    p.add_argument("--builds", type=int, default=1, help="build this many times, keep the fastest")
    p.add_argument("--profile", action="store_true", help="print a cProfile of the asks on stderr")
    argv = sys.argv[1:]
    split = argv.index("--") if "--" in argv else len(argv)
    args = p.parse_args(argv[:split])
    args.rest = argv[split + 1 :]  # for `cli`: the tutor arguments
    print(json.dumps(MODES[args.mode](args)), flush=True)


if __name__ == "__main__":
    main()
