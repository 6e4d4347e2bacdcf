"""Country names in the reader's language, in United Nations usage, sorted as that language sorts.

Names come from the CLDR territory names that Babel ships, with a small override table where
the UN's official short names differ from CLDR's everyday ones ("State of Palestine", "Iran
(Islamic Republic of)", "Viet Nam" ...). The overrides cover the six UN languages for the
Non-Aligned Movement's members and a few others; in English they are the names the countries
table already stores for NAM members (gsnp_events/data/nam_countries.csv). Portuguese and
Azerbaijani are not UN languages: CLDR's names stay, except for Palestine and the two Congos.

Sorting uses the Unicode Collation Algorithm (pyuca, pure Python, DUCET) with the tailorings
that matter for country names: Azerbaijani letters ç ə ğ x ı q ö ş ü in their alphabet's places,
Spanish ñ after n, and Arabic names sorted without the article "ال", as UN lists do.
"""

import csv
from functools import lru_cache
from importlib import resources

import pycountry
from babel import Locale, UnknownLocaleError
from flask import Flask, has_app_context, has_request_context

# UN short names (UNTERM) where they differ from CLDR. English comes from nam_countries.csv
# plus the entries here.
OVERRIDES: dict[str, dict[str, str]] = {
    "en": {
        "FM": "Micronesia (Federated States of)",
        "KR": "Republic of Korea",
        "MD": "Republic of Moldova",
        "TR": "Türkiye",
    },
    "fr": {
        "BN": "Brunéi Darussalam",
        "BO": "Bolivie (État plurinational de)",
        "CD": "République démocratique du Congo",
        "CG": "Congo",
        "CV": "Cabo Verde",
        "FM": "Micronésie (États fédérés de)",
        "IR": "Iran (République islamique d’)",
        "KP": "République populaire démocratique de Corée",
        "KR": "République de Corée",
        "LA": "République démocratique populaire lao",
        "MD": "République de Moldova",
        "MM": "Myanmar",
        "PS": "État de Palestine",
        "RU": "Fédération de Russie",
        "SY": "République arabe syrienne",
        "TR": "Türkiye",
        "TZ": "République-Unie de Tanzanie",
        "VE": "Venezuela (République bolivarienne du)",
        "VN": "Viet Nam",
    },
    "es": {
        "BN": "Brunei Darussalam",
        "BO": "Bolivia (Estado Plurinacional de)",
        "CD": "República Democrática del Congo",
        "CG": "Congo",
        "FM": "Micronesia (Estados Federados de)",
        "IR": "Irán (República Islámica del)",
        "KP": "República Popular Democrática de Corea",
        "KR": "República de Corea",
        "LA": "República Democrática Popular Lao",
        "MD": "República de Moldova",
        "MM": "Myanmar",
        "PS": "Estado de Palestina",
        "RU": "Federación de Rusia",
        "SY": "República Árabe Siria",
        "TR": "Türkiye",
        "TZ": "República Unida de Tanzanía",
        "VE": "Venezuela (República Bolivariana de)",
        "VN": "Viet Nam",
    },
    "ar": {
        "BN": "بروني دار السلام",
        "BO": "بوليفيا (دولة - المتعددة القوميات)",
        "CD": "جمهورية الكونغو الديمقراطية",
        "CG": "الكونغو",
        "CI": "كوت ديفوار",
        "CV": "كابو فيردي",
        "FM": "ميكرونيزيا (ولايات - الموحدة)",
        "IR": "إيران (جمهورية - الإسلامية)",
        "KP": "جمهورية كوريا الشعبية الديمقراطية",
        "KR": "جمهورية كوريا",
        "LA": "جمهورية لاو الديمقراطية الشعبية",
        "MD": "جمهورية مولدوفا",
        "MM": "ميانمار",
        "PS": "دولة فلسطين",
        "RU": "الاتحاد الروسي",
        "SY": "الجمهورية العربية السورية",
        "TZ": "جمهورية تنزانيا المتحدة",
        "VE": "فنزويلا (جمهورية - البوليفارية)",
        "VN": "فييت نام",
    },
    "ru": {
        "BN": "Бруней-Даруссалам",
        "BO": "Боливия (Многонациональное Государство)",
        "CD": "Демократическая Республика Конго",
        "CG": "Конго",
        "CI": "Кот-д’Ивуар",
        "FM": "Микронезия (Федеративные Штаты)",
        "IR": "Иран (Исламская Республика)",
        "KP": "Корейская Народно-Демократическая Республика",
        "KR": "Республика Корея",
        "LA": "Лаосская Народно-Демократическая Республика",
        "MD": "Республика Молдова",
        "MM": "Мьянма",
        "PS": "Государство Палестина",
        "RU": "Российская Федерация",
        "SY": "Сирийская Арабская Республика",
        "TZ": "Объединенная Республика Танзания",
        "VE": "Венесуэла (Боливарианская Республика)",
    },
    "pt": {
        "CD": "República Democrática do Congo",
        "CG": "República do Congo",
        "MM": "Mianmar",
        "PS": "Estado da Palestina",
    },
    "az": {
        "CD": "Konqo Demokratik Respublikası",
        "CG": "Konqo Respublikası",
        "PS": "Fələstin Dövləti",
    },
}

# Collation tailorings: a letter that sorts as a letter of its own after ``base``.
_AFTER = "\uffff"  # sorts after every letter in DUCET
_TAILORINGS: dict[str, dict[str, str]] = {
    # Azerbaijani: a b c ç d e ə f g ğ h x ı i j k q l m n o ö p r s ş t u ü v y z
    "az": {
        "ç": "c" + _AFTER,
        "ə": "e" + _AFTER,
        "ğ": "g" + _AFTER,
        "x": "h" + _AFTER,
        "ı": "h" + _AFTER * 2,
        "q": "k" + _AFTER,
        "ö": "o" + _AFTER,
        "ş": "s" + _AFTER,
        "ü": "u" + _AFTER,
    },
    "es": {"ñ": "n" + _AFTER},
}


def _language(locale) -> str:
    """The language code of ``locale`` (a Locale, "pt_BR", "ar" ...), or of the request."""
    if locale is None:
        if has_request_context() or has_app_context():
            from flask_babel import get_locale

            locale = get_locale()
        if locale is None:
            return "en"
    try:
        return Locale.parse(str(locale)).language
    except (UnknownLocaleError, ValueError, TypeError):
        return "en"


def _iso_codes() -> list[str]:
    return [country.alpha_2 for country in pycountry.countries]


@lru_cache(maxsize=1)
def _nam_english_names() -> dict[str, str]:
    data = resources.files("gsnp_events.data").joinpath("nam_countries.csv")
    with data.open(encoding="utf-8") as f:
        return {row["alpha2"]: row["name"] for row in csv.DictReader(f)}


@lru_cache(maxsize=32)
def _names(language: str) -> dict[str, str]:
    try:
        territories = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        territories = Locale.parse("en").territories
        language = "en"
    names = {}
    for code in _iso_codes():
        name = territories.get(code)
        if name is None:
            country = pycountry.countries.get(alpha_2=code)
            name = getattr(country, "common_name", None) or country.name
        names[code] = name
    if language == "en":
        # CLDR's English writes "St. Kitts & Nevis"; UN documents write it out.
        names = {
            code: name.replace(" & ", " and ").replace("St. ", "Saint ")
            for code, name in names.items()
        }
        names.update(_nam_english_names())
    names.update(OVERRIDES.get(language, {}))
    return names


def country_name(code: str | None, locale=None) -> str:
    """The name of the country with ISO 3166-1 alpha-2 ``code`` in ``locale`` (default: the
    request's language). An unknown code comes back as it is."""
    if not code:
        return ""
    return _names(_language(locale)).get(code.upper(), code)


def sort_key(name: str, locale=None) -> tuple:
    """The collation key of ``name`` in ``locale``'s language."""
    language = _language(locale)
    text = name
    if language == "az":  # Turkic casing: I is the capital of ı, İ the capital of i
        text = text.replace("I", "ı").replace("İ", "i")
    text = text.lower()
    for letter, replacement in _TAILORINGS.get(language, {}).items():
        text = text.replace(letter, replacement)
    if language == "ar" and text.startswith("ال"):
        text = text[2:]
    return tuple(_collator().sort_key(text))


@lru_cache(maxsize=1)
def _collator():
    import pyuca

    return pyuca.Collator()


@lru_cache(maxsize=32)
def _choices(language: str) -> tuple[tuple[str, str], ...]:
    names = _names(language)
    return tuple(sorted(names.items(), key=lambda item: (sort_key(item[1], language), item[0])))


def country_choices(locale=None, codes=None) -> list[tuple[str, str]]:
    """(code, name) of every country (or only of ``codes``), in ``locale``'s language and
    alphabetical order."""
    choices = _choices(_language(locale))
    if codes is not None:
        wanted = set(codes)
        return [item for item in choices if item[0] in wanted]
    return list(choices)


def init_app(app: Flask) -> None:
    app.jinja_env.filters["country_name"] = country_name
