"""The command line: parse, open the database, run one command, say plainly what went wrong."""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    from ..interrupts import keep_ctrl_c
    from .console import use_utf8_streams

    keep_ctrl_c()  # a Ctrl+C inside the interpreter's own callbacks is not lost
    use_utf8_streams()  # before anything is written, and before any command commits
    try:
        return _main(argv)
    except KeyboardInterrupt:
        # Ctrl+C before the command began (or while its error was being said).
        print("clerkdesk: error: interrupted; nothing half-done was kept", file=sys.stderr)
        return 130


def _main(argv: list[str]) -> int:
    from .window_options import window_arguments

    window = window_arguments(argv)
    if window is not None:  # the window, as the Start menu opens it: no command
        from ..gui.window.app import run as run_gui
        from ..paths import resolve_paths

        paths = resolve_paths(window.db, window.home)
        return run_gui(paths, exit_when_ready=window.exit_when_ready, demo=window.demo)
    from .parser import build_parser

    args = build_parser().parse_args(argv)
    from ..logs import LOGGER, setup_logging
    from ..paths import resolve_paths

    paths = resolve_paths(args.db, args.home)
    if args.self_test:
        # It works in a temporary folder of its own and leaves nothing behind, not even a log.
        import os

        from ..selftest import run as self_test

        given = args.db is not None or bool(os.environ.get("CLERKDESK_DB"))
        return self_test(paths, database_given=given)
    setup_logging(paths.log_file)
    if args.command is None:
        from ..gui.window.app import run as run_gui

        return run_gui(paths, exit_when_ready=args.exit_when_ready, demo=args.demo)
    from ..core.errors import ClerkDeskError, ImportProblems

    try:
        from ..collection import resume_collection
        from .commands import run

        resume_collection()  # the command's modules are loaded
        return run(args, paths)
    except ImportProblems as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(
            f"clerkdesk: error: {len(exc.problems)} problem(s); nothing was imported",
            file=sys.stderr,
        )
        return 2
    except ClerkDeskError as exc:
        # What the driver or the system said, for whoever reads the log later.
        LOGGER.info("command %s refused: %s", args.command, exc.message, exc_info=exc.__cause__)
        print(f"clerkdesk: error: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        # Every write is one transaction: an interrupted one was rolled back whole.
        LOGGER.info("command %s interrupted", args.command)
        print("clerkdesk: error: interrupted; nothing half-done was kept", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) stopped reading: not an error of ours.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception:  # noqa: BLE001  (a bug: logged with its traceback, reported plainly)
        LOGGER.exception("command %s failed", args.command)
        print(f"clerkdesk: error: internal error; details are in {paths.log_file}", file=sys.stderr)
        return 2
