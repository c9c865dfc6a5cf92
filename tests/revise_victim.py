"""A learner answering quiz items in a loop, for the `kill -9` tests: prints `ACK <learner> <answer>` after each
answer the Reviser has committed (that is what a learner sees as "graded").

    python tests/revise_victim.py DB ITEMS_JSONL LEARNER START

Answers are numbered from START (`… #START`, `… #START+1`, …) so the test can tell which ones were acknowledged.
Grades by key terms (no model), so it answers many items a second and a kill lands at any point of a write.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tutor.revision.bank import ItemBank, read_bank
from tutor.revision.reviser import Reviser
from tutor.revision.store import ProgressStore


def main() -> None:
    db, items, learner, start = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    bank = ItemBank(read_bank(items)[1])
    reviser = Reviser(bank, ProgressStore(db))
    n = start
    while True:
        item = bank.items[n % len(bank.items)]
        text = f"{item.answer} #{n}"
        reviser.answer(learner, item.id, text)
        print(f"ACK {learner} #{n}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
