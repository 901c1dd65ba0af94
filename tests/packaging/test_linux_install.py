"""install.sh from the Linux tarball: installs for a user, registers the menu entry, uninstalls."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from draftkit.core.about import APP_ID

ROOT = Path(__file__).resolve().parents[2]
FAKE_EXE = "#!/bin/sh\necho \"$(basename \"$0\") ran $*\"\n"


def _bundle(tmp_path: Path) -> Path:
    """A stand-in for the unpacked tarball: two tiny executables plus the staged share/."""
    app = tmp_path / "unpacked" / "draftkit"
    (app / "_internal").mkdir(parents=True)
    for name in ("draftkit", "draftkit-gui"):
        (app / name).write_text(FAKE_EXE)
        (app / name).chmod(0o755)
    subprocess.run([str(ROOT / "packaging" / "linux" / "stage_share.sh"), str(app)],
                   check=True, timeout=60)
    return app


def _run_install(app: Path, home: Path, *args) -> subprocess.CompletedProcess:
    env = {"HOME": str(home), "PATH": f"{home / '.local' / 'bin'}:{os.environ['PATH']}"}
    return subprocess.run(["sh", str(app / "install.sh"), *args], env=env,
                          capture_output=True, text=True, timeout=60)


def test_install_registers_app_and_uninstall_removes_it(tmp_path):
    app, home = _bundle(tmp_path), tmp_path / "home"
    home.mkdir()
    result = _run_install(app, home)
    assert result.returncode == 0, result.stderr
    prefix = home / ".local" / "opt" / "draftkit"
    desktop = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    ran = subprocess.run([str(home / ".local" / "bin" / "draftkit"), "--version"],
                         capture_output=True, text=True, timeout=30)
    assert ran.stdout.strip() == "draftkit ran --version"
    assert f"Exec={prefix}/draftkit-gui %f" in desktop.read_text().splitlines()
    valid = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True,
                           text=True, timeout=60)
    assert valid.returncode == 0, valid.stdout
    icon = home / ".local/share/icons/hicolor/48x48/apps" / f"{APP_ID}.png"
    assert icon.read_bytes() == (ROOT / "packaging/icons/draftkit-48.png").read_bytes()
    assert (home / ".local/share/mime/packages" / f"{APP_ID}.xml").is_file()

    shutil.rmtree(app.parent)  # the user deleted the unpacked tarball
    result = _run_install(prefix, home, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert not prefix.exists() and not desktop.exists() and not icon.exists()
    assert not (home / ".local" / "bin" / "draftkit").exists()


def test_install_refuses_an_unknown_option(tmp_path):
    app, home = _bundle(tmp_path), tmp_path / "home"
    result = _run_install(app, home, "--everywhere")
    assert result.returncode == 2
    assert "unknown option --everywhere" in result.stderr
    assert not (home / ".local" / "opt").exists()
