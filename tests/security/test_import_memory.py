"""Import memory is bounded by bytes, not by a number of files: evidence is streamed from the file into the
database, never held for a whole batch."""

from __future__ import annotations

import os
import tracemalloc

from papi_desktop.exchange.importer import IMPORTED, import_paths
from tests.security.helpers import forge

SCAN_BYTES = 12 * 1024 * 1024


def test_files_with_big_scans_are_imported_in_bounded_memory(exported, office, tmp_path):
    """Three files of three schools, each with a 12 MB scan, import with a memory peak below one scan's size
    (the scans were held together for the whole batch before); the scans arrive intact."""
    import hashlib

    files, scans = [], []
    for n, path in enumerate(exported[:3]):
        scan = b"%PDF-1.4\n" + os.urandom(SCAN_BYTES)
        scans.append(hashlib.sha256(scan).hexdigest())
        out = tmp_path / f"scan-{n}.papi"
        out.write_bytes(forge(path.read_bytes(), attachments={f"Biên bản {n}.pdf": scan}))
        files.append(out)
    tracemalloc.start()
    try:
        report = import_paths(office, files, workers=1)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [r.result for r in report.results] == [IMPORTED] * 3, [r.reason_en for r in report.results]
    assert peak < SCAN_BYTES, f"peak {peak / 1e6:.1f} MB"
    for sha in scans:
        assert hashlib.sha256(office.attachment_bytes(sha)).hexdigest() == sha
