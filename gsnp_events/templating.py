"""Template filters that keep stored values from reaching CSS unchecked."""

import re

from flask import Flask
from markupsafe import Markup, escape

HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def css_colour(value: str | None, fallback: str = "#777777") -> str:
    """The colour if it is a plain #rrggbb value, else a neutral grey."""
    return value if value and HEX_COLOUR.fullmatch(value) else fallback


def paragraphs(value: str | None, limit: int | None = None) -> Markup:
    """Typed text as HTML paragraphs (escaped), the first ``limit`` ones: a blank line starts a
    paragraph, a line break stays a line break. Each finds its own direction (dir="auto")."""
    text = (value or "").replace("\r\n", "\n")
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()][:limit]
    return Markup("").join(
        Markup('<p dir="auto">{}</p>').format(Markup("<br>").join(escape(b).splitlines()))
        for b in blocks
    )


def init_app(app: Flask) -> None:
    app.jinja_env.filters["css_colour"] = css_colour
    app.jinja_env.filters["paragraphs"] = paragraphs
