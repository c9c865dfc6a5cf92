"""The benchmark runs end to end (small generated base, fake model) and prints its whole table; no timing asserted."""

from __future__ import annotations

import pytest

from tests.bench import run

pytestmark = pytest.mark.slow  # runs `tutor --help` and a cold start in subprocesses


def test_quick_benchmark_prints_every_row(capsys: pytest.CaptureFixture[str]) -> None:
    code = run.main(["--quick", "--chunks", "40"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert out.startswith("tutor benchmark")
    for row in (
        "embed one question, median",
        "start → model loaded → 1 question embedded",
        "tutor --help",
        "knowledge/: 1 file",
        "generated: 2 files, 40 chunks",
        "book (352 pages, plain text): 1 file",
        "whole `tutor build` (start, model, index, quiz items, FAQ)",
        "the stages besides the model, half the text → all of it",
    ):
        assert row in out
    for row in (
        "warm ask, median",
        "warm ask, p95",
        "cold start → first answer",
        "index build",
        "build throughput",
        "time in the model during build",
        "rebuild after editing 1 file",
        "vector search",
    ):
        assert out.count(row) == 3, row
    assert out.count("peak memory, any run") == 2
    assert " MB" in out
