import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from helpers import assert_citation_contract

from tutor.ui.cli import main


@pytest.mark.slow  # a subprocess
def test_help_is_instant_and_imports_nothing_heavy() -> None:
    code = (
        "import sys\nfrom tutor.ui.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('torch', 'faiss', 'gradio', 'sentence_transformers', 'numpy') if m in sys.modules]\n"
        "print('HEAVY', heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert "usage: tutor" in out and "HEAVY []" in out


def test_build_then_up_to_date(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build"]) == 0
    assert "Indexed 1 document" in capsys.readouterr().out
    assert main(["build"]) == 0
    assert "up to date" in capsys.readouterr().out


def test_ask_json_follows_the_contract(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--json", "Who became the first cyber-diplomat in history?"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert set(answer) >= {"question", "answer", "in_scope", "citations"}
    assert_citation_contract(answer, cli_env / "knowledge", all_used=True)


def test_ask_readable_output(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "Who became the first cyber-diplomat in history?"]) == 0
    out = capsys.readouterr().out
    assert "[1]" in out and "Sources:" in out and "The Emergence of Cyber Diplomacy" in out


def test_ask_batch_from_stdin(cli_env: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    lines = [
        {"id": "a", "question": "What is the US International Strategy for Cyberspace?", "history": []},
        {
            "id": "b",
            "question": "Which pillars does it rest on?",
            "history": ["What is the US International Strategy for Cyberspace?"],
        },
    ]
    data = ("\n".join(json.dumps(x) for x in lines) + "\n").encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert main(["ask", "--batch", "-"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["id"] for o in out] == ["a", "b"]
    for o in out:
        assert_citation_contract(o, cli_env / "knowledge", all_used=True)
    assert "three pillars" in out[1]["answer"]


def test_bad_batch_line_is_reported(cli_env: Path, tmp_path: Path, capsys) -> None:
    batch = tmp_path / "b.jsonl"
    batch.write_text('{"id": "a", "question": "What is cyber diplomacy?"}\nnot json\n', encoding="utf-8")
    assert main(["ask", "--batch", str(batch)]) == 1
    out, err = capsys.readouterr()
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["id"] == "a" and first["in_scope"]  # the good line is answered, and the batch goes on
    assert second["line"] == 2 and "line 2 is not JSON" in second["error"]
    assert f"{batch}: 1 of 2 line(s) could not be answered" in err


def test_usage_errors_say_what_to_do(cli_env: Path, capsys) -> None:
    assert main(["ask"]) == 1
    assert "give a question" in capsys.readouterr().err
    assert main(["ask", "--no-rebuild", "What is cyber diplomacy?"]) == 1
    assert "tutor build" in capsys.readouterr().err


def test_chat_remembers_the_conversation(cli_env: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    inputs = iter(["What is the US International Strategy for Cyberspace?", "Which pillars does it rest on?", ""])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(inputs))
    assert main(["chat"]) == 0
    assert "diplomacy, defense, and development" in capsys.readouterr().out


def test_eval_prints_the_table(cli_env: Path, tmp_path: Path, capsys) -> None:
    qa = tmp_path / "qa.jsonl"
    rows = [
        {
            "id": "1",
            "question": "Who became the first cyber-diplomat in history?",
            "kind": "direct",
            "evidence": ["The Coordinator, Christopher Painter became the first cyber-diplomat in history."],
            "answer_keywords": ["painter"],
        },
        {
            "id": "2",
            "question": "Who won the 1998 football World Cup final?",
            "kind": "out_of_scope",
            "evidence": [],
            "answer_keywords": [],
        },
    ]
    qa.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert main(["eval", str(qa)]) == 0
    out = capsys.readouterr().out
    assert "hit1" in out and "oos_refusal" in out
    overall = next(line for line in out.splitlines() if line.startswith("overall")).split()
    assert overall[1:4] == ["2", "1.00", "1.00"]
