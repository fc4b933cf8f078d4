"""The account register."""

from ..registry import register_page

register_page(
    __name__,
    "AccountsPage",
    title="Accounts",
    order=20,
    shortcut="Ctrl+2",
    opens=("account", "account:people", "account:credential"),
    guide="approving.html#the-accounts-page",
)
