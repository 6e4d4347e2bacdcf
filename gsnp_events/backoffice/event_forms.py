import re
import zoneinfo

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    DateTimeLocalField,
    Form,
    FormField,
    IntegerField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import (
    DataRequired,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    Regexp,
    ValidationError,
)
from wtforms.widgets import ColorInput

LANGUAGE_CHOICES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ar", "العربية"),
    ("ru", "Русский"),
    ("pt", "Português"),
    ("az", "Azərbaycanca"),
]
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_required = _l("This field is required.")


def _timezones() -> list[tuple[str, str]]:
    return [(z, z) for z in sorted(zoneinfo.available_timezones()) if "/" in z]


class EventTextsForm(Form):
    """The event's texts in one language; an empty field falls back to the default text."""

    name = StringField(_l("Name"), [Optional(), Length(max=200)])
    venue = StringField(_l("Venue"), [Optional(), Length(max=200)])
    city = StringField(_l("City"), [Optional(), Length(max=100)])
    description = TextAreaField(_l("Description"), [Optional(), Length(max=20000)])
    data_protection_notice = TextAreaField(
        _l("Data-protection notice"), [Optional(), Length(max=20000)]
    )
    email_signature = TextAreaField(_l("E-mail signature"), [Optional(), Length(max=2000)])


def texts_field_name(language: str) -> str:
    return f"texts_{language}"


class EventForm(FlaskForm):
    name = StringField(_l("Name"), [DataRequired(_required), Length(max=200)])
    short_name = StringField(
        _l("Short name (badges, lists)"), [DataRequired(_required), Length(max=60)]
    )
    slug = StringField(
        _l("Address name"),
        [
            DataRequired(_required),
            Length(max=64),
            Regexp(SLUG, message=_l("Use lower-case letters, digits and single hyphens only.")),
        ],
        description=_l("Appears in links, e.g. founding-assembly. It cannot change later."),
    )
    venue = StringField(_l("Venue"), [DataRequired(_required), Length(max=200)])
    city = StringField(_l("City"), [DataRequired(_required), Length(max=100)])
    country_code = SelectField(_l("Country"), [DataRequired(_required)])
    timezone = SelectField(_l("Time zone"), [DataRequired(_required)], choices=_timezones)
    starts_on = DateField(_l("First day"), [InputRequired(_l("Enter a date."))])
    ends_on = DateField(_l("Last day"), [InputRequired(_l("Enter a date."))])
    registration_opens_at = DateTimeLocalField(
        _l("Registration opens (event time)"), [InputRequired(_l("Enter a date and time."))]
    )
    registration_closes_at = DateTimeLocalField(
        _l("Registration closes (event time)"), [InputRequired(_l("Enter a date and time."))]
    )
    published = BooleanField(_l("Published (shown on the home page)"))
    allow_walk_ins = BooleanField(_l("The badge desk may register walk-ins on site"))
    photo_required = BooleanField(
        _l("A photo is required for the badge"),
        description=_l(
            "Approving a delegate without a photo then needs the officer to confirm that the "
            "desk takes the photo on arrival."
        ),
    )
    capacity = IntegerField(_l("Capacity (places in all)"), [Optional(), NumberRange(min=0)])
    organisation_limit = IntegerField(
        _l("Delegates per organisation"), [Optional(), NumberRange(min=1)]
    )
    country_limit = IntegerField(_l("Delegates per country"), [Optional(), NumberRange(min=1)])
    minimum_age = IntegerField(_l("Minimum age"), [Optional(), NumberRange(min=0, max=120)])
    unconfirmed_expiry_hours = IntegerField(
        _l("Hours to confirm the e-mail address"), [InputRequired(), NumberRange(min=1, max=720)]
    )
    languages = SelectMultipleField(
        _l("Languages of the event"),
        [DataRequired(_l("Choose at least one language."))],
        choices=LANGUAGE_CHOICES,
    )
    data_protection_notice = TextAreaField(
        _l("Data-protection notice"), [DataRequired(_required), Length(max=20000)]
    )
    data_protection_version = StringField(
        _l("Version of the notice"),
        [DataRequired(_required), Length(max=20)],
        description=_l(
            "Change it whenever the notice changes, in any language; each consent records it."
        ),
    )
    description = TextAreaField(
        _l("Description"),
        [Length(max=20000)],
        description=_l(
            "Shown on the event page and the home page. A blank line starts a paragraph."
        ),
    )
    email_signature = TextAreaField(
        _l("E-mail signature"),
        [Length(max=2000)],
        description=_l("Printed at the foot of every e-mail to delegates."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for code, _label in LANGUAGE_CHOICES:  # typed text keeps its own direction
            for field in self[texts_field_name(code)].form:
                field.render_kw = {"lang": code, "dir": "auto"}

    def language_texts(self) -> list[tuple[str, FormField]]:
        """(language, its texts) for each language chosen for the event."""
        offered = {code for code, _label in LANGUAGE_CHOICES}
        chosen = [code for code in self.languages.data or [] if code in offered]
        return [(code, self[texts_field_name(code)]) for code in chosen]

    def texts_of(self, language: str) -> dict[str, str]:
        """The texts typed for ``language``, without the empty ones."""
        values = self[texts_field_name(language)].data
        return {name: value.strip() for name, value in values.items() if (value or "").strip()}

    def validate_ends_on(self, field):
        if self.starts_on.data and field.data and field.data < self.starts_on.data:
            raise ValidationError(_l("The last day cannot be before the first day."))

    def validate_registration_closes_at(self, field):
        opens = self.registration_opens_at.data
        if opens and field.data and field.data <= opens:
            raise ValidationError(_l("Registration must close after it opens."))


# One set of texts per language the event may use (the page shows those of its languages).
for _code, _label in LANGUAGE_CHOICES:
    setattr(EventForm, texts_field_name(_code), FormField(EventTextsForm, label=_label))


class CategoryForm(FlaskForm):
    code = StringField(
        _l("Code"),
        [
            DataRequired(_required),
            Length(max=32),
            Regexp(SLUG, message=_l("Use lower-case letters, digits and single hyphens only.")),
        ],
    )
    name = StringField(_l("Name"), [DataRequired(_required), Length(max=100)])
    badge_label = StringField(_l("Label on the badge"), [DataRequired(_required), Length(max=40)])
    colour = StringField(
        _l("Colour"),
        [DataRequired(_required), Regexp(r"^#[0-9a-fA-F]{6}$", message=_l("Choose a colour."))],
        widget=ColorInput(),
        default="#1f5fa8",
    )
    quota = IntegerField(_l("Quota"), [Optional(), NumberRange(min=0)])
    public = BooleanField(_l("Delegates may choose it when registering"), default=True)
    sensitive = BooleanField(_l("Needs a second approval"))
    position = IntegerField(_l("Order"), [Optional(), NumberRange(min=0, max=999)], default=0)
