"""Writing large values into SQLite without holding them in memory."""

from __future__ import annotations

from typing import BinaryIO


def fill_blob(conn, table: str, column: str, rowid: int, src: BinaryIO, size: int) -> None:
    """Copy ``size`` bytes of ``src`` into the pre-sized (``zeroblob(size)``) BLOB of row ``rowid``: in pieces with
    SQLite's incremental BLOB I/O where Python has it (3.11+), else in one piece. ``table`` and ``column`` are the
    caller's constants, never outside input."""
    if hasattr(conn, "blobopen"):
        with conn.blobopen(table, column, rowid) as blob:
            while chunk := src.read(min(1 << 20, size - blob.tell())):
                blob.write(chunk)
    else:  # pragma: no cover - Python 3.10
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", [src.read(size), rowid])
