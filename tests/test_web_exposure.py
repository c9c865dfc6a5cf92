"""Exposure of the served app: loopback only by default, a password when asked, nothing sent anywhere.

The real server (gradio, uvicorn) on a free port, with the fake model. `tests/test_cli_web.py` checks the
arguments and the warning for `--host 0.0.0.0`; `tests/test_load.py` serves the real model under the guard.
"""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gradio as gr
import pytest
from conftest import FakeEmbedder

from tutor.ui.cli import main

pytestmark = pytest.mark.slow  # a real server on a free port

QUESTION = "What is the main function of cyber diplomacy?"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _this_machines_other_addresses() -> list[str]:
    """IPv4 addresses of this machine's interfaces other than loopback (Linux; none in some sandboxes)."""
    import fcntl
    import struct

    found = set()
    for _, name in socket.if_nameindex():
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            try:  # SIOCGIFADDR: the interface's address, asked of the kernel (nothing is sent)
                packed = fcntl.ioctl(s.fileno(), 0x8915, struct.pack("256s", name[:15].encode()))
            except OSError:
                continue
        found.add(socket.inet_ntoa(packed[20:24]))
    return sorted(a for a in found if not a.startswith("127."))


def _status(url: str, data: dict[str, Any] | None = None) -> int:
    body = json.dumps(data).encode() if data is not None else None
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as e:
        return e.code


@pytest.fixture
def serve(monkeypatch: pytest.MonkeyPatch, knowledge: Path, tmp_path: Path) -> Iterator[Any]:
    """`serve(*args)`: run `tutor serve ARGS` with a real server; returns (exit code, url, stderr lines)."""
    import tutor.ui.web.server

    fake = FakeEmbedder()
    monkeypatch.setattr("tutor.index.embedding.default_embedder", lambda: fake)
    monkeypatch.setenv("TUTOR_KNOWLEDGE", str(knowledge))
    monkeypatch.setenv("TUTOR_INDEX", str(tmp_path / "index"))
    monkeypatch.setattr(gr.Blocks, "block_thread", lambda self: None)  # return once the server is up
    apps: list[gr.Blocks] = []
    real_launch = tutor.ui.web.server.launch

    def launch(app: gr.Blocks, *args: Any, **kwargs: Any) -> Any:
        apps.append(app)
        return real_launch(app, *args, **kwargs)

    monkeypatch.setattr("tutor.ui.web.server.launch", launch)

    def run(*args: str) -> tuple[int, str]:
        port = _free_port()
        code = main(["serve", "--no-browser", "--port", str(port), *args])
        return code, f"http://127.0.0.1:{port}/"

    yield run
    for app in apps:
        app.close()


def test_serves_on_loopback_only_by_default(serve, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    code, url = serve()
    assert code == 0 and "WARNING" not in capsys.readouterr().err
    port = int(url.rsplit(":", 1)[1].strip("/"))
    assert _status(url + "config") == 200
    for address in _this_machines_other_addresses():
        with socket.socket() as s:
            s.settimeout(5)
            assert s.connect_ex((address, port)) != 0, f"the app answers on {address}, not only on loopback"


def test_auth_is_required_and_nothing_leaves_the_machine(
    serve,  # type: ignore[no-untyped-def]
    capsys: pytest.CaptureFixture[str],
    no_network,  # type: ignore[no-untyped-def]
) -> None:
    from gradio_client import Client

    code, url = serve("--auth", "ann:s3cret")
    assert code == 0 and "WARNING" not in capsys.readouterr().err
    assert _status(url + "config") == 401
    assert _status(url + "gradio_api/info") == 401
    assert _status(url + "gradio_api/call/chat", {"data": [QUESTION, []]}) == 401
    with pytest.raises(Exception, match="credentials|login"):
        Client(url, verbose=False)
    with pytest.raises(Exception, match="login"):
        Client(url, auth=("ann", "wrong"), verbose=False)

    client = Client(url, auth=("ann", "s3cret"), verbose=False)
    chat, sources, _ = client.predict(QUESTION, [], api_name="/chat")
    content = chat[-1]["content"]
    text = content if isinstance(content, str) else " ".join(p.get("text", "") for p in content)
    assert "tutor-answer" in text and "[1]" in text and "<mark>" in sources
