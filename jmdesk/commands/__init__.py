"""One module per subcommand: add_arguments(parser) and run(args) -> int."""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager

from jmdesk.core.errors import BadInput

EXIT_OK, EXIT_USAGE, EXIT_BAD_INPUT = 0, 2, 3


def fail(message: str, status: int = EXIT_BAD_INPUT) -> int:
    """One line on stderr that starts with 'jmdesk: ', as CONTRACT.md requires."""
    sys.stderr.write("jmdesk: " + " ".join(str(message).split()) + "\n")
    return status


@contextmanager
def bad_input_exits():
    """Turn BadInput into status 3 with one line; never a traceback."""
    try:
        yield
    except BadInput as exc:
        raise SystemExit(fail(str(exc)))


def write_json(data) -> None:
    out = sys.stdout
    if hasattr(out, "reconfigure"):
        out.reconfigure(encoding="utf-8")
    # one compact document: json.dumps without indent runs the C encoder (indent, or
    # json.dump to a stream, takes the pure-Python one, several times slower)
    out.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    out.write("\n")


def load_or_exit(path: str):
    from jmdesk.core.pipeline import load_document
    with bad_input_exits():
        return load_document(path)
