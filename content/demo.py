"""The demo site's pages for `manage.py load_demo`. Creates what is missing; never overwrites
an editor's changes."""

from django.db import transaction
from wagtail.models import Page, Site

from content.models import HomePage

HOME = {
    "title_en": "Genomics Academy",
    "title_zh_hant": "基因組學學院",
    "strapline_en": (
        "Clear, reliable information on genomic medicine for people in Hong Kong, "
        "and training for the professionals who provide it."
    ),
    "strapline_zh_hant": "為香港市民提供清晰可靠的基因組醫學資訊，並為提供服務的專業人員提供培訓。",
    "intro_en": (
        "<p>Your genome is the full set of instructions in your DNA. Reading it can help "
        "doctors find the cause of a rare disease, choose medicines that suit you, and "
        "understand the risks that run in families.</p>"
        "<p>Here you can learn what genomic tests can and cannot tell you, what genetic "
        "counselling involves, and how your data and samples are protected. Healthcare "
        "professionals can take courses and earn CPD points.</p>"
    ),
    "intro_zh_hant": (
        "<p>基因組是儲存在你的脫氧核糖核酸（DNA）中的全套遺傳指令。解讀基因組，可以幫助醫生找出罕見病的"
        "成因、選擇適合你的藥物，並了解家族遺傳的風險。</p>"
        "<p>在這裏，你可以了解基因組檢測能告訴你甚麼、不能告訴你甚麼，遺傳輔導包括哪些內容，以及你的數據"
        "和樣本如何受到保護。醫護及相關專業人員亦可修讀課程，累積持續專業發展（CPD）學分。</p>"
    ),
    "search_description_en": (
        "Bilingual public education on genomic medicine, and CPD training for healthcare "
        "professionals in Hong Kong."
    ),
    "search_description_zh_hant": (
        "以中英雙語介紹基因組醫學的公眾教育，以及為香港醫護專業人員而設的持續專業發展培訓。"
    ),
}


@transaction.atomic
def load() -> HomePage:
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's own placeholder ("Welcome to your new Wagtail site!") holds the slug.
        for placeholder in root.get_children().filter(content_type__model="page", slug="home"):
            if not placeholder.get_children().exists():
                placeholder.delete()
        home = HomePage(slug="home", title=HOME["title_en"], **HOME)
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Genomics Academy",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "Genomics Academy"
        site.save()
    return home
