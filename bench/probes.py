"""One measurement per process: `python bench/probes.py PROBE DB` prints one JSON line.

`bench/run.py` starts each probe in a fresh subprocess (offscreen Qt, private
settings) so that times and peak memory are not coloured by earlier probes.
Only this file imports Qt, and only inside the GUI probes.
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from collections.abc import Callable

STARTED = time.perf_counter()


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def wait_for(app, condition: Callable[[], bool], timeout: float = 30.0) -> None:
    """Run the event loop until `condition` holds (results arrive from a worker thread)."""
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.0005)


def painted(view) -> bool:
    """Paint the view's rows now, synchronously; False while its window is not yet
    exposed (before that, `repaint()` paints nothing). True once a paint event reached
    the viewport, so both probes time rows really painted, not merely loaded."""
    from PySide6.QtCore import QEvent, QObject

    handle = view.window().windowHandle()
    if handle is None or not handle.isExposed():
        return False

    class PaintSeen(QObject):
        seen = False

        def eventFilter(self, _watched, event) -> bool:  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint:
                PaintSeen.seen = True
            return False

    watcher = PaintSeen()
    view.viewport().installEventFilter(watcher)
    view.viewport().repaint()
    view.viewport().removeEventFilter(watcher)
    return PaintSeen.seen


def probe_window(db_path: str) -> dict:
    """`run_gui` as a user starts it, from before QApplication to rows painted."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from riskedu.ui.app import run_gui
    from riskedu.ui.main_window import MainWindow

    imported = time.perf_counter()
    start, cpu_start = time.perf_counter(), time.process_time()
    app = QApplication(sys.argv[:1])
    shown: dict[str, float] = {}

    def poll() -> None:
        for widget in app.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible() \
                    and widget.model.rowCount() > 0 and painted(widget.view):
                shown["at"], shown["cpu"] = time.perf_counter(), time.process_time()
                shown["rows"] = widget.model.rowCount()
                timer.stop()
                widget.close()  # as a user would: stops its readers, then the loop ends

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(0)
    QTimer.singleShot(60_000, app.quit)
    status = run_gui(db_path)
    return {"seconds": shown["at"] - start, "cpu_seconds": shown["cpu"] - cpu_start,
            "imports": imported - STARTED,
            "since_process_start": shown["at"] - STARTED, "rows": shown["rows"],
            "status": status, "peak_rss_mb": peak_rss_mb()}


BARE_ROWS_SQL = """
SELECT s.report_code, s.session_date, p.name_en, COALESCE(v.name_en, s.place_text), s.status,
       s.activity,
       a.female_0_5 + a.female_6_12 + a.female_13_17,
       a.male_0_5 + a.male_6_12 + a.male_13_17,
       a.female_18_49 + a.female_50_59 + a.female_60_plus,
       a.male_18_49 + a.male_50_59 + a.male_60_plus,
       a.female_0_5 + a.female_6_12 + a.female_13_17 + a.female_18_49 + a.female_50_59
         + a.female_60_plus + a.male_0_5 + a.male_6_12 + a.male_13_17 + a.male_18_49
         + a.male_50_59 + a.male_60_plus,
       a.disabled_female + a.disabled_male
FROM sessions s JOIN attendance a ON a.session_id = s.id
LEFT JOIN gazetteer_units p ON p.version = s.gazetteer_version AND p.code = s.province_code
LEFT JOIN gazetteer_units v ON v.version = s.gazetteer_version AND v.code = s.village_code
WHERE NOT s.deleted ORDER BY s.session_date DESC LIMIT 200
"""


def probe_bare(db_path: str) -> dict:
    """The least PySide6 needs to show the same first 200 rows: sqlite3 reads them, a
    QStandardItemModel holds them, a bare QMainWindow + QTableView paints them."""
    import sqlite3

    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    imported = time.perf_counter()
    start, cpu_start = time.perf_counter(), time.process_time()
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as connection:
        rows = connection.execute(BARE_ROWS_SQL).fetchall()
    model = QStandardItemModel(0, 12)
    for row in rows:
        model.appendRow([QStandardItem(f"{value:,}" if isinstance(value, int) else str(value))
                         for value in row])
    view = QTableView()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1280, 720)
    window.show()
    wait_for(app, lambda: painted(view))
    done, cpu_done = time.perf_counter(), time.process_time()
    return {"seconds": done - start, "cpu_seconds": cpu_done - cpu_start,
            "imports": imported - STARTED,
            "since_process_start": done - STARTED, "rows": len(rows),
            "peak_rss_mb": peak_rss_mb()}


def _busy(window) -> bool:
    """Whether the window is still reading (works with one runner or one per kind)."""
    if hasattr(window, "busy"):
        return bool(window.busy)
    return window.runner.busy or window.model.loading


def _shutdown(window) -> None:
    if hasattr(window, "shutdown"):
        window.shutdown()
    else:
        _shutdown(window)


def _open_window(db_path: str):
    from riskedu.core.database import open_database
    from riskedu.ui.app import application, start

    app = application()
    window = start(open_database(db_path))
    wait_for(app, lambda: window.model.rowCount() > 0 and not _busy(window))
    return app, window


def _timed_reload(app, window, change: Callable[[], None]) -> float:
    """Milliseconds from a filter or sort change until the model holds the new rows."""
    loaded: list[float] = []

    def note() -> None:
        loaded.append(time.perf_counter())

    window.model.loaded.connect(note)
    wait_for(app, lambda: not _busy(window))
    start = time.perf_counter()
    change()
    wait_for(app, lambda: bool(loaded))
    window.model.loaded.disconnect(note)
    elapsed = (loaded[0] - start) * 1000
    wait_for(app, lambda: not _busy(window))  # let the totals finish off the clock
    return elapsed


def _filter_changes(window) -> dict[str, Callable[[], None]]:
    from riskedu.ui.text import set_combo_code

    bar = window.filter_bar

    def search(text: str) -> Callable[[], None]:
        def change() -> None:
            bar.search.blockSignals(True)  # time the query, not the typing pause
            bar.search.setText(text)
            bar.search.blockSignals(False)
            bar.changed.emit()
        return change

    return {
        "status draft": lambda: set_combo_code(bar.status, "draft"),
        "status final": lambda: set_combo_code(bar.status, "final"),
        "status any": lambda: set_combo_code(bar.status, ""),
        "province Battambang": lambda: set_combo_code(bar.province, "02"),
        "province all": lambda: set_combo_code(bar.province, ""),
        "search village 'thum'": search("thum"),
        "search report code": search("DEMO-T2-RE-2025"),
        "search cleared": search(""),
    }


def probe_filters(db_path: str) -> dict:
    """Each filter change, repeated; the median per change in milliseconds."""
    app, window = _open_window(db_path)
    times: dict[str, list[float]] = {}
    for _ in range(5):
        for name, change in _filter_changes(window).items():
            times.setdefault(name, []).append(_timed_reload(app, window, change))
    medians = {name: round(statistics.median(values), 1) for name, values in times.items()}
    _shutdown(window)
    return {"medians_ms": medians, "worst_ms": max(medians.values()),
            "peak_rss_mb": peak_rss_mb()}


def probe_browse(db_path: str) -> dict:
    """Scroll to thousands of rows, sort by several columns, filter: the peak memory."""
    from PySide6.QtCore import Qt

    from riskedu.ui.sessions_model import COL_TOTAL, COL_VILLAGE

    app, window = _open_window(db_path)
    model, view = window.model, window.view
    while model.rowCount() < 5000 and model.canFetchMore():
        view.scrollToBottom()
        model.fetchMore()
        wait_for(app, lambda: not model.loading)
        view.viewport().repaint()
    rows = model.rowCount()
    sorts = {}
    for name, column, order in (("total", COL_TOTAL, Qt.SortOrder.DescendingOrder),
                                ("village", COL_VILLAGE, Qt.SortOrder.AscendingOrder)):
        sorts[name] = round(_timed_reload(app, window,
                                          lambda c=column, o=order: view.sortByColumn(c, o)))
        view.viewport().repaint()
    for change in _filter_changes(window).values():
        _timed_reload(app, window, change)
        view.viewport().repaint()
    _shutdown(window)
    return {"rows_scrolled": rows, "sort_ms": sorts, "peak_rss_mb": peak_rss_mb()}


def probe_stats_query(db_path: str) -> dict:
    """`queries.totals` on the whole database, in-process (median of 5)."""
    from riskedu.core.database import open_database
    from riskedu.core.queries import SessionFilter, totals

    database = open_database(db_path)
    times = []
    with database.session() as session:
        for _ in range(5):
            start = time.perf_counter()
            result = totals(session, SessionFilter())
            times.append(time.perf_counter() - start)
    database.close()
    return {"seconds": statistics.median(times), "sessions": result.sessions}


PROBES = {"window": probe_window, "bare": probe_bare, "filters": probe_filters,
          "browse": probe_browse, "stats_query": probe_stats_query}

if __name__ == "__main__":
    print(json.dumps(PROBES[sys.argv[1]](sys.argv[2] if len(sys.argv) > 2 else "")))
