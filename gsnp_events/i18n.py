"""Language selection and the template helpers that right-to-left pages need."""

from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale
from babel.dates import format_date, format_datetime, format_time, get_timezone_name
from flask import Flask, current_app, has_request_context, request, session
from flask_babel import get_locale
from flask_babel import gettext as _
from markupsafe import Markup


def select_locale() -> str:
    languages = current_app.config["LANGUAGES"]
    if not has_request_context():  # commands and background work: the source language
        return languages[0]
    for chosen in (request.args.get("lang"), session.get("lang")):
        if chosen in languages:
            return chosen
    return request.accept_languages.best_match(languages) or languages[0]


def text_direction(locale: Locale | None = None) -> str:
    locale = locale or get_locale()
    return "rtl" if locale and locale.character_order == "right-to-left" else "ltr"


def event_zone(event) -> ZoneInfo:
    try:
        return ZoneInfo(event.timezone)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        return ZoneInfo("UTC")


def event_datetime(
    value: datetime | None, event, format: str = "medium", locale=None, zone: bool = True
) -> str:
    """``value`` (an aware UTC datetime) as the clock reads at the event's venue, in the
    reader's language, with the zone named: "1 déc. 2026, 20:30 (heure normale de
    l’Azerbaïdjan)".

    ``format`` is short, medium, long or full (date at that width, time without seconds) or a
    CLDR pattern such as "d MMMM y HH:mm". Without ``zone`` the zone is not named (a table
    names it once, in its heading: see :func:`event_zone_name`).
    """
    if value is None:
        return ""
    locale = Locale.parse(str(locale or get_locale() or "en"))
    if not isinstance(value, datetime):  # a plain date has no zone to convert
        return format_date(value, "medium" if format not in WIDTHS else format, locale=locale)
    local = value.astimezone(event_zone(event))
    if format in WIDTHS:
        pattern = locale.datetime_formats[format]
        text = pattern.format(
            format_time(local, "short", locale=locale), format_date(local, format, locale=locale)
        )
    else:
        text = format_datetime(local, format, locale=locale)
    if not zone:
        return text
    zone_name = get_timezone_name(local, "long", locale=locale)
    return _("%(datetime)s (%(zone)s)", datetime=text, zone=zone_name)


def event_zone_name(event, locale=None) -> str:
    """The event's time zone as people call it, in the reader's language: "Azerbaijan Time"."""
    locale = Locale.parse(str(locale or get_locale() or "en"))
    return get_timezone_name(event_zone(event), "long", locale=locale)


WIDTHS = ("short", "medium", "long", "full")


def event_date(value: date | datetime | None, event, format: str = "long", locale=None) -> str:
    """The calendar date at the event's venue (a UTC datetime can fall on another day there)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone(event_zone(event)).date()
    return format_date(value, format, locale=Locale.parse(str(locale or get_locale() or "en")))


def current_language() -> str | None:
    """The language of the page or e-mail being rendered (imported macros see no context)."""
    locale = get_locale()
    return str(locale) if locale else None


def event_text(event, field: str, language: str | None = None) -> str:
    """One of the event's texts (name, venue, city, description, data_protection_notice,
    email_signature) in ``language``, by default the page's or the e-mail's (queue_mail renders
    under the recipient's locale); the event's default text when it gives none in it."""
    return event.text(field, language or current_language())


def bdi(value) -> Markup:
    """``value`` isolated from the text around it (escaped), so that a Latin name inside an
    Arabic sentence, or an Arabic name inside an English one, keeps its own direction."""
    if value is None or value == "":
        return Markup("")
    return Markup("<bdi>{}</bdi>").format(value)


def isolate(value) -> str:
    """``value`` between Unicode isolates (FSI ... PDI): the plain-text <bdi>, for text e-mails
    and PDFs (WeasyPrint does not isolate elements)."""
    if value is None or value == "":
        return ""
    return f"\u2068{value}\u2069"


def init_app(app: Flask) -> None:
    @app.before_request
    def remember_language() -> None:
        lang = request.args.get("lang")
        if lang in app.config["LANGUAGES"]:
            session["lang"] = lang

    from . import countries_i18n
    from .labels import ROLE_LABELS, SCAN_LABELS, STATUS_LABELS, VETTING_LABELS, action_label

    countries_i18n.init_app(app)
    app.jinja_env.filters["event_datetime"] = event_datetime
    app.jinja_env.filters["event_date"] = event_date
    app.jinja_env.filters["event_zone_name"] = event_zone_name
    app.jinja_env.filters["bdi"] = bdi
    app.jinja_env.filters["event_text"] = event_text
    from .registration.forms import language_name

    app.jinja_env.filters["language_name"] = language_name
    app.jinja_env.filters["isolate"] = isolate
    from .labels import category_badge_label, category_name

    app.jinja_env.filters["category_name"] = category_name
    app.jinja_env.filters["category_badge_label"] = category_badge_label

    app.jinja_env.globals.update(
        status_labels=STATUS_LABELS,
        role_labels=ROLE_LABELS,
        vetting_labels=VETTING_LABELS,
        scan_labels=SCAN_LABELS,
        action_label=action_label,
        current_language=current_language,
    )

    @app.context_processor
    def language_context() -> dict:
        locale = get_locale()
        return {
            "lang_code": str(locale) if locale else "en",
            "text_direction": text_direction(locale),
            "available_languages": [
                (code, Locale.parse(code).get_display_name(code))
                for code in app.config["LANGUAGES"]
            ],
        }
