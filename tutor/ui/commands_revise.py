"""The revision commands: `tutor items`, `revise` (terminal quiz or guided path, or one graded answer),
`progress` and `export`. Each checks its arguments, calls the service or the reviser, and prints."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from tutor.errors import TutorError
from tutor.ui.commands_answer import Model, say
from tutor.ui.terminal import format_item, format_outcome, format_progress, format_question
from tutor.ui.when import local_time

if TYPE_CHECKING:
    from tutor.revision.bank import ItemBank
    from tutor.revision.reviser import Reviser


def _bank(args: argparse.Namespace, model: Model) -> ItemBank:
    from tutor.service import open_item_bank

    bank = open_item_bank(args.knowledge, args.index, rebuild=not args.no_rebuild, embedder=model(), notify=say)
    within = getattr(args, "within", None) or None
    if within and (unknown := [s for s in within if s not in bank.sources]):
        raise TutorError(f"--within {unknown[0]}: no such text; the texts are {', '.join(bank.sources)}")
    return bank.within(within)


def _reviser(args: argparse.Namespace, model: Model, grading: bool = True) -> Reviser:
    from tutor.revision.reviser import Reviser

    return Reviser(_bank(args, model), embedder=model() if grading else None)


def cmd_items(args: argparse.Namespace, model: Model) -> int:
    bank = _bank(args, model)
    items = bank.items
    if args.section:
        items = [it for it in items if it.section.lower() == args.section.lower()]
        if not items:
            titles = "; ".join(dict.fromkeys(k.title for k in bank.sections))
            raise TutorError(f"no items in a section named {args.section!r}; sections: {titles}")
    if args.json:
        for it in items:
            print(json.dumps(it.to_dict(), ensure_ascii=False))
        return 0
    several = len(bank.sources) > 1
    section = None
    for it in items:
        if it.section_key != section:
            section = it.section_key
            print(f"\n## {it.section}" + (f"  ({it.source})" if several else ""))
        print(format_item(it))
    print(f"\n{len(items)} items in {len({it.section_key for it in items})} sections.")
    return 0


def cmd_revise(args: argparse.Namespace, model: Model, read: Callable[[str], str] = input) -> int:
    if (args.item is None) != (args.answer is None):
        raise TutorError('--item and --answer go together, e.g. --item def-1a2b3c4d5e --answer "…"')
    if args.json and args.item is None:
        raise TutorError("--json needs --item ID --answer TEXT; the interactive quiz prints text")
    reviser = _reviser(args, model)
    if args.item is not None:
        outcome = reviser.answer(args.learner, args.item, args.answer)
        print(json.dumps(outcome.to_dict(), ensure_ascii=False) if args.json else format_outcome(outcome))
        return 0
    print(f"Revising as {args.learner}. An empty answer skips (it counts as not known); Ctrl-D stops.")
    try:
        if args.mode == "path":
            return _revise_path(reviser, args.learner, read)
        return _revise_quiz(reviser, args.learner, args.mode == "due", read)
    except EOFError:
        print("\nYour progress is saved.")
        return 0


def _revise_quiz(reviser: Reviser, learner: str, due_only: bool, read: Callable[[str], str]) -> int:
    while True:
        up = reviser.next_up(learner, due_only)
        if up.item is None:
            print(f"Nothing due now. Next review: {local_time(up.next_due)}.")
            return 0
        print()
        print(format_question(up.item))
        print(format_outcome(reviser.answer(learner, up.item.id, read("answer> "))))


def _revise_path(reviser: Reviser, learner: str, read: Callable[[str], str]) -> int:
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
            of_text = f"  ({step.source})" if len(reviser.bank.sources) > 1 else ""
            print(f"Section {step.number}/{step.total}: {step.section}{of_text}")
            for pt in step.points:
                print(f"  • {pt.text}  [{pt.source}:{pt.start}-{pt.end}]")
            read("(Enter for the check questions) ")
            step = path.start_checks(learner)
            continue
        assert step.item is not None
        print(f"Check {step.check}/{step.checks}: " + format_question(step.item))
        outcome, step = path.answer(learner, step.item.id, read("answer> "))
        print(format_outcome(outcome))


def cmd_progress(args: argparse.Namespace, model: Model) -> int:
    p = _reviser(args, model, grading=False).progress(args.learner)
    print(json.dumps(p.to_dict(), ensure_ascii=False, indent=2) if args.json else format_progress(p))
    return 0


def cmd_export(args: argparse.Namespace, model: Model) -> int:
    from tutor.revision.anki import export_anki

    n = export_anki(_bank(args, model), Path(args.anki))
    print(f"Wrote {n} cards to {args.anki}")
    return 0
