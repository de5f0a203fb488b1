"""A URLconf with a view that fails, to exercise the 500 page in each language."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path


def broken(request):
    raise RuntimeError("deliberate failure for the 500 page test")


handler500 = "academy.views.server_error"
urlpatterns = i18n_patterns(path("broken/", broken), prefix_default_language=True)
