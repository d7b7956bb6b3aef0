"""Database: engine factory, models and Alembic migrations."""
