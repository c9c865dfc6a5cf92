"""`tutor …`: the argument parser, and the edge where errors become one line and an exit code.

The commands themselves are in `commands_answer.py` and `commands_revise.py`; each imports its heavy modules
only when it runs, so `tutor --help` is instant.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from tutor import __version__
from tutor.answer.options import IDEAS
from tutor.errors import TutorError
from tutor.ui.commands_answer import cmd_add, cmd_ask, cmd_build, cmd_chat, cmd_eval, cmd_faq, cmd_serve
from tutor.ui.commands_revise import cmd_export, cmd_items, cmd_progress, cmd_revise

if TYPE_CHECKING:
    from tutor.index.embedding import Embedder

RETRIEVERS = ("hybrid", "dense", "bm25")


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--knowledge", metavar="DIR", help="folder of .md/.txt texts (default: knowledge/, or $TUTOR_KNOWLEDGE)"
    )
    p.add_argument("--index", metavar="DIR", help="folder of the built index (default: index/, or $TUTOR_INDEX)")


def _revision(p: argparse.ArgumentParser) -> None:
    _common(p)
    p.add_argument("--no-rebuild", action="store_true", help="fail instead of rebuilding a missing or stale index")


def _answering(p: argparse.ArgumentParser) -> None:
    _revision(p)
    p.add_argument("--retriever", choices=RETRIEVERS, default="hybrid", help="how passages are found (default: hybrid)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tutor",
        description="A local, offline tutor that answers from a text with cited passages.",
        epilog="Learner data lives under $TUTOR_HOME. Run `tutor COMMAND --help` for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"tutor {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _answer_commands(sub)
    _lookup_commands(sub)
    _revision_commands(sub)
    return parser


Subcommands = argparse._SubParsersAction  # what `add_subparsers` returns


def _answer_commands(sub: Subcommands[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("build", help="build the index from the knowledge folder (only if it changed)")
    _common(p)
    p.add_argument("--force", action="store_true", help="rebuild even when the index is current")
    p.set_defaults(run=cmd_build)

    p = sub.add_parser(
        "add",
        help="add PDF, Word, web page, EPUB, Markdown or text documents to the knowledge, then build",
        description="Convert each document (or every document in a folder) into one Markdown file in the knowledge "
        "folder, print the files written, then bring the index up to date. A document that cannot be added is "
        "named with what to do; the others still go in (the exit status is 1 when any failed).",
    )
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help="a .pdf, .docx, .html, .epub, .md or .txt file, or a folder"
    )
    _common(p)
    p.add_argument("--no-build", action="store_true", help="only write the Markdown; build later with `tutor build`")
    p.set_defaults(run=cmd_add)

    p = sub.add_parser(
        "ask",
        help="answer one question, or a batch of them, with cited passages",
        description="Reply to one message as the chat does: a question is answered with cited passages; "
        '"what is this about?", "summarize …", "explain it simply", "give me an example", "quiz me on …" and '
        'small talk get their own kind of reply (--json says which in "kind").',
    )
    _answering(p)
    p.add_argument("question", nargs="?", help="the question (omit with --batch)")
    p.add_argument("--json", action="store_true", help="print the answer as JSON")
    p.add_argument("--batch", metavar="FILE", help='JSONL of {"id", "question", "history"}; "-" reads stdin')
    p.add_argument(
        "--history", action="append", default=[], metavar="Q", help="an earlier question (repeatable, oldest first)"
    )
    _within_option(p, "answer only from this text")
    _learner_option(p)
    p.set_defaults(run=cmd_ask)

    p = sub.add_parser(
        "chat",
        help="chat in the terminal: questions, overviews, summaries, a quiz; follow-ups remember the conversation",
    )
    _answering(p)
    _learner_option(p)
    p.set_defaults(run=cmd_chat)

    p = sub.add_parser("serve", help="start the tutor in the browser (http://127.0.0.1:7860)")
    _answering(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=7860, help="port (default: 7860)")
    p.add_argument("--auth", metavar="USER:PASSWORD", help="ask for this user name and password (use with --host)")
    p.add_argument("--no-browser", action="store_true", help="do not open a browser tab")
    p.set_defaults(run=cmd_serve)


def _within_option(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument(
        "--within",
        action="append",
        metavar="SOURCE",
        help=f"{what}, e.g. knowledge/paper.md (repeatable; default: every text)",
    )


def _learner_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--learner", metavar="NAME", help="record the answers to quiz questions asked in the chat under this name"
    )


def _lookup_commands(sub: Subcommands[argparse.ArgumentParser]) -> None:

    p = sub.add_parser("faq", help="list the FAQ, or find the entries closest in meaning to QUERY")
    _answering(p)
    p.add_argument("query", nargs="?", help='your wording, e.g. "why does it matter"')
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


def _revision_commands(sub: Subcommands[argparse.ArgumentParser]) -> None:

    p = sub.add_parser("items", help="list the quiz items generated from the knowledge")
    _revision(p)
    _within_option(p, "only the items of this text")
    p.add_argument("--json", action="store_true", help="one JSON object per item")
    p.add_argument("--section", metavar="TITLE", help="only the items of this section")
    p.set_defaults(run=cmd_items)

    p = sub.add_parser("revise", help="revise in the terminal (guided path or quiz), or grade one answer")
    _revision(p)
    _within_option(p, "revise only this text")
    p.add_argument("--learner", required=True, metavar="NAME", help="whose progress to use (created on first use)")
    p.add_argument("--mode", choices=("path", "quiz", "due"), default="path", help="guided path, quiz, or due reviews")
    p.add_argument("--item", metavar="ID", help="grade one answer to this item and record it (with --answer)")
    p.add_argument("--answer", metavar="TEXT", help="the answer to --item")
    p.add_argument("--json", action="store_true", help="print the graded answer as JSON (with --item)")
    p.set_defaults(run=cmd_revise)

    p = sub.add_parser("progress", help="a learner's mastery per section and what is due")
    _revision(p)
    _within_option(p, "only this text's sections")
    p.add_argument("--learner", required=True, metavar="NAME")
    p.add_argument("--json", action="store_true", help="print the progress as JSON")
    p.set_defaults(run=cmd_progress)

    p = sub.add_parser("export", help="export the quiz items, e.g. as an Anki deck")
    _revision(p)
    _within_option(p, "only this text's items")
    p.add_argument("--anki", required=True, metavar="FILE.apkg", help="write an Anki package here")
    p.set_defaults(run=cmd_export)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 0
    try:
        return int(args.run(args, _embedder) or 0)  # `_embedder` looked up now: tests replace it
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


def _embedder() -> Embedder:
    """The model every command uses (one seam, so tests can run the CLI with a fake)."""
    from tutor.index.embedding import default_embedder

    return default_embedder()


if __name__ == "__main__":  # pragma: no cover
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    raise SystemExit(main())
