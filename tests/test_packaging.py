"""`pip install .` ships every module, the migrations, the resources and the translation
sources."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_holds_every_source_file_and_resource(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", str(ROOT),
                    "-w", str(tmp_path)], check=True, capture_output=True, timeout=300)
    (wheel,) = tmp_path.glob("riskedu-*.whl")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    sources = {p.relative_to(ROOT).as_posix() for p in (ROOT / "riskedu").rglob("*")
               if p.suffix in {".py", ".mako"} and "__pycache__" not in p.parts}
    resources = {"riskedu_resources/" + p.relative_to(ROOT / "resources").as_posix()
                 for p in (ROOT / "resources").rglob("*") if p.is_file()}
    translations = {"riskedu_translations/" + p.name for p in (ROOT / "translations").glob("*.ts")}
    assert sources - shipped == set()
    assert resources - shipped == set()
    assert len(translations) >= 7 and translations - shipped == set()
    assert not [name for name in shipped if name.endswith(".qm")]  # compiled where it runs
    assert "riskedu_resources/icons/riskedu.svg" in shipped
    (entry_points,) = [n for n in shipped if n.endswith(".dist-info/entry_points.txt")]
    scripts = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "riskedu = riskedu.cli:main" in scripts
