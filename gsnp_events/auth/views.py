from urllib.parse import urlsplit

from flask import Response, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from ..extensions import limiter
from . import bp
from .forms import LoginForm
from .services import ACCOUNT_SIGN_IN_LIMIT, ACCOUNT_SIGN_IN_SCOPE, authenticate, sign_out


def _safe_next(target: str | None) -> str:
    """Only local paths, so a link cannot send a signed-in user to another site."""
    if target and target.startswith("/") and not target.startswith("//"):
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc:
            return target
    return url_for("backoffice.index")


def _submitted_account() -> str:
    return request.form.get("email", "").strip().lower()


def _sign_in_failed(response: Response) -> bool:
    """A refused sign-in shows the form again; a successful one redirects and costs nothing."""
    return response.status_code == 200


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit("10 per minute", methods=["POST"])
@limiter.limit(
    ACCOUNT_SIGN_IN_LIMIT,
    methods=["POST"],
    key_func=_submitted_account,
    scope=ACCOUNT_SIGN_IN_SCOPE,
    deduct_when=_sign_in_failed,
)
def login():
    if current_user.is_authenticated:
        return redirect(url_for("backoffice.index"))
    form = LoginForm()
    if form.validate_on_submit():
        user = authenticate(form.email.data, form.password.data)
        if user is None:
            form.password.errors.append(_("That e-mail address and password do not match."))
        else:
            lang = session.get("lang")
            session.clear()  # a new session at sign-in, so a planted one is never reused
            if lang:
                session["lang"] = lang
            login_user(user)
            return redirect(_safe_next(request.args.get("next")))
    return render_template("auth/login.html", form=form)


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    sign_out(current_user)
    logout_user()
    flash(_("You have signed out."), "info")
    return redirect(url_for("public.home"))
