"""Fixtures of the security tests: the exchange fixtures (sample files, an office) and a dump of a database."""

from __future__ import annotations

from tests.exchange.conftest import exported, office, source  # noqa: F401  (fixtures used here too)


def db_dump(repo) -> list[str]:
    """Every statement of ``iterdump()`` but the import log's rows (the log records each attempt by design)."""
    return [line for line in repo.db.conn.iterdump() if not line.startswith('INSERT INTO "import_log"')]
