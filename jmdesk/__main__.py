"""The jmdesk command line. No Qt import unless the app (or a chart) is asked for.

Each subcommand lives in jmdesk/commands/<name>.py with two functions:
``add_arguments(parser)`` and ``run(args) -> int``.
"""
from __future__ import annotations

import argparse
import importlib
import sys


# name -> one-line help; the module jmdesk.commands.<name> does the work
COMMANDS = {
    "open": "open the app on one or two documents",
    "parse": "clean and outline one document, with its figures",
    "compare": "align and diff two documents (A older, B newer)",
    "metrics": "the figures of several documents as one table",
    "chart": "draw indicators across years to PNG/SVG (no screen needed)",
}


class _Formatter(argparse.HelpFormatter):
    """argparse makes a formatter for every argument it adds, and the stock one imports
    shutil (with bz2 and lzma) for the terminal width: ~2 ms of every run. os has it."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            import os
            try:
                width = int(os.environ.get("COLUMNS") or os.get_terminal_size(sys.__stdout__.fileno()).columns)
            except (AttributeError, OSError, ValueError):   # not a terminal, no stdout
                width = 80
            width -= 2
        super().__init__(prog, indent_increment, max_help_position, width)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str):  # one line, status 2, as CONTRACT.md says
        sys.stderr.write(f"jmdesk: {message} (see 'jmdesk --help')\n")
        raise SystemExit(2)


class _Version(argparse.Action):
    # the version is read only when asked for, not on every run
    def __call__(self, parser, namespace, values, option_string=None):
        from jmdesk import version
        print(f"jmdesk {version()}")
        raise SystemExit(0)


def _chosen(argv: list[str]) -> str | None:
    """The subcommand named on the command line, if any: the first word that is not an
    option (the top-level options take no value)."""
    for word in argv:
        if word == "--":
            return None
        if not word.startswith("-"):
            return word if word in COMMANDS else None
    return None


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The whole parser; with ``argv``, only the subcommand it names gets its arguments
    (and its module imported): a run pays for one command, `--help` still lists all."""
    parser = _Parser(prog="jmdesk", description="Compare government work reports: figures and wording.")
    parser.add_argument("--version", action=_Version, nargs=0, help="print the version and exit")
    parser.add_argument("--self-test", action="store_true",
                        help="parse and compare the bundled samples and check the results")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, prog="jmdesk")
    chosen = _chosen(argv) if argv is not None else None
    for name, help_text in COMMANDS.items():
        command_parser = sub.add_parser(name, help=help_text, description=help_text)
        if argv is None or name == chosen:
            importlib.import_module(f"jmdesk.commands.{name}").add_arguments(command_parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from jmdesk.core import regex_cache
    regex_cache.warm()      # compiled patterns from the last run, argparse's own among them
    args = build_parser(argv).parse_args(argv)
    try:
        if args.self_test:
            from jmdesk.commands import selftest
            return selftest.run(args)
        if args.command is None:
            from jmdesk.commands import open as open_cmd
            return open_cmd.run(args)
        return importlib.import_module(f"jmdesk.commands.{args.command}").run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `jmdesk parse FILE | head`: the reader left; not an error worth a traceback
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


# Commands that only print or write files. Once one has finished, taking its heap apart
# object by object (two documents, their offset maps, the segmenter's dictionary) is
# about a sixth of a `jmdesk compare` run and achieves nothing: the process ends at once,
# after the exit handlers (which save caches) and a flush of the output.
QUICK_EXIT = frozenset({"parse", "compare", "metrics"})


def cli() -> None:
    """The `jmdesk` program (console script, `python -m jmdesk`, the frozen executable)."""
    argv = sys.argv[1:]
    quick = _chosen(argv) in QUICK_EXIT
    if quick:
        # No cycle collection in a run that ends with os._exit: a command makes next to no
        # cycles, and a collection after its work would walk every object it made (~15 ms).
        import gc
        gc.disable()
    status = main(argv)
    if quick:
        _leave_now(status)
    sys.exit(status)


def _leave_now(status: int) -> None:
    import atexit
    import os

    run_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_handlers is None:        # not CPython: leave the ordinary way
        sys.exit(status)
    run_handlers()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):   # a reader that left, a closed stream
            pass
    os._exit(status or 0)


if __name__ == "__main__":
    cli()
