"""The all-jurisdictions view: graded in a worker, sortable, and double-click opens a state."""

from PySide6.QtCore import Qt

from conftest import wait_for_grade


def _show_states(qtbot, win):
    win.actions["show_states"].trigger()
    qtbot.waitUntil(lambda: win.states.model.rowCount() == 51, timeout=60_000)
    return win.states


def test_all_51_are_graded_and_sort_by_score(qtbot, window):
    states = _show_states(qtbot, window)
    states.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    scores = [int(states.proxy.index(r, 2).data()) for r in range(states.proxy.rowCount())]
    assert scores == sorted(scores, reverse=True)
    states.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    codes = [states.proxy.index(r, 0).data() for r in range(states.proxy.rowCount())]
    assert codes == sorted(codes) and "DC" in codes and "NV" in codes
    assert "51 jurisdictions" in states.status.text()


def test_picker_lists_every_jurisdiction_with_its_grade(qtbot, window):
    _show_states(qtbot, window)
    nv = window.picker.itemText(window.picker.findData("NV"))
    row = next(r for r in window.state_rows if r.code == "NV")
    assert nv.startswith("NV  Nevada") and f"{row.grade_label} ({row.score})" in nv
    assert window.picker.count() == 52  # the prompt plus 51


def test_double_click_on_a_row_opens_that_state(qtbot, window):
    states = _show_states(qtbot, window)
    states.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    row = next(r for r in range(states.proxy.rowCount()) if states.code_at_row(r) == "GA")
    index = states.proxy.index(row, 1)
    states.table.scrollTo(index)
    rect = states.table.visualRect(index)
    qtbot.mouseClick(states.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(states.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.controller.statute.code == "GA"
    assert window.tabs.currentIndex() == 0
    wait_for_grade(qtbot, window)


def test_double_click_on_a_tile_opens_that_state(qtbot, window):
    states = _show_states(qtbot, window)
    tile = states.map.tile_rect("NV").center().toPoint()
    qtbot.mouseDClick(states.map, Qt.MouseButton.LeftButton, pos=tile)
    assert window.controller.statute.code == "NV"
    wait_for_grade(qtbot, window)
