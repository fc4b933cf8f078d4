"""The user guide: the HTML that scripts/build_guide builds (MkDocs), opened in the browser at
the section about the page in front of the clerk (Help → User guide, F1).

Nothing here is imported at start-up: the window imports this module when the guide is first
asked for. The guide is looked for where the frozen program carries it (clerkdesk/guide in the
bundle, packaging/clerkdesk.spec) and, from a source checkout, where scripts/build_guide puts it
(build/guide)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QWidget

from ..widgets import messages
from . import desktop

NOT_BUILT = "The user guide is not built here: run scripts/build_guide"
INDEX = "index.html"


def guide_dir() -> Path | None:
    """The folder holding the built guide's index.html, or None when it is not built."""
    here = Path(__file__).resolve().parents[2]  # the clerkdesk package
    candidates = [here / "guide", here.parent / "build" / "guide"]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "clerkdesk" / "guide")
    return next((c for c in candidates if (c / INDEX).is_file()), None)


def guide_url(folder: Path, section: str) -> QUrl:
    """The local file URL of `section` ("reviews.html#the-reviews-page"; "" the first page)."""
    page, _, anchor = (section or INDEX).partition("#")
    url = QUrl.fromLocalFile(str(folder / page))
    if anchor:
        url.setFragment(anchor)
    return url


def open_guide(parent: QWidget, section: str) -> bool:
    """Open the guide at `section` in the browser; when it is not built, say so plainly."""
    folder = guide_dir()
    if folder is None:
        messages.show_info(parent, NOT_BUILT, title="User guide")
        return False
    if not desktop.open_url(guide_url(folder, section)):
        messages.show_error(
            parent, f"No program opened the user guide ({folder / INDEX})", title="User guide"
        )
        return False
    return True
