from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.http import require_safe

from content.search import services, text


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    """The site search: /<lang>/search/?q=…&page=…, over pages and glossary terms in the
    reader's language."""
    outcome = services.search(
        request.GET.get("q", ""),
        translation.get_language() or "en",
        request.GET.get("page"),
    )
    return render(
        request,
        "content/search.html",
        {"search": outcome, "max_length": text.MAX_QUERY_LENGTH},
    )
