"""riskedu: offline-first field logbook for explosive ordnance risk education."""

__version__ = "0.2.0"
