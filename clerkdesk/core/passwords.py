"""Password rules (R11): the city's profile rule, NIST-style advice beside it, and a generator
that always meets the rule."""

from __future__ import annotations

import secrets
from collections.abc import Collection

from .profile import PolicyProfile

CLASS_TESTS = {
    "upper": (str.isupper, "an upper-case letter"),
    "lower": (str.islower, "a lower-case letter"),
    "digit": (str.isdigit, "a digit"),
    "symbol": (lambda c: not c.isalnum() and not c.isspace(), "a symbol such as ! # % or &"),
}

# Letters that are easily misread on paper or screen are left out of generated passwords.
_ALPHABETS = {
    "upper": "ABCDEFGHJKLMNPQRSTUVWXYZ",
    "lower": "abcdefghijkmnopqrstuvwxyz",
    "digit": "23456789",
    "symbol": "!#$%&*+-=?@^_~",
}


def rule_problems(password: str, profile: PolicyProfile) -> list[str]:
    """What the password lacks under the city's rule (R11), in words; empty when it passes, or
    when the city's profile switched the rule off (the NIST advice still speaks)."""
    problems: list[str] = []
    if not profile.applies("R11"):
        return problems
    length = len(password)
    if length < profile.password_min_length:
        problems.append(f"at least {profile.password_min_length} characters (it has {length})")
    for name in profile.password_classes:
        test, words = CLASS_TESTS[name]
        if not any(test(c) for c in password):
            problems.append(words)
    return problems


def describe_problems(problems: list[str]) -> str:
    return "needs " + "; ".join(problems)


def nist_advice(password: str, common: Collection[str], mfa: bool) -> list[str]:
    """Advice after NIST SP 800-63B: long passphrases, nothing commonly used. Advice only: the
    city's rule is what is enforced."""
    advice: list[str] = []
    lowered = password.lower()
    if lowered in common:
        advice.append("it is one of the most common passwords; choose another")
    wanted = 8 if mfa else 15
    if len(password) < wanted:
        advice.append(
            f"NIST advises at least {wanted} characters"
            + ("" if mfa else " when the password is the only factor; turn on MFA too")
        )
    if len(set(password)) <= 3 and password:
        advice.append("it repeats the same few characters")
    return advice


def generate(profile: PolicyProfile, length: int | None = None) -> str:
    """A random password that meets the rule: every required class at least once."""
    size = max(length or 0, profile.password_min_length, 16)
    classes = list(profile.password_classes) or ["lower"]
    rng = secrets.SystemRandom()
    chars = [rng.choice(_ALPHABETS[c]) for c in classes]
    pool = "".join(_ALPHABETS[c] for c in _ALPHABETS)
    chars += [rng.choice(pool) for _ in range(size - len(chars))]
    rng.shuffle(chars)
    password = "".join(chars)
    assert not rule_problems(password, profile)
    return password


def load_common(text: str) -> frozenset[str]:
    return frozenset(
        line.strip().lower()
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )
