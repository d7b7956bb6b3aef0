"""Stable category codes (stored in the database) with their English labels.

Codes never change once records use them; labels are translated in the UI with
the context given by each `Choices.context`.
"""

from __future__ import annotations

from dataclasses import dataclass

from riskedu.core.i18n import QT_TRANSLATE_NOOP as _N


@dataclass(frozen=True)
class Choices:
    """An ordered list of (code, English label) pairs under one translation context."""

    context: str
    items: tuple[tuple[str, str], ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, _ in self.items)

    def label(self, code: str | None) -> str:
        return dict(self.items).get(code or "", code or "")

    def __contains__(self, code: object) -> bool:
        return code in self.codes


STATUS = Choices("status", (
    ("draft", _N("status", "Draft")),
    ("final", _N("status", "Final")),
    ("exported", _N("status", "Exported")),
))

SEX = Choices("sex", (
    ("female", _N("sex", "Female")),
    ("male", _N("sex", "Male")),
))

# Fine age bands are stored; girls/boys/women/men are derived from them.
AGE_BANDS = Choices("age_band", (
    ("0_5", _N("age_band", "0–5")),
    ("6_12", _N("age_band", "6–12")),
    ("13_17", _N("age_band", "13–17")),
    ("18_49", _N("age_band", "18–49")),
    ("50_59", _N("age_band", "50–59")),
    ("60_plus", _N("age_band", "60+")),
))
CHILD_BANDS = ("0_5", "6_12", "13_17")
ADULT_BANDS = ("18_49", "50_59", "60_plus")

CATEGORY = Choices("category", (
    ("direct", _N("category", "Direct")),
    ("indirect", _N("category", "Indirect (media)")),
    ("training", _N("category", "Training")),
))

ACTIVITY = Choices("activity", (
    ("safety_briefing", _N("activity", "Safety briefing")),
    ("direct_re", _N("activity", "Direct risk education")),
    ("material_distribution", _N("activity", "Material distribution")),
    ("radio", _N("activity", "Radio")),
    ("tv", _N("activity", "TV")),
    ("video", _N("activity", "Video")),
    ("social_media", _N("activity", "Social media")),
    ("printed_press", _N("activity", "Printed press")),
    ("training_of_teachers", _N("activity", "Training of teachers")),
    ("community_focal_point", _N("activity", "Community focal point training")),
))

ACTIVITIES_BY_CATEGORY: dict[str, tuple[str, ...]] = {
    "direct": ("safety_briefing", "direct_re"),
    "indirect": ("material_distribution", "radio", "tv", "video", "social_media",
                 "printed_press"),
    "training": ("training_of_teachers", "community_focal_point"),
}
MEDIA_ACTIVITIES = ("radio", "tv", "video", "social_media", "printed_press")

METHOD = Choices("method", (
    ("interactive_group", _N("method", "Interactive group session")),
    ("house_to_house", _N("method", "House to house")),
    ("focus_group", _N("method", "Focus group discussion")),
    ("peer_to_peer", _N("method", "Peer-to-peer")),
    ("theatre", _N("method", "Theatre")),
    ("other", _N("method", "Other")),
))

AUDIENCE = Choices("audience", (
    ("community_focal_points", _N("audience", "Community focal points")),
    ("community_leaders", _N("audience", "Community leaders")),
    ("farmers", _N("audience", "Farmers")),
    ("health_workers", _N("audience", "Health workers")),
    ("reconstruction_workers", _N("audience", "Reconstruction workers")),
    ("refugees_idps", _N("audience", "Refugees / IDPs")),
    ("religious_leaders", _N("audience", "Religious leaders")),
    ("scrap_metal", _N("audience", "Scrap metal collectors / dealers")),
    ("teachers", _N("audience", "Teachers")),
    ("children_students", _N("audience", "Children / students")),
    ("convoy_drivers", _N("audience", "Convoy drivers")),
    ("other", _N("audience", "Other")),
))

LOCATION_TYPE = Choices("location_type", (
    ("camp", _N("location_type", "Camp")),
    ("child_friendly_space", _N("location_type", "Child-friendly space")),
    ("community_centre", _N("location_type", "Community centre")),
    ("education_facility", _N("location_type", "Education facility")),
    ("farm", _N("location_type", "Farm")),
    ("household", _N("location_type", "Household")),
    ("market", _N("location_type", "Market")),
    ("medical_facility", _N("location_type", "Medical facility")),
    ("religious_site", _N("location_type", "Religious site (pagoda)")),
    ("other", _N("location_type", "Other")),
))

HAZARD = Choices("hazard", (
    ("ap_mine", _N("hazard", "Anti-personnel landmines")),
    ("av_mine", _N("hazard", "Anti-vehicle landmines")),
    ("cluster_munition", _N("hazard", "Cluster munition remnants")),
    ("uxo", _N("hazard", "Unexploded ordnance")),
    ("axo", _N("hazard", "Abandoned explosive ordnance")),
    ("ied", _N("hazard", "Improvised explosive devices")),
    ("other", _N("hazard", "Other")),
))

PARTICIPANT_ROLE = Choices("participant_role", (
    ("participant", _N("participant_role", "Participant")),
    ("teacher", _N("participant_role", "Teacher")),
    ("community_focal_point", _N("participant_role", "Community focal point")),
    ("facilitator", _N("participant_role", "Facilitator")),
))
