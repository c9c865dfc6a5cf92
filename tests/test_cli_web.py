"""`tutor faq`, `tutor serve` and the FAQ step of `tutor build`, with the fake embedder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import FakeEmbedder

from tutor.index.layout import knowledge_hashes
from tutor.ui.cli import main


def test_build_also_builds_the_faq(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build"]) == 0
    out = capsys.readouterr().out
    assert "FAQ: " in out and (cli_env / "index" / "faq.json").is_file()


def test_faq_lists_every_entry(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["faq"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Q: Why is cyber diplomacy important?")
    assert "Q: What is the function of cyber diplomacy?" in out and "[1]" in out


def test_faq_query_finds_the_closest_entries_or_says_none(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["faq", "--json", "Why is cyber diplomacy important?"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["entries"][0]["question"] == "Why is cyber diplomacy important?"
    assert found["entries"][0]["match"] > 0.99 and found["entries"][0]["citations"]
    assert main(["faq", "zebra quantum pancakes"]) == 1
    assert "Nothing in the FAQ is close" in capsys.readouterr().out


def test_serve_binds_locally_and_warns_without_auth_elsewhere(
    cli_env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import gradio as gr

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr("tutor.ui.web.server.launch", lambda app, *a, **kw: calls.append({"args": a, **kw}))
    monkeypatch.setattr(gr.Blocks, "block_thread", lambda self: None)
    assert main(["serve", "--no-browser"]) == 0
    assert calls[-1]["args"] == ("127.0.0.1", 7860, None) and calls[-1]["open_browser"] is False
    assert "WARNING" not in capsys.readouterr().err

    assert main(["serve", "--host", "0.0.0.0", "--port", "7999"]) == 0
    assert "WARNING" in capsys.readouterr().err and calls[-1]["args"] == ("0.0.0.0", 7999, None)

    assert main(["serve", "--host", "0.0.0.0", "--auth", "ann:pw"]) == 0
    assert "WARNING" not in capsys.readouterr().err and calls[-1]["args"][2] == ("ann", "pw")

    assert main(["serve", "--auth", "nopassword"]) == 1
    assert "USER:PASSWORD" in capsys.readouterr().err


def test_serve_makes_the_revise_tab_from_the_knowledge_it_was_given(
    knowledge: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`tutor serve --knowledge DIR`: the quiz items come from DIR, not from the default folder."""
    import gradio as gr

    fake = FakeEmbedder()
    monkeypatch.setattr("tutor.index.embedding.default_embedder", lambda: fake)
    monkeypatch.delenv("TUTOR_KNOWLEDGE", raising=False)
    article = next(knowledge.glob("*.md"))
    with article.open("a", encoding="utf-8") as f:  # now unlike the default knowledge/ folder
        f.write("\nA closing note on undersea cables.\n")
    apps: list[Any] = []
    monkeypatch.setattr("tutor.ui.web.server.launch", lambda app, *a, **kw: apps.append(app))
    monkeypatch.setattr(gr.Blocks, "block_thread", lambda self: None)
    index = tmp_path / "index"
    assert main(["serve", "--knowledge", str(knowledge), "--index", str(index), "--no-browser"]) == 0
    ids = {getattr(b, "elem_id", None) for b in apps[-1].blocks.values()}
    assert "revise-learner" in ids and "revise-error" not in ids
    header = json.loads((index / "items.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert header["knowledge"] == knowledge_hashes(knowledge)
