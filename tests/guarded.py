"""Run a Python command under the loopback-only network guard, logging every refused attempt.

    python tests/guarded.py LOG -m tutor.ui.cli serve --port 7861
    python tests/guarded.py LOG -c "import tutor; ..."

LOG gets one line per refused attempt, written at once (so it survives the process being killed);
an empty or missing LOG after the run means nothing tried to leave the machine.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from helpers import install_network_guard  # noqa: E402


def main() -> None:
    if len(sys.argv) < 4 or sys.argv[2] not in ("-m", "-c"):
        raise SystemExit(__doc__)
    log, flag, target, rest = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
    install_network_guard(log)
    if flag == "-m":
        sys.argv = [target, *rest]
        runpy.run_module(target, run_name="__main__", alter_sys=True)
    else:
        sys.argv = ["-c", *rest]
        exec(compile(target, "<guarded>", "exec"), {"__name__": "__main__"})


if __name__ == "__main__":
    main()
