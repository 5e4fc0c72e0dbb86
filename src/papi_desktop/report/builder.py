"""The pure PDF builder: ``build_report(snapshot, catalogue, out)`` — plain data in, an official report out.

No database access here: the caller passes the repository snapshot (:func:`papi_desktop.core.snapshot.
make_snapshot`) and the catalogue the assessment was made with. ``invariant=True`` makes the output
byte-identical for equal input (reportlab's invariant mode, fixed dates), for tests.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from papi_desktop.core import terms
from papi_desktop.core.catalogue import Catalogue
from papi_desktop.core.model import PRINCIPAL_TITLE
from papi_desktop.core.remedies import written_or_suggested
from papi_desktop.core.scoring import NOT_MET
from papi_desktop.core.text import nfc_deep
from papi_desktop.report import findings as R
from papi_desktop.report import sections as S
from papi_desktop.report.annex import Annex, annex_story
from papi_desktop.report.flow import grid as flow_grid
from papi_desktop.report.fonts import register_fonts
from papi_desktop.report.layout import Marks, styles
from papi_desktop.report.official import write_pdf
from papi_desktop.report.survey_section import parents
from papi_desktop.report.texts import Spelled, doc_number, missing_flags, t

INVARIANT_DAY = date(2000, 1, 1)


@dataclass
class ReportResult:
    """What was built: page count and the signature box (page index from 0, rectangle in PDF points)."""

    pages: int
    signature_page: int
    signature_box: tuple[float, float, float, float]
    fonts: str = ""


@dataclass
class _Context:
    snapshot: dict
    catalogue: Catalogue
    lang: str
    styles: dict
    signer: dict
    doc_date: date
    proposals: list[str] = field(default_factory=list)
    copies: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.content = self.snapshot["content"]
        self.school = self.content["school"]
        a = self.content["assessment"]
        self.doc_number = a.get("doc_number")
        self.abbreviation = self.school.get("abbreviation") or "TH"
        self.year_text = terms.year_text(a.get("school_year") or "")
        self.answers = {x["criterion_id"]: x for x in self.content.get("answers", [])}
        self.verdicts = self.snapshot.get("verdicts", {})
        self.details = self.content.get("report") or {}
        self.previous = self.snapshot.get("previous")
        self.dimensions = [d for d in self.catalogue.dimensions if self.catalogue.criteria_of(d.id)]
        self.not_met = [c.id for c in self.catalogue.criteria if self.verdicts.get(c.id) == NOT_MET]
        values = {cid: (x.get("value") or {}) for cid, x in self.answers.items()}
        self.causes, self.proposal_texts = written_or_suggested(self.catalogue, self.details, self.not_met, values,
                                                                self.school.get("campuses") or [], self.lang)
        self.annex = Annex(self.lang)
        self.spell = Spelled(self.lang)
        self.files: dict[str, list[str]] = {}
        for att in self.content.get("attachments", []):
            self.files.setdefault(att["criterion_id"], []).append(att["filename"])

    @property
    def number_text(self) -> str:
        """"số 07/BC-THLL" (or the blank number of an unnumbered report)."""
        return doc_number(self.doc_number, self.abbreviation, self.lang).replace(t("number", self.lang) + ":",
                                                                               t("number", self.lang).lower())

    def term(self, name: str) -> str:
        return getattr(terms, name).get(self.lang)

    def grid(self, rows: list[list], widths: list[float]):
        return flow_grid(rows, widths, self.styles["cell"].fontName)

    def caption(self, att: dict) -> str:
        """An evidence image's caption: criterion, campus (when the criterion is answered for one campus only),
        file name, SHA-256 prefix."""
        campuses = self.school.get("campuses") or []
        campus = ""
        if self.catalogue.has(att["criterion_id"]) and len(campuses) == 1 and \
                self.catalogue.criterion(att["criterion_id"]).answer.per_campus:
            campus = f" – {campuses[0].get('name', '')}"
        return t("image_caption", self.lang, cid=att["criterion_id"], campus=campus, name=att["filename"],
                 sha=att["sha256"][:16])


def default_signer(school: dict) -> dict:
    """The principal, signing as HIỆU TRƯỞNG."""
    return {"name": school.get("principal", ""), "title": PRINCIPAL_TITLE}


def _document_date(snapshot: dict, invariant: bool, today: date | None) -> date:
    """The date printed under the motto: the document date when set, else today (a fixed day when invariant)."""
    raw = snapshot["content"]["assessment"].get("doc_date")
    if raw:
        try:
            return date.fromisoformat(raw[:10])
        except ValueError:
            pass
    if today:
        return today
    if invariant:
        stamp = snapshot.get("updated_at") or ""
        try:
            return date.fromisoformat(stamp[:10])
        except ValueError:
            return INVARIANT_DAY
    return date.today()


def build_report(
    snapshot: dict[str, Any],
    catalogue: Catalogue,
    out: str | Path | BinaryIO,
    *,
    signer: dict | None = None,
    invariant: bool = False,
    lang: str = "vi",
    proposals: list[str] | None = None,
    copies: list[str] | None = None,
    today: date | None = None,
    evidence: Callable[[str], bytes | None] | None = None,
    sample: bool = False,
) -> ReportResult:
    """Write the report PDF of ``snapshot`` to ``out`` (a path or a binary file object).

    ``signer`` is ``{"name": ..., "title": "HIỆU TRƯỞNG" | "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG"}`` (default: the
    school's principal). ``proposals`` replaces the text of section VI; ``copies`` adds recipients after
    "- Như trên;"; ``evidence(sha256)`` gives an attachment's bytes (images are printed in the annex, other files
    listed); ``sample`` (the data is the program's sample data) puts "DỮ LIỆU MẪU" across every page. Returns
    the page count and where the signature block is.
    """
    snapshot = nfc_deep(snapshot)
    fonts = register_fonts()
    school = snapshot["content"]["school"]
    signer = nfc_deep(dict(signer)) if signer and signer.get("name") else default_signer(school)
    ctx = _Context(snapshot, catalogue, lang, styles(fonts.family), signer,
                   _document_date(snapshot, invariant, today), list(proposals or []), list(copies or []))
    final = bool(snapshot.get("verification_code"))
    draft = not final and snapshot.get("status") != "finalised"
    marks = Marks(draft_text=t("draft", lang) if draft else "",
                  footer_text=t("footer", lang, code=snapshot["verification_code"]) if final else "",
                  sample_text=t("sample", lang) if sample else "")
    story: list = []
    story += S.header(ctx)
    story += S.title(ctx)
    if draft:
        centred = ctx.styles["heading"].clone("dn", alignment=1)
        story.append(S.para(t("draft_note", lang), centred))
        story += [S.para(x, ctx.styles["body"].clone("df", alignment=1, firstLineIndent=0))
                  for x in missing_flags(ctx.details, ctx.year_text, lang)]
    story += S.opening(ctx)
    for part in (S.general, S.results, parents, R.shortcomings, R.plan):
        story += part(ctx)
    last = R.proposals(ctx)
    n = 1  # the last paragraph goes with the closing, and with it the headings that keep with it (VI, a group)
    while n < len(last) and getattr(last[-n - 1].style, "keepWithNext", 0):
        n += 1
    keep = last[-n:]
    story += last[:len(last) - len(keep)]
    story += S.closing(ctx, marks, before=keep)
    story += annex_story(ctx, evidence)
    pages = write_pdf(out, story, fonts.family, marks, invariant=invariant, lang=lang,
                      title=f"{t('doc_type', lang)} – {school.get('name', '')} – {ctx.year_text}",
                      author=school.get("name", ""), subject=t("summary", lang, year=ctx.year_text))
    box = marks.signature_box
    return ReportResult(
        pages=pages, signature_page=int(box.get("page", pages)) - 1,
        signature_box=(box.get("x1", 0.0), box.get("y1", 0.0), box.get("x2", 0.0), box.get("y2", 0.0)),
        fonts=fonts.source,
    )


def report_bytes(snapshot: dict, catalogue: Catalogue, **kwargs) -> bytes:
    """The report as bytes (convenience for tests, the GUI preview and signing in memory)."""
    buf = io.BytesIO()
    build_report(snapshot, catalogue, buf, **kwargs)
    return buf.getvalue()
