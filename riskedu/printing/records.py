"""Reading what documents print: a session by id or report code, its places by name."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from riskedu.core.db.models import EducationSession, GazetteerUnit
from riskedu.core.i18n import QT_TRANSLATE_NOOP, Message
from riskedu.printing.options import PrintError

CTX = "print"
NO_SESSION = QT_TRANSLATE_NOOP(
    "print", "No session {session} in this database. Give its report code "
    "(as printed on the session summary) or its id.")


def find_session(session: Session, id_or_code: str) -> EducationSession:
    """The live session with this id or report code; `PrintError` when there is none."""
    key = (id_or_code or "").strip()
    record = session.get(EducationSession, key) if key else None
    if record is None and key:
        record = session.scalars(select(EducationSession).where(
            EducationSession.report_code == key, EducationSession.deleted.is_(False))
            .limit(1)).first()
    if record is None or record.deleted:
        raise PrintError(Message(CTX, NO_SESSION, {"session": key}))
    return record


def unit_names(session: Session, version: str | None, codes: list[str],
               language: str) -> dict[str, str]:
    """code -> name of gazetteer units, in Khmer when printing in Khmer, else in English."""
    wanted = [code for code in codes if code]
    if not version or not wanted:
        return {}
    rows = session.execute(select(GazetteerUnit.code, GazetteerUnit.name_local,
                                  GazetteerUnit.name_en).where(
        GazetteerUnit.version == version, GazetteerUnit.code.in_(wanted)))
    local = language == "km"
    return {code: (name_local if local and name_local else name_en) or name_local
            for code, name_local, name_en in rows}


def place_line(session: Session, record: EducationSession, language: str) -> tuple[str, str]:
    """(village or free-text place, "commune, district, province") in the language."""
    codes = [record.village_code, record.commune_code, record.district_code,
             record.province_code]
    names = unit_names(session, record.gazetteer_version, codes, language)
    village = names.get(record.village_code) or record.place_text
    above = ", ".join(names[c] for c in codes[1:] if c in names)
    return village, above
