"""The Latin line of a name follows the person's name order."""

import pytest

from gsnp_events.models import Registration
from gsnp_events.names import (
    FAMILY_NAME_FIRST_COUNTRIES,
    NameOrder,
    customary_order,
    initials,
    latin_name,
    name_order,
)


@pytest.mark.parametrize("country", ["CN", "TW", "HK", "KR", "KP", "JP", "VN", "KH", "MN", "HU"])
def test_family_name_first_is_the_custom_of_these_nationalities(country):
    assert customary_order(country) == NameOrder.FAMILY_FIRST


@pytest.mark.parametrize("country", ["TN", "FR", "BR", "IN", "PK", "TH", "LA", "SG", None, ""])
def test_given_name_first_elsewhere_and_when_unknown(country):
    assert customary_order(country) == NameOrder.GIVEN_FIRST


def test_a_choice_wins_over_the_custom():
    assert name_order("given_first", "KR") == NameOrder.GIVEN_FIRST
    assert name_order("family_first", "TN") == NameOrder.FAMILY_FIRST
    assert name_order(None, "KR") == NameOrder.FAMILY_FIRST
    assert name_order("", "TN") == NameOrder.GIVEN_FIRST


def test_family_name_first_is_written_in_capitals_given_name_first_as_typed():
    assert latin_name("Eun-jong", "Kim", NameOrder.FAMILY_FIRST) == "KIM Eun-jong"
    assert latin_name("Thị Hương", "Nguyễn", NameOrder.FAMILY_FIRST) == "NGUYỄN Thị Hương"
    assert latin_name("Amina", "Yusuf", NameOrder.GIVEN_FIRST) == "Amina Yusuf"


def test_lists_write_every_family_name_in_capitals():
    assert latin_name("Amina", "Yusuf", NameOrder.GIVEN_FIRST, listed=True) == "Amina YUSUF"
    assert latin_name("Eun-jong", "Kim", NameOrder.FAMILY_FIRST, listed=True) == "KIM Eun-jong"


def test_a_missing_part_leaves_no_stray_space():
    assert latin_name("", "Kim", NameOrder.FAMILY_FIRST) == "KIM"
    assert latin_name(" Amina ", None, NameOrder.GIVEN_FIRST) == "Amina"


def test_initials_follow_the_order():
    assert initials("Fatima", "Al-Hassan", NameOrder.GIVEN_FIRST) == "F. A."
    assert initials("Eun-jong", "Kim", NameOrder.FAMILY_FIRST) == "K. E."


def test_the_registration_builds_its_names_from_the_order():
    person = Registration(given_name="Eun-jong", family_name="Kim", nationality_code="KR")
    assert person.order == NameOrder.FAMILY_FIRST
    assert person.full_name == person.listed_name == "KIM Eun-jong"
    assert person.display_name == "KIM Eun-jong"
    person.name_order = NameOrder.GIVEN_FIRST
    assert person.full_name == "Eun-jong Kim"
    assert person.listed_name == "Eun-jong KIM"
    person.name_order = None
    person.nationality_code = "DE"  # the custom follows the nationality while nothing is chosen
    assert person.full_name == "Eun-jong Kim"


def test_every_country_of_the_list_is_a_country():
    import pycountry

    assert all(pycountry.countries.get(alpha_2=code) for code in FAMILY_NAME_FIRST_COUNTRIES)
