from modeltranslation.translator import TranslationOptions, register

from content.models import HomePage


@register(HomePage)
class HomePageTranslation(TranslationOptions):
    fields = ("strapline", "intro")
