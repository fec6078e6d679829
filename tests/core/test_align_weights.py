"""Section alignment internals: the shortcuts taken for speed give what the plain forms give."""
import random

from jmdesk.core.align import _dot, _heaviest, _prepare, _weigh, align_sections
from tests.core.compare_handmade import TOPICS as T, build


def test_heaviest_is_the_head_of_a_stable_sort():
    rng = random.Random(3)
    for _ in range(500):
        n = rng.randrange(0, 90)
        # few distinct weights, so that ties fall on the cut
        weights = [rng.choice([0.5, 1.0, 2.0, rng.random()]) for _ in range(n)]
        grams = [f"g{i}" for i in range(n)]
        vec = dict(zip(grams, weights))
        assert _heaviest(grams, weights, 40) == sorted(vec, key=vec.__getitem__, reverse=True)[:40]


def test_dot_is_the_sum_over_shared_bigrams():
    rng = random.Random(5)
    pool = [chr(0x4E00 + i) + chr(0x4E00 + j) for i in range(12) for j in range(12)]
    for _ in range(300):
        x = {g: rng.random() for g in rng.sample(pool, rng.randrange(0, 40))}
        y = {g: rng.random() for g in rng.sample(pool, rng.randrange(0, 40))}
        plain = sum(x[g] * y[g] for g in x if g in y)
        assert abs(_dot(x, y) - plain) <= 1e-12 * max(1.0, plain)
        assert _dot(x, y) == _dot(dict(x), dict(y))      # a fixed summation order, not a set's


def test_opening_that_is_the_whole_section_shares_its_vector():
    # a one-paragraph section, and one whose opening paragraph is followed by others
    doc = build([(2, "（一）", "交通", T["traffic"]),
                 (2, "（二）", "产业", "\n".join([T["industry"] * 2, T["ecology"] * 2, T["villages"] * 2]))])
    side = _prepare(doc, {})
    _weigh([side])
    short, long_ = (s.id for s in doc.sections)
    assert side.vector("head:" + short) is side.vector(short)
    head, whole = side.vector("head:" + long_), side.vector(long_)
    assert head is not whole and len(head.weights) <= len(whole.weights)


def test_alignment_is_deterministic():
    a = build([(2, "（一）", "交通", T["traffic"]), (2, "（二）", "产业", T["industry"]),
               (2, "（三）", "教育", T["education"])])
    b = build([(2, "（一）", "教育", T["education"]), (2, "（二）", "交通", T["traffic"] + T["villages"])])
    assert align_sections(a, b) == align_sections(a, b)


def test_bigram_codes_stand_for_the_character_pairs():
    from jmdesk.core.align import _bigrams, _codes
    rng = random.Random(11)
    alphabet = "交通产业教育|ab1\uf900\u3400"      # word characters and a bar (what punctuation becomes)
    for _ in range(300):
        k = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        pairs = [k[i:i + 2] for i in range(len(k) - 1)]
        codes = _codes(k)
        assert len(codes) == len(pairs)
        assert all((c == 0) == ("|" in p) for c, p in zip(codes, pairs))      # 0 across a bar
        words = {p: c for p, c in zip(pairs, codes) if c}
        assert len(set(words.values())) == len(words)                         # one code per pair
        assert all(words[p] == c for p, c in zip(pairs, codes) if c)
        counted = [p for p in pairs if "|" not in p]
        assert list(_bigrams(k).items()) == [(words[p], counted.count(p)) for p in dict.fromkeys(counted)]
