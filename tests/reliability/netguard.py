"""Detect network use in this process: an audit hook (Python sockets, DNS, urllib/http) and a scan of open
file descriptors for internet sockets (catches sockets opened by C/C++ code such as Qt, if still open)."""

from __future__ import annotations

import contextlib
import os
import socket
import sys

INET = (socket.AF_INET, getattr(socket, "AF_INET6", socket.AF_INET))
NAME_EVENTS = {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr", "socket.getnameinfo",
               "urllib.Request", "http.client.connect", "ftplib.connect", "smtplib.connect"}
SOCKET_EVENTS = {"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"}
_recording: list[str] | None = None


def _hook(event: str, args: tuple) -> None:
    if _recording is None:
        return
    if event == "socket.__new__" and len(args) >= 2 and args[1] in INET:
        _recording.append(f"{event} family={args[1]}")
    elif event in SOCKET_EVENTS and args and getattr(args[0], "family", None) in INET:
        _recording.append(f"{event} {args[1:2]}")
    elif event in NAME_EVENTS:
        _recording.append(f"{event} {args[:2]}")


sys.addaudithook(_hook)  # audit hooks cannot be removed: it records only inside network_guard()


def inet_socket_inodes() -> set[str]:
    """Inodes of this process's open internet sockets (Linux; empty elsewhere)."""
    inodes = set()
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        with contextlib.suppress(OSError), open(f"/proc/net/{table}") as f:
            inodes |= {line.split()[9] for line in list(f)[1:] if len(line.split()) > 9}
    mine = set()
    with contextlib.suppress(OSError):
        for fd in os.listdir("/proc/self/fd"):
            with contextlib.suppress(OSError):
                target = os.readlink(f"/proc/self/fd/{fd}")
                if target.startswith("socket:["):
                    mine.add(target[8:-1])
    return mine & inodes


@contextlib.contextmanager
def network_guard():
    """Yields the list of network uses seen inside the block (plus internet sockets left open at its end)."""
    global _recording
    seen: list[str] = []
    before = inet_socket_inodes()
    _recording = seen
    try:
        yield seen
    finally:
        _recording = None
        seen += [f"open internet socket inode {i}" for i in sorted(inet_socket_inodes() - before)]
