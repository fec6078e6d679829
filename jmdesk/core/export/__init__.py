"""Exports of a comparison: a self-contained HTML page and an Excel workbook."""
