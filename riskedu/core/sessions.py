"""Create, edit, finalise, reopen and delete session records. Every write goes through here."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from riskedu.core import audit, trash
from riskedu.core.db.base import new_id
from riskedu.core.db.models import (
    ATTENDANCE_FIELDS,
    Attendance,
    EducationSession,
    Facilitator,
    GazetteerUnit,
    HazardReport,
    LocalInstallation,
    Organisation,
    Participant,
    StatusChange,
    Team,
)
from riskedu.core.forms import HazardReportLine, ParticipantLine, SessionForm
from riskedu.core.i18n import QT_TRANSLATE_NOOP
from riskedu.core.session_stock import (
    delete_material_lines,
    load_material_lines,
    material_line_problems,
    write_material_lines,
)
from riskedu.core.validation import ValidationFailed, problem, validate

# Form fields copied one to one onto the session row.
_SCALAR_FIELDS = tuple(
    f.name for f in fields(SessionForm)
    if f.name not in {"id", "status", "attendance", "facilitator_ids", "participants",
                      "hazard_reports", "materials"})


class RecordNotFound(LookupError):
    """The session does not exist (or was deleted)."""


@dataclass(frozen=True)
class SaveResult:
    """What a save changed, for the window to refresh just that row."""

    session_id: str
    report_code: str
    status: str
    created: bool


def new_session_form(session: Session, installation: LocalInstallation,
                     today: date | None = None) -> SessionForm:
    """A blank form with this installation's sensible defaults."""
    today = today or date.today()
    return SessionForm(
        report_date=today, session_date=today,
        organisation_id=installation.organisation_id, team_id=installation.team_id,
        gazetteer_version=installation.gazetteer_version,
        facilitator_ids=[installation.educator_id] if installation.educator_id else [],
        category="direct", activity="direct_re", method="interactive_group",
    )


def next_report_code(session: Session, organisation_id: str | None, team_id: str | None,
                     day: date) -> str:
    """`{ORG}-RE-{yyyymmdd}-{nnn}` (with `-{TEAM}` after ORG when the team has a code),
    numbered after the highest code already used for that prefix."""
    organisation = session.get(Organisation, organisation_id) if organisation_id else None
    team = session.get(Team, team_id) if team_id else None
    org = organisation.short_code if organisation else "RE"
    prefix = f"{org}-{team.code}" if team and team.code else org
    stem = f"{prefix}-RE-{day:%Y%m%d}-"
    last = session.scalar(select(func.max(EducationSession.report_code))
                          .where(EducationSession.report_code.like(f"{stem}%")))
    number = int(last.rsplit("-", 1)[1]) + 1 if last and last.rsplit("-", 1)[1].isdigit() else 1
    return f"{stem}{number:03d}"


def _live_session(session: Session, session_id: str) -> EducationSession:
    record = session.get(EducationSession, session_id)
    if record is None or record.deleted:
        raise RecordNotFound(session_id)
    return record


def _sync_children(record: EducationSession, relation: str, model, lines, attrs) -> list:
    """Update children from form lines by id; children no longer listed become tombstones
    (returned)."""
    existing = {child.id: child for child in getattr(record, relation)}
    kept = set()
    for position, line in enumerate(lines):
        child = existing.get(line.id) if line.id else None
        if child is None:
            child = model(id=new_id())
            getattr(record, relation).append(child)
        child.position = position
        child.deleted = False
        for attr in attrs:
            setattr(child, attr, getattr(line, attr))
        kept.add(child.id)
    removed = [child for child_id, child in existing.items()
               if child_id not in kept and not child.deleted]
    for child in removed:
        child.deleted = True
    return removed


_PARTICIPANT_ATTRS = ("name", "name_latin", "sex", "age", "role", "phone")
_HAZARD_REPORT_ATTRS = ("place", "ordnance_type", "description", "referred_to")


def _report_label(report: HazardReport) -> str:
    """A hazard report as the trash lists it: where, and what was seen."""
    return " · ".join(part for part in (report.place, report.description[:60]) if part) \
        or report.ordnance_type


def _record_status(session: Session, record: EducationSession, to_status: str,
                   by: str) -> None:
    if record.status != to_status:
        record.status_changes.append(StatusChange(
            session_id=record.id, from_status=record.status, to_status=to_status, changed_by=by))
        record.status = to_status


def save_session(session: Session, form: SessionForm, *, by: str, finalise: bool = False,
                 today: date | None = None) -> SaveResult:
    """Validate and write `form` (as a draft, or final when `finalise`). Nothing is written
    when a rule fails: `ValidationFailed` lists every problem."""
    record = _live_session(session, form.id) if form.id else None
    if record is not None and record.status != "draft" and not finalise:
        raise ValidationFailed([problem("status", QT_TRANSLATE_NOOP(
            "validation", "This record is final. Reopen it for correction before editing."))])
    problems = validate(form, final=finalise, today=today)
    problems += material_line_problems(session, form.materials, record.id if record else None)
    if problems:
        raise ValidationFailed(problems)
    created = record is None
    audited = not created and audit.is_audited(session, record)
    before = audit.snapshot(session, load_form(session, record.id)) if audited else None
    was_final = record is not None and record.status == "final"
    with session.no_autoflush:  # one flush, one version bump per save
        if created:
            record = EducationSession(id=form.id or new_id(), status="draft",
                                      attendance=Attendance())
            session.add(record)
        for name in _SCALAR_FIELDS:
            setattr(record, name, getattr(form, name))
        if not record.report_code:
            record.report_code = next_report_code(session, form.organisation_id, form.team_id,
                                                  form.session_date or today or date.today())
        for key in ATTENDANCE_FIELDS:
            setattr(record.attendance, key, form.attendance[key])
        people = (session.get(Facilitator, fid) for fid in form.facilitator_ids)
        record.facilitators = [person for person in people if person is not None]
        removed = _sync_children(record, "participants", Participant, form.participants,
                                 _PARTICIPANT_ATTRS)
        reports = _sync_children(record, "hazard_reports", HazardReport, form.hazard_reports,
                                 _HAZARD_REPORT_ATTRS)
        write_material_lines(session, record, form.materials, by=by, today=today)
        if finalise:
            _record_status(session, record, "final", by)
    session.flush()
    for person in removed:  # a roster entry removed by this save can be restored
        trash.put_in_trash(session, trash.PARTICIPANT, person, [person], label=person.name,
                           detail=record.report_code, by=by)
    for report in reports:  # and so can a hazard report
        trash.put_in_trash(session, trash.HAZARD_REPORT, report, [report],
                           label=_report_label(report), detail=record.report_code, by=by)
    _audit_save(session, record, before, finalised=finalise and not was_final, by=by)
    session.flush()
    return SaveResult(record.id, record.report_code, record.status, created)


def _audit_save(session: Session, record: EducationSession, before: audit.Snapshot | None,
                *, finalised: bool, by: str) -> None:
    """Field changes of a record that has been final; the first finalisation as an event."""
    changes = audit.differences(before, audit.snapshot(session, load_form(session, record.id))
                                ) if before is not None else []
    if finalised:
        audit.add_entry(session, record, audit.FINALISED, by=by, changes=changes)
    elif changes:
        audit.add_entry(session, record, audit.EDITED, by=by, changes=changes)


def load_form(session: Session, session_id: str) -> SessionForm:
    """The editable form of a saved session."""
    record = _live_session(session, session_id)
    form = SessionForm(id=record.id, status=record.status,
                       attendance={k: getattr(record.attendance, k) for k in ATTENDANCE_FIELDS},
                       facilitator_ids=[f.id for f in record.facilitators])
    for name in _SCALAR_FIELDS:
        setattr(form, name, getattr(record, name))
    form.hazards = list(record.hazards or [])
    form.participants = [
        ParticipantLine(id=p.id, **{a: getattr(p, a) for a in _PARTICIPANT_ATTRS})
        for p in record.participants if not p.deleted]
    form.hazard_reports = [
        HazardReportLine(id=h.id, **{a: getattr(h, a) for a in _HAZARD_REPORT_ATTRS})
        for h in record.hazard_reports if not h.deleted]
    form.materials = load_material_lines(session, record.id)
    return form


def finalise_session(session: Session, session_id: str, *, by: str,
                     today: date | None = None) -> SaveResult:
    """Mark a saved draft final after checking every rule."""
    return save_session(session, load_form(session, session_id), by=by, finalise=True,
                        today=today)


def reopen_session(session: Session, session_id: str, *, by: str) -> SaveResult:
    """Put a final record back to draft for correction; who and when is recorded."""
    record = _live_session(session, session_id)
    if record.status != "draft":
        audit.add_entry(session, record, audit.REOPENED, by=by)
    _record_status(session, record, "draft", by)
    session.flush()
    return SaveResult(record.id, record.report_code, record.status, False)


def delete_session(session: Session, session_id: str, *, by: str = "") -> str:
    """Tombstone a session, its roster, reports and hand-outs (they may already have
    travelled); the copies it handed out count as stock again. It stays in the trash,
    restorable, until it is exported; returns the trash item's id."""
    record = _live_session(session, session_id)
    if audit.is_audited(session, record):
        audit.add_entry(session, record, audit.DELETED, by=by)
    record.deleted = True
    children = [c for c in record.participants + record.hazard_reports if not c.deleted]
    for child in children:
        child.deleted = True
    hand_outs = delete_material_lines(session, session_id)
    session.flush()
    item = trash.put_in_trash(session, trash.SESSION, record, [record, *children, *hand_outs],
                              label=record.report_code, detail=_where(session, record), by=by)
    session.flush()
    return item.id


def _where(session: Session, record: EducationSession) -> str:
    """'2026-11-20 · Ou Thum': the session's date and place, for the trash list."""
    day = record.session_date.isoformat() if record.session_date else ""
    village = session.get(GazetteerUnit, (record.gazetteer_version, record.village_code)) \
        if record.gazetteer_version and record.village_code else None
    place = village.name_en if village is not None else record.place_text
    return " · ".join(part for part in (day, place) if part)


def restore_from_trash(session: Session, trash_id: str, *, by: str = "") -> str:
    """Undo a delete (see `trash.restore`); returns the restored record's id."""
    item = trash.restore(session, trash_id)
    if item.kind == trash.SESSION:
        record = session.get(EducationSession, item.record_id)
        if audit.is_audited(session, record):
            audit.add_entry(session, record, audit.RESTORED, by=by)
            session.flush()
    return item.record_id
