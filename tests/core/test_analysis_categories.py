"""Each category read from short drafted snippets: every level, negations and distractors."""

from __future__ import annotations

import pytest

from draftkit.core.analysis import analyze

V = "A person convicted of an offense may move to vacate the conviction. "

CASES = [
    # relief_type
    ("relief_type", V + "The court shall vacate the conviction and order the records expunged.", "vacatur_and_clearing"),
    ("relief_type", "The court may set aside the conviction as legally invalid.", "vacatur"),
    ("relief_type", "A person may petition to expunge the record of a prostitution conviction.", "expungement"),
    ("relief_type", "The court may order the records of the conviction sealed.", "sealing"),
    ("relief_type", "The motion and its exhibits shall be filed under seal.", "none"),
    ("relief_type", "A conviction under this section shall not be vacated or expunged.", "none"),
    # record_scope
    ("record_scope", V + "The court shall expunge all records of the arrest, charge and conviction and of any adjudication of delinquency.", "all"),
    ("record_scope", "A person arrested for or convicted of prostitution may petition to expunge the records.", "arrests_only"),
    ("record_scope", "A child adjudicated delinquent may move to vacate the adjudication.", "juvenile_only"),
    ("record_scope", V + "The court shall strike the adjudication of guilt.", "convictions_only"),
    ("record_scope", V + "The person may state that the person has never been arrested for or charged with the offense.", "convictions_only"),
    # offenses
    ("offenses", "A person convicted of any offense may move to vacate the conviction.", "any_offense"),
    ("offenses", "A person convicted of any offense, other than a crime of violence, may move to vacate it.", "broad_with_exclusions"),
    ("offenses", "A person convicted of any nonviolent offense may move to vacate the conviction.", "broad_with_exclusions"),
    ("offenses", "A person convicted of prostitution, criminal trespass or possession of a controlled substance may move to vacate the conviction.", "enumerated"),
    ("offenses", "A person convicted of prostitution or loitering for the purpose of prostitution may move to vacate the conviction.", "prostitution_only"),
    ("offenses", "A person convicted of prostitution may move to vacate the conviction if the person has not been convicted of any offense within three years.", "prostitution_only"),
    # discretion
    ("discretion", V + "The court shall grant the motion if it finds the facts alleged.", "mandatory"),
    ("discretion", V + "The court shall grant the motion unless the prosecutor shows that relief would not serve the interests of justice.", "presumptive"),
    ("discretion", V + "The court may grant the motion.", "discretionary"),
    ("discretion", V + "The motion shall not be granted unless the court finds the facts alleged.", "discretionary"),
    ("discretion", "A person may petition the court to vacate the conviction.", "discretionary"),
    # nexus
    ("nexus", V + "The offense must have been committed while the person was a victim of human trafficking.", "related"),
    ("nexus", V + "The offense must have been a result of the person having been a victim of human trafficking.", "result"),
    ("nexus", V + "The offense must have been a direct result of being a victim of human trafficking.", "direct_result"),
    ("nexus", V + "The person must prove the trafficker coerced the person into committing the offense.", "coercion"),
    ("nexus", V + "It must be a direct result of or proximately caused by being a victim of human trafficking.", "result"),
    # timing
    ("timing", V + "The motion may be filed at any time.", "none"),
    ("timing", V + "The motion must be made within a reasonable time after the person ceased to be a victim.", "reasonable_time"),
    ("timing", V + "The motion may be filed no sooner than five years after the conviction.", "restricted"),
    ("timing", V + "The person must have completed the sentence, probation and parole.", "restricted"),
    ("timing", V + "The person is not required to have completed any sentence, and no waiting period applies.", "none"),
    ("timing", V + "The prosecutor may respond within 30 days of service of the motion.", "none"),
    # hearing
    ("hearing", V + "The court may grant the motion without a hearing.", "not_required"),
    ("hearing", V + "The court shall hold a hearing on the motion.", "required"),
    ("hearing", V + "The court shall hold a hearing, provided that the court may dismiss a motion without a hearing.", "required"),
    ("hearing", V + "If the prosecutor objects, the court shall hold a hearing.", "not_required"),
    ("hearing", V, "silent"),
    # burden
    ("burden", V + "The person must show by a preponderance of the evidence that the person was a victim.", "preponderance"),
    ("burden", V + "The person must establish by clear and convincing evidence that the person was a victim.", "clear_and_convincing"),
    ("burden", V + "The prosecutor may rebut the presumption by clear and convincing evidence.", "silent"),
    ("burden", V + "The person must show by a preponderence of the evidance that the person was a victim.", "preponderance"),
    ("burden", V, "silent"),
    # documentation
    ("documentation", V + "Official documentation is not required, but official documentation from a government agency creates a rebuttable presumption that the person was a victim.", "optional_presumption"),
    ("documentation", V + "Official documentation of the person's status as a victim shall create a presumption that the person was a victim.", "optional_presumption"),
    ("documentation", V + "No official determination or documentation is required to grant the motion.", "optional"),
    ("documentation", V + "The motion must include a certification from a law enforcement agency that the person was a victim.", "required"),
    ("documentation", V + "The motion shall include copies of any documents supporting it.", "silent"),
    # confidentiality
    ("confidentiality", V + "The motion and any hearing on it shall be confidential.", "full"),
    ("confidentiality", V + "The court may seal the proceeding on request of the person.", "partial"),
    ("confidentiality", V + "Upon the granting of the motion, the court file shall be confidential.", "partial"),
    ("confidentiality", V + "If the court grants the motion, all records of the conviction shall be sealed.", "none"),
    ("confidentiality", V, "none"),
    # eligibility
    ("eligibility", V + "The offense must be a result of the person having been a victim of human trafficking.", "open"),
    ("eligibility", V + "The offense must be a result of the person having been a victim of sex trafficking.", "limited"),
    ("eligibility", "A person who, while under the age of eighteen, was convicted of an offense as a result of being a victim of sex trafficking may petition to seal the record.", "narrow"),
    ("eligibility", V + "The person must have provided assistance in the investigation or prosecution of the trafficker, and the offense must be a result of being a victim of human trafficking.", "limited"),
    ("eligibility", V + "Nothing in this section requires cooperation with law enforcement in any investigation of human trafficking.", "open"),
    # access
    ("access", V + "No filing fee shall be charged, and the court shall order the refund of any fine paid.", "full"),
    ("access", V + "The clerk shall not charge a filing fee for the motion.", "partial"),
    ("access", V + "The court shall appoint counsel for the person on request.", "partial"),
    ("access", V + "Nothing in this section entitles the person to a refund of any fine.", "none"),
    ("access", V + "The person may recover attorney's fees and damages in a civil action.", "none"),
]


# Wordings not used while building the analyzer, checked afterwards against RUBRIC.md.
UNSEEN = [
 ("discretion","A person convicted of any offense may move to vacate. The court may, in its discretion, grant the motion.","discretionary"),
 ("burden","The court shall vacate the conviction unless the prosecutor proves by clear and convincing evidence that the person was not a victim of human trafficking.","silent"),
 ("discretion","The court shall vacate the conviction unless the prosecutor proves by clear and convincing evidence that the person was not a victim of human trafficking.","presumptive"),
 ("timing","A motion may be filed at any time after the person has completed the sentence imposed.","restricted"),
 ("eligibility","A person who was a victim of labor trafficking or sex trafficking may move to vacate the conviction.","open"),
 ("hearing","A person may move to vacate the conviction. A hearing is not required.","not_required"),
 ("hearing","A person may move to vacate the conviction. The court may hold a hearing on the motion.","not_required"),
 ("documentation","A person may move to vacate the conviction. A certified copy of a federal T visa approval shall be prima facie evidence that the person was a victim.","optional_presumption"),
 ("access","A person may move to vacate the conviction. All fees for filing the motion are waived.","partial"),
 ("nexus","Any conviction for an offense that was related to the person's having been trafficked may be vacated.","related"),
 ("relief_type","Upon granting the petition, the court shall vacate the judgment of conviction and order that all records be destroyed.","vacatur_and_clearing"),
 ("offenses","A person may move to vacate a conviction for any misdemeanor or any class C, D or E felony.","broad_with_exclusions"),
 ("confidentiality","All papers filed in a proceeding under this section are confidential and shall not be open to public inspection.","full"),
 ("record_scope","The court shall order sealed all records of any arrest, charge or juvenile adjudication for the offense.","all"),
 ("eligibility","A person may petition only if the person cooperated with law enforcement in the investigation of the trafficker.","limited"),
 ("timing","The petition shall be filed within three years after the petitioner ceased to be a victim of trafficking.","restricted"),
 ("burden","The petitioner must establish beyond a reasonable doubt that the petitioner was a victim of trafficking.","clear_and_convincing"),
 ("relief_type","The court may enter an order expunging the conviction.","expungement"),
 ("discretion","The court must grant the motion if the person shows the offense resulted from trafficking.","mandatory"),
 ("relief_type","The court may grant the motion and vacate the conviction. The court may also order the conviction record sealed.","vacatur_and_clearing"),
 ("relief_type","If the court grants the motion, it shall set aside the judgment and order the destruction of all records relating to the case.","vacatur_and_clearing"),
 ("relief_type","A person may apply for an order of nondisclosure of criminal history record information.","sealing"),
 ("offenses","A person convicted of an offense under chapter 5, other than murder, may move to vacate it.","broad_with_exclusions"),
 ("offenses","This section applies to any conviction for a misdemeanor.","broad_with_exclusions"),
 ("discretion","Upon a finding that the movant was a victim of trafficking, the court shall issue an order vacating the conviction.","mandatory"),
 ("discretion","The court may deny the motion if it finds that granting it would not be in the interests of justice; otherwise the court shall grant the motion.","presumptive"),
 ("nexus","The offense must have been committed as a consequence of the person having been a victim of trafficking.","result"),
 ("nexus","The person's participation in the offense must be solely because of having been a victim of trafficking.","direct_result"),
 ("timing","There is no time limit for filing a motion under this section.","none"),
 ("timing","The motion must be filed within 2 years of the date of conviction.","restricted"),
 ("hearing","The court shall rule on the motion without a hearing unless a party requests one.","not_required"),
 ("burden","The movant bears the burden of proving by a preponderance of the evidence that the movant was a victim of trafficking.","preponderance"),
 ("documentation","The petition must be accompanied by a certification from a law enforcement agency that the petitioner was a victim.","required"),
 ("documentation","The petitioner need not provide official documentation of victim status.","optional"),
 ("confidentiality","The court may order that the proceedings be closed on the motion of the petitioner.","partial"),
 ("eligibility","A person who was under 18 at the time of the offense may petition to vacate an adjudication of delinquency resulting from being a victim of human trafficking.","limited"),
 ("access","The court shall not assess any fee or cost for a petition under this section.","partial"),
 ("access","A petitioner is entitled to the appointment of counsel.","partial"),
 ("record_scope","A person whose arrest for prostitution did not result in a conviction may petition to expunge the arrest record.","arrests_only"),
 ("relief_type","A victim of trafficking may move the court to vacate the judgment. The court's order shall direct that all records of the case be expunged.","vacatur_and_clearing"),
 ("relief_type","The court shall not vacate a conviction for a class A felony.","none"),
 ("record_scope","The relief extends to records of any arrest that did not lead to a conviction.","arrests_only"),
 ("offenses","Relief under this section is available for a conviction of prostitution, theft, or criminal trespass.","enumerated"),
 ("offenses","Relief is available for any offense except a sex offense requiring registration.","broad_with_exclusions"),
 ("discretion","The court will vacate the conviction if the person shows the required facts.","mandatory"),
 ("discretion","The motion shall be granted unless the state proves the person was not a victim.","presumptive"),
 ("nexus","An offense committed during the period in which the person was a victim of trafficking is eligible.","related"),
 ("nexus","The trafficker must have forced the person to commit the offense.","coercion"),
 ("timing","A petition may not be filed until five years after the conviction.","restricted"),
 ("timing","The petition must be filed with due diligence after the petitioner escapes the trafficking situation.","reasonable_time"),
 ("hearing","The court must hold an evidentiary hearing before granting the motion.","required"),
 ("burden","The movant has the burden to prove the facts by clear and convincing evidence.","clear_and_convincing"),
 ("documentation","Official documentation is not a prerequisite to relief under this section.","optional"),
 ("confidentiality","The petitioner may proceed under a pseudonym.","full"),
 ("eligibility","Relief is available to victims of sex trafficking who were minors at the time of the offense and who cooperated with law enforcement in the investigation.","narrow"),
 ("access","The clerk may not charge a fee to file the petition, and the court shall appoint counsel for an indigent petitioner.","full"),
 ("access","The petitioner shall pay a filing fee of $150.","none"),
 ("hearing","The court may decide the motion on the papers.","not_required"),
 ("burden","The prosecutor may rebut the presumption only by clear and convincing evidence; the movant must show by a preponderance of the evidence that the movant was a victim.","preponderance"),
 ("relief_type","Nothing in this section authorizes the sealing of records. The court may vacate the conviction.","vacatur"),
 ("relief_type","A person may petition the court to have the record of the conviction restricted from public access.","sealing"),
 ("record_scope","The court may vacate any conviction and any juvenile adjudication resulting from the trafficking.","juvenile_only"),
 ("record_scope","The court shall vacate the conviction. Records of a youthful offender adjudication are not affected.","convictions_only"),
 ("eligibility","A victim of human trafficking, as defined in 18 U.S.C. 1591 or 22 U.S.C. 7102, may apply.","open"),
 ("eligibility","Relief is not conditioned on the person's cooperation with law enforcement.","open"),
 ("eligibility","The person must not have been convicted of any offense since the conviction sought to be vacated.","limited"),
 ("offenses","A person convicted of solicitation of prostitution may move to vacate the conviction.","prostitution_only"),
 ("discretion","The court shall consider the motion and may grant it.","discretionary"),
 ("timing","The motion may be filed regardless of when the conviction was entered.","none"),
 ("hearing","No hearing is required unless the prosecutor objects.","not_required"),
 ("documentation","The motion may be supported by official documentation, a sworn statement of the movant, or any other relevant evidence.","optional"),
 ("confidentiality","After the order is entered, the court file shall be confidential.","partial"),
 ("access","No fee may be charged for a petition under this section.","partial"),
 ("nexus","The person's participation in the offense must have been caused by the trafficking.","result"),
]


@pytest.mark.parametrize("category,text,level", UNSEEN, ids=[f"unseen-{c[0]}-{i}" for i, c in enumerate(UNSEEN)])
def test_unseen_wording(category, text, level):
    assert analyze(text).finding(category).level == level


@pytest.mark.parametrize("category,text,level", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_category_level(category, text, level):
    assert analyze(text).finding(category).level == level


def test_every_category_has_at_least_four_snippets():
    counts = {}
    for category, _, _ in CASES:
        counts[category] = counts.get(category, 0) + 1
    assert len(counts) == 12 and min(counts.values()) >= 4
