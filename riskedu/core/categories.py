"""Stable category codes (stored in the database) with their English labels.

Codes never change once records use them; labels are translated in the UI with
the context given by each `Choices.context`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from riskedu.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Choices:
    """An ordered list of (code, English label) pairs under one translation context."""

    context: str
    items: tuple[tuple[str, str], ...]

    @cached_property
    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, _ in self.items)

    @cached_property
    def _labels(self) -> dict[str, str]:
        return dict(self.items)

    def label(self, code: str | None) -> str:
        return self._labels.get(code or "", code or "")

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._labels


STATUS = Choices("status", (
    ("draft", QT_TRANSLATE_NOOP("status", "Draft")),
    ("final", QT_TRANSLATE_NOOP("status", "Final")),
    ("exported", QT_TRANSLATE_NOOP("status", "Exported")),
))

SEX = Choices("sex", (
    ("female", QT_TRANSLATE_NOOP("sex", "Female")),
    ("male", QT_TRANSLATE_NOOP("sex", "Male")),
))

# Fine age bands are stored; girls/boys/women/men are derived from them.
AGE_BANDS = Choices("age_band", (
    ("0_5", QT_TRANSLATE_NOOP("age_band", "0–5")),
    ("6_12", QT_TRANSLATE_NOOP("age_band", "6–12")),
    ("13_17", QT_TRANSLATE_NOOP("age_band", "13–17")),
    ("18_49", QT_TRANSLATE_NOOP("age_band", "18–49")),
    ("50_59", QT_TRANSLATE_NOOP("age_band", "50–59")),
    ("60_plus", QT_TRANSLATE_NOOP("age_band", "60+")),
))
CHILD_BANDS = ("0_5", "6_12", "13_17")
ADULT_BANDS = ("18_49", "50_59", "60_plus")

CATEGORY = Choices("category", (
    ("direct", QT_TRANSLATE_NOOP("category", "Direct")),
    ("indirect", QT_TRANSLATE_NOOP("category", "Indirect (media)")),
    ("training", QT_TRANSLATE_NOOP("category", "Training")),
))

ACTIVITY = Choices("activity", (
    ("safety_briefing", QT_TRANSLATE_NOOP("activity", "Safety briefing")),
    ("direct_re", QT_TRANSLATE_NOOP("activity", "Direct risk education")),
    ("material_distribution", QT_TRANSLATE_NOOP("activity", "Material distribution")),
    ("radio", QT_TRANSLATE_NOOP("activity", "Radio")),
    ("tv", QT_TRANSLATE_NOOP("activity", "TV")),
    ("video", QT_TRANSLATE_NOOP("activity", "Video")),
    ("social_media", QT_TRANSLATE_NOOP("activity", "Social media")),
    ("printed_press", QT_TRANSLATE_NOOP("activity", "Printed press")),
    ("training_of_teachers", QT_TRANSLATE_NOOP("activity", "Training of teachers")),
    ("community_focal_point", QT_TRANSLATE_NOOP("activity", "Community focal point training")),
))

ACTIVITIES_BY_CATEGORY: dict[str, tuple[str, ...]] = {
    "direct": ("safety_briefing", "direct_re"),
    "indirect": ("material_distribution", "radio", "tv", "video", "social_media",
                 "printed_press"),
    "training": ("training_of_teachers", "community_focal_point"),
}
MEDIA_ACTIVITIES = ("radio", "tv", "video", "social_media", "printed_press")

METHOD = Choices("method", (
    ("interactive_group", QT_TRANSLATE_NOOP("method", "Interactive group session")),
    ("house_to_house", QT_TRANSLATE_NOOP("method", "House to house")),
    ("focus_group", QT_TRANSLATE_NOOP("method", "Focus group discussion")),
    ("peer_to_peer", QT_TRANSLATE_NOOP("method", "Peer-to-peer")),
    ("theatre", QT_TRANSLATE_NOOP("method", "Theatre")),
    ("other", QT_TRANSLATE_NOOP("method", "Other")),
))

AUDIENCE = Choices("audience", (
    ("community_focal_points", QT_TRANSLATE_NOOP("audience", "Community focal points")),
    ("community_leaders", QT_TRANSLATE_NOOP("audience", "Community leaders")),
    ("farmers", QT_TRANSLATE_NOOP("audience", "Farmers")),
    ("health_workers", QT_TRANSLATE_NOOP("audience", "Health workers")),
    ("reconstruction_workers", QT_TRANSLATE_NOOP("audience", "Reconstruction workers")),
    ("refugees_idps", QT_TRANSLATE_NOOP("audience", "Refugees / IDPs")),
    ("religious_leaders", QT_TRANSLATE_NOOP("audience", "Religious leaders")),
    ("scrap_metal", QT_TRANSLATE_NOOP("audience", "Scrap metal collectors / dealers")),
    ("teachers", QT_TRANSLATE_NOOP("audience", "Teachers")),
    ("children_students", QT_TRANSLATE_NOOP("audience", "Children / students")),
    ("convoy_drivers", QT_TRANSLATE_NOOP("audience", "Convoy drivers")),
    ("other", QT_TRANSLATE_NOOP("audience", "Other")),
))

LOCATION_TYPE = Choices("location_type", (
    ("camp", QT_TRANSLATE_NOOP("location_type", "Camp")),
    ("child_friendly_space", QT_TRANSLATE_NOOP("location_type", "Child-friendly space")),
    ("community_centre", QT_TRANSLATE_NOOP("location_type", "Community centre")),
    ("education_facility", QT_TRANSLATE_NOOP("location_type", "Education facility")),
    ("farm", QT_TRANSLATE_NOOP("location_type", "Farm")),
    ("household", QT_TRANSLATE_NOOP("location_type", "Household")),
    ("market", QT_TRANSLATE_NOOP("location_type", "Market")),
    ("medical_facility", QT_TRANSLATE_NOOP("location_type", "Medical facility")),
    ("religious_site", QT_TRANSLATE_NOOP("location_type", "Religious site (pagoda)")),
    ("other", QT_TRANSLATE_NOOP("location_type", "Other")),
))

HAZARD = Choices("hazard", (
    ("ap_mine", QT_TRANSLATE_NOOP("hazard", "Anti-personnel landmines")),
    ("av_mine", QT_TRANSLATE_NOOP("hazard", "Anti-vehicle landmines")),
    ("cluster_munition", QT_TRANSLATE_NOOP("hazard", "Cluster munition remnants")),
    ("uxo", QT_TRANSLATE_NOOP("hazard", "Unexploded ordnance")),
    ("axo", QT_TRANSLATE_NOOP("hazard", "Abandoned explosive ordnance")),
    ("ied", QT_TRANSLATE_NOOP("hazard", "Improvised explosive devices")),
    ("other", QT_TRANSLATE_NOOP("hazard", "Other")),
))

PARTICIPANT_ROLE = Choices("participant_role", (
    ("participant", QT_TRANSLATE_NOOP("participant_role", "Participant")),
    ("teacher", QT_TRANSLATE_NOOP("participant_role", "Teacher")),
    ("community_focal_point", QT_TRANSLATE_NOOP("participant_role", "Community focal point")),
    ("facilitator", QT_TRANSLATE_NOOP("participant_role", "Facilitator")),
))

MATERIAL_TYPE = Choices("material_type", (
    ("poster", QT_TRANSLATE_NOOP("material_type", "Poster")),
    ("leaflet", QT_TRANSLATE_NOOP("material_type", "Leaflet / brochure")),
    ("booklet", QT_TRANSLATE_NOOP("material_type", "Booklet")),
    ("flip_chart", QT_TRANSLATE_NOOP("material_type", "Flip chart")),
    ("handout", QT_TRANSLATE_NOOP("material_type", "Handout")),
    ("video", QT_TRANSLATE_NOOP("material_type", "Video")),
    ("t_shirt", QT_TRANSLATE_NOOP("material_type", "T-shirt")),
    ("bag", QT_TRANSLATE_NOOP("material_type", "Bag")),
    ("other", QT_TRANSLATE_NOOP("material_type", "Other")),
))

# Languages a material exists in (ISO 639-1 codes; the first region's languages first).
LANGUAGE = Choices("language", (
    ("km", QT_TRANSLATE_NOOP("language", "Khmer")),
    ("en", QT_TRANSLATE_NOOP("language", "English")),
    ("lo", QT_TRANSLATE_NOOP("language", "Lao")),
    ("th", QT_TRANSLATE_NOOP("language", "Thai")),
    ("my", QT_TRANSLATE_NOOP("language", "Burmese")),
    ("vi", QT_TRANSLATE_NOOP("language", "Vietnamese")),
    ("fil", QT_TRANSLATE_NOOP("language", "Filipino")),
    ("fr", QT_TRANSLATE_NOOP("language", "French")),
    ("none", QT_TRANSLATE_NOOP("language", "No text (pictures only)")),
))

# What moved stock: a ledger entry's kind. The balance is the sum of the entries.
STOCK_KIND = Choices("stock_kind", (
    ("received", QT_TRANSLATE_NOOP("stock_kind", "Received")),
    ("handed_out", QT_TRANSLATE_NOOP("stock_kind", "Handed out")),
    ("adjusted", QT_TRANSLATE_NOOP("stock_kind", "Adjusted")),
))

ADJUST_REASON = Choices("adjust_reason", (
    ("lost", QT_TRANSLATE_NOOP("adjust_reason", "Lost")),
    ("damaged", QT_TRANSLATE_NOOP("adjust_reason", "Damaged")),
    ("counted", QT_TRANSLATE_NOOP("adjust_reason", "Counted (set the balance)")),
    ("other", QT_TRANSLATE_NOOP("adjust_reason", "Other correction")),
))
