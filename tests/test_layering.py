"""DESIGN.md layering: the domain, sync and printing code never import Qt."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "riskedu"
QT_FREE = ("core", "sync", "printing")


def qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return [n for n in names if n.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}]


def test_no_qt_below_the_ui():
    files = [f for layer in QT_FREE for f in (PACKAGE / layer).rglob("*.py")]
    assert files, "layers not found"
    offenders = {str(f.relative_to(PACKAGE)): qt_imports(f) for f in files if qt_imports(f)}
    assert offenders == {}
