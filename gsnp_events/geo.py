"""Country reference data: ISO 3166-1 (pycountry) joined with UN M49 regions and NAM status.

The CSV files in ``gsnp_events/data`` are copies of the project's sourced data; see
``gsnp_events/data/SOURCES.md``.
"""

import csv
from importlib import resources

import pycountry

# NAM counts its members in four regional groups that mostly follow M49 regions.
# The exceptions are written in SOURCES.md §1: Oceania members sit in the Asian group
# and Azerbaijan, M49 Western Asia, in the European group.
NAM_GROUP_BY_M49_REGION = {
    "Africa": "Africa",
    "Asia": "Asia",
    "Oceania": "Asia",
    "Europe": "Europe",
}
NAM_GROUP_EXCEPTIONS = {"AZ": "Europe"}
LATIN_AMERICA = "Latin America and the Caribbean"


def _read(name: str) -> list[dict[str, str]]:
    with resources.files("gsnp_events.data").joinpath(name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def nam_group(alpha2: str, region: str, subregion: str) -> str | None:
    """The NAM regional group (Africa, Asia, Latin America and the Caribbean, Europe)."""
    if alpha2 in NAM_GROUP_EXCEPTIONS:
        return NAM_GROUP_EXCEPTIONS[alpha2]
    if subregion == LATIN_AMERICA:
        return LATIN_AMERICA
    return NAM_GROUP_BY_M49_REGION.get(region)


def country_rows() -> list[dict]:
    """One row per ISO 3166-1 country, ready to insert into ``countries``."""
    regions = {row["alpha2"]: row for row in _read("un_m49_regions.csv")}
    nam = {row["alpha2"]: row for row in _read("nam_countries.csv")}
    rows = []
    for country in pycountry.countries:
        code = country.alpha_2
        region = regions.get(code, {})
        membership = nam.get(code)
        name = (
            membership["name"]
            if membership
            else getattr(country, "common_name", None) or country.name
        )
        status = membership["status"] if membership else None
        rows.append(
            {
                "code": code,
                "alpha3": country.alpha_3,
                "m49": country.numeric,
                "name": name,
                "region": region.get("region") or None,
                "subregion": region.get("subregion") or None,
                "intermediate_region": region.get("intermediate_region") or None,
                "nam_status": status,
                "nam_since": int(membership["since"])
                if membership and membership["since"]
                else None,
                "nam_group": nam_group(code, region.get("region", ""), region.get("subregion", ""))
                if status == "member"
                else None,
            }
        )
    return rows
