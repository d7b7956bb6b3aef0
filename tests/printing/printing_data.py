"""Sessions with rosters, hazard reports and materials in Khmer and Lao (or any script
given), for printing."""

from __future__ import annotations

from datetime import time

from riskedu.core.database import Database
from riskedu.core.forms import HazardReportLine, MaterialLine, ParticipantLine
from riskedu.core.sessions import save_session

from factories import valid_form
from material_factories import add_material

KHMER_NAMES = ("សុខ ចាន់ធា", "ស្រី បណ្តុះបណ្តាល", "កែវ ស្រីពៅ")
LAO_NAMES = ("ສົມພອນ ແກ້ວມະນີ", "ບຸນມີ ພົມມະຈັນ")
LAO_PLACE = "ບ້ານນາຊາຍ"


def roster_session(db: Database, *, names=KHMER_NAMES + LAO_NAMES, place_text: str = "",
                   with_material: bool = True,
                   hazard_place: str = "ចម្ការស្វាយ ខាងជើងវត្ត") -> tuple[str, str]:
    """A final session with a roster of `names`; returns (id, report code)."""
    material_lines = []
    if with_material:
        material_id = add_material(db, "Leaflet: if you find a mine", stock=100)
        material_lines = [MaterialLine(material_id=material_id, language="km", quantity=25)]
    participants = [ParticipantLine(name=name, sex="female" if i % 2 else "male", age=30 + i,
                                    role="community_focal_point" if i == 1 else "participant")
                    for i, name in enumerate(names)]
    changes = dict(participants=participants, start_time=time(8, 30), end_time=time(10, 0),
                   activity="direct_re", method="interactive_group",
                   hazards=["uxo", "ap_mine"], materials=material_lines,
                   hazard_reports=[HazardReportLine(
                       place=hazard_place, ordnance_type="uxo",
                       description="Mortar shell in a rice field", referred_to="CMAC")])
    if place_text:
        changes.update(village_code="", commune_code="", place_text=place_text)
    form = valid_form(db, **changes)
    with db.transaction() as session:
        result = save_session(session, form, by="Sokha Chan", finalise=True)
    return result.session_id, result.report_code
