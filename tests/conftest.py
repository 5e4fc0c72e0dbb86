"""Shared fixtures: an isolated data folder per test, repositories on temporary databases."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """Every test gets its own data folder, so no test touches the user's real data."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("PAPI_DATA_DIR", str(data))
    monkeypatch.setenv("PAPI_LANG", "vi")
    return data


@pytest.fixture
def repo(tmp_path):
    """An empty repository on a temporary file."""
    from papi_desktop.storage.repository import Repository

    r = Repository.open(tmp_path / "test.sqlite3")
    yield r
    r.close()


@pytest.fixture
def demo_repo(tmp_path):
    """A repository filled with the sample schools (seed 1, 6 schools)."""
    from papi_desktop.demo import make_demo
    from papi_desktop.storage.repository import Repository

    r = Repository.open(tmp_path / "demo.sqlite3")
    make_demo(r, schools=6, seed=1)
    yield r
    r.close()


def run_cli(*args: str, env: dict | None = None, cwd: Path | None = None):
    """Run ``python -m papi_desktop`` in a subprocess; returns CompletedProcess with text output."""
    import subprocess

    full_env = dict(os.environ)
    full_env["PYTHONPATH"] = str(SRC) + os.pathsep + full_env.get("PYTHONPATH", "")
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "papi_desktop", *args], capture_output=True, text=True, env=full_env,
        cwd=cwd, timeout=300, encoding="utf-8",
    )
