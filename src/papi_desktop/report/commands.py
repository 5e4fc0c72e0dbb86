"""Sub-commands of this room: ``report`` (build, optionally sign), ``verify``; ``basis`` and ``details`` are in
``details_commands``.

``register`` stays light: reportlab and pyHanko are imported inside the handlers.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from papi_desktop.errors import ReportError, user_language


def _t(vi: str, en: str) -> str:
    return vi if user_language() == "vi" else en


def _read_password(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise ReportError(f"Không đọc được tệp mật khẩu {path}: {exc}.",
                          f"Cannot read the password file {path}: {exc}.") from None


def cmd_report(args: argparse.Namespace) -> int:
    from papi_desktop.cli import open_repo
    from papi_desktop.report.api import P12Signing, missing_details, render_assessment_pdf, token_config

    sign = None
    if args.sign and (args.pkcs11_lib or args.pin_file):
        raise ReportError("Chỉ chọn một cách ký: --sign (tệp .p12) hoặc USB token (--pin-file).",
                          "Choose one way to sign: --sign (a .p12 file) or a USB token (--pin-file).")
    if args.sign:
        if not args.password_file:
            raise ReportError("Ký bằng tệp .p12 cần --password-file.", "Signing with a .p12 file needs "
                              "--password-file.")
        sign = P12Signing(args.sign, _read_password(args.password_file), args.signature_image, args.seal_image)
    elif args.pkcs11_lib and not args.pin_file:
        raise ReportError("Ký bằng USB token cần --pin-file.", "Signing with a USB token needs --pin-file.")
    with open_repo(args) as repo:
        if args.pin_file:
            sign = token_config(repo, _read_password(args.pin_file), lib_path=args.pkcs11_lib,
                                token_label=args.token_label, key_label=args.key_label,
                                signature_image=args.signature_image, seal_image=args.seal_image)
        lang = args.lang or user_language()
        out = render_assessment_pdf(repo, args.assessment, args.out, sign=sign, lang=lang)
        for line in missing_details(repo, args.assessment, lang):
            print(_t("Lưu ý: ", "Note: ") + line, file=sys.stderr)
    print(_t(f"Đã tạo báo cáo {out}" + (" (đã ký số)." if sign else "."),
             f"Report written to {out}" + (" (digitally signed)." if sign else ".")))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from papi_desktop.report.api import verify_pdf

    result = verify_pdf(args.file, trust_roots=args.trust_root)
    print(result.summary(user_language()))
    return 0 if result.intact else 1


def register(sub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser) -> None:
    """``report``, ``verify``, ``basis`` and ``details``."""
    from papi_desktop.report import details_commands

    details_commands.register(sub, db_parent)
    p = sub.add_parser("report", parents=[db_parent],
                       help=_t("in báo cáo PDF (có thể ký số)", "print the PDF report (optionally signed)"))
    p.add_argument("--assessment", required=True, metavar="ID", help=_t("mã bản tự đánh giá", "assessment id"))
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--sign", metavar="CERT.p12", help=_t("ký bằng tệp chứng thư số", "sign with a PKCS#12 file"))
    p.add_argument("--password-file", metavar="F", help=_t("tệp chứa mật khẩu .p12", "file holding the password"))
    p.add_argument("--pkcs11-lib", metavar="LIB", help=_t("thư viện PKCS#11 của USB token (mặc định: theo cài đặt)",
                                                   "token PKCS#11 library (default: from the settings)"))
    p.add_argument("--pin-file", metavar="F", help=_t("tệp chứa mã PIN của token", "file holding the token PIN"))
    p.add_argument("--token-label", metavar="LABEL")
    p.add_argument("--key-label", metavar="LABEL")
    p.add_argument("--signature-image", metavar="PNG", help=_t("ảnh chữ ký (PNG nền trong)", "signature image"))
    p.add_argument("--seal-image", metavar="PNG", help=_t("ảnh con dấu (PNG nền trong)", "seal image"))
    p.add_argument("--lang", choices=("vi", "en"), help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("verify", help=_t("kiểm tra chữ ký số của báo cáo PDF", "check a signed PDF report"))
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument("--trust-root", action="append", metavar="CERT",
                   help=_t("chứng thư gốc được tin cậy (DER/PEM), có thể lặp lại",
                           "trusted root certificate (DER/PEM), repeatable"))
    p.set_defaults(func=cmd_verify)
