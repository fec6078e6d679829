"""Time from launching `jmdesk` (no arguments) to the first show event of its window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/measure_startup.py [RUNS]

The app prints the wall clock when its window is first shown (JMDESK_STARTUP_PROBE); this
script starts the process, reads that line and prints the delay for each run, the median and
the worst. Not a test: the figure depends on the machine and its load (see docs/app.md)."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def once(env: dict) -> float:
    exe = ROOT / ".venv" / "bin" / "jmdesk"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "jmdesk"]
    start = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60).stdout
    shown = next(float(line.split()[1]) for line in out.splitlines() if line.startswith("shown "))
    return shown - start


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as settings:
        env = dict(os.environ, JMDESK_STARTUP_PROBE="1", JMDESK_SETTINGS_DIR=settings)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        times = [once(env) for _ in range(runs)]
    print("runs:", " ".join(f"{t:.2f}" for t in times))
    print(f"median {statistics.median(times):.2f} s, worst {max(times):.2f} s "
          f"({env['QT_QPA_PLATFORM']}, {os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
