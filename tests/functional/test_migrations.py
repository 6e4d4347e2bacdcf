"""The migrations build the schema the models describe, on SQLite and PostgreSQL."""

import uuid

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect
from sqlalchemy.engine import make_url

from config import TestingConfig
from gsnp_events import create_app
from gsnp_events.extensions import db
from gsnp_events.migration_support import compare_type
from tests.conftest import USING_POSTGRES, _admin_execute, _postgres_admin_url


def test_models_and_migrations_agree():
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": compare_type})
        assert compare_metadata(context, db.metadata) == []


def test_upgrade_from_empty_downgrade_and_upgrade_again(tmp_path):
    if USING_POSTGRES:
        name = f"gsnp_roundtrip_{uuid.uuid4().hex[:8]}"
        _admin_execute(f'CREATE DATABASE "{name}"')
        url = make_url(_postgres_admin_url()).set(database=name).render_as_string(False)
    else:
        url = f"sqlite:///{tmp_path / 'roundtrip.sqlite'}"

    class Config(TestingConfig):
        SQLALCHEMY_DATABASE_URI = url

    fresh = create_app(Config)
    try:
        with fresh.app_context():
            upgrade(revision="heads")
            assert {"registrations", "badges", "countries"} <= set(
                inspect(db.engine).get_table_names()
            )
            downgrade(revision="base")
            assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
            upgrade(revision="heads")
            assert "registrations" in inspect(db.engine).get_table_names()
            db.engine.dispose()
    finally:
        if USING_POSTGRES:
            _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_the_migrations_form_one_line(app):
    """`flask db upgrade` (to "head") needs exactly one head."""
    from alembic.script import ScriptDirectory

    config = app.extensions["migrate"].migrate.get_config()
    heads = ScriptDirectory.from_config(config).get_heads()
    assert len(heads) == 1, f"several heads: {heads}; chain the newest migration after the others"
