from flask import Response, render_template, request

from ..models import Event
from ..models.base import utcnow
from . import bp
from .exports import COLUMNS, chosen_columns, export_csv, export_xlsx
from .filters import filter_from_args, filter_to_args
from .permissions import Permission, event_permission_required

FORMATS = {
    "csv": ("text/csv; charset=utf-8", export_csv),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export_xlsx),
}


@bp.route("/events/<slug>/export")
@event_permission_required(Permission.EXPORT)
def export_registrations(event: Event):
    filters = filter_from_args(request.args, event)
    fmt = request.args.get("format")
    if fmt not in FORMATS:
        return render_template(
            "backoffice/export.html",
            event=event,
            columns=COLUMNS,
            query_args=filter_to_args(filters),
        )
    content_type, export = FORMATS[fmt]
    content = export(event, filters, chosen_columns(request.args.getlist("column")))
    filename = f"{event.slug}-registrations-{utcnow():%Y%m%d-%H%M}.{fmt}"
    return Response(
        content,
        content_type=content_type,  # as given: a mimetype would get a second charset
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
