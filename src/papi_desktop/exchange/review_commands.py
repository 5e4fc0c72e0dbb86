"""Sub-commands ``review`` (accept or return a submission, list the states, show one's history) and ``receipt``
(write the office's receipts). ``import`` reads receipts too (:mod:`papi_desktop.exchange.receipt_import`).

``register`` stays light: every handler imports what it needs when it runs.
"""

from __future__ import annotations

import argparse

from papi_desktop.exchange.commands import db_after_action


def _t(vi: str, en: str) -> str:
    from papi_desktop.errors import user_language

    return vi if user_language() == "vi" else en


def _lang() -> str:
    from papi_desktop.errors import user_language

    return user_language()


def _need_assessment(args) -> str:
    from papi_desktop.errors import PapiError

    if not args.assessment:
        raise PapiError("Hãy cho bản tự đánh giá: --assessment MÃ (xem papi-desktop list).",
                        "Give the assessment: --assessment ID (see papi-desktop list).")
    return args.assessment


def cmd_review(args: argparse.Namespace) -> int:
    from papi_desktop.cli import open_repo
    from papi_desktop.exchange import review

    with open_repo(args) as repo:
        if args.action == "list":
            return _print_status(repo, args)
        aid = _need_assessment(args)
        if args.action == "show":
            return _print_history(repo, aid, args.json)
        state = review.ACCEPTED if args.action == "accept" else review.RETURNED
        notes = dict(args.note or [])
        decision = review.decide(repo, aid, state, reason=args.reason or "", notes=notes, reviewer=args.by)
        a = repo.get_assessment(aid)
    word = review.state_text(state, _lang())
    print(_t(f"Đã ghi: {word} lần sửa {decision['revision']} của trường {a.school_code} năm học {a.school_year} "
             f"(người xem xét: {decision['reviewer']}). Ghi giấy báo để gửi trường: papi-desktop receipt --assessment "
             f"{aid} --out TỆP.",
             f"Recorded: {word} revision {decision['revision']} of {a.school_code} {a.school_year} (reviewer: "
             f"{decision['reviewer']}). Write the receipt for the school: papi-desktop receipt --assessment {aid} "
             "--out FILE."))
    return 0


def _print_status(repo, args) -> int:
    import json

    from papi_desktop.exchange import review

    lang = _lang()
    year, rows = review.roster_status(repo, args.year)
    shown = [r for r in rows if not args.state or r[3] == args.state]
    if args.json:
        print(json.dumps([{"school_code": c, "school_name": n, "unit": u, "status": s,
                           "status_text": review.ROSTER_TEXT[s][0 if lang == "vi" else 1]}
                          for c, n, u, s in shown], ensure_ascii=False, indent=2))
        return 0
    for code, name, unit, status in shown:
        print(f"{code}\t{review.ROSTER_TEXT[status][0 if lang == 'vi' else 1]}\t{name}\t{unit}")
    counts = {s: sum(1 for r in rows if r[3] == s) for s in review.ROSTER_TEXT}
    print(_t("Năm học {y}: ".format(y=year or "?"), f"School year {year or '?'}: ")
          + ", ".join(f"{n} {review.ROSTER_TEXT[s][0 if lang == 'vi' else 1]}" for s, n in counts.items()) + ".")
    return 0


def _print_history(repo, aid: str, as_json: bool) -> int:
    import json

    from papi_desktop.core.terms import revision_text
    from papi_desktop.exchange import review

    history = repo.review_history(aid)
    state, reason = review.office_state(repo, aid)
    if as_json:
        print(json.dumps({"assessment_id": aid, "review": state, "review_reason": reason or None,
                          "decisions": [{k: d[k] for k in ("sequence", "revision", "state", "reason", "notes",
                                                            "reviewer", "decided_at", "receipt_written_at",
                                                            "receipt_file")} for d in history]},
                         ensure_ascii=False, indent=2))
        return 0
    lang = _lang()
    print(_t("Tình trạng: ", "State: ") + review.state_text(state, lang))
    for d in history:
        print(f"{d['sequence']}. {revision_text(d['revision'], lang)} {review.state_text(d['state'], lang)} — "
              f"{d['decided_at']} — {d['reviewer']}" + (f" — {d['reason']}" if d["reason"] else ""))
        for cid, note in d["notes"].items():
            print(f"   {cid}: {note}")
    return 0


def cmd_receipt(args: argparse.Namespace) -> int:
    from papi_desktop.cli import open_repo
    from papi_desktop.exchange.commands import one_or_all, signer_for
    from papi_desktop.exchange.receipt import write_pending, write_receipt

    one_or_all(args)
    with open_repo(args) as repo:
        signer = signer_for(args, repo)
        paths = (write_pending(repo, args.out_dir, signer=signer) if args.all
                 else [write_receipt(repo, args.assessment, args.out, signer=signer)])
    for p in paths:
        print(p)
    signed = _t(" (có chữ ký số)", " (digitally signed)") if signer else ""
    print(_t(f"Đã ghi {len(paths)} giấy báo kết quả{signed}. Gửi mỗi tệp cho trường có mã ở đầu tên tệp.",
             f"Wrote {len(paths)} receipts{signed}. Send each file to the school whose code starts its name."))
    return 0


def cmd_finalise(args: argparse.Namespace) -> int:
    from papi_desktop.cli import open_repo
    from papi_desktop.core.snapshot import verification_code

    with open_repo(args) as repo:
        a = repo.finalise(args.assessment, doc_number=args.number, doc_date=args.date)
    print(_t(f"Đã hoàn thành lần sửa {a.revision} năm học {a.school_year} của trường {a.school_code}; mã xác thực "
             f"{verification_code(a.content_hash)}.",
             f"Finalised revision {a.revision} ({a.school_year}) of {a.school_code}; verification code "
             f"{verification_code(a.content_hash)}."))
    return 0


def cmd_reopen(args: argparse.Namespace) -> int:
    from papi_desktop.cli import open_repo
    from papi_desktop.errors import PapiError
    from papi_desktop.exchange.review import reopen_reason, returned_receipt

    with open_repo(args) as repo:
        reason = args.reason
        if not reason:
            receipt = returned_receipt(repo, repo.get_assessment(args.assessment))
            if receipt is None:
                raise PapiError("Hãy ghi lý do mở lại: --reason \"…\".",
                                "Give the reason for reopening: --reason \"…\".")
            reason = reopen_reason(receipt, "vi")
        a = repo.reopen(args.assessment, reason=reason)
    print(_t(f"Đã mở lại: lần sửa {a.revision} là bản nháp. Lý do: {reason}",
             f"Reopened: revision {a.revision} is a draft. Reason: {reason}"))
    return 0


def register(sub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser) -> None:
    """review, receipt, finalise, reopen."""
    p = sub.add_parser("review", parents=[db_parent],
                       help=_t("tiếp nhận hoặc trả lại bản tự đánh giá của trường; tình trạng từng trường",
                               "accept or return a school's submission; each school's status"))
    p.add_argument("--assessment", metavar="ID")
    acts = p.add_subparsers(dest="action", required=True, metavar=_t("VIỆC", "ACTION"))
    q = acts.add_parser("accept", help=_t("tiếp nhận bản đang có", "accept the revision held"))
    q.add_argument("--reason", metavar=_t("Ý_KIẾN", "COMMENT"), help=_t("ý kiến kèm theo (không bắt buộc)",
                                                                         "a comment (optional)"))
    q = acts.add_parser("return", help=_t("trả lại để trường sửa", "return it to the school to be changed"))
    q.add_argument("--reason", metavar=_t("LÝ_DO", "REASON"), required=True,
                   help=_t("lý do trả lại (bắt buộc)", "why it is returned (required)"))
    q.add_argument("--note", nargs=2, action="append", metavar=(_t("MÃ_TIÊU_CHÍ", "CRITERION"), _t("GHI_CHÚ", "NOTE")),
                   help=_t("ghi chú cho một tiêu chí (lặp lại được)", "a note on one criterion (repeatable)"))
    for q in (acts.choices["accept"], acts.choices["return"]):
        q.add_argument("--by", metavar=_t("HỌ_TÊN", "NAME"),
                       help=_t("người xem xét (mặc định: tên đã dùng lần trước)", "reviewer (default: the last one)"))
    q = acts.add_parser("list", help=_t("tình trạng từng trường (chưa gửi, chờ xem xét, đã tiếp nhận, trả lại, đã "
                                        "gửi lại)", "each school's status"))
    q.add_argument("--year", metavar="YYYY-YYYY")
    q.add_argument("--state", choices=("not_sent", "pending", "accepted", "returned", "resubmitted"))
    q.add_argument("--json", action="store_true")
    q = acts.add_parser("show", help=_t("các lần xem xét một bản", "the decisions on one submission"))
    q.add_argument("--json", action="store_true")
    for q in acts.choices.values():
        db_after_action(q)
        q.add_argument("--assessment", metavar="ID", default=argparse.SUPPRESS)
    p.set_defaults(func=cmd_review, reason=None, note=None, by=None, year=None, state=None, json=False)

    p = sub.add_parser("receipt", parents=[db_parent],
                       help=_t("ghi giấy báo kết quả xem xét (.papi-receipt) để gửi trường",
                               "write the review receipts (.papi-receipt) to send to the schools"))
    p.add_argument("--assessment", metavar="ID")
    p.add_argument("--out", metavar="FILE")
    p.add_argument("--all", action="store_true",
                   help=_t("mọi bản đã xem xét mà chưa ghi giấy báo", "every reviewed submission without a receipt"))
    p.add_argument("--out-dir", metavar="DIR")
    p.add_argument("--p12", metavar="FILE", help=_t("chứng thư số của cơ quan để ký (mật khẩu trong "
                                                     "PAPI_P12_PASSWORD)",
                                                     "the office's certificate to sign with (password in "
                                                     "PAPI_P12_PASSWORD)"))
    p.set_defaults(func=cmd_receipt)

    p = sub.add_parser("finalise", parents=[db_parent],
                       help=_t("hoàn thành (chốt) bản tự đánh giá", "finalise an assessment"))
    p.add_argument("--assessment", metavar="ID", required=True)
    p.add_argument("--number", type=int, metavar="N", help=_t("số văn bản", "document number"))
    p.add_argument("--date", metavar="YYYY-MM-DD", help=_t("ngày văn bản (mặc định: hôm nay)",
                                                           "document date (default: today)"))
    p.set_defaults(func=cmd_finalise)

    p = sub.add_parser("reopen", parents=[db_parent],
                       help=_t("mở lại bản đã hoàn thành để sửa (bản sửa mới)", "reopen a finalised assessment"))
    p.add_argument("--assessment", metavar="ID", required=True)
    p.add_argument("--reason", metavar=_t("LÝ_DO", "REASON"),
                   help=_t("lý do (mặc định sau khi bị trả lại: lý do của cơ quan)",
                           "why (default after a return: the office's reason)"))
    p.set_defaults(func=cmd_reopen)
