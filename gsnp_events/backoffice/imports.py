"""Reading a delegation from a spreadsheet (XLSX or CSV) for the import."""

import csv
import io
from datetime import date, datetime

from flask_babel import gettext as _
from openpyxl import Workbook, load_workbook

from .errors import BackofficeError

# The columns, in the order of the template; the first row of a sheet names them.
COLUMNS = (
    "given_name",
    "family_name",
    "name_local",
    "badge_name",
    "name_order",
    "title",
    "gender",
    "nationality",
    "date_of_birth",
    "passport_number",
    "passport_expiry",
    "email",
    "phone",
    "position",
    "category",
    "preferred_language",
    "arrival_date",
    "departure_date",
    "visa_support_requested",
    "dietary_needs",
    "accessibility_needs",
)
EXAMPLE = {
    "given_name": "Amina",
    "family_name": "Yusuf",
    "name_local": "أمينة يوسف",
    "gender": "female",
    "nationality": "SD",
    "date_of_birth": "1985-04-12",
    "passport_number": "P01234567",
    "passport_expiry": "2031-05-01",
    "email": "amina.yusuf@example.org",
    "phone": "+249 912 345 678",
    "position": "Programme Officer",
    "category": "delegate",
    "preferred_language": "ar",
    "visa_support_requested": "yes",
}
MAX_ROWS = 500
MAX_BYTES = 2 * 1024 * 1024


def template_workbook() -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Delegation"
    sheet.append(list(COLUMNS))
    sheet.append([EXAMPLE.get(column, "") for column in COLUMNS])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a passport number typed as digits
    return str(value)


def _header(value) -> str:
    return _cell(value).strip().lower().replace(" ", "_").replace("-", "_")


def read_rows(filename: str, content: bytes) -> list[tuple[int, dict[str, str]]]:
    """(row number, values by column) for each non-empty row after the header row."""
    if len(content) > MAX_BYTES:
        raise BackofficeError(_("The file is larger than 2 MB."), "too_large")
    name = filename.lower()
    try:
        if name.endswith(".xlsx"):
            sheet = load_workbook(io.BytesIO(content), read_only=True, data_only=True).active
            table = [list(row) for row in sheet.iter_rows(values_only=True)]
        elif name.endswith(".csv"):
            text = content.decode("utf-8-sig")
            table = list(csv.reader(io.StringIO(text)))
        else:
            raise BackofficeError(_("Choose an .xlsx or .csv file."), "file_type")
    except BackofficeError:
        raise
    except (UnicodeDecodeError, csv.Error):
        raise BackofficeError(_("The CSV file must be UTF-8 text."), "not_utf8") from None
    except Exception:  # openpyxl raises many kinds of error for a file that is not a workbook
        raise BackofficeError(
            _("This file could not be read as a spreadsheet."), "unreadable"
        ) from None
    if not table:
        raise BackofficeError(_("The file is empty."), "empty")
    headers = [_header(h) for h in table[0]]
    unknown = [h for h in headers if h and h not in COLUMNS]
    if unknown:
        raise BackofficeError(
            _(
                "Unknown columns: %(columns)s. Use the column names of the template.",
                columns=", ".join(unknown),
            ),
            "unknown_columns",
        )
    for required in (
        "given_name",
        "family_name",
        "nationality",
        "passport_number",
        "email",
        "category",
    ):
        if required not in headers:
            raise BackofficeError(
                _("The column %(column)s is missing.", column=required), "missing_column"
            )
    rows = []
    for number, row in enumerate(table[1:], start=2):
        values = {h: _cell(v).strip() for h, v in zip(headers, row, strict=False) if h}
        if any(values.values()):
            rows.append((number, values))
    if not rows:
        raise BackofficeError(_("The file has no delegate below its header row."), "no_rows")
    if len(rows) > MAX_ROWS:
        raise BackofficeError(
            _("Import at most %(n)d delegates at a time.", n=MAX_ROWS), "too_many_rows"
        )
    return rows
