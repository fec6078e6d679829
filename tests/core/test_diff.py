"""Wording diff: whole words and whole figures, and no change where there is none."""
import pytest

from jmdesk.core import words
from jmdesk.core.diff import DiffOptions, diff_text


def changes(a: str, b: str, **opts):
    result = diff_text(a, [(0, len(a))], b, [(0, len(b))], options=DiffOptions(**opts))
    return [(e.kind, a[e.a_start:e.a_end], b[e.b_start:e.b_end]) for e in result.edits]


NOT_CHANGES = [
    ("reflowed line", "坚持以习近平新时代中国特色社会主义\n思想为指导，全面贯彻党的二十大精神。",
     "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。"),
    ("figure broken over a line", "城镇新增就业4\n万人以上；", "城镇新增就业4万人以上；"),
    ("stray space", "2024年是中华人民共和国成立75周 年。", "2024年是中华人民共和国成立75周年。"),
    ("full- and half-width commas and colons", "今年政府工作的总体要求是：坚持稳中求进，扎实推动高质量发展。",
     "今年政府工作的总体要求是:坚持稳中求进,扎实推动高质量发展。"),
    ("curly and straight quotes", "认真落实市委“1+6+3”工作部署。", '认真落实市委"1+6+3"工作部署。'),
    ("full-width digits", "地区生产总值增长５．５％左右。", "地区生产总值增长5.5%左右。"),
    ("full-width brackets", "各县（市、区）赛龙夺锦。", "各县(市、区)赛龙夺锦。"),
    ("dash forms", "开平—台山整县推进农文旅融合发展。", "开平－台山整县推进农文旅融合发展。"),
    ("identical sentence moved within the section",
     "加快珠肇高铁建设。推进中江高速扩建。谋划江肇第二高速。", "推进中江高速扩建。加快珠肇高铁建设。谋划江肇第二高速。"),
    ("changed punctuation only, which does not count by default", "稳增长、稳就业，稳物价。", "稳增长，稳就业、稳物价。"),
]


@pytest.mark.parametrize("name,a,b", NOT_CHANGES, ids=[c[0] for c in NOT_CHANGES])
def test_not_a_change(name, a, b):
    assert changes(a, b) == []


CHANGES = [
    ("a stronger verb", "坚持制造业当家，争当主力军。", "坚定不移推进制造业当家，争当主力军。",
     [("replace", "坚持", "坚定不移推进")]),
    ("a new phrase, whole", "加快发展战略性新兴产业。", "加快发展战略性新兴产业和新质生产力。",
     [("insert", "", "和新质生产力")]),
    ("a dropped phrase, whole", "更好统筹疫情防控和经济社会发展。", "更好统筹经济社会发展。",
     [("delete", "疫情防控和", "")]),
    ("a figure with its qualifier is one token", "地区生产总值增长6%以上。", "地区生产总值增长5.5%左右。",
     [("replace", "6%以上", "5.5%左右")]),
    ("a figure with its unit is one token", "城镇新增就业4万人以上。", "城镇新增就业5万人以上。",
     [("replace", "4万人以上", "5万人以上")]),
    ("a target that became words", "固定资产投资增长6%，", "固定资产投资提质提效，",
     [("replace", "增长6%", "提质提效")]),
    ("a new sentence", "推进中江高速扩建。", "推进中江高速扩建。谋划建设江门支线机场。",
     [("insert", "", "谋划建设江门支线机场。")]),
]


@pytest.mark.parametrize("name,a,b,expected", CHANGES, ids=[c[0] for c in CHANGES])
def test_change_covers_whole_words(name, a, b, expected):
    assert changes(a, b) == expected


def test_punctuation_counts_when_asked():
    a, b = "稳增长、稳就业，稳物价。", "稳增长，稳就业、稳物价。"
    assert changes(a, b, punctuation_counts=True) != []
    # full- against half-width forms stay equal even then
    assert changes("稳增长，稳就业。", "稳增长,稳就业。", punctuation_counts=True) == []


def test_misreadings_from_repair_are_not_changes(monkeypatch):
    from jmdesk.core import clean
    monkeypatch.setattr(clean, "misreading_pairs", lambda: [("干方百计", "千方百计"), ("人选", "入选")],
                        raising=False)
    words._normalised_misreadings.cache_clear()
    try:
        assert changes("千方百计激发消费潜能，10人入选全球前2%顶尖科学家。",
                       "干方百计激发消费潜能，10人人选全球前2%顶尖科学家。") == []
    finally:
        words._normalised_misreadings.cache_clear()


def test_highlights_are_never_scattered_single_characters():
    a = "推动江门与港澳快速联通，加快完成崖门出海航道二期疏浚并谋划三期，推动江门港积极融入大湾区港口群。"
    b = "推动江门与港澳快速联通，崖门出海航道二期正式通航，华津码头二期竣工验收，累计开通6条组合港航线。"
    found = changes(a, b)
    assert found
    # every highlighted piece is a whole word or more: no lone CJK character between two kept ones
    for _kind, old, new in found:
        for piece in (old, new):
            assert piece == "" or len(piece) >= 2


def test_tokens_keep_figures_whole_and_spans_in_the_original():
    text = "增长 5.5% 左右，４万\n人以上"
    toks = words.tokenize(text)
    assert [(t.key, t.kind) for t in toks] == [("增长", "word"), ("5.5%左右", "figure"), (",", "punct"),
                                              ("4万人以上", "figure")]
    assert text[toks[1].start:toks[1].end] == "5.5% 左右"
    assert text[toks[3].start:toks[3].end] == "４万\n人以上"


def test_segmenter_dictionary_is_cached_on_disk(tmp_path, monkeypatch):
    monkeypatch.setenv("JMDESK_CACHE_DIR", str(tmp_path))
    words.CompactSegmenter.load()
    cached = list(tmp_path.glob("segmenter-*.bin"))
    assert len(cached) == 1
    stamp = cached[0].stat().st_mtime_ns
    seg = words.CompactSegmenter.load()      # second load reads the file, does not rebuild it
    assert cached[0].stat().st_mtime_ns == stamp
    assert seg.cut("坚定不移推进制造业当家") == [(0, 4), (4, 6), (6, 9), (9, 11)]


def test_flagged_dash_misreading_is_not_a_change_but_one_elsewhere_still_is():
    from jmdesk.core.document import Misreading
    a = "抓好开平—台山整县推进农文旅融合发展，推动统一大市场建设。"
    b = "抓好开平一台山整县推进农文旅融合发展，推动统筹大市场建设。"
    flagged = (Misreading(b.index("一台山"), b.index("一台山") + 1, "一", "—"),)
    result = diff_text(a, [(0, len(a))], b, [(0, len(b))], b_fixes=flagged)
    assert [(a[e.a_start:e.a_end], b[e.b_start:e.b_end]) for e in result.edits] == [("统一", "统筹")]


def test_insertion_point_is_after_the_sentence_it_follows():
    a = "加快珠肇高铁建设。推进中江高速扩建。加快黄茅海跨海通道建设。"
    b = "加快珠肇高铁建设。推进中江高速扩建。谋划建设江门支线机场。加快黄茅海跨海通道建设。"
    (edit,) = diff_text(a, [(0, len(a))], b, [(0, len(b))]).edits
    assert edit.kind == "insert"
    assert edit.a_start == edit.a_end == a.index("加快黄茅海")
    (edit,) = diff_text(b, [(0, len(b))], a, [(0, len(a))]).edits
    assert edit.kind == "delete" and edit.b_start == a.index("加快黄茅海")
