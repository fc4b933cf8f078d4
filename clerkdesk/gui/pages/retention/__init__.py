"""The city's retention series and the dispositions of their records (Wis. Stat. 19.21)."""

from ..registry import register_page

register_page(
    __name__,
    "RetentionPage",
    title="Retention",
    order=59,
    menu_text="Re&tention",
    opens=("retention",),
    guide="",
)
