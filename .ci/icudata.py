"""Trim the ICU data library that Qt's Linux wheel ships to the parts the app uses (``build.spec`` calls this).

PySide6's Linux Qt links ICU; its ``libicudata.so.NN`` (32 MB) holds locale data for ~800 locales, ~230 legacy
converters, word-break dictionaries and more. Qt calls ICU only for collation (``QCollator``: the app sorts names
in Vietnamese order), case mapping, codecs beyond UTF-8/Latin-1 (the app reads and writes UTF-8 only) and time-zone
names. The trimmed library keeps, in the main, collation, zone and region trees, the root, Vietnamese and English
locales, plus the shared tables (collation root ``ucadata.icu``, supplemental data, converter aliases,
normalisation) — about 3 MB. ``tests/test_icudata.py`` proves that Vietnamese sorting, case mapping and time-zone
names come out the same with the trimmed library as with the full one.

Windows wheels of PySide6 carry no ICU (Qt uses the system's), so there this is a no-op; it also leaves the
bundle alone (and says so) when no C compiler is found.

The data is ICU's "common data" package (``CmnD``): a header, a table of contents ``(name offset, data offset)``
sorted by name, then the items, 16-byte aligned. It is read from the library's ``icudtNN_dat`` symbol, filtered,
and assembled back into a shared library with the same soname with ``cc`` (``.incbin``).
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

KEEP_LOCALES = ("root", "vi", "en")  # and their regional variants (vi_VN, en_US, en_GB…)
DROP_TREES = {"brkitr", "translit", "rbnf", "unit", "curr", "lang"}  # Qt never asks ICU for these
DROP_KINDS = {"cnv", "spp", "cfu"}  # legacy converters, stringprep profiles, spoof checker
DROP_FILES = {"unames.icu"}  # Unicode character names
LOCALE_NAME = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*|root")
LIBRARY_NAME = re.compile(r"libicudata\.so\.\d+$")
ALIGN = 16


def keep_item(name: str) -> bool:
    """Whether the package item ``icudt73l/<tree>/<file>`` stays in the trimmed data."""
    path = name.split("/", 1)[1] if "/" in name else name
    tree, _, leaf = path.rpartition("/")
    stem, _, kind = leaf.rpartition(".")
    if tree in DROP_TREES or kind in DROP_KINDS or leaf in DROP_FILES:
        return False
    if kind == "res" and stem not in ("res_index", "pool") and LOCALE_NAME.fullmatch(stem):
        return stem.split("_")[0] in KEEP_LOCALES
    return True


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """``(header, [(name, item bytes)…])`` of a little-endian ICU common data package."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD" or data[8] != 0:
        raise ValueError("not a little-endian ICU common data package")
    count = struct.unpack_from("<I", data, header_size)[0]
    toc = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    ends = [offset for _, offset in toc[1:]] + [len(data) - header_size]
    items = []
    for (name_offset, offset), end in zip(toc, ends, strict=True):
        start = header_size + name_offset
        name = data[start:data.index(b"\0", start)].decode("ascii")
        items.append((name, data[header_size + offset:header_size + end]))
    return data[:header_size], items


def _pad(n: int) -> int:
    return -n % ALIGN


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package with ``items`` (kept in the given, name-sorted order), each item 16-byte aligned."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    data_start = toc_size + len(names)
    data_start += _pad(len(header) + data_start)
    entries, blobs, name_offset, offset = [], [], toc_size, data_start
    for name, blob in items:
        entries.append(struct.pack("<II", name_offset, offset))
        name_offset += len(name) + 1
        padded = blob + b"\0" * _pad(len(blob))
        blobs.append(padded)
        offset += len(padded)
    toc = struct.pack("<I", len(items)) + b"".join(entries) + names
    return header + toc + b"\0" * (data_start - len(toc)) + b"".join(blobs)


def elf_symbol(path: Path, pattern: str) -> tuple[str, bytes]:
    """Name and bytes of the first dynamic symbol of a 64-bit little-endian ELF file matching ``pattern``."""
    b = path.read_bytes()
    if b[:4] != b"\x7fELF" or b[4] != 2 or b[5] != 1:
        raise ValueError(f"{path.name}: not a 64-bit little-endian ELF file")
    shoff = struct.unpack_from("<Q", b, 0x28)[0]
    shentsize, shnum = struct.unpack_from("<HH", b, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", b, shoff + i * shentsize) for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strtab = sections[link][4]
        for sym in range(offset, offset + size, entsize):
            st_name, _i, _o, _shndx, value, st_size = struct.unpack_from("<IBBHQQ", b, sym)
            name = b[strtab + st_name:b.index(b"\0", strtab + st_name)].decode("ascii")
            if not re.fullmatch(pattern, name):
                continue
            for _n, k, _f, addr, off, sz, *_rest in sections:
                if k != 8 and addr <= value < addr + sz:  # the section holding it (not NOBITS)
                    start = value - addr + off
                    return name, b[start:start + st_size]
    raise ValueError(f"{path.name}: no symbol matching {pattern}")


def build_library(data: bytes, symbol: str, soname: str, out: Path, workdir: Path, cc: str) -> Path:
    """A shared library ``out`` (soname ``soname``) exporting ``data`` as the object ``symbol``."""
    workdir.mkdir(parents=True, exist_ok=True)
    blob = workdir / f"{symbol}.bin"
    blob.write_bytes(data)
    asm = workdir / f"{symbol}.S"
    asm.write_text(
        f'\t.section .rodata\n\t.balign {ALIGN}\n\t.globl {symbol}\n\t.type {symbol}, @object\n{symbol}:\n'
        f'\t.incbin "{blob}"\n\t.size {symbol}, . - {symbol}\n\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii")
    subprocess.run([cc, "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(out), str(asm)], check=True)
    return out


def trim_library(src: Path, out: Path, workdir: Path, cc: str = "cc") -> Path:
    """Write the trimmed copy of the ICU data library ``src`` to ``out``; raises if it cannot be made."""
    symbol, data = elf_symbol(src, r"icudt\d+_dat")
    header, items = read_package(data)
    trimmed = write_package(header, [item for item in items if keep_item(item[0])])
    build_library(trimmed, symbol, src.name, out, workdir, cc)
    if elf_symbol(out, symbol)[1] != trimmed:
        raise RuntimeError(f"{out}: the rebuilt library does not hold the trimmed data")
    return out


def trim_icu_binaries(binaries: list, workdir: Path) -> list:
    """PyInstaller's binaries list with ``libicudata.so.NN`` replaced by its trimmed copy (when there is one and a
    C compiler is found; otherwise unchanged, with a warning)."""
    result = []
    for entry in binaries:
        dest, src, kind = entry[0], entry[1], entry[2]
        if LIBRARY_NAME.search(Path(dest).name):
            cc = shutil.which("cc") or shutil.which("gcc")
            if cc is None:
                print(f"icudata: no C compiler (apt-get install gcc): {Path(dest).name} stays full size")
            else:
                out = workdir / "icu" / Path(dest).name
                out.parent.mkdir(parents=True, exist_ok=True)
                src = str(trim_library(Path(src), out, workdir / "icu", cc))
                print(f"icudata: {Path(dest).name} trimmed to {out.stat().st_size / 1e6:.1f} MB")
        result.append((dest, src, kind))
    return result
