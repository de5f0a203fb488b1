from modeltranslation.translator import TranslationOptions, register

from cpd import models


@register(models.AccreditingBody)
@register(models.Scheme)
@register(models.Category)
class NameTranslation(TranslationOptions):
    fields = ("name",)


@register(models.CPDEvent)
@register(models.CPDSession)
class TitleTranslation(TranslationOptions):
    fields = ("title",)


@register(models.SelfStudyQuestion)
class SelfStudyQuestionTranslation(TranslationOptions):
    fields = ("prompt", "explanation")


@register(models.SelfStudyOption)
class SelfStudyOptionTranslation(TranslationOptions):
    fields = ("text",)
