"""Temporary copies of evidence files for the system's viewer: the only way stored evidence leaves the database.

:func:`copy_for_viewer` is what the one "open evidence" function of the GUI
(:func:`papi_desktop.gui.attachments.open_evidence`) calls, for the principal's list and the office's read-only
view alike. It refuses any content that is not an accepted evidence type
(:func:`papi_desktop.core.evidence_types.detect` — so a program named ``…exe.pdf`` is never handed to the
system), writes the bytes to a fresh private folder under a safe name whose extension is the detected type's
(:func:`~papi_desktop.core.evidence_types.safe_name`), and marks the copy as coming from the Internet
(:func:`mark_of_the_web`: on Windows, Office then opens it in Protected View and Acrobat in its sandbox). The
folders are removed when the app exits; folders left by an app that was killed are removed the next time (after a
day, so a file still open in a viewer is not pulled away).
"""

from __future__ import annotations

import atexit
import contextlib
import io
import os
import shutil
import tempfile
import time
from pathlib import Path

from papi_desktop.core.evidence_types import detect, safe_name

PREFIX = "papi-minh-chung-"
ZONE_IDENTIFIER = "[ZoneTransfer]\r\nZoneId=3\r\n"  # 3 = URLZONE_INTERNET
STALE_SECONDS = 24 * 3600
_made: list[Path] = []


def mark_of_the_web(path: Path, *, windows: bool | None = None) -> bool:
    """Write the Windows Mark-of-the-Web (the ``Zone.Identifier`` alternate data stream, zone 3 "Internet") on
    ``path``; True when written. Elsewhere (``windows`` False, the default off Windows) there is no such stream and
    nothing is done. The stream is addressed as ``<path>:Zone.Identifier`` — which is how a test can simulate
    Windows on any system (the "stream" is then a sibling file of that name)."""
    if not (os.name == "nt" if windows is None else windows):
        return False
    try:
        with open(f"{path}:Zone.Identifier", "w", encoding="ascii", newline="") as fh:
            fh.write(ZONE_IDENTIFIER)
    except OSError:  # a file system without alternate streams (FAT32 USB stick): the copy opens unmarked
        return False
    return True


def copy_for_viewer(data: bytes, filename: str, *, windows: bool | None = None) -> Path:
    """A marked temporary copy of evidence ``data`` under a safe name; EvidenceTypeError (a sentence) when the
    content is not an accepted type. Never raises for an odd ``filename`` (NUL, bidi, ``CON``…)."""
    kind = detect(io.BytesIO(data), filename)
    _remove_stale()
    folder = Path(tempfile.mkdtemp(prefix=PREFIX))
    if not _made:
        atexit.register(remove_copies)
    _made.append(folder)
    path = folder / safe_name(filename, kind)
    path.write_bytes(data)
    mark_of_the_web(path, windows=windows)
    return path


def remove_copies() -> None:
    """Remove the temporary copies this process made (called at exit; a copy still open elsewhere may stay)."""
    while _made:
        shutil.rmtree(_made.pop(), ignore_errors=True)


def _remove_stale() -> None:
    """Remove copies older than a day left by an app that did not exit normally."""
    now = time.time()
    with contextlib.suppress(OSError):
        for folder in Path(tempfile.gettempdir()).glob(PREFIX + "*"):
            with contextlib.suppress(OSError):
                if folder.is_dir() and not folder.is_symlink() and now - folder.stat().st_mtime > STALE_SECONDS:
                    shutil.rmtree(folder, ignore_errors=True)
