"""The badge desk's forms: the print-run filters (a GET query string) and the POST forms."""

from datetime import date

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from werkzeug.datastructures import MultiDict
from wtforms import BooleanField, HiddenField, SelectField, TextAreaField
from wtforms.validators import Length, Optional, ValidationError

from ..models import Event
from .layouts import DEFAULT_LAYOUT, LAYOUTS
from .services import BadgeFilters, PrintedFilter, SortOrder

REPRINT_REASONS = {
    "lost": _l("Lost"),
    "damaged": _l("Damaged"),
    "corrected": _l("Name or details corrected"),
    "other": _l("Other"),
}


class RunOptions:
    """A print run as chosen on the badges page, read from a query string. Unknown values are
    dropped rather than failing, so a stale bookmark still opens; a malformed date is kept
    with an error so the page can say what to fix."""

    def __init__(self, args: MultiDict, event: Event):
        category_ids = {c.id for c in event.categories}
        country = args.get("country", "").strip().upper()
        category = args.get("category", "")
        organisation = args.get("organisation", "")
        printed = args.get("printed", PrintedFilter.ANY)
        self.printed_before_text = args.get("printed_before", "").strip()[:10]
        self.errors: dict[str, str] = {}
        printed_before = None
        if self.printed_before_text:
            try:
                printed_before = date.fromisoformat(self.printed_before_text)
            except ValueError:
                self.errors["printed_before"] = _l("Enter the date as year-month-day.")
        if printed == PrintedFilter.PRINTED_BEFORE and printed_before is None:
            self.errors.setdefault(
                "printed_before", _l("Give the date: badges printed before it are chosen.")
            )
        self.filters = BadgeFilters(
            country=country if len(country) == 2 and country.isalpha() else "",
            category_id=int(category)
            if category.isdigit() and int(category) in category_ids
            else None,
            organisation_id=int(organisation) if organisation.isdigit() else None,
            printed=PrintedFilter(printed) if printed in set(PrintedFilter) else PrintedFilter.ANY,
            printed_before=printed_before,
            search=args.get("q", "").strip()[:200],
        )
        order = args.get("order", SortOrder.COUNTRY)
        self.order = SortOrder(order) if order in set(SortOrder) else SortOrder.COUNTRY
        layout = args.get("layout", DEFAULT_LAYOUT)
        self.layout = layout if layout in LAYOUTS else DEFAULT_LAYOUT
        self.back = args.get("back") in ("1", "y", "on", "true")

    def to_args(self) -> MultiDict:
        f = self.filters
        pairs = [("order", str(self.order)), ("layout", self.layout)]
        if f.country:
            pairs.append(("country", f.country))
        if f.category_id:
            pairs.append(("category", str(f.category_id)))
        if f.organisation_id:
            pairs.append(("organisation", str(f.organisation_id)))
        if f.printed != PrintedFilter.ANY:
            pairs.append(("printed", str(f.printed)))
        if self.printed_before_text:
            pairs.append(("printed_before", self.printed_before_text))
        if f.search:
            pairs.append(("q", f.search))
        if self.back:
            pairs.append(("back", "1"))
        return MultiDict(pairs)


class PrintRunForm(FlaskForm):
    query = HiddenField()  # the run's options, as the query string the page was opened with
    reason = TextAreaField(
        _l("Reason for reprinting (needed when a badge was printed before)"),
        validators=[
            Optional(),
            Length(max=500, message=_l("Keep the reason under 500 characters.")),
        ],
    )


class PrintOneForm(FlaskForm):
    reason_kind = SelectField(
        _l("Why is it printed again?"),
        choices=[("", _l("— first print, no reason needed —"))] + list(REPRINT_REASONS.items()),
        validate_choice=False,
    )
    reason = TextAreaField(
        _l("Details"),
        validators=[Length(max=400, message=_l("Keep the details under 400 characters."))],
    )
    layout = SelectField(
        _l("Layout"), choices=[(code, layout.label) for code, layout in LAYOUTS.items()]
    )
    back = BooleanField(_l("Print the back side too (duplex)"))

    def validate_reason(self, field) -> None:
        if self.reason_kind.data == "other" and not (field.data or "").strip():
            raise ValidationError(_l("Say what happened: the reason is kept in the print log."))

    def reason_text(self) -> str:
        kind = REPRINT_REASONS.get(self.reason_kind.data or "")
        details = (self.reason.data or "").strip()
        if kind and details:
            return f"{kind}: {details}"
        return str(kind) if kind else details


class HandOverForm(FlaskForm):
    pass
