"""The checker behind `make i18n-check`, on small examples."""

import importlib.util
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture(scope="module")
def checker():
    sys.path.insert(0, str(SCRIPTS))
    spec = importlib.util.spec_from_file_location("i18n_check", SCRIPTS / "i18n_check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def texts(checker, source: str) -> list[str]:
    return [text for _, text in checker.template_problems(source)]


def test_text_inside_translation_calls_passes(checker):
    source = """{% extends "base.html" %}{# a comment with words #}
    <h1>{{ _("Register") }}</h1>
    <p class="hint">{{ _("Hello %(name)s", name=user.name) }} — {{ count }} · 42 %</p>
    <img src="{{ url }}" alt="{{ _('Your photo') }}"><img src="x.png" alt="">
    <script>const words = "not shown";</script><style>p::after { content: "x"; }</style>
    {% if x %}<option value="fr"{% if y %} selected{% endif %}>{{ label }}</option>{% endif %}
    <p>GSNP · QR · PDF</p>"""
    assert texts(checker, source) == []


def test_bare_text_and_visible_attributes_are_found_with_their_line(checker):
    source = """<h1>{{ _("Register") }}</h1>
<p>Welcome to {{ event.name }}</p>
<img src="a.png" alt="Logo of the organiser">
<input type="submit" value="Send">
<input type="hidden" name="x" value="not visible">
<button aria-label="Close">×</button>
{{ _("Ok") }} <a href="/x">ask for a new link</a>."""
    problems = checker.template_problems(source)
    assert problems == [
        (2, "Welcome to \u2063"),
        (3, 'alt="Logo of the organiser"'),
        (4, 'value="Send"'),
        (6, 'aria-label="Close"'),
        (7, "ask for a new link"),
    ]


def test_text_in_other_scripts_is_found_too(checker):
    assert texts(checker, "<p>مرحبا</p><p>Привет</p>") == ["مرحبا", "Привет"]


def catalog_with(msgid, msgstr, locale="fr", fuzzy=False):
    catalog = Catalog(locale=locale)
    catalog.add(msgid, msgstr, flags=("fuzzy",) if fuzzy else ())
    return catalog, next(m for m in catalog if m.id)


def test_untranslated_fuzzy_and_wrong_placeholders_are_problems(checker):
    _, message = catalog_with("Register", "")
    assert checker.message_problems(message, "fr") == ["fr: 'Register': untranslated"]
    _, message = catalog_with("Register", "S’inscrire", fuzzy=True)
    assert checker.message_problems(message, "fr") == ["fr: 'Register': fuzzy translation"]
    _, message = catalog_with("Hello %(name)s", "Bonjour %(nom)s")
    assert "placeholders differ" in checker.message_problems(message, "fr")[0]
    _, message = catalog_with("Hello %(name)s", "Bonjour %(name)s")
    assert checker.message_problems(message, "fr") == []


def test_plural_forms_may_leave_out_the_number_but_not_other_placeholders(checker):
    source = ("%(num)d badge for %(event)s", "%(num)d badges for %(event)s")
    _, message = catalog_with(
        source,
        (
            "لا شارات لـ %(event)s",
            "شارة واحدة لـ %(event)s",
            "شارتان لـ %(event)s",
            "%(num)d شارات لـ %(event)s",
            "%(num)d شارة لـ %(event)s",
            "%(num)d شارة لـ %(event)s",
        ),
        locale="ar",
    )
    assert checker.message_problems(message, "ar") == []
    _, message = catalog_with(source, ("%(num)d значок", "", ""), locale="ru")
    assert checker.message_problems(message, "ru") == [
        f"ru: {source!r}: untranslated plural form"[:140]
    ]
    _, message = catalog_with(
        source, ("%(num)d значок", "%(num)d значка", "%(num)d значков"), locale="ru"
    )
    assert len(checker.message_problems(message, "ru")) == 3  # %(event)s left out


def test_leftover_words_ignore_punctuation_numbers_and_allowed_words(checker):
    assert checker.leftover_words("— · 2026 % : (12) …") == []
    assert checker.leftover_words("GSNP QR") == []
    assert checker.leftover_words("GSNP Events") == ["Events"]


def test_compiled_catalogs_are_up_to_date():
    """The pages read the .mo files: `make setup-dev` (part of `make test`) compiles them."""
    translations = SCRIPTS.parent / "gsnp_events" / "translations"
    stale = [
        str(po.relative_to(translations))
        for po in translations.glob("*/LC_MESSAGES/messages.po")
        if not po.with_suffix(".mo").exists()
        or po.with_suffix(".mo").stat().st_mtime < po.stat().st_mtime
    ]
    assert stale == [], "compile the catalogs first: make setup-dev"
