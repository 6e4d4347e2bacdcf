"""Keep the translation catalogs in step with the code.

    python scripts/i18n_catalogs.py extract   # templates and code -> messages.pot, then update
                                              # every language's messages.po (new strings empty)
    python scripts/i18n_catalogs.py compile   # every messages.po -> messages.mo (the set-up does
                                              # this through the Makefile)
    python scripts/i18n_catalogs.py fill FILE # write translations from a JSON file
                                              # {"fr": {"msgid": "msgstr" | ["form0", ...]}}

The .po files in gsnp_events/translations are the source of the translations; the .mo files are
build output (git-ignored). Updating never uses fuzzy matching: a changed English string comes
back untranslated, and `make i18n-check` fails until someone translates it.
"""

import io
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.frontend import CommandLineInterface
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "gsnp_events" / "translations"
POT = TRANSLATIONS / "messages.pot"
LANGUAGES = ("fr", "es", "ar", "ru", "pt", "az")
KEYWORDS = ("_l", "lazy_gettext", "lazy_ngettext:1,2")
HEADER_COMMENT = (
    "# Translations of GSNP Events (scripts/i18n_catalogs.py writes this file's header)."
)
FIXED_DATE = datetime(2026, 1, 1, tzinfo=UTC)


def po_path(language: str) -> Path:
    return TRANSLATIONS / language / "LC_MESSAGES" / "messages.po"


def extract(output: Path) -> Catalog:
    """Extract every translatable string of the code and the templates into ``output``."""
    argv = ["pybabel", "-q", "extract", "-F", str(ROOT / "babel.cfg"), "-o", str(output)]
    for keyword in KEYWORDS:
        argv += ["-k", keyword]
    argv += [
        "--no-location",  # line numbers would change the catalogs at every edit
        "--sort-output",
        "--project",
        "GSNP Events",
        "--copyright-holder",
        "GSNP Events contributors",
        "--omit-header",
        str(ROOT),  # babel.cfg names the folders, relative to the root
    ]
    output.parent.mkdir(parents=True, exist_ok=True)
    CommandLineInterface().run(argv)
    with output.open("rb") as f:
        return read_po(f)


def read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as f:
        return read_po(f, locale=locale)


def write(catalog: Catalog, path: Path) -> None:
    """Write with a fixed header, so that a catalog changes only when its strings do."""
    catalog.header_comment = HEADER_COMMENT
    catalog.project = "GSNP Events"
    catalog.version = ""
    catalog.msgid_bugs_address = ""
    catalog.last_translator = "GSNP Events contributors"
    catalog.language_team = "GSNP Events contributors"
    catalog.creation_date = catalog.revision_date = FIXED_DATE
    path.parent.mkdir(parents=True, exist_ok=True)
    out = io.BytesIO()
    write_po(out, catalog, width=100, omit_header=False, sort_output=True, no_location=True)
    path.write_bytes(out.getvalue())


def update(template: Catalog) -> None:
    for language in LANGUAGES:
        path = po_path(language)
        if path.exists():
            catalog = read(path, language)
        else:
            catalog = Catalog(locale=language, project="GSNP Events", fuzzy=False)
        catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
        catalog.obsolete.clear()  # strings the code no longer has
        catalog.fuzzy = False
        write(catalog, path)


def compile_all() -> None:
    for language in LANGUAGES:
        catalog = read(po_path(language), language)
        with po_path(language).with_suffix(".mo").open("wb") as f:
            write_mo(f, catalog, use_fuzzy=False)


def fill(source: Path) -> None:
    data = json.loads(source.read_text(encoding="utf-8"))
    for language, translations in data.items():
        path = po_path(language)
        catalog = read(path, language)
        unknown = []
        for msgid, msgstr in translations.items():
            message = catalog.get(msgid)
            if message is None:
                unknown.append(msgid)
                continue
            if isinstance(message.id, tuple | list):
                forms = msgstr if isinstance(msgstr, list) else [msgstr]
                if len(forms) != catalog.num_plurals:
                    raise SystemExit(
                        f"{language}: {msgid!r} needs {catalog.num_plurals} forms, got {len(forms)}"
                    )
                message.string = tuple(forms)
            else:
                if not isinstance(msgstr, str):
                    raise SystemExit(f"{language}: {msgid!r} is not a plural message")
                message.string = msgstr
            message.flags.discard("fuzzy")
        write(catalog, path)
        if unknown:
            print(f"{language}: {len(unknown)} strings are not in the catalog:", file=sys.stderr)
            for msgid in unknown:
                print(f"  {msgid!r}", file=sys.stderr)


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "extract":
        template = extract(POT)
        write(template, POT)
        update(template)
    elif command == "compile":
        compile_all()
    elif command == "fill" and len(argv) == 3:
        fill(Path(argv[2]))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
