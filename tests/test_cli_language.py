"""The command line speaks the user's language, argparse's own words included (usage, options, errors)."""

from __future__ import annotations

import gettext
import os

from tests.conftest import ROOT, run_cli

ENGLISH = ("usage:", "positional arguments", "options:", "show this help message and exit", "error:", "invalid",
           "required:", "FILE", "COMMAND")


def _no_english(text: str) -> None:
    left = [w for w in ENGLISH if w in text]
    assert not left, (left, text)


def test_help_is_in_vietnamese_when_the_language_is_vietnamese():
    """``papi-desktop --help`` with PAPI_LANG=vi: "cách dùng", "tuỳ chọn", "in hướng dẫn này rồi thoát"."""
    done = run_cli("--help", env={"PAPI_LANG": "vi"})
    assert done.returncode == 0
    assert done.stdout.startswith("cách dùng: papi-desktop")
    assert "tuỳ chọn:" in done.stdout and "in hướng dẫn này rồi thoát" in done.stdout and "--sample" in done.stdout
    _no_english(done.stdout)


def test_a_sub_commands_help_is_in_vietnamese_too():
    """The help of a sub-command (another parser) uses the same Vietnamese words."""
    done = run_cli("conflicts", "resolve", "--help", env={"PAPI_LANG": "vi"})
    assert done.returncode == 0 and "cách dùng: papi-desktop conflicts resolve" in done.stdout
    assert "đối số:" in done.stdout and "tuỳ chọn:" in done.stdout
    _no_english(done.stdout)


def test_argparse_errors_are_in_vietnamese():
    """A wrong value, a missing argument and an unknown command each get a Vietnamese sentence, exit code 2."""
    for args, expected in ((("demo", "--schools", "mười"), "đối số --schools: giá trị không hợp lệ: 'mười'"),
                           (("conflicts",), "còn thiếu đối số bắt buộc: VIỆC"),
                           (("nhap",), "đối số LỆNH: lựa chọn không hợp lệ: 'nhap'"),
                           (("list", "--khong-co"), "không hiểu các đối số: --khong-co")):
        done = run_cli(*args, env={"PAPI_LANG": "vi"})
        assert done.returncode == 2, (args, done.stderr)
        assert f"lỗi: {expected}" in done.stderr, (args, done.stderr)
        _no_english(done.stderr)


def test_english_stays_english():
    """With PAPI_LANG=en the help is argparse's English."""
    done = run_cli("--help", env={"PAPI_LANG": "en"})
    assert done.stdout.startswith("usage: papi-desktop") and "show this help message and exit" in done.stdout


def test_parsing_in_vietnamese_leaves_gettext_as_it_was(monkeypatch, capsys, tmp_path):
    """After a Vietnamese parse, the process's gettext domain and LANGUAGE are what they were before."""
    from papi_desktop.cli import main

    monkeypatch.setenv("PAPI_LANG", "vi")
    monkeypatch.delenv("LANGUAGE", raising=False)
    before = gettext.textdomain()
    assert main(["list", "--db", str(tmp_path / "x.sqlite3"), "--json"]) == 0
    assert gettext.textdomain() == before and "LANGUAGE" not in os.environ
    capsys.readouterr()


def test_the_shipped_catalogue_is_the_compiled_po():
    """resources/i18n/vi/LC_MESSAGES/papi-desktop-cli.mo is what the .po compiles to (run `dev.py i18n` if not),
    and gettext reads the translations from it."""
    from papi_desktop.cli_language import DOMAIN, mo_bytes, read_po

    po = read_po((ROOT / "resources" / "i18n" / "argparse_vi.po").read_text(encoding="utf-8"))
    mo = ROOT / "resources" / "i18n" / "vi" / "LC_MESSAGES" / f"{DOMAIN}.mo"
    assert mo.read_bytes() == mo_bytes(po)
    catalogue = gettext.translation(DOMAIN, str(ROOT / "resources" / "i18n"), languages=["vi"])
    assert catalogue.gettext("usage: ") == "cách dùng: " and len(po) > 25
    assert catalogue.ngettext("expected %s argument", "expected %s arguments", 2) == "cần %s giá trị"
