"""`clerkdesk`: the desktop window, or one command of the command line (INTERFACE.md)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    try:
        from .cli import main as cli_main

        return cli_main(sys.argv[1:] if argv is None else argv)
    except KeyboardInterrupt:
        # Ctrl+C while the program was still loading: nothing had begun.
        print("clerkdesk: error: interrupted; nothing half-done was kept", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
