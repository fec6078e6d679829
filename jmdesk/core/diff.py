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
from dataclasses import dataclass
from difflib import SequenceMatcher
from operator import add
from typing import Iterable

from jmdesk.core.words import Token, key_string, tokenize

SENTENCE_PAIR_MIN = 0.3      # bigram Dice above which two sentences are the "same" sentence reworded
WHOLE_SENTENCE_BELOW = 0.35  # word likeness below which a sentence pair is shown as one replacement
GAP_MERGE_CHARS = 2          # equal runs this short between two changes are folded into one change

# In the cleaned text a newline ends a paragraph, so it ends a sentence too. Where a hard
# wrap survived, the pieces are paired together again (one to several) and their words
# are cut from the joined span, so a figure broken over a line stays one token.
_SENTENCE_END = re.compile(r"[。！？!?；;]+[”\"’')）]*|\n+")
_PUNCT_KEY = re.compile(r"[^\w%‰]+")


@dataclass(frozen=True)
class DiffOptions:
    punctuation_counts: bool = False   # a changed comma is a change (the app exposes this)
    segmenter: str = "compact"         # or "jieba" (measured in docs/compare.md)


@dataclass(frozen=True)
class Edit:
    """One wording change, before it is tied to a section pair."""
    kind: str            # insert, delete, replace
    a_start: int
    a_end: int
    b_start: int
    b_end: int


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    key: str             # comparison key (punctuation dropped unless it counts)
    segment: int = 0     # which stretch of text it came from: merges never cross stretches


def sentences(text: str, segments: Iterable[tuple[int, int]], options: DiffOptions,
              fixes=()) -> list[Sentence]:
    out = []
    for n, (seg_start, seg_end) in enumerate(segments):
        pos = seg_start
        for m in _SENTENCE_END.finditer(text, seg_start, seg_end):
            _add_sentence(out, text, pos, m.end(), options, fixes, n)
            pos = m.end()
        _add_sentence(out, text, pos, seg_end, options, fixes, n)
    return out


def _add_sentence(out: list, text: str, start: int, end: int, options: DiffOptions, fixes, n: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return
    key, _ = key_string(text, start, end, fixes=fixes)
    if not options.punctuation_counts:
        key = _PUNCT_KEY.sub("", key)
    if key or options.punctuation_counts:
        out.append(Sentence(start, end, key, n))


def _bigram_set(key: str) -> frozenset:
    return frozenset(map(add, key, key[1:])) or frozenset([key])     # C-level pairs of neighbours


def _dice(x: frozenset, y: frozenset) -> float:
    if not x or not y:
        return 0.0
    return 2.0 * len(x & y) / (len(x) + len(y))


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
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    move: list[list] = [[None] * (m + 1) for _ in range(n + 1)]
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
                s = _dice(ga[i], gb[j])
                if s >= SENTENCE_PAIR_MIN:
                    v = best[i + 1][j + 1] + s * (la[i] + lb[j])
                    if v > top:
                        top, how = v, (1, 1, True)
                if s >= SENTENCE_PAIR_MIN / 2:
                    # One A sentence against several B sentences, and the other way round.
                    union, length = gb[j], lb[j]
                    for k in range(1, min(MAX_MERGE, m - j)):
                        if sb[ys[j + k]].segment != sb[ys[j]].segment or ys[j + k] != ys[j] + k:
                            break
                        union, length = union | gb[j + k], length + lb[j + k]
                        d = _dice(ga[i], union)
                        if d >= SENTENCE_PAIR_MIN:
                            v = best[i + 1][j + k + 1] + d * (la[i] + length)
                            if v > top:
                                top, how = v, (1, k + 1, True)
                    union, length = ga[i], la[i]
                    for k in range(1, min(MAX_MERGE, n - i)):
                        if sa[xs[i + k]].segment != sa[xs[i]].segment or xs[i + k] != xs[i] + k:
                            break
                        union, length = union | ga[i + k], length + la[i + k]
                        d = _dice(union, gb[j])
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


@dataclass(frozen=True)
class DiffResult:
    edits: list[Edit]
    # Reworded sentence groups: (spans in A, spans in B); figures are paired inside these.
    groups: list[tuple[list[tuple[int, int]], list[tuple[int, int]]]]


def diff_text(a_text: str, a_segments: list[tuple[int, int]], b_text: str, b_segments: list[tuple[int, int]],
              a_atoms: list[tuple[int, int]] = (), b_atoms: list[tuple[int, int]] = (),
              options: DiffOptions | None = None, a_fixes=(), b_fixes=()) -> DiffResult:
    """Wording changes between the given stretches of two texts. ``a_atoms``/``b_atoms``:
    spans that stay one token (figures); ``a_fixes``/``b_fixes``: flagged misreadings."""
    options = options or DiffOptions()
    sa = sentences(a_text, a_segments, options, a_fixes)
    sb = sentences(b_text, b_segments, options, b_fixes)
    edits: list[Edit] = []
    groups = []
    # Where a deleted (inserted) sentence would stand on the other side: after the last
    # sentence there that has a counterpart, else before the first sentence.
    at_a = sa[0].start if sa else 0
    at_b = sb[0].start if sb else 0
    for xs, ys, same in align_sentences(sa, sb):
        if not ys:
            edits.append(Edit("delete", sa[xs[0]].start, sa[xs[-1]].end, at_b, at_b))
            continue
        if not xs:
            edits.append(Edit("insert", at_a, at_a, sb[ys[0]].start, sb[ys[-1]].end))
            continue
        at_a, at_b = sa[xs[-1]].end, sb[ys[-1]].end
        if same:
            continue
        groups.append(([(sa[i].start, sa[i].end) for i in xs], [(sb[j].start, sb[j].end) for j in ys]))
        edits.extend(_word_diff(a_text, [sa[i] for i in xs], b_text, [sb[j] for j in ys],
                                a_atoms, b_atoms, options, a_fixes, b_fixes))
    return DiffResult(edits, groups)


def _tokens(text: str, sents: list[Sentence], atoms, options: DiffOptions, fixes) -> list[Token]:
    """Tokens of a group of sentences; neighbouring sentences are cut as one span."""
    runs: list[list[int]] = []
    for s in sents:
        if runs and runs[-1][2] == s.segment and not text[runs[-1][1]:s.start].strip():
            runs[-1][1] = s.end
        else:
            runs.append([s.start, s.end, s.segment])
    out: list[Token] = []
    for start, end, _seg in runs:
        inside = [(x, y) for x, y in atoms if x >= start and y <= end]
        out.extend(tokenize(text, start, end, inside, backend=options.segmenter, fixes=fixes))
    if not options.punctuation_counts:
        out = [t for t in out if t.kind != "punct"]
    return out


def _word_diff(a_text: str, sa: list[Sentence], b_text: str, sb: list[Sentence], a_atoms, b_atoms,
               options: DiffOptions, a_fixes=(), b_fixes=()) -> list[Edit]:
    ta = _tokens(a_text, sa, a_atoms, options, a_fixes)
    tb = _tokens(b_text, sb, b_atoms, options, b_fixes)
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
