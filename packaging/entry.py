"""The frozen executable's entry point: the same command line as `python -m jmdesk`."""
import multiprocessing
import sys

from jmdesk.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a worker process started by the app must not start the app again
    sys.exit(main())
