"""Two shortcuts in WeasyPrint's page layout, for documents of many small pages such as badges.

A badge is a page, and WeasyPrint does some work for every page that does not depend on what
the page holds. Two parts of it cost, for an empty badge page, about six tenths of its layout:

- it builds the sixteen page-margin boxes (``@top-left`` … the corners), computes their styles
  and resolves their sizes to find out whether any has content, when none has. The shortcut
  skips that for a page whose margin boxes all have no content (``normal``, ``none``), for
  which WeasyPrint generates no margin box either. Pages with margin content (page numbers in
  a letter, say) go through WeasyPrint's own code.
- to compute the styles of a page's margin boxes, it looks through the cascaded styles of
  every element of the document for the page's own, so a document of n pages costs n² steps.
  The shortcut looks them up by key.

Both give the same result as WeasyPrint's code, which tests/unit/test_badge_render.py checks
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

originals: dict[str, object] = {}  # WeasyPrint's own functions, for the tests


def has_margin_content(context, page) -> bool:
    """Whether any margin box of ``page`` has content, as WeasyPrint decides it for each box
    (its default style sheet styles all sixteen, so that each has a style says nothing)."""
    for box in MARGIN_BOXES:
        style = context.style_for(page.page_type, box)
        if style is not None and style["content"] not in ("normal", "inhibit", "none"):
            return True
    return False


def install() -> None:
    """Put both shortcuts in place (once per process)."""
    import weasyprint.layout as layout
    from weasyprint.css import PAGE_MARGIN_BOXES
    from weasyprint.layout import page as page_layout

    if originals:
        return
    originals["make_margin_boxes"] = layout.make_margin_boxes
    originals["set_page_type_computed_styles"] = page_layout.set_page_type_computed_styles
    page_pseudo_types = tuple(f"@{name}" for name in sorted(PAGE_MARGIN_BOXES))

    def make_margin_boxes(context, page, state):
        if not has_margin_content(context, page):
            return ()
        return page_layout.make_margin_boxes(context, page, state)

    def set_page_type_computed_styles(page_type, html, style_for):
        style_for.add_page_declarations(page_type)
        root = html.etree_element
        style_for.set_computed_styles(page_type, root=root, parent=root, base_url=html.base_url)
        cascaded = style_for.get_cascaded_styles()
        for pseudo_type in page_pseudo_types:
            if (page_type, pseudo_type) in cascaded:
                style_for.set_computed_styles(
                    page_type,
                    pseudo_type=pseudo_type,
                    root=root,
                    parent=page_type,
                    base_url=html.base_url,
                )

    layout.make_margin_boxes = make_margin_boxes
    page_layout.set_page_type_computed_styles = set_page_type_computed_styles
