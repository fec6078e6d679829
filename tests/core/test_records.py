"""The engine's working records (jmdesk.core.records) compare and print by their fields."""
from jmdesk.core.figures_context import Lead
from jmdesk.core.outline_headings import Head


def test_records_with_the_same_fields_are_equal_and_others_not():
    assert Head("part", 0, "回顾", 0, 2) == Head("part", 0, "回顾", 0, 2)
    assert Head("part", 0, "回顾", 0, 2) != Head("part", 0, "回顾", 0, 2, level=1)
    changed = Lead("地区生产总值")
    changed.negative = True
    assert Lead("地区生产总值") == Lead("地区生产总值") != changed
    assert Head("part", 0, "回顾", 0, 2) != ("part", 0, "回顾", 0, 2)


def test_a_record_prints_its_fields():
    text = repr(Head("section", 5, "稳增长", 5, 8, number="（一）"))
    assert text.startswith("Head(kind='section', start=5, title='稳增长'") and "number='（一）'" in text
