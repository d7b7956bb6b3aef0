"""Sync bundles: the file a field installation carries to headquarters, and back. No Qt."""
