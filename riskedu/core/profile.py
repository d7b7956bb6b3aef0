"""The one-time set-up of an installation: organisation, team, educator, gazetteer."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from riskedu.core.db.models import Facilitator, LocalInstallation, Organisation, Team
from riskedu.core.gazetteer import CAMBODIA_VERSION
from riskedu.core.i18n import QT_TRANSLATE_NOOP
from riskedu.core.validation import Problem, ValidationFailed, problem


@dataclass
class SetupForm:
    """What the first-run dialog asks."""

    organisation_name: str = ""
    organisation_code: str = ""
    team_name: str = ""
    team_code: str = ""
    educator_name: str = ""
    educator_sex: str = ""
    country: str = "KH"
    gazetteer_version: str = CAMBODIA_VERSION
    language: str = "en"


ORGANISATION_NAME_MISSING = QT_TRANSLATE_NOOP("validation", "Enter the organisation's name.")
ORGANISATION_CODE_INVALID = QT_TRANSLATE_NOOP(
    "validation", "Enter a short organisation code of letters and digits (at most 12).")
TEAM_NAME_MISSING = QT_TRANSLATE_NOOP("validation", "Enter the team's name.")
EDUCATOR_NAME_MISSING = QT_TRANSLATE_NOOP("validation", "Enter your name.")
FACILITATOR_NAME_MISSING = QT_TRANSLATE_NOOP("validation", "Enter the facilitator's name.")


def validate_setup(form: SetupForm) -> list[Problem]:
    problems = []
    if not form.organisation_name.strip():
        problems.append(problem("organisation_name", ORGANISATION_NAME_MISSING))
    code = form.organisation_code.strip()
    if not code or not code.replace("-", "").isalnum() or len(code) > 12:
        problems.append(problem("organisation_code", ORGANISATION_CODE_INVALID))
    if not form.team_name.strip():
        problems.append(problem("team_name", TEAM_NAME_MISSING))
    if not form.educator_name.strip():
        problems.append(problem("educator_name", EDUCATOR_NAME_MISSING))
    return problems


def find_or_add(session: Session, model, **match):
    """The live record matching `match`, created (and flushed) when there is none."""
    found = session.scalars(select(model).filter_by(deleted=False, **match)).first()
    if found is None:
        found = model(**match)
        session.add(found)
        session.flush()
    return found


def apply_setup(session: Session, installation_id: str, form: SetupForm) -> LocalInstallation:
    """Create (or reuse) organisation, team and educator and remember them as this profile."""
    problems = validate_setup(form)
    if problems:
        raise ValidationFailed(problems)
    organisation = find_or_add(session, Organisation, name=form.organisation_name.strip(),
                                short_code=form.organisation_code.strip().upper())
    team = find_or_add(session, Team, organisation_id=organisation.id,
                        name=form.team_name.strip(), code=form.team_code.strip().upper())
    educator = find_or_add(session, Facilitator, organisation_id=organisation.id,
                            team_id=team.id, name=form.educator_name.strip(),
                            sex=form.educator_sex)
    installation = session.get(LocalInstallation, installation_id)
    installation.organisation_id = organisation.id
    installation.team_id = team.id
    installation.educator_id = educator.id
    installation.country = form.country
    installation.gazetteer_version = form.gazetteer_version
    installation.language = form.language
    installation.name = f"{organisation.short_code} {team.name}"
    return installation


def team_facilitators(session: Session, team_id: str | None) -> list[Facilitator]:
    """Facilitators to choose from: the team's first, then everyone else, by name."""
    people = session.scalars(select(Facilitator).where(Facilitator.deleted.is_(False))
                             .order_by(Facilitator.name)).all()
    return sorted(people, key=lambda f: f.team_id != team_id)


def add_facilitator(session: Session, name: str, sex: str, team_id: str | None,
                    organisation_id: str | None) -> Facilitator:
    if not name.strip():
        raise ValidationFailed([problem("facilitator", FACILITATOR_NAME_MISSING)])
    return find_or_add(session, Facilitator, name=name.strip(), sex=sex, team_id=team_id,
                        organisation_id=organisation_id)
