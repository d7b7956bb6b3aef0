"""Dashboard figures and drill-downs against hand-computed values (tests/dashboard_data.py),
on SQLite and on PostgreSQL."""

from datetime import date

import pytest
from dashboard_data import add_radio_broadcast, build_hq_data
from summary_workload import assert_same_figures

from riskedu.core.dashboard import Bar, DashboardFilter, dashboard
from riskedu.core.dashboard_drill import Figure, UnknownFigure, drill_count, drill_sessions
from riskedu.core.gazetteer import CAMBODIA_VERSION


def figures(hq, **filters):
    database, _ = hq
    with database.session() as session:
        return dashboard(session, DashboardFilter(**filters), CAMBODIA_VERSION)


def drill(hq, kind, key="", **filters):
    database, data = hq
    flt, figure = DashboardFilter(**filters), Figure(kind, key)
    with database.session() as session:
        rows = drill_sessions(session, flt, figure, limit=50)
        count = drill_count(session, flt, figure)
    assert count == len(rows)
    return data.codes(r.id for r in rows)


def test_every_figure_of_the_whole_database(hq):
    d = figures(hq)
    assert (d.sessions, d.beneficiaries, d.first_time) == (6, 83, 20)
    assert d.by_month == [Bar("2026-09", 2, 37), Bar("2026-10", 3, 45), Bar("2026-11", 1, 1)]
    assert d.by_province == [Bar("02", 3, 45), Bar("01", 3, 38)]
    assert d.by_method == [Bar("interactive_group", 4, 77), Bar("house_to_house", 1, 5),
                           Bar("", 1, 1)]
    assert d.by_audience == [Bar("farmers", 3, 67), Bar("children_students", 1, 10),
                             Bar("teachers", 1, 5), Bar("", 1, 1)]
    assert d.by_category == [Bar("direct", 6, 83)]
    assert d.by_sex_age == {
        "female_0_5": 3, "female_6_12": 12, "female_13_17": 6, "female_18_49": 25,
        "female_50_59": 0, "female_60_plus": 0, "male_0_5": 0, "male_6_12": 9,
        "male_13_17": 4, "male_18_49": 18, "male_50_59": 4, "male_60_plus": 2}
    assert (d.girls, d.boys, d.women, d.men) == (21, 13, 25, 24)
    assert (d.disabled_female, d.disabled_male, d.disability) == (1, 3, 4)
    assert d.hazard_reports == 4  # s5's report went with its deleted session
    assert d.province_names["01"][0] == "Banteay Meanchey"


def test_filters_narrow_every_figure(hq):
    _, data = hq
    mag = figures(hq, team_id=data.team_mag)
    assert (mag.sessions, mag.beneficiaries, mag.hazard_reports) == (1, 10, 1)
    assert mag.by_audience == [Bar("children_students", 1, 10)]
    halo = figures(hq, organisation_id=data.org_halo)
    assert (halo.sessions, halo.beneficiaries, halo.hazard_reports) == (5, 73, 3)
    october = figures(hq, date_from=date(2026, 10, 1), date_to=date(2026, 10, 31))
    assert (october.sessions, october.beneficiaries, october.hazard_reports) == (3, 45, 1)
    assert october.by_month == [Bar("2026-10", 3, 45)]
    province = figures(hq, province_code="01")
    assert (province.sessions, province.beneficiaries, province.hazard_reports) == (3, 38, 3)
    district = figures(hq, district_code="0201")
    assert district.by_province == [Bar("02", 3, 45)]
    final = figures(hq, status="final")
    assert (final.sessions, final.beneficiaries) == (5, 82)
    nothing = figures(hq, team_id=data.team_mag, province_code="01")
    assert (nothing.sessions, nothing.beneficiaries, nothing.by_month) == (0, 0, [])
    assert nothing.by_sex_age["female_0_5"] == 0


def test_each_figure_drills_down_to_exactly_its_sessions(hq):
    assert drill(hq, "all") == {"s1", "s2", "s3", "s4", "s6", "s7"}
    assert drill(hq, "month", "2026-10") == {"s3", "s4", "s7"}
    assert drill(hq, "province", "01") == {"s1", "s2", "s6"}
    assert drill(hq, "method", "") == {"s6"}
    assert drill(hq, "audience", "farmers") == {"s1", "s3", "s7"}
    assert drill(hq, "sex_age", "female_0_5") == {"s2"}
    assert drill(hq, "disability", "male") == {"s2", "s4"}
    assert drill(hq, "hazard_reports") == {"s1", "s2", "s4"}


def test_drill_down_keeps_the_dashboard_filter_and_pages(hq):
    database, data = hq
    assert drill(hq, "method", "interactive_group", team_id=data.team_t3) == {"s1", "s3", "s7"}
    assert drill(hq, "month", "2026-09", province_code="02") == set()
    flt, figure = DashboardFilter(), Figure("audience", "farmers")
    with database.session() as session:
        pages = [drill_sessions(session, flt, figure, offset=o, limit=2) for o in (0, 2)]
    assert [len(p) for p in pages] == [2, 1]
    assert data.codes(r.id for p in pages for r in p) == {"s1", "s3", "s7"}
    assert pages[0][0].session_date >= pages[0][1].session_date >= pages[1][0].session_date


@pytest.mark.parametrize("figure", [Figure("month", "2026-13"), Figure("month", "last"),
                                    Figure("sex_age", "female_99"), Figure("colour", "red")])
def test_a_figure_the_dashboard_does_not_draw_is_refused(hq, figure):
    database, _ = hq
    with database.session() as session, pytest.raises(UnknownFigure):
        drill_count(session, DashboardFilter(), figure)


def test_the_category_keeps_people_reached_by_media_apart(db):
    """A radio broadcast reaching 750 people sits beside the sessions met in person: the
    category filter gives each its own figures (whole months and cut ones alike), from
    the summary as from the sessions, and drills down to its own sessions."""
    data = build_hq_data(db)
    add_radio_broadcast(db, data)
    hq = (db, data)
    everyone = figures(hq)
    assert (everyone.sessions, everyone.beneficiaries) == (7, 83 + 750)
    assert everyone.by_category == [Bar("indirect", 1, 750), Bar("direct", 6, 83)]
    direct = figures(hq, category="direct")
    assert (direct.sessions, direct.beneficiaries, direct.hazard_reports) == (6, 83, 4)
    assert direct.by_province == [Bar("02", 3, 45), Bar("01", 3, 38)]
    media = figures(hq, category="indirect")
    assert (media.sessions, media.beneficiaries, media.hazard_reports) == (1, 750, 0)
    assert media.by_month == [Bar("2026-10", 1, 750)]
    assert media.by_method == [Bar("other", 1, 750)]
    assert figures(hq, category="indirect", date_from=date(2026, 10, 10)).beneficiaries == 750
    assert figures(hq, category="indirect", date_from=date(2026, 10, 21)).sessions == 0
    assert figures(hq, category="training").sessions == 0
    assert drill(hq, "all", category="indirect") == {"radio"}
    assert drill(hq, "province", "02", category="direct") == {"s3", "s4", "s7"}
    assert_same_figures(db, [DashboardFilter(category=c, date_from=d)
                             for c in ("", "direct", "indirect")
                             for d in (None, date(2026, 10, 9))])
