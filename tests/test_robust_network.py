"""Nothing reaches beyond this machine while building and answering: a socket guard that allows loopback only."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from conftest import ROOT, FakeEmbedder
from helpers import NetworkBlocked, assert_citation_contract, network_guard

from tutor.index.build import build_index
from tutor.service import open_tutor

QUESTION = "What are the challenges of cyber diplomacy?"


def test_guard_refuses_and_records_outbound_attempts() -> None:
    originals = (socket.socket.connect, socket.create_connection, socket.getaddrinfo)
    with network_guard() as guard:
        with pytest.raises(NetworkBlocked):
            socket.create_connection(("10.255.255.1", 80), timeout=1)
        with pytest.raises(NetworkBlocked):
            socket.getaddrinfo("huggingface.co", 443)
        s = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
        with pytest.raises(NetworkBlocked):
            s.connect(("2606:4700::1111", 443))
        assert s.connect_ex(("1.1.1.1", 53)) != 0
        s.close()
        u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        with pytest.raises(NetworkBlocked):
            u.sendto(b"x", ("8.8.8.8", 53))
        u.close()
    assert len(guard.attempts) == 5
    assert (socket.socket.connect, socket.create_connection, socket.getaddrinfo) == originals  # uninstalled


@pytest.mark.slow  # a listening socket
def test_guard_lets_loopback_through() -> None:
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    port = server.getsockname()[1]
    accepted: list[bytes] = []

    def serve() -> None:
        conn, _ = server.accept()
        accepted.append(conn.recv(5))
        conn.close()

    thread = threading.Thread(target=serve)
    thread.start()
    with network_guard() as guard:
        with socket.create_connection(("localhost", port), timeout=5) as c:
            c.sendall(b"hello")
    thread.join(timeout=5)
    server.close()
    assert accepted == [b"hello"] and not guard.attempts


def test_build_and_ask_make_no_outbound_connection(knowledge: Path, tmp_path: Path, no_network) -> None:
    build_index(knowledge, tmp_path / "index", FakeEmbedder(), progress=False)
    tutor = open_tutor(knowledge, tmp_path / "index", rebuild=False, embedder=FakeEmbedder())
    assert_citation_contract(tutor.ask(QUESTION), knowledge)
    assert_citation_contract(tutor.ask("and why do they matter?", [QUESTION]), knowledge)


GUARDED_CLI = """
import json, sys
sys.path.insert(0, {tests!r})
from helpers import install_network_guard
guard = install_network_guard()
import tutor.ui.cli
codes = [tutor.ui.cli.main(argv) for argv in {commands!r}]
print("GUARD " + json.dumps({{"codes": codes, "attempts": guard.attempts}}))
"""


@pytest.mark.model
def test_real_model_build_and_ask_make_no_outbound_connection(knowledge: Path, tmp_path: Path) -> None:
    """A fresh process, without the test suite's offline settings: load the model, build, answer."""
    where = ["--knowledge", str(knowledge), "--index", str(tmp_path / "index")]
    commands = [["build", *where], ["ask", "--json", *where, "--no-rebuild", QUESTION]]
    script = GUARDED_CLI.format(tests=str(Path(__file__).parent), commands=commands)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "TRANSFORMERS_"))}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=300, cwd=tmp_path
    )
    guard_line = [ln for ln in done.stdout.splitlines() if ln.startswith("GUARD ")]
    assert guard_line, done.stderr[-2000:]
    report = json.loads(guard_line[-1][len("GUARD ") :])
    assert report == {"codes": [0, 0], "attempts": []}, done.stderr[-2000:]
    answer = json.loads(done.stdout[done.stdout.index("\n{") : done.stdout.index("GUARD ")])
    assert_citation_contract(answer, knowledge)


GUARDED = Path(__file__).resolve().parent / "guarded.py"


@pytest.mark.slow  # a subprocess
def test_guarded_runner_logs_what_a_subprocess_tries(tmp_path: Path) -> None:
    log = tmp_path / "attempts.log"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    bad = "import socket; socket.create_connection(('192.0.2.1', 80), timeout=1)"
    done = subprocess.run([sys.executable, str(GUARDED), str(log), "-c", bad], capture_output=True, env=env, timeout=60)
    assert done.returncode != 0 and "192.0.2.1" in log.read_text(encoding="utf-8")
    log.unlink()
    done = subprocess.run(
        [sys.executable, str(GUARDED), str(log), "-m", "tutor.ui.cli", "--version"],
        capture_output=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0 and b"tutor" in done.stdout and not log.exists()
