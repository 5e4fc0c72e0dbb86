"""Fixtures of the report tests: demo snapshots, PDF readers, test certificates made at test time."""

from __future__ import annotations

import datetime
import io
import re
import unicodedata
from pathlib import Path

import pytest

BASE14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica", "Helvetica-Bold",
    "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic",
    "Symbol", "ZapfDingbats",
}


@pytest.fixture
def final_parts(demo_repo):
    """(repo, assessment, catalogue, snapshot) of the sample school's finalised 2024-2025 assessment."""
    a = next(x for x in demo_repo.list_assessments() if x.is_final and x.school_year == "2024-2025")
    return demo_repo, a, demo_repo.catalogue_of(a), demo_repo.snapshot(a.id)


@pytest.fixture
def draft_parts(demo_repo):
    """(repo, assessment, catalogue, snapshot) of the sample school's 2025-2026 draft."""
    a = next(x for x in demo_repo.list_assessments() if not x.is_final and x.school_code.endswith("00000"))
    return demo_repo, a, demo_repo.catalogue_of(a), demo_repo.snapshot(a.id)


def pdf_text(data: bytes) -> str:
    """All pages' text, NFC, with runs of white space collapsed to one space."""
    from pypdf import PdfReader

    text = "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text))


def page_texts(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [unicodedata.normalize("NFC", p.extract_text() or "") for p in PdfReader(io.BytesIO(data)).pages]


def all_fonts(data: bytes) -> list[dict]:
    """Every font dictionary reachable from pages and form XObjects (signature appearances included)."""
    from pypdf import PdfReader
    from pypdf.generic import DictionaryObject

    reader = PdfReader(io.BytesIO(data))
    found: dict[int, dict] = {}
    seen: set[int] = set()

    def walk(resources) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        for font in (resources.get("/Font") or DictionaryObject()).get_object().values():
            obj = font.get_object()
            found[id(obj)] = obj
        for xobj in (resources.get("/XObject") or DictionaryObject()).get_object().values():
            x = xobj.get_object()
            if id(x) in seen:
                continue
            seen.add(id(x))
            walk(x.get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
        for annot in page.get("/Annots") or []:
            ap = annot.get_object().get("/AP")
            if ap is not None:
                normal = ap.get_object().get("/N")
                if normal is not None:
                    n = normal.get_object()
                    seen.add(id(n))
                    walk(n.get("/Resources"))
    return list(found.values())


def make_certificate(common_name: str = "Nguyễn Thị Hoa", days: int = 30):
    """(private key, certificate) — a self-signed RSA test certificate made now (never committed)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Trường Tiểu học Lê Lợi")])
    now = datetime.datetime.now(datetime.timezone.utc)
    usage = x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                          data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
                          encipher_only=False, decipher_only=False)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=days)).add_extension(usage, critical=True)
            .sign(key, hashes.SHA256()))
    return key, cert


@pytest.fixture(scope="session")
def p12_file(tmp_path_factory) -> tuple[Path, str]:
    """A PKCS#12 file with a fresh self-signed certificate, and its password."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    key, cert = make_certificate()
    path = tmp_path_factory.mktemp("cert") / "hieu-truong.p12"
    password = "mật-khẩu-thử"
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"test", key, cert, None, serialization.BestAvailableEncryption(password.encode("utf-8"))))
    return path, password


def png(path: Path, colour: tuple[int, int, int], size=(240, 120)) -> Path:
    """A small transparent PNG with a coloured mark (stand-in for a signature or seal image)."""
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    draw.ellipse((10, 10, size[0] - 10, size[1] - 10), outline=(*colour, 255), width=6)
    img.save(path)
    return path


def text_runs(data: bytes) -> list[dict]:
    """Every text run drawn: page (from 1), text, x, y (baseline origin, points), right end, font and size."""
    from pypdf import PdfReader
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from papi_desktop.report.fonts import register_fonts

    fonts = register_fonts()
    runs: list[dict] = []
    for number, page in enumerate(PdfReader(io.BytesIO(data)).pages, start=1):
        def visit(text, cm, tm, font, size, number=number):
            if not text.strip() or font is None:
                return
            base = str(font.get("/BaseFont", "")).split("+")[-1]
            style = ("bolditalic" if base.endswith("BoldItalic") else "bold" if base.endswith("Bold")
                     else "italic" if base.endswith("Italic") else "regular")
            scale = (tm[0] * cm[0]) or 1
            x, y = cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3]
            clean = unicodedata.normalize("NFC", text.strip("\n"))
            width = stringWidth(clean, fonts.face(style), size * scale)
            runs.append({"page": number, "text": clean.strip(), "x": x, "y": y, "right": x + width,
                         "font": base, "style": style, "size": round(size * scale, 2)})

        page.extract_text(visitor_text=visit)
    return runs


def big_catalogue(n: int = 45):
    """The bundled catalogue's criteria repeated over every dimension up to ``n`` criteria (the full catalogue
    being written has about 45) — for page-splitting tests and the benchmark."""
    import json

    from papi_desktop.core.catalogue import parse_catalogue
    from papi_desktop.resources import resource_path

    raw = json.loads(resource_path("criteria", "papi-tieu-hoc.json").read_text(encoding="utf-8"))
    base = raw["criteria"]
    dims = [d["id"] for d in raw["dimensions"]]
    raw["criteria"] = []
    for i in range(n):
        c = json.loads(json.dumps(base[i % len(base)]))
        c["id"] = f"{dims[i % len(dims)]}.{i + 1:02d}"
        c["dimension"] = dims[i % len(dims)]
        c["text"]["vi"] += f" (mục {i + 1}: nội dung được diễn đạt dài để kiểm tra việc xuống dòng trong bảng)"
        raw["criteria"].append(c)
    raw["version"] = "2099.1"
    return parse_catalogue(raw, "big.json")


def big_snapshot(catalogue, *, final: bool = True, actions: int = 12, seed: int = 3) -> dict:
    """A plain snapshot of the sample school answering ``catalogue`` (answers drawn as the demo does)."""
    import random

    from papi_desktop.core.model import Action, Assessment, Attachment
    from papi_desktop.core.snapshot import make_snapshot
    from papi_desktop.demo import sample_answers, school_profile

    rng = random.Random(seed)
    school = school_profile(1, 0)
    answers = sample_answers(rng, catalogue, school, "2025-2026")
    a = Assessment("6f1c2b9e-0000-4000-8000-000000000001", school.code, "2025-2026", catalogue.catalogue_id,
                   catalogue.version, status="finalised" if final else "draft", revision=2,
                   created_at="2025-10-01T08:00:00+00:00", updated_at="2026-05-15T08:00:00+00:00",
                   finalised_at="2026-05-15T08:00:00+00:00" if final else None, doc_number=7 if final else None,
                   doc_date="2026-01-05" if final else None)
    files = [Attachment(None, a.id, c.id, f"minh-chung-{c.id}.jpg", f"{i:064x}", 1000)
             for i, c in enumerate(catalogue.criteria[:10])]
    plan = [Action(None, a.id, what=f"Khắc phục nội dung số {i + 1}: sửa chữa phòng học, nhà vệ sinh điểm trường "
                   "Buôn Ea Nuôl", who="Phó hiệu trưởng Nguyễn Thị Hoa", due="2026-03-31",
                   criterion_id=catalogue.criteria[i % len(catalogue.criteria)].id) for i in range(actions)]
    return make_snapshot(catalogue, school, a, answers, files, plan)
