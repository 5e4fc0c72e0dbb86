"""The school PC packages: the NSIS installer compiles and checks Windows as the app does; the portable zip
keeps its data beside the program."""

from __future__ import annotations

import importlib.util
import re
import shutil
import zipfile

import pytest

from papi_desktop.portable import DATA_FOLDER, MARKER, portable_data_dir
from papi_desktop.windows_guard import MIN_BUILD, WindowsProblem, message
from tests.conftest import ROOT

spec = importlib.util.spec_from_file_location("dev", ROOT / ".ci" / "dev.py")
dev = importlib.util.module_from_spec(spec)
spec.loader.exec_module(dev)
NSI = (ROOT / ".ci" / "installer.nsi").read_text(encoding="utf-8")


@pytest.fixture
def bundle(tmp_path):
    """A stand-in for the one-dir bundle (the real one takes a minute to build)."""
    folder = tmp_path / "papi-desktop"
    (folder / "_internal" / "resources").mkdir(parents=True)
    (folder / "papi-desktop.exe").write_bytes(b"MZ stand-in")
    (folder / "_internal" / "resources" / "catalogue.json").write_text("{}", encoding="utf-8")
    return folder


def test_portable_zip_unzips_into_a_copy_that_keeps_its_data_beside_the_exe(bundle, tmp_path):
    """The zip holds the program folder and the marker; unzipped, the app's data folder is du-lieu beside it."""
    out = tmp_path / "out"
    out.mkdir()
    assert dev.build_portable(bundle, out) == 0
    [archive] = out.glob("papi-desktop-*-portable.zip")
    with zipfile.ZipFile(archive) as z:
        names = set(z.namelist())
        assert {"papi-desktop/papi-desktop.exe", f"papi-desktop/{MARKER}",
                "papi-desktop/_internal/resources/catalogue.json"} <= names
        assert "du-lieu" in z.read(f"papi-desktop/{MARKER}").decode("utf-8")
        z.extractall(tmp_path / "usb")
    exe = tmp_path / "usb" / "papi-desktop" / "papi-desktop.exe"
    assert portable_data_dir(exe, frozen=True) == exe.parent.resolve() / DATA_FOLDER


def test_installer_refuses_the_same_windows_as_the_app():
    """The installer's minimum build is the guard's, and it tells the school the same thing in Vietnamese."""
    assert re.search(r"!define MIN_BUILD (\d+)", NSI).group(1) == str(MIN_BUILD)
    needed = message(WindowsProblem("old", (6, 1), 7601), "vi")[1].splitlines()[0]
    assert needed in NSI
    assert "RunningX64" in NSI and "${AtLeastBuild} ${MIN_BUILD}" in NSI


def test_installer_is_per_user_and_keeps_the_data_folder():
    """No administrator rights; HKCU only; the uninstaller removes the program folder, never the data folder."""
    assert "RequestExecutionLevel user" in NSI and "HKLM" not in NSI
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP}"' in NSI
    uninstall = NSI[NSI.index('Section "Uninstall"'):]
    removed = re.findall(r"(?:RMDir|Delete)(?: /r)? \"([^\"]+)\"", uninstall)
    assert removed and all(p.startswith(("$INSTDIR", "$SMPROGRAMS", "$DESKTOP")) for p in removed)
    assert '"$INSTDIR\\${EXE}" --open "%1"' in NSI  # a double-clicked .papi is imported at the office


@pytest.mark.skipif(shutil.which("makensis") is None, reason="NSIS not installed (apt-get install nsis)")
def test_installer_script_compiles(bundle, tmp_path):
    """makensis turns the script and a bundle into a Windows installer (.exe)."""
    assert dev.build_installer(bundle, tmp_path) == 0
    [exe] = tmp_path.glob("papi-desktop-cai-dat-*.exe")
    assert exe.read_bytes()[:2] == b"MZ" and exe.stat().st_size > 30_000
