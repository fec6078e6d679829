"""Colours of the compare view, in one place so that highlights, band, outline and legend agree.

Okabe–Ito hues (safe for the common colour-blindnesses), and never colour alone: insertions are
also underlined, deletions struck through, figures bold with a wavy underline.
"""
from __future__ import annotations

from PySide6.QtGui import QColor

BLUE = "#0072B2"          # inserted text, added sections
ORANGE = "#E69F00"        # deleted text, removed sections
PURPLE = "#CC79A7"        # figure changes
GREEN = "#009E73"         # moved sections
YELLOW = "#F0E442"        # changed sections
GREY = "#9AA0A6"          # unchanged sections

INSERT_BG = "#D7E9F7"
DELETE_BG = "#FBE6C2"
FIGURE_BG = "#F5DCEB"
FIGURE_LINE = "#8E3B6E"
ADDED_BG = "#EEF5FB"
REMOVED_BG = "#FDF3E3"
FIND_BG = "#FFF3A6"
TEXT = "#1F2328"

STATUS = {"unchanged": GREY, "changed": YELLOW, "moved": GREEN, "added": BLUE, "removed": ORANGE}


def colour(hex_code: str, alpha: int = 255) -> QColor:
    c = QColor(hex_code)
    c.setAlpha(alpha)
    return c


def status_colour(status: str, alpha: int = 255) -> QColor:
    return colour(STATUS.get(status, GREY), alpha)
