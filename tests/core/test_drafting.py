"""Saved drafts: round trip, damaged and newer files refused, atomic save, autosave."""

from __future__ import annotations

import json
import os

import pytest

from draftkit.core import drafting
from draftkit.core.drafting import (autosave_path, discard_recovery, find_recovery, load_draft,
                                    new_draft, save_draft, update_draft, write_autosave)
from draftkit.core.errors import DraftError
from draftkit.core.findings import Override
from draftkit.core.statute import Provenance, Statute


def _statute(text="1. A person may petition the court.\n2. The court may grant it.") -> Statute:
    provenance = Provenance("Testland", "NV", ("T.C. § 1",), "Relief", "vacatur", (), "2024",
                            True, "", "pasted")
    return Statute(text=text, provenance=provenance)


def _draft():
    return new_draft(_statute(), "1. A person may petition the court.\n2. The court shall grant it.",
                     clauses=[{"clause_id": "offenses_any_except",
                               "params": {"exclusions": ["a crime of violence"]}}],
                     overrides=[Override("hearing", "silent", "checked by hand")],
                     title="AN ACT relating to relief", sponsor="Sen. A", author="staff")


def test_round_trip_is_identical(tmp_path):
    draft = _draft()
    path = save_draft(draft, tmp_path / "bill.draftkit")
    assert load_draft(path) == draft
    assert load_draft(path).original_provenance() == _statute().provenance


def test_file_says_what_it_is(tmp_path):
    value = json.loads(save_draft(_draft(), tmp_path / "b.draftkit").read_text("utf-8"))
    assert value["format"] == "draftkit-draft" and value["schema_version"] == 1
    assert value["overrides"][0] == {"category": "hearing", "level": "silent",
                                     "note": "checked by hand"}


def test_truncated_at_every_offset_is_refused(tmp_path):
    data = drafting.draft_to_bytes(new_draft(_statute("1. x")))
    path = tmp_path / "cut.draftkit"
    for cut in range(len(data)):
        path.write_bytes(data[:cut])
        with pytest.raises(DraftError) as caught:
            load_draft(path)
        assert "\n" not in str(caught.value)


@pytest.mark.parametrize("content", [b"", b"\x00\xff\xfe binary", b"[1, 2]", b"not json",
                                     b'{"format": "something-else", "schema_version": 1}',
                                     b'{"format": "draftkit-draft", "schema_version": "1"}',
                                     b'{"format": "draftkit-draft", "schema_version": 1}'])
def test_corrupt_or_foreign_files_are_refused(tmp_path, content):
    path = tmp_path / "bad.draftkit"
    path.write_bytes(content)
    with pytest.raises(DraftError, match="bad.draftkit"):
        load_draft(path)


@pytest.mark.parametrize("field", ["original_text", "amended_text", "provenance", "clauses",
                                   "overrides", "bill", "created", "modified"])
def test_missing_field_is_named(tmp_path, field):
    value = json.loads(drafting.draft_to_bytes(_draft()))
    del value[field]
    path = tmp_path / "m.draftkit"
    path.write_text(json.dumps(value), "utf-8")
    with pytest.raises(DraftError, match=field):
        load_draft(path)


def test_newer_schema_is_refused_and_file_untouched(tmp_path):
    value = json.loads(drafting.draft_to_bytes(_draft()))
    value["schema_version"] = 7
    value["new_feature"] = {"x": 1}
    path = tmp_path / "future.draftkit"
    path.write_text(json.dumps(value), "utf-8")
    before = path.read_bytes(), path.stat().st_mtime_ns
    with pytest.raises(DraftError, match=r"newer DraftKit \(schema 7\); this version reads up to 1"):
        load_draft(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_failed_save_leaves_old_file_intact(tmp_path, monkeypatch):
    path = save_draft(_draft(), tmp_path / "keep.draftkit")
    old = path.read_bytes()

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    changed = update_draft(_draft(), amended_text="something else entirely")
    with pytest.raises(DraftError, match="No space left"):
        save_draft(changed, path)
    assert path.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.draftkit"]


def test_interrupted_replace_leaves_old_file(tmp_path, monkeypatch):
    path = save_draft(_draft(), tmp_path / "keep.draftkit")
    old = path.read_bytes()

    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        save_draft(update_draft(_draft(), amended_text="new"), path)
    assert path.read_bytes() == old
    assert len(list(tmp_path.iterdir())) == 1


def test_update_returns_new_draft_and_keeps_original():
    draft = _draft()
    changed = update_draft(draft, amended_text="new text", overrides=[])
    assert changed.amended_text == "new text" and changed.overrides == ()
    assert draft.amended_text != "new text" and changed.created == draft.created


def test_autosave_and_recovery_live_in_the_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("DRAFTKIT_DATA_DIR", str(tmp_path / "data"))
    assert find_recovery() == []
    saved_as = tmp_path / "work" / "bill.draftkit"
    draft = _draft()
    recovery = write_autosave(draft, saved_as)
    assert recovery.parent == tmp_path / "data" / "recovery"
    assert recovery == autosave_path(saved_as) != autosave_path(tmp_path / "other.draftkit")
    untitled = write_autosave(_draft())
    assert set(find_recovery()) == {recovery, untitled}
    assert load_draft(recovery) == draft
    discard_recovery(recovery)
    assert find_recovery() == [untitled]


def test_discard_refuses_files_outside_recovery(tmp_path):
    outside = save_draft(_draft(), tmp_path / "mine.draftkit")
    with pytest.raises(DraftError):
        discard_recovery(outside)
    assert outside.exists()
