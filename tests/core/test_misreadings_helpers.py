"""The misreading rules find every occurrence, also where phrases overlap."""
from __future__ import annotations

from jmdesk.core.misreadings import _is_word, find_misreadings


def test_overlapping_phrases_are_both_listed():
    found = [(m.start, m.text, m.suggestion) for m in find_misreadings("党员千部群众干方百计")]
    assert found == [(0, "党员千部", "党员干部"), (2, "千部群众", "干部群众"), (6, "干方百计", "千方百计")]


def test_dateline_dash_at_the_start_of_the_text_and_of_a_line():
    text = "-2025年2月26日在\n一2024年1月5日在\n中-2023年1月1日"
    found = [(m.start, m.text) for m in find_misreadings(text)]
    assert found == [(0, "-"), (text.index("\n") + 1, "一")]


def test_units_except_after_ruo():
    assert [m.text for m in find_misreadings("干亿元，若干亿元，干瓦")] == ["干亿", "干瓦"]


def test_is_word():
    assert _is_word("台山") and not _is_word("一体") and not _is_word("台") and not _is_word("ab")


def test_the_name_lexicon_file_answers_as_its_table_and_a_damaged_one_is_refused(tmp_path):
    from jmdesk.core.lexicon import Lexicon
    table = {"台山": "ns", "台山市": "ns", "开平": "ns", "张三": "nr", "中兴": "nz", "中": "nt"}
    path = tmp_path / "names.lexicon"
    Lexicon.save(path, table)
    opened = Lexicon.open(path)
    for lexicon in (opened, Lexicon.from_table(table)):
        assert {w: lexicon.get(w) for w in table} == table
        assert sorted(lexicon) == sorted(table)
        assert len(lexicon) == len(table)
        for absent in ("台", "山", "台山县", "开平台", "", "台山\n开平", "中兴 ", "x"):
            assert lexicon.get(absent) is None and absent not in lexicon
        assert lexicon.get("台山") == "ns" and "张三" in lexicon
    path.write_bytes(path.read_bytes()[:-3])        # cut short
    assert Lexicon.open(path) is None
    path.write_bytes(b"not a lexicon")
    assert Lexicon.open(path) is None
    assert Lexicon.open(tmp_path / "missing.lexicon") is None
