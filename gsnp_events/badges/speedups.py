"""Shortcuts in WeasyPrint's styling and page layout, for documents of many small pages such as
badges.

A badge is a page, and WeasyPrint does some work for every page and every element that does
not depend on what they hold:

- it builds the sixteen page-margin boxes (``@top-left`` … the corners), computes their styles
  and resolves their sizes to find out whether any has content, when none has. The shortcut
  skips that for a page whose margin boxes all have no content (``normal``, ``none``), for
  which WeasyPrint generates no margin box either. Pages with margin content (page numbers in
  a letter, say) go through WeasyPrint's own code.
- it computes the styles of every page and of its sixteen margin boxes anew for each page, and
  to do so looks through the cascaded styles of every element of the document for the page's
  own (a document of n pages costs n² steps). The shortcut computes them once for the pages
  that match the same ``@page`` rules (the first page always on its own, as WeasyPrint sets
  the viewport size after it) and looks the margin boxes up by key.
- it shares one computed style between elements that match the same rules under the same
  parent, but computes the styles of their pseudo-elements (``::marker``, footnote and note
  calls and markers, which its own style sheet gives every element) for each element: six for
  every element of the document. The shortcut shares those in the same way.
- to subset a font with HarfBuzz it builds arrays of glyph numbers through cffi with their
  length in the C type (``hb_codepoint_t[1234]``), and cffi parses each new type with
  pycparser (a millisecond). The shortcut asks for ``hb_codepoint_t[]``, the same array.

Each gives the same result as WeasyPrint's code, which tests/unit/test_badge_render.py checks
against the pinned WeasyPrint (rendered pages compared pixel for pixel).
"""

MARGIN_BOXES = tuple(
    f"@{edge}-{place}"
    for edge, places in (
        ("top", ("left", "center", "right")),
        ("bottom", ("left", "center", "right")),
        ("left", ("top", "middle", "bottom")),
        ("right", ("top", "middle", "bottom")),
    )
    for place in places
) + ("@top-left-corner", "@top-right-corner", "@bottom-left-corner", "@bottom-right-corner")

# WeasyPrint's own functions, as (module or class, name, function), for the tests.
originals: dict[str, tuple[object, str, object]] = {}


def has_margin_content(context, page) -> bool:
    """Whether any margin box of ``page`` has content, as WeasyPrint decides it for each box
    (its default style sheet styles all sixteen, so that each has a style says nothing)."""
    for box in MARGIN_BOXES:
        style = context.style_for(page.page_type, box)
        if style is not None and style["content"] not in ("normal", "inhibit", "none"):
            return True
    return False


def install() -> None:
    """Put the shortcuts in place (once per process)."""
    import weasyprint.layout as layout
    from weasyprint.css import PAGE_MARGIN_BOXES, StyleFor
    from weasyprint.layout import page as page_layout
    from weasyprint.pdf import fonts

    if originals:
        return
    originals["make_margin_boxes"] = (layout, "make_margin_boxes", layout.make_margin_boxes)
    originals["set_page_type_computed_styles"] = (
        page_layout,
        "set_page_type_computed_styles",
        page_layout.set_page_type_computed_styles,
    )
    originals["set_computed_styles"] = (
        StyleFor,
        "set_computed_styles",
        StyleFor.set_computed_styles,
    )
    originals["fonts_ffi"] = (fonts, "ffi", fonts.ffi)
    page_pseudo_types = tuple(f"@{name}" for name in sorted(PAGE_MARGIN_BOXES))
    compute = StyleFor.set_computed_styles

    def make_margin_boxes(context, page, state):
        if not has_margin_content(context, page):
            return ()
        return page_layout.make_margin_boxes(context, page, state)

    def page_rules(style_for, page_type) -> tuple:
        """The ``@page`` rules that ``page_type`` matches, as WeasyPrint's
        add_page_declarations finds them: pages that match the same have the same styles."""
        return tuple(
            (id(declarations), id(selector))
            for sheet, _, _ in style_for._sheets
            for _, selectors, declarations in sheet.page_rules
            for selector in selectors
            if style_for._page_type_match(selector[2], page_type)
        )

    def set_page_type_computed_styles(page_type, html, style_for):
        cascaded = style_for.get_cascaded_styles()
        computed = style_for.get_computed_styles()
        known = style_for.__dict__.setdefault("_shared_page_styles", {})
        key = (page_type.index == 0, page_rules(style_for, page_type))
        if key in known:
            for pseudo_type, (cascaded_style, style) in known[key].items():
                cascaded[page_type, pseudo_type] = cascaded_style
                computed[page_type, pseudo_type] = style
            return
        style_for.add_page_declarations(page_type)
        root = html.etree_element
        style_for.set_computed_styles(page_type, root=root, parent=root, base_url=html.base_url)
        for pseudo_type in page_pseudo_types:
            if (page_type, pseudo_type) in cascaded:
                style_for.set_computed_styles(
                    page_type,
                    pseudo_type=pseudo_type,
                    root=root,
                    parent=page_type,
                    base_url=html.base_url,
                )
        known[key] = {
            pseudo_type: (
                cascaded.get((page_type, pseudo_type), {}),
                computed[page_type, pseudo_type],
            )
            for pseudo_type in (None, *page_pseudo_types)
            if (page_type, pseudo_type) in computed
        }

    def set_computed_styles(
        self, element, parent, root=None, pseudo_type=None, base_url=None, target_collector=None
    ):
        # A pseudo-element's style depends on its element's style and on its cascaded
        # declarations (objects of the style sheets, compared by identity) only.
        if pseudo_type is None or parent is not element or isinstance(element, tuple):
            return compute(self, element, parent, root, pseudo_type, base_url, target_collector)
        computed = self.get_computed_styles()
        cascaded = self.get_cascaded_styles().get((element, pseudo_type), {})
        key = (
            id(computed[element, None]),
            pseudo_type,
            base_url,
            tuple((name, id(value), weight) for name, (value, weight) in cascaded.items()),
        )
        known = self.__dict__.setdefault("_shared_pseudo_styles", {})
        if key not in known:
            compute(self, element, parent, root, pseudo_type, base_url, target_collector)
            known[key] = computed[element, pseudo_type]
            return
        style = computed[element, pseudo_type] = known[key]
        if target_collector and style["anchor"]:
            target_collector.collect_anchor(style["anchor"])

    layout.make_margin_boxes = make_margin_boxes
    fonts.ffi = _ArrayTypes(fonts.ffi)
    page_layout.set_page_type_computed_styles = set_page_type_computed_styles
    StyleFor.set_computed_styles = set_computed_styles


class _ArrayTypes:
    """cffi as WeasyPrint's fonts module uses it, with arrays of glyph numbers typed without
    their length (cffi takes it from the values)."""

    def __init__(self, ffi):
        self._ffi = ffi

    def __getattr__(self, name):
        return getattr(self._ffi, name)

    def new(self, cdecl, init=None):
        if init is not None and cdecl.startswith("hb_codepoint_t["):
            cdecl = "hb_codepoint_t[]"
        return self._ffi.new(cdecl, init)
