"""What a run keeps on disk for the next one (compiled patterns, dictionary lexicons) gives
the same results as working everything out afresh, and a damaged file is not a failure."""
import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT, sample

# A pattern of the kind the stages compile (a CJK class, named groups), and text to run it on.
PATTERN = r"(?P<name>[\u4e00-\u9fff]{2,8}?)(?:增长|达到)(?P<value>\d+(?:\.\d+)?)(?P<unit>%|亿元|万人)"
TEXT = sample("2023").read_text(encoding="utf-8")[:6000]

PROBE = f"""
import json, re, sys
import re._compiler as compiler
from jmdesk.core import regex_cache
regex_cache.warm()
built = []                      # patterns re had to build from the source
plain = compiler.compile
compiler.compile = lambda p, flags=0: (built.append(p), plain(p, flags))[1]
rx = re.compile({PATTERN!r})
warm = {PATTERN!r} not in built
text = open({str(sample("2023"))!r}, encoding="utf-8").read()[:6000]
print(json.dumps({{"warm": warm, "groups": rx.groupindex == {{"name": 1, "value": 2, "unit": 3}},
                  "found": [m.span() for m in rx.finditer(text)]}}))
"""


def _probe(cache_dir) -> dict:
    env = dict(os.environ, JMDESK_CACHE_DIR=str(cache_dir))
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=60, check=True).stdout
    return json.loads(out)


def test_a_pattern_compiled_in_one_run_is_ready_in_the_next_and_matches_the_same(tmp_path):
    import re
    expected = [m.span() for m in re.compile(PATTERN).finditer(TEXT)]
    assert expected, "the probe pattern should find figures in the sample"
    first = _probe(tmp_path)
    assert not first["warm"]
    assert list(tmp_path.glob("regex-*.marshal"))
    second = _probe(tmp_path)
    assert second["warm"]                       # taken from the file, not compiled again
    assert second["groups"]
    assert [tuple(s) for s in second["found"]] == [tuple(s) for s in first["found"]] == expected


@pytest.mark.parametrize("damage", [b"", b"not marshal data", b"\xe9\x00\x00\x00"])
def test_a_damaged_pattern_cache_is_ignored_and_replaced(tmp_path, damage):
    _probe(tmp_path)
    (cached,) = tmp_path.glob("regex-*.marshal")
    cached.write_bytes(damage)
    again = _probe(tmp_path)
    assert not again["warm"] and again["found"]
    assert _probe(tmp_path)["warm"]             # the damaged file was written anew


def test_dictionary_lexicons_answer_as_jiebas_dictionary(tmp_path, monkeypatch):
    from jmdesk.core import lexicon, words
    monkeypatch.setenv("JMDESK_CACHE_DIR", str(tmp_path))
    lexicon.name_tags.cache_clear()
    try:
        names = lexicon.name_tags()
        assert names.get("台山") == "ns" and "台山" in names       # a place name of the samples
        assert names.get("制造") is None and "制造" not in names    # a plain word is no name
        seg = words.CompactSegmenter.load()
        assert seg.words.get("制造") not in (None, words.PREFIX)    # but it is a dictionary word
        # a second process-like load reads the grouped file and answers the same
        lexicon.name_tags.cache_clear()
        assert lexicon.name_tags().get("台山") == "ns"
        assert words.CompactSegmenter.load().cut("坚定不移推进制造业当家") == seg.cut("坚定不移推进制造业当家")
    finally:
        lexicon.name_tags.cache_clear()


def test_patterns_in_the_file_are_built_only_when_a_run_asks_for_them(tmp_path):
    _probe(tmp_path)                               # the file now holds PATTERN
    env = dict(os.environ, JMDESK_CACHE_DIR=str(tmp_path))
    code = ("import re\nfrom jmdesk.core import regex_cache\nregex_cache.warm()\n"
            f"print((str, {PATTERN!r}, 0) in re._cache)\n"
            f"re.compile({PATTERN!r})\nprint((str, {PATTERN!r}, 0) in re._cache)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=60, check=True).stdout.split()
    assert out == ["False", "True"]
