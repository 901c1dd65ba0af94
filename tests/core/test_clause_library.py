"""The clause library: metadata, rendering per jurisdiction, sandboxing, user clauses."""

from __future__ import annotations

import pytest

from draftkit.core.clauses import (MAX_PARAM_CHARS, is_modified, load_library, render_clause)
from draftkit.core.errors import ClauseError
from draftkit.core.jurisdictions import all_jurisdictions, jurisdiction
from draftkit.core.rubric import load_rubric

LIBRARY = load_library()
RUBRIC = load_rubric()
CODES = [j.code for j in all_jurisdictions()]


def test_every_category_has_one_recommended_clause_at_its_best_level():
    for category in RUBRIC.categories:
        recommended = [c for c in LIBRARY.for_category(category.id) if c.recommended]
        assert len(recommended) == 1, category.id
        best = max(category.levels, key=lambda level: level.points)
        assert recommended[0].level == best.id, category.id
        assert LIBRARY.recommended(category.id) == recommended[0]


def test_every_clause_names_a_real_rubric_level():
    for clause in LIBRARY.clauses:
        assert RUBRIC.level(clause.category, clause.level).points >= 0, clause.id


def test_intermediate_options_drafters_ask_for_exist():
    levels = {(c.category, c.level) for c in LIBRARY.clauses}
    for wanted in [("offenses", "broad_with_exclusions"), ("timing", "reasonable_time"),
                   ("relief_type", "sealing"), ("discretion", "presumptive"),
                   ("documentation", "optional"), ("access", "partial")]:
        assert wanted in levels


def test_metadata_is_complete_enough_to_read_in_committee():
    for clause in LIBRARY.clauses:
        sentences = clause.rationale.count(". ") + 1
        assert 2 <= sentences <= 4, clause.id
        assert "§" in clause.basis or "U.S.C." in clause.basis or "rubric" in clause.basis
        assert clause.source == "built-in"


def _other_states_names(code: str) -> set[str]:
    own = {s.lower() for s in jurisdiction(code).identifying_strings()}
    others = set()
    for other in all_jurisdictions():
        if other.code != code:
            others |= {s.lower() for s in other.identifying_strings()}
    return {name for name in others if not any(name in mine for mine in own)}


@pytest.mark.parametrize("code", CODES)
def test_rendered_clauses_are_clean_and_never_borrow_another_state(code):
    foreign = _other_states_names(code)
    for clause in LIBRARY.clauses:
        text = render_clause(clause, code)
        for leftover in ("{{", "}}", "{%", "%}", "None", "  "):
            assert leftover not in text, (clause.id, leftover)
        lowered = text.lower()
        borrowed = [name for name in foreign if name in lowered]
        assert borrowed == [], (clause.id, borrowed)


def test_known_court_is_used_and_unknown_court_is_neutral():
    assert "The court of common pleas shall grant" in render_clause("discretion_mandatory", "OH")
    assert "The court shall grant" in render_clause("discretion_mandatory", "NY")
    assert "The court shall grant" in render_clause("discretion_mandatory", None)


def test_trafficking_sections_only_where_the_statute_names_them():
    assert "s. 787.06" in render_clause("eligibility_open", "FL")
    assert "including a violation" not in render_clause("eligibility_open", "WY")


def test_filing_term_follows_the_statute():
    text = render_clause("burden_preponderance", "NV", {"filing": "petition"})
    assert text.startswith("The petitioner shall establish")
    with pytest.raises(ClauseError, match="filing"):
        render_clause("burden_preponderance", "NV", {"filing": "letter"})


def test_exclusions_parameter_is_optional_and_listed():
    none = render_clause("offenses_any_except", None, {"exclusions": []})
    assert "other than" not in none and none.endswith("ordinance.")
    three = render_clause("offenses_any_except", None,
                          {"exclusions": ["a crime of violence", "a sex offense", "trafficking"]})
    assert three.endswith("other than a crime of violence, a sex offense or trafficking.")


def test_unknown_clause_and_unknown_parameter_are_one_line_errors():
    with pytest.raises(ClauseError, match="unknown clause 'nope'"):
        LIBRARY.get("nope")
    with pytest.raises(ClauseError, match="unknown parameter 'colour'"):
        render_clause("offenses_any", "NV", {"colour": "red"})


def test_huge_parameter_is_refused():
    with pytest.raises(ClauseError, match="too long"):
        render_clause("offenses_any_except", "NV", {"exclusions": ["x" * (MAX_PARAM_CHARS + 1)]})
    with pytest.raises(ClauseError, match="too many"):
        render_clause("offenses_any_except", "NV", {"exclusions": ["x"] * 10_000})
    with pytest.raises(ClauseError, match="must be text"):
        render_clause("offenses_any_except", "NV", {"exclusions": [{"a": 1}]})


def _user_clause(folder, clause_id, body, category="offenses", level="any_offense", extra=""):
    (folder / f"{clause_id}.toml").write_text(
        f'id = "{clause_id}"\ntitle = "T"\ncategory = "{category}"\nlevel = "{level}"\n'
        f'rationale = "One. Two."\nbasis = "34 U.S.C. § 10381"\n{extra}'
        '[placement]\nmode = "replace"\n', "utf-8")
    (folder / f"{clause_id}.j2").write_text(body, "utf-8")


@pytest.mark.parametrize("body", [
    "{{ ''.__class__.__mro__ }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ lipsum.__globals__['os'].system('true') }}",
    "{% for x in range(10**9) %}{{ x }}{% endfor %}",
    "{{ court.__class__ }}",
    "{{ undefined_name }}",
    "{% include '/etc/passwd' %}",
    "{{ unclosed",
])
def test_hostile_user_template_is_refused_naming_the_clause(tmp_path, body):
    _user_clause(tmp_path, "evil", body)
    library = load_library(tmp_path)
    with pytest.raises(ClauseError) as caught:
        render_clause(library.get("evil"), "NV")
    message = str(caught.value)
    assert message.startswith("clause evil:") and "\n" not in message


def test_user_clause_replaces_built_in_and_says_so(tmp_path):
    _user_clause(tmp_path, "offenses_any", "Any offense at all, in {{ court }}.")
    library = load_library(tmp_path)
    clause = library.get("offenses_any")
    assert clause.source == "modified from default" and is_modified(library, "offenses_any")
    assert render_clause(clause, "NV") == "Any offense at all, in district court."
    assert not is_modified(library, "timing_any_time")
    assert render_clause("offenses_any", "NV").startswith("A motion under this section")


def test_user_template_alone_overrides_built_in_body(tmp_path):
    (tmp_path / "timing_any_time.j2").write_text("Filed whenever.", "utf-8")
    library = load_library(tmp_path)
    assert is_modified(library, "timing_any_time")
    assert render_clause(library.get("timing_any_time"), "NV") == "Filed whenever."


@pytest.mark.parametrize("extra, field", [
    ('recommended = "yes please"\n', "recommended"),
    ('unexpected = 1\n', "unexpected"),
])
def test_malformed_metadata_names_file_and_field(tmp_path, extra, field):
    _user_clause(tmp_path, "odd", "x", extra=extra)
    with pytest.raises(ClauseError, match=rf"odd\.toml.*{field}"):
        load_library(tmp_path)


def test_metadata_missing_field_and_bad_toml(tmp_path):
    (tmp_path / "short.toml").write_text('id = "short"\ntitle = "T"\n', "utf-8")
    with pytest.raises(ClauseError, match=r"short\.toml.*category"):
        load_library(tmp_path)
    (tmp_path / "short.toml").write_text('id = = "short"\n', "utf-8")
    with pytest.raises(ClauseError, match=r"short\.toml"):
        load_library(tmp_path)


def test_missing_user_folder_is_an_error(tmp_path):
    with pytest.raises(ClauseError, match="does not exist"):
        load_library(tmp_path / "nowhere")


@pytest.mark.parametrize("body", [
    "{{ 'x' * 1000000000 }}",
    "{{ 2 ** 100000000 }}",
    "{{ court|center(1000000000) }}",
    "{% for a in 'abcdefghijklmnopqrstuvwxyz' %}{% for b in 'abcdefghijklmnopqrstuvwxyz' %}"
    "{% for c in 'abcdefghijklmnopqrstuvwxyz' %}{{ court }}{% endfor %}{% endfor %}{% endfor %}",
])
def test_template_cannot_blow_up_memory_or_output(tmp_path, body):
    _user_clause(tmp_path, "big", body)
    with pytest.raises(ClauseError, match="^clause big:"):
        render_clause(load_library(tmp_path).get("big"), "NV")


def test_users_recommended_clause_wins_for_fix_all(tmp_path):
    _user_clause(tmp_path, "our_offenses", "Any offense whatever.",
                 extra="recommended = true\n")
    library = load_library(tmp_path)
    assert library.recommended("offenses").id == "our_offenses"
    assert library.get("our_offenses").source == "user"
    assert LIBRARY.recommended("offenses").id == "offenses_any"
