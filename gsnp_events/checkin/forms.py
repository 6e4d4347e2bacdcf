from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, IntegerField, StringField
from wtforms.validators import DataRequired, Length, NumberRange, Optional, Regexp

from ..backoffice.event_forms import SLUG


class CheckpointForm(FlaskForm):
    name = StringField(_l("Name"), [DataRequired(_l("This field is required.")), Length(max=100)])
    code = StringField(
        _l("Code"),
        [
            DataRequired(_l("This field is required.")),
            Length(max=32),
            Regexp(SLUG, message=_l("Use lower-case letters, digits and single hyphens only.")),
        ],
        description=_l("Short, for scanners and links, e.g. entrance or plenary."),
    )
    counts_presence = BooleanField(_l("Counts who is inside (entries and exits)"))
    position = IntegerField(_l("Order"), [Optional(), NumberRange(min=0, max=999)], default=0)
