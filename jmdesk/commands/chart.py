"""(scaffold: replaced by the work on this command)"""
from jmdesk.commands import fail


def add_arguments(parser):
    parser.add_argument("files", nargs="*")


def run(args):
    return fail("not built yet", 2)
