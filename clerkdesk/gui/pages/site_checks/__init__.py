"""The upkeep of each site: site checks and their findings (R11, R13-R15)."""

from ..registry import register_page

register_page(
    __name__,
    "SiteChecksPage",
    title="Site checks",
    order=58,
    shortcut="Ctrl+Shift+K",
    menu_text="Site chec&ks",
    opens=("site-check",),
    guide="site-checks.html#the-site-checks-page",
)
