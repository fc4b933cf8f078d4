"""Where the shipped resources (profiles, icons, form texts) are, installed, frozen or not."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from .core.errors import ClerkDeskError
from .core.profile import PolicyProfile
from .core.profile_file import parse_profile


@cache
def resource_dir() -> Path:
    here = Path(__file__).resolve().parent
    candidates = [
        here / "resources",  # a wheel, or the one-folder frozen bundle
        here.parent / "resources",  # a source checkout
    ]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "clerkdesk" / "resources")
    for candidate in candidates:
        if (candidate / "profiles").is_dir():
            return candidate
    raise ClerkDeskError("ClerkDesk's resources folder is missing; reinstall the program")


def profile_keys() -> list[str]:
    keys = sorted(p.stem for p in (resource_dir() / "profiles").glob("*.toml"))
    keys.remove("stoughton")
    return ["stoughton", *keys]


@cache
def load_profile(key: str) -> PolicyProfile:
    path = resource_dir() / "profiles" / f"{key}.toml"
    if not path.is_file():
        raise ClerkDeskError(
            f"unknown policy profile {key!r} (choose one of: {', '.join(profile_keys())})"
        )
    return parse_profile(path.read_text(encoding="utf-8"), str(path))


def icon_path(name: str = "clerkdesk.svg") -> Path:
    return resource_dir() / "icons" / name
