"""Word segmentation helpers: the two-level dictionary and the keys of many pieces of one text."""
from jmdesk.core import words
from jmdesk.core.document import Misreading
from jmdesk.core.userdirs import map_file, write_whole
from jmdesk.core.words import PREFIX, CompactSegmenter, TextKeys, WordCosts

TABLE = {"稳": 40, "增": 50, "长": 45, "稳增": PREFIX, "稳增长": 30, "增长": 20, "推进": 25, "推进制": PREFIX,
         "推进制造": PREFIX, "推进制造业": 60, "制造": 22, "制造业": 24, "业": 70, "当家": 35}


def test_word_costs_answer_as_the_table_they_were_packed_from():
    costs = WordCosts(WordCosts.pack(TABLE))
    for word, cost in TABLE.items():
        assert costs.get(word) == cost and word in costs
    for absent in ("", "当", "长稳", "推进制造业当", "制造商", "x"):
        assert costs.get(absent) is None and costs.get(absent, PREFIX) == PREFIX and absent not in costs
    assert costs.single("稳") == 40 and costs.single("推") == PREFIX and costs.single("当") == PREFIX
    assert costs.starting_with("推进") == {"推进": 25, "推进制": PREFIX, "推进制造": PREFIX, "推进制造业": 60}
    assert costs.starting_with("进制") == {}
    # the packed form is what the cache file holds
    assert WordCosts.is_packed(WordCosts.pack(TABLE)) and not WordCosts.is_packed(("x",) * 8)


def test_cut_takes_the_cheapest_route_over_the_table():
    seg = CompactSegmenter(WordCosts(WordCosts.pack(TABLE)), 100)
    assert seg.cut("稳增长") == [(0, 3)]
    assert seg.cut("推进制造业当家") == [(0, 2), (2, 5), (5, 7)]     # 25 + 24 + 35, not 60 + 35
    assert seg.cut("推") == [(0, 1)]
    # unknown single characters in a row stay one token
    assert seg.cut("甲乙推进") == [(0, 2), (2, 4)]


def test_text_keys_are_those_of_key_string_for_short_and_long_texts():
    short = "增长 5.5% 左右，４万\n人以上；开平一台山。"
    long = (short + "\n") * 300
    for text in (short, long):
        fixes = (Misreading(text.index("一台山"), text.index("一台山") + 1, "一", "—"),)
        keys = TextKeys(text, fixes)
        for start, end in ((0, len(short)), (3, 9), (5, 5), (len(short) - 6, len(short))):
            assert keys.key_where(start, end) == words.key_string(text, start, end, fixes=fixes)
            assert keys.key(start, end) == words.key_string(text, start, end, fixes=fixes)[0]


def test_tokenize_key_is_tokenize_of_a_known_key():
    text = "全省第2，增长 5.5% 左右，GDP达到3773.41亿元，新增就业４万\n人以上"
    key, where = words.key_string(text)
    atoms = [(text.index("3773"), text.index("3773") + 9)]
    assert words.tokenize_key(key, where, atoms) == words.tokenize(text, atoms=atoms)
    assert [t.kind for t in words.tokenize(text)][:3] == ["word", "figure", "punct"]


def test_word_costs_find_every_group_when_pairs_share_a_slot():
    # three groups make a table of 7 slots (the first prime >= 2 * 3 + 1); three pairs whose key
    # falls on the last slot sit there and past the end (the table grows instead of wrapping round)
    last = [w for w in (chr(0x4E00) + chr(0x4E00 + k) for k in range(50))
            if (ord(w[0]) << 16 | ord(w[1])) % 7 == 6][:3]
    table = {w: 10 + k for k, w in enumerate(last)}
    table.update({w + "乙": PREFIX for w in last[:1]})
    costs = WordCosts(WordCosts.pack(table, 90))
    assert costs.min_cost == 90 and costs.modulus == 7 and len(costs.slots) == 3 * 9
    for word, cost in table.items():
        assert costs.get(word) == cost
    assert costs.starting_with(last[0]) == {last[0]: 10, last[0] + "乙": PREFIX}
    assert costs.get(chr(0x4E00) * 2) is None and costs.get(last[1] + "乙") is None


def test_cut_treats_characters_outside_the_bmp_as_unknown():
    seg = CompactSegmenter(WordCosts(WordCosts.pack(TABLE)), 100)
    assert seg.cut("稳增长\U00020000\U00020001推进") == [(0, 3), (3, 5), (5, 7)]
    assert WordCosts(WordCosts.pack(TABLE)).get("\U00020000推") is None
    assert WordCosts(WordCosts.pack(TABLE)).get("\x00\x00") is None     # key 0 marks an empty slot


def test_word_costs_file_is_mapped_and_checked(tmp_path):
    path = tmp_path / "costs.bin"
    write_whole(path, WordCosts.pack(TABLE, 7))
    mapped = map_file(path)
    assert WordCosts.is_packed(mapped) and WordCosts(mapped).get("推进制造业") == 60
    path.write_bytes(WordCosts.pack(TABLE)[:-1])            # cut short: not taken
    assert not WordCosts.is_packed(map_file(path))
    assert map_file(tmp_path / "missing.bin") is None
