"""Warraq: raw Arabic news dumps → a clean, static, right-to-left archive."""

__version__ = "0.1.0"
