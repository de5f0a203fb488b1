"""The database itself refuses to change ledger entries: updates on every database, deletes on
PostgreSQL. (On SQLite the test suite empties tables with DELETE, so deletes are refused by the
model only there; SQLite is the embedded default, never production.)"""

from django.db import migrations

POSTGRES_UP = """
CREATE FUNCTION cpd_ledger_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'cpd ledger entries are append-only: record a reversing entry';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER cpd_ledger_append_only BEFORE UPDATE OR DELETE ON cpd_ledgerentry
    FOR EACH ROW EXECUTE FUNCTION cpd_ledger_is_append_only();
"""
POSTGRES_DOWN = """
DROP TRIGGER IF EXISTS cpd_ledger_append_only ON cpd_ledgerentry;
DROP FUNCTION IF EXISTS cpd_ledger_is_append_only();
"""
SQLITE_UP = """
CREATE TRIGGER cpd_ledger_append_only BEFORE UPDATE ON cpd_ledgerentry
BEGIN
    SELECT RAISE(ABORT, 'cpd ledger entries are append-only: record a reversing entry');
END;
"""
SQLITE_DOWN = "DROP TRIGGER IF EXISTS cpd_ledger_append_only;"


def up(apps, schema_editor):
    _run(schema_editor, POSTGRES_UP, SQLITE_UP)


def down(apps, schema_editor):
    _run(schema_editor, POSTGRES_DOWN, SQLITE_DOWN)


def _run(schema_editor, postgres, sqlite):
    vendor = schema_editor.connection.vendor
    sql = {"postgresql": postgres, "sqlite": sqlite}.get(vendor)
    if sql is None:
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("cpd", "0001_schemes_and_ledger")]

    operations = [migrations.RunPython(up, down)]
