"""Conflicts at the receiving office (Qt-free): files the import kept aside, compared with what is held, and settled.

The import never applies a file that contradicts what the office holds (same revision with other content, another
assessment of the same school and year, …): it keeps the file aside (``conflicts`` table). Here the clerk sees both
versions side by side — per criterion, what each says and whether it is met — and keeps one. Keeping either files
the other one in history (``revisions``) and writes the decision to the audit log; nothing is thrown away.

Conflicts are described in words (school, school year, revisions), never by their internal ids; the GUI's
"Xung đột" tab and ``papi-desktop conflicts`` both use :func:`list_conflicts`, :func:`compare` and :func:`resolve`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from papi_desktop.core.answers.text import vn_date
from papi_desktop.core.catalogue import catalogue_for
from papi_desktop.core.model import Answer
from papi_desktop.core.scoring import evaluate_all
from papi_desktop.core.snapshot import canonical_json, content_answers, verification_code
from papi_desktop.core.terms import revision_text
from papi_desktop.errors import ConflictFileNeededError, ExchangeError, NotFoundError
from papi_desktop.exchange.reader import open_attachment
from papi_desktop.storage import exchange_store as store

HELD, INCOMING = "held", "incoming"
#: how a kept-aside file contradicts what is held
SAME_REVISION, OTHER_ASSESSMENT, ID_ELSEWHERE, DRAFT_HERE = "same_revision", "other_assessment", "id_elsewhere", \
    "draft_here"
KIND_TEXT = {
    SAME_REVISION: ("cùng lần sửa nhưng nội dung khác", "same revision, different content"),
    OTHER_ASSESSMENT: ("trường đã có một bản khác của năm học này", "the school already has another assessment of "
                                                                    "this school year"),
    ID_ELSEWHERE: ("mã bản tự đánh giá trùng với bản của trường hoặc năm học khác",
                   "the assessment id belongs to another school or school year"),
    DRAFT_HERE: ("bản đang có là bản nháp trên máy này", "the assessment held is a draft on this computer"),
}
FIELD_NAMES = {  # school profile fields shown when they differ
    "name": ("Tên trường", "School name"), "supervising_body": ("Cơ quan chủ quản", "Supervising body"),
    "place_name": ("Địa danh", "Place name"), "address": ("Địa chỉ", "Address"), "unit_name": ("Xã/phường", "Unit"),
    "principal": ("Hiệu trưởng", "Principal"), "receiving_offices": ("Nơi nhận", "Receiving offices"),
    "campuses": ("Điểm trường", "Campuses"), "stats": ("Quy mô", "Size"),
}


@dataclass
class Conflict:
    """One kept-aside file, in words."""

    id: int
    school_code: str
    school_name: str
    school_year: str
    kind: str
    held_revision: int | None
    held_status: str | None
    incoming_revision: int
    file_name: str
    received_at: str

    def describe(self, lang: str = "vi") -> str:
        """E.g. "Trường Tiểu học Lê Lợi (TH64300001), năm học 2025-2026: đang có lần sửa 2, mới nhận lần sửa 2 — …"."""
        vi = lang == "vi"
        lang = "vi" if vi else "en"
        held = revision_text(self.held_revision, lang) if self.held_revision is not None else \
            ("không có" if vi else "none")
        kind = KIND_TEXT[self.kind][0 if vi else 1]
        if vi:
            return (f"{self.school_name} ({self.school_code}), năm học {self.school_year}: đang có {held}, "
                    f"mới nhận {revision_text(self.incoming_revision, lang)} — {kind}")
        return (f"{self.school_name} ({self.school_code}), school year {self.school_year}: held {held}, "
                f"received {revision_text(self.incoming_revision, lang)} — {kind}")


@dataclass
class Row:
    """One line of the comparison: a criterion (or a fact about the document) in both versions."""

    key: str
    label_vi: str
    label_en: str
    held: str
    incoming: str
    held_verdict: str = ""
    incoming_verdict: str = ""

    @property
    def differs(self) -> bool:
        return (self.held, self.held_verdict) != (self.incoming, self.incoming_verdict)


@dataclass
class Comparison:
    conflict: Conflict
    facts: list[Row] = field(default_factory=list)  # revision, dates, verification code, score, profile fields
    criteria: list[Row] = field(default_factory=list)

    @property
    def differences(self) -> int:
        return sum(r.differs for r in self.facts + self.criteria)


def _held(repo, raw: dict) -> tuple[str | None, dict | None]:
    held_id = store.held_assessment_for_conflict(repo, raw)
    return held_id, (store.assessment_state(repo, held_id) if held_id else None)


def _kind(raw: dict, held_id: str | None, state: dict | None) -> str:
    if state is None or held_id != raw["assessment_id"]:
        return OTHER_ASSESSMENT
    if (state["school_code"], state["school_year"]) != (raw["school_code"], raw["school_year"]):
        return ID_ELSEWHERE
    if state["status"] != "finalised":
        return DRAFT_HERE
    return SAME_REVISION


def _conflict(repo, raw: dict) -> Conflict:
    held_id, state = _held(repo, raw)
    content = json.loads(raw["content"])
    return Conflict(raw["id"], raw["school_code"], content["school"]["name"], raw["school_year"],
                    _kind(raw, held_id, state), state["revision"] if state else None,
                    state["status"] if state else None, raw["revision"], Path(raw["file_name"]).name,
                    raw["received_at"])


def list_conflicts(repo) -> list[Conflict]:
    """Every kept-aside file, oldest first."""
    return [_conflict(repo, store.get_conflict(repo, c["id"])) for c in store.list_conflicts(repo)]


def _get(repo, conflict_id: int) -> dict:
    raw = store.get_conflict(repo, conflict_id)
    if raw is None:
        raise NotFoundError(f"Không có xung đột số {conflict_id} (có thể đã được giải quyết).",
                            f"No conflict number {conflict_id} (it may have been resolved already).")
    return raw


def _verdicts(content: dict) -> dict[str, str]:
    a = content["assessment"]
    try:
        catalogue = catalogue_for(a["catalogue_id"], a["catalogue_version"])
    except Exception:  # a catalogue this version does not ship: no verdicts, the answers still compare
        return {}
    answers = content_answers(content)
    campuses = [c["code"] for c in content["school"]["campuses"]]
    evaluations = evaluate_all(catalogue, answers, campuses, a["school_year"], stats=content["school"].get("stats"))
    return {cid: ev.verdict for cid, ev in evaluations.items()}


def compare(repo, conflict_id: int) -> Comparison:
    """Both versions of a conflict, side by side: document facts, differing profile fields, every criterion."""
    from papi_desktop.core.scoring import VERDICT_TEXT
    from papi_desktop.exchange.tabular import answer_text

    raw = _get(repo, conflict_id)
    held_id, _state = _held(repo, raw)
    incoming = json.loads(raw["content"])
    held = repo.canonical(held_id) if held_id else None
    out = Comparison(_conflict(repo, raw))

    def doc(content: dict | None, digest: str | None) -> dict[str, str]:
        if content is None:
            return {}
        a = content["assessment"]
        return {"revision": str(a["revision"]), "finalised_at": _day(a.get("finalised_at")),
                "doc": f"{a.get('doc_number') or '–'} / {_day(a.get('doc_date')) or '–'}",
                "code": verification_code(digest) if digest else ""}

    held_hash = repo.get_assessment(held_id).content_hash if held_id else None
    mine, theirs = doc(held, held_hash), doc(incoming, raw["content_hash"])
    for key, vi, en in (("revision", "Lần sửa", "Revision"), ("finalised_at", "Ngày hoàn thành", "Finalised on"),
                        ("doc", "Số / ngày văn bản", "Document no. / date"), ("code", "Mã xác thực",
                                                                               "Verification code")):
        out.facts.append(Row(key, vi, en, mine.get(key, ""), theirs.get(key, "")))
    forms = [len((c.get("survey") or {}).get("forms", [])) if c else None for c in (held, incoming)]
    if any(forms):  # the parents' survey forms (format version 3): how many each version carries
        out.facts.append(Row("survey", "Phiếu ý kiến cha mẹ", "Parents' survey forms",
                             *("" if n is None else str(n) for n in forms)))
    for key, (vi, en) in FIELD_NAMES.items():
        a = json.dumps((held or {}).get("school", {}).get(key), ensure_ascii=False, sort_keys=True)
        b = json.dumps(incoming["school"].get(key), ensure_ascii=False, sort_keys=True)
        if a != b:
            out.facts.append(Row(f"school.{key}", vi, en, _plain(held["school"].get(key)) if held else "",
                                 _plain(incoming["school"].get(key))))
    a = incoming["assessment"]
    catalogue = catalogue_for(a["catalogue_id"], a["catalogue_version"])
    verdicts = {HELD: _verdicts(held) if held else {}, INCOMING: _verdicts(incoming)}
    answers = {HELD: {x["criterion_id"]: x for x in (held or {}).get("answers", [])},
               INCOMING: {x["criterion_id"]: x for x in incoming["answers"]}}
    files = {side: _files(c) for side, c in ((HELD, held), (INCOMING, incoming))}
    for c in catalogue.criteria:
        texts = {}
        for side in (HELD, INCOMING):
            x = answers[side].get(c.id)
            answer = Answer(c.id, x["value"], x["na"], x["na_reason"], x["note"]) if x else None
            version = held if side == HELD else incoming
            text = answer_text(c, answer, "vi", version["school"]["campuses"] if version else (), sep=" ")
            if x and x["note"]:
                text += f" — {x['note']}"
            if files[side].get(c.id):
                text += f" [{', '.join(files[side][c.id])}]"
            texts[side] = text
        vtext = {side: VERDICT_TEXT[verdicts[side][c.id]].vi if c.id in verdicts[side] else ""
                 for side in (HELD, INCOMING)}
        out.criteria.append(Row(c.id, c.text.vi, c.text.en, texts[HELD], texts[INCOMING], vtext[HELD],
                                vtext[INCOMING]))
    return out


def _day(iso: str | None) -> str:
    """``2026-05-25…`` → ``25/05/2026`` (as Vietnamese documents write dates)."""
    return vn_date(iso[:10]) if iso else ""


def _plain(value) -> str:
    if isinstance(value, list):
        return "; ".join(_plain(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_plain(v)}" for k, v in value.items() if k != "code")
    return "" if value is None else str(value)


def _files(content: dict | None) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for t in (content or {}).get("attachments", []):
        out.setdefault(t["criterion_id"], []).append(t["filename"])
    return out


def resolve(repo, conflict_id: int, keep: str, *, file: str | Path | None = None) -> Conflict:
    """Keep the ``held`` or the ``incoming`` version of a conflict (the other goes to history; audited).

    Keeping the incoming version needs its evidence files: those already stored are used, the others are read from
    the kept-aside file itself (``file``, default: where it was imported from), checked again like any incoming
    file. Returns the conflict as it was. Raises a :class:`PapiError` with a sentence when it cannot be done.
    """
    if keep not in (HELD, INCOMING):
        raise ExchangeError("Chọn giữ «held» (bản đang có) hoặc «incoming» (bản mới nhận).",
                            "Choose to keep «held» or «incoming».")
    raw = _get(repo, conflict_id)
    info = _conflict(repo, raw)
    held_id, state = _held(repo, raw)
    x = None
    if keep == INCOMING:
        if info.kind == DRAFT_HERE:
            raise ExchangeError(
                "Bản đang có là bản nháp đang được sửa trên máy này; không thay nó bằng tệp nhận được. Hãy giữ bản "
                "đang có, hoặc xoá bản nháp ở trang chính rồi nhập lại tệp.",
                "The assessment held is a draft being edited on this computer; it is not replaced by a received file. "
                "Keep the held one, or delete the draft on the home page and import the file again.")
        if info.kind == ID_ELSEWHERE:
            raise ExchangeError(
                "Mã của tệp này là mã bản tự đánh giá của một trường hoặc năm học khác; không dùng được tệp này. "
                "Hãy giữ bản đang có và đề nghị trường gửi lại tệp.",
                "This file carries the id of another school's or year's assessment and cannot be used. Keep the held "
                "one and ask the school to send the file again.")
        x = _incoming_rows(repo, raw, file)
        _same_signer(repo, x)
    held_json = canonical_json(repo.canonical(held_id)).decode("utf-8") if held_id else None
    with repo.transaction():
        store.resolve_conflict(repo, raw, keep=keep, held_id=held_id,
                               held_revision=state["revision"] if state else None,
                               held_hash=state["content_hash"] if state else None, held_json=held_json,
                               incoming=x, now=repo.clock(),
                               open_attachment=lambda item, sha, size: open_attachment(item.source, sha, size))
    return info


def _same_signer(repo, x: store.IncomingFile) -> None:
    """Keeping a received version never bypasses signer continuity (:mod:`papi_desktop.exchange.trust`)."""
    from papi_desktop.exchange.trust import check

    verdict = check(repo, x, require_signature=False)
    if verdict is not None:
        raise ExchangeError(f"Không dùng được bản mới nhận: {verdict.what_vi} Hãy giữ bản đang có và đề nghị trường "
                            "gửi tệp ký bằng chứng thư số của trường.",
                            f"The received version cannot be kept: {verdict.what_en} Keep the held one and ask the "
                            "school for a file signed with its certificate.")


def _incoming_rows(repo, raw: dict, file: str | Path | None) -> store.IncomingFile:
    """The rows the kept-aside content becomes, with its evidence files (stored ones, else from the file)."""
    from papi_desktop.exchange.aggregate import summaries_for_content

    content = json.loads(raw["content"])
    shas = [t["sha256"] for t in content["attachments"]]
    sizes = {t["sha256"]: t["size"] for t in content["attachments"]}
    held = store.blobs_held(repo, shas)
    # evidence already stored is not read again (the writer skips blobs it holds); the rest comes from the file
    blobs, source = sizes, b""
    signature, signer, manifest, file_sha = None, None, bytes(raw["manifest"]), ""
    signed = bool(json.loads(manifest).get("signature"))  # the signature itself was not kept with the conflict
    path = Path(file) if file else Path(raw["file_name"])
    if len(held) < len(set(shas)) or signed or file:
        from papi_desktop.errors import RejectedFileError
        from papi_desktop.exchange.reader import read_papi_path

        if not path.is_file():
            raise ConflictFileNeededError(
                f"Để dùng bản mới nhận cần đọc lại tệp {path} (chữ ký số và các tệp minh chứng của nó), nhưng không "
                "còn tìm thấy tệp đó. Hãy chép tệp vào lại chỗ cũ, hoặc chỉ ra chỗ của nó, rồi làm lại.",
                f"Keeping the received version needs {path} again (its digital signature and evidence files), but it "
                "is no longer there. Put the file back, or point to it, and try again.")
        try:
            f = read_papi_path(str(path))
        except RejectedFileError as exc:
            raise ExchangeError(f"Tệp {path.name} bị từ chối: {exc.vi}", f"{path.name} was refused: {exc.en}") from None
        if f.content_hash != raw["content_hash"]:
            raise ExchangeError(f"Tệp {path.name} không phải bản đã được giữ riêng (nội dung khác).",
                                f"{path.name} is not the version that was kept aside (different content).")
        blobs, signature, signer, manifest, file_sha = f.attachments, f.signature, f.signer, f.manifest_raw, f.sha256
        source = str(path)
    a = content["assessment"]
    summary, survey = summaries_for_content(catalogue_for(a["catalogue_id"], a["catalogue_version"]), content,
                                            raw["content_hash"])
    return store.incoming(content, file_sha256=file_sha, content_hash=raw["content_hash"],
                          content_raw=raw["content"].encode("utf-8"), manifest=manifest, signature=signature,
                          signer=signer, attachments=blobs, summary=summary, source=source, survey=survey)
