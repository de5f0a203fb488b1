from modeltranslation.translator import TranslationOptions, register

from cpd.internships import models


@register(models.University)
@register(models.Area)
class NameTranslation(TranslationOptions):
    fields = ("name",)


@register(models.Programme)
class ProgrammeTranslation(TranslationOptions):
    fields = ("title", "description")


@register(models.Competency)
class CompetencyTranslation(TranslationOptions):
    fields = ("title",)


@register(models.EvaluationCriterion)
class CriterionTranslation(TranslationOptions):
    fields = ("label",)
