"""Saves as the session editor makes them (through `Workspace`), and what each must leave.

Every acknowledged operation moves a session to a known state: its notes, one
attendance figure (another table, written in the same transaction), its status and
whether it is deleted. After a kill each session must be in its acknowledged state;
only the operation in flight may have happened or not.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from random import Random

from kill_harness import Reporter

from riskedu.core.database import open_database
from riskedu.ui.workspace import Workspace

from factories import valid_form

State = tuple[str, int, str, bool]  # notes, male_60_plus, status, deleted
Model = dict[str, State]


def after(op: dict, before: State | None) -> State:
    """The state the operation leaves its session in."""
    kind = op["op"]
    if kind in ("new", "edit"):
        return (notes_of(op), op["figure"], "draft", False)
    notes, figure, status, _ = before
    if kind == "finalise":
        return (notes, figure, "final", False)
    if kind == "reopen":
        return (notes, figure, "draft", False)
    return (notes, figure, status, True)  # delete


def notes_of(op: dict) -> str:
    """Long notes (new pages in the file), made from what travels through the pipe."""
    return f"saved {op['token']} " + "ល" * op["length"]


def choose(rng: Random, model: Model, n: int, seed: int) -> dict:
    live = [i for i, state in model.items() if not state[3]]
    drafts = [i for i in live if model[i][2] == "draft"]
    finals = [i for i in live if model[i][2] == "final"]
    kinds = ["new"] * 3 + ["edit"] * 3 * bool(drafts) + ["finalise"] * bool(drafts)
    kinds += ["reopen"] * bool(finals) + ["delete"] * bool(live) * (len(live) > 5)
    kind = rng.choice(kinds)
    op = {"op": kind, "token": f"{seed}/{n}", "length": rng.randrange(2000),
          "figure": rng.randrange(1000)}
    if kind != "new":
        pool = {"edit": drafts, "finalise": drafts, "reopen": finals, "delete": live}[kind]
        op["id"] = rng.choice(sorted(pool))
    return op


def apply(workspace: Workspace, op: dict) -> None:
    """Run one operation exactly as the window does; a new session's id goes into `op`."""
    kind = op["op"]
    if kind == "new":
        form = valid_form(workspace.db, notes=notes_of(op),
                          attendance={"male_60_plus": op["figure"]})
        op["id"] = workspace.save(form, finalise=False).session_id
    elif kind == "edit":
        form = workspace.load_form(op["id"])
        form.notes, form.attendance["male_60_plus"] = notes_of(op), op["figure"]
        workspace.save(form, finalise=False)
    elif kind == "finalise":
        workspace.finalise(op["id"])
    elif kind == "reopen":
        workspace.reopen(op["id"])
    else:
        workspace.delete(op["id"])


def step(workspace: Workspace, model: Model, rng: Random, reporter: Reporter, n: int,
         seed: int) -> None:
    op = choose(rng, model, n, seed)
    reporter.begin(op)
    apply(workspace, op)
    reporter.done(op)  # only now: the call returned, the transaction is committed
    model[op["id"]] = after(op, model.get(op["id"]))


def open_warm(db_path: Path) -> Workspace:
    """The database opened as the window opens it, with every kind of save made once
    (SQLAlchemy's statement cache warm, as in an app that has been running a while)."""
    workspace = Workspace(open_database(db_path))
    model: Model = {}
    for n, kind in enumerate(("new", "edit", "finalise", "reopen", "delete")):
        op = {"op": kind, "token": f"warm/{n}", "length": 10, "figure": n}
        if kind != "new":
            op["id"] = next(iter(model))
        apply(workspace, op)
        model[op["id"]] = after(op, model.get(op["id"]))
    return workspace


def saving(workspace: Workspace, model: Model, seed: int):
    """The child's work: save, edit, finalise, reopen and delete until killed."""
    def work(reporter: Reporter) -> None:
        rng, mine = Random(seed), dict(model)
        reporter.ready()
        for n in range(100_000):
            step(workspace, mine, rng, reporter, n, seed)
    return work


def read_states(connection: sqlite3.Connection) -> Model:
    rows = connection.execute(
        "SELECT s.id, s.notes, a.male_60_plus, s.status, s.deleted FROM sessions s "
        "LEFT JOIN attendance a ON a.session_id = s.id")
    return {i: (notes, figure, status, bool(deleted))
            for i, notes, figure, status, deleted in rows}


def check_saves(connection: sqlite3.Connection, model: Model, done: list[dict],
                in_flight: dict | None) -> Model:
    """Compare the database with every acknowledged save; return the new model (the
    in-flight operation counted when it happened)."""
    expected = dict(model)
    for op in done:
        expected[op["id"]] = after(op, expected.get(op["id"]))
    actual = read_states(connection)
    maybe = None
    if in_flight is not None:
        maybe = after(in_flight, expected.get(in_flight.get("id")))
    for session_id, state in expected.items():
        got = actual.get(session_id)
        if got != state:
            assert in_flight is not None and in_flight.get("id") == session_id \
                and got == maybe, f"session {session_id}: {_short(got)} != {_short(state)}"
    extra = set(actual) - set(expected)
    if extra:
        assert in_flight is not None and in_flight["op"] == "new" and len(extra) == 1, \
            f"sessions nobody saved: {sorted(extra)}"
        assert actual[extra.pop()] == maybe, "a half-saved new session"
    return actual


def _short(state: State | None) -> str:
    return "absent" if state is None else str((state[0][:20], *state[1:]))
