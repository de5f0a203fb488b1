"""The database refuses to change audit events, as it does ledger entries: updates everywhere,
deletes on PostgreSQL (on SQLite the test suite empties tables with DELETE)."""

from importlib import import_module

from django.db import migrations

ledger = import_module("cpd.migrations.0002_ledger_append_only")

POSTGRES_UP = """
CREATE FUNCTION accounts_audit_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit events are append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER accounts_audit_append_only BEFORE UPDATE OR DELETE ON accounts_auditevent
    FOR EACH ROW EXECUTE FUNCTION accounts_audit_is_append_only();
"""
POSTGRES_DOWN = """
DROP TRIGGER IF EXISTS accounts_audit_append_only ON accounts_auditevent;
DROP FUNCTION IF EXISTS accounts_audit_is_append_only();
"""
SQLITE_UP = """
CREATE TRIGGER accounts_audit_append_only BEFORE UPDATE ON accounts_auditevent
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;
"""
SQLITE_DOWN = "DROP TRIGGER IF EXISTS accounts_audit_append_only;"


def up(apps, schema_editor):
    ledger._run(schema_editor, POSTGRES_UP, SQLITE_UP)


def down(apps, schema_editor):
    ledger._run(schema_editor, POSTGRES_DOWN, SQLITE_DOWN)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0003_audit_trail"), ("cpd", "0002_ledger_append_only")]

    operations = [migrations.RunPython(up, down)]
