"""Template filters that keep stored values from reaching CSS unchecked."""

import re

from flask import Flask

HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def css_colour(value: str | None, fallback: str = "#777777") -> str:
    """The colour if it is a plain #rrggbb value, else a neutral grey."""
    return value if value and HEX_COLOUR.fullmatch(value) else fallback


def init_app(app: Flask) -> None:
    app.jinja_env.filters["css_colour"] = css_colour
