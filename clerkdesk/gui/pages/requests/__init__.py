"""Public-records requests (R17)."""

from ..registry import register_page

register_page(
    __name__,
    "RequestsPage",
    title="Requests",
    order=52,
    shortcut="Ctrl+8",
    menu_text="Re&quests",
    opens=("request",),
    guide="requests.html#the-requests-page",
)
