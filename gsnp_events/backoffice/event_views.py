"""Event set-up: the event's settings and its categories."""

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user
from sqlalchemy import select

from ..extensions import db
from ..models import Category, Country, Event
from . import bp
from .errors import BackofficeError
from .event_forms import CategoryForm, EventForm, texts_field_name
from .event_setup import EVENT_FIELDS, Saved, save_category, save_event, to_local
from .permissions import Permission, administrator_required, event_permission_required


def _country_choices() -> list[tuple[str, str]]:
    rows = db.session.execute(select(Country.code, Country.name).order_by(Country.name))
    return [(code, name) for code, name in rows]


def _event_values(form: EventForm) -> dict:
    values = {
        name: getattr(form, name).data
        for name in (*EVENT_FIELDS, "slug", "registration_opens_at", "registration_closes_at")
        if name != "texts"
    }
    values["texts"] = {language: form.texts_of(language) for language in form.languages.data}
    return values


def _flash_promoted(saved: Saved) -> None:
    if saved.promoted:
        flash(
            ngettext(
                "%(num)d person moved up from the waiting list and will receive an e-mail.",
                "%(num)d people moved up from the waiting list and will receive an e-mail.",
                len(saved.promoted),
            ),
            "success",
        )


def _save(form: EventForm, event: Event | None):
    try:
        saved = save_event(event, _event_values(form), current_user)
    except BackofficeError as error:
        db.session.rollback()
        flash(error.message, "error")
        return None
    flash(_("The event is saved."), "success")
    _flash_promoted(saved)
    return redirect(url_for(".event_settings", slug=saved.event.slug))


@bp.route("/events/new", methods=["GET", "POST"])
@administrator_required
def new_event():
    form = EventForm(
        timezone="Asia/Baku",
        unconfirmed_expiry_hours=48,
        photo_required=True,
        languages=["en"],
        data_protection_version="1",
    )
    form.country_code.choices = _country_choices()
    if form.validate_on_submit():
        response = _save(form, None)
        if response:
            return response
    return render_template("backoffice/event_form.html", form=form, event=None)


@bp.route("/events/<slug>/settings", methods=["GET", "POST"])
@event_permission_required(Permission.MANAGE_EVENT)
def event_settings(event: Event):
    form = EventForm(
        obj=event,
        data={texts_field_name(language): own for language, own in (event.texts or {}).items()},
    )
    form.country_code.choices = _country_choices()
    form.slug.data = event.slug  # fixed once created
    form.slug.render_kw = {"readonly": True}
    if form.is_submitted():
        form.slug.data = event.slug
    else:
        form.registration_opens_at.data = to_local(event.registration_opens_at, event.timezone)
        form.registration_closes_at.data = to_local(event.registration_closes_at, event.timezone)
    if form.validate_on_submit():
        response = _save(form, event)
        if response:
            return response
    return render_template("backoffice/event_form.html", form=form, event=event)


@bp.route("/events/<slug>/categories/new", methods=["GET", "POST"], defaults={"category_id": None})
@bp.route("/events/<slug>/categories/<int:category_id>", methods=["GET", "POST"])
@event_permission_required(Permission.MANAGE_EVENT)
def category_form(event: Event, category_id: int | None):
    category = None
    if category_id is not None:
        category = db.session.get(Category, category_id)
        if category is None or category.event_id != event.id:
            abort(404)
    form = CategoryForm(obj=category)
    if form.validate_on_submit():
        values = {
            name: getattr(form, name).data
            for name in (
                "code",
                "name",
                "badge_label",
                "colour",
                "quota",
                "public",
                "sensitive",
                "position",
            )
        }
        values["position"] = values["position"] or 0
        try:
            saved = save_category(event, category, values, current_user)
        except BackofficeError as error:
            db.session.rollback()
            flash(error.message, "error")
        else:
            flash(_("The category is saved."), "success")
            _flash_promoted(saved)
            return redirect(url_for(".event_settings", slug=event.slug) + "#categories")
    return render_template(
        "backoffice/category_form.html", form=form, event=event, category=category
    )
