"""A visa support letter as a PDF (WeasyPrint): one page in English and one in the delegate's
language, each with the letterhead, the reference, the passport data, the dates of stay, the
signatory and a QR code that opens the public verification page.

The templates are auto-escaped, so whatever a delegate typed prints as text. WeasyPrint loads
resources only through the badges' fetcher (gsnp_events.badges.render.make_fetcher): the QR code
handed to it here and the app's own badge assets (the logo); it refuses file://, http(s):// and
every other URL.
"""

import io
from datetime import date

import segno
from babel import Locale
from babel.dates import format_date
from flask import render_template
from flask_babel import force_locale
from markupsafe import Markup

from ..badges.render import make_fetcher
from ..countries_i18n import country_name
from ..i18n import event_zone, text_direction
from ..mail import external_url
from ..models import VisaLetter

QR_URL = "badge:qr/letter"


def verification_url(letter: VisaLetter) -> str:
    return external_url("letters.verify", reference=letter.reference)


def qr_png(url: str) -> bytes:
    """The QR code with its quiet zone, as a small PNG (CSS keeps it sharp when scaled)."""
    out = io.BytesIO()
    segno.make(url, error="m", micro=False).save(out, kind="png", scale=4, border=4)
    return out.getvalue()


def letter_languages(letter: VisaLetter) -> list[str]:
    return ["en"] if letter.language in ("en", "", None) else ["en", letter.language]


def _page(letter: VisaLetter, language: str, url: str) -> Markup:
    locale = Locale.parse(language)
    # The event's name, venue and city as given in this page's language (letters issued
    # before these texts existed have only the default ones).
    content = {**letter.content, **letter.content.get("texts", {}).get(language, {})}

    def day(value: str | None) -> str:
        return format_date(date.fromisoformat(value), "long", locale=locale) if value else ""

    with force_locale(language):
        return Markup(  # noqa: S704 (render_template's output is escaped HTML)
            render_template(
                "letters/_letter_page.html",
                letter=letter,
                c=content,
                language=language,
                direction=text_direction(locale),
                day=day,
                issued_on=format_date(
                    letter.issued_at.astimezone(event_zone(letter.event)).date(),
                    "long",
                    locale=locale,
                ),
                nationality=country_name(content.get("nationality_code"), language),
                country=country_name(content.get("country_code"), language),
                verification_url=url,
            )
        )


def render_letter_html(letter: VisaLetter) -> str:
    url = verification_url(letter)
    pages = [_page(letter, language, url) for language in letter_languages(letter)]
    return render_template("letters/letter.html", letter=letter, pages=pages)


def render_letter_pdf(letter: VisaLetter) -> bytes:
    import weasyprint

    url = verification_url(letter)
    fetcher = make_fetcher({QR_URL: (qr_png(url), "image/png")})
    html = render_letter_html(letter)
    return weasyprint.HTML(string=html, url_fetcher=fetcher).write_pdf()
