"""Staff management (administrators) and each staff member's own password."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from ..api_tokens import issue_token, revoke_token
from ..extensions import db
from ..models import ApiToken, Event, Role, RoleAssignment, StaffUser, TokenKind
from ..staff_accounts import (
    StaffAccountError,
    assign_role,
    change_password,
    create_staff_user,
    find_staff_user,
    remove_role,
    set_active,
)
from . import bp
from .permissions import administrator_required
from .staff_forms import NewStaffForm, PasswordForm, RoleForm


def _event_choices() -> list[tuple[str, str]]:
    events = db.session.execute(select(Event.id, Event.name).order_by(Event.starts_on.desc()))
    return [("", _("— every event (administrators) —"))] + [(str(i), n) for i, n in events]


def _event_from(form: RoleForm) -> Event | None:
    return db.session.get(Event, int(form.event.data)) if form.event.data else None


@bp.route("/staff", methods=["GET", "POST"])
@administrator_required
def staff():
    form = NewStaffForm()
    form.event.choices = _event_choices()
    if form.validate_on_submit():
        if find_staff_user(form.email.data):
            form.email.errors.append(
                _("An account with this e-mail address exists; add the role on its page.")
            )
        else:
            try:
                user, _created = create_staff_user(
                    form.email.data,
                    form.name.data,
                    form.password.data,
                    Role(form.role.data),
                    _event_from(form),
                )
                db.session.flush()
                db.session.commit()
                flash(_("The account of %(name)s is created.", name=user.name), "success")
                return redirect(url_for(".staff_member", user_id=user.id))
            except StaffAccountError as error:
                db.session.rollback()
                target = form.password if error.code.startswith("password") else form.event
                target.errors.append(str(error))
    users = db.session.scalars(
        select(StaffUser)
        .options(selectinload(StaffUser.role_assignments).selectinload(RoleAssignment.event))
        .order_by(func.lower(StaffUser.name))
    ).all()
    return render_template("backoffice/staff.html", users=users, form=form)


@bp.route("/staff/<int:user_id>", methods=["GET", "POST"])
@administrator_required
def staff_member(user_id: int):
    user = db.session.get(StaffUser, user_id) or abort(404)
    form = RoleForm()
    form.event.choices = _event_choices()
    if request.method == "POST":
        action = request.form.get("action")
        try:
            if action == "assign" and form.validate_on_submit():
                assign_role(user, Role(form.role.data), _event_from(form), current_user)
                flash(_("The role is added."), "success")
            elif action == "remove":
                remove_role(user, int(request.form.get("assignment", "0") or 0), current_user)
                flash(_("The role is removed."), "success")
            elif action in ("activate", "deactivate"):
                set_active(user, action == "activate", current_user)
                flash(_("The account is updated."), "success")
            else:
                abort(400)
            return redirect(url_for(".staff_member", user_id=user.id))
        except StaffAccountError as error:
            db.session.rollback()
            flash(str(error), "error")
    return render_template("backoffice/staff_member.html", user=user, form=form)


@bp.route("/account/password", methods=["GET", "POST"])
@login_required
def own_password():
    form = PasswordForm()
    if form.validate_on_submit():
        if not current_user.check_password(form.current.data):
            form.current.errors.append(_("The current password is not right."))
        else:
            try:
                change_password(current_user, form.new.data, current_user)
            except StaffAccountError as error:
                db.session.rollback()
                form.new.errors.append(str(error))
            else:
                login_user(current_user)  # this session carries the new generation
                flash(_("Your password is changed. Every other session has ended."), "success")
                return redirect(url_for(".index"))
    return render_template("backoffice/own_password.html", form=form)


@bp.route("/account/tokens", methods=["GET", "POST"])
@login_required
def own_tokens():
    """API tokens that act with this staff member's roles (for scripts and integrations)."""
    secret = None
    if request.method == "POST":
        revoke_id = request.form.get("revoke", "")
        if revoke_id.isdigit():
            token = db.session.get(ApiToken, int(revoke_id))
            if token is None or token.staff_user_id != current_user.id:
                abort(404)
            revoke_token(token, current_user)
            flash(_("The token is revoked."), "success")
            return redirect(url_for(".own_tokens"))
        name = request.form.get("name", "").strip()
        if not name:
            flash(_("Give the token a name that says where it is used."), "error")
        else:
            _token, secret = issue_token(
                TokenKind.STAFF, name, current_user, staff_user=current_user
            )
    tokens = db.session.scalars(
        select(ApiToken)
        .where(ApiToken.staff_user_id == current_user.id)
        .order_by(ApiToken.created_at.desc())
    ).all()
    return render_template("backoffice/own_tokens.html", tokens=tokens, secret=secret)
