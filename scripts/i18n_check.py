"""`make i18n-check`: every string translated, and no visible text outside a translation call.

Fails (exit status 1, one line per problem) when:
- the code or a template has a string that messages.pot or a language's catalog lacks
  (run `make i18n-extract`, then translate);
- a catalog has an empty or fuzzy translation, or one whose %(placeholders)s differ from the
  English (a plural form may leave out the number it is chosen by, as Arabic's "one" does);
- a template (templates/**/*.html, *.txt) shows text outside {{ _("...") }}: text between
  tags, and the attributes people read (alt, title, placeholder, aria-label, button values).
  Jinja expressions, whitespace, punctuation, digits and the words in ALLOWED are ignored.

    python scripts/i18n_check.py [--templates-only | --catalogs-only]
"""

import re
import sys
import tempfile
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from i18n_catalogs import LANGUAGES, POT, extract, po_path, read  # noqa: E402

TEMPLATES = ROOT / "templates"
# Words that are the same in every language: names, symbols and units.
ALLOWED = {"GSNP", "QR", "PDF", "CSV", "XLSX", "JSON", "API", "ID", "mm", "UTC", "E.164"}
VISIBLE_ATTRIBUTES = {
    "alt",
    "title",
    "placeholder",
    "aria-label",
    "aria-placeholder",
    "aria-roledescription",
    "aria-valuetext",
    "label",
}
INVISIBLE_ELEMENTS = {"script", "style"}
PLACEHOLDER = re.compile(r"%\((\w+)\)[sdifr]")
JINJA = re.compile(r"{#.*?#}|{{.*?}}|{%.*?%}", re.DOTALL)
MARK = "\u2063"  # stands for a Jinja expression while the HTML is parsed
ATTRIBUTE_TEXT = re.compile(r'(?<![\w-])[a-z][\w-]*="[^"<>]*"')


# Templates ------------------------------------------------------------------------------------


def leftover_words(text: str) -> list[str]:
    """The words of ``text`` that need translating: letters only, less ALLOWED."""
    words = re.split(r"[^\w.]+|_", text.replace(MARK, " "))
    found = []
    for word in words:
        word = word.strip(".")
        if not word or word in ALLOWED:
            continue
        if any(unicodedata.category(char).startswith("L") for char in word):
            found.append(word)
    return found


class _TextFinder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[tuple[int, str]] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in INVISIBLE_ELEMENTS:
            self.hidden += 1
        attributes = dict(attrs)
        for name, value in attrs:
            visible = name in VISIBLE_ATTRIBUTES or (
                name == "value"
                and tag == "input"
                and (attributes.get("type") or "").lower() in ("submit", "button", "reset")
            )
            if visible and value and leftover_words(value):
                self.problems.append((self.getpos()[0], f'{name}="{value.strip()}"'))

    def handle_endtag(self, tag):
        if tag in INVISIBLE_ELEMENTS and self.hidden:
            self.hidden -= 1

    def handle_data(self, data):
        data = ATTRIBUTE_TEXT.sub(" ", data)  # a macro that writes attributes: lang="{{ x }}"
        if not self.hidden and leftover_words(data):
            self.problems.append((self.getpos()[0], " ".join(data.split())))


def template_problems(source: str) -> list[tuple[int, str]]:
    """(line, text) of every piece of visible text outside a translation call."""

    def blank(match: re.Match) -> str:  # keep the line numbers
        lines = "\n" * match.group().count("\n")
        return lines if match.group().startswith("{#") else MARK + lines

    finder = _TextFinder()
    finder.feed(JINJA.sub(blank, source))
    finder.close()
    return finder.problems


def check_templates() -> list[str]:
    problems = []
    for path in sorted(TEMPLATES.rglob("*")):
        if path.suffix not in (".html", ".txt"):
            continue
        for line, text in template_problems(path.read_text(encoding="utf-8")):
            problems.append(f"{path.relative_to(ROOT)}:{line}: text outside _(): {text[:80]}")
    return problems


# Catalogs -------------------------------------------------------------------------------------


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text or ""))


def message_problems(message, language: str) -> list[str]:
    where = f"{language}: {message.id!r}"[:140]
    if message.fuzzy:
        return [f"{where}: fuzzy translation"]
    if isinstance(message.id, tuple | list):
        source = placeholders(message.id[0]) | placeholders(message.id[1])
        forms = list(message.string or ())
        if not forms or any(not form for form in forms):
            return [f"{where}: untranslated plural form"]
        problems = []
        for form in forms:
            extra = placeholders(form) - source
            # A plural form may leave out the number (Arabic says "one badge" without it).
            missing = source - placeholders(form) - {"num", "count", "n"}
            if extra or missing:
                problems.append(f"{where}: placeholders differ in {form!r}")
        return problems
    if not message.string:
        return [f"{where}: untranslated"]
    if placeholders(message.string) != placeholders(message.id):
        return [f"{where}: placeholders differ in {message.string!r}"]
    return []


def check_catalogs() -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = extract(Path(tmp) / "messages.pot")
    wanted = {message.id for message in fresh if message.id}
    if not POT.exists():
        return [f"{POT.relative_to(ROOT)} is missing: run make i18n-extract"]
    in_pot = {message.id for message in read(POT) if message.id}
    if wanted != in_pot:
        problems.append(
            f"{POT.relative_to(ROOT)} is out of date ({len(wanted - in_pot)} new, "
            f"{len(in_pot - wanted)} old strings): run make i18n-extract"
        )
    for language in LANGUAGES:
        path = po_path(language)
        if not path.exists():
            problems.append(f"{path.relative_to(ROOT)} is missing: run make i18n-extract")
            continue
        catalog = read(path, language)
        have = {message.id for message in catalog if message.id}
        for msgid in sorted(wanted - have, key=str):
            problems.append(f"{language}: missing {msgid!r}"[:160])
        for message in catalog:
            if message.id and message.id in wanted:
                problems.extend(message_problems(message, language))
    return problems


def main(argv: list[str]) -> int:
    problems = []
    if "--catalogs-only" not in argv:
        problems += check_templates()
    if "--templates-only" not in argv:
        problems += check_catalogs()
    for problem in problems:
        print(problem)
    if problems:
        print(f"i18n-check: {len(problems)} problems", file=sys.stderr)
        return 1
    print("i18n-check: every string is translated and every template translates its text")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
