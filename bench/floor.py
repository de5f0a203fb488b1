"""The framework floor: the project's own settings and middleware, served by the same gunicorn,
with one view that returns a saved page's bytes. `bench/run.py` saves the pages it measures in
$BENCH_PAGES and serves them here, so each page can be compared with the cost of Django alone.

    gunicorn bench.floor:application
"""

import os
from pathlib import Path

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings.production")
PAGES = {page.name: page.read_bytes() for page in Path(os.environ["BENCH_PAGES"]).iterdir()}


def page(request, name: str) -> HttpResponse:
    return HttpResponse(PAGES[name], content_type="text/html; charset=utf-8")


urlpatterns = [path("floor/<str:name>", page)]

settings.ROOT_URLCONF = __name__
application = get_wsgi_application()
