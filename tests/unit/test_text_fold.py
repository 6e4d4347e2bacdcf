"""Search folding: what people type on another keyboard finds the same name."""

import pytest

from gsnp_events.text import fold, search_text


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Nguyen Thi", "Nguyễn Thị"),
        ("caglar", "ÇAĞLAR"),
        # Yeh: Arabic ي, Farsi ی, alef maksura ى.
        ("علي", "علی"),
        ("علي", "على"),
        ("مصطفي", "مصطفى"),
        # Kaf: Arabic ك, keheh ک.
        ("كريم", "کریم"),
        # Heh: Arabic ه, heh goal ہ (Urdu), ae ە (Kurdish); teh marbuta ة.
        ("زهره", "زہرہ"),
        ("هه\u200cژار", "هەژار"),  # Sorani: ە, formerly heh and a non-joiner
        ("فاطمه", "فاطمة"),
        # Zero-width non-joiner and joiner are ignored.
        ("محمدحسين", "محمد\u200cحسین"),
        ("نرگس", "نر\u200dگس"),
        # Arabic compound names with and without their space.
        ("عبد الرحمن", "عبدالرحمن"),
        ("عبدالرحمن", "عبد الرحمن"),
        ("عبد العزيز", "عبدالعزيز"),
        ("عبدالله", "عبد الله"),
        ("أبوبكر", "أبو بكر"),
        ("نورالدين", "نور الدين"),
        ("نصر الله", "نصرالله"),
        # Traditional and Simplified Chinese.
        ("刘德华", "劉德華"),
        ("劉德華", "刘德华"),
        ("陈", "陳"),
        ("台湾", "臺灣"),
    ],
)
def test_typed_on_another_keyboard_folds_like_the_stored_name(typed, stored):
    assert fold(typed) == fold(stored)


@pytest.mark.parametrize(
    ("part", "whole"),
    [
        ("الرحمن", "عبد الرحمن"),  # a part of a compound still finds it
        ("عبد", "عبد الرحمن"),
        ("德", "劉德華"),  # one character folds as it does inside the name
        ("乾", "乾隆"),  # OpenCC's phrases would keep 乾 in 乾隆 but turn it alone into 干
        ("華", "刘德华"),
    ],
)
def test_a_part_of_a_name_is_found_inside_the_folded_whole(part, whole):
    assert fold(part) in fold(whole)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("عبد", "عبيد"),  # different names stay different
        ("김은정", "김은종"),
        ("प्रियंका", "प्रियका"),  # Devanagari vowel signs are letters, not decoration
        ("王", "玉"),
    ],
)
def test_different_names_stay_different(one, other):
    assert fold(one) != fold(other)


def test_compound_spaces_are_dropped_only_around_the_compound_words():
    assert fold("عبد الرحمن محمد") == "عبدالرحمن محمد"
    assert fold("محمد عبد") == "محمد عبد"  # عبد at the end has nothing to join
    assert fold("صلاح الدين الأيوبي") == "صلاحالدين الايوبي"


def test_empty_and_none_fold_to_nothing():
    assert fold(None) == fold("") == fold(" \u200c ") == ""


def test_search_text_joins_the_folded_parts_that_are_there():
    assert search_text(["Kim", None, "金恩貞", "", "KIM@EXAMPLE.ORG"]) == (
        "kim | 金恩贞 | kim@example.org"
    )
