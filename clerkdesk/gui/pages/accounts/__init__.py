"""The account register."""

from ....core.vocabulary import (
    OPENS_ACCOUNT,
    OPENS_ACCOUNT_CREDENTIAL,
    OPENS_ACCOUNT_PEOPLE,
)
from ..registry import register_page

register_page(
    __name__,
    "AccountsPage",
    title="Accounts",
    order=20,
    shortcut="Ctrl+2",
    opens=(OPENS_ACCOUNT, OPENS_ACCOUNT_PEOPLE, OPENS_ACCOUNT_CREDENTIAL),
)
