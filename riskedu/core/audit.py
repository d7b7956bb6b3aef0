"""The audit trail of final records: who changed what, field by field, and when.

A record is audited once it has been final: every later save (the corrections made
after a reopen included), finalise, reopen, delete and restore adds one entry. Drafts
that were never final are work in progress and are not audited; their first
finalisation is recorded as an event without field changes.

Values are kept as readable text (child rows such as roster lines as one line each),
so headquarters can read the history without this installation's other records.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from riskedu.core.db.audit_models import AuditEntry
from riskedu.core.db.material_models import Material
from riskedu.core.db.models import EducationSession, Facilitator, LocalInstallation, StatusChange
from riskedu.core.db.stamping import INSTALLATION_KEY
from riskedu.core.forms import SessionForm

Snapshot = dict[str, str]
# Form parts that are not one plain value; each has its own readable form below.
_COMPOSITE = {"id", "status", "attendance", "facilitator_ids", "participants",
              "hazard_reports", "materials", "hazards"}
_CHILD_PARTS = ("participants", "hazard_reports", "materials")

EDITED, FINALISED, REOPENED, DELETED, RESTORED = (
    "edited", "finalised", "reopened", "deleted", "restored")


def is_audited(session: Session, record: EducationSession) -> bool:
    """Whether the record is or has ever been final."""
    if record.status == "final":
        return True
    return session.scalar(select(StatusChange.id).where(
        StatusChange.session_id == record.id, StatusChange.to_status == "final").limit(1)
    ) is not None


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (date, datetime, time)):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    return str(value)


def _joined(*parts) -> str:
    return " · ".join(_text(part) for part in parts if _text(part))


def _material_title(session: Session, material_id: str) -> str:
    material = session.get(Material, material_id)
    return material.titles[0].title if material is not None and material.titles else material_id


def snapshot(session: Session, form: SessionForm) -> Snapshot:
    """The readable value of every field and child row of a session's form."""
    values: Snapshot = {f.name: _text(getattr(form, f.name)) for f in fields(form)
                        if f.name not in _COMPOSITE}
    values["hazards"] = ", ".join(form.hazards or [])
    values.update({f"attendance.{key}": _text(count) for key, count in form.attendance.items()})
    people = (session.get(Facilitator, fid) for fid in form.facilitator_ids)
    values["facilitators"] = ", ".join(sorted(p.name for p in people if p is not None))
    for line in form.participants:
        values[f"participants.{line.id}"] = _joined(
            line.name, line.name_latin, line.sex, line.age, line.role, line.phone)
    for line in form.hazard_reports:
        values[f"hazard_reports.{line.id}"] = _joined(
            line.place, line.ordnance_type, line.description, line.referred_to)
    for line in form.materials:
        values[f"materials.{line.id}"] = _joined(
            _material_title(session, line.material_id), f"× {line.quantity}", line.language)
    return values


def _field_name(key: str) -> str:
    """Child rows are named by their list (participants, ...), not by their id."""
    part = key.split(".", 1)[0]
    return part if part in _CHILD_PARTS else key


def differences(before: Snapshot, after: Snapshot) -> list[dict]:
    """What changed from `before` to `after`, one entry per field or child row."""
    changes = []
    for key in list(before) + [k for k in after if k not in before]:
        old, new = before.get(key, ""), after.get(key, "")
        if old != new:
            changes.append({"field": _field_name(key), "before": old, "after": new})
    return changes


def add_entry(session: Session, record: EducationSession, event: str, *, by: str,
              changes: list[dict] | None = None) -> AuditEntry:
    """Append one entry for `record` (the current educator profile is who did it)."""
    installation = session.get(LocalInstallation, session.info.get(INSTALLATION_KEY))
    entry = AuditEntry(record_table="sessions", record_id=record.id,
                       report_code=record.report_code or "", event=event, changed_by=by,
                       changed_by_id=(installation.educator_id or "") if installation else "",
                       changes=changes or [])
    session.add(entry)
    return entry


def history(session: Session, record_id: str) -> list[AuditEntry]:
    """A record's audit entries, oldest first (from every installation)."""
    return list(session.scalars(select(AuditEntry).where(
        AuditEntry.record_id == record_id, AuditEntry.deleted.is_(False))
        .order_by(AuditEntry.changed_at, AuditEntry.id)))
