"""Export every finalised assessment, import into an empty database, import again."""

from __future__ import annotations

from papi_desktop.exchange.importer import IMPORTED, UNCHANGED, import_paths

from .conftest import dump, rebuild


def test_round_trip_keeps_ids_scores_and_verification_codes(source, exported, office):
    """Imported assessments have the same ids, revisions, scores, hashes and verification codes as at the school."""
    report = import_paths(office, [exported[0].parent])
    assert [r.result for r in report.results] == [IMPORTED] * len(exported)
    finals = {a.id: a for a in source.list_assessments() if a.is_final}
    got = {a.id: a for a in office.list_assessments()}
    assert set(got) == set(finals)
    for aid, a in finals.items():
        b = got[aid]
        assert (b.revision, b.score, b.content_hash, b.status) == (a.revision, a.score, a.content_hash, a.status)
        assert office.snapshot(aid)["verification_code"] == source.snapshot(aid)["verification_code"]
        assert office.canonical(aid) == source.canonical(aid)


def test_evidence_files_arrive_intact(source, exported, office):
    """The evidence file attached at the school can be read back at the office, byte for byte."""
    import_paths(office, exported)
    aid = source.with_attachment
    [att] = office.list_attachments(aid)
    assert att.filename == "Biên bản họp.pdf"
    assert office.attachment_bytes(att.sha256) == source.attachment_bytes(att.sha256)


def test_importing_again_is_unchanged_and_changes_nothing(exported, office):
    """A second import of the same files reports "unchanged" for each and leaves every table as it was."""
    import_paths(office, exported)
    before = dump(office)
    log_before = len(office.db.execute("SELECT * FROM import_log").fetchall())
    report = import_paths(office, exported)
    assert {r.result for r in report.results} == {UNCHANGED}
    assert dump(office) == before
    assert len(office.db.execute("SELECT * FROM import_log").fetchall()) == log_before


def test_dry_run_reports_but_writes_nothing(exported, office):
    """--dry-run classifies the files as a real import would and writes nothing at all."""
    before = dump(office)
    report = import_paths(office, exported, dry_run=True)
    assert {r.result for r in report.results} == {IMPORTED}
    assert dump(office) == before
    assert office.db.execute("SELECT count(*) FROM import_log").fetchone()[0] == 0


def test_small_batches_give_the_same_result(exported, office):
    """Importing with batches of two files stores the same data as one batch."""
    from papi_desktop.storage.repository import Repository

    import_paths(office, exported, batch_size=2)
    other = Repository.open(":memory:")
    import_paths(other, exported)
    tables = ("assessments", "answers", "attachments", "actions", "blobs", "revisions")
    assert {k: dump(office)[k] for k in tables} == {k: dump(other)[k] for k in tables}


def test_progress_is_reported_and_can_stop(exported, office):
    """The progress callback sees each file; returning False stops after the current file."""
    seen = []
    report = import_paths(office, exported, progress=lambda done, total: seen.append((done, total)) or done < 2)
    assert seen == [(1, len(exported)), (2, len(exported))]
    assert len(report.results) == 2


def test_imported_assessment_is_listed_and_read_only(exported, office):
    """An imported assessment appears in the list as finalised and refuses edits like a local one."""
    import pytest

    from papi_desktop.core.model import Answer
    from papi_desktop.errors import ReadOnlyError

    import_paths(office, exported[:1])
    [a] = office.list_assessments()
    assert a.is_final
    with pytest.raises(ReadOnlyError):
        office.save_answer(a.id, Answer(office.get_answers(a.id).popitem()[0], {}))


def _assert_same_as_one_process(report, office, exported, tmp_path):
    """``report`` and ``office`` hold what importing ``exported`` in this process alone gives."""
    from papi_desktop.storage.repository import Repository

    with Repository.open(tmp_path / "serial.sqlite3") as other:
        serial = import_paths(other, exported, workers=1)
        assert [(r.path, r.result) for r in report.results] == [(r.path, r.result) for r in serial.results]
        assert dump(office)["answers"] == dump(other)["answers"]


def test_worker_processes_give_the_same_results(exported, office, tmp_path):
    """Reading files in two worker processes gives the same results and data as reading them here."""
    parallel = import_paths(office, exported, workers=2, batch_size=2)
    _assert_same_as_one_process(parallel, office, exported, tmp_path)


def test_import_completes_when_worker_processes_die(exported, office, tmp_path, monkeypatch):
    """If the reading processes cannot run (here: each exits as soon as it starts), every file is still read, here,
    with the same results and data as a normal import; the cause is written to the log."""
    import concurrent.futures
    import os

    real = concurrent.futures.ProcessPoolExecutor
    logged = []
    monkeypatch.setattr("papi_desktop.logs.log_exception", lambda exc: logged.append(exc) or "log")

    class Dying(real):
        def __init__(self, workers, **kw):
            super().__init__(workers, initializer=os._exit, initargs=(3,), **kw)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Dying)
    broken = import_paths(office, exported, workers=2, batch_size=2)
    _assert_same_as_one_process(broken, office, exported, tmp_path)
    assert {r.result for r in broken.results} == {"imported"}
    assert len(logged) == 1 and "BrokenProcessPool" in type(logged[0]).__name__


def test_files_already_received_are_not_read_again(exported, office, tmp_path, monkeypatch):
    """Importing a folder again (a clerk adds new files to it) does not check the files received before — a file
    with the very same bytes is "unchanged" at the cost of a hash — and still reads every other file in full."""
    from papi_desktop.exchange import importer

    first = import_paths(office, exported)
    new = tmp_path / "z-moi.papi"
    new.write_bytes(rebuild(exported[0].read_bytes(), manifest=lambda m: m.update(created_at="2026-06-01T00:00:00Z")))
    read = []
    real = importer.prepare
    monkeypatch.setattr(importer, "prepare", lambda path: read.append(path) or real(path))
    again = import_paths(office, [*exported, new], workers=1)
    assert read == [str(new)]
    assert [r.result for r in again.results] == [UNCHANGED] * (len(exported) + 1)
    by_path = {r.path: r for r in first.results}
    for r in again.results[:-1]:
        old = by_path[r.path]
        assert (r.assessment_id, r.school_code, r.school_name, r.school_year, r.revision) == (
            old.assessment_id, old.school_code, old.school_name, old.school_year, old.revision)
