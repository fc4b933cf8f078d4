"""A profile file read: its TOML text as a profile, and what is wrong with it named by the file
and the line."""

from __future__ import annotations

import re
import tomllib

from .errors import ClerkDeskError, ValidationError
from .profile import PolicyProfile


def parse_profile(text: str, source: str = "profile file") -> PolicyProfile:
    """A profile from the TOML text of a profile file; what is wrong names `source` and the
    line."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ClerkDeskError(f"{source}: not valid TOML: {exc}") from exc
    try:
        return PolicyProfile.from_dict(data)
    except ValidationError as exc:
        name, problem = next(iter(exc.fields.items()))
        found = re.search(r"^(R\d+):|'([^']+)'", problem)
        key = (found.group(1) or found.group(2)) if found and name in ("rules", "notices") else name
        raise ClerkDeskError(f"{source}:{_line_of(text, key)}: {name}: {problem}") from exc
    except ClerkDeskError as exc:
        found = re.search(r"'(\w+)'", exc.message)
        line = _line_of(text, found.group(1)) if found else 1
        raise ClerkDeskError(f"{source}:{line}: {exc.message}") from exc


def _line_of(text: str, key: str) -> int:
    """The line of the file where `key` is set (1 when it is not found)."""
    for number, line in enumerate(text.splitlines(), start=1):
        if re.match(rf"\s*{re.escape(key)}\s*=", line):
            return number
    return 1
