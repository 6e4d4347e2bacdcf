"""CSV and XLSX exports of a filtered list of registrations, with a choice of columns."""

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from flask_babel import lazy_gettext as _l
from openpyxl import Workbook

from ..extensions import db
from ..models import Event, Registration
from .queries import RegistrationFilter, registrations_query


@dataclass(frozen=True)
class Column:
    key: str
    label: object  # a lazy string
    value: Callable[[Registration], object]
    default: bool = True


def _date(value) -> str:
    return value.isoformat() if value else ""


COLUMNS = [
    Column("reference", _l("Reference"), lambda r: r.reference),
    Column("status", _l("Status"), lambda r: r.status),
    Column("category", _l("Category"), lambda r: r.category.name),
    Column("title", _l("Title"), lambda r: r.title or "", default=False),
    Column("name", _l("Name"), lambda r: r.full_name),
    Column("family_name", _l("Family name"), lambda r: r.family_name),
    Column("given_name", _l("Given names"), lambda r: r.given_name),
    Column("name_local", _l("Name in own script"), lambda r: r.name_local or ""),
    Column("badge_name", _l("Name on badge"), lambda r: r.badge_name or "", default=False),
    Column("name_order", _l("Name order"), lambda r: r.order.value, default=False),
    Column("gender", _l("Gender"), lambda r: r.gender or "", default=False),
    Column("nationality", _l("Nationality"), lambda r: r.nationality_code),
    Column("country_name", _l("Country"), lambda r: r.nationality.name),
    Column("region", _l("UN region"), lambda r: r.nationality.region or "", default=False),
    Column(
        "organisation", _l("Organisation"), lambda r: r.organisation.name if r.organisation else ""
    ),
    Column("position", _l("Position"), lambda r: r.position or "", default=False),
    Column("email", _l("E-mail"), lambda r: r.email),
    Column("phone", _l("Phone"), lambda r: r.phone or "", default=False),
    Column("date_of_birth", _l("Date of birth"), lambda r: _date(r.date_of_birth), default=False),
    Column("passport_number", _l("Passport number"), lambda r: r.passport_number, default=False),
    Column(
        "passport_expiry", _l("Passport expiry"), lambda r: _date(r.passport_expiry), default=False
    ),
    Column("arrival", _l("Arrival"), lambda r: _date(r.arrival_date), default=False),
    Column("departure", _l("Departure"), lambda r: _date(r.departure_date), default=False),
    Column(
        "visa",
        _l("Visa letter requested"),
        lambda r: "yes" if r.visa_support_requested else "no",
        default=False,
    ),
    Column("dietary", _l("Dietary needs"), lambda r: r.dietary_needs or "", default=False),
    Column(
        "accessibility",
        _l("Accessibility needs"),
        lambda r: r.accessibility_needs or "",
        default=False,
    ),
    Column(
        "created_at", _l("Registered at (UTC)"), lambda r: r.created_at.strftime("%Y-%m-%d %H:%M")
    ),
]
COLUMNS_BY_KEY = {c.key: c for c in COLUMNS}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def chosen_columns(keys: list[str]) -> list[Column]:
    return [COLUMNS_BY_KEY[k] for k in keys if k in COLUMNS_BY_KEY] or [
        c for c in COLUMNS if c.default
    ]


def _cell(value: object) -> object:
    """Text that a spreadsheet would run as a formula is prefixed with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _rows(event: Event, filters: RegistrationFilter, columns: list[Column]) -> Iterator[list]:
    query = registrations_query(event, filters).execution_options(yield_per=500)
    for registration in db.session.scalars(query):
        yield [_cell(column.value(registration)) for column in columns]


def export_csv(event: Event, filters: RegistrationFilter, columns: list[Column]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([str(c.label) for c in columns])
    writer.writerows(_rows(event, filters, columns))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # the BOM lets Excel read UTF-8


def export_xlsx(event: Event, filters: RegistrationFilter, columns: list[Column]) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title="Registrations")
    sheet.append([str(c.label) for c in columns])
    for row in _rows(event, filters, columns):
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
