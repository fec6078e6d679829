"""The app's background jobs hand the engine its own options type."""
from jmdesk.core import compare
from jmdesk.ui.workers import compare_options


def test_the_punctuation_switch_reaches_the_engine_as_its_options():
    on, off = compare_options(compare, True), compare_options(compare, False)
    assert isinstance(on, compare.CompareOptions) and on.punctuation_counts is True
    assert isinstance(off, compare.CompareOptions) and off.punctuation_counts is False
