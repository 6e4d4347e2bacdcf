"""The registration forms. They render the fields and check the CSRF token; the rules live in
validation.py, shared with the JSON API. Every field keeps the raw text the person typed."""

from babel import Locale
from flask import current_app
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import (
    BooleanField,
    EmailField,
    FieldList,
    Form,
    FormField,
    HiddenField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    TelField,
    TextAreaField,
)
from wtforms.widgets import CheckboxInput, ListWidget

from .. import countries_i18n
from ..labels import GENDER_LABELS, category_name
from ..models import Event
from ..names import FAMILY_NAME_FIRST_COUNTRIES, NameOrder


class MultiCheckboxField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()

    def pre_validate(self, form) -> None:  # the service checks the choices
        pass


class LooseSelectField(SelectField):
    """A select whose value the service checks (so a bad value gets the service's message)."""

    def pre_validate(self, form) -> None:
        pass


def _date(label, **kw):
    return StringField(label, render_kw={"type": "date", **kw})


def country_choices(blank) -> list[tuple[str, str]]:
    """Every country, named and sorted in the page's language (UN names where they differ)."""
    return [("", blank), *countries_i18n.country_choices()]


def language_name(code: str) -> str:
    try:
        return Locale.parse(code).get_display_name(str(get_locale() or "en")) or code
    except (ValueError, TypeError):
        return code


class PersonFields:
    """The fields of one person, mixed into the delegate form and the delegation rows."""

    title = StringField(
        _l("Title (optional)"), render_kw={"maxlength": 40, "autocomplete": "honorific-prefix"}
    )
    given_name = StringField(
        _l("Given name(s)"), render_kw={"maxlength": 100, "autocomplete": "given-name"}
    )
    family_name = StringField(
        _l("Family name"), render_kw={"maxlength": 100, "autocomplete": "family-name"}
    )
    name_order = LooseSelectField(
        _l("Order of your names"),
        choices=[],
        render_kw={
            "data-name-order": "",
            "data-family-first": " ".join(sorted(FAMILY_NAME_FIRST_COUNTRIES)),
        },
    )
    name_local = StringField(
        _l("Full name in your own script (optional)"), render_kw={"maxlength": 200, "dir": "auto"}
    )
    badge_name = StringField(
        _l("Name on the badge (optional)"), render_kw={"maxlength": 100, "dir": "auto"}
    )
    gender = LooseSelectField(_l("Gender (optional)"), choices=[])
    nationality = LooseSelectField(_l("Nationality"), choices=[])
    date_of_birth = _date(_l("Date of birth"), autocomplete="bday")
    passport_number = StringField(
        _l("Passport or ID number"), render_kw={"maxlength": 32, "autocapitalize": "characters"}
    )
    passport_expiry = _date(_l("Passport or ID valid until"))
    email = EmailField(_l("E-mail address"), render_kw={"maxlength": 254, "autocomplete": "email"})
    phone = TelField(
        _l("Mobile phone (optional)"), render_kw={"maxlength": 40, "autocomplete": "tel"}
    )
    position = StringField(
        _l("Position in the organisation (optional)"), render_kw={"maxlength": 150}
    )
    preferred_language = LooseSelectField(_l("Language for our e-mails"), choices=[])
    category = LooseSelectField(_l("I take part as"), choices=[])


class OrganisationFields:
    organisation_choice = RadioField(
        _l("Organisation"),
        choices=[
            ("existing", _l("My organisation is in the list")),
            ("new", _l("My organisation is not listed: propose it")),
        ],
        default="existing",
        validate_choice=False,
    )
    organisation_country = LooseSelectField(_l("Country of the organisation"), choices=[])
    organisation_search = StringField(_l("Search by name"), render_kw={"maxlength": 100})
    organisation_id = LooseSelectField(_l("Choose your organisation"), choices=[])
    organisation_pages = HiddenField(default="1")  # pages of the list shown without JavaScript
    organisation_name = StringField(
        _l("Name of the organisation, in Latin letters"), render_kw={"maxlength": 200}
    )
    organisation_name_local = StringField(
        _l("Name in its own script (optional)"), render_kw={"maxlength": 200, "dir": "auto"}
    )
    organisation_registration_number = StringField(
        _l("Official registration number (optional)"), render_kw={"maxlength": 64}
    )
    organisation_website = StringField(
        _l("Website (optional)"), render_kw={"maxlength": 200, "inputmode": "url"}
    )


class ParticipationFields:
    languages = MultiCheckboxField(_l("Languages you speak"), choices=[])
    interpretation_language = LooseSelectField(_l("Interpretation you need (optional)"), choices=[])
    arrival_date = _date(_l("Arrival date (optional)"))
    departure_date = _date(_l("Departure date (optional)"))
    visa_support_requested = BooleanField(_l("I need a letter to support my visa application"))
    dietary_needs = TextAreaField(
        _l("Dietary needs (optional)"), render_kw={"maxlength": 500, "rows": 2}
    )
    accessibility_needs = TextAreaField(
        _l("Accessibility needs (optional)"), render_kw={"maxlength": 500, "rows": 2}
    )


class RegistrationForm(PersonFields, OrganisationFields, ParticipationFields, FlaskForm):
    photo = FileField(
        _l("Photo (JPEG, PNG or WebP, up to 5 MB)"),
        render_kw={"accept": "image/jpeg,image/png,image/webp"},
    )
    kept_photo = HiddenField()
    consent = BooleanField(_l("I have read the data-protection notice and agree to it"))


def _reply_field(label):
    return TextAreaField(label, render_kw={"maxlength": 1000, "rows": 3, "dir": "auto"})


class EditForm(PersonFields, ParticipationFields, FlaskForm):
    version = HiddenField()
    reply = _reply_field(_l("Message to the organisers (optional)"))


class PhotoForm(FlaskForm):
    photo = FileField(
        _l("New photo (JPEG, PNG or WebP, up to 5 MB)"),
        render_kw={"accept": "image/jpeg,image/png,image/webp"},
    )
    reply = _reply_field(_l("Message to the organisers (optional)"))


class AnswerForm(FlaskForm):
    """A written answer to the organisers' request for information."""

    reply = _reply_field(_l("Your answer"))
    version = HiddenField()


class DelegateRow(PersonFields, Form):
    pass


class DelegationForm(OrganisationFields, FlaskForm):
    focal_point_name = StringField(
        _l("Your name"), render_kw={"maxlength": 150, "autocomplete": "name"}
    )
    focal_point_email = EmailField(
        _l("Your e-mail address"), render_kw={"maxlength": 254, "autocomplete": "email"}
    )
    delegates = FieldList(FormField(DelegateRow), min_entries=1, max_entries=30)
    consent = BooleanField(
        _l("I have read the data-protection notice, agree to it, and have told each delegate")
    )


class ActionForm(FlaskForm):
    """A button that posts (cancel, endorse ...), with an optional reason and the version."""

    reason = TextAreaField(_l("Reason"), render_kw={"maxlength": 1000, "rows": 2})
    version = HiddenField()


class LinkRequestForm(FlaskForm):
    email = EmailField(_l("E-mail address"), render_kw={"maxlength": 254, "autocomplete": "email"})


NAME_ORDER_CHOICES = [
    ("", _l("As is usual in my country")),
    (NameOrder.GIVEN_FIRST.value, _l("Given name first")),
    (NameOrder.FAMILY_FIRST.value, _l("Family name first")),
]


def fill_choices(form, event: Event) -> None:
    """Set the choices that depend on the event and the language."""
    languages = current_app.config["LANGUAGES"]
    event_languages = [(code, language_name(code)) for code in event.languages]
    person_forms = [form]
    if isinstance(form, DelegationForm):
        person_forms = [entry.form for entry in form.delegates.entries]
    for f in person_forms:
        if hasattr(f, "gender"):
            f.gender.choices = [("", _l("Prefer not to say")), *GENDER_LABELS.items()]
            f.nationality.choices = country_choices(_l("Choose a country"))
            f.name_order.choices = NAME_ORDER_CHOICES
            f.preferred_language.choices = [(code, language_name(code)) for code in languages]
            f.category.choices = [("", _l("Choose"))] + [
                (c.code, category_name(c)) for c in event.categories if c.public
            ]
    if hasattr(form, "languages"):
        form.languages.choices = event_languages
        form.interpretation_language.choices = [("", _l("None")), *event_languages]
    if hasattr(form, "organisation_country"):
        form.organisation_country.choices = country_choices(_l("Choose a country"))
