"""(scaffold: replaced by the metadata work)"""
from jmdesk.core.document import Meta


def extract_meta(text, sections, source=""):
    return Meta()
