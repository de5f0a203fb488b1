from django import template

from cpd import self_study

register = template.Library()


@register.simple_tag
def self_study_for(article):
    """The open self-study on this article, or None (one query; used for signed-in readers
    only, so cached anonymous pages are unchanged)."""
    return self_study.open_to_learners().filter(article=article).first()
