"""Section alignment: pairs by topic, never by number (hand-made documents of real sentences)."""
import pytest

from jmdesk.core.align import align_sections
from tests.core.compare_handmade import TOPICS as T, build, titles


def _pairs(a, b):
    return {(titles(a, p.a), titles(b, p.b), p.status) for p in align_sections(a, b)}


def _reword(text: str) -> str:
    # A light rewording, as between two years' reports.
    return text.replace("加快", "加力推进").replace("持续", "进一步").replace("深入推进", "全面推进")


CASES = [
    ("identical",
     [(2, "（一）", "交通", T["traffic"]), (2, "（二）", "产业", T["industry"]), (2, "（三）", "教育", T["education"])],
     [(2, "（一）", "交通", T["traffic"]), (2, "（二）", "产业", T["industry"]), (2, "（三）", "教育", T["education"])],
     {("交通", "交通", "unchanged"), ("产业", "产业", "unchanged"), ("教育", "教育", "unchanged")}),
    ("renumbered after a new first section: not moved, new one added",
     [(2, "（一）", "交通", T["traffic"]), (2, "（二）", "产业", T["industry"]), (2, "（三）", "教育", T["education"])],
     [(2, "（一）", "生态", T["ecology"]), (2, "（二）", "交通", T["traffic"]), (2, "（三）", "产业", T["industry"]),
      (2, "（四）", "教育", T["education"])],
     {(None, "生态", "added"), ("交通", "交通", "unchanged"), ("产业", "产业", "unchanged"),
      ("教育", "教育", "unchanged")}),
    ("moved: (三) became (一), titles reworded",
     [(2, "（一）", "加快交通建设", T["traffic"]), (2, "（二）", "坚持制造业当家", T["industry"]),
      (2, "（三）", "办好人民满意的教育", T["education"])],
     [(2, "（一）", "推动教育优质均衡", T["education"]), (2, "（二）", "加速推进软硬联通", _reword(T["traffic"])),
      (2, "（三）", "坚定不移推进制造业当家", T["industry"])],
     {("办好人民满意的教育", "推动教育优质均衡", "moved"), ("加快交通建设", "加速推进软硬联通", "changed"),
      ("坚持制造业当家", "坚定不移推进制造业当家", "changed")}),
    ("removed",
     [(2, "（一）", "交通", T["traffic"]), (2, "（二）", "平安", T["safety"]), (2, "（三）", "教育", T["education"])],
     [(2, "（一）", "交通", T["traffic"]), (2, "（二）", "教育", T["education"])],
     {("交通", "交通", "unchanged"), ("平安", None, "removed"), ("教育", "教育", "unchanged")}),
    ("split: one A section became two B sections",
     [(2, "（一）", "推进乡村振兴和生态建设", T["villages"] + T["ecology"]), (2, "（二）", "产业", T["industry"])],
     [(2, "（一）", "兴乡村", T["villages"]), (2, "（二）", "优环境", T["ecology"]), (2, "（三）", "产业", T["industry"])],
     {("推进乡村振兴和生态建设", "兴乡村", "changed"), ("推进乡村振兴和生态建设", "优环境", "changed"),
      ("产业", "产业", "unchanged")}),
    ("merged: two A sections became one B section",
     [(2, "（一）", "兴乡村", T["villages"]), (2, "（二）", "优环境", T["ecology"]), (2, "（三）", "产业", T["industry"])],
     [(2, "（一）", "推进乡村振兴和生态建设", T["villages"] + T["ecology"]), (2, "（二）", "产业", T["industry"])],
     {("兴乡村", "推进乡村振兴和生态建设", "changed"), ("优环境", "推进乡村振兴和生态建设", "changed"),
      ("产业", "产业", "unchanged")}),
    ("numbered sections against thematic openers",
     [(1, "一、", "2022年工作回顾", ""), (2, "（一）", "坚持工业立市制造强市", T["industry"]),
      (2, "（二）", "用心用情增进民生福祉", T["health"] + T["safety"]), (2, "（三）", "守护绿水青山", T["ecology"])],
     [(1, "一、", "2024年工作回顾", ""), (2, None, "这一年，我们持之以恒优环境、强治理", _reword(T["ecology"])),
      (2, None, "这一年，我们一以贯之抓创新、强产业", _reword(T["industry"])),
      (2, None, "这一年，我们用心用情惠民生、增福祉", _reword(T["health"] + T["safety"]))],
     {("2022年工作回顾", "2024年工作回顾", "changed"),
      ("坚持工业立市制造强市", "这一年，我们一以贯之抓创新、强产业", "changed"),
      ("用心用情增进民生福祉", "这一年，我们用心用情惠民生、增福祉", "changed"),
      ("守护绿水青山", "这一年，我们持之以恒优环境、强治理", "moved")}),
    ("moved across parts",
     [(1, "一、", "回顾", ""), (2, "（一）", "交通", T["traffic"]), (2, "（二）", "平安", T["safety"]),
      (1, "二、", "安排", ""), (2, "（一）", "教育", T["education"]), (2, "（二）", "产业", T["industry"])],
     [(1, "一、", "回顾", ""), (2, "（一）", "交通", T["traffic"]),
      (1, "二、", "安排", ""), (2, "（一）", "教育", T["education"]), (2, "（二）", "产业", T["industry"]),
      (2, "（三）", "平安", T["safety"])],
     {("回顾", "回顾", "changed"), ("交通", "交通", "unchanged"), ("平安", "平安", "moved"),
      ("安排", "安排", "changed"), ("教育", "教育", "unchanged"), ("产业", "产业", "unchanged")}),
]


@pytest.mark.parametrize("name,a_items,b_items,expected", CASES, ids=[c[0] for c in CASES])
def test_sections_pair_by_topic(name, a_items, b_items, expected):
    a, b = build(a_items), build(b_items)
    assert _pairs(a, b) == expected


def test_every_section_appears_and_scores_are_fractions():
    a = build([(2, "（一）", "交通", T["traffic"]), (2, "（二）", "平安", T["safety"])])
    b = build([(2, "（一）", "教育", T["education"]), (2, "（二）", "交通", T["traffic"])])
    pairs = align_sections(a, b)
    assert {p.a for p in pairs if p.a} == {s.id for s in a.sections}
    assert {p.b for p in pairs if p.b} == {s.id for s in b.sections}
    assert all(0.0 <= p.score <= 1.0 for p in pairs)
    assert all((p.a is None) == (p.status == "added") and (p.b is None) == (p.status == "removed")
               for p in pairs)


def test_documents_without_sections_give_no_pairs():
    a, b = build([]), build([])
    assert align_sections(a, b) == []


def test_assignment_is_optimal_on_small_matrices():
    # The exact assignment against brute force, on fixed pseudo-random score tables.
    import itertools
    import random

    from jmdesk.core.align import _hungarian
    rng = random.Random(7)
    for n, m in [(1, 1), (2, 3), (3, 2), (4, 4), (5, 3), (3, 6)]:
        for _ in range(20):
            gain = [[rng.choice([0.0, rng.random()]) for _ in range(m)] for _ in range(n)]
            got = sum(gain[i][j] for i, j in _hungarian(gain))
            if n <= m:
                best = max(sum(gain[i][p[i]] for i in range(n)) for p in itertools.permutations(range(m), n))
            else:
                best = max(sum(gain[p[j]][j] for j in range(m)) for p in itertools.permutations(range(n), m))
            assert abs(got - best) < 1e-9
