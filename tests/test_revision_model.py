"""With the real model: right answers score at least 0.8, unrelated ones at most 0.3; the CLI contract."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tutor.revision.bank import ensure_item_bank
from tutor.revision.grading import Grader

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parent.parent
OFF_TOPIC = [
    "I don't know",
    "Bananas are rich in potassium.",
    "The football match ended in a draw after extra time.",
    "Photosynthesis turns light into chemical energy in plants.",
]


@pytest.fixture(scope="module")
def bank(real_index_dir: Path):  # type: ignore[no-untyped-def]
    return ensure_item_bank(real_index_dir / "knowledge", real_index_dir / "index")


def test_right_answers_score_high_and_unrelated_ones_low(bank, real_embedder) -> None:  # type: ignore[no-untyped-def]
    grader = Grader(real_embedder)
    free = [it for it in bank.items if it.kind in ("definition", "short")]
    for it in bank.items:
        right = ", ".join(it.elements) if it.elements else it.answer
        assert grader.grade(it, right).score >= 0.8, it.prompt
        assert grader.grade(it, it.text).score >= 0.8 or it.kind in ("cloze", "choice", "list"), it.prompt
        for junk in OFF_TOPIC:
            assert grader.grade(it, junk).score <= 0.3, (it.prompt, junk)
    # answers to questions about other sections: unrelated to this item, though on the same topic
    others = [[o for o in free if o.section != it.section] for it in free]
    scores = [grader.grade(it, o.answer).score for it, os in zip(free, others, strict=True) for o in os]
    assert sum(s <= 0.3 for s in scores) / len(scores) >= 0.97
    assert max(scores) < 0.5


def test_paraphrases_and_typos_still_count(bank, real_embedder) -> None:  # type: ignore[no-untyped-def]
    grader = Grader(real_embedder)
    define = next(it for it in bank.items if it.prompt == "How does the text define cyber diplomacy?")
    para = (
        "governments, organisations or individuals using diplomatic techniques and tasks in cyberspace "
        "to protect their interests"
    )
    assert grader.grade(define, para).score >= 0.8
    typo = (
        "the use of diplomtic tecniques and the performence of diplomatic taks by goverments, organizations or "
        "individals in cyberspace to protect their interests"
    )
    assert grader.grade(define, typo).score >= 0.8
    partial = grader.grade(define, "diplomatic tasks performed online")
    assert 0.2 < partial.score < 0.7 and partial.rating in ("Again", "Hard")


def _cli(real_index_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "tutor.ui.cli", *args, "--knowledge", str(real_index_dir / "knowledge")]
    cmd += ["--index", str(real_index_dir / "index"), "--no-rebuild"]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_cli_items_revise_progress_export(real_index_dir: Path, bank, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = _cli(real_index_dir, "items", "--json")
    assert out.returncode == 0, out.stderr
    listed = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(listed) >= 12 and {d["id"] for d in listed} == set(bank.by_id)

    item = next(it for it in bank.items if it.kind == "definition")
    out = _cli(real_index_dir, "revise", "--learner", "cli", "--item", item.id, "--answer", item.answer, "--json")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert set(result) == {"item", "score", "rating", "feedback", "citation", "next_due"}
    assert result["item"] == item.id and result["score"] >= 0.8 and result["rating"] in ("Good", "Easy")
    assert result["citation"]["text"] == item.text

    out = _cli(real_index_dir, "progress", "--learner", "cli", "--json")
    assert out.returncode == 0, out.stderr
    progress = json.loads(out.stdout)
    assert progress["reviews"] == 1 and progress["items_seen"] == 1

    out = _cli(real_index_dir, "revise", "--learner", "cli", "--item", "nope-123", "--answer", "x")
    assert out.returncode == 1 and "no item 'nope-123'" in out.stderr

    deck = tmp_path / "deck.apkg"
    out = _cli(real_index_dir, "export", "--anki", str(deck))
    assert out.returncode == 0, out.stderr
    with zipfile.ZipFile(deck) as z:
        assert "collection.anki2" in z.namelist()
    assert f"Wrote {len(bank.items)} cards" in out.stdout
