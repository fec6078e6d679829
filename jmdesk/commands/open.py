"""`jmdesk open A [B]` and plain `jmdesk`: the desktop app.

With no files, the app opens the two most recent bundled reports, already compared. Qt is
imported only here, inside run(), so that the rest of the command line never pays for it."""
from __future__ import annotations

from pathlib import Path

from jmdesk.commands import EXIT_BAD_INPUT, EXIT_USAGE, fail


def add_arguments(parser):
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help="report A (older) and optionally report B (newer); "
                             "none: the two most recent bundled reports")


def run(args) -> int:
    files = list(getattr(args, "files", None) or [])
    if len(files) > 2:
        return fail(f"open takes at most two files (A and B), got {len(files)}", EXIT_USAGE)
    for f in files:
        if not Path(f).exists():
            return fail(f"{f}: no such file; check the path", EXIT_BAD_INPUT)
    if not files:
        from jmdesk.resources import latest_sample_reports
        files = latest_sample_reports(2)
    a = files[0] if files else None
    b = files[1] if len(files) > 1 else None
    from jmdesk.ui.app import run as run_app
    return run_app(a, b)
