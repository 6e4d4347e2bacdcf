"""Text normalisation shared by search and duplicate detection."""

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import opencc

# Letters that keyboards for Persian, Urdu, Kurdish and Arabic type differently for one letter:
# Farsi yeh and alef maksura are yeh, keheh is kaf, heh goal, heh doachashmee and ae are heh,
# and teh marbuta is heh (فاطمة and فاطمه are one name).
_ARABIC_LETTERS = str.maketrans(
    {
        "\u06cc": "\u064a",  # ی Farsi yeh
        "\u0649": "\u064a",  # ى alef maksura
        "\u06a9": "\u0643",  # ک keheh
        "\u06aa": "\u0643",  # ڪ swash kaf (Sindhi)
        "\u06c1": "\u0647",  # ہ heh goal (Urdu)
        "\u06be": "\u0647",  # ھ heh doachashmee (Urdu)
        "\u06d5": "\u0647",  # ە ae (Kurdish)
        "\u0629": "\u0647",  # ة teh marbuta
        "\u200c": None,  # zero-width non-joiner
        "\u200d": None,  # zero-width joiner
    }
)
# Arabic compound names are written with or without the space: عبد الرحمن and عبدالرحمن,
# أبو بكر and أبوبكر, نور الدين and نورالدين, نصر الله and نصرالله. The space goes after عبد
# and أبو and before الدين and الله (after folding: hamza dropped, so أبو is ابو).
_ARABIC_COMPOUNDS = re.compile(r"(?<!\S)(عبد|ابو) (?=\S)|(?<=\S) (الدين|الله)(?!\S)")


def fold(text: str | None) -> str:
    """The form under which search compares text, whichever keyboard typed it.

    Case- and accent-insensitive: "Nguyễn Thị" -> "nguyen thi", "ÇAĞLAR" -> "caglar". Marks
    are dropped only where they decorate a letter (Latin, Greek and Cyrillic accents, Arabic
    harakat and hamza); in scripts whose combining marks are vowels (Devanagari, Bengali,
    Thai ...) they stay, or the word would change. Arabic-script letter variants become one
    letter, zero-width (non-)joiners are ignored, the space inside Arabic compound names is
    dropped, and Traditional Chinese characters become Simplified (OpenCC's data), one
    character at a time so that any part of a name folds as it does inside the whole name.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = []
    for char in decomposed:
        if unicodedata.combining(char) and kept and _is_decorated_script(kept[-1]):
            continue
        kept.append(_simplified(char) if _is_han(char) else char)
    folded = unicodedata.normalize("NFC", "".join(kept)).translate(_ARABIC_LETTERS)
    return _ARABIC_COMPOUNDS.sub(r"\1\2", " ".join(folded.split()))


def search_text(parts: Iterable[str | None]) -> str:
    """What a registration stores to be found by: its non-empty parts, folded."""
    return " | ".join(fold(part) for part in parts if part)


def _is_decorated_script(base: str) -> bool:
    name = unicodedata.name(base, "")
    return name.startswith(("LATIN", "GREEK", "CYRILLIC", "ARABIC")) or base.isascii()


def _is_han(char: str) -> bool:
    code = ord(char)
    return 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x3134F


@lru_cache(maxsize=8192)
def _simplified(char: str) -> str:
    return _converter().convert(char)


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    """OpenCC's Traditional-to-Simplified tables, loaded when first needed (0.1 s, 5 MB)."""
    return opencc.OpenCC("t2s")
