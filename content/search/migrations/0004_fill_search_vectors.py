"""Fill the site search's vectors of existing documents (PostgreSQL; other databases leave them
NULL and search through Wagtail's backend).

Computed by PostgreSQL from each row's own `index_title` and `index_body`, the same expressions
as `content.search.models.vector_values` (repeated here so that later changes to the model do not
change what this migration did). Non-atomic, in batches of 1,000 documents by primary key, each
committed on its own: a big table is never locked or rewritten as a whole, a failure keeps what
was done, and running it again redoes the same values. Only these two columns are written;
a document saved meanwhile by `content.search.services._write` gets the same values either way,
since each UPDATE recomputes them from the row it updates.
"""

from django.db import migrations

BATCH = 1000
FILL = """
UPDATE content_search_searchdocument SET
    search_vector = setweight(to_tsvector('simple'::regconfig, COALESCE(index_title, '')), 'A')
        || setweight(to_tsvector('simple'::regconfig, COALESCE(index_body, '')), 'D'),
    rank_vector = setweight(to_tsvector('simple'::regconfig, COALESCE(index_title, '')), 'A')
        || setweight(to_tsvector('simple'::regconfig, COALESCE(
            array_to_string((string_to_array(index_body, ' '))[1:200], ' '), '')), 'B')
WHERE id IN (
    SELECT id FROM content_search_searchdocument WHERE id > %s ORDER BY id LIMIT %s
)
RETURNING id
"""


def fill(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    last = 0
    with schema_editor.connection.cursor() as cursor:
        while True:
            cursor.execute(FILL, [last, BATCH])
            ids = [row[0] for row in cursor.fetchall()]
            if not ids:
                break
            last = max(ids)


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("content_search", "0003_search_vectors"),
    ]

    # Going back, 0003's reversal drops the columns: nothing to undo here.
    operations = [migrations.RunPython(fill, migrations.RunPython.noop, elidable=True)]
