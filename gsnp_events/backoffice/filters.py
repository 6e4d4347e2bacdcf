"""Reading a RegistrationFilter from a query string, and writing it back into links."""

from werkzeug.datastructures import MultiDict

from ..models import Event, RegistrationStatus, VettingStatus
from .queries import RegistrationFilter, Sort


def _ints(values: list[str]) -> list[int]:
    return [int(v) for v in values if v.isdigit()]


def filter_from_args(args: MultiDict, event: Event) -> RegistrationFilter:
    """Unknown values are dropped rather than failing: a stale bookmark still opens the list."""
    category_ids = {c.id for c in event.categories}
    organisation = args.get("organisation", "")
    sort = args.get("sort", Sort.NEWEST)
    return RegistrationFilter(
        statuses=[s for s in args.getlist("status") if s in set(RegistrationStatus)],
        countries=[c.upper() for c in args.getlist("country") if len(c) == 2 and c.isalpha()],
        region=args.get("region", "")[:60],
        category_ids=[i for i in _ints(args.getlist("category")) if i in category_ids],
        organisation_id=int(organisation) if organisation.isdigit() else None,
        vetting_statuses=[v for v in args.getlist("vetting") if v in set(VettingStatus)],
        search=args.get("q", "")[:200],
        sort=Sort(sort) if sort in set(Sort) else Sort.NEWEST,
    )


def filter_to_args(filters: RegistrationFilter) -> MultiDict:
    pairs = [("status", s) for s in filters.statuses]
    pairs += [("country", c) for c in filters.countries]
    pairs += [("category", str(i)) for i in filters.category_ids]
    pairs += [("vetting", v) for v in filters.vetting_statuses]
    if filters.region:
        pairs.append(("region", filters.region))
    if filters.organisation_id:
        pairs.append(("organisation", str(filters.organisation_id)))
    if filters.search:
        pairs.append(("q", filters.search))
    if filters.sort != Sort.NEWEST:
        pairs.append(("sort", filters.sort.value))
    return MultiDict(pairs)
