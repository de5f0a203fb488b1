from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from academy import views
from content import routing
from content.feeds import ArticleFeed, NewsFeed
from content.sitemap import sitemap

handler404 = "academy.views.page_not_found"
handler500 = "academy.views.server_error"

urlpatterns = [
    path("", views.root, name="root"),
    path("healthz", views.healthz, name="healthz"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    # Before the admins' own: they would sign in without the second factor (academy.views).
    path("admin/login/", views.sign_in_instead, name="admin_sign_in"),
    path("django-admin/login/", views.sign_in_instead, name="django_admin_sign_in"),
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("cpd.certificates.urls_public")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("accounts/", include("accounts.urls")),
    path("feeds/articles/", ArticleFeed(), name="article_feed"),
    path("feeds/news/", NewsFeed(), name="news_feed"),
    path("search/", include("content.search.urls")),
    path("learning/", include("courses.urls")),
    path("cpd/", include("cpd.urls")),
    path("", include("cpd.certificates.urls")),
    path("internships/", include("cpd.internships.urls")),
    path("_util/login/", views.sign_in_instead, {"fallback": "/"}, name="page_sign_in"),
    # Wagtail's catch-all page route comes last: its serve view, with routes remembered
    # (content.routing), ahead of Wagtail's own patterns under the same name.
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
