"""Reusable checks for the robustness suites: the citation contract and a loopback-only network guard.

Both are plain functions/classes so the web and load tests can use them too (in-process, or from a
subprocess via `install_network_guard()`).
"""

from __future__ import annotations

import ipaddress
import re
import socket
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_MARKER = re.compile(r"\[(\d+)\]")
_CLAIM = re.compile(r"(.+?) \[(\d+)\](?= |$)")


def claims(answer_text: str) -> list[tuple[str, int]]:
    """(sentence, n) for every sentence of an answer's plain text followed by its marker, line by line;
    list bullets and quote markers dropped. Reads the JSON contract from outside, as another tool would."""
    out = []
    for line in answer_text.splitlines():
        line = line[2:] if line.startswith(("- ", "> ")) else line
        out.extend((m.group(1).strip(), int(m.group(2))) for m in _CLAIM.finditer(line))
    return out


# ------------------------------------------------------------------ citation contract


def citation_problems(answer: Any, knowledge: Path, all_used: bool = False) -> list[str]:
    """Every way `answer` breaks the citation contract (empty when it keeps it).

    `answer` is an `Answer` or its `to_dict()`; `knowledge` is the knowledge folder whose files the
    citations' `source` ("knowledge/<relative path>") name. The contract: citations numbered 1..k in
    order, `text == file_text[start:end]`, highlights inside their citation, every `[n]` in the answer
    names an existing citation (and, with `all_used`, every citation is referred to).
    """
    d = answer if isinstance(answer, dict) else answer.to_dict()
    problems: list[str] = []
    cites = d["citations"]
    numbers = [c["n"] for c in cites]
    if numbers != list(range(1, len(cites) + 1)):
        problems.append(f"citations are numbered {numbers}, not 1..{len(cites)}")
    texts: dict[str, str] = {}
    for c in cites:
        source = c["source"]
        if source not in texts:
            rel = Path(*Path(source).parts[1:])  # drop the folder name the source starts with
            path = knowledge / rel
            texts[source] = path.read_bytes().decode("utf-8") if path.is_file() else ""
            if not path.is_file():
                problems.append(f"citation [{c['n']}] names {source}, which is not a file in {knowledge}")
        file_text = texts[source]
        if not 0 <= c["start"] < c["end"] <= len(file_text):
            problems.append(f"citation [{c['n']}] span {c['start']}:{c['end']} is outside {source}")
        elif file_text[c["start"] : c["end"]] != c["text"]:
            problems.append(f"citation [{c['n']}] text is not {source}[{c['start']}:{c['end']}]")
        for a, b in c.get("highlights", ()):
            if not c["start"] <= a < b <= c["end"]:
                problems.append(f"citation [{c['n']}] highlight {a}:{b} is outside its span")
    used = {int(m) for m in _MARKER.findall(d["answer"])}
    for n in sorted(used - set(numbers)):
        problems.append(f"the answer cites [{n}] but there is no citation {n}")
    by_n = {c["n"]: _words_read(c["text"]) for c in cites}
    squashed = {c["n"]: re.sub(r"\W", "", _without_link_targets(unfold_ligatures(c["text"]))) for c in cites}
    problems.extend(
        f"[{n}] does not contain: {sentence[:60]}"
        for sentence, n in claims(d["answer"])
        # a word may also be two that markup (a link's target, emphasis) held apart: "*[A](x)*[B](y)" reads "AB"
        if n in by_n and any(w not in by_n[n] and w not in squashed[n] for w in re.findall(r"\w+", sentence))
    )
    if not d["in_scope"] and (cites or used):
        problems.append("a declined question has citations or markers")
    if all_used:
        problems.extend(f"citation [{n}] is never referred to in the answer" for n in sorted(set(numbers) - used))
    return problems


def _without_link_targets(text: str) -> str:
    """Markdown with each link's "](target)" taken out, parentheses in the target balanced."""
    out, i = [], 0
    while (j := text.find("](", i)) >= 0:
        out.append(text[i : j + 1])
        depth, k = 0, j + 1
        while k < len(text):
            depth += (text[k] == "(") - (text[k] == ")")
            k += 1
            if depth == 0:
                break
        i = k
    return "".join(out) + text[i:]


def unfold_ligatures(text: str) -> str:
    """Typographic ligatures ("ﬁ", "ﬂ") as their letters, as the tutor's reading view gives them."""
    return re.sub("[\ufb00-\ufb06]", lambda m: unicodedata.normalize("NFKC", m.group()), text)


def _words_read(quote: str) -> set[str]:
    """The words a learner reads in a quoted span: markup gone, ligatures as letters ("ﬁ" → "fi"), and a word
    hyphenated across a line break read both joined and apart."""
    quote = unfold_ligatures(quote)
    joined = re.sub(r"(\w)-[ \t]*\r?\n\s*(\w)", r"\1\2", quote)
    return set(re.findall(r"\w+", quote)) | set(re.findall(r"\w+", joined))


def assert_citation_contract(answer: Any, knowledge: Path, all_used: bool = False) -> None:
    problems = citation_problems(answer, knowledge, all_used)
    assert not problems, "\n".join(problems)


# ------------------------------------------------------------------ network guard


class NetworkBlocked(ConnectionRefusedError):
    """Raised instead of connecting anywhere but this machine."""


@dataclass
class NetworkGuard:
    """Refuses and records every attempt to reach a host other than loopback.

    Patches `socket.socket.connect`/`connect_ex`/`sendto`, `socket.create_connection` and
    `socket.getaddrinfo` (name lookups would leak the host even when the connection is refused).
    Unix sockets and 127.0.0.0/8, ::1 and "localhost" pass.
    """

    attempts: list[str] = field(default_factory=list)
    log: Path | None = None  # also append each refused attempt here at once (for a server that gets killed)
    _saved: dict[str, Any] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _refuse(self, what: str) -> NetworkBlocked:
        with self._lock:
            self.attempts.append(what)
            if self.log is not None:
                with self.log.open("a", encoding="utf-8") as f:
                    f.write(what + "\n")
        return NetworkBlocked(f"network guard: refused {what} (only loopback is allowed)")

    def install(self) -> NetworkGuard:
        if self._saved:
            return self
        guard = self
        s = socket.socket
        self._saved = {
            "connect": s.connect,
            "connect_ex": s.connect_ex,
            "sendto": s.sendto,
            "create_connection": socket.create_connection,
            "getaddrinfo": socket.getaddrinfo,
        }
        saved = self._saved

        def connect(sock: socket.socket, address: Any) -> None:
            if not is_loopback(sock.family, address):
                raise guard._refuse(f"connect {address!r}")
            return saved["connect"](sock, address)

        def connect_ex(sock: socket.socket, address: Any) -> int:
            if not is_loopback(sock.family, address):
                guard._refuse(f"connect_ex {address!r}")
                return 111  # ECONNREFUSED
            return saved["connect_ex"](sock, address)

        def sendto(sock: socket.socket, data: bytes, *args: Any) -> int:
            address = args[-1]
            if not is_loopback(sock.family, address):
                raise guard._refuse(f"sendto {address!r}")
            return saved["sendto"](sock, data, *args)

        def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
            if not is_loopback(socket.AF_INET, address):
                raise guard._refuse(f"create_connection {address!r}")
            return saved["create_connection"](address, *args, **kwargs)

        def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
            if host is not None and not _loopback_host(host):
                raise guard._refuse(f"getaddrinfo {host!r}")
            return saved["getaddrinfo"](host, *args, **kwargs)

        s.connect = connect  # type: ignore[method-assign]
        s.connect_ex = connect_ex  # type: ignore[method-assign]
        s.sendto = sendto  # type: ignore[method-assign, assignment]
        socket.create_connection = create_connection  # type: ignore[assignment]
        socket.getaddrinfo = getaddrinfo
        return self

    def uninstall(self) -> None:
        if not self._saved:
            return
        s = socket.socket
        s.connect = self._saved["connect"]  # type: ignore[method-assign]
        s.connect_ex = self._saved["connect_ex"]  # type: ignore[method-assign]
        s.sendto = self._saved["sendto"]  # type: ignore[method-assign]
        socket.create_connection = self._saved["create_connection"]
        socket.getaddrinfo = self._saved["getaddrinfo"]
        self._saved = {}


def _loopback_host(host: Any) -> bool:
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    host = str(host).strip("[]")
    if host.lower() in ("localhost", "localhost.localdomain", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def is_loopback(family: int, address: Any) -> bool:
    """True for Unix sockets and loopback IP addresses/names."""
    if family == getattr(socket, "AF_UNIX", None) or isinstance(address, (str, bytes)):
        return True
    if isinstance(address, tuple) and address:
        return _loopback_host(address[0])
    return False


@contextmanager
def network_guard() -> Iterator[NetworkGuard]:
    """`with network_guard() as g: ...` then `assert not g.attempts`."""
    guard = NetworkGuard().install()
    try:
        yield guard
    finally:
        guard.uninstall()


def install_network_guard(log: Path | None = None) -> NetworkGuard:
    """For a subprocess (e.g. a server under test): guard the whole process from here on.

    See `tests/guarded.py` to run any command this way: `python tests/guarded.py LOG -m tutor.ui.cli serve`.
    """
    return NetworkGuard(log=log).install()


# ------------------------------------------------------------------ the CLI with a fake model


def run_cli(argv: list[str], capsys: Any, monkeypatch: Any, embedder: Any = None) -> tuple[int, str, str]:
    """`tutor ARGV` in this process with `embedder` (a FakeEmbedder by default): (exit code, stdout, stderr)."""
    from conftest import FakeEmbedder

    import tutor.ui.cli

    model = embedder or FakeEmbedder()
    monkeypatch.setattr(tutor.ui.cli, "_embedder", lambda: model)
    capsys.readouterr()
    code = tutor.ui.cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def tutor_over(folder: Path, files: dict[str, str], embedder: Any) -> tuple[Any, Path]:
    """A tutor over a small knowledge folder written for one test: (the tutor, the folder)."""
    from tutor.answer.tutor import Tutor
    from tutor.index.build import build_index
    from tutor.index.load import load_index

    knowledge = folder / "knowledge"
    knowledge.mkdir()
    for name, text in files.items():
        (knowledge / name).write_text(text, encoding="utf-8")
    build_index(knowledge, folder / "index", embedder, progress=False)
    return Tutor(load_index(folder / "index"), embedder), knowledge


def serve_app(app: Any) -> str:
    """Launch a built web app on a free local port, without blocking; its address."""
    from tutor.ui.web.server import launch

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    launch(app, "127.0.0.1", port, block=False, quiet=True)
    return f"http://127.0.0.1:{port}/"
