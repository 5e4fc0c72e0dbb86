"""The command line speaks the user's language, argparse's own words included (usage, options, errors)."""

from __future__ import annotations

import gettext
import os
import re

import pytest

from tests.conftest import ROOT, run_cli

#: argparse's English and the rooms' English metavars (whole words)
ENGLISH = ("usage", "positional arguments", "optional arguments", "options", "show this help message and exit",
           "error", "invalid", "required", "default", "FILE", "PATH", "DIR", "DIR_OR_ZIP", "BACKUP", "ID", "CID",
           "CODE", "YYYY", "N", "S", "F", "LIB", "LABEL", "CERT", "VALUE", "REASON", "TEXT", "COMMAND")
VIETNAMESE = ("cách dùng", "tuỳ chọn", "TỆP", "MÃ", "NĂM_HỌC", "LỆNH", "SỐ")


def _no_english(text: str) -> None:
    left = [w for w in ENGLISH if re.search(rf"(?<![\w.#-]){re.escape(w)}(?![\w-])", text)]
    assert not left, (left, text)


def _commands(help_text: str) -> list[str]:
    """The sub-commands a help lists (the names indented under the arguments)."""
    return re.findall(r"^    (\w[\w-]*)\s", help_text, flags=re.M)


def _every_help(lang: str) -> dict[str, str]:
    """``{"roster load": help text}`` of the program and every sub-command, nested ones included."""
    from papi_desktop.cli import main

    found, todo = {}, [()]
    while todo:
        words = todo.pop()
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("PAPI_LANG", lang)
            mp.setenv("COLUMNS", "100")
            out = _captured(lambda words=words: main([*words, "--help"]))
        found[" ".join(words)] = out
        todo += [(*words, c) for c in _commands(out) if len(words) < 2]
    return found


def _captured(call) -> str:
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer), pytest.raises(SystemExit):
        call()
    return buffer.getvalue()


def test_every_sub_commands_help_is_vietnamese_metavars_included():
    """``papi-desktop … --help`` of every sub-command (nested ones too) with PAPI_LANG=vi has no English word:
    neither argparse's ("usage", "options") nor the rooms' metavars ("FILE", "ID", "CID", "N", …)."""
    helps = _every_help("vi")
    assert {"", "report", "roster load", "survey form", "answer", "conflicts resolve"} <= set(helps), sorted(helps)
    for name, text in helps.items():
        assert text.startswith(f"cách dùng: papi-desktop {name}".rstrip()), (name, text)
        _no_english(text)
        metavars = re.findall(r"--[\w-]+ ([^\s\]|]+)", text)
        assert not [m for m in metavars if m.isascii() and not m.startswith("{")], (name, metavars)
    assert "--assessment MÃ" in helps["answer"] and "--criterion MÃ_TIÊU_CHÍ" in helps["answer"]
    assert "--pkcs11-lib THƯ_VIỆN" in helps["report"] and "--out TỆP.pdf" in helps["report"]  # word by word
    assert "--db TỆP" in helps["roster load"] and "--name TÊN" in helps["office"]  # argparse's "NAME" too
    assert "mã tiêu chí, ví dụ TH.02" in helps["show"]  # a help line where the room gave none


def test_every_sub_commands_help_stays_english_in_english():
    """With PAPI_LANG=en every help reads as argparse's and the rooms' English, nothing Vietnamese put in."""
    for name, text in _every_help("en").items():
        assert text.startswith(f"usage: papi-desktop {name}".rstrip()) and "show this help message" in text
        assert not [w for w in VIETNAMESE if w in text], (name, text)


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
