"""Access reviews (R7)."""

from ....core.vocabulary import OPENS_REVIEW
from ..registry import register_page

register_page(
    __name__,
    "ReviewsPage",
    title="Reviews",
    order=50,
    shortcut="Ctrl+5",
    opens=(OPENS_REVIEW,),
)
