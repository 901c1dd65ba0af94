"""apply_clause on real statutes: where the clause goes, how it is worded, what is reported."""

from __future__ import annotations

import pytest

from draftkit.core.clauses import clause_impacts, default_library, render_clause
from draftkit.core.corpus import load_bundled
from draftkit.core.errors import ClauseError
from draftkit.core.insertion import apply_clause, apply_clauses
from draftkit.core.placement import analyze_statute, filing_term, rebuilt
from draftkit.core.rubric import load_rubric
from draftkit.core.statute import Provenance
from draftkit.core.structure import build_statute

RUBRIC = load_rubric()
NV = load_bundled("NV")


def _labels(text, section=0):
    statute = build_statute(text, NV.provenance)
    return [c.label for c in statute.provisions[section].children]


def test_replacing_the_provision_behind_the_gap():
    amendment = apply_clause(NV, "offenses_any", rubric=RUBRIC)
    body = render_clause("offenses_any", "NV", {"filing": "petition"})
    assert amendment.description == "replaced subsection 2 of § 179.247"
    assert f"\n2. {body}\n3. A petition filed pursuant to subsection 1" in amendment.text
    assert "other than a crime of violence" not in amendment.text
    assert amendment.text.split("§ Nev. Rev. Stat. § 62E.275")[1] == \
        NV.text.split("§ Nev. Rev. Stat. § 62E.275")[1]
    [applied] = amendment.applied
    assert amendment.text[applied.start:applied.end] == body
    assert analyze_statute(rebuilt(NV, amendment.text), RUBRIC).finding("offenses").level \
        == "any_offense"


def test_adding_after_the_grant_provision_renumbers_the_rest():
    amendment = apply_clause(NV, "hearing_not_required", rubric=RUBRIC)
    assert amendment.description.startswith("added subsection 5 after subsection 4 of § 179.247")
    assert "renumbered 1 later subsection" in amendment.description
    assert _labels(amendment.text) == ["1.", "2.", "3.", "4.", "5.", "6."]
    assert "\n6. Before the court decides" in amendment.text


def test_juvenile_section_names_the_juvenile_court():
    amendment = apply_clause(NV, "discretion_mandatory", rubric=RUBRIC)
    adult, juvenile = amendment.text.split("§ Nev. Rev. Stat. § 62E.275")
    assert "4. The district court shall grant a petition" in adult
    assert "3. The juvenile court shall grant a petition" in juvenile
    assert [a.clause_id for a in amendment.applied] == ["discretion_mandatory"] * 2


def test_parameters_are_used_and_recorded():
    params = {"exclusions": ["a sex offense", "murder"]}
    amendment = apply_clause(NV, "offenses_any_except", params=params, rubric=RUBRIC)
    assert "other than a sex offense or murder." in amendment.text
    assert amendment.applied[0].params == params


def test_jurisdiction_override_and_neutral_wording():
    ohio = apply_clause(NV, "discretion_mandatory", jurisdiction_code="OH", rubric=RUBRIC)
    assert "The court of common pleas shall grant" in ohio.text
    pasted = build_statute(NV.text, Provenance("", None, origin="pasted"))
    neutral = apply_clause(pasted, "discretion_mandatory", rubric=RUBRIC)
    assert "The court shall grant" in neutral.text and "district court shall" not in neutral.text


def test_filing_term_follows_the_statute():
    assert filing_term(NV.text) == "petition"
    assert filing_term(load_bundled("NY").text) == "motion"
    assert filing_term("") == "motion"


def test_letter_scheme_gets_the_next_letter():
    statute = load_bundled("PA")
    amendment = apply_clause(statute, "access_full", rubric=RUBRIC)
    labels = _labels(amendment.text)
    assert labels[-1] == "(h)" and labels[:-1] == _labels(statute.text)


def test_several_clauses_in_sequence():
    amendment = apply_clauses(NV, ["offenses_any", "timing_any_time", "access_full"],
                              rubric=RUBRIC)
    placed = [a.clause_id for a in amendment.applied]
    assert placed[:3] == ["offenses_any", "timing_any_time", "access_full"]
    assert placed[3:] == ["timing_any_time"]  # the juvenile section's "due diligence" too
    assert len(amendment.steps) == 3
    analysis = analyze_statute(rebuilt(NV, amendment.text), RUBRIC)
    assert {analysis.finding(c).level for c in ("offenses", "timing", "access")} == \
        {"any_offense", "none", "full"}


def test_no_relief_state_enacts_a_section():
    statute = load_bundled("AK")
    amendment = apply_clause(statute, "relief_vacatur_expungement", rubric=RUBRIC)
    assert amendment.description == "enacted a new section with 1 subsection(s)"
    assert amendment.text.startswith(statute.text.rstrip())
    assert "\n(a) Relief under this section consists of an order of the superior court" \
        in amendment.text


def test_unknown_clause_is_a_clause_error():
    with pytest.raises(ClauseError, match="unknown clause 'nope'"):
        apply_clause(NV, "nope", rubric=RUBRIC)


def test_source_statute_is_untouched():
    before = NV.text
    apply_clause(NV, "offenses_any", rubric=RUBRIC)
    assert NV.text == before


def test_clause_impacts_are_score_differences_and_cached():
    impacts = clause_impacts(NV, default_library(), RUBRIC)
    base = sum(f.points for f in analyze_statute(NV, RUBRIC).findings)
    amended = apply_clause(NV, "discretion_mandatory", rubric=RUBRIC)
    after = sum(f.points for f in analyze_statute(rebuilt(NV, amended.text), RUBRIC).findings)
    assert impacts["discretion_mandatory"] == after - base > 0
    assert impacts["eligibility_open"] == 0  # Nevada is already open
    assert set(impacts) == {c.id for c in default_library().clauses}
    assert clause_impacts(NV, default_library(), RUBRIC) == impacts


def test_clause_impacts_for_one_category_only():
    library = default_library()
    ids = [c.id for c in library.for_category("timing")]
    impacts = clause_impacts(load_bundled("FL"), library, RUBRIC, clause_ids=ids)
    assert set(impacts) == set(ids)
    assert impacts["timing_any_time"] > impacts["timing_reasonable"] >= 0


def test_clause_impacts_count_the_users_overrides():
    """A category the user already scores at its best gains nothing from its clause."""
    from draftkit.core.findings import Override

    plain = clause_impacts(NV, default_library(), RUBRIC, clause_ids=["discretion_mandatory"])
    overridden = clause_impacts(NV, default_library(), RUBRIC,
                                clause_ids=["discretion_mandatory"],
                                overrides=(Override("discretion", "mandatory", "by rule"),))
    gain = RUBRIC.level("discretion", "mandatory").points - RUBRIC.level(
        "discretion", "discretionary").points
    assert plain["discretion_mandatory"] - overridden["discretion_mandatory"] == gain
