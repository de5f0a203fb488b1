"""Give the reference site one page holding the HTML in the file named on the command line, at
/article/ (run with DJANGO_SETTINGS_MODULE=bench.reference.settings, after migrate)."""

import sys
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
django.setup()

from wagtail.models import Page, Site  # noqa: E402

from bench.reference.models import ReferencePage  # noqa: E402

body = Path(sys.argv[1]).read_text()
root = Page.get_first_root_node()
home = root.get_children().first()
article = ReferencePage.objects.filter(slug="article").first()
if article is None:
    article = home.add_child(instance=ReferencePage(title="Article", slug="article", body=body))
else:
    article.body = body
    article.save_revision().publish()
Site.objects.update(root_page=home, hostname="127.0.0.1", is_default_site=True)
print(article.url)
