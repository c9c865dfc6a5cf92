"""One place that knows where knowledge, the index and learner data live."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def knowledge_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """`--knowledge`, else `TUTOR_KNOWLEDGE`, else `knowledge/` beside the package."""
    return Path(override or os.environ.get("TUTOR_KNOWLEDGE") or PROJECT_ROOT / "knowledge")


def index_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """`--index`, else `TUTOR_INDEX`, else `index/` beside the package."""
    return Path(override or os.environ.get("TUTOR_INDEX") or PROJECT_ROOT / "index")


def home_dir() -> Path:
    """Learner data: `TUTOR_HOME`, else the per-user data folder (XDG on Linux)."""
    env = os.environ.get("TUTOR_HOME")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg else Path.home() / ".local" / "share"
    return base / "tutor"
