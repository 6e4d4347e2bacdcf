"""Language selection and the template helpers that right-to-left pages need."""

from babel import Locale
from flask import Flask, current_app, has_request_context, request, session
from flask_babel import get_locale


def select_locale() -> str:
    languages = current_app.config["LANGUAGES"]
    if not has_request_context():  # commands and background work: the source language
        return languages[0]
    chosen = request.args.get("lang") or session.get("lang")
    if chosen in languages:
        return chosen
    return request.accept_languages.best_match(languages) or languages[0]


def text_direction(locale: Locale | None = None) -> str:
    locale = locale or get_locale()
    return "rtl" if locale and locale.character_order == "right-to-left" else "ltr"


def init_app(app: Flask) -> None:
    @app.before_request
    def remember_language() -> None:
        lang = request.args.get("lang")
        if lang in app.config["LANGUAGES"]:
            session["lang"] = lang

    from .labels import ROLE_LABELS, SCAN_LABELS, STATUS_LABELS, VETTING_LABELS

    app.jinja_env.globals.update(
        status_labels=STATUS_LABELS,
        role_labels=ROLE_LABELS,
        vetting_labels=VETTING_LABELS,
        scan_labels=SCAN_LABELS,
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
