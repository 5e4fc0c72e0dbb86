"""The report room's public functions used by the GUI: who signs, render (and sign) from the repository."""

from __future__ import annotations

import pytest

from papi_desktop.errors import ReportError
from papi_desktop.report.api import (
    DEPUTY_TITLE,
    PRINCIPAL_TITLE,
    P12Signing,
    render_assessment_pdf,
    signer_for,
    verify_pdf,
)

from .conftest import page_texts


def test_signer_defaults_to_the_principal(final_parts):
    """Without a "signer" setting the school's principal signs as HIỆU TRƯỞNG."""
    repo, a, _, _ = final_parts
    school = repo.school_for(a)
    assert signer_for(repo, school) == {"name": school.principal, "title": PRINCIPAL_TITLE}


def test_signer_setting_is_printed(final_parts, tmp_path):
    """The "signer" setting (written by the GUI) decides the closing block of the rendered report."""
    repo, a, _, _ = final_parts
    repo.set_setting("signer", {"name": "Trần Văn Đức", "title": DEPUTY_TITLE})
    out = render_assessment_pdf(repo, a.id, tmp_path / "bc.pdf")
    last = page_texts(out.read_bytes())[-1]
    assert "KT. HIỆU TRƯỞNG" in last and "PHÓ HIỆU TRƯỞNG" in last and "Trần Văn Đức" in last


def test_unknown_signer_title_falls_back_to_principal_title(final_parts):
    """A malformed title in the setting never reaches the paper: HIỆU TRƯỞNG is used."""
    repo, a, _, _ = final_parts
    repo.set_setting("signer", {"name": "Lê Thị Đào", "title": "GIÁM ĐỐC"})
    assert signer_for(repo, repo.school_for(a))["title"] == PRINCIPAL_TITLE


def test_render_and_sign_in_one_step(final_parts, p12_file, tmp_path):
    """render_assessment_pdf with a PKCS#12 signs the report; verify finds it intact with the right code."""
    repo, a, _, snap = final_parts
    out = render_assessment_pdf(repo, a.id, tmp_path / "ky" / "bc.pdf", sign=P12Signing(*p12_file))
    result = verify_pdf(out)
    assert result.intact and result.verification_code == snap["verification_code"]


def test_failed_signing_leaves_no_file(final_parts, p12_file, tmp_path):
    """When signing fails (wrong password) neither the target nor a temporary file is left behind."""
    repo, a, _, _ = final_parts
    folder = tmp_path / "xuat"
    with pytest.raises(ReportError):
        render_assessment_pdf(repo, a.id, folder / "bc.pdf", sign=P12Signing(p12_file[0], "sai"))
    assert list(folder.iterdir()) == []


def test_token_without_configured_library_is_a_clear_error(repo):
    """Asking for the token when no PKCS#11 library is set gives a ReportError that says what to choose."""
    from papi_desktop.errors import ReportError
    from papi_desktop.report.api import token_config

    with pytest.raises(ReportError) as exc:
        token_config(repo, "123456")
    assert "PKCS#11" in exc.value.vi
