"""Domain layer: records, rules and aggregation. Plain Python and SQLAlchemy, never Qt."""
