from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField, SelectField, StringField
from wtforms.validators import DataRequired, Email, EqualTo, Length

from ..labels import ROLE_LABELS

_required = _l("This field is required.")


def role_choices():
    return [(role.value, label) for role, label in ROLE_LABELS.items()]


class RoleForm(FlaskForm):
    role = SelectField(_l("Role"), choices=role_choices)
    event = SelectField(_l("Event"), description=_l("Not used for administrators."))


class NewStaffForm(RoleForm):
    email = EmailField(
        _l("E-mail address"),
        [
            DataRequired(_required),
            Email(_l("Enter an e-mail address like name@example.org."), check_deliverability=False),
            Length(max=254),
        ],
    )
    name = StringField(_l("Full name"), [DataRequired(_required), Length(max=150)])
    password = PasswordField(
        _l("First password"),
        [DataRequired(_required), Length(max=200)],
        description=_l(
            "At least 12 characters. Give it to the person in a safe way; "
            "they can change it after signing in."
        ),
    )


class PasswordForm(FlaskForm):
    current = PasswordField(
        _l("Current password"),
        [DataRequired(_required)],
        render_kw={"autocomplete": "current-password"},
    )
    new = PasswordField(
        _l("New password"),
        [DataRequired(_required), Length(max=200)],
        render_kw={"autocomplete": "new-password"},
        description=_l("At least 12 characters. Every other session ends."),
    )
    repeat = PasswordField(
        _l("New password again"),
        [DataRequired(_required), EqualTo("new", _l("The two new passwords differ."))],
        render_kw={"autocomplete": "new-password"},
    )
