import pytest

from clerkdesk.core.passwords import generate, load_common, nist_advice, rule_problems
from clerkdesk.core.profile import PolicyProfile

PROFILE = PolicyProfile(key="t", title="T", coordinating_office="Clerk", authorities=("mayor",))
COMMON = load_common("# comment\nPassword1!\nqwerty123\n")


@pytest.mark.parametrize(
    "password, missing",
    [
        ("Tr0ub4dor&3xyz", []),
        ("short1!A", ["at least 12 characters (it has 8)"]),
        ("alllowercase123!", ["an upper-case letter"]),
        ("ALLUPPERCASE123!", ["a lower-case letter"]),
        ("NoDigitsHere!!ab", ["a digit"]),
        ("NoSymbols123abc", ["a symbol such as ! # % or &"]),
        (
            "",
            [
                "at least 12 characters (it has 0)",
                "an upper-case letter",
                "a lower-case letter",
                "a digit",
                "a symbol such as ! # % or &",
            ],
        ),
    ],
)
def test_the_rule_says_exactly_what_is_missing(password: str, missing: list[str]) -> None:
    assert rule_problems(password, PROFILE) == missing


def test_the_rule_follows_the_profile() -> None:
    relaxed = PROFILE.with_changes(password_min_length=8, password_classes=("lower",))
    assert rule_problems("abcdefgh", relaxed) == []


def test_generated_passwords_always_meet_the_rule() -> None:
    strict = PROFILE.with_changes(password_min_length=20)
    seen = {generate(strict) for _ in range(300)}
    assert len(seen) == 300
    assert all(len(p) == 20 and not rule_problems(p, strict) for p in seen)


def test_nist_advice() -> None:
    assert any("most common" in a for a in nist_advice("PASSWORD1!", COMMON, mfa=True))
    assert any("15 characters" in a for a in nist_advice("Tr0ub4dor&3xyz", COMMON, mfa=False))
    assert nist_advice("correct horse battery staple", COMMON, mfa=False) == []
