"""Sub-commands of this room: export, import, roster, summary, bundle.

``register`` stays light: every handler imports what it needs when it runs.
"""

from __future__ import annotations

import argparse
import os


def _t(vi: str, en: str) -> str:
    from papi_desktop.errors import user_language

    return vi if user_language() == "vi" else en


def signer_for(args, repo):
    """The signing certificate: ``--p12`` (password in PAPI_P12_PASSWORD), else this computer's
    (:func:`~papi_desktop.exchange.signing.settings_signer`), else None (export, receipt)."""
    from papi_desktop.exchange.signing import load_signer, settings_signer

    if getattr(args, "p12", None):
        return load_signer(args.p12, os.environ.get("PAPI_P12_PASSWORD"))
    return settings_signer(repo)


def one_or_all(args) -> None:
    """``--assessment ID --out FILE`` or ``--all --out-dir DIR``, else a PapiError saying which (export, receipt)."""
    from papi_desktop.errors import PapiError

    if args.all == bool(args.assessment):
        raise PapiError("Hãy chọn một trong hai: --assessment ID hoặc --all.", "Give either --assessment ID or --all.")
    if args.all and not args.out_dir:
        raise PapiError("Với --all hãy cho thư mục đích: --out-dir THƯ_MỤC.", "With --all give --out-dir DIR.")
    if args.assessment and not args.out:
        raise PapiError("Hãy cho tệp đích: --out TỆP.", "Give the output file: --out FILE.")


def cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from papi_desktop.cli import open_repo

    fmt = (args.format or (Path(args.out).suffix.lstrip(".").lower() if args.out else "papi")) or "papi"
    one_or_all(args)
    with open_repo(args) as repo:
        signer = signer_for(args, repo)
        if args.all:
            from papi_desktop.exchange.writer import export_all

            paths = export_all(repo, args.out_dir, signer=signer, school_year=args.year)
            print(_t(f"Đã xuất {len(paths)} tệp dữ liệu vào {args.out_dir}.",
                     f"Exported {len(paths)} data files to {args.out_dir}."))
            return 0
        if fmt in ("xlsx", "csv"):
            from papi_desktop.exchange.tabular import assessment_sheets, write_tables

            repo.get_assessment(args.assessment)
            write_tables(args.out, assessment_sheets(repo, args.assessment), fmt, csv_separator=_separator(args))
        else:
            from papi_desktop.exchange.writer import export_assessment

            export_assessment(repo, args.assessment, args.out, signer=signer)
    print(_t(f"Đã xuất {args.out}.", f"Exported {args.out}."))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from papi_desktop.cli import open_repo
    from papi_desktop.errors import PapiError
    from papi_desktop.exchange.importer import (
        CONFLICT,
        IMPORTED,
        OLDER,
        REJECTED,
        SIGNER_CHANGED,
        UNCHANGED,
        UPDATED,
        ImportReport,
        import_paths,
    )
    from papi_desktop.exchange.receipt_import import import_receipts, split_receipts
    from papi_desktop.exchange.trust import accept_signer

    if not args.paths and not args.accept_signer:
        raise PapiError("Hãy cho tệp hoặc thư mục cần nhập, hoặc --accept-signer MÃ_TRƯỜNG.",
                        "Give the files or folders to import, or --accept-signer SCHOOL_CODE.")
    receipts, paths = split_receipts(args.paths)  # the offices' receipts are read after the data files
    report = ImportReport(dry_run=args.dry_run)
    with open_repo(args) as repo:
        for wanted in args.accept_signer or ():
            code, _, fingerprint = wanted.partition("=")
            accepted = accept_signer(repo, code, fingerprint or None)
            print(_t(f"Đã chấp nhận chứng thư số mới của trường {code.upper()} (ghi vào nhật ký); các tệp đang giữ:",
                     f"Accepted the new certificate of school {code.upper()} (written to the audit log); the files "
                     "held:"))
            report.results += accepted.results
        if paths:
            report.results += import_paths(repo, paths, dry_run=args.dry_run,
                                           require_signature=args.require_signature).results
        report.results += [r.as_import_result() for r in import_receipts(
            repo, receipts, dry_run=args.dry_run, accept_new_key=args.accept_office_key)]
    for r in report.results:
        print(r.line(), flush=False)
    n = {k: report.count(k) for k in (IMPORTED, UNCHANGED, UPDATED, OLDER, CONFLICT, SIGNER_CHANGED, REJECTED)}
    head = _t("Thử (không ghi gì): ", "Dry run (nothing written): ") if args.dry_run else ""
    print(head + _t(
        f"{len(report.results)} tệp: {n[IMPORTED]} đã nhập, {n[UPDATED]} đã cập nhật, {n[UNCHANGED]} không đổi, "
        f"{n[OLDER]} bản cũ hơn, {n[CONFLICT]} xung đột, {n[SIGNER_CHANGED]} đổi người ký (giữ riêng), "
        f"{n[REJECTED]} bị từ chối.",
        f"{len(report.results)} files: {n[IMPORTED]} imported, {n[UPDATED]} updated, {n[UNCHANGED]} unchanged, "
        f"{n[OLDER]} older, {n[CONFLICT]} conflicts, {n[SIGNER_CHANGED]} signer changed (held aside), "
        f"{n[REJECTED]} rejected."))
    return 0 if report.ok else 1


def cmd_roster(args: argparse.Namespace) -> int:
    from papi_desktop.cli import open_repo
    from papi_desktop.exchange import roster

    with open_repo(args) as repo:
        if args.action == "load":
            n = roster.load_roster(repo, args.file)
            print(_t(f"Đã nạp danh sách {n} trường.", f"Loaded a list of {n} schools."))
            return 0
        year, rows = roster.missing(repo, args.year)
    for code, name, unit in rows:
        print(f"{code}\t{name}\t{unit}")
    print(_t(f"{len(rows)} trường chưa gửi bản tự đánh giá năm học {year or '?'}.",
             f"{len(rows)} schools have not sent their {year or '?'} assessment."))
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from pathlib import Path

    from papi_desktop.cli import open_repo

    out = Path(args.out)
    with open_repo(args) as repo:
        if out.suffix.lower() == ".pdf":
            from papi_desktop.exchange.summary_pdf import write_summary_pdf

            write_summary_pdf(repo, out, school_year=args.year, unit=args.unit, all_submissions=args.all_submissions)
        else:
            from papi_desktop.exchange.tabular import summary_sheets, write_tables

            write_tables(out, summary_sheets(repo, school_year=args.year, unit=args.unit,
                                             all_submissions=args.all_submissions), csv_separator=_separator(args))
    counted = (_t("mọi bản đã nhận", "every submission received") if args.all_submissions
               else _t("chỉ các bản đã tiếp nhận", "accepted submissions only"))
    print(_t(f"Đã ghi báo cáo tổng hợp {out} ({counted}).", f"Wrote the summary {out} ({counted})."))
    return 0


def cmd_bundle(args: argparse.Namespace) -> int:
    from papi_desktop.cli import open_repo
    from papi_desktop.exchange.bundle import make_bundle
    from papi_desktop.exchange.signing import settings_signer

    with open_repo(args) as repo:
        n = make_bundle(repo, args.out, school_year=args.year, signer=settings_signer(repo))
    print(_t(f"Đã đóng gói {n} tệp dữ liệu và báo cáo tổng hợp vào {args.out}.",
             f"Bundled {n} data files and the summary into {args.out}."))
    return 0


def _separator(args) -> str:
    return "\t" if args.csv_separator == "tab" else args.csv_separator


def _csv_separator_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--csv-separator", choices=(",", ";", "tab"), default=",",
                   help=_t("dấu phân cách của tệp CSV (Excel tiếng Việt dùng «;»)",
                           "CSV field separator (Vietnamese Excel uses ';')"))


def db_after_action(parser: argparse.ArgumentParser) -> None:
    """``--db`` after an action (``roster load --db F``) as well as before it; without a default, so one given
    before the action is not overwritten."""
    parser.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS)


def register(sub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser) -> None:
    """export, import, roster, summary, bundle."""
    p = sub.add_parser("export", parents=[db_parent],
                       help=_t("xuất tệp dữ liệu .papi (hoặc XLSX/CSV)", "export .papi data files (or XLSX/CSV)"))
    p.add_argument("--assessment", metavar="ID")
    p.add_argument("--all", action="store_true", help=_t("mọi bản đã hoàn thành", "every finalised assessment"))
    p.add_argument("--out", metavar="FILE")
    p.add_argument("--out-dir", metavar="DIR")
    p.add_argument("--format", choices=("papi", "xlsx", "csv"))
    _csv_separator_option(p)
    p.add_argument("--year", metavar="YYYY-YYYY", help=_t("chỉ năm học này (với --all)", "only this school year"))
    p.add_argument("--p12", metavar="FILE", help=_t("chứng thư số để ký (mật khẩu trong PAPI_P12_PASSWORD)",
                                                     "certificate to sign with (password in PAPI_P12_PASSWORD)"))
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", parents=[db_parent],
                       help=_t("nhập tệp dữ liệu .papi (và giấy báo kết quả .papi-receipt)",
                               "import .papi data files (and .papi-receipt receipts)"))
    p.add_argument("--dry-run", action="store_true", help=_t("chỉ kiểm tra, không ghi", "check only, write nothing"))
    p.add_argument("--require-signature", action="store_true",
                   help=_t("từ chối tệp không có chữ ký số (cũng theo cài đặt của cơ quan)",
                           "refuse files that are not digitally signed (also by the office setting)"))
    p.add_argument("--accept-signer", action="append", metavar="CODE[=FINGERPRINT]",
                   help=_t("chấp nhận chứng thư số mới của trường rồi nhập các tệp đang giữ riêng của trường đó",
                           "accept the school's new certificate, then import its files held aside"))
    p.add_argument("--accept-office-key", action="store_true",
                   help=_t("chấp nhận chứng thư số mới của cơ quan ký giấy báo (chỉ khi cơ quan đã xác nhận)",
                           "accept the office's new certificate on these receipts (only once the office confirmed)"))
    p.add_argument("paths", nargs="*", metavar="PATH")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("roster", parents=[db_parent], help=_t("danh sách trường phải nộp", "expected schools"))
    rs = p.add_subparsers(dest="action", required=True)
    q = rs.add_parser("load", help=_t("nạp danh sách từ CSV/XLSX", "load the list (CSV/XLSX)"))
    q.add_argument("file", metavar="FILE")
    db_after_action(q)
    q = rs.add_parser("missing", help=_t("trường chưa nộp", "schools that have not sent"))
    q.add_argument("--year", metavar="YYYY-YYYY")
    db_after_action(q)
    p.set_defaults(func=cmd_roster, year=None)

    p = sub.add_parser("summary", parents=[db_parent],
                       help=_t("báo cáo tổng hợp (XLSX, CSV, PDF)", "summary report (XLSX, CSV, PDF)"))
    p.add_argument("--out", metavar="FILE", required=True)
    p.add_argument("--year", metavar="YYYY-YYYY")
    p.add_argument("--unit", metavar="CODE")
    p.add_argument("--all-submissions", action="store_true",
                   help=_t("tính cả các bản chưa xem xét, bị trả lại hoặc mới gửi lại (mặc định: chỉ bản đã tiếp "
                           "nhận)", "count every submission received (default: accepted ones only)"))
    _csv_separator_option(p)
    p.set_defaults(func=cmd_summary)

    p = sub.add_parser("bundle", parents=[db_parent],
                       help=_t("gói tệp của các trường và báo cáo tổng hợp gửi cấp trên",
                               "bundle the schools' files and the summary for the next level"))
    p.add_argument("--out", metavar="DIR_OR_ZIP", required=True)
    p.add_argument("--year", metavar="YYYY-YYYY")
    p.set_defaults(func=cmd_bundle)
