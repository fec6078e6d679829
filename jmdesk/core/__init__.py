"""The engine: everything that works without a screen. Never imports Qt."""
