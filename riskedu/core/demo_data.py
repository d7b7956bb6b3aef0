"""Fixed tables the demo generator draws from: names, places, audiences and their crowds.

Everything here is plain data so that the generator stays short and the same seed
always meets the same tables. Names are common Khmer names with the usual
romanisation; the organisation, teams and donors are invented for demonstration.
"""

from __future__ import annotations

from dataclasses import dataclass

# (Khmer, Latin) family names; Khmer order is family name first.
FAMILY_NAMES: tuple[tuple[str, str], ...] = (
    ("ចាន់", "Chan"), ("សុខ", "Sok"), ("ហេង", "Heng"), ("លី", "Ly"), ("សេង", "Seng"),
    ("ឈឹម", "Chhim"), ("កែវ", "Keo"), ("ញឹម", "Nhim"), ("ពៅ", "Pov"), ("ម៉ៅ", "Mao"),
    ("ស៊ុន", "Sun"), ("ទេព", "Tep"), ("យស់", "Yos"), ("ខៀវ", "Khiev"), ("ឡុង", "Long"),
    ("មាស", "Meas"), ("ពេជ្រ", "Pich"), ("សោម", "Som"), ("អ៊ុំ", "Um"), ("ជា", "Chea"),
    ("នួន", "Nuon"), ("ប៊ុន", "Bun"), ("អ៊ុក", "Ouk"), ("ឃុន", "Khun"),
)

GIVEN_NAMES: dict[str, tuple[tuple[str, str], ...]] = {
    "female": (
        ("សុខា", "Sokha"), ("ស្រីពៅ", "Srey Pov"), ("ស្រីល័ក្ខ", "Srey Leak"),
        ("ស្រីនាង", "Srey Neang"), ("សុភា", "Sophea"), ("ចាន់ធូ", "Chanthou"),
        ("ធីតា", "Thida"), ("ម៉ាលី", "Maly"), ("ស្រីណា", "Sreyna"), ("បុប្ផា", "Bopha"),
        ("ចន្ធី", "Chanthy"), ("សុជាតា", "Socheata"), ("ដាលីន", "Dalin"),
        ("រតនា", "Rathana"), ("សុផល", "Sophal"), ("វណ្ណា", "Vanna"),
    ),
    "male": (
        ("ដារ៉ា", "Dara"), ("វិចិត្រ", "Vichet"), ("សុភ័ក្រ", "Sopheak"),
        ("វាសនា", "Veasna"), ("សំណាង", "Samnang"), ("ពិសិដ្ឋ", "Piseth"),
        ("រិទ្ធី", "Rithy"), ("បូរ៉ា", "Bora"), ("ចាន់ថា", "Chantha"), ("វុទ្ធី", "Vuthy"),
        ("សុវណ្ណ", "Sovann"), ("ពិសាល", "Pisal"), ("សម្បត្តិ", "Sambath"),
        ("ដានី", "Dany"), ("រដ្ឋា", "Ratha"), ("សុខា", "Sokha"),
    ),
}

PHONE_PREFIXES = ("012", "015", "016", "017", "077", "078", "089", "092", "097", "010",
                  "011", "069", "070", "086", "087", "088", "096", "098", "099", "060")

DEMO_ORGANISATION = ("Demo Mine Action Operator", "DEMO")

# (team name, team code, home provinces, facilitators (Latin name, sex))
DEMO_TEAMS: tuple[tuple[str, str, tuple[str, ...], tuple[tuple[str, str], ...]], ...] = (
    ("EORE Team 1 Battambang", "T1", ("02", "24"),
     (("Chan Sokha", "female"), ("Heng Dara", "male"), ("Keo Sophea", "female"))),
    ("EORE Team 2 Banteay Meanchey", "T2", ("01", "22"),
     (("Sok Vichet", "male"), ("Ly Srey Pov", "female"), ("Meas Rithy", "male"))),
    ("EORE Team 3 Preah Vihear", "T3", ("13", "17"),
     (("Pich Bopha", "female"), ("Tep Samnang", "male"), ("Nuon Thida", "female"))),
    ("EORE Team 4 Pursat", "T4", ("15", "04", "05", "09"),
     (("Seng Veasna", "male"), ("Um Chanthy", "female"))),
    ("EORE Team 5 Mobile", "T5", (),
     (("Khiev Maly", "female"), ("Ouk Piseth", "male"), ("Bun Sovann", "male"))),
)

# Relative weight of each province; the mine-affected north-west dominates.
PROVINCE_WEIGHTS: dict[str, float] = {
    "02": 20, "01": 14, "22": 11, "13": 9, "17": 9, "15": 7, "24": 6,
    "06": 3, "10": 2.5, "16": 2, "19": 2, "11": 1.5, "20": 1.5, "04": 1.5, "05": 1.5,
    "09": 1, "03": 1, "25": 1, "14": 1, "07": 0.8, "21": 0.8, "08": 0.6, "18": 0.4,
    "12": 0.4, "23": 0.2,
}
NORTH_WEST = frozenset({"01", "02", "13", "15", "17", "22", "24"})
# The east was bombed heavily: cluster munition remnants and other UXO.
EAST = frozenset({"03", "10", "11", "14", "16", "19", "20", "25"})


@dataclass(frozen=True)
class Crowd:
    """Who turns up for an audience: size range, female share and age-band weights."""

    low: int
    high: int
    female_share: float
    bands: dict[str, float]


CROWDS: dict[str, Crowd] = {
    "children_students": Crowd(25, 120, 0.5, {"6_12": 0.55, "13_17": 0.40, "18_49": 0.05}),
    "farmers": Crowd(10, 45, 0.45, {"13_17": 0.05, "18_49": 0.6, "50_59": 0.2,
                                    "60_plus": 0.15}),
    "community_leaders": Crowd(5, 25, 0.3, {"18_49": 0.45, "50_59": 0.3, "60_plus": 0.25}),
    "community_focal_points": Crowd(6, 25, 0.45, {"18_49": 0.7, "50_59": 0.2,
                                                  "60_plus": 0.1}),
    "health_workers": Crowd(5, 20, 0.6, {"18_49": 0.85, "50_59": 0.15}),
    "reconstruction_workers": Crowd(8, 40, 0.15, {"13_17": 0.05, "18_49": 0.85,
                                                  "50_59": 0.1}),
    "refugees_idps": Crowd(15, 80, 0.55, {"0_5": 0.1, "6_12": 0.25, "13_17": 0.15,
                                          "18_49": 0.35, "50_59": 0.1, "60_plus": 0.05}),
    "religious_leaders": Crowd(3, 15, 0.05, {"18_49": 0.3, "50_59": 0.3, "60_plus": 0.4}),
    "scrap_metal": Crowd(4, 20, 0.2, {"13_17": 0.15, "18_49": 0.7, "50_59": 0.15}),
    "teachers": Crowd(10, 30, 0.55, {"18_49": 0.8, "50_59": 0.2}),
    "convoy_drivers": Crowd(4, 20, 0.05, {"18_49": 0.85, "50_59": 0.15}),
    "other": Crowd(10, 60, 0.52, {"0_5": 0.05, "6_12": 0.15, "13_17": 0.12, "18_49": 0.4,
                                  "50_59": 0.15, "60_plus": 0.13}),
}

# Weighted choices are (value, weight) tuples.
DIRECT_AUDIENCES = (
    ("children_students", 30), ("farmers", 25), ("other", 12), ("community_leaders", 6),
    ("scrap_metal", 6), ("reconstruction_workers", 5), ("religious_leaders", 4),
    ("health_workers", 3), ("community_focal_points", 3), ("refugees_idps", 2),
    ("teachers", 2), ("convoy_drivers", 2),
)

LOCATIONS_BY_AUDIENCE: dict[str, tuple[tuple[str, float], ...]] = {
    "children_students": (("education_facility", 85), ("child_friendly_space", 10),
                          ("religious_site", 5)),
    "farmers": (("farm", 45), ("community_centre", 30), ("household", 15),
                ("religious_site", 10)),
    "community_leaders": (("community_centre", 70), ("religious_site", 30)),
    "community_focal_points": (("community_centre", 80), ("religious_site", 20)),
    "health_workers": (("medical_facility", 1),),
    "reconstruction_workers": (("other", 60), ("community_centre", 40)),
    "refugees_idps": (("camp", 80), ("community_centre", 20)),
    "religious_leaders": (("religious_site", 1),),
    "scrap_metal": (("market", 50), ("household", 50)),
    "teachers": (("education_facility", 1),),
    "convoy_drivers": (("market", 50), ("other", 50)),
    "other": (("household", 35), ("community_centre", 30), ("market", 25),
              ("religious_site", 10)),
}

DIRECT_METHODS: dict[str, tuple[tuple[str, float], ...]] = {
    "children_students": (("interactive_group", 60), ("theatre", 25), ("peer_to_peer", 15)),
    "farmers": (("interactive_group", 60), ("focus_group", 25), ("other", 15)),
    "default": (("interactive_group", 60), ("focus_group", 25), ("peer_to_peer", 10),
                ("other", 5)),
}

CATEGORIES = (("direct", 80), ("indirect", 14), ("training", 6))
DIRECT_ACTIVITIES = (("direct_re", 70), ("safety_briefing", 30))
INDIRECT_ACTIVITIES = (("material_distribution", 40), ("radio", 20), ("social_media", 15),
                       ("video", 12), ("tv", 8), ("printed_press", 5))
TRAINING_ACTIVITIES = (("training_of_teachers", 55), ("community_focal_point", 45))

# hazard code -> chance it is discussed, by region
HAZARDS_BY_REGION: dict[str, tuple[tuple[str, float], ...]] = {
    "north_west": (("ap_mine", 0.9), ("av_mine", 0.6), ("uxo", 0.95), ("axo", 0.2),
                   ("cluster_munition", 0.15)),
    "east": (("uxo", 0.95), ("cluster_munition", 0.7), ("axo", 0.2), ("ap_mine", 0.1)),
    "elsewhere": (("uxo", 0.9), ("axo", 0.3), ("ap_mine", 0.2)),
}

HAZARD_PLACES = (
    "Rice field about 300 m north of the pagoda", "Edge of the cassava plantation by the "
    "old road", "Stream bank behind the primary school", "Forest path towards the hill",
    "Backyard of a house, found while digging a well", "Near the village pond",
    "Old military post on the ridge", "Cashew plantation east of the village",
)
HAZARD_DESCRIPTIONS: dict[str, tuple[str, ...]] = {
    "uxo": ("Rusty round object about 10 cm, half buried", "Mortar round seen after the rains",
            "Grenade turned up while ploughing"),
    "ap_mine": ("Suspected mined area; a cow was killed there last year",
                "Small plastic mine seen by children collecting firewood"),
    "av_mine": ("Large round metal object under the track used by tractors",),
    "cluster_munition": ("Several small bomblets in the grass near the stream",),
    "axo": ("Box of old ammunition left in an abandoned hut",),
}
REFERRED_TO = ("CMAA regional office", "Commune police post", "Village chief",
               "Demo operator clearance team")

NOTES = (
    "Village chief attended.", "Posters and leaflets handed out.",
    "Held during the rice-planting break.", "Heavy rain; session shortened.",
    "Teachers asked for more posters.", "Participants asked about a suspected area.",
)
PROJECTS = ("EORE North-West (demo)", "Safe Villages (demo)", "Schools EORE (demo)")
DONORS = ("Demo donor A", "Demo donor B")

AGE_RANGES: dict[str, tuple[int, int]] = {
    "0_5": (3, 5), "6_12": (6, 12), "13_17": (13, 17), "18_49": (18, 49),
    "50_59": (50, 59), "60_plus": (60, 80),
}
