"""Simplified Chinese derived from Traditional with OpenCC, stored on save, hand-written kept."""

import pytest

from academy.chinese import to_simplified
from content.models import HomePage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("基因組醫學", "基因组医学"),
        ("遺傳輔導", "遗传辅导"),
        ("資料私隱", "资料私隐"),
        ("地中海貧血的基因治療", "地中海贫血的基因治疗"),
        ("綫粒體", "线粒体"),
        ("", ""),
    ],
)
def test_hong_kong_traditional_to_simplified(traditional, simplified):
    assert to_simplified(traditional) == simplified


def test_simplified_fields_are_derived_on_save(home_page):
    home_page.refresh_from_db()
    assert home_page.title_zh_hans == "基因组学学院"
    assert home_page.strapline_zh_hans.startswith("为香港市民")
    assert "脱氧核糖核酸" in home_page.intro_zh_hans


def test_derived_text_follows_traditional_edits(home_page):
    page = HomePage.objects.get(pk=home_page.pk)
    page.strapline_zh_hant = "認識你的基因組"
    page.save()
    page.refresh_from_db()
    assert page.strapline_zh_hans == "认识你的基因组"


def test_hand_written_simplified_is_never_overwritten(home_page):
    page = HomePage.objects.get(pk=home_page.pk)
    page.strapline_zh_hans = "了解基因组医学（编辑亲笔）"
    page.save()
    page.strapline_zh_hant = "新的繁體標語"
    page.save()
    page.refresh_from_db()
    assert page.strapline_zh_hans == "了解基因组医学（编辑亲笔）"


def test_conversion_is_stored_not_done_per_request(client, home_page, django_assert_num_queries):
    from unittest import mock

    with mock.patch("academy.chinese._converter") as converter:
        response = client.get("/zh-hans/")
    assert response.status_code == 200
    converter.assert_not_called()
