"""Which script a name is written in: its direction, its language tag and its font stack.

WeasyPrint ignores ``dir="auto"`` and picks CJK glyphs by language, so the badge code decides
both here, from the characters themselves (and, for Chinese characters, the nationality).
"""

import unicodedata
from dataclasses import dataclass

# (first, last, script) for the scripts the badges must print; anything else counts as Latin.
_RANGES = (
    (0x0370, 0x03FF, "Grek"),
    (0x0400, 0x052F, "Cyrl"),
    (0x0530, 0x058F, "Armn"),
    (0x0590, 0x05FF, "Hebr"),
    (0x0600, 0x06FF, "Arab"),
    (0x0750, 0x077F, "Arab"),
    (0x0780, 0x07BF, "Thaa"),
    (0x0870, 0x08FF, "Arab"),
    (0x0900, 0x097F, "Deva"),
    (0x0980, 0x09FF, "Beng"),
    (0x0A00, 0x0A7F, "Guru"),
    (0x0A80, 0x0AFF, "Gujr"),
    (0x0B00, 0x0B7F, "Orya"),
    (0x0B80, 0x0BFF, "Taml"),
    (0x0C00, 0x0C7F, "Telu"),
    (0x0C80, 0x0CFF, "Knda"),
    (0x0D00, 0x0D7F, "Mlym"),
    (0x0D80, 0x0DFF, "Sinh"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x0E80, 0x0EFF, "Laoo"),
    (0x0F00, 0x0FFF, "Tibt"),
    (0x1000, 0x109F, "Mymr"),
    (0x10A0, 0x10FF, "Geor"),
    (0x1100, 0x11FF, "Hang"),
    (0x1200, 0x139F, "Ethi"),
    (0x1780, 0x17FF, "Khmr"),
    (0x1800, 0x18AF, "Mong"),
    (0x19E0, 0x19FF, "Khmr"),
    (0x2D80, 0x2DDF, "Ethi"),
    (0x3040, 0x30FF, "Kana"),
    (0x3130, 0x318F, "Hang"),
    (0x3400, 0x4DBF, "Hani"),
    (0x4E00, 0x9FFF, "Hani"),
    (0xA960, 0xA97F, "Hang"),
    (0xAA60, 0xAA7F, "Mymr"),
    (0xAB00, 0xAB2F, "Ethi"),
    (0xAC00, 0xD7FF, "Hang"),
    (0xF900, 0xFAFF, "Hani"),
    (0xFB1D, 0xFB4F, "Hebr"),
    (0xFB50, 0xFDFF, "Arab"),
    (0xFE70, 0xFEFF, "Arab"),
    (0x20000, 0x2FA1F, "Hani"),
)

# The Noto family for each script; Latin, Greek and Cyrillic are all in Noto Sans.
SCRIPT_FONTS = {
    "Latn": "Noto Sans",
    "Grek": "Noto Sans",
    "Cyrl": "Noto Sans",
    "Armn": "Noto Sans Armenian",
    "Hebr": "Noto Sans Hebrew",
    "Arab": "Noto Sans Arabic",
    "Thaa": "Noto Sans Thaana",
    "Deva": "Noto Sans Devanagari",
    "Beng": "Noto Sans Bengali",
    "Guru": "Noto Sans Gurmukhi",
    "Gujr": "Noto Sans Gujarati",
    "Orya": "Noto Sans Oriya",
    "Taml": "Noto Sans Tamil",
    "Telu": "Noto Sans Telugu",
    "Knda": "Noto Sans Kannada",
    "Mlym": "Noto Sans Malayalam",
    "Sinh": "Noto Sans Sinhala",
    "Thai": "Noto Sans Thai",
    "Laoo": "Noto Sans Lao",
    "Tibt": "Noto Serif Tibetan",
    "Mymr": "Noto Sans Myanmar",
    "Geor": "Noto Sans Georgian",
    "Ethi": "Noto Sans Ethiopic",
    "Khmr": "Noto Sans Khmer",
    "Mong": "Noto Sans Mongolian",
}
# Languages whose readers expect another style of their script than the script's own family:
# Urdu is read in Nastaliq, not in the Naskh of Noto Sans Arabic.
LANGUAGE_FONTS = {("Arab", "ur"): "Noto Nastaliq Urdu"}
# Families whose letters reach far above and below the line (Nastaliq's stacked letters rise
# about twice the height of a Latin capital): their line height is measured per text (fit.py).
TALL_FAMILIES = frozenset({"Noto Nastaliq Urdu"})
CJK_FONTS = {
    "zh-Hans": "Noto Sans CJK SC",
    "zh-Hant": "Noto Sans CJK TC",
    "ja": "Noto Sans CJK JP",
    "ko": "Noto Sans CJK KR",
}
# Fallbacks after the script's own family, for the odd character from another script.
FALLBACK_FONTS = (
    "Noto Sans",
    "Noto Sans Arabic",
    "Noto Sans Devanagari",
    "Noto Sans Bengali",
    "Noto Sans Ethiopic",
    "Noto Sans CJK SC",
    "Noto Sans Symbols",
    "Noto Sans Symbols 2",
)

# A default language tag for each script (shaping and line breaking use it).
_SCRIPT_LANGS = {
    "Latn": "en",
    "Grek": "el",
    "Cyrl": "ru",
    "Armn": "hy",
    "Hebr": "he",
    "Arab": "ar",
    "Thaa": "dv",
    "Deva": "hi",
    "Beng": "bn",
    "Guru": "pa",
    "Gujr": "gu",
    "Orya": "or",
    "Taml": "ta",
    "Telu": "te",
    "Knda": "kn",
    "Mlym": "ml",
    "Sinh": "si",
    "Thai": "th",
    "Laoo": "lo",
    "Tibt": "bo",
    "Mymr": "my",
    "Geor": "ka",
    "Ethi": "am",
    "Khmr": "km",
    "Mong": "mn",
    "Hang": "ko",
    "Kana": "ja",
}
# Nationalities that change the language of a script (Persian and Urdu are not Arabic).
_NATIONAL_LANGS = {
    ("Arab", "IR"): "fa",
    ("Arab", "AF"): "fa",
    ("Deva", "NP"): "ne",
    ("Ethi", "ER"): "ti",
    ("Cyrl", "MN"): "mn",
    ("Cyrl", "BY"): "be",
    ("Cyrl", "KZ"): "kk",
    ("Cyrl", "UZ"): "uz",
    ("Cyrl", "TJ"): "tg",
    ("Cyrl", "KG"): "ky",
    ("Taml", "LK"): "ta",
    ("Beng", "IN"): "bn",
}
# Arabic-script text is Urdu when the person is from Pakistan or India (Indian Arabic-script
# names are Urdu or Kashmiri, both read in Nastaliq), or when the name has letters that only
# Urdu spelling uses (Persian, Arabic, Pashto and Sindhi do without them): tteh, ddal, rreh,
# noon ghunna, yeh barree and heh goal. The registration's language says nothing here: e-mails
# are not offered in Urdu, so an Urdu speaker chooses another.
_URDU_NATIONALITIES = frozenset({"PK", "IN"})
_URDU_LETTERS = frozenset("\u0679\u0688\u0691\u06ba\u06d2\u06c1")
_HAN_BY_NATIONALITY = {"TW": "zh-Hant", "HK": "zh-Hant", "MO": "zh-Hant", "JP": "ja"}
_HAN_BY_NATIONALITY.update(dict.fromkeys(("KR", "KP"), "ko"))

# Invisible characters that reorder text: a name must print in the order it was typed, so
# embeddings, overrides, isolates and marks are dropped (ZWJ and ZWNJ stay: shaping needs them).
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_OTHER_INVISIBLE = frozenset("\u2028\u2029\ufeff\u00ad")


@dataclass(frozen=True)
class ScriptInfo:
    script: str  # ISO 15924 code, e.g. "Arab"
    lang: str  # BCP 47 tag for the lang attribute, e.g. "fa"
    direction: str  # "rtl" or "ltr"
    family: str  # the script's own Noto family, e.g. "Noto Sans Arabic"

    @property
    def tall(self) -> bool:
        """Letters far above and below the line: the line height is measured (fit.py)."""
        return self.family in TALL_FAMILIES

    @property
    def font_class(self) -> str:
        """The CSS class that selects ``family`` (see font_stack_css)."""
        return font_class(self.family)

    @property
    def pango_family(self) -> str:
        """The font stack as Pango wants it: comma-separated, unquoted."""
        return ",".join(font_stack(self.family))


def clean_text(value: str | None) -> str:
    """Printable text: no bidi controls or other invisible separators, spaces collapsed."""
    if not value:
        return ""
    kept = []
    for char in value:
        if char in BIDI_CONTROLS or char in _OTHER_INVISIBLE:
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Zl", "Zp"):
            kept.append(" ")
        elif category == "Cf" and char not in "\u200c\u200d":
            continue
        else:
            kept.append(char)
    return " ".join("".join(kept).split())


def script_of(char: str) -> str | None:
    code = ord(char)
    for first, last, script in _RANGES:
        if first <= code <= last:
            return script
    if char.isalpha():
        return "Latn"
    return None


def dominant_script(text: str) -> str:
    """The script with the most letters in ``text`` (Han counts towards Hangul and Kana)."""
    counts: dict[str, int] = {}
    for char in text:
        script = script_of(char)
        if script:
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return "Latn"
    if counts.get("Hani") and (counts.get("Hang") or counts.get("Kana")):
        return "Hang" if counts.get("Hang", 0) >= counts.get("Kana", 0) else "Kana"
    return max(counts, key=lambda s: (counts[s], s != "Latn"))


def direction_of(text: str) -> str:
    """Direction of the first strong character, as the Unicode bidi algorithm's P2 rule."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def script_info(text: str, nationality: str | None = None) -> ScriptInfo:
    script = dominant_script(text)
    if script == "Hani":
        lang = _HAN_BY_NATIONALITY.get(nationality or "", "zh-Hans")
    elif script == "Arab" and (nationality in _URDU_NATIONALITIES or _URDU_LETTERS & set(text)):
        lang = "ur"
    else:
        lang = _NATIONAL_LANGS.get((script, nationality or ""), _SCRIPT_LANGS.get(script, "und"))
    if script in ("Hani", "Hang", "Kana"):
        own = CJK_FONTS.get(lang, CJK_FONTS["zh-Hans"])
        if script == "Hang":
            own = CJK_FONTS["ko"]
        elif script == "Kana":
            own = CJK_FONTS["ja"]
    else:
        own = LANGUAGE_FONTS.get((script, lang)) or SCRIPT_FONTS.get(script, "Noto Sans")
    return ScriptInfo(script=script, lang=lang, direction=direction_of(text), family=own)


def font_stack(family: str) -> list[str]:
    return [family, *(f for f in FALLBACK_FONTS if f != family)]


def font_class(family: str) -> str:
    return "f-" + "-".join(family.lower().split())


def font_stack_css() -> str:
    """One CSS rule per family: the family first, then the fallbacks (a fixed table, never
    user input, so it is safe to put in a style sheet)."""
    families = sorted({*SCRIPT_FONTS.values(), *LANGUAGE_FONTS.values(), *CJK_FONTS.values()})
    rules = []
    for family in families:
        stack = ", ".join(f'"{f}"' for f in font_stack(family))
        rules.append(f".{font_class(family)} {{ font-family: {stack}; }}")
    return "\n".join(rules)


def samples() -> list[str]:
    """A few letters of every script above but the CJK ones, for a worker process to render
    once when it starts, so that the fonts are open before the first badge needs them. The
    CJK collections are left to the first badge that needs them: each of their faces costs a
    worker about 35 MB (eight of them would take a worker over 400 MB)."""
    texts: dict[str, str] = {"Latn": "Latin Àçéñ"}
    for first, last, script in _RANGES:
        if script in texts or script in ("Hani", "Hang", "Kana"):
            continue
        texts[script] = "".join([chr(c) for c in range(first, last + 1) if chr(c).isalpha()][:6])
    texts["Urdu"] = "\u0679\u06c1\u06d2"  # Nastaliq
    return list(texts.values())
