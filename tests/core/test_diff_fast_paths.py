"""The faster paths of the diff answer exactly as the plain ones they replace."""
import random
import re
from operator import add

import pytest

from jmdesk.core import diff
from jmdesk.core.diff import MAX_MERGE, SENTENCE_PAIR_MIN, Sentence

PLAIN_SENTENCE_END = re.compile(r"[。！？!?；;]+[”\"’')）]*|\n+")


def test_sentence_endings_are_those_of_the_plain_pattern():
    rng = random.Random(7)
    alphabet = "。！？!?；;\n”\"’')）字 "
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        assert ([m.span() for m in diff._SENTENCE_END.finditer(text, lo, hi)]
                == [m.span() for m in PLAIN_SENTENCE_END.finditer(text, lo, hi)]), (text, lo, hi)


def _plain_bigrams(key: str) -> frozenset:
    return frozenset(map(add, key, key[1:])) or frozenset([key])


def test_bigram_sets_count_as_sets_of_neighbour_pairs():
    keys = ["", "稳", "稳增长", "增长增长", "a增长5.5%左右", "𠀀𠀁𠀀", "推进推进推", "稳就业稳物价"]
    for x in keys:
        assert len(diff._bigram_set(x)) == len(_plain_bigrams(x))
        for y in keys:
            assert len(diff._bigram_set(x) & diff._bigram_set(y)) == len(_plain_bigrams(x) & _plain_bigrams(y))


def _plain_pair_reworded(xs, ys, sa, sb):
    """The pairing as first written (one cell at a time), kept as the reference."""
    if not xs or not ys:
        return [([i], []) for i in xs] + [([], [j]) for j in ys]

    def dice(x, y):
        return 2.0 * len(x & y) / (len(x) + len(y)) if x and y else 0.0

    ga = [_plain_bigrams(sa[i].key) for i in xs]
    gb = [_plain_bigrams(sb[j].key) for j in ys]
    la = [len(sa[i].key) for i in xs]
    lb = [len(sb[j].key) for j in ys]
    n, m = len(xs), len(ys)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    move = [[None] * (m + 1) for _ in range(n + 1)]
    for i in range(n, -1, -1):
        row, nxt_row = best[i], best[i + 1] if i < n else None
        for j in range(m, -1, -1):
            if i == n and j == m:
                continue
            top, how = -1.0, None
            if i < n and nxt_row[j] > top:
                top, how = nxt_row[j], (1, 0, False)
            if j < m and row[j + 1] > top:
                top, how = row[j + 1], (0, 1, False)
            if i < n and j < m:
                s = dice(ga[i], gb[j])
                if s >= SENTENCE_PAIR_MIN:
                    v = best[i + 1][j + 1] + s * (la[i] + lb[j])
                    if v > top:
                        top, how = v, (1, 1, True)
                if s >= SENTENCE_PAIR_MIN / 2:
                    union, length = gb[j], lb[j]
                    for k in range(1, min(MAX_MERGE, m - j)):
                        if sb[ys[j + k]].segment != sb[ys[j]].segment or ys[j + k] != ys[j] + k:
                            break
                        union, length = union | gb[j + k], length + lb[j + k]
                        d = dice(ga[i], union)
                        if d >= SENTENCE_PAIR_MIN:
                            v = best[i + 1][j + k + 1] + d * (la[i] + length)
                            if v > top:
                                top, how = v, (1, k + 1, True)
                    union, length = ga[i], la[i]
                    for k in range(1, min(MAX_MERGE, n - i)):
                        if sa[xs[i + k]].segment != sa[xs[i]].segment or xs[i + k] != xs[i] + k:
                            break
                        union, length = union | ga[i + k], length + la[i + k]
                        d = dice(union, gb[j])
                        if d >= SENTENCE_PAIR_MIN:
                            v = best[i + k + 1][j + 1] + d * (length + lb[j])
                            if v > top:
                                top, how = v, (k + 1, 1, True)
            row[j], move[i][j] = top, how
    out, i, j = [], 0, 0
    while i < n or j < m:
        di, dj, paired = move[i][j]
        if paired:
            out.append((xs[i:i + di], ys[j:j + dj]))
        elif di:
            out.append(([xs[i]], []))
        else:
            out.append(([], [ys[j]]))
        i, j = i + di, j + dj
    return out


CLAUSES = ["推进制造业当家", "加快建设现代化产业体系", "稳增长", "稳就业", "扩大有效投资", "城镇新增就业4万人",
           "做强做优实体经济", "深化改革开放", "保障和改善民生", "推动高质量发展", "建设大湾区西翼", "5.5%左右"]


def _random_sentences(rng: random.Random, count: int) -> list[Sentence]:
    out, segment = [], 0
    for k in range(count):
        if rng.random() < 0.15:
            segment += 1
        key = "".join(rng.choice(CLAUSES) for _ in range(rng.randint(1, 4)))
        if rng.random() < 0.1:
            key = key[:1]
        out.append(Sentence(10 * k, 10 * k + 5, key, segment))
    return out


@pytest.mark.parametrize("seed", range(60))
def test_sentence_pairing_is_that_of_the_plain_dynamic_programme(seed):
    rng = random.Random(seed)
    sa, sb = _random_sentences(rng, rng.randint(0, 12)), _random_sentences(rng, rng.randint(0, 12))
    xs = sorted(rng.sample(range(len(sa)), rng.randint(0, len(sa))))
    ys = sorted(rng.sample(range(len(sb)), rng.randint(0, len(sb))))
    assert diff._pair_reworded(xs, ys, sa, sb) == _plain_pair_reworded(xs, ys, sa, sb)
