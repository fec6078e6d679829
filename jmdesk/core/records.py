"""A base for the engine's mutable working records (a line being repaired, a heading
being placed, the words before a value): slots, and equality and repr from them.

Not dataclasses: every `jmdesk` run defines these classes, and a dataclass costs
~0.5 ms to define (its methods are generated and compiled at import) besides the
~5 ms import of `dataclasses` itself (it loads `inspect`). The immutable values are
named tuples (jmdesk.core.document).
"""
from __future__ import annotations


class Record:
    __slots__ = ()

    def __eq__(self, other) -> bool:
        return type(other) is type(self) and all(getattr(self, k) == getattr(other, k) for k in self.__slots__)

    __hash__ = None     # mutable: not a dict key

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={getattr(self, k)!r}" for k in self.__slots__)
        return f"{type(self).__name__}({fields})"
