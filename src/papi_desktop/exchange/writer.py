"""Writing ``.papi`` data files of finalised assessments (see :mod:`papi_desktop.exchange.fileformat`)."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

from papi_desktop import __version__
from papi_desktop.core.snapshot import canonical_json, verification_code
from papi_desktop.errors import ExchangeError
from papi_desktop.exchange import fileformat as ff
from papi_desktop.outputs import write_bytes
from papi_desktop.storage import exchange_store


def _zip_time(iso: str | None) -> tuple[int, int, int, int, int, int]:
    """ZIP timestamps from the finalising time, so the same assessment always gives the same bytes."""
    try:
        d, t = (iso or "")[:19].split("T")
        y, mo, da = (int(x) for x in d.split("-"))
        h, mi, s = (int(x) for x in t.split(":"))
        return (max(y, 1980), mo, da, h, mi, s)
    except ValueError:
        return (1980, 1, 1, 0, 0, 0)


def _add(zf: zipfile.ZipFile, name: str, data: bytes, when, compress: bool = True) -> None:
    info = zipfile.ZipInfo(name, when)
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = 0o100644 << 16
    zf.writestr(info, data)


def build_papi(repo, assessment_id: str, *, signer=None) -> bytes:
    """The bytes of the ``.papi`` file of a finalised assessment.

    An assessment that was itself imported is written with the manifest and signature it arrived with (so an
    office passes the school's signed file on unchanged); a local one gets a new manifest, signed when
    ``signer`` (:class:`papi_desktop.exchange.signing.Signer`) is given.
    """
    from papi_desktop.storage.sample import refuse_export

    refuse_export(repo)
    a = repo.get_assessment(assessment_id)
    if not a.is_final:
        raise ExchangeError(
            f"Bản tự đánh giá năm học {a.school_year} của trường {a.school_code} chưa hoàn thành nên chưa xuất "
            "được tệp dữ liệu. Hãy hoàn thành (chốt) bản tự đánh giá trước.",
            f"The {a.school_year} assessment of {a.school_code} is not finalised, so it cannot be exported yet. "
            "Finalise it first.",
        )
    content = repo.canonical(assessment_id)
    body = canonical_json(content)
    digest = hashlib.sha256(body).hexdigest()
    if digest != a.content_hash:
        raise ExchangeError(
            "Dữ liệu của bản đã hoàn thành không còn khớp với mã băm đã chốt (tệp dữ liệu bị sửa ngoài ứng dụng?). "
            "Hãy mở lại và hoàn thành lại bản tự đánh giá.",
            "The finalised assessment no longer matches its recorded hash (was the database changed outside the "
            "app?). Reopen and finalise it again.",
        )
    blobs = {t.sha256: repo.attachment_bytes(t.sha256) for t in repo.list_attachments(assessment_id)}
    received = exchange_store.received_file(repo, assessment_id)
    signature = None
    if received and received[2] == digest:
        manifest_raw, signature = received[0], received[1]
    else:
        school = content["school"]
        manifest = {
            "format": ff.FORMAT_NAME,
            "format_version": ff.version_for(content),
            "app_version": __version__,
            "created_at": repo.clock(),
            "school": {"code": school["code"], "name": school["name"]},
            "school_year": a.school_year,
            "assessment_id": a.id,
            "revision": a.revision,
            "catalogue": {"id": a.catalogue_id, "version": a.catalogue_version,
                          "sha256": content["assessment"]["catalogue_sha256"]},
            "content": {"path": ff.CONTENT, "size": len(body)},
            "content_hash": digest,
            "verification_code": verification_code(digest),
            "attachments": [{"path": ff.attachment_path(sha), "sha256": sha, "size": len(data)}
                            for sha, data in sorted(blobs.items())],
            "signature": ff.SIGNATURE if signer else None,
        }
        manifest_raw = ff.manifest_bytes(manifest)
        if signer:
            from papi_desktop.exchange.signing import sign_detached

            signature = sign_detached(manifest_raw, signer)
    when = _zip_time(a.finalised_at)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        _add(zf, ff.MANIFEST, manifest_raw, when)
        _add(zf, ff.CONTENT, body, when)
        if signature:
            _add(zf, ff.SIGNATURE, signature, when, compress=False)
        for sha, data in sorted(blobs.items()):
            _add(zf, ff.attachment_path(sha), data, when)
    return out.getvalue()


def file_name(repo, assessment_id: str) -> str:
    """Default file name, e.g. ``TH64300001_2025-2026_r1.papi``."""
    a = repo.get_assessment(assessment_id)
    return f"{a.school_code}_{a.school_year}_r{a.revision}{ff.SUFFIX}"


def export_assessment(repo, assessment_id: str, out: str | Path, *, signer=None) -> Path:
    """Write the ``.papi`` file of one finalised assessment to ``out``."""
    path = Path(out)
    write_bytes(path, build_papi(repo, assessment_id, signer=signer), ExchangeError)
    return path


def export_all(repo, out_dir: str | Path, *, signer=None, school_year: str | None = None, progress=None) -> list[Path]:
    """Write one ``.papi`` file per finalised assessment into ``out_dir``; returns the paths written."""
    ids = exchange_store.finalised_ids(repo, school_year)
    out = []
    for i, aid in enumerate(ids, start=1):
        out.append(export_assessment(repo, aid, Path(out_dir) / file_name(repo, aid), signer=signer))
        if progress:
            progress(i, len(ids))
    return out
