"""The benchmark: `make bench`, or `python -m tests.bench.run [--quick] [--chunks N]`. Prints one table.

Every figure comes from its own process (so start-up and peak memory are real) and is set against a floor
measured in the same run: the bare embedding model. Cold starts and bare-model starts alternate, and warm
asks alternate with bare embeddings of the same question, so a busy machine slows both sides of a ratio.
Start-up and build times are the best of several runs (noise only ever adds time); ask times are medians.

Three knowledge bases: a copy of `knowledge/`; one of `--chunks` chunks generated from its sentences
(tests/bench/corpus.py); and a book, the text of a 352-page book as a PDF extraction gives it (issue 17; see
tests/data/texts/SOURCES.md), asked `tests/bench/book_questions.jsonl`, which is also built once as a user builds
it, `tutor build` from process start to the FAQ written. All in a temporary folder that is deleted afterwards.
`--quick` runs everything on small bases with the tests' hashing embedder: it checks the harness, its times mean
nothing.
"""

from __future__ import annotations

import argparse
import json
import lzma
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.bench.corpus import article_sentences, write_corpus
from tutor import config

ROOT = Path(__file__).resolve().parents[2]
DEV_SET = ROOT.parent / "shared" / "eval" / "dev.jsonl"
BOOK = ROOT / "tests" / "data" / "books" / "free-culture.txt.xz"
BOOK_QUESTIONS = ROOT / "tests" / "bench" / "book_questions.jsonl"
GB = 1024**3

# targets (issue 6)
ASK_RATIO = 2.0
BIG_ASK_RATIO = 3.0
COLD_MARGIN_S = 1.5
HELP_S = 0.5
BUILD_SHARE = 0.90
BIG_PEAK_BYTES = 1 * GB
BOOK_BUILD_S = 90.0  # issue 17: the whole `tutor build` of the book, on this 2-core machine
SCALING_RATIO = 2.5  # the text doubles: the stages besides the model may take at most this much longer


@dataclass
class Run:
    """One finished child process."""

    wall_s: float
    first_line_s: float | None
    peak_bytes: int
    stdout: str
    data: dict[str, Any] = field(default_factory=dict)


def run(argv: list[str], first_line: bool = False) -> Run:
    """Start `argv` with this Python and PYTHONPATH; time it from start to exit (and to its first line of output)."""
    env = dict(
        os.environ, PYTHONUNBUFFERED="1", PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    )
    env.setdefault("HF_HUB_OFFLINE", "1")
    env.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    with tempfile.TemporaryFile() as err:
        t0 = time.time()
        env["BENCH_T0"] = repr(t0)
        proc = subprocess.Popen([sys.executable, *argv], stdout=subprocess.PIPE, stderr=err, env=env, cwd=ROOT)
        assert proc.stdout is not None
        head = proc.stdout.readline()
        first = time.time() - t0 if first_line and head else None
        rest = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.time() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        proc.stdout.close()
        out = (head + rest).decode("utf-8", "replace")
        if proc.returncode != 0:
            err.seek(0)
            raise SystemExit(
                f"bench: `python {' '.join(argv)}` failed ({proc.returncode}):\n{err.read().decode('utf-8', 'replace')}"
            )
    return Run(wall, first, usage.ru_maxrss * 1024, out)


def probe(mode: str, fake: bool, *args: str | Path) -> Run:
    """A workload of probe.py; its figures are the JSON of its last line."""
    done = run(["-m", "tests.bench.probe", mode, *(["--fake"] if fake else []), *map(str, args)])
    done.data = json.loads(done.stdout.strip().splitlines()[-1])
    return done


def tutor_cli(fake: bool, *args: str | Path) -> list[str]:
    if fake:
        return ["-m", "tests.bench.probe", "cli", "--fake", "--", *map(str, args)]
    return ["-m", "tutor.ui.cli", *map(str, args)]


def write_questions(path: Path, knowledge: Path) -> Path:
    """Without the shared dev set (a bare clone), ask about each section title of the knowledge instead."""
    _, titles = article_sentences(knowledge)
    with path.open("w", encoding="utf-8") as f:
        for title in titles:
            f.write(json.dumps({"question": f"What does the article say about {title.lower().rstrip('?')}?"}) + "\n")
    return path


# ---------------------------------------------------------------- measuring


@dataclass
class Corpus:
    name: str
    knowledge: Path
    index: Path
    build: Run | None = None
    warm: Run | None = None
    cold: list[Run] = field(default_factory=list)
    floors: list[Run] = field(default_factory=list)
    whole_build: Run | None = None  # `tutor build --force` as a user runs it (the book only)
    scaling: Run | None = None  # the stages besides the model on half the text and on all of it (the book only)


def measure(corpus: Corpus, questions: Path, fake: bool, starts: int, builds: int, sample: int, repeat: int) -> None:
    say(f"{corpus.name}: building the index")
    where = ("--knowledge", corpus.knowledge, "--index", corpus.index)
    corpus.build = probe("build", fake, *where, "--sample", sample, "--builds", builds)
    say(f"{corpus.name}: build {corpus.build.data}, peak {mb(corpus.build.peak_bytes)}")
    say(f"{corpus.name}: {starts} cold starts, each next to a bare-model start")
    question = first_question(questions)
    for _ in range(starts):
        corpus.floors.append(probe("floor", fake, "--questions", questions, "--repeat", 1))
        ask = ["ask", "--no-rebuild", "--json", "--knowledge", corpus.knowledge, "--index", corpus.index, question]
        corpus.cold.append(run(tutor_cli(fake, *ask), first_line=True))
        floor, cold = corpus.floors[-1], corpus.cold[-1]
        say(f"{corpus.name}: bare start {floor.data}, cold start {cold.first_line_s:.2f} s, peak {mb(cold.peak_bytes)}")
    say(f"{corpus.name}: warm asks")
    corpus.warm = probe("warm", fake, *where, "--questions", questions, "--repeat", repeat)
    say(f"{corpus.name}: warm {corpus.warm.data}, peak {mb(corpus.warm.peak_bytes)}")


def measure_book(folder: Path, fake: bool, starts: int) -> Corpus:
    """The book: the measures of the other bases, then one whole `tutor build` as a user runs it."""
    knowledge = folder / "knowledge"
    knowledge.mkdir(parents=True)
    (knowledge / "free-culture.txt").write_bytes(lzma.decompress(BOOK.read_bytes()))
    book = Corpus("book (352 pages, plain text)", knowledge, folder / "index")
    measure(book, BOOK_QUESTIONS, fake, starts, builds=1, sample=0 if fake else 1000, repeat=2)
    say(f"{book.name}: the whole `tutor build`")
    whole = ["build", "--force", "--knowledge", knowledge, "--index", folder / "whole-index"]
    book.whole_build = run(tutor_cli(fake, *whole))
    say(f"{book.name}: whole build {book.whole_build.wall_s:.1f} s, peak {mb(book.whole_build.peak_bytes)}")
    book.scaling = probe("scaling", fake, "--knowledge", knowledge, "--builds", 2)
    say(f"{book.name}: the stages besides the model, half and whole: {book.scaling.data}")
    return book


def first_question(path: Path) -> str:
    with path.open(encoding="utf-8") as f:
        return json.loads(f.readline())["question"]


def say(message: str) -> None:
    print(f"… {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- reporting


def ms(s: float) -> str:
    return f"{s * 1000:.1f} ms"


def secs(s: float) -> str:
    return f"{s:.2f} s"


def mb(n: int) -> str:
    return f"{n / 2**20:.0f} MB"


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, ...]] = []
        self.missed: list[str] = []

    def add(
        self,
        what: str,
        value: str,
        floor: str = "",
        ratio: str = "",
        target: str = "",
        ok: bool | None = None,
        peak: int | None = None,
    ) -> None:
        verdict = "" if ok is None else ("ok" if ok else "MISSED")
        if ok is False:
            self.missed.append(what)
        self.rows.append((what, value, floor, ratio, target, verdict, mb(peak) if peak is not None else ""))

    def section(self, title: str) -> None:
        self.rows.append((title,))

    def render(self) -> str:
        head = ("figure", "measured", "floor", "ratio", "target", "", "peak RSS")
        full = [r for r in self.rows if len(r) > 1]
        widths = [max(len(r[i]) for r in [head, *full]) for i in range(len(head))]
        line = lambda r: "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()  # noqa: E731
        out = [line(head), line(tuple("-" * w for w in widths))]
        for r in self.rows:
            out.append(r[0] if len(r) == 1 else line(r))
        return "\n".join(out)


def report(table: Table, corpus: Corpus, judge: bool, ask_target: float = ASK_RATIO, peak_target: bool = False) -> None:
    b, w = corpus.build, corpus.warm
    assert b is not None and w is not None
    files = "file" if b.data["files"] == 1 else "files"
    table.section(f"{corpus.name}: {b.data['files']} {files}, {b.data['chunks']:,} chunks, {b.data['texts']:,} texts")
    if corpus.whole_build is not None:
        whole = corpus.whole_build
        table.add(
            "  whole `tutor build` (start, model, index, quiz items, FAQ)",
            secs(whole.wall_s),
            "",
            "",
            f"≤ {BOOK_BUILD_S:g} s",
            whole.wall_s <= BOOK_BUILD_S if judge else None,
            whole.peak_bytes,
        )
    if corpus.scaling is not None:
        d = corpus.scaling.data
        growth = d["whole_s"] / d["half_s"]
        table.add(
            "  the stages besides the model, half the text → all of it",
            f"{secs(d['half_s'])} → {secs(d['whole_s'])}",
            f"{d['half_chars'] / 1e3:,.0f}k → {d['whole_chars'] / 1e3:,.0f}k chars",
            f"{growth:.2f}×",
            f"≤ {SCALING_RATIO:g}×",
            growth <= SCALING_RATIO if judge else None,
            corpus.scaling.peak_bytes,
        )
    embed = w.data["embed_median_s"]
    ratio = w.data["ask_median_s"] / embed
    table.add(
        "  warm ask, median",
        ms(w.data["ask_median_s"]),
        ms(embed) + " embed",
        f"{ratio:.2f}×",
        f"≤ {ask_target:g}×",
        ratio <= ask_target if judge else None,
        w.peak_bytes,
    )
    table.add("  warm ask, p95", ms(w.data["ask_p95_s"]), "", f"{w.data['ask_p95_s'] / embed:.2f}×")
    talk = w.data["talk_median_s"] / embed
    table.add(
        "  overview, summary, thanks: median (first overview)",
        f"{ms(w.data['talk_median_s'])} ({ms(w.data['talk_first_s'])})",
        ms(embed) + " embed",
        f"{talk:.2f}×",
        f"≤ {ask_target:g}×",
        talk <= ask_target if judge else None,
    )
    cold = min(r.first_line_s or r.wall_s for r in corpus.cold)  # best of N: noise only ever adds time
    floor = min(r.data["first_s"] for r in corpus.floors)
    table.add(
        "  cold start → first answer",
        secs(cold),
        secs(floor) + " bare",
        f"{cold - floor:+.2f} s",
        f"≤ +{COLD_MARGIN_S:g} s",
        cold - floor <= COLD_MARGIN_S if judge else None,
        max(r.peak_bytes for r in corpus.cold),
    )
    texts, chunks = b.data["texts"], b.data["chunks"]
    build_rate = texts / b.data["build_s"]
    share = build_rate / b.data["raw_texts_per_s"]
    sample = "" if b.data["raw_sample"] == texts else f" ({b.data['raw_sample']:,}-text sample)"
    table.add("  index build", secs(b.data["build_s"]), "", "", "", None, b.peak_bytes)
    table.add(
        "  build throughput",
        f"{build_rate:.0f} texts/s, {chunks / b.data['build_s']:.1f} chunks/s",
        f"{b.data['raw_texts_per_s']:.0f} texts/s raw{sample}",
        f"{share:.0%}",
        f"≥ {BUILD_SHARE:.0%}",
        share >= BUILD_SHARE if judge else None,
    )
    table.add(
        "  time in the model during build",
        f"{b.data['build_embed_s'] / b.data['build_s']:.1%}",
        "",
        "",
        "",
        None,
    )
    table.add(
        "  rebuild after editing 1 file",
        f"{b.data['rebuild_texts']:,} texts embedded, {secs(b.data['rebuild_s'])}",
        f"{b.data['edited_file_texts']:,} in the file",
        "",
        "only that file's",
        b.data["rebuild_texts"] <= b.data["edited_file_texts"],
    )
    search = w.data.get("search") or {}
    kind = search.get("kind", search) if isinstance(search, dict) else search
    recall = search.get("recall_at_10") if isinstance(search, dict) else None
    table.add(
        "  vector search",
        str(kind) + (f", recall@10 {recall:.3f}" if recall is not None else ""),
        "",
        "",
        "recall@10 ≥ 0.95" if recall is not None else "",
        recall >= 0.95 if recall is not None else None,
    )
    if peak_target:
        runs = [b, w, *corpus.cold, *([corpus.whole_build] if corpus.whole_build else [])]
        peak = max(r.peak_bytes for r in runs)
        table.add("  peak memory, any run", mb(peak), "", "", "≤ 1 GB", peak <= BIG_PEAK_BYTES if judge else None)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.bench.run", description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true", help="small generated base and a fake model: checks the harness")
    p.add_argument("--chunks", type=int, help="size of the generated knowledge base (default 10000; 200 with --quick)")
    p.add_argument("--questions", type=Path, help=f"JSONL of questions (default {DEV_SET} when it exists)")
    p.add_argument("--starts", type=int, help="cold starts per knowledge base (default 3; 1 with --quick)")
    p.add_argument("--knowledge", type=Path, help="the small knowledge base (default: the tutor's knowledge/)")
    p.add_argument("--no-book", action="store_true", help="leave out the book (it adds about 5 minutes)")
    args = p.parse_args(argv)
    fake = args.quick
    chunks = args.chunks or (200 if fake else 10_000)
    starts = args.starts or (1 if fake else 3)
    source = config.knowledge_dir(args.knowledge)
    started = time.time()

    with tempfile.TemporaryDirectory(prefix="tutor-bench-") as tmp:
        work = Path(tmp)
        small = work / "knowledge"
        shutil.copytree(source, small)
        questions = args.questions or (DEV_SET if DEV_SET.is_file() else write_questions(work / "q.jsonl", source))
        big = work / "generated" / "knowledge"
        files = write_corpus(big, chunks, source)
        say(f"generated {chunks:,} chunks in {files} files under {big}")

        say("tutor --help")
        helps = [run(tutor_cli(False, "--help")) for _ in range(5)]
        corpora = [Corpus("knowledge/", small, work / "index"), Corpus("generated", big, work / "generated" / "index")]
        measure(corpora[0], questions, fake, starts, builds=2, sample=0, repeat=3)
        measure(corpora[1], questions, fake, max(1, starts - 1), builds=1, sample=0 if fake else 1000, repeat=2)
        if not args.no_book:
            corpora.append(measure_book(work / "book", fake, max(1, starts - 1)))

    floors = [r for c in corpora for r in c.floors]
    table = Table()
    table.section("the floor: the bare model")
    table.add("  embed one question, median", ms(statistics.median(r.data["embed_median_s"] for r in floors)))
    table.add(
        "  start → model loaded → 1 question embedded",
        f"{secs(min(r.data['loaded_s'] for r in floors))} → {secs(min(r.data['first_s'] for r in floors))}",
        peak=max(r.peak_bytes for r in floors),
    )
    help_s = min(r.wall_s for r in helps)
    judged = None if fake else help_s <= HELP_S  # --quick checks the harness: a loaded machine's time means nothing
    table.add("  tutor --help", secs(help_s), "", "", f"≤ {HELP_S:g} s", judged, max(r.peak_bytes for r in helps))
    report(table, corpora[0], judge=not fake)
    report(table, corpora[1], judge=not fake, ask_target=BIG_ASK_RATIO, peak_target=True)
    if len(corpora) > 2:
        report(table, corpora[2], judge=not fake, peak_target=True)

    model = "fake hashing embedder (--quick: times mean nothing)" if fake else "sentence-transformers/all-MiniLM-L6-v2"
    print(
        f"tutor benchmark  {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime(started))}  "
        f"{os.cpu_count()} cores  Python {platform.python_version()}  {model}  "
        f"questions: {questions.name}  took {time.time() - started:.0f} s"
    )
    print(table.render())
    print(
        f"start-ups: best of {starts} ({max(1, starts - 1)} for the generated base), builds: best of 2 (1) — noise "
        f"only adds time; asks: medians, each against a bare embedding of the same question in the same process"
    )
    if table.missed:
        print(f"\nmissed: {', '.join(m.strip() for m in table.missed)}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
