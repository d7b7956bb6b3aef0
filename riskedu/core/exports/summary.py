"""The summary sheet: totals of the exported period and sessions by province, in SQL."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from riskedu.core.db.material_models import SessionMaterial
from riskedu.core.db.models import Attendance, EducationSession
from riskedu.core.exports.rows import Names, Period
from riskedu.core.queries import SessionFilter, totals

S, A = EducationSession, Attendance


def summary_rows(session: Session, period: Period, names: Names) -> list[tuple]:
    """(label, value) lines, then a blank line and a table of sessions by province."""
    summed = totals(session, SessionFilter(date_from=period.start, date_to=period.end))
    copies = session.scalar(
        select(func.coalesce(func.sum(SessionMaterial.quantity), 0))
        .join(S, S.id == SessionMaterial.session_id)
        .where(SessionMaterial.deleted.is_(False), *period.conditions()))
    rows: list[tuple] = [
        ("Sessions from", period.start or "(first)"),
        ("Sessions to", period.end or "(last)"),
        ("Exported at (UTC)", datetime.now(UTC).replace(tzinfo=None, microsecond=0)),
        ("Sessions", summed.sessions),
        ("Total beneficiaries", summed.total),
        ("Girls (under 18)", summed.girls),
        ("Boys (under 18)", summed.boys),
        ("Women (18+)", summed.women),
        ("Men (18+)", summed.men),
        ("Persons with disability", summed.disability),
        ("First-time beneficiaries", summed.first_time),
        ("Hazard reports", summed.hazard_reports),
        ("Materials handed out (copies)", int(copies or 0)),
        (),
        ("Province code", "Province", "Sessions", "Total beneficiaries"),
    ]
    by_province = session.execute(
        select(S.province_code, S.gazetteer_version, func.count(),
               func.coalesce(func.sum(A.total), 0))
        .outerjoin(A, A.session_id == S.id).where(*period.conditions())
        .group_by(S.province_code, S.gazetteer_version).order_by(S.province_code))
    for code, version, sessions, beneficiaries in by_province:
        rows.append((code, names.place(version, code), sessions, int(beneficiaries)))
    return rows
