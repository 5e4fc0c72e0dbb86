"""The sqlite-utils ``Database`` every write goes through (imported on the first write, not at start).

It wraps the connection of a :class:`~papi_desktop.storage.database.DatabaseFile` — the one every read uses — and
checks, before each write transaction begins, that the file is still the one opened.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from sqlite_utils import Database


class PapiDatabase(Database):
    """A sqlite-utils ``Database`` whose write transactions first check that the file is still the one opened."""

    def __init__(self, file):
        super().__init__(file.conn)
        self.file = file

    @property
    def file_path(self) -> Path | None:
        return self.file.file_path

    @property
    def rescued(self) -> Path | None:
        """Where the rescue copy was saved when the file went missing (None before that)."""
        return self.file.rescued

    def check_file(self) -> None:
        self.file.check_file()

    @contextlib.contextmanager
    def atomic(self):
        if not self.conn.in_transaction:
            self.file.check_file()
        with super().atomic():
            yield self
