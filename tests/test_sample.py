"""The sample data: its own file, marked; nothing made from it passes for real; the run command never seeds."""

from __future__ import annotations

import importlib.util
import unicodedata

import pytest
from pypdf import PdfReader

from papi_desktop.errors import PapiError, StorageError
from papi_desktop.paths import default_db_path, sample_db_path
from papi_desktop.sample import SAMPLE_SCHOOLS, ensure_sample_db
from papi_desktop.storage.repository import Repository
from papi_desktop.storage.sample import is_sample
from tests.conftest import ROOT, run_cli


def test_the_sample_file_is_made_once_beside_the_users_file_and_marked():
    """ensure_sample_db writes papi-mau.sqlite3 (six marked schools) and leaves it alone afterwards; the user's
    papi.sqlite3 is not created by it."""
    path = ensure_sample_db()
    assert path == sample_db_path() and path.name == "papi-mau.sqlite3"
    with Repository.open(path) as repo:
        assert is_sample(repo) and len(repo.list_schools()) == SAMPLE_SCHOOLS
    stamp = path.stat().st_mtime_ns
    assert ensure_sample_db() == path and path.stat().st_mtime_ns == stamp
    assert not default_db_path().exists()
    assert sorted(p.name for p in path.parent.iterdir() if "partial" in p.name) == []


def test_a_foreign_file_at_the_sample_path_is_never_taken_for_sample_data():
    """A database of that name without the mark (e.g. real data copied there) is refused and left as it was."""
    path = sample_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with Repository.open(path) as repo:
        repo.set_setting("office", {"name": "Phòng Văn hóa – Xã hội xã Ea Kar"})
    before = path.read_bytes()
    with pytest.raises(StorageError) as err:
        ensure_sample_db()
    assert "không phải dữ liệu mẫu" in err.value.vi and path.read_bytes() == before


def test_no_data_file_is_exported_from_the_sample(tmp_path):
    """``export`` from the sample file is refused with a sentence and writes nothing; so is the summary table."""
    path = ensure_sample_db()
    with Repository.open(path) as repo:
        final = next(a for a in repo.list_assessments() if a.is_final)
        from papi_desktop.exchange.tabular import summary_sheets

        with pytest.raises(PapiError) as err:
            summary_sheets(repo)
        assert "dữ liệu mẫu" in err.value.vi
    out = tmp_path / "mau.papi"
    done = run_cli("export", "--db", str(path), "--assessment", final.id, "--out", str(out))
    assert done.returncode == 1 and "dữ liệu mẫu" in done.stderr and not out.exists()
    assert not list(tmp_path.iterdir())


def test_reports_from_the_sample_carry_the_watermark_and_real_ones_do_not(tmp_path, demo_repo):
    """The PDF of a sample assessment says "DỮ LIỆU MẪU" on every page; the same school in a real file does not."""
    from papi_desktop.report.api import render_assessment_pdf

    path = ensure_sample_db()
    with Repository.open(path) as repo:
        final = next(a for a in repo.list_assessments() if a.is_final)
        render_assessment_pdf(repo, final.id, tmp_path / "mau.pdf", invariant=True)
    pages = PdfReader(tmp_path / "mau.pdf").pages
    assert all("DỮ LIỆU MẪU" in unicodedata.normalize("NFC", p.extract_text()) for p in pages)
    real = next(a for a in demo_repo.list_assessments() if a.is_final)
    render_assessment_pdf(demo_repo, real.id, tmp_path / "that.pdf", invariant=True)
    assert not any("DỮ LIỆU MẪU" in p.extract_text() for p in PdfReader(tmp_path / "that.pdf").pages)


def test_sample_and_db_together_are_refused():
    """``--sample`` opens the sample file; with ``--db`` as well the command says to choose one."""
    done = run_cli("--sample", "--db", "x.sqlite3", env={"QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 1 and "--sample hoặc --db" in done.stderr


def test_the_run_command_starts_the_app_without_writing_sample_data(monkeypatch):
    """``python3 .ci/dev.py run`` runs the app once with the given arguments — no ``demo`` into the user's file."""
    spec = importlib.util.spec_from_file_location("papi_dev", ROOT / ".ci" / "dev.py")
    dev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dev)
    calls = []

    class Done:
        returncode = 0

    monkeypatch.setattr(dev.subprocess, "run", lambda args, **_kw: calls.append(list(args)) or Done())
    assert dev.run_app([]) == 0 and dev.run_app(["--sample"]) == 0
    assert calls == [[str(dev.PY), "-m", "papi_desktop"], [str(dev.PY), "-m", "papi_desktop", "--sample"]]
