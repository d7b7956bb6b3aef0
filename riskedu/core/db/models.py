"""Typed SQLAlchemy models of the field logbook.

Records that travel to headquarters use `SyncMixin`. Attendance and the
session-facilitator links belong to their session and travel inside it: a
change to them bumps the session's version (see `stamping`).
"""

from __future__ import annotations

import os
from datetime import date, datetime, time

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    Time,
)
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from riskedu.core.categories import ADULT_BANDS, AGE_BANDS, CHILD_BANDS
from riskedu.core.db.base import Base, SyncMixin, new_id, utc_now


def new_signing_seed() -> str:
    """32 random bytes, hex: the seed of the installation's Ed25519 key."""
    return os.urandom(32).hex()


class LocalInstallation(Base):
    """This installation: its id, change counter and the profile set up on first run."""

    __tablename__ = "installation"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200), default="")
    counter: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    team_id: Mapped[str | None] = mapped_column(ForeignKey("teams.id"))
    educator_id: Mapped[str | None] = mapped_column(ForeignKey("facilitators.id"))
    country: Mapped[str] = mapped_column(String(2), default="KH")
    gazetteer_version: Mapped[str | None] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(10), default="en")
    # Sync identity: this installation's Ed25519 seed (hex; it signs its bundles) and,
    # once enrolled, headquarters' public key (bundles are sealed to it).
    signing_seed: Mapped[str] = mapped_column(String(64), default=new_signing_seed)
    headquarters_key: Mapped[str] = mapped_column(String(64), default="")

    @property
    def is_set_up(self) -> bool:
        return bool(self.organisation_id and self.team_id and self.educator_id)


class Organisation(SyncMixin, Base):
    """A mine action operator (national authority, NGO, Red Cross, ...)."""

    __tablename__ = "organisations"

    name: Mapped[str] = mapped_column(String(200))
    short_code: Mapped[str] = mapped_column(String(20))


class Team(SyncMixin, Base):
    """A risk-education team of an organisation."""

    __tablename__ = "teams"

    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"))
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(20), default="")

    organisation: Mapped[Organisation] = relationship()


class Facilitator(SyncMixin, Base):
    """A person who runs sessions."""

    __tablename__ = "facilitators"

    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    team_id: Mapped[str | None] = mapped_column(ForeignKey("teams.id"))
    name: Mapped[str] = mapped_column(String(200))
    sex: Mapped[str] = mapped_column(String(10), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")


class GazetteerVersion(Base):
    """One edition of a country's list of administrative units."""

    __tablename__ = "gazetteer_versions"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    country: Mapped[str] = mapped_column(String(2))
    title: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(300), default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class GazetteerUnit(Base):
    """A province (1), district (2), commune (3) or village (4) of a gazetteer version."""

    __tablename__ = "gazetteer_units"
    __table_args__ = (
        Index("ix_gazetteer_units_parent", "version", "level", "parent_code"),
    )

    version: Mapped[str] = mapped_column(ForeignKey("gazetteer_versions.id"), primary_key=True)
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    level: Mapped[int] = mapped_column(Integer)
    parent_code: Mapped[str] = mapped_column(String(20), default="")
    name_local: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))


def _inserting_installation(context) -> str | None:
    """The installation_id of the row being inserted (its creator), row by row."""
    return context.get_current_parameters().get("installation_id")


class EducationSession(SyncMixin, Base):
    """One risk-education session: who, where, when, how, for whom, and how many."""

    __tablename__ = "sessions"
    __table_args__ = (
        # The list is newest first: each filter's index ends in the date so a page
        # is read in order instead of sorting every match.
        Index("ix_sessions_date", "session_date"),
        Index("ix_sessions_province_date", "province_code", "session_date"),
        Index("ix_sessions_district_date", "district_code", "session_date"),
        Index("ix_sessions_status_date", "status", "deleted", "session_date"),
        Index("ix_sessions_report_code", "report_code"),
    )

    # The installation that created the session (`installation_id` is the last one to
    # change it): taken from the first version's installation_id when the row is
    # inserted, never changed, and carried in bundles. Headquarters' duplicate check
    # compares it, so an edit made at headquarters does not make a record look like its own.
    origin_installation_id: Mapped[str | None] = mapped_column(
        String(36), default=_inserting_installation)
    report_code: Mapped[str] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(12), default="draft")
    report_date: Mapped[date | None] = mapped_column(Date)
    session_date: Mapped[date | None] = mapped_column(Date)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)

    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    team_id: Mapped[str | None] = mapped_column(ForeignKey("teams.id"))
    project: Mapped[str] = mapped_column(String(200), default="")
    donor: Mapped[str] = mapped_column(String(200), default="")

    gazetteer_version: Mapped[str | None] = mapped_column(String(40))
    province_code: Mapped[str] = mapped_column(String(20), default="")
    district_code: Mapped[str] = mapped_column(String(20), default="")
    commune_code: Mapped[str] = mapped_column(String(20), default="")
    village_code: Mapped[str] = mapped_column(String(20), default="")
    place_text: Mapped[str] = mapped_column(String(300), default="")
    location_type: Mapped[str] = mapped_column(String(30), default="")
    gps_safe: Mapped[bool] = mapped_column(Boolean, default=False)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    gps_accuracy_m: Mapped[float | None] = mapped_column(Float)

    category: Mapped[str] = mapped_column(String(20), default="direct")
    activity: Mapped[str] = mapped_column(String(30), default="")
    method: Mapped[str] = mapped_column(String(30), default="")
    session_count: Mapped[int] = mapped_column(Integer, default=1)
    broadcast_start: Mapped[datetime | None] = mapped_column(DateTime)
    broadcast_end: Mapped[datetime | None] = mapped_column(DateTime)
    audience: Mapped[str] = mapped_column(String(30), default="")
    hazards: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")

    attendance: Mapped[Attendance] = relationship(
        back_populates="session", uselist=False, cascade="all, delete-orphan")
    facilitators: Mapped[list[Facilitator]] = relationship(
        secondary="session_facilitators", order_by="Facilitator.name")
    participants: Mapped[list[Participant]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="Participant.position")
    hazard_reports: Mapped[list[HazardReport]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="HazardReport.position")
    status_changes: Mapped[list[StatusChange]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="StatusChange.changed_at")

    @property
    def place_outside_gazetteer(self) -> bool:
        """True when the place is free text because the village is not in the gazetteer."""
        return not self.village_code and bool(self.place_text.strip())


def _band_sum(obj, prefix: str, bands: tuple[str, ...]):
    return sum((getattr(obj, f"{prefix}_{band}") for band in bands), 0)


class Attendance(Base):
    """Attendance of one session: sex × fine age band, disability by sex, first-timers.

    Girls, boys, women, men and totals are derived, never stored. Each derived
    value is a hybrid: plain arithmetic on an object, a SQL expression in queries.
    """

    __tablename__ = "attendance"
    __sync_parent__ = "session"

    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True)
    female_0_5: Mapped[int] = mapped_column(Integer, default=0)
    female_6_12: Mapped[int] = mapped_column(Integer, default=0)
    female_13_17: Mapped[int] = mapped_column(Integer, default=0)
    female_18_49: Mapped[int] = mapped_column(Integer, default=0)
    female_50_59: Mapped[int] = mapped_column(Integer, default=0)
    female_60_plus: Mapped[int] = mapped_column(Integer, default=0)
    male_0_5: Mapped[int] = mapped_column(Integer, default=0)
    male_6_12: Mapped[int] = mapped_column(Integer, default=0)
    male_13_17: Mapped[int] = mapped_column(Integer, default=0)
    male_18_49: Mapped[int] = mapped_column(Integer, default=0)
    male_50_59: Mapped[int] = mapped_column(Integer, default=0)
    male_60_plus: Mapped[int] = mapped_column(Integer, default=0)
    disabled_female: Mapped[int] = mapped_column(Integer, default=0)
    disabled_male: Mapped[int] = mapped_column(Integer, default=0)
    first_time: Mapped[int] = mapped_column(Integer, default=0)

    session: Mapped[EducationSession] = relationship(back_populates="attendance")

    @hybrid_property
    def girls(self) -> int:
        return _band_sum(self, "female", CHILD_BANDS)

    @hybrid_property
    def boys(self) -> int:
        return _band_sum(self, "male", CHILD_BANDS)

    @hybrid_property
    def women(self) -> int:
        return _band_sum(self, "female", ADULT_BANDS)

    @hybrid_property
    def men(self) -> int:
        return _band_sum(self, "male", ADULT_BANDS)

    @hybrid_property
    def female(self) -> int:
        return self.girls + self.women

    @hybrid_property
    def male(self) -> int:
        return self.boys + self.men

    @hybrid_property
    def total(self) -> int:
        return self.female + self.male

    @hybrid_property
    def disability(self) -> int:
        return self.disabled_female + self.disabled_male

    def count(self, sex: str, band: str) -> int:
        return getattr(self, f"{sex}_{band}")


ATTENDANCE_GRID_FIELDS = tuple(
    f"{sex}_{band}" for sex in ("female", "male") for band in AGE_BANDS.codes)
ATTENDANCE_FIELDS = ATTENDANCE_GRID_FIELDS + ("disabled_female", "disabled_male", "first_time")


# Who ran a session. The links travel with their session: changing them changes
# the session's `facilitators` collection, which bumps the session's version.
session_facilitators = Table(
    "session_facilitators", Base.metadata,
    Column("session_id", ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True),
    Column("facilitator_id", ForeignKey("facilitators.id"), primary_key=True),
)


class Participant(SyncMixin, Base):
    """A named person on a session's roster (for certificates and follow-up)."""

    __tablename__ = "participants"

    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"),
                                            index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    name_latin: Mapped[str] = mapped_column(String(200), default="")
    sex: Mapped[str] = mapped_column(String(10), default="")
    age: Mapped[int | None] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(30), default="participant")
    phone: Mapped[str] = mapped_column(String(40), default="")

    session: Mapped[EducationSession] = relationship(back_populates="participants")


class HazardReport(SyncMixin, Base):
    """A report of a suspected hazard or dangerous area raised by participants."""

    __tablename__ = "hazard_reports"

    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"),
                                            index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    place: Mapped[str] = mapped_column(String(300), default="")
    ordnance_type: Mapped[str] = mapped_column(String(30), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    referred_to: Mapped[str] = mapped_column(String(200), default="")

    session: Mapped[EducationSession] = relationship(back_populates="hazard_reports")


class StatusChange(SyncMixin, Base):
    """Who moved a session between draft and final, and when."""

    __tablename__ = "status_changes"

    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"),
                                            index=True)
    from_status: Mapped[str] = mapped_column(String(12))
    to_status: Mapped[str] = mapped_column(String(12))
    changed_by: Mapped[str] = mapped_column(String(200), default="")
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)

    session: Mapped[EducationSession] = relationship(back_populates="status_changes")


# In their own modules: the audit trail (travels), the trash and the app lock (local);
# materials, their ledger and the sessions' material lines.
from riskedu.core.db.audit_models import AppLock, AuditEntry, TrashItem  # noqa: E402,F401
from riskedu.core.db.material_models import MATERIAL_SYNC_MODELS  # noqa: E402

# What this installation knows of other installations, bundles and conflicts.
from riskedu.core.db.sync_models import (  # noqa: E402,F401
    BundleLog,
    ExportMark,
    KnownInstallation,
    SyncConflict,
)

SYNC_MODELS = (Organisation, Team, Facilitator, EducationSession, Participant, HazardReport,
               StatusChange, AuditEntry) + MATERIAL_SYNC_MODELS

# "What changed since counter N of installation X" is how bundles pick their records.
for _model in SYNC_MODELS:
    Index(f"ix_{_model.__tablename__}_sync", _model.installation_id, _model.change_counter)

# Organisation details printed on certificates and summaries (this installation's own).
from riskedu.core.db.print_models import PrintDetailsRow  # noqa: E402,F401

# The dashboard's derived summary of the sessions (local, kept exact on every write).
from riskedu.core.db.summary_models import DashboardSummary  # noqa: E402,F401
