import pytest

from clerkdesk.core.errors import InvalidValueError
from clerkdesk.core.validation import check_email, is_personal_email, normalize_url


@pytest.mark.parametrize(
    "text, expected",
    [
        ("https://www.facebook.com/StoughtonParks/", "https://facebook.com/StoughtonParks"),
        ("facebook.com/cityparks", "https://facebook.com/cityparks"),
        ("HTTP://X.COM/city", "https://x.com/city"),
        ("https://youtube.com/@city?x=1", "https://youtube.com/@city?x=1"),
    ],
)
def test_urls_are_normalized_so_duplicates_are_found(text: str, expected: str) -> None:
    assert normalize_url(text) == expected


@pytest.mark.parametrize(
    "text", ["", "not a url", "ftp://x.com/a", "https://localhost/x", "https:///nohost"]
)
def test_bad_urls_are_refused(text: str) -> None:
    with pytest.raises(InvalidValueError):
        normalize_url(text)


def test_email_checks() -> None:
    assert check_email("clerk@ci.stoughton.wi.us") is None
    assert check_email("clerk@") is not None
    assert is_personal_email("someone@Gmail.com")
    assert not is_personal_email("clerk@ci.stoughton.wi.us")
