"""The FAQ stored beside the index, and opening it: loaded when current, else built and stored.

index/
  faq.json   the entries (question, cited answer, section) and the key they were built for
  faq.npy    the normalised embedding of every entry's question, in entry order

The key is the index manifest's hash plus a hash of the code that shapes answers, so a rebuilt index
or a changed tutor rebuilds the FAQ the next time it is opened.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tutor.errors import IndexStateError
from tutor.faq.entries import FaqEntry
from tutor.faq.search import Faq
from tutor.index.layout import FAQ_FILE, FAQ_VECTORS, MANIFEST, sha256_file, write_beside
from tutor.skips import Skips

if TYPE_CHECKING:
    from tutor.answer.tutor import Answerer
    from tutor.index.embedding import Embedder

FAQ_VERSION = 3  # 2: answers stored as typed pieces; 3: pieces with their spans


def open_faq(tutor: Answerer, notify: Callable[[str], object] | None = None) -> Faq:
    """The FAQ for the tutor's index: loaded when current, else built now and stored beside the index."""
    from tutor.faq.build import build_faq

    say = notify or _stderr
    index = tutor.index.folder
    if not (index / MANIFEST).exists():
        raise IndexStateError(f"no index in {index}; run `tutor build`")
    faq = load_faq(index, tutor.embedder)
    if faq is not None:
        return faq
    say("Building the FAQ…")
    skips = Skips("FAQ")
    faq = build_faq(tutor, skips)
    if skips.skipped:
        say(skips.summary())
    try:
        save_faq(index, faq)
    except OSError as e:
        say(f"Could not store the FAQ in {index} ({e}); it will be rebuilt next time.")
    return faq


def load_faq(index: Path, embedder: Embedder) -> Faq | None:
    """The stored FAQ when it was built for this index, model and code; None when it must be rebuilt."""
    import numpy as np

    try:
        data = json.loads((index / FAQ_FILE).read_text(encoding="utf-8"))
        if data.get("key") != faq_key(index, embedder):
            return None
        entries = [FaqEntry.from_dict(d) for d in data["entries"]]
        vectors = np.load(index / FAQ_VECTORS)
        return Faq(entries, vectors, embedder)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save_faq(index: Path, faq: Faq) -> None:
    """Store the FAQ beside the index: the vectors first, then the entries with the key they were built for."""
    data = {"key": faq_key(index, faq.embedder), "entries": [e.to_stored() for e in faq.entries]}
    text = json.dumps(data, ensure_ascii=False, indent=1)
    write_beside(index, {FAQ_VECTORS: faq.vectors, FAQ_FILE: text.encode("utf-8")})


def faq_key(index: Path, embedder: Embedder) -> dict[str, Any]:

    return {
        "version": FAQ_VERSION,
        "manifest_sha256": sha256_file(index / MANIFEST),
        "model": embedder.model_id,
        "code": _code_key(),
    }


def _code_key() -> str:
    """A hash of the modules that shape answers: a changed tutor rebuilds the FAQ's answers."""
    h = hashlib.sha256()
    package = Path(__file__).resolve().parent.parent
    shaping = [package / "index" / "retrieval.py", package / "tuning.py"]
    for folder in ("answer", "english", "faq"):
        shaping += sorted((package / folder).glob("*.py"))
    for p in shaping:
        if p.exists():
            h.update(p.read_bytes())
    return h.hexdigest()


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
