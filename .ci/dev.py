#!/usr/bin/env python3
"""Set-up and entry point for a fresh machine — the two commands of the README.

    python3 .ci/dev.py run  [papi-desktop arguments]   set up if needed, then start the app
    python3 .ci/dev.py test [pytest arguments]         set up if needed, then lint (ruff) and run every test
    python3 .ci/dev.py bundle                          build the PyInstaller bundle and run its selftest
    python3 .ci/dev.py installer                       the Windows installer of that bundle (NSIS makensis)
    python3 .ci/dev.py portable                        the portable zip of that bundle (data beside the exe)
    python3 .ci/dev.py i18n                            refresh the .ts from the GUI code, compile the .qm (and the
                                                       command line's .mo), list entries still to translate

Set-up, each step only when needed: a virtual environment in ``.venv``; the project with its test extras
(re-installed when ``pyproject.toml`` changes); on Debian/Ubuntu the system libraries Qt needs (installed with
apt-get when run as root, otherwise named with the command to install them). ``run`` starts the app on the user's
data (``run --sample``: on the sample data, in its own file). Standard library only: this file runs before anything is
installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
WINDOWS = os.name == "nt"
BIN = VENV / ("Scripts" if WINDOWS else "bin")
PY = BIN / ("python.exe" if WINDOWS else "python")
STAMP = VENV / ".papi-installed"

# Debian packages: shared library they provide -> package name
QT_LIBS = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
}
X11_LIBS = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
}
# programs the tests use: program -> Debian package
TEST_TOOLS = {
    "cc": "gcc",  # tests/test_icudata.py (and build.spec) rebuild ICU's data library
    "makensis": "nsis",  # tests/test_packaging.py compiles the installer script
    "pdftoppm": "poppler-utils",
    "pdfsig": "poppler-utils",
    "softhsm2-util": "softhsm2",
    "strace": "strace",
    "unshare": "util-linux",
    "zbarimg": "zbar-tools",
}


def say(msg: str) -> None:
    print(f"[papi-desktop] {msg}", flush=True)


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def missing_libs(libs: dict[str, str]) -> list[str]:
    try:
        cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    except OSError:
        return []
    return sorted({pkg for lib, pkg in libs.items() if lib not in cache})


def apt_install(packages: list[str], why: str) -> None:
    if not packages:
        return
    if is_root() and shutil.which("apt-get"):
        say(f"installing {why}: {' '.join(packages)}")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        quiet = {"stdout": subprocess.DEVNULL, "env": env}
        subprocess.run(["apt-get", "update", "-qq"], check=False, **quiet)
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages], check=True, **quiet)
    else:
        say(f"missing {why}. Install them with:\n    sudo apt-get install -y {' '.join(packages)}")


def ensure_system(for_tests: bool) -> None:
    if not sys.platform.startswith("linux"):
        return
    libs = dict(QT_LIBS)
    if for_tests or os.environ.get("DISPLAY"):
        libs.update(X11_LIBS)
    apt_install(missing_libs(libs), "system libraries Qt needs")
    if for_tests:
        tools = sorted({pkg for prog, pkg in TEST_TOOLS.items() if not shutil.which(prog)})
        if not shutil.which("Xvfb"):
            tools.append("xvfb")
        apt_install(tools, "tools the tests use")


def ensure_venv() -> None:
    if not PY.exists():
        say(f"creating virtual environment {VENV}")
        try:
            subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        except subprocess.CalledProcessError:
            ver = f"python{sys.version_info.major}.{sys.version_info.minor}-venv"
            apt_install([ver], "Python's venv module")
            shutil.rmtree(VENV, ignore_errors=True)
            subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == want:
        return
    say("installing Python packages (pip install -e .[test,build])")
    subprocess.run([str(PY), "-m", "pip", "install", "-q", "--upgrade", "pip"], check=False)
    subprocess.run([str(PY), "-m", "pip", "install", "-q", "-e", f"{ROOT}[test,build]"], check=True)
    STAMP.write_text(want)


def run_app(args: list[str]) -> int:
    """Start the app. It never writes sample data into the user's database: on a first start the app itself asks
    who you are and offers "Xem thử với dữ liệu mẫu", which opens the sample in its own file (``--sample``)."""
    return subprocess.run([str(PY), "-m", "papi_desktop", *args]).returncode


def run_tests(args: list[str]) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    say("ruff check")
    lint = subprocess.run([str(PY), "-m", "ruff", "check", "src", "tests", ".ci"], cwd=ROOT, env=env)
    if lint.returncode:
        return lint.returncode
    say("pytest")
    return subprocess.run([str(PY), "-m", "pytest", *args], cwd=ROOT, env=env).returncode


BUNDLE = ROOT / "dist" / "papi-desktop"
BUNDLE_BUDGET_MB = 130


def version() -> str:
    import re

    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    return re.search(r'^version\s*=\s*"([^"]+)"', text, re.M).group(1)


def bundle_components(folder: Path, min_bytes: int = 1_000_000) -> list[tuple[int, str]]:
    """Sizes in the bundle, largest first: each entry of ``_internal`` (PySide6 split into its large files)."""
    def size(p: Path) -> int:
        return sum(f.stat().st_size for f in ([p] if p.is_file() else p.rglob("*"))
                   if f.is_file() and not f.is_symlink())

    inner = folder / "_internal"
    parts = [(size(e), e.name) for e in inner.iterdir() if e.name != "PySide6"]
    qt = inner / "PySide6"
    big = [(size(f), str(f.relative_to(inner))) for f in qt.rglob("*") if size(f) >= min_bytes and f.is_file()]
    parts += [*big, (size(qt) - sum(b for b, _ in big), "PySide6 (other files)")]
    return sorted((p for p in parts if p[0] >= min_bytes), reverse=True)


def build_bundle() -> int:
    """Build dist/papi-desktop with build.spec, then run its selftest with no venv on PATH."""
    if sys.platform.startswith("linux") and not (shutil.which("cc") or shutil.which("gcc")):
        apt_install(["gcc"], "the C compiler build.spec uses to trim ICU's data (.ci/icudata.py)")
    say("pyinstaller build.spec")
    built = subprocess.run([str(PY), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "build.spec"],
                           cwd=ROOT)
    if built.returncode:
        return built.returncode
    exe = BUNDLE / ("papi-desktop.exe" if WINDOWS else "papi-desktop")
    size = sum(f.stat().st_size for f in BUNDLE.rglob("*") if f.is_file() and not f.is_symlink())
    over = "" if size <= BUNDLE_BUDGET_MB * 1e6 else " — OVER BUDGET"
    say(f"bundle: {BUNDLE} ({size / 1e6:.1f} MB; budget {BUNDLE_BUDGET_MB} MB{over}); largest parts:")
    for part_size, name in bundle_components(BUNDLE)[:12]:
        print(f"    {part_size / 1e6:6.1f} MB  {name}")
    clean_env = {"PATH": "/usr/bin:/bin", "HOME": str(ROOT / "build"), "QT_QPA_PLATFORM": "offscreen"}
    if WINDOWS:
        clean_env = {"SYSTEMROOT": os.environ.get("SYSTEMROOT", r"C:\Windows"), "PATH": r"C:\Windows\System32"}
    say("bundle selftest (no venv on PATH)")
    return subprocess.run([str(exe), "selftest"], env=clean_env, cwd=ROOT / "build").returncode


def find_makensis() -> str | None:
    found = shutil.which("makensis")
    if found is None and WINDOWS:
        for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
            candidate = Path(base or r"C:\Program Files (x86)") / "NSIS" / "makensis.exe"
            if candidate.exists():
                return str(candidate)
    return found


def build_installer(bundle: Path = BUNDLE, out_dir: Path = ROOT / "dist") -> int:
    """``.ci/installer.nsi`` compiled with makensis against ``bundle`` (CI does it with the Linux bundle, to keep
    the script valid; the real installer is made from the Windows bundle)."""
    if not (bundle / "_internal").is_dir():
        say(f"no bundle in {bundle}: run `python3 .ci/dev.py bundle` first")
        return 1
    if find_makensis() is None and sys.platform.startswith("linux"):
        apt_install(["nsis"], "NSIS (makensis) to build the installer")
    makensis = find_makensis()
    if makensis is None:
        say("makensis not found: install NSIS (Debian: apt-get install nsis; Windows: nsis.sourceforge.io)")
        return 1
    out = out_dir / f"papi-desktop-cai-dat-{version()}.exe"
    say(f"makensis .ci/installer.nsi -> {out}")
    done = subprocess.run([makensis, "-V2", "-INPUTCHARSET", "UTF8", f"-DVERSION={version()}",
                           f"-DBUNDLE={bundle.resolve()}", f"-DOUTFILE={out.resolve()}",
                           f"-DICON={ROOT / 'resources' / 'icons' / 'papi-desktop.ico'}",
                           str(ROOT / ".ci" / "installer.nsi")])
    if done.returncode == 0:
        say(f"installer: {out} ({out.stat().st_size / 1e6:.1f} MB)")
    return done.returncode


def build_portable(bundle: Path = BUNDLE, out_dir: Path = ROOT / "dist") -> int:
    """The portable zip: the bundle folder plus the marker that keeps the data beside the exe
    (``papi_desktop.portable``)."""
    import zipfile

    sys.path.insert(0, str(ROOT / "src"))
    from papi_desktop.portable import MARKER, MARKER_TEXT

    if not (bundle / "_internal").is_dir():
        say(f"no bundle in {bundle}: run `python3 .ci/dev.py bundle` first")
        return 1
    out = out_dir / f"papi-desktop-{version()}-portable.zip"
    top = bundle.name
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for path in sorted(bundle.rglob("*")):
            name = f"{top}/{path.relative_to(bundle).as_posix()}"
            if path.is_symlink():  # the Linux bundle links some libraries; Windows bundles have none
                info = zipfile.ZipInfo(name)
                info.external_attr = 0o120777 << 16
                z.writestr(info, os.readlink(path))
            elif path.is_file():
                z.write(path, name)
        z.writestr(f"{top}/{MARKER}", MARKER_TEXT.encode("utf-8"))
    say(f"portable zip: {out} ({out.stat().st_size / 1e6:.1f} MB)")
    return 0


TS = ROOT / "resources" / "i18n" / "papi_desktop_vi.ts"


def refresh_translations() -> int:
    """pyside6-lupdate (no line numbers, so that changing code does not change the .ts), then pyside6-lrelease; prints
    the entries still unfinished (translate them in the .ts or with pyside6-linguist, then run this again)."""
    import xml.etree.ElementTree as ET

    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "src" / "papi_desktop" / "gui").rglob("*.py"))
    def tool(name: str) -> str:  # the project's venv, else whatever is on PATH
        exe = BIN / (name + (".exe" if WINDOWS else ""))
        return str(exe) if exe.exists() else (shutil.which(name) or str(exe))

    done = subprocess.run([tool("pyside6-lupdate"), *sources, "-ts", str(TS), "-no-obsolete", "-locations", "none"],
                          cwd=ROOT)
    if done.returncode:
        return done.returncode
    unfinished = [(ctx.findtext("name"), msg.findtext("source"))
                  for ctx in ET.parse(TS).getroot().iter("context") for msg in ctx.iter("message")
                  if msg.find("translation").get("type") == "unfinished"]
    for ctx, source in unfinished:
        say(f"to translate: [{ctx}] {source}")
    qm = TS.with_suffix(".qm")
    released = subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(qm)], cwd=ROOT)
    compile_cli_catalogue()
    return released.returncode or (1 if unfinished else 0)


def compile_cli_catalogue() -> Path:
    """resources/i18n/argparse_vi.po → vi/LC_MESSAGES/papi-desktop-cli.mo (the command line's argparse words)."""
    sys.path.insert(0, str(ROOT / "src"))
    from papi_desktop.cli_language import DOMAIN, mo_bytes, read_po

    po = ROOT / "resources" / "i18n" / "argparse_vi.po"
    mo = ROOT / "resources" / "i18n" / "vi" / "LC_MESSAGES" / f"{DOMAIN}.mo"
    mo.parent.mkdir(parents=True, exist_ok=True)
    mo.write_bytes(mo_bytes(read_po(po.read_text(encoding="utf-8"))))
    say(f"compiled {mo.relative_to(ROOT)}")
    return mo


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("run", "test", "bundle", "installer", "portable", "i18n"):
        print(__doc__)
        return 2
    what, rest = sys.argv[1], sys.argv[2:]
    if what == "installer":
        return build_installer()
    if what == "portable":
        return build_portable()
    if what != "i18n":
        ensure_system(for_tests=what != "run")
    ensure_venv()
    if what == "bundle":
        return build_bundle()
    if what == "i18n":
        return refresh_translations()
    return run_app(rest) if what == "run" else run_tests(rest)


if __name__ == "__main__":
    sys.exit(main())
