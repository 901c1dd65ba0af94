"""RUBRIC.md's calibration examples, evidence offsets, excerpts, PDF text and determinism."""

from __future__ import annotations

import pytest

from draftkit.core.analysis import analyze, is_no_relief_law
from draftkit.core.corpus import jurisdiction_codes, load_bundled
from draftkit.core.statute import Provenance, Statute


def test_nevada_calibration_findings():
    analysis = analyze(load_bundled("NV"))
    expected = {"relief_type": "vacatur_and_clearing", "offenses": "broad_with_exclusions",
                "discretion": "discretionary", "nexus": "result", "timing": "reasonable_time",
                "record_scope": "juvenile_only"}
    assert {c: analysis.finding(c).level for c in expected} == expected
    words = {c: " ".join(e.text for e in analysis.finding(c).evidence) for c in expected}
    assert "other than a crime of violence" in words["offenses"]
    assert "may grant" in words["discretion"]
    assert "result of" in words["nexus"]
    assert "due diligence" in words["timing"]


def test_new_york_2010_wording_documentation_presumption():
    text = ("(i) The judgment is a conviction where the arresting charge was under section 240.37 "
            "(loitering for the purpose of engaging in a prostitution offense) or 230.00 "
            "(prostitution) of the penal law, and the defendant's participation in the offense was "
            "a result of having been a victim of sex trafficking under section 230.34 of the penal "
            "law or trafficking in persons under the Trafficking Victims Protection Act (United "
            "States Code, Title 22, Chapter 78); provided that official documentation of the "
            "defendant's status as a victim of sex trafficking or trafficking in persons at the "
            "time of the offense from a federal, state or local government agency shall create a "
            "presumption that the defendant's participation in the offense was a result of having "
            "been a victim of sex trafficking or trafficking in persons, but shall not be required "
            "for granting a motion under this paragraph.")
    finding = analyze(text).finding("documentation")
    assert finding.level == "optional_presumption"
    assert any("presumption" in e.text for e in finding.evidence)


def test_documentation_required_only_when_a_condition():
    text = ("A person may move to vacate a conviction. The motion must include a certification "
            "from the prosecuting attorney that the person was a victim of human trafficking.")
    assert analyze(text).finding("documentation").level == "required"


@pytest.mark.parametrize("code", jurisdiction_codes())
def test_evidence_spans_are_exact_offsets_into_the_text(code):
    statute = load_bundled(code)
    for finding in analyze(statute).findings:
        for evidence in finding.evidence:
            assert statute.text[evidence.start:evidence.end] == evidence.text
            assert evidence.text.strip()


def test_pdf_extracted_text_maps_spans_back_to_the_original():
    text = ("Page 3 of 9\n(b) The court shall grant the mo-\ntion if it finds by a preponder-\n"
            "ance of the evidence that the person was a vic-\ntim of human trafficking.\n"
            "- 4 -\n(c) The court may grant the motion with-\nout a hearing.\n")
    analysis = analyze(text)
    burden = analysis.finding("burden")
    assert burden.level == "preponderance"
    assert burden.evidence[0].text == "preponder-\nance of the evidence"
    assert analysis.finding("hearing").level == "not_required"
    assert analysis.finding("discretion").level == "mandatory"


def test_definitions_and_juvenile_sections_elsewhere_count():
    text = ("§ 1. Definitions.\n(a) \"Eligible offense\" means any offense other than murder.\n"
            "§ 2. Vacatur.\n(a) A person convicted of an eligible offense as a result of being a "
            "victim of human trafficking may move to vacate the conviction.\n"
            "§ 9-17. Juvenile records.\n(a) A child adjudicated delinquent as a result of being a "
            "victim of human trafficking may move to vacate the adjudication.\n")
    analysis = analyze(text)
    assert analysis.finding("offenses").level == "broad_with_exclusions"
    assert analysis.finding("record_scope").level == "juvenile_only"


def test_excerpt_flags_silent_categories_for_verification():
    text = "A person convicted of prostitution may move to vacate the conviction."
    provenance = Provenance(jurisdiction="X", code="XX", complete=False, missing="the rest")
    excerpt = analyze(Statute(text=text, provenance=provenance))
    whole = analyze(Statute(text=text, provenance=Provenance(jurisdiction="X", code="XX", complete=True)))
    assert excerpt.excerpt and excerpt.finding("burden").verify
    assert not whole.finding("burden").verify


def test_minors_only_law_is_graded_and_says_so():
    text = ("A child adjudicated delinquent for prostitution who was a victim of human "
            "trafficking may petition the juvenile court to vacate the adjudication.")
    analysis = analyze(text)
    assert not analysis.no_relief_law
    eligibility = analysis.finding("eligibility")
    assert eligibility.level in ("limited", "narrow") and "minors" in eligibility.reason


@pytest.mark.parametrize("text,kind,expected", [
    ("", "", True), ("   \n", "vacatur", True),
    ("[NO TRAFFICKING-SPECIFIC RELIEF STATUTE FOUND]", "none", True),
    ("§ 6-2-708 [catchline not shown]\n", "vacatur", False),
    ("A person may move to vacate the conviction.", "none", False),
])
def test_no_relief_law(text, kind, expected):
    assert is_no_relief_law(text, kind) is expected


def test_same_input_gives_identical_results():
    for code in ("NV", "VA", "DC", "AK"):
        text = load_bundled(code).text
        first = analyze(text)
        from draftkit.core import analysis as module

        module._analyze.cache_clear()
        assert analyze(text) == first


def test_reasons_are_one_line_and_gaps_only_below_max():
    for code in jurisdiction_codes():
        for finding in analyze(load_bundled(code)).findings:
            assert finding.reason and "\n" not in finding.reason
            assert (finding.gap == "") == (finding.points == finding.max_points) or finding.points == 0
