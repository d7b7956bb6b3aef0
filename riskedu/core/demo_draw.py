"""Draw the content of demo sessions from a seeded random stream.

Nothing here touches the database: a `SessionDraw` turns (village pool, seed,
today) into plain dicts, so the same seed gives the same content everywhere.
Ids, report numbers and sync metadata are added by `riskedu.core.demo`.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import accumulate
from typing import Any

from riskedu.core import demo_data as data
from riskedu.core.db.models import ATTENDANCE_FIELDS

YEARS_BACK = 4
RECENT_DAYS = 21


@dataclass(frozen=True)
class Village:
    """A village with the codes of its commune, district and province."""

    code: str
    commune: str
    district: str
    province: str


class Weighted:
    """A fixed weighted choice, with cumulative weights computed once."""

    def __init__(self, items: Iterable[tuple[Any, float]]):
        items = list(items)
        self.values = [value for value, _ in items]
        self.cum = list(accumulate(weight for _, weight in items))

    def pick(self, rng: random.Random):
        return rng.choices(self.values, cum_weights=self.cum)[0]


_CATEGORIES = Weighted(data.CATEGORIES)
_ACTIVITIES = {"direct": Weighted(data.DIRECT_ACTIVITIES),
               "indirect": Weighted(data.INDIRECT_ACTIVITIES),
               "training": Weighted(data.TRAINING_ACTIVITIES)}
_AUDIENCES = Weighted(data.DIRECT_AUDIENCES)
_LOCATIONS = {k: Weighted(v) for k, v in data.LOCATIONS_BY_AUDIENCE.items()}
_METHODS = {k: Weighted(v) for k, v in data.DIRECT_METHODS.items()}
_TEAM_OF_PROVINCE = {p: i for i, team in enumerate(data.DEMO_TEAMS) for p in team[2]}
_MOBILE_TEAM = len(data.DEMO_TEAMS) - 1


@dataclass
class Plan:
    """The content of one demo session, before ids and numbers are given."""

    fields: dict[str, Any]
    attendance: dict[str, int]
    team: int
    facilitators: list[int]
    final: bool
    participants: list[dict[str, Any]] = field(default_factory=list)
    hazard_reports: list[dict[str, Any]] = field(default_factory=list)


def region(province: str) -> str:
    if province in data.NORTH_WEST:
        return "north_west"
    return "east" if province in data.EAST else "elsewhere"


def team_of(province: str) -> int:
    return _TEAM_OF_PROVINCE.get(province, _MOBILE_TEAM)


class SessionDraw:
    """A seeded stream of plausible sessions over the last few years up to `today`."""

    def __init__(self, villages: dict[str, list[Village]], seed: int, today: date):
        self.rng = random.Random(seed)
        self.today = today
        provinces = [p for p in sorted(villages) if villages[p]]
        self.villages = villages
        self.provinces = Weighted((p, data.PROVINCE_WEIGHTS.get(p, 0.5)) for p in provinces)

    def session_date(self) -> date:
        day = self.today - timedelta(days=self.rng.randint(0, YEARS_BACK * 365))
        if day.weekday() == 6 and self.rng.random() < 0.8:  # few sessions on Sundays
            day -= timedelta(days=1)
        return day

    def next(self) -> Plan:
        rng = self.rng
        village = rng.choice(self.villages[self.provinces.pick(rng)])
        day = self.session_date()
        category = _CATEGORIES.pick(rng)
        activity = _ACTIVITIES[category].pick(rng)
        plan = self._how(category, activity, day)
        team = team_of(village.province)
        people = len(data.DEMO_TEAMS[team][3])
        plan.team = team
        plan.facilitators = rng.sample(range(people), 2 if category == "training"
                                       else rng.choice((1, 1, 2)))
        recent = (self.today - day).days <= RECENT_DAYS
        plan.final = rng.random() >= (0.6 if recent else 0.03)
        plan.fields.update(
            session_date=day, report_date=min(day + timedelta(days=rng.randint(0, 3)),
                                              self.today),
            province_code=village.province, district_code=village.district,
            commune_code=village.commune, village_code=village.code,
            category=category, activity=activity,
            hazards=self.hazards(village.province),
            notes=rng.choice(data.NOTES) if rng.random() < 0.15 else "",
            **self.funding(village.province, plan.fields["audience"]))
        if category == "direct" and plan.fields["audience"] != "children_students":
            plan.hazard_reports = self.hazard_reports(village.province,
                                                      plan.fields["hazards"])
        if not plan.final and rng.random() < 0.3:  # started in the field, to complete later
            plan.fields.update(method="", location_type="")
            plan.facilitators = []
        return plan

    def _how(self, category: str, activity: str, day: date) -> Plan:
        rng = self.rng
        if category == "training":
            audience = ("teachers" if activity == "training_of_teachers"
                        else "community_focal_points")
            crowd = data.CROWDS[audience]
            grid = self.attendance(crowd, rng.randint(crowd.low, crowd.high))
            plan = self._plan(audience, _LOCATIONS[audience].pick(rng), "interactive_group",
                              grid, rng.randint(1, 3), self.times(8, 8, 210, 480))
            plan.participants = self.roster(grid, "teacher" if audience == "teachers"
                                            else "community_focal_point")
            return plan
        if category == "indirect":
            return self._media(activity, day)
        audience = _AUDIENCES.pick(rng)
        location = _LOCATIONS[audience].pick(rng)
        method = ("house_to_house" if location == "household"
                  else _METHODS.get(audience, _METHODS["default"]).pick(rng))
        crowd = data.CROWDS[audience]
        with_roster = audience == "children_students" and rng.random() < 0.05
        size = rng.randint(20, 40) if with_roster else rng.randint(crowd.low, crowd.high)
        grid = self.attendance(crowd, size)
        plan = self._plan(audience, location, method, grid, 1 if rng.random() < 0.9 else 2,
                          self.times(7, 16, 60, 150))
        if with_roster:
            plan.participants = self.roster(grid, "participant")
        return plan

    def _media(self, activity: str, day: date) -> Plan:
        rng = self.rng
        crowd = data.CROWDS["other"]
        if activity == "material_distribution":
            location = rng.choice(("household", "market", "community_centre"))
            method = "house_to_house" if location == "household" else "other"
            return self._plan("other", location, method,
                              self.attendance(crowd, rng.randint(20, 150)), 1,
                              self.times(7, 15, 60, 240))
        if activity == "video":
            return self._plan("other", "community_centre", "interactive_group",
                              self.attendance(crowd, rng.randint(30, 200)), 1,
                              self.times(17, 19, 45, 90))
        reach = 0 if activity == "printed_press" or rng.random() < 0.5 else rng.randint(
            200, 20_000)
        start, end = self.times(6, 20, 15, 60)
        plan = self._plan("other", "other", "other", self.attendance(crowd, reach),
                          rng.randint(1, 5), (start, end))
        plan.fields.update(broadcast_start=datetime.combine(day, start),
                           broadcast_end=datetime.combine(day, end))
        return plan

    def _plan(self, audience: str, location: str, method: str, grid: dict[str, int],
              count: int, times: tuple[time, time]) -> Plan:
        fields = {"audience": audience, "location_type": location, "method": method,
                  "session_count": count, "start_time": times[0], "end_time": times[1],
                  "broadcast_start": None, "broadcast_end": None}
        return Plan(fields, grid, 0, [], True)

    def times(self, first_hour: int, last_hour: int, shortest: int,
              longest: int) -> tuple[time, time]:
        start = self.rng.randint(first_hour * 2, last_hour * 2) * 30
        minutes = start + self.rng.randint(shortest // 15, longest // 15) * 15
        minutes = min(minutes, 23 * 60 + 45)
        return time(start // 60, start % 60), time(minutes // 60, minutes % 60)

    def attendance(self, crowd: data.Crowd, size: int) -> dict[str, int]:
        rng = self.rng
        grid = dict.fromkeys(ATTENDANCE_FIELDS, 0)
        share = min(max(crowd.female_share + rng.uniform(-0.1, 0.1), 0.02), 0.98)
        weights = {band: w * rng.uniform(0.6, 1.4) for band, w in crowd.bands.items()}
        whole = sum(weights.values())
        for sex, part in (("female", share), ("male", 1 - share)):
            for band, weight in weights.items():
                grid[f"{sex}_{band}"] = round(size * part * weight / whole)
        if size and not any(grid.values()):
            grid[f"female_{max(weights, key=weights.get)}"] = 1
        for sex in ("female", "male"):
            people = sum(grid[f"{sex}_{band}"] for band in crowd.bands)
            grid[f"disabled_{sex}"] = min(people, round(people * rng.uniform(0, 0.06)))
        total = sum(grid[f"{s}_{b}"] for s in ("female", "male") for b in crowd.bands)
        grid["first_time"] = round(total * rng.uniform(0.4, 0.95))
        return grid

    def roster(self, grid: dict[str, int], role: str) -> list[dict[str, Any]]:
        rng = self.rng
        people = []
        for band, (youngest, oldest) in data.AGE_RANGES.items():
            for sex in ("female", "male"):
                for _ in range(grid[f"{sex}_{band}"]):
                    family_km, family_latin = rng.choice(data.FAMILY_NAMES)
                    given_km, given_latin = rng.choice(data.GIVEN_NAMES[sex])
                    age = rng.randint(youngest, oldest)
                    phone = ""
                    if age >= 18 and rng.random() < 0.4:
                        phone = f"{rng.choice(data.PHONE_PREFIXES)}{rng.randint(0, 999999):06d}"
                    people.append({"name": f"{family_km} {given_km}",
                                   "name_latin": f"{family_latin} {given_latin}",
                                   "sex": sex, "age": age,
                                   "role": role if age >= 18 else "participant",
                                   "phone": phone})
        rng.shuffle(people)
        return people

    def hazards(self, province: str) -> list[str]:
        chances = data.HAZARDS_BY_REGION[region(province)]
        found = [code for code, chance in chances if self.rng.random() < chance]
        return found or [chances[0][0]]

    def hazard_reports(self, province: str, hazards: list[str]) -> list[dict[str, Any]]:
        rng = self.rng
        if region(province) == "elsewhere" or rng.random() >= 0.06:
            return []
        reports = []
        for _ in range(1 if rng.random() < 0.85 else 2):
            kind = rng.choice([h for h in hazards if h in data.HAZARD_DESCRIPTIONS] or ["uxo"])
            reports.append({"place": rng.choice(data.HAZARD_PLACES), "ordnance_type": kind,
                            "description": rng.choice(data.HAZARD_DESCRIPTIONS[kind]),
                            "referred_to": rng.choice(data.REFERRED_TO)})
        return reports

    def funding(self, province: str, audience: str) -> dict[str, str]:
        if audience in ("children_students", "teachers"):
            project = data.PROJECTS[2]
        else:
            project = data.PROJECTS[0] if province in data.NORTH_WEST else data.PROJECTS[1]
        return {"project": project, "donor": data.DONORS[data.PROJECTS.index(project) % 2]}
