"""Saved behaviour: what the tutor answered, and which items and FAQ it built, before a refactor.

    python -m tests.baseline.snapshot save    # record the current behaviour in tests/data/baseline/
    python -m tests.baseline.snapshot check   # run again and list every difference (exit 1 when any)

Runs the `tutor` command line, the contract other tools rely on, so it compares any two versions of the
code. Each text is built into its own temporary index.
"""

from __future__ import annotations

import difflib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SAVED = ROOT / "tests" / "data" / "baseline"
LONG_FLOAT = re.compile(r"-?\d+\.\d{7,}")
TUTOR = [sys.executable, "-m", "tutor.ui.cli" if (ROOT / "tutor" / "ui").is_dir() else "tutor.cli"]

# (name, knowledge folder, question sets)
TEXTS = (
    (
        "seed",
        ROOT / "knowledge",
        (
            SHARED / "eval" / "dev.jsonl",
            ROOT / "tests" / "data" / "own_questions.jsonl",
            ROOT / "tests" / "data" / "own_questions_2.jsonl",
        ),
    ),
    ("ml-lessons", SHARED / "eval" / "foreign" / "ml-lessons", (SHARED / "eval" / "foreign" / "ml-lessons.jsonl",)),
)


def _batch(questions: Path) -> str:
    """The question set as `tutor ask --batch` reads it (an eval line's context question is its history)."""
    lines = []
    for line in questions.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            history = d.get("history") or ([d["context_question"]] if d.get("context_question") else [])
            lines.append(json.dumps({"id": d["id"], "question": d["question"], "history": history}))
    return "\n".join(lines) + "\n"


def _run(args: list[str], stdin: str | None = None) -> str:
    done = subprocess.run([*TUTOR, *args], input=stdin, capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise SystemExit(f"tutor {' '.join(args)} failed:\n{done.stderr}")
    return done.stdout


def current() -> dict[str, str]:
    """Every saved output, made now: file name -> text."""
    out: dict[str, str] = {}
    for name, knowledge, sets in TEXTS:
        with tempfile.TemporaryDirectory() as index:
            where = ["--knowledge", str(knowledge), "--index", index]
            _run(["build", *where])
            for questions in sets:
                out[f"{name}.{questions.stem}.answers.jsonl"] = _run(["ask", "--batch", "-", *where], _batch(questions))
            out[f"{name}.items.json"] = _run(["items", "--json", *where])
            out[f"{name}.faq.json"] = _run(["faq", "--json", *where])
    return out


def _steady(text: str) -> str:
    """Scores to four decimals: their last digits move with the machine's numeric libraries, not with the code."""
    return LONG_FLOAT.sub(lambda m: f"{float(m.group()):.4f}", text)


def main(argv: list[str]) -> int:
    if argv[1:] not in (["save"], ["check"]):
        print(__doc__)
        return 2
    made = current()
    if argv[1] == "save":
        SAVED.mkdir(parents=True, exist_ok=True)
        for name, text in made.items():
            (SAVED / name).write_text(text, encoding="utf-8")
        print(f"saved {len(made)} files in {SAVED}")
        return 0
    changed = 0
    for name, text in made.items():
        saved = _steady((SAVED / name).read_text(encoding="utf-8") if (SAVED / name).exists() else "")
        text = _steady(text)
        if saved != text:
            changed += 1
            diff = difflib.unified_diff(saved.splitlines(), text.splitlines(), f"saved/{name}", f"now/{name}", n=0)
            print("\n".join(diff))
    print(f"{changed} of {len(made)} saved outputs differ")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
