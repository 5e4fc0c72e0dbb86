"""One resource resolver that works from source, from an installed package and from a PyInstaller bundle.

``build.spec`` mirrors this: every folder below ``resources/`` is shipped under ``resources/`` next to the
frozen executable (``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resource_root() -> Path:
    """Folder that holds ``criteria/``, ``schemas/``, ``fonts/``, ``i18n/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent.parent / "resources"):
        if (candidate / "criteria").is_dir():
            return candidate
    raise FileNotFoundError("resources/ folder not found next to the papi_desktop package")


def resource_path(*parts: str) -> Path:
    """Path of a resource file, e.g. ``resource_path("criteria", "papi-tieu-hoc.json")``."""
    return resource_root().joinpath(*parts)


#: every file the app reads from ``resources/`` (checked by ``selftest`` and by tests; shipped by build.spec)
REQUIRED = (
    ("criteria", "papi-tieu-hoc.json"),
    ("criteria", "papi-tieu-hoc-2026.json"),
    ("schemas", "catalogue.schema.json"),
    ("schemas", "papi-manifest.schema.json"),
    ("schemas", "papi-assessment.schema.json"),
    ("documents", "plan-basis.json"),
    ("documents", "papi-tieu-hoc.json"),
    ("schemas", "survey.schema.json"),
    ("surveys", "cha-me-tieu-hoc.json"),
    ("fonts", "LiberationSerif-Regular.ttf"),
    ("fonts", "LiberationSerif-Bold.ttf"),
    ("fonts", "LiberationSerif-Italic.ttf"),
    ("fonts", "LiberationSerif-BoldItalic.ttf"),
    ("fonts", "LICENSE-LiberationSerif.txt"),
    ("i18n", "papi_desktop_vi.qm"),
    ("i18n", "vi", "LC_MESSAGES", "papi-desktop-cli.mo"),
    ("units", "dak-lak-2025.json"),
    ("icons", "papi-desktop.png"),
    ("icons", "papi-desktop.ico"),
)


def missing_resources() -> list[str]:
    """The required resources that are not there (empty when the installation is complete)."""
    return [str(resource_path(*parts)) for parts in REQUIRED if not resource_path(*parts).is_file()]
