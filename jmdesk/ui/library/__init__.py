"""The Library tab: the reports a user keeps, parsed once and cached."""
