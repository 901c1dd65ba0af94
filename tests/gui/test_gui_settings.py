"""Window geometry, splitter positions and the theme choice are remembered between runs."""

from PySide6.QtWidgets import QApplication

from draftkit.gui.mainwindow import MainWindow
from draftkit.gui.settings import Settings
from draftkit.gui.theme import is_dark


def test_geometry_and_splitters_come_back(qtbot, window):
    window.resize(798, 700)
    window.main_splitter.setSizes([410, 380])
    sizes = window.main_splitter.sizes()
    assert window.close()
    again = MainWindow(Settings())
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (798, 700)
    assert again.main_splitter.sizes() == sizes


def test_theme_choice_applies_and_persists(qtbot, window):
    window.actions["theme_dark"].trigger()
    assert is_dark(QApplication.instance().palette())
    assert Settings().theme() == "dark"
    window.actions["theme_light"].trigger()
    assert not is_dark(QApplication.instance().palette())
    assert Settings().theme() == "light"
