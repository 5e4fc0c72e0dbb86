"""``python -m papi_desktop`` is a safe entry point for the import's worker processes."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import SRC


def test_worker_process_start_does_not_run_the_command_line():
    """Loading the entry module as a spawned worker does (``__mp_main__``) does not run the app or exit."""
    env = dict(os.environ, PYTHONPATH=str(SRC))
    code = ("import runpy, sys; sys.argv = ['papi-desktop', '--help']; "
            "runpy.run_module('papi_desktop.__main__', run_name='__mp_main__'); print('worker-ready')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == "worker-ready", out.stdout + out.stderr


def test_entry_module_calls_freeze_support_before_the_app():
    """The frozen app's worker processes stop in freeze_support() before the command line would run."""
    text = (SRC / "papi_desktop" / "__main__.py").read_text(encoding="utf-8")
    assert 'if __name__ == "__main__":' in text
    assert text.index("multiprocessing.freeze_support()") < text.index("sys.exit(main())")
