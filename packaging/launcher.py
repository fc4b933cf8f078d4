"""The frozen program's entry point: the same `clerkdesk.__main__:main` as the console script."""

import sys

from clerkdesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
