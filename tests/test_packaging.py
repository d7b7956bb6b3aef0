"""`pip install .` ships every module, the migrations, the resources and the translation
sources, and an installed copy compiles its catalogues where it runs."""

import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", str(ROOT),
                    "-w", str(folder)], check=True, capture_output=True, timeout=300)
    (built,) = folder.glob("riskedu-*.whl")
    return built


def test_wheel_holds_every_source_file_and_resource(wheel):
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
    assert "riskedu_resources/fonts/NotoSansKhmer-Variable.ttf" in shipped
    (entry_points,) = [n for n in shipped if n.endswith(".dist-info/entry_points.txt")]
    scripts = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "riskedu = riskedu.cli:main" in scripts


INSTALLED_COPY = textwrap.dedent("""
    import sys
    from pathlib import Path
    import riskedu
    from riskedu.resources import resource_path
    from riskedu.ui import catalogs
    assert Path(riskedu.__file__).is_relative_to(sys.argv[1]), riskedu.__file__
    catalogs.CACHE_DIR = Path(sys.argv[2])
    qm = catalogs.qm_file("km")
    assert qm is not None and qm.parent == catalogs.CACHE_DIR, qm
    from PySide6.QtCore import QCoreApplication, QTranslator
    app = QCoreApplication([])
    translator = QTranslator()
    assert translator.load(str(qm))
    app.installTranslator(translator)
    assert resource_path("fonts", "NotoSansMyanmar-Variable.ttf").is_file()
    print(QCoreApplication.translate("SessionsModel", "Village / place"))
""")


def test_an_installed_copy_compiles_its_catalogues_into_the_cache(wheel, tmp_path):
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                    "--target", str(site), str(wheel)], check=True, capture_output=True,
                   timeout=300)
    environment = dict(os.environ, PYTHONPATH=str(site))
    shown = subprocess.run([sys.executable, "-c", INSTALLED_COPY, str(site),
                            str(tmp_path / "cache")], cwd=tmp_path, env=environment,
                           capture_output=True, text=True, timeout=120)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip() == "ភូមិ / ទីកន្លែង"
