"""The country data: every ISO country, its M49 region, and NAM membership as sourced."""

from collections import Counter

import pycountry
from sqlalchemy import func, select

from gsnp_events.extensions import db
from gsnp_events.geo import country_rows
from gsnp_events.models import Country


def test_every_iso_country_is_loaded_by_the_migration():
    assert db.session.scalar(select(func.count()).select_from(Country)) == len(pycountry.countries)


def test_nam_has_121_members_in_four_regional_groups():
    groups = Counter(
        db.session.scalars(select(Country.nam_group).where(Country.nam_status == "member"))
    )
    assert sum(groups.values()) == 121
    assert groups == {
        "Africa": 54,
        "Asia": 39,
        "Latin America and the Caribbean": 26,
        "Europe": 2,
    }


def test_nam_has_18_observer_states():
    observers = db.session.scalars(select(Country.code).where(Country.nam_status == "observer"))
    assert len(list(observers)) == 18


def test_south_sudan_joined_in_2024_and_taiwan_has_no_m49_region():
    south_sudan = db.session.get(Country, "SS")
    assert (south_sudan.nam_status, south_sudan.nam_since) == ("member", 2024)
    assert db.session.get(Country, "TW").region is None


def test_members_outside_their_m49_region_follow_nam_groups():
    rows = {row["code"]: row for row in country_rows()}
    assert (rows["AZ"]["region"], rows["AZ"]["nam_group"]) == ("Asia", "Europe")
    assert (rows["FJ"]["region"], rows["FJ"]["nam_group"]) == ("Oceania", "Asia")
    assert rows["BR"]["nam_group"] is None  # an observer is in no group


def test_every_nam_country_has_a_un_region_and_a_un_style_name():
    rows = [r for r in country_rows() if r["nam_status"]]
    assert all(r["region"] and r["subregion"] for r in rows)
    names = {r["code"]: r["name"] for r in rows}
    assert names["PS"] == "State of Palestine"
    assert names["IR"] == "Iran (Islamic Republic of)"
