from modeltranslation.translator import TranslationOptions, register

from content import models


@register(models.HomePage)
class HomePageTranslation(TranslationOptions):
    fields = ("strapline", "intro")


@register(models.TopicPage)
class TopicPageTranslation(TranslationOptions):
    fields = ("summary", "intro")


@register(models.ArticlePage)
class ArticlePageTranslation(TranslationOptions):
    fields = ("summary", "body", "reviewer_credentials")


@register(models.EventIndexPage)
@register(models.PublicationIndexPage)
@register(models.NewsIndexPage)
@register(models.GlossaryIndexPage)
class IndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(models.EventPage)
class EventPageTranslation(TranslationOptions):
    fields = ("summary", "description", "venue", "registration_note")


@register(models.PublicationPage)
class PublicationPageTranslation(TranslationOptions):
    fields = ("summary",)


@register(models.NewsPage)
class NewsPageTranslation(TranslationOptions):
    fields = ("summary", "body")


@register(models.FAQPage)
class FAQPageTranslation(TranslationOptions):
    fields = ("intro", "questions")


@register(models.GlossaryTerm)
class GlossaryTermTranslation(TranslationOptions):
    fields = ("term", "short_definition", "full_definition", "synonyms")
