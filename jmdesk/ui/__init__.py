"""The desktop app (PySide6 only here). The engine lives in jmdesk.core and knows nothing of Qt."""
