"""Wording changes between two pieces of text: sentences first, then words.

Sentences are lined up first (identical ones, even out of order, are not
changes; similar ones are paired, one to one or one to two), then each pair of
sentences is compared word by word on the keys of jmdesk.core.words, so that a
highlight covers whole words and whole figures. Spans are in the original
texts; what the keys normalise away (spaces, line breaks, full/half-width forms,
quotes, OCR misreadings, and punctuation unless it counts) is never a change.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from itertools import accumulate
from typing import Iterable, NamedTuple

from jmdesk.core.words import TextKeys, Token, tokenize_key

SENTENCE_PAIR_MIN = 0.3      # bigram Dice above which two sentences are the "same" sentence reworded
WHOLE_SENTENCE_BELOW = 0.35  # word likeness below which a sentence pair is shown as one replacement
GAP_MERGE_CHARS = 2          # equal runs this short between two changes are folded into one change

# In the cleaned text a newline ends a paragraph, so it ends a sentence too. Where a hard
# wrap survived, the pieces are paired together again (one to several) and their words
# are cut from the joined span, so a figure broken over a line stays one token.
# Written as one character class first, then the rest of either ending, so that re's search
# can skip to candidate characters (the plain `[。！？!?；;]+[”"’')）]*|\n+` is tried at every
# character and costs three times as much): finds exactly the same endings.
_SENTENCE_END = re.compile(r"[。！？!?；;\n](?:(?<=\n)\n*|[。！？!?；;]*[”\"’')）]*)")
# What is left of a key when punctuation does not count: word characters, % and ‰. The common
# ideographs (all of them word characters) come first in the class, so most characters are
# matched by one range test instead of a Unicode category lookup (half the time).
_KEY_CHARS = re.compile(r"[\u4e00-\u9fa5\w%‰]+")


class DiffOptions(NamedTuple):
    """How a diff is made."""
    punctuation_counts: bool = False   # a changed comma is a change (the app exposes this)
    segmenter: str = "compact"         # or "jieba" (measured in docs/compare.md)


class Edit(NamedTuple):     # named tuples: made by the hundred, several times cheaper than dataclasses
    """One wording change, before it is tied to a section pair."""
    kind: str            # insert, delete, replace
    a_start: int
    a_end: int
    b_start: int
    b_end: int


class Sentence(NamedTuple):
    start: int
    end: int
    key: str             # comparison key (punctuation dropped unless it counts)
    segment: int = 0     # which stretch of text it came from: merges never cross stretches


def sentences(text: str, segments: Iterable[tuple[int, int]], options: DiffOptions,
              fixes=()) -> list[Sentence]:
    return _sentences(TextKeys(text, fixes), segments, options)


def _sentences(keys: TextKeys, segments: Iterable[tuple[int, int]], options: DiffOptions) -> list[Sentence]:
    text, out = keys.text, []
    punctuation_counts = options.punctuation_counts
    new = tuple.__new__     # Sentence(...) without the Python-level __new__ of named tuples
    for n, (seg_start, seg_end) in enumerate(segments):
        ends = [m.end() for m in _SENTENCE_END.finditer(text, seg_start, seg_end)]
        ends.append(seg_end)
        start = seg_start
        for end in ends:
            piece, at = text[start:end], start
            start = end
            body = piece.lstrip()                 # the sentence without the spaces around it
            if not body:
                continue
            at += len(piece) - len(body)
            stop = at + len(body.rstrip())
            key = keys.key(at, stop)
            if not punctuation_counts:
                key = "".join(_KEY_CHARS.findall(key))    # faster than removing the rest with sub
            if key or punctuation_counts:
                out.append(new(Sentence, (at, stop, key, n)))
    return out


def _bigram_set(key: str) -> frozenset:
    """The pairs of neighbouring characters of a key (the key itself when it is shorter)."""
    n = len(key)
    if n < 2:
        return frozenset([key])
    # Each pair as one int, read straight from the key's UTF-32 bytes: the pairs at even places
    # and those at odd places are each one run of 8-byte words (about twice as fast as slicing).
    # "utf-32" (a byte-order mark, then native order) is one of str.encode's fast paths, where
    # "utf-32-le" goes through the codec registry; the ints are only compared with each other.
    chars = memoryview(key.encode("utf-32"))[4:]
    return frozenset(chars[:8 * (n // 2)].cast("Q").tolist() + chars[4:4 + 8 * ((n - 1) // 2)].cast("Q").tolist())


def align_sentences(sa: list[Sentence], sb: list[Sentence]) -> list[tuple[list[int], list[int], bool]]:
    """Sentence groups in reading order: ([i], [j], True) identical; ([i], [j], False) reworded,
    ([i, i+1], [j], False) merged, ([i], [], False) deleted, ([], [j], False) inserted.
    Identical sentences that only moved are left out: they are not changes."""
    ka, kb = [s.key for s in sa], [s.key for s in sb]
    runs: list[tuple[str, list[int], list[int]]] = []
    sm = SequenceMatcher(None, ka, kb, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        runs.append((tag, list(range(i1, i2)), list(range(j1, j2))))
    left_b: dict[str, list[int]] = {}
    for tag, _xs, ys in runs:
        if tag != "equal":
            for j in ys:
                left_b.setdefault(kb[j], []).append(j)
    moved_b: set[int] = set()
    moved_a: set[int] = set()
    for tag, xs, _ys in runs:
        if tag != "equal":
            for i in xs:
                spare = left_b.get(ka[i])
                if spare:
                    moved_b.add(spare.pop(0))
                    moved_a.add(i)
    groups: list[tuple[list[int], list[int], bool]] = []
    for tag, xs, ys in runs:
        if tag == "equal":
            groups.extend(([i], [j], True) for i, j in zip(xs, ys))
            continue
        xs = [i for i in xs if i not in moved_a]
        ys = [j for j in ys if j not in moved_b]
        groups.extend((gx, gy, False) for gx, gy in _pair_reworded(xs, ys, sa, sb))
    return groups


MAX_MERGE = 6               # one sentence may be reworded into up to this many (and back)


def _pair_reworded(xs: list[int], ys: list[int], sa: list[Sentence], sb: list[Sentence]):
    """Monotone pairing of reworded sentences, one to one or one to several (a target
    sentence split at its semicolons), by the largest total likeness weighted by length."""
    if not xs or not ys:
        return [([i], []) for i in xs] + [([], [j]) for j in ys]
    ga = [_bigram_set(sa[i].key) for i in xs]
    gb = [_bigram_set(sb[j].key) for j in ys]
    la = [len(sa[i].key) for i in xs]
    lb = [len(sb[j].key) for j in ys]
    n, m = len(xs), len(ys)
    size_a, size_b = [len(x) for x in ga], [len(y) for y in gb]
    runs_a = _MergeRuns(xs, sa, ga, la)     # neighbours a sentence may be merged with
    runs_b = _MergeRuns(ys, sb, gb, lb)
    # best[i][j]: the best total for sentences i.. of A and j.. of B. A cell whose sentences are
    # too unlike to pair (most cells) just takes the better of skipping either sentence; runs
    # of such cells are filled by accumulate(max) and their move is read off ``best`` later.
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    paired: dict[tuple[int, int], tuple[int, int, bool]] = {}
    shared_rows: list = [None] * n                 # bigrams shared by each pair of sentences
    for i in range(n - 1, -1, -1):
        row, nxt_row, x = best[i], best[i + 1], ga[i]
        nx = len(x)
        shared_row = shared_rows[i] = [len(x & y) for y in gb]
        row[m] = nxt_row[m]
        done = m                                   # row[done:] is filled
        # The cells whose likeness (bigram Dice; bigram sets are never empty) reaches half the
        # threshold, right to left; a cell sharing no bigram never does.
        for j in [j for j in range(m - 1, -1, -1)
                  if shared_row[j] and 2.0 * shared_row[j] / (nx + size_b[j]) >= SENTENCE_PAIR_MIN / 2]:
            if j + 1 < done:
                row[j + 1:done] = list(accumulate(nxt_row[done - 1:j:-1], max, initial=row[done]))[:0:-1]
            top, how = nxt_row[j], (1, 0, False)
            if row[j + 1] > top:
                top, how = row[j + 1], (0, 1, False)
            s = 2.0 * shared_row[j] / (nx + size_b[j])
            if s >= SENTENCE_PAIR_MIN:
                v = nxt_row[j + 1] + s * (la[i] + lb[j])
                if v > top:
                    top, how = v, (1, 1, True)
            # One A sentence against several B sentences, and the other way round.
            y, ny = gb[j], size_b[j]
            first_shared = shared_row[j]
            if runs_b.may_reach(j, nx, shared_row[j:j + 1 + runs_b.reach(j)], size_b):
                shared = first_shared
                for k, new, n_union, length in runs_b.of(j):
                    shared += len(x & new)          # = len(x & the union of the run)
                    d = 2.0 * shared / (nx + n_union)
                    if d >= SENTENCE_PAIR_MIN:
                        v = nxt_row[j + k + 1] + d * (la[i] + length)
                        if v > top:
                            top, how = v, (1, k + 1, True)
            if runs_a.may_reach(i, ny, [r[j] for r in shared_rows[i:i + 1 + runs_a.reach(i)]], size_a):
                shared = first_shared
                for k, new, n_union, length in runs_a.of(i):
                    shared += len(new & y)
                    d = 2.0 * shared / (n_union + ny)
                    if d >= SENTENCE_PAIR_MIN:
                        v = best[i + k + 1][j + 1] + d * (length + lb[j])
                        if v > top:
                            top, how = v, (k + 1, 1, True)
            row[j] = top
            if how[2]:
                paired[i, j] = how
            done = j
        if done > 0:
            row[:done] = list(accumulate(nxt_row[done - 1::-1], max, initial=row[done]))[:0:-1]
    out, i, j = [], 0, 0
    while i < n or j < m:
        di, dj, pair = paired.get((i, j)) or _skip(best, i, j, n, m)
        if pair:
            out.append((xs[i:i + di], ys[j:j + dj]))
        elif di:
            out.append(([xs[i]], []))
        else:
            out.append(([], [ys[j]]))
        i, j = i + di, j + dj
    return out


def _skip(best: list[list[float]], i: int, j: int, n: int, m: int) -> tuple[int, int, bool]:
    """The move of a cell not paired: skip the A sentence unless skipping the B one is better."""
    if i < n and (j == m or best[i + 1][j] >= best[i][j + 1]):
        return 1, 0, False
    return 0, 1, False


class _MergeRuns:
    """For each sentence of one side (by its place in ``ids``), the runs it starts of up to
    MAX_MERGE neighbouring sentences of one stretch: (k more sentences, the bigrams the last
    one adds to the run, the size of the run's bigram union, the run's key length). They do
    not depend on the other side, so each is built once; a sentence's bigrams shared with the
    run are counted piece by piece, without building the union for each pair."""

    def __init__(self, ids: list[int], sents: list[Sentence], grams: list[frozenset], lengths: list[int]):
        self.ids, self.sents, self.grams, self.lengths = ids, sents, grams, lengths
        self.built: dict[int, list] = {}
        self.reaches: dict[int, int] = {}

    def reach(self, p: int) -> int:
        """How many more sentences a run from p may take (consecutive, in one stretch)."""
        k = self.reaches.get(p)
        if k is None:
            ids, sents = self.ids, self.sents
            k = 1
            while (k < min(MAX_MERGE, len(ids) - p) and sents[ids[p + k]].segment == sents[ids[p]].segment
                   and ids[p + k] == ids[p] + k):
                k += 1
            k = self.reaches[p] = k - 1
        return k

    @staticmethod
    def may_reach(p: int, n_other: int, shared: list[int], sizes: list[int]) -> bool:
        """Whether a run from p may be like enough (SENTENCE_PAIR_MIN) to one sentence of the
        other side, which has ``n_other`` bigrams and ``shared[t]`` in common with sentence p + t.
        An upper bound of the likeness, without building the run: the shared bigrams are at most
        the sum of those shared with each sentence, the run's bigrams at least the most of one."""
        total, most = shared[0], sizes[p]
        for t in range(1, len(shared)):
            total, most = total + shared[t], max(most, sizes[p + t])
            if 2.0 * min(n_other, total) / (n_other + most) >= SENTENCE_PAIR_MIN:
                return True
        return False

    def of(self, p: int) -> list[tuple[int, frozenset, int, int]]:
        found = self.built.get(p)
        if found is None:
            found = []
            union, length = set(self.grams[p]), self.lengths[p]
            for k in range(1, self.reach(p) + 1):
                new = self.grams[p + k].difference(union)
                union.update(new)
                length += self.lengths[p + k]
                found.append((k, new, len(union), length))
            self.built[p] = found
        return found


class DiffResult(NamedTuple):
    edits: list[Edit]
    # Reworded sentence groups: (spans in A, spans in B); figures are paired inside these.
    groups: list[tuple[list[tuple[int, int]], list[tuple[int, int]]]]


def diff_text(a_text: str, a_segments: list[tuple[int, int]], b_text: str, b_segments: list[tuple[int, int]],
              a_atoms: list[tuple[int, int]] = (), b_atoms: list[tuple[int, int]] = (),
              options: DiffOptions | None = None, a_fixes=(), b_fixes=()) -> DiffResult:
    """Wording changes between the given stretches of two texts. ``a_atoms``/``b_atoms``:
    spans that stay one token (figures); ``a_fixes``/``b_fixes``: flagged misreadings."""
    options = options or DiffOptions()
    a_keys, b_keys = TextKeys(a_text, a_fixes), TextKeys(b_text, b_fixes)
    sa = _sentences(a_keys, a_segments, options)
    sb = _sentences(b_keys, b_segments, options)
    edits: list[Edit] = []
    groups = []
    new = tuple.__new__     # Edit(...) without the Python-level __new__ of named tuples
    # Where a deleted (inserted) sentence would stand on the other side: after the last
    # sentence there that has a counterpart, else before the first sentence.
    at_a = sa[0].start if sa else 0
    at_b = sb[0].start if sb else 0
    for xs, ys, same in align_sentences(sa, sb):
        if not ys:
            edits.append(new(Edit, ("delete", sa[xs[0]].start, sa[xs[-1]].end, at_b, at_b)))
            continue
        if not xs:
            edits.append(new(Edit, ("insert", at_a, at_a, sb[ys[0]].start, sb[ys[-1]].end)))
            continue
        at_a, at_b = sa[xs[-1]].end, sb[ys[-1]].end
        if same:
            continue
        groups.append(([(sa[i].start, sa[i].end) for i in xs], [(sb[j].start, sb[j].end) for j in ys]))
        edits.extend(_word_diff(a_keys, [sa[i] for i in xs], b_keys, [sb[j] for j in ys],
                                a_atoms, b_atoms, options))
    return DiffResult(edits, groups)


def _tokens(keys: TextKeys, sents: list[Sentence], atoms, options: DiffOptions) -> list[Token]:
    """Tokens of a group of sentences; neighbouring sentences are cut as one span."""
    text = keys.text
    runs: list[list[int]] = []
    for s in sents:
        if runs and runs[-1][2] == s.segment and not text[runs[-1][1]:s.start].strip():
            runs[-1][1] = s.end
        else:
            runs.append([s.start, s.end, s.segment])
    out: list[Token] = []
    for start, end, _seg in runs:
        inside = [(x, y) for x, y in atoms if x >= start and y <= end]
        key, where = keys.key_where(start, end)
        out.extend(tokenize_key(key, where, inside, options.segmenter))
    if not options.punctuation_counts:
        out = [t for t in out if t.kind != "punct"]
    return out


def _word_diff(a_keys: TextKeys, sa: list[Sentence], b_keys: TextKeys, sb: list[Sentence], a_atoms, b_atoms,
               options: DiffOptions) -> list[Edit]:
    ta = _tokens(a_keys, sa, a_atoms, options)
    tb = _tokens(b_keys, sb, b_atoms, options)
    ka, kb = [t.key for t in ta], [t.key for t in tb]
    if ka == kb:
        return []
    sm = SequenceMatcher(None, ka, kb, autojunk=False)
    if sm.ratio() < WHOLE_SENTENCE_BELOW:
        # Rewritten rather than edited: one replacement reads better than confetti.
        return [Edit("replace", sa[0].start, sa[-1].end, sb[0].start, sb[-1].end)]
    ops = [list(op) for op in sm.get_opcodes()]
    # Fold short equal runs between two changes into one change.
    merged: list[list] = []
    for op in ops:
        if (op[0] == "equal" and merged and merged[-1][0] != "equal"
                and len("".join(ka[op[1]:op[2]])) <= GAP_MERGE_CHARS and op is not ops[-1]):
            op = ["replace", op[1], op[2], op[3], op[4]]
        if merged and op[0] != "equal" and merged[-1][0] != "equal":
            merged[-1] = ["replace", merged[-1][1], op[2], merged[-1][3], op[4]]
        else:
            merged.append(op)
    edits = []
    for tag, i1, i2, j1, j2 in merged:
        if tag == "equal":
            continue
        if i1 == i2 and j1 == j2:
            continue
        kind = "insert" if i1 == i2 else "delete" if j1 == j2 else "replace"
        a_s, a_e = _span(ta, i1, i2, sa)
        b_s, b_e = _span(tb, j1, j2, sb)
        edits.append(Edit(kind, a_s, a_e, b_s, b_e))
    return edits


def _span(tokens: list[Token], i1: int, i2: int, sents: list[Sentence]) -> tuple[int, int]:
    if i1 < i2:
        return tokens[i1].start, tokens[i2 - 1].end
    # An empty span: the insertion point after the previous token.
    if i1 > 0:
        return tokens[i1 - 1].end, tokens[i1 - 1].end
    if tokens:
        return tokens[0].start, tokens[0].start
    return sents[0].start, sents[0].start
