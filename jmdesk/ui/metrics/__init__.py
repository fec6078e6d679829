"""Charts and the figures table of the library (pyqtgraph, pandas): imported when opened."""
