"""StreamField blocks for articles and other public pages.

Each block renders with its own template under `site/templates/content/blocks/`. Blocks that
carry an image require its alternative text: an image is never published without one.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

INLINE_FEATURES = ["bold", "italic", "link", "ol", "ul"]
SIMPLE_FEATURES = ["bold", "italic", "link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Section heading")), ("h3", _("Subheading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "content/blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        max_length=300,
        help_text=_("What the image shows, for people who cannot see it. Required."),
    )
    caption = blocks.CharBlock(label=_("caption"), max_length=300)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "content/blocks/image.html"


class FigureBlock(ImageBlock):
    """A diagram or chart whose meaning needs more than alt text: the long description is
    shown in a disclosure under the figure, so everyone can reach it."""

    long_description = blocks.TextBlock(
        label=_("long description"),
        help_text=_("Describe everything the figure conveys, in full sentences."),
    )

    class Meta:
        icon = "doc-full-inverse"
        label = _("Figure with long description")
        template = "content/blocks/figure.html"


class KeyPointsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=120, required=False)
    points = blocks.ListBlock(blocks.CharBlock(max_length=400), label=_("points"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Key points")
        template = "content/blocks/key_points.html"


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        label=_("tone"),
        choices=[("info", _("Information")), ("important", _("Important"))],
        default="info",
    )
    title = blocks.CharBlock(label=_("title"), max_length=120, required=False)
    text = blocks.RichTextBlock(label=_("text"), features=INLINE_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "content/blocks/callout.html"


class VideoBlock(blocks.StructBlock):
    """A video from an approved host, embedded without a third-party oEmbed fetch, and always
    with its transcript on the page."""

    url = blocks.URLBlock(label=_("video URL"), help_text=_("YouTube or Vimeo address."))
    title = blocks.CharBlock(label=_("title"), max_length=200)
    transcript = blocks.RichTextBlock(label=_("transcript"), features=SIMPLE_FEATURES)

    class Meta:
        icon = "media"
        label = _("Video with transcript")
        template = "content/blocks/video.html"

    def clean(self, value):
        value = super().clean(value)
        from content.video import embed_url

        if embed_url(value["url"]) is None:
            raise StructBlockValidationError(
                {"url": ValidationError(_("Use a YouTube or Vimeo video address."))}
            )
        return value


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"), max_length=300)
    answer = blocks.RichTextBlock(label=_("answer"), features=INLINE_FEATURES)


class AccordionFAQBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=120, required=False)
    items = blocks.ListBlock(QuestionBlock(), label=_("questions"), min_num=1)

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        template = "content/blocks/faq.html"


class ReferenceBlock(blocks.StructBlock):
    citation = blocks.CharBlock(label=_("citation"), max_length=500)
    doi = blocks.RegexBlock(
        label=_("DOI"),
        regex=r"^10\.\d{4,9}/\S+$",
        required=False,
        error_messages={"invalid": _("A DOI looks like 10.1038/gim.2015.30.")},
    )
    url = blocks.URLBlock(label=_("URL"), required=False)


class ReferencesBlock(blocks.StructBlock):
    items = blocks.ListBlock(ReferenceBlock(), label=_("references"), min_num=1)

    class Meta:
        icon = "openquote"
        label = _("Numbered references")
        template = "content/blocks/references.html"


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Text"), features=[*INLINE_FEATURES, "h3"], template="content/blocks/text.html"
    )
    heading = HeadingBlock()
    image = ImageBlock()
    figure = FigureBlock()
    key_points = KeyPointsBlock()
    callout = CalloutBlock()
    video = VideoBlock()
    faq = AccordionFAQBlock()
    references = ReferencesBlock()

    class Meta:
        block_counts = {"references": {"max_num": 1}}
