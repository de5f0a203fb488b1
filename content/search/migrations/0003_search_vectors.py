"""The site search's own vectors (`SearchDocument.search_vector` and `rank_vector`).

Nullable columns without a default: adding them is a catalogue change only, however big the
table. Migration 0004 fills them, 0005 indexes `search_vector`.
"""

import django.contrib.postgres.search
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("content_search", "0002_index_entry_title_body_gin"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="rank_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="searchdocument",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
    ]
