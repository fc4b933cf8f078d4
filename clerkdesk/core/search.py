"""Text as a search compares it: case and accents set aside, so that `nunez` finds José Ñúñez
and `@parks` finds parks; one rule for the filters of every page and the audit log's search."""

from __future__ import annotations

from unicodedata import combining, normalize

# Letters that Unicode does not decompose into a base letter and an accent.
_OWN_LETTERS = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d"})


def fold(text: str) -> str:
    """`text` as a search compares it: case and accents set aside ("José Ñúñez" → "jose
    nunez"). Plain ASCII, most of a city's text, skips the Unicode decomposition."""
    if text.isascii():
        return text.lower()
    bare = "".join(c for c in normalize("NFKD", text) if not combining(c))
    return bare.translate(_OWN_LETTERS).casefold()


def search_words(text: str) -> tuple[str, ...]:
    """The words of a filter, folded; a handle's `@` is left out, so that `@parks` and `parks`
    find an account whether its text carries the `@` or not."""
    words = (w.lstrip("@") for w in fold(text).split())
    return tuple(w for w in words if w)
