"""The window's options read without the whole grammar: the same answers as the full parser
for what the window is opened with, and anything else left to the full parser."""

from __future__ import annotations

import pytest

from clerkdesk.cli.parser import build_parser
from clerkdesk.cli.window_options import window_arguments


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--home", "C:/Users/clerk/ClerkDesk"],
        ["--home=/srv/clerkdesk", "--demo"],
        ["--db", "postgresql+psycopg://clerk@db/city", "--exit-when-ready"],
        ["--db=other.db", "--home", "h", "--db", "last.db"],  # the last one counts, as argparse
    ],
)
def test_the_window_options_read_as_the_full_parser_reads_them(argv: list[str]) -> None:
    fast = window_arguments(argv)
    full = build_parser().parse_args(argv)
    assert fast is not None
    assert (fast.db, fast.home, fast.exit_when_ready, fast.demo) == (
        full.db,
        full.home,
        full.exit_when_ready,
        full.demo,
    )
    assert full.command is None


@pytest.mark.parametrize(
    "argv",
    [
        ["check"],  # a command
        ["--home", "h", "obligations"],
        ["--help"],
        ["--version"],
        ["--self-test"],
        ["--home"],  # a value missing: the full parser says so
        ["--home", "--demo"],
        ["--demo=yes"],
        ["--ho", "h"],  # an abbreviation, which only the full parser knows
        ["--nonsense"],
    ],
)
def test_anything_else_is_left_to_the_full_parser(argv: list[str]) -> None:
    assert window_arguments(argv) is None


def test_the_full_parser_declares_the_same_window_options() -> None:
    help_text = build_parser().format_help()
    for flag in ("--db URL", "--home DIR", "--exit-when-ready", "--demo"):
        assert flag in help_text
