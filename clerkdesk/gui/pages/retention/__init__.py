"""The city's retention series and the dispositions of their records (Wis. Stat. 19.21)."""

from ..registry import register_page

register_page(
    __name__,
    "RetentionPage",
    title="Retention",
    order=59,
    menu_text="Re&tention",
    shortcut="Ctrl+Shift+T",
    opens=("retention",),
    guide="requests.html#retention-and-disposition",
)
