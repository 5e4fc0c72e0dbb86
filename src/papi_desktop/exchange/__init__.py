"""The exchange room (Qt-free)."""
