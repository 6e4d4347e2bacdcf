"""GSNP Events: registration, accreditation and badges for assemblies of NGOs."""

import os

from flask import Flask


def create_app(config: str | type | None = None) -> Flask:
    """Build the app. ``config`` is a name from config.CONFIGS or a config class.

    Without one, FLASK_CONFIG from the environment decides (default: development).
    """
    from config import CONFIGS, INSTANCE_DIR, ProductionConfig

    from . import cli, errors, i18n, mail, models, templating  # noqa: F401  (models: every table)
    from .auth import bp as auth_bp
    from .auth import login_manager_setup
    from .backoffice import bp as backoffice_bp
    from .extensions import babel, csrf, db, limiter, login_manager, migrate
    from .public import bp as public_bp
    from .registration import bp as registration_bp
    from .registration import portal_bp

    if config is None or isinstance(config, str):
        config = CONFIGS[config or os.environ.get("FLASK_CONFIG", "development")]
    if config is ProductionConfig or (
        isinstance(config, type) and issubclass(config, ProductionConfig)
    ):
        config.check()

    app = Flask(
        __name__,
        instance_path=str(INSTANCE_DIR),
        template_folder=os.path.join(os.path.dirname(os.path.dirname(__file__)), "templates"),
    )
    app.config.from_object(config)
    _trust_proxies(app)
    os.makedirs(app.instance_path, exist_ok=True)

    db.init_app(app)
    migrate.init_app(
        app, db, directory=os.path.join(os.path.dirname(os.path.dirname(__file__)), "migrations")
    )
    login_manager.init_app(app)
    login_manager_setup(login_manager)
    _init_security(app)  # before CSRF protection, which reads the form
    csrf.init_app(app)
    babel.init_app(app, locale_selector=i18n.select_locale)
    limiter.init_app(app)
    i18n.init_app(app)

    app.register_blueprint(public_bp)
    app.register_blueprint(auth_bp)
    app.register_blueprint(backoffice_bp)
    from .checkin import bp as checkin_bp

    app.register_blueprint(checkin_bp)
    app.register_blueprint(registration_bp)
    app.register_blueprint(portal_bp)
    from .badges import bp as badges_bp

    app.register_blueprint(badges_bp)
    from .letters import bp as letters_bp

    app.register_blueprint(letters_bp)
    from .api import bp as api_bp

    csrf.exempt(api_bp)  # the JSON API takes no cookies for writes: nothing to forge
    app.register_blueprint(api_bp)
    errors.init_app(app)
    mail.init_app(app)
    templating.init_app(app)
    cli.init_app(app)
    return app


def _trust_proxies(app: Flask) -> None:
    """Behind TRUSTED_PROXIES reverse proxies, take the client's address, scheme and host from
    their X-Forwarded-* headers. Off (0) by default: a client could otherwise send its own
    X-Forwarded-For and escape the sign-in rate limit."""
    from werkzeug.middleware.proxy_fix import ProxyFix

    proxies = app.config["TRUSTED_PROXIES"]
    if proxies > 0:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies)


def _init_security(app: Flask) -> None:
    """Security headers, body size limits and safe JSON parsing (gsnp_events/security.py)."""
    from . import security

    security.init_app(app)
