from modeltranslation.translator import TranslationOptions, register

from courses import models


@register(models.CourseIndexPage)
class CourseIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(models.CoursePage)
class CoursePageTranslation(TranslationOptions):
    fields = ("summary", "learning_outcomes")


@register(models.ModulePage)
class ModulePageTranslation(TranslationOptions):
    fields = ("summary",)


@register(models.LessonPage)
class LessonPageTranslation(TranslationOptions):
    fields = ("body", "transcript")


@register(models.Question)
class QuestionTranslation(TranslationOptions):
    fields = ("prompt", "feedback_correct", "feedback_incorrect", "explanation")


@register(models.QuestionOption)
class QuestionOptionTranslation(TranslationOptions):
    fields = ("text",)


@register(models.Quiz)
class QuizTranslation(TranslationOptions):
    fields = ("title",)
