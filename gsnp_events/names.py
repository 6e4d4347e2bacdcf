"""The order of a person's names, and their name in Latin letters written in that order.

Where the family name comes first (Kim Eun-jong, Nguyễn Thị Hương, Nagy Béla), the Latin line
keeps that order and writes the family name in capitals: "KIM Eun-jong". A reader used to the
given name first then still sees which name is the family name; the capitals are the
convention of passports' machine-readable zones, of the United Nations' lists of participants
and of Japan's government for Japanese names in Latin letters. A given name first is written
as typed: "Amina Yusuf". Lists sorted by family name (the review queue, the badge list) write
every family name in capitals, in the person's order: "Amina YUSUF", "KIM Eun-jong".

A delegate chooses the order when registering; who does not choose gets the custom of their
nationality (FAMILY_NAME_FIRST_COUNTRIES), applied whenever the name is written, so a changed
nationality changes the default too.
"""

import enum


class NameOrder(enum.StrEnum):
    GIVEN_FIRST = "given_first"
    FAMILY_FIRST = "family_first"


# Nationalities whose names are written family name first: China (with Hong Kong, Macao and
# Taiwan), both Koreas, Japan, Viet Nam, Cambodia, Mongolia (the patronymic first) and Hungary.
FAMILY_NAME_FIRST_COUNTRIES = frozenset(
    {"CN", "HK", "MO", "TW", "KP", "KR", "JP", "VN", "KH", "MN", "HU"}
)


def customary_order(nationality_code: str | None) -> NameOrder:
    if nationality_code in FAMILY_NAME_FIRST_COUNTRIES:
        return NameOrder.FAMILY_FIRST
    return NameOrder.GIVEN_FIRST


def name_order(chosen: str | None, nationality_code: str | None) -> NameOrder:
    """The order chosen, else the custom of the nationality."""
    return NameOrder(chosen) if chosen else customary_order(nationality_code)


def latin_name(
    given_name: str | None, family_name: str | None, order: NameOrder, *, listed: bool = False
) -> str:
    """Given name first: "Amina Yusuf"; family name first: "KIM Eun-jong". ``listed``: the
    family name in capitals either way ("Amina YUSUF")."""
    given, family = (given_name or "").strip(), (family_name or "").strip()
    if order == NameOrder.FAMILY_FIRST:
        parts = (family.upper(), given)
    else:
        parts = (given, family.upper() if listed else family)
    return " ".join(part for part in parts if part)


def initials(given_name: str | None, family_name: str | None, order: NameOrder) -> str:
    """The initials in name order: "F. A." for Fatima Al-Hassan, "K. E." for KIM Eun-jong."""
    words = latin_name(given_name, family_name, order).split()
    return " ".join(f"{word[0].upper()}." for word in words)
