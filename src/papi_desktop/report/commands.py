"""Sub-commands of this room. ``register`` must stay light: import heavy modules inside the handlers."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction, db_parent: argparse.ArgumentParser) -> None:
    """No sub-commands yet."""
