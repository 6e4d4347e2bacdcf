"""Forms of the letters pages. The services check the rules; these render and take CSRF."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, HiddenField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import DataRequired, Email, Length, Optional

_required = _l("This field is needed.")


class SettingsForm(FlaskForm):
    organiser_name = StringField(
        _l("Organiser, as in the letterhead"), [DataRequired(_required), Length(max=200)]
    )
    organiser_address = TextAreaField(
        _l("Address of the organiser (optional)"), [Length(max=500)], render_kw={"rows": 3}
    )
    signatory_name = StringField(
        _l("Name of the person who signs"), [DataRequired(_required), Length(max=150)]
    )
    signatory_title = StringField(_l("Their position"), [DataRequired(_required), Length(max=150)])
    contact_email = EmailField(
        _l("E-mail address for embassies' questions (optional)"),
        [
            Optional(),
            Email(_l("Enter an e-mail address such as name@example.org.")),
            Length(max=254),
        ],
    )


class IssueForm(FlaskForm):
    """Issue the letters of the chosen registrations, or of every pending one."""

    registration_ids = SelectMultipleField(_l("Delegates"), coerce=int, validate_choice=False)
    scope = HiddenField()


class WithdrawForm(FlaskForm):
    reason = TextAreaField(
        _l("Reason for withdrawing the letter"),
        [DataRequired(_l("Give the reason for withdrawing the letter.")), Length(max=1000)],
        render_kw={"rows": 2, "maxlength": 1000},
    )
