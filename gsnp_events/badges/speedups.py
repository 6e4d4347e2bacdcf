"""A shortcut in WeasyPrint's page layout for documents of many small pages, such as badges.

For every page, WeasyPrint builds the sixteen page-margin boxes (``@top-left`` … the corners),
computes their styles and resolves their sizes to find out whether any of them has content,
even when no style sheet has a rule for any of them. A badge is a page, so that search costs
as much as laying out a field of the badge. The shortcut skips it for a page whose type has no
margin-box rule at all; WeasyPrint would generate no margin box for it either (a box without a
rule has the content ``normal``), so the result is the same. Pages that do have margin-box
rules (letters with page numbers, say) go through WeasyPrint's own code.

Checked against the pinned WeasyPrint by tests/unit/test_badge_render.py.
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


def install() -> None:
    """Wrap ``weasyprint.layout.make_margin_boxes`` (once per process)."""
    import weasyprint.layout as layout

    original = layout.make_margin_boxes
    if getattr(original, "skips_pages_without_margin_rules", False):
        return

    def make_margin_boxes(context, page, state):
        if all(context.style_for(page.page_type, box) is None for box in MARGIN_BOXES):
            return ()
        return original(context, page, state)

    make_margin_boxes.skips_pages_without_margin_rules = True
    layout.make_margin_boxes = make_margin_boxes
