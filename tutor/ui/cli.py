"""`tutor …`: parse arguments, call the library, print. Heavy modules are imported by the command that needs them."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from tutor import __version__
from tutor.answer.tutor import IDEAS
from tutor.errors import TutorError

RETRIEVERS = ("hybrid", "dense", "bm25")


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--knowledge", metavar="DIR", help="folder of .md/.txt texts (default: knowledge/, or $TUTOR_KNOWLEDGE)"
    )
    p.add_argument("--index", metavar="DIR", help="folder of the built index (default: index/, or $TUTOR_INDEX)")


def _answering(p: argparse.ArgumentParser) -> None:
    _common(p)
    p.add_argument("--no-rebuild", action="store_true", help="fail instead of rebuilding a missing or stale index")
    p.add_argument("--retriever", choices=RETRIEVERS, default="hybrid", help="how passages are found (default: hybrid)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tutor",
        description="A local, offline tutor that answers from a text with cited passages.",
        epilog="Learner data lives under $TUTOR_HOME. Run `tutor COMMAND --help` for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"tutor {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("build", help="build the index from the knowledge folder (only if it changed)")
    _common(p)
    p.add_argument("--force", action="store_true", help="rebuild even when the index is current")
    p.set_defaults(run=cmd_build)

    p = sub.add_parser("ask", help="answer one question, or a batch of them, with cited passages")
    _answering(p)
    p.add_argument("question", nargs="?", help="the question (omit with --batch)")
    p.add_argument("--json", action="store_true", help="print the answer as JSON")
    p.add_argument("--batch", metavar="FILE", help='JSONL of {"id", "question", "history"}; "-" reads stdin')
    p.add_argument(
        "--history", action="append", default=[], metavar="Q", help="an earlier question (repeatable, oldest first)"
    )
    p.set_defaults(run=cmd_ask)

    p = sub.add_parser("chat", help="chat in the terminal; follow-up questions remember the conversation")
    _answering(p)
    p.set_defaults(run=cmd_chat)

    p = sub.add_parser("serve", help="start the tutor in the browser (http://127.0.0.1:7860)")
    _answering(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=7860, help="port (default: 7860)")
    p.add_argument("--auth", metavar="USER:PASSWORD", help="ask for this user name and password (use with --host)")
    p.add_argument("--no-browser", action="store_true", help="do not open a browser tab")
    p.set_defaults(run=cmd_serve)

    p = sub.add_parser("faq", help="list the FAQ, or find the entries closest in meaning to QUERY")
    _answering(p)
    p.add_argument("query", nargs="?", help='your wording, e.g. "why does cyber diplomacy matter"')
    p.add_argument("--json", action="store_true", help="print entries as JSON")
    p.set_defaults(run=cmd_faq)

    p = sub.add_parser("eval", help="score the tutor on a question set (hit@k, recall, refusals)")
    _answering(p)
    p.add_argument("questions", metavar="QA.jsonl", help="e.g. ../shared/eval/dev.jsonl")
    p.add_argument("--json", action="store_true", help="print the metrics as JSON")
    p.add_argument("--verbose", action="store_true", help="also print every question with its answer and scores")
    p.add_argument(
        "--without",
        action="append",
        default=[],
        metavar="IDEA",
        choices=IDEAS,
        help=f"switch an answering idea off to measure what it buys (repeatable): {', '.join(IDEAS)}",
    )
    p.set_defaults(run=cmd_eval)

    p = sub.add_parser("items", help="list the quiz items generated from the knowledge")
    _revision(p)
    p.add_argument("--json", action="store_true", help="one JSON object per item")
    p.add_argument("--section", metavar="TITLE", help="only the items of this section")
    p.set_defaults(run=cmd_items)

    p = sub.add_parser("revise", help="revise in the terminal (guided path or quiz), or grade one answer")
    _revision(p)
    p.add_argument("--learner", required=True, metavar="NAME", help="whose progress to use (created on first use)")
    p.add_argument("--mode", choices=("path", "quiz", "due"), default="path", help="guided path, quiz, or due reviews")
    p.add_argument("--item", metavar="ID", help="grade one answer to this item and record it (with --answer)")
    p.add_argument("--answer", metavar="TEXT", help="the answer to --item")
    p.add_argument("--json", action="store_true", help="print the graded answer as JSON (with --item)")
    p.set_defaults(run=cmd_revise)

    p = sub.add_parser("progress", help="a learner's mastery per section and what is due")
    _revision(p)
    p.add_argument("--learner", required=True, metavar="NAME")
    p.add_argument("--json", action="store_true", help="print the progress as JSON")
    p.set_defaults(run=cmd_progress)

    p = sub.add_parser("export", help="export the quiz items, e.g. as an Anki deck")
    _revision(p)
    p.add_argument("--anki", required=True, metavar="FILE.apkg", help="write an Anki package here")
    p.set_defaults(run=cmd_export)
    return parser


def _revision(p: argparse.ArgumentParser) -> None:
    _common(p)
    p.add_argument("--no-rebuild", action="store_true", help="fail instead of rebuilding a missing or stale index")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 0
    try:
        return int(args.run(args) or 0)
    except TutorError as e:
        print(f"tutor: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0
    except OSError as e:  # a folder that cannot be written, a disk that is full: say which, no traceback
        print(f"tutor: {e.strerror or e}: {e.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1


# ------------------------------------------------------------------ commands


def _embedder():  # type: ignore[no-untyped-def]
    """The model every command uses (one seam, so tests can run the CLI with a fake)."""
    from tutor.index.embedding import default_embedder

    return default_embedder()


def _tutor(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from tutor.answer.tutor import options_without
    from tutor.service import open_tutor

    options = options_without(getattr(args, "without", []))
    return open_tutor(
        args.knowledge,
        args.index,
        rebuild=not args.no_rebuild,
        mode=args.retriever,
        options=options,
        embedder=_embedder(),
    )


def cmd_build(args: argparse.Namespace) -> int:
    from tutor import config
    from tutor.index.store import build_index, stale_reason
    from tutor.ingest.chunking import ChunkerSettings

    knowledge, index = config.knowledge_dir(args.knowledge), config.index_dir(args.index)
    embedder = _embedder()
    reason = "forced" if args.force else stale_reason(knowledge, index, embedder, ChunkerSettings())
    if reason is None:
        from tutor.revision.bank import ensure_item_bank

        ensure_item_bank(knowledge, index)  # written now if an older build had none
        print(f"The index in {index} is up to date.")
        _build_faq(knowledge, index, embedder)
        return 0
    print(f"Building the index ({reason})…", file=sys.stderr)
    m = build_index(knowledge, index, embedder)
    from tutor.revision.bank import ensure_item_bank

    ensure_item_bank(knowledge, index)  # quiz items are part of the build
    c = m["counts"]
    print(
        f"Indexed {c['documents']} document(s): {c['chunks']} passages, {c['sentences']} sentences "
        f"({m['embedded']['new']} embedded, {m['embedded']['reused']} reused) in {m['build_seconds']:.1f} s → {index}"
    )
    _build_faq(knowledge, index, embedder)
    return 0


def _build_faq(knowledge: Path, index: Path, embedder: Any) -> None:
    """The FAQ is part of the build: its answers are made once, beside the index."""
    from tutor.faq import open_faq
    from tutor.service import open_tutor

    faq = open_faq(open_tutor(knowledge, index, rebuild=False, embedder=embedder))
    print(f"FAQ: {len(faq.entries)} entries → {index}")


def _read_batch(path: str) -> Iterator[dict[str, Any]]:
    stream: IO[str] = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
    with stream if path != "-" else _noop(stream):
        try:
            for n, line in enumerate(stream, 1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                except ValueError as e:
                    raise TutorError(f"{path}: line {n} is not JSON ({e})") from None
                if not isinstance(item, dict) or not isinstance(item.get("question"), str):
                    raise TutorError(f'{path}: line {n} needs a "question" string')
                history = item.get("history") or []
                if not isinstance(history, list) or not all(isinstance(h, str) for h in history):
                    raise TutorError(f'{path}: line {n}: "history" must be a list of earlier questions (strings)')
                yield item
        except UnicodeDecodeError as e:
            raise TutorError(f"{path}: is not UTF-8 text (byte 0x{e.object[e.start]:02x}); save it as UTF-8") from None


class _noop:
    def __init__(self, s: IO[str]) -> None:
        self.s = s

    def __enter__(self) -> IO[str]:
        return self.s

    def __exit__(self, *exc: object) -> None:
        return None


def cmd_ask(args: argparse.Namespace) -> int:
    if args.batch and args.question:
        raise TutorError("give a question or --batch FILE, not both")
    if not args.batch and args.question is None:
        raise TutorError('give a question, e.g. tutor ask "What is cyber diplomacy?", or --batch FILE')
    if args.batch and args.batch != "-" and not Path(args.batch).is_file():
        raise TutorError(f"--batch {args.batch}: no such file")
    tutor = _tutor(args)
    if args.batch:
        for item in _read_batch(args.batch):
            answer = tutor.ask(item["question"], item.get("history") or [])
            print(json.dumps(answer.to_dict(id=item.get("id")), ensure_ascii=False), flush=True)
        return 0
    answer = tutor.ask(args.question, args.history)
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_answer(answer))
    return 0


def format_answer(answer: Any) -> str:
    lines = [answer.text]
    lines.extend(f"({note})" for note in answer.notes)
    if answer.citations:
        lines.append("")
        lines.append("Sources:")
        for c in answer.citations:
            lines.append(f"[{c.n}] {c.section} — {c.source}:{c.start}-{c.end}")
            lines.extend("    " + line for line in _wrap(c.text))
    return "\n".join(lines)


def _wrap(text: str, width: int = 96) -> list[str]:
    import textwrap

    return [w for para in text.split("\n") for w in (textwrap.wrap(para, width) or [""])]


def cmd_chat(args: argparse.Namespace) -> int:
    tutor = _tutor(args)
    print("Ask about the article. An empty line or Ctrl-D ends the chat; /new starts a new conversation.")
    history: list[str] = []
    while True:
        try:
            question = input("you> ")
        except EOFError:
            print()
            return 0
        if not question.strip():
            return 0
        if question.strip() == "/new":
            history = []
            print("(new conversation)")
            continue
        try:
            answer = tutor.ask(question, history)
        except TutorError as e:  # e.g. a knowledge file broke mid-chat: say so, keep the conversation
            print(f"tutor: {e}", file=sys.stderr)
            continue
        print(format_answer(answer))
        print()
        history.append(question)


def cmd_serve(args: argparse.Namespace) -> int:
    from tutor.ui.web.app import bind_warning, parse_auth

    auth = parse_auth(args.auth)
    if not 0 < args.port < 65536:
        raise TutorError(f"--port {args.port}: give a port between 1 and 65535")
    warning = bind_warning(args.host, auth)
    if warning:
        print(warning, file=sys.stderr)
    from tutor import config
    from tutor.faq import open_faq
    from tutor.ingest.reading import read_knowledge
    from tutor.ui.web.app import create_app, launch

    tutor = _tutor(args)
    faq = open_faq(tutor)
    knowledge = config.knowledge_dir(args.knowledge)
    app = create_app(tutor, faq, read_knowledge(knowledge), knowledge=knowledge)
    try:
        launch(app, args.host, args.port, auth, open_browser=not args.no_browser, block=False, quiet=True)
    except OSError as e:
        raise TutorError(f"cannot serve on {args.host}:{args.port} ({e}); try another --port") from None
    print(f"The tutor is at http://{args.host}:{args.port}/ — Ctrl-C stops it.", flush=True)
    app.block_thread()
    return 0


def cmd_faq(args: argparse.Namespace) -> int:
    from tutor.faq import format_entry, open_faq

    faq = open_faq(_tutor(args))
    if args.query is None:
        entries = [(e, None) for e in faq.entries]
    else:
        entries = [(m.entry, m.score) for m in faq.search(args.query)]
    if args.json:
        rows = [{**e.to_dict(), **({} if s is None else {"match": round(s, 4)})} for e, s in entries]
        print(json.dumps({"query": args.query, "entries": rows}, ensure_ascii=False, indent=2))
        return 0 if entries or args.query is None else 1
    if args.query is not None and not entries:
        print(f'Nothing in the FAQ is close to “{args.query}”. Ask it instead: tutor ask "{args.query}"')
        return 1
    for e, s in entries:
        print(format_entry(e) + ("" if s is None else f"\n   (match {s:.2f})"))
        print()
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from tutor.evaluation import evaluate, format_table, load_questions, report

    path = Path(args.questions)
    if not path.is_file():
        raise TutorError(f"{path}: no such question file")
    questions = load_questions(path)
    tutor = _tutor(args)
    rows = evaluate(questions, tutor.ask)
    table = report(rows)
    if args.verbose:
        for r in rows:
            flag = "ok " if (r.hit3 if r.question.kind != "out_of_scope" else not r.answer.in_scope) else "BAD"
            print(
                f"{flag} {r.question.id} {r.question.kind:<12} in_scope={r.answer.in_scope} "
                f"hit1={r.hit1} hit3={r.hit3} "
                f"kw={r.keyword_recall:.2f} words={r.words} | {r.question.question}"
            )
            print("    " + r.answer.text.replace("\n", "\n    "))
    if args.json:
        print(json.dumps({"retriever": args.retriever, "without": args.without, "metrics": table}, indent=2))
    else:
        without = f"   without: {', '.join(args.without)}" if args.without else ""
        print(f"retriever: {args.retriever}   questions: {len(questions)}   file: {path}{without}")
        print(format_table(table))
    return 0


# ------------------------------------------------------------------ revision


def _bank(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The item bank of a current index; the index is (re)built first when needed, unless --no-rebuild."""
    from tutor import config
    from tutor.index.embedding import default_embedder
    from tutor.index.store import build_index, stale_reason
    from tutor.ingest.chunking import ChunkerSettings
    from tutor.revision.bank import ensure_item_bank

    knowledge, index = config.knowledge_dir(args.knowledge), config.index_dir(args.index)
    reason = stale_reason(knowledge, index, default_embedder(), ChunkerSettings())
    if reason is not None:
        if args.no_rebuild:
            raise TutorError(f"{reason}; run `tutor build` (or drop --no-rebuild)")
        print(f"Building the index ({reason})…", file=sys.stderr)
        build_index(knowledge, index, default_embedder())
    return ensure_item_bank(knowledge, index)


def _reviser(args: argparse.Namespace, grading: bool = True):  # type: ignore[no-untyped-def]
    from tutor.index.embedding import default_embedder
    from tutor.revision.reviser import Reviser

    return Reviser(_bank(args), embedder=default_embedder() if grading else None)


def cmd_items(args: argparse.Namespace) -> int:
    bank = _bank(args)
    items = bank.items
    if args.section:
        items = [it for it in items if it.section.lower() == args.section.lower()]
        if not items:
            raise TutorError(f"no items in a section named {args.section!r}; sections: {'; '.join(bank.sections)}")
    if args.json:
        for it in items:
            print(json.dumps(it.to_dict(), ensure_ascii=False))
        return 0
    section = None
    for it in items:
        if it.section != section:
            section = it.section
            print(f"\n## {section}")
        print(f"{it.id}  [{it.kind}] {it.prompt}")
        for n, c in enumerate(it.choices):
            print(f"      {'ABCDEFGH'[n]}) {c}")
    print(f"\n{len(items)} items in {len({it.section for it in items})} sections.")
    return 0


def format_outcome(outcome: Any) -> str:
    due = outcome.next_due.astimezone().strftime("%Y-%m-%d %H:%M")
    return f"{outcome.grade.feedback}\n[{outcome.grade.rating}; next review {due}]"


def format_question(item: Any) -> str:
    lines = [f"[{item.section}] {item.prompt}"]
    lines += [f"   {'ABCDEFGH'[n]}) {c}" for n, c in enumerate(item.choices)]
    return "\n".join(lines)


def cmd_revise(args: argparse.Namespace, read: Callable[[str], str] = input) -> int:
    if (args.item is None) != (args.answer is None):
        raise TutorError('--item and --answer go together, e.g. --item def-1a2b3c4d5e --answer "…"')
    if args.json and args.item is None:
        raise TutorError("--json needs --item ID --answer TEXT; the interactive quiz prints text")
    reviser = _reviser(args)
    if args.item is not None:
        outcome = reviser.answer(args.learner, args.item, args.answer)
        print(
            json.dumps(outcome.to_dict(), ensure_ascii=False, indent=None if args.json else 2)
            if args.json
            else format_outcome(outcome)
        )
        return 0
    print(f"Revising as {args.learner}. An empty answer skips (it counts as not known); Ctrl-D stops.")
    try:
        return (
            _revise_path(reviser, args.learner, read)
            if args.mode == "path"
            else _revise_quiz(reviser, args.learner, args.mode, read)
        )
    except EOFError:
        print("\nYour progress is saved.")
        return 0


def _revise_quiz(reviser: Any, learner: str, mode: str, read: Callable[[str], str]) -> int:
    while True:
        due = reviser.due_items(learner)
        item = due[0] if due else (reviser.next_item(learner) if mode == "quiz" else None)
        if item is None:
            p = reviser.progress(learner)
            when = p.next_due.astimezone().strftime("%Y-%m-%d %H:%M") if p.next_due else "—"
            print(f"Nothing due now. Next review: {when}.")
            return 0
        print()
        print(format_question(item))
        print(format_outcome(reviser.answer(learner, item.id, read("answer> "))))


def _revise_path(reviser: Any, learner: str, read: Callable[[str], str]) -> int:
    from tutor.revision.path import GuidedPath

    path = GuidedPath(reviser)
    step = path.step(learner)
    while True:
        print()
        if step.kind == "done":
            print(f"You have been through all {step.total} sections. Mastery: {reviser.progress(learner).mastery:.0%}.")
            print("Run with --mode due for your due reviews, or --mode quiz.")
            return 0
        if step.kind == "points":
            print(f"Section {step.number}/{step.total}: {step.section}")
            for pt in step.points:
                print(f"  • {pt.text}  [{pt.source}:{pt.start}-{pt.end}]")
            read("(Enter for the check questions) ")
            step = path.start_checks(learner)
            continue
        assert step.item is not None
        print(f"Check {step.check}/{step.checks}: " + format_question(step.item))
        outcome, step = path.answer(learner, step.item.id, read("answer> "))
        print(format_outcome(outcome))


def cmd_progress(args: argparse.Namespace) -> int:
    reviser = _reviser(args, grading=False)
    p = reviser.progress(args.learner)
    if args.json:
        print(json.dumps(p.to_dict(), ensure_ascii=False, indent=2))
        return 0
    when = p.next_due.astimezone().strftime("%Y-%m-%d %H:%M") if p.next_due else "—"
    print(
        f"{p.learner}: mastery {p.mastery:.0%}, {p.seen}/{p.items} items seen, {p.reviews} reviews, "
        f"{p.due_now} due now, next review {when}"
    )
    if p.path_section:
        print(f"Guided path: at “{p.path_section}”")
    for s in p.sections:
        bar = "█" * round(s.mastery * 20)
        print(f"  {s.mastery:4.0%} {bar:<20} {s.reviewed:>2}/{s.items:<2} {s.section}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from tutor.revision.anki import export_anki

    bank = _bank(args)
    n = export_anki(bank, Path(args.anki))
    print(f"Wrote {n} cards to {args.anki}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    raise SystemExit(main())
