"""A GIN index on `SearchDocument.search_vector`, which the site search matches on (PostgreSQL).

Built CONCURRENTLY (outside a transaction) so documents can still be written while it builds on
a big table; IF NOT EXISTS so a run interrupted after the build can be repeated. An interrupted
concurrent build can leave an INVALID index behind: dropping it and migrating again rebuilds it.
Other databases keep their own search tables and get no index.
"""

from django.db import migrations

INDEX = "content_search_document_vector_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {INDEX} "
            "ON content_search_searchdocument USING gin (search_vector)"
        )
        # Statistics for the columns 0004 just filled, rather than waiting for autovacuum.
        schema_editor.execute("ANALYZE content_search_searchdocument")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("content_search", "0004_fill_search_vectors"),
    ]

    operations = [migrations.RunPython(create, drop)]
