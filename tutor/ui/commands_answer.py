"""The commands that answer: `tutor build`, `ask`, `chat`, `serve`, `faq` and `eval`.

Each checks its arguments, calls the service, and prints; heavy modules are imported when a command runs.
`model` opens the embedding model (the CLI's one seam for it, so tests can run the commands with a fake).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from tutor.errors import TutorError
from tutor.ui.terminal import format_answer

if TYPE_CHECKING:
    from tutor.converse import Conversation
    from tutor.faq import FaqEntry
    from tutor.index.embedding import Embedder
    from tutor.service import FaqBuilt, IndexBuilt, LiveTutor

Model = Callable[[], "Embedder"]


def say(message: str) -> None:
    """A notice on stderr (e.g. why the index is rebuilt), so stdout stays the command's output."""
    print(message, file=sys.stderr, flush=True)


def open_tutor(args: argparse.Namespace, model: Model) -> LiveTutor:
    from tutor.answer.options import options_without
    from tutor.service import open_tutor

    options = options_without(getattr(args, "without", []))
    return open_tutor(
        args.knowledge, args.index, rebuild=not args.no_rebuild, mode=args.retriever, options=options, embedder=model()
    )


def cmd_build(args: argparse.Namespace, model: Model) -> int:
    from tutor.service import build_everything

    for step in build_everything(say, args.knowledge, args.index, model(), force=args.force):
        print(_built(step))
    return 0


def cmd_add(args: argparse.Namespace, model: Model) -> int:
    """Convert documents into the knowledge folder, print what was written, then bring the index up to date."""
    from tutor.service import add_texts, build_everything

    results = add_texts([Path(p) for p in args.paths], args.knowledge)
    if not results:
        raise TutorError(
            f"no documents in {', '.join(args.paths)}: the tutor adds .pdf, .docx, .html, .epub, .md, .txt"
        )
    for r in results:
        if r.error:
            say(r.error)
        elif r.already:
            print(f"{r.source}: already added, as {r.written}")
        else:
            print(f"{r.source} → {r.written}")
        for note in r.notes:
            say(f"{r.source}: {note}")
    if any(r.written and not r.already for r in results) and not args.no_build:
        for step in build_everything(say, args.knowledge, args.index, model()):
            print(_built(step))
    failed = sum(1 for r in results if r.error)
    if failed:
        say(f"{failed} of {len(results)} document(s) could not be added (see above); the others were.")
    return 1 if failed else 0


def _built(step: IndexBuilt | FaqBuilt) -> str:
    from tutor.service import FaqBuilt

    if isinstance(step, FaqBuilt):
        return f"FAQ: {step.entries} entries → {step.folder}"
    if step.manifest is None:
        return f"The index in {step.folder} is up to date."
    m, c = step.manifest, step.manifest["counts"]
    return (
        f"Indexed {c['documents']} document(s): {c['chunks']} passages, {c['sentences']} sentences "
        f"({m['embedded']['new']} embedded, {m['embedded']['reused']} reused) in {m['build_seconds']:.1f} s "
        f"→ {step.folder}"
    )


def _read_batch(path: str) -> Iterator[tuple[int, dict[str, Any] | None, str]]:
    """(line number, the checked question, "") for each line of a JSONL batch file ("-": stdin), or (line number,
    None, what is wrong with it): a bad line is named and the batch goes on."""
    stream: IO[bytes] = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
    with nullcontext(stream) if path == "-" else stream:
        for n, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                yield n, None, f"line {n} is not UTF-8 text (byte 0x{raw[e.start]:02x}); save the file as UTF-8"
                continue
            try:
                yield n, _batch_item(n, line), ""
            except TutorError as e:
                yield n, None, str(e)


def _batch_item(n: int, line: str) -> dict[str, Any]:
    try:
        item = json.loads(line)
    except ValueError as e:
        raise TutorError(f"line {n} is not JSON ({e})") from None
    if not isinstance(item, dict) or not isinstance(item.get("question"), str):
        raise TutorError(f'line {n} needs a "question" string')
    history = item.get("history") or []
    if not isinstance(history, list) or not all(isinstance(h, str) for h in history):
        raise TutorError(f'line {n}: "history" must be a list of earlier questions (strings)')
    return item


def cmd_ask(args: argparse.Namespace, model: Model) -> int:
    if args.batch and args.question:
        raise TutorError("give a question or --batch FILE, not both")
    if not args.batch and args.question is None:
        raise TutorError('give a question, e.g. tutor ask "What is the main idea?", or --batch FILE')
    if args.batch and args.batch != "-" and not Path(args.batch).is_file():
        raise TutorError(f"--batch {args.batch}: no such file")
    from tutor.service import open_conversation

    tutor = open_tutor(args, model)
    within = args.within or None
    if within and (unknown := [s for s in within if s not in tutor.index.texts]):
        known = ", ".join(tutor.index.texts)
        raise TutorError(f"--within {unknown[0]}: no such text; the texts are {known}")
    talk = open_conversation(tutor, args.knowledge)
    if args.batch:
        return _ask_batch(talk, args.batch, within)
    reply = talk.reply(args.question, talk.replay(args.history, within), args.learner, within)
    if args.json:
        print(json.dumps(reply.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_answer(reply.answer, tutor.index.chunks))
    return 0


def _ask_batch(talk: Conversation, path: str, within: list[str] | None = None) -> int:
    """One JSON line per batch line: the reply (its history replayed first), or {"line", "error"} for a line that is
    not a question; the exit status is 1 when any line failed."""
    failed = lines = 0
    for n, item, error in _read_batch(path):
        lines += 1
        if item is None:
            failed += 1
            print(json.dumps({"line": n, "error": error}, ensure_ascii=False), flush=True)
            continue
        dialog = talk.replay(item.get("history") or [], within)
        reply = talk.reply(item["question"], dialog, None, within)
        print(json.dumps(reply.to_dict(id=item.get("id")), ensure_ascii=False), flush=True)
    if failed:
        say(f'tutor: {path}: {failed} of {lines} line(s) could not be answered; each has an "error" line in the output')
        return 1
    return 0


def cmd_chat(args: argparse.Namespace, model: Model) -> int:
    from tutor.service import open_conversation
    from tutor.ui.chat import chat

    tutor = open_tutor(args, model)
    return chat(open_conversation(tutor, args.knowledge), args.learner)


def cmd_serve(args: argparse.Namespace, model: Model) -> int:
    from tutor.ui.web.server import bind_warning, parse_auth

    auth = parse_auth(args.auth)
    if not 0 < args.port < 65536:
        raise TutorError(f"--port {args.port}: give a port between 1 and 65535")
    warning = bind_warning(args.host, auth)
    if warning:
        print(warning, file=sys.stderr)
    from tutor import config
    from tutor.faq import open_faq
    from tutor.ingest.reading import read_knowledge
    from tutor.ui.web import server
    from tutor.ui.web.app import create_app

    tutor = open_tutor(args, model)
    faq = open_faq(tutor)
    knowledge = config.knowledge_dir(args.knowledge)
    app = create_app(tutor, faq, read_knowledge(knowledge), knowledge=knowledge)
    try:
        server.launch(app, args.host, args.port, auth, open_browser=not args.no_browser, block=False, quiet=True)
    except OSError as e:
        raise TutorError(f"cannot serve on {args.host}:{args.port} ({e}); try another --port") from None
    print(f"The tutor is at http://{args.host}:{args.port}/ — Ctrl-C stops it.", flush=True)
    app.block_thread()
    return 0


def cmd_faq(args: argparse.Namespace, model: Model) -> int:
    from tutor.faq import format_entry, open_faq

    faq = open_faq(open_tutor(args, model))
    entries: list[tuple[FaqEntry, float | None]]
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


def cmd_eval(args: argparse.Namespace, model: Model) -> int:
    from tutor.evaluation import evaluate, format_table, load_questions, report

    path = Path(args.questions)
    if not path.is_file():
        raise TutorError(f"{path}: no such question file")
    from tutor.converse.evaluation import is_turn_set

    if is_turn_set(path):
        return _eval_turns(args, model, path)
    questions = load_questions(path)
    rows = evaluate(questions, open_tutor(args, model).ask)
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


def _eval_turns(args: argparse.Namespace, model: Model, path: Path) -> int:
    """`tutor eval` on conversational turns: the right kind of reply, per label; summaries' length and repeats."""
    from tutor.converse.evaluation import evaluate_turns, format_report, load_turns, report
    from tutor.service import open_conversation

    tutor = open_tutor(args, model)
    results = evaluate_turns(load_turns(path), open_conversation(tutor, args.knowledge))
    table = report(results)
    if args.verbose:
        for r in results:
            flag = "ok " if r.right else "BAD"
            print(f"{flag} {r.id} {r.label:<11} → {r.reply.kind:<9} ({r.reply.intent}) | {r.say}")
            print("    " + r.reply.answer.text.replace("\n", "\n    "))
    if args.json:
        print(json.dumps({"file": str(path), "metrics": table}, indent=2))
    else:
        print(f"turns: {len(results)}   file: {path}")
        print(format_report(table))
    return 0
