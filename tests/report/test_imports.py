"""The report room stays light to import: no Qt, and reportlab/pyHanko/segno load only when used."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import SRC


def test_cli_and_api_modules_import_no_heavy_library():
    """Importing the CLI parser, the report commands and the report api loads no PySide6, reportlab or pyHanko."""
    code = (
        "import sys; import papi_desktop.cli as c; c.build_parser(); import papi_desktop.report.api; "
        "import papi_desktop.selftest; "
        "heavy = [m for m in ('PySide6', 'reportlab', 'pyhanko', 'segno', 'pypdf') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={"PYTHONPATH": str(SRC), "PATH": ""})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""
