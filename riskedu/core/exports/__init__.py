"""Exports for partners: XLSX workbooks, CSV with an HXL hashtag row, a flat 5W list.

Rows stream from the database (server-side cursors on PostgreSQL) straight into the
file, so a million sessions never sit in memory; the file appears, complete, only when
written (temporary name, fsync, rename). Columns and hashtags: `docs/exports.md`.
"""

from riskedu.core.exports.run import FORMATS, ExportResult, export_table

__all__ = ["FORMATS", "ExportResult", "export_table"]
