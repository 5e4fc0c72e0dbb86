"""GUI fixtures for the security tests: the dialog stand-in and windows of tests/gui, the office windows."""

from __future__ import annotations

from tests.gui.conftest import demo_db, no_real_file_dialogs, open_window, user  # noqa: F401
from tests.gui.office.conftest import office as office_window  # noqa: F401
