"""A GIN index on the expression Wagtail's PostgreSQL search filters by, `title || body`.

The backend matches `(title || body) @@ query`; the separate indexes on `title` and `body` cannot
serve that expression, so every search read and concatenated every entry's vectors (330 ms for
500 articles, growing with the corpus; see bench/RESULTS.md). With this index PostgreSQL finds
the matching entries from the index (37 ms). Other databases keep their own search tables.
"""

from django.db import migrations

INDEX = "content_search_indexentry_title_body_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
            "USING gin ((title || body))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("content_search", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
