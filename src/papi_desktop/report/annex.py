"""The annex after the signature page: notes too long for a table cell in full, evidence images as captioned
thumbnails (downscaled JPEG, so the file stays small) and the other evidence files with their SHA-256.

Evidence bytes are handed in by the caller (``evidence(sha256) -> bytes | None``): the builder stays pure. An image
that Pillow cannot read, or that is too large to decode safely, is listed with the other files.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from papi_desktop.report.flow import clean, para
from papi_desktop.report.layout import MM, TEXT_W
from papi_desktop.report.texts import t

#: a note longer than this is cut in its table cell (at a word) and printed in full in the annex
CUT_AT = 400
THUMB_MAX_PX = 520  # longest side: ≈ 170 dpi at the printed size
THUMB_QUALITY = 60
THUMB_W, THUMB_H = 76 * MM, 58 * MM
MAX_PIXELS = 40_000_000  # larger images are not decoded (a 12-megapixel photo has 12 million)
IMAGE_FORMATS = {"JPEG", "PNG", "GIF", "BMP", "TIFF", "WEBP"}


@dataclass
class Annex:
    """What the tables sent to the annex, in order."""

    lang: str = "vi"
    notes: list[tuple[str, str]] = field(default_factory=list)

    def cut(self, text: str, label: str) -> str:
        """``text`` as it fits a table cell: in full when short, else its start and where the rest is."""
        text = clean(text).strip()
        if len(text) <= CUT_AT:
            return text
        self.notes.append((label, text))
        head = text[:CUT_AT - 60].rsplit(" ", 1)[0].rstrip(",;:.")
        return head + t("cut_ref", self.lang, ref=f"1.{len(self.notes)}")


def thumbnail(data: bytes) -> tuple[bytes, int, int] | None:
    """A downscaled JPEG of an image (bytes, width, height in pixels), or None when ``data`` is not an image this
    can read safely."""
    try:
        from PIL import Image

        with Image.open(io.BytesIO(data)) as img:
            if img.format not in IMAGE_FORMATS or img.width * img.height > MAX_PIXELS:
                return None
            img.draft("RGB", (THUMB_MAX_PX, THUMB_MAX_PX))  # JPEG: decode at a reduced scale, much faster
            img = img.convert("RGB")
            img.thumbnail((THUMB_MAX_PX, THUMB_MAX_PX))
            out = io.BytesIO()
            img.save(out, "JPEG", quality=THUMB_QUALITY, optimize=True)
            return out.getvalue(), img.width, img.height
    except Exception:
        return None


def _image_cell(thumb: tuple[bytes, int, int], caption: str, styles) -> list:
    from reportlab.platypus import Image

    data, w, h = thumb
    scale = min(THUMB_W / w, THUMB_H / h)
    return [Image(io.BytesIO(data), width=w * scale, height=h * scale), para(caption, styles["caption"])]


def annex_story(ctx, evidence) -> list:
    """The annex flowables (empty when nothing goes there): heading, notes, images, other files."""
    from reportlab.platypus import PageBreak, Table

    from papi_desktop.report.flow import grid, table_style

    s, lang = ctx.styles, ctx.lang
    images, files = [], []
    order = {c.id: i for i, c in enumerate(ctx.catalogue.criteria)}
    for att in sorted(ctx.content.get("attachments", []), key=lambda x: (order.get(x["criterion_id"], len(order)),
                                                                         x["filename"], x["sha256"])):
        data = evidence(att["sha256"]) if evidence else None
        thumb = thumbnail(data) if data else None
        (images if thumb else files).append((att, thumb))
    if not (ctx.annex.notes or images or files):
        return []
    out = [PageBreak(), para(t("annex", lang), s["title"].clone("annex_title", spaceBefore=0)),
           para(t("annex_of", lang, number=ctx.number_text, date=ctx.doc_date.strftime("%d/%m/%Y"),
                  school=ctx.school.get("name", "")), s["date"].clone("annex_of", spaceAfter=8))]
    n = 0
    if ctx.annex.notes:
        n += 1
        out.append(para(t("annex_notes", lang, n=n), s["heading"]))
        for k, (label, text) in enumerate(ctx.annex.notes, start=1):
            out.append(para(f"{n}.{k}. {label}: {text}", s["body"]))
    if images:
        n += 1
        out.append(para(t("annex_images", lang, n=n), s["heading"]))
        cells = [_image_cell(thumb, ctx.caption(att), s) for att, thumb in images]
        rows = [cells[i:i + 2] + [[]] * (2 - len(cells[i:i + 2])) for i in range(0, len(cells), 2)]
        table = Table(rows, colWidths=[TEXT_W / 2] * 2)
        table.setStyle(table_style(s["cell"].fontName, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)))
        out.append(table)
    if files:
        n += 1
        out.append(para(t("annex_files", lang, n=n), s["heading"]))
        head = [para(x, s["cell_head"]) for x in (t("tt", lang), ctx.term("CRITERION"), t("file", lang),
                                                    t("size", lang), "SHA-256")]
        rows = [head]
        for k, (att, _thumb) in enumerate(files, start=1):
            digest = att["sha256"]
            rows.append([para(str(k), s["cell_c"]), para(att["criterion_id"], s["cell_c"]),
                         para(att["filename"], s["cell"]), para(size_text(att["size"], lang), s["cell_c"]),
                         para(f"{digest[:32]}\n{digest[32:]}", s["hash"])])
        out.append(grid(rows, [x * TEXT_W for x in (0.06, 0.12, 0.34, 0.13, 0.35)], s["cell"].fontName))
    return out


def size_text(size: int, lang: str = "vi") -> str:
    """``"1,2 MB"``, ``"35 KB"``."""
    if size >= 1024 * 1024:
        text = f"{size / 1048576:.1f} MB"
    else:
        text = f"{max(1, round(size / 1024))} KB"
    return text.replace(".", ",") if lang == "vi" else text
