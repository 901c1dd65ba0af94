"""Readings other engineers reported: exclusions worded with "except", defenses that are not
the relief's nexus, and catchlines (section headings) that are not law."""

from __future__ import annotations

import pytest

from draftkit.core.analysis import analyze
from draftkit.core.corpus import load_bundled
from draftkit.core.statute import Provenance, Statute

RELIEF = ("(a) A person convicted of {} may file a motion to vacate the conviction if the "
          "person's participation in the offense was a result of having been a victim of human "
          "trafficking.\n(b) The court shall grant the motion.\n")


@pytest.mark.parametrize("covered", [
    "any offense, other than a crime of violence",
    "any offense, except a crime of violence",
    "any offense except a crime of violence",
    "any offense, excepting crimes of violence",
    "any offense, excluding a crime of violence",
    "any offense, but not including a crime of violence",
    "any offense, not including a sex offense",
    "any offense, unless the offense is a crime of violence",
    "any offense, except an offense listed in section 5",
    "any offense, except a felony",
])
def test_any_offense_with_an_exception_is_broad_with_exclusions(covered):
    finding = analyze(RELIEF.format(covered)).finding("offenses")
    assert finding.level == "broad_with_exclusions"
    words = covered.split(", ")[-1].split()[0]
    assert any(words in evidence.text for evidence in finding.evidence), finding.evidence


def test_any_offense_without_an_exception_stays_any_offense():
    assert analyze(RELIEF.format("any offense")).finding("offenses").level == "any_offense"


def test_an_exception_of_arguments_is_not_an_offense_exclusion():
    text = RELIEF.format("any offense") + "(c) Except as provided in subsection (d), the motion shall be filed in writing.\n"
    assert analyze(text).finding("offenses").level == "any_offense"


def test_a_defense_of_coercion_is_not_the_nexus_of_relief():
    text = (RELIEF.format("prostitution") + "(c) This section does not apply to an offense for "
            "which a defense of coercion would not be available. The defense of coercion applies "
            "if the person was compelled by threat.\n")
    finding = analyze(text).finding("nexus")
    assert finding.level == "result"
    assert not any("compelled" in e.text or "coercion" in e.text for e in finding.evidence)


def test_an_affirmative_defense_clause_does_not_set_the_nexus():
    text = ("(a) It is an affirmative defense to a prosecution for prostitution that the defendant "
            "was coerced by a trafficker.\n(b) A person convicted of prostitution may move to vacate "
            "the conviction if the offense was committed while the person was a victim of human "
            "trafficking. The court shall vacate the conviction.\n")
    assert analyze(text).finding("nexus").level == "related"


def test_idaho_reads_the_trafficker_required_test_not_the_defense_of_coercion():
    statute = load_bundled("ID")
    finding = analyze(statute).finding("nexus")
    assert finding.level == "coercion"
    texts = [e.text for e in finding.evidence]
    assert texts and all("required by the human trafficker" in t for t in texts), texts
    assert "defense of coercion" not in statute.text[finding.evidence[0].start - 40:finding.evidence[0].end]


HEADED = ("§ 12-34 Vacating convictions that were a direct result of trafficking; nonviolent offenses\n"
          "(a) A person convicted of any offense committed while the person was a victim of human "
          "trafficking may move to vacate the conviction.\n(b) The court shall vacate the conviction.\n")


def test_a_catchline_does_not_decide_nexus_or_offenses_when_the_body_speaks():
    analysis = analyze(HEADED)
    assert analysis.finding("nexus").level == "related"
    assert analysis.finding("offenses").level == "any_offense"
    for category in ("nexus", "offenses"):
        assert all(e.start > HEADED.index("\n") for e in analysis.finding(category).evidence)


def _excerpt(text: str) -> Statute:
    return Statute(text=text, provenance=Provenance(jurisdiction="Testland", code=None,
                                                     origin="test", complete=False))


def test_a_catchline_decides_only_when_the_body_was_cut_off_and_then_asks_to_verify():
    text = ("§ 12-34 Vacating convictions that were a direct result of being a victim of trafficking\n"
            "(a) In this section, \"qualifying offense\" means prostitution.\n[TEXT CUT OFF IN SOURCE]\n")
    finding = analyze(_excerpt(text)).finding("nexus")
    assert finding.level == "direct_result"
    assert finding.verify
    assert [e.text for e in finding.evidence] == ["direct result of being a victim"]


def test_a_catchline_in_a_complete_text_with_a_body_decides_nothing():
    text = ("§ 12-34 Vacating convictions that were a direct result of being a victim of trafficking\n"
            "(a) A person convicted of prostitution may move to vacate the conviction. The court "
            "shall vacate the conviction.\n")
    finding = analyze(text).finding("nexus")
    assert finding.level != "direct_result"
    assert finding.evidence == ()


def test_law_written_on_the_heading_line_is_still_read():
    lone = ("§ 5-100. A person convicted of prostitution may move to vacate the conviction if the "
            "person was a victim of sex trafficking at the time of the offense.\n")
    assert analyze(lone).finding("nexus").level == "related"
    numbered = ("Sec. 10. (a) A person convicted of any offense committed while the person was a "
                "victim of human trafficking may petition to vacate the conviction.\n"
                "(b) The court shall grant the petition.\n")
    analysis = analyze(numbered)
    assert analysis.finding("offenses").level == "any_offense"
    assert not analysis.finding("offenses").verify
    assert analysis.finding("nexus").level == "related"


def test_oklahoma_catchline_alone_decides_with_verify():
    finding = analyze(load_bundled("OK")).finding("nexus")
    assert finding.level == "result" and finding.verify
