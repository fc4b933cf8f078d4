"""Access reviews (R7)."""

from ..registry import register_page

REVIEW = "review"  # where the obligation of a department's access review opens (R7)

register_page(
    __name__,
    "ReviewsPage",
    title="Reviews",
    order=50,
    shortcut="Ctrl+5",
    opens=(REVIEW,),
    named_by="department",
    guide="reviews.html#the-reviews-page",
)
