"""The window's own options (`--db`, `--home`, `--demo`, `--exit-when-ready`), read without
the command line's whole grammar: the window is opened many times a day, and building the
parser of every command is time spent before it shows. Anything else on the command line
(a command, `--help`, a mistake) is left to the full parser (`parser.build_parser`), which
declares these same options from `WINDOW_OPTIONS`."""

from __future__ import annotations

from typing import NamedTuple


class WindowOption(NamedTuple):
    flag: str
    dest: str
    metavar: str | None  # None: a flag without a value
    help: str


WINDOW_OPTIONS = (
    WindowOption(
        "--db",
        "db",
        "URL",
        "SQLAlchemy URL or SQLite file path "
        "(default: clerkdesk.db in the home folder; CLERKDESK_DB)",
    ),
    WindowOption(
        "--home", "home", "DIR", "folder for everything ClerkDesk writes (CLERKDESK_HOME)"
    ),
    WindowOption(
        "--exit-when-ready",
        "exit_when_ready",
        None,
        "open the window, exit once Today has painted (for measuring)",
    ),
    WindowOption(
        "--demo",
        "demo",
        None,
        "open the window on the demonstration city, a throw-away register of its own "
        "(the register itself is not touched)",
    ),
)
_BY_FLAG = {option.flag: option for option in WINDOW_OPTIONS}


class WindowArguments(NamedTuple):
    db: str | None
    home: str | None
    exit_when_ready: bool
    demo: bool


def window_arguments(argv: list[str]) -> WindowArguments | None:
    """The window's options when `argv` holds nothing else, written out in full (`--home DIR`
    or `--home=DIR`); else None."""
    values: dict[str, str | bool | None] = {
        "db": None,
        "home": None,
        "exit_when_ready": False,
        "demo": False,
    }
    tokens = iter(argv)
    for token in tokens:
        flag, equals, given = token.partition("=")
        option = _BY_FLAG.get(flag)
        if option is None:
            return None
        if option.metavar is None:
            if equals:
                return None
            values[option.dest] = True
            continue
        value = given if equals else next(tokens, None)
        if value is None or (not equals and value.startswith("-")):
            return None  # the full parser says what is missing
        values[option.dest] = value
    return WindowArguments(**values)  # type: ignore[arg-type]
