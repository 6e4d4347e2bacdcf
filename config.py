"""Configuration classes. Every secret and URL comes from the environment."""

import os
from pathlib import Path
from urllib.parse import urlsplit

BASE_DIR = Path(__file__).resolve().parent
INSTANCE_DIR = BASE_DIR / "instance"

# Placeholder that marks the development key; production refuses it.
DEVELOPMENT_SECRET_KEY = "dev-only-not-secret"  # noqa: S105


def _database_url(default: str) -> str:
    url = os.environ.get("DATABASE_URL", default)
    # Heroku-style URLs name the old driver; SQLAlchemy 2 wants psycopg 3.
    if url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgres://")
    elif url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return url


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", DEVELOPMENT_SECRET_KEY)
    SQLALCHEMY_DATABASE_URI = _database_url(f"sqlite:///{INSTANCE_DIR / 'gsnp_events.sqlite'}")
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}
    SQLALCHEMY_RECORD_QUERIES = False

    BABEL_DEFAULT_LOCALE = "en"
    BABEL_DEFAULT_TIMEZONE = "UTC"
    # English is the source language; the others have catalogs in gsnp_events/translations.
    LANGUAGES = ["en", "fr", "es", "ar", "ru", "pt", "az"]

    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
    WTF_CSRF_TIME_LIMIT = None

    RATELIMIT_STORAGE_URI = os.environ.get("REDIS_URL", "memory://")
    RATELIMIT_HEADERS_ENABLED = True

    MIN_PASSWORD_LENGTH = 12

    # Links in e-mails start with this, never with the request's Host header. Production
    # requires it and accepts only requests for its host (TRUSTED_HOSTS).
    PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL")
    # Reverse proxies in front of the app whose X-Forwarded-For, -Proto and -Host are believed.
    # 0 (the default) ignores those headers, so a client cannot pick its own address.
    TRUSTED_PROXIES = int(os.environ.get("TRUSTED_PROXIES", "0"))
    # Mail: "smtp", "file" (.eml files in MAIL_FILE_DIR, for development) or "memory" (tests).
    MAIL_BACKEND = os.environ.get("MAIL_BACKEND", "smtp")
    MAIL_FROM = os.environ.get("MAIL_FROM", "GSNP Events <no-reply@localhost>")
    MAIL_SMTP_HOST = os.environ.get("MAIL_SMTP_HOST", "127.0.0.1")
    MAIL_SMTP_PORT = int(os.environ.get("MAIL_SMTP_PORT", "25"))
    MAIL_SMTP_USER = os.environ.get("MAIL_SMTP_USER")
    MAIL_SMTP_PASSWORD = os.environ.get("MAIL_SMTP_PASSWORD")
    MAIL_SMTP_STARTTLS = os.environ.get("MAIL_SMTP_STARTTLS", "false").lower() == "true"
    MAIL_SMTP_TIMEOUT = 20
    MAIL_FILE_DIR = os.environ.get("MAIL_FILE_DIR", str(INSTANCE_DIR / "mail-out"))
    MAIL_MAX_ATTEMPTS = 8  # then the message is marked failed
    MAIL_RETRY_SECONDS = 60  # first retry; doubles after each failure, at most 6 hours
    # A sender claims a message before sending it; another sender takes over a claim this old
    # (its sender crashed). Keep it well above the time one message takes to send.
    MAIL_CLAIM_TIMEOUT_SECONDS = 15 * 60
    # Send the mail any request committed to the outbox once its response has gone (no worker
    # needed); `flask send-mail` (run it every few minutes) retries what could not be sent.
    MAIL_SEND_AFTER_REQUEST = os.environ.get("MAIL_SEND_AFTER_REQUEST", "true").lower() == "true"

    # Link expiry. The confirmation link lasts as long as the event's unconfirmed_expiry_hours.
    PORTAL_LINK_MAX_AGE_HOURS = 72  # magic links to the delegate and focal point portals
    PORTAL_SESSION_HOURS = 12  # how long the portal stays signed in after following a link
    PHOTO_MAX_BYTES = 5 * 1024 * 1024
    # Largest request body; routes that take a photo or a spreadsheet allow more
    # (gsnp_events/security.py). Larger requests get 413 before the body is read.
    MAX_CONTENT_LENGTH = int(os.environ.get("MAX_CONTENT_LENGTH", str(1024 * 1024)))

    # Badges. The Ed25519 key that signs their QR codes: the base64 of a 32-byte seed, or a PEM
    # private key (python -m gsnp_events.badges.tokens prints a new one). Without it,
    # development and tests derive a fixed key from SECRET_KEY; production refuses to start.
    BADGE_SIGNING_KEY = os.environ.get("BADGE_SIGNING_KEY")
    # Public keys (base64, comma-separated) of earlier signing keys that doors still accept.
    BADGE_PREVIOUS_PUBLIC_KEYS = [
        k.strip() for k in os.environ.get("BADGE_PREVIOUS_PUBLIC_KEYS", "").split(",") if k.strip()
    ]
    # Large print runs go to RQ on Redis when REDIS_URL is set (`flask badges worker`), else to
    # a thread of the app process.
    REDIS_URL = os.environ.get("REDIS_URL")
    BADGE_QUEUE = os.environ.get("BADGE_QUEUE", "gsnp-badges")
    BADGE_RENDER_PROCESSES = int(os.environ.get("BADGE_RENDER_PROCESSES", "0"))  # 0: per core
    BADGE_CHUNK_SIZE = 160  # badges per WeasyPrint document (memory grows with its pages)
    BADGE_INLINE_LIMIT = 20  # print runs up to this size are rendered during the request
    BADGE_EMERGENCY_CONTACT = os.environ.get("BADGE_EMERGENCY_CONTACT", "")
    # A print run's PDF (names and photos of the delegates) is kept this many days after the
    # run, then removed by `flask badges purge-pdfs` (run it daily); the print log stays.
    BADGE_PDF_KEEP_DAYS = int(os.environ.get("BADGE_PDF_KEEP_DAYS", "30"))


class DevelopmentConfig(Config):
    DEBUG = True
    PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "http://127.0.0.1:5000")
    MAIL_BACKEND = os.environ.get("MAIL_BACKEND", "file")


class TestingConfig(Config):
    TESTING = True
    SECRET_KEY = "testing-secret-key"  # noqa: S105
    SQLALCHEMY_DATABASE_URI = _database_url("sqlite://")
    WTF_CSRF_ENABLED = False
    RATELIMIT_ENABLED = False
    MAIL_BACKEND = "memory"
    MAIL_SEND_AFTER_REQUEST = False
    PUBLIC_BASE_URL = "http://localhost"
    TRUSTED_PROXIES = 0
    REDIS_URL = None  # print jobs run in a thread; the RQ test sets its own queue
    BADGE_RENDER_PROCESSES = 1


class ProductionConfig(Config):
    SESSION_COOKIE_SECURE = True
    REMEMBER_COOKIE_SECURE = True
    PREFERRED_URL_SCHEME = "https"

    @classmethod
    def check(cls) -> None:
        """Refuse to start with a secret key that is missing, the placeholder, or short."""
        key = os.environ.get("SECRET_KEY", "")
        if not key or key == DEVELOPMENT_SECRET_KEY or len(key) < 32:
            raise RuntimeError(
                "SECRET_KEY must be set to a random value of at least 32 characters in "
                "production: it signs sessions, confirmation links and badge tokens. "
                'Generate one with: python -c "import secrets; print(secrets.token_urlsafe(48))"'
            )
        cls.SECRET_KEY = key
        cls.check_badge_key()
        cls.check_public_base_url()

    @classmethod
    def check_public_base_url(cls) -> None:
        """Refuse to start without the public address; only requests for its host are served."""
        base = os.environ.get("PUBLIC_BASE_URL", "").strip()
        parts = urlsplit(base)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise RuntimeError(
                "PUBLIC_BASE_URL must be set in production to the address delegates use, e.g. "
                "https://events.example.org: e-mailed links start with it (never with the "
                "request's Host header) and requests for any other host are refused."
            )
        cls.PUBLIC_BASE_URL = base.rstrip("/")
        cls.TRUSTED_HOSTS = [parts.hostname]

    @classmethod
    def check_badge_key(cls) -> None:
        """Refuse to start without a badge signing key: a derived one would be guessable."""
        from gsnp_events.badges.tokens import load_private_key

        badge_key = os.environ.get("BADGE_SIGNING_KEY", "")
        if not badge_key:
            raise RuntimeError(
                "BADGE_SIGNING_KEY must be set in production: it signs the QR codes on badges, "
                "and doors verify them with its public key. Generate one with: "
                "python -m gsnp_events.badges.tokens"
            )
        try:
            load_private_key(badge_key)
        except ValueError as error:
            raise RuntimeError(f"BADGE_SIGNING_KEY cannot be used: {error}") from error
        cls.BADGE_SIGNING_KEY = badge_key


CONFIGS = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}
