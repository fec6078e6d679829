"""(scaffold: replaced by the outline work)"""
from jmdesk.core.document import Section


def build_outline(text: str) -> list[Section]:
    return []
