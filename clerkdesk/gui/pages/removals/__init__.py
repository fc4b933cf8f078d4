"""Removed content (R16)."""

from ..registry import register_page

register_page(
    __name__,
    "RemovalsPage",
    title="Removed content",
    order=54,
    shortcut="Ctrl+9",
    menu_text="Re&moved content",
    opens=("removal",),
    guide="removals.html#the-removed-content-page",
)
