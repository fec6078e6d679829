"""The frozen executable's entry point: the same command line as `python -m jmdesk`."""
import multiprocessing

from jmdesk.__main__ import cli

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a worker process started by the app must not start the app again
    cli()
