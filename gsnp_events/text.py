"""Text normalisation shared by search and duplicate detection."""

import unicodedata


def fold(text: str | None) -> str:
    """Case- and accent-insensitive form: "Nguyễn Thị" -> "nguyen thi", "ÇAĞLAR" -> "caglar".

    Marks are dropped only where they decorate a letter (Latin, Greek and Cyrillic accents,
    Arabic harakat); in scripts whose combining marks are vowels (Devanagari, Bengali, Thai
    ...) they stay, or the word would change.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = []
    for char in decomposed:
        if unicodedata.combining(char) and kept and _is_decorated_script(kept[-1]):
            continue
        kept.append(char)
    return " ".join(unicodedata.normalize("NFC", "".join(kept)).split())


def _is_decorated_script(base: str) -> bool:
    name = unicodedata.name(base, "")
    return name.startswith(("LATIN", "GREEK", "CYRILLIC", "ARABIC")) or base.isascii()
