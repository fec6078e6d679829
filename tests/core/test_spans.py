import pytest

from jmdesk.core.spans import subtract


@pytest.mark.parametrize("segments, holes, expected", [
    ([(0, 10)], [], [(0, 10)]),
    ([(0, 10)], [(2, 4), (6, 8)], [(0, 2), (4, 6), (8, 10)]),
    ([(0, 10)], [(6, 8), (2, 4)], [(0, 2), (4, 6), (8, 10)]),      # holes in any order
    ([(0, 10)], [(2, 6), (4, 8)], [(0, 2), (8, 10)]),                # overlapping holes
    ([(0, 10)], [(0, 10)], []),
    ([(0, 5), (10, 15)], [(3, 12)], [(0, 3), (12, 15)]),             # a hole across two segments
])
def test_subtract(segments, holes, expected):
    assert subtract(segments, holes) == expected
