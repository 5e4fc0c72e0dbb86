"""The report room (Qt-free)."""
