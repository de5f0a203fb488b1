from wagtail.fields import RichTextField
from wagtail.models import Page


class ReferencePage(Page):
    body = RichTextField(blank=True)
