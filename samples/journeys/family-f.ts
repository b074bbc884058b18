import type { CaseJourney } from '../generator/case-journey';
import { JourneyBuilder, mo } from './journey-builder';

/**
 * A family journey in the style of Positive Family Futures (Portsmouth review, 2016, para 2.20):
 * every contact of a mother, her partner and three children with services over two years,
 * plotted and costed, coming to about £200,000. The children are in foster care for most of the
 * second year, which is where the money goes. Every contact is invented. Nobody real.
 */
export function familyF(): CaseJourney {
  const j = new JourneyBuilder({
    id: 'family-f',
    pseudonym: 'Family F',
    designatedLead: 'Family intervention key worker',
    riskGrade: 'high',
    status: 'closed',
    notes:
      'Training sample: a mother, her partner, a son of 14, a daughter of 9 and a baby. Entirely fictional: nobody real.',
  });

  // Spring and summer 2014: signs at home that stay with whoever saw them.
  j.every('01/05/2014', 28, 2, 'healthVisit', { outcome: 'Baby thriving', note: 'Ten-month review.' });
  j.add('26/06/2014', 'healthVisit', {
    outcome: 'Advice on safe drinking',
    note: 'Mother smelt of alcohol at 11am; empty cans in the kitchen. Says it was a one-off.',
    missed: mo(
      'No referral made',
      'A health visitor saw a mother of a baby drinking in the morning and gave advice only: no referral to the alcohol service and nothing to the GP.',
      "A referral to the alcohol service and a note to the GP, with the mother's consent or without it if the baby is at risk",
    ),
  });
  const firstCall = j.add('04/07/2014 23:15', 'domesticAbuse', {
    outcome: 'Partner removed for the night',
    note: 'Mother called: partner threw a plate at her. Three children in the house; the son, 14, tried to intervene.',
    missed: mo(
      'Information held but not shared',
      'Police knew the son had been in the middle of a domestic assault; his school did not, and read his next weeks as bad behaviour.',
      "Tell the school's safeguarding lead before the next school day",
    ),
  });
  j.add('04/07/2014 23:15', 'daChildren', { outcome: "Notification to children's social care" });
  const firstReferral = j.add('07/07/2014', 'cscReferral', { outcome: 'Initial assessment' });
  j.link(firstCall, firstReferral, 'referral', 'Police notification of children present');
  j.add('14/07/2014', 'cscAssessment', {
    outcome: 'No further action',
    note: 'Mother says the partner has left and she can cope.',
  });
  j.add('15/07/2014', 'cscClosed', { outcome: 'Closed after assessment' });
  j.add('17/07/2014', 'schoolExclusion', {
    outcome: 'Two-day exclusion',
    note: 'Son swore at a teacher and walked out.',
  });

  // Autumn 2014: the partner is back; a plan, then support withdrawn.
  j.add('15/09/2014', 'schoolAttendance', {
    outcome: 'Attendance contract',
    note: 'Son: attendance 71% last year; arrives late and tired.',
  });
  j.add('01/10/2014', 'schoolExclusion', {
    outcome: 'Five-day exclusion',
    note: 'Son punched a boy who mentioned his mum.',
  });
  const secondCall = j.add('18/10/2014 01:30', 'domesticAbuse', {
    outcome: 'Partner arrested',
    note: 'Mother hit with a phone; cut above the eye. Daughter, 9, called 999.',
  });
  j.add('18/10/2014 02:30', 'arrest', { outcome: 'Charged; bail not to contact' });
  j.add('18/10/2014 01:30', 'daChildren', { outcome: "Notification to children's social care" });
  const secondReferral = j.add('20/10/2014', 'cscReferral', { outcome: 'Assessment' });
  j.link(secondCall, secondReferral, 'referral');
  j.add('24/10/2014', 'cscAssessment', {
    outcome: 'Child in need plan',
    note: 'Mother drinking daily; son out late. Family support worker allocated.',
  });
  j.every('30/10/2014', 7, 6, 'familySupport', {
    quantity: 3,
    outcome: 'Home visit',
    note: 'Routines, school mornings, budgeting.',
  });
  j.every('05/11/2014', 14, 3, 'socialWorkerChild', { quantity: 2, outcome: 'Child in need visit' });
  j.add('16/12/2014', 'cscClosed', {
    outcome: 'Child in need plan ended: progress made',
    note: 'Partner on bail away from the home; mother says she has cut down. Closed before Christmas.',
    missed: mo(
      'Support withdrawn when things quietened (yo-yo response)',
      'The plan closed after seven weeks because the partner was on bail elsewhere: the risk had been paused by the court, not reduced.',
      'Keep the plan open, step the family support down, and review when the bail conditions end',
    ),
  });

  // Winter 2015: the worst assault; child protection.
  j.add('09/01/2015', 'courtHearing', {
    outcome: 'Partner: conditional discharge; bail conditions end',
    note: 'Partner back at the address within a week.',
  });
  const worst = j.add('24/01/2015 22:50', 'domesticAbuse', {
    outcome: 'Partner arrested',
    note: 'Mother strangled and kicked in front of the children. Son, 14, hit the partner with a chair.',
  });
  j.add('24/01/2015 23:05', 'seeAndConvey', { outcome: 'Mother conveyed to A&E' });
  j.add('24/01/2015 23:40', 'aeCategory2', {
    outcome: 'Discharged at 04:00',
    note: 'Mother: bruising to the neck, broken rib.',
  });
  j.add('25/01/2015 03:10', 'arrest', { outcome: 'Remanded', note: 'Partner.' });
  j.add('24/01/2015 22:50', 'daChildren', { outcome: "Notification to children's social care" });
  const victimCall = j.add('26/01/2015', 'ppn', {
    quantity: 3,
    outcome: 'DASH: standard risk recorded',
    note: 'Mother too shaken to answer half the questions; recorded as standard risk.',
    missed: mo(
      'Victim support not triggered',
      'A strangulation was scored standard risk from a half-finished checklist, so there was no IDVA and no MARAC for the mother.',
      'A high-risk referral to the IDVA service and MARAC on the strangulation alone',
    ),
  });
  j.link(worst, victimCall, 'information shared');
  j.add('26/01/2015', 'cscReferral', { outcome: 'Strategy discussion' });
  j.add('27/01/2015', 'section47', { outcome: 'Child protection conference', note: 'All three children.' });
  j.add('16/02/2015', 'socialWorkerChild', {
    quantity: 4,
    outcome: 'Initial child protection conference',
    note: 'Child protection plans for all three children: emotional harm and neglect.',
  });
  j.every('23/02/2015', 14, 6, 'socialWorkerChild', { quantity: 2, outcome: 'Statutory visit' });
  j.every('25/02/2015', 7, 10, 'familySupport', { quantity: 3, outcome: 'Home visit' });
  j.add('02/03/2015', 'arrearsNotice', {
    outcome: 'Eleven weeks in arrears',
    note: 'Partner had been taking the benefits.',
  });

  // Spring 2015: the mother's drinking, the son's offending.
  const gp = j.add('04/03/2015', 'gpConsultation', {
    outcome: 'Referred to the alcohol service',
    note: 'Mother: drinking a litre of vodka a day since the assault.',
  });
  const alcohol = j.add('11/03/2015', 'alcoholService', { outcome: 'Assessment; detox planned' });
  j.link(gp, alcohol, 'referral');
  j.add('25/03/2015', 'treatmentMissed', { note: 'Did not come; no childcare.' });
  j.add('08/04/2015', 'treatmentMissed', {
    outcome: 'Discharged from the alcohol service',
    note: 'Second missed appointment; discharge letter copied to the GP.',
    missed: mo(
      "'Failure to engage' with no assertive outreach",
      'Discharged after two missed appointments, a mother of three on a child protection plan, drinking daily. The social worker was not told.',
      'A home visit from the alcohol service with the family support worker, and childcare for appointments',
    ),
  });
  j.add('17/03/2015 16:20', 'shoplifting', {
    outcome: 'Youth caution',
    note: 'Son took alcohol from a shop.',
  });
  const sonGp = j.add('19/03/2015', 'gpConsultation', {
    outcome: 'CAMHS referral made',
    note: 'Son: anger and scratches on his arms since the January assault.',
  });
  const camhsRefused = j.add('20/03/2015', 'camhsReferral', {
    outcome: 'Not accepted',
    note: 'Son: anger, not sleeping, self-harm scratches. "Behavioural; no mental health diagnosis; refer to parenting support."',
    missed: mo(
      'Threshold not met / no clear diagnosis',
      'A boy who had fought off his mother\'s attacker was turned away by CAMHS as "behavioural", with no route to trauma support.',
      'CAMHS to see him with the social worker, as a child who witnessed a serious assault',
    ),
  });
  j.link(sonGp, camhsRefused, 'referral');
  j.add('23/04/2015 21:40', 'criminalDamage', {
    outcome: 'Arrested',
    note: 'Son smashed bus shelter glass.',
  });
  j.add('14/05/2015', 'youthCourt', { outcome: 'Referral order, six months' });
  j.every('21/05/2015 16:00', 14, 8, 'yotTime', { quantity: 2, outcome: 'Referral order session' });

  // May 2015: the overdose, and the younger children go into care.
  j.add('28/05/2015 19:30', 'seeAndConvey', {
    outcome: 'Conveyed',
    note: "Mother found unconscious by the son: vodka and her partner's tablets.",
  });
  j.add('28/05/2015 20:10', 'aeCategory2', { outcome: 'Admitted' });
  j.add('28/05/2015 23:00', 'admission', {
    end: '01/06/2015',
    outcome: 'Transferred to a mental health ward',
  });
  j.event(
    '28/05/2015',
    'hospital discharge',
    'Mother overdosed; admitted, then a psychiatric ward for three weeks.',
  );
  j.add('01/06/2015', 'mhBedDays', {
    end: '19/06/2015',
    outcome: 'Discharged to the community team',
    note: 'Depression, alcohol dependence; post-traumatic stress.',
  });
  j.add('29/05/2015', 'lookedAfter', {
    outcome: 'Daughter placed with foster carers',
    note: 'Emergency placement under section 20.',
  });
  j.add('29/05/2015', 'lookedAfter', {
    outcome: 'Baby placed with foster carers',
    note: 'Same carers as his sister.',
  });
  j.event(
    '29/05/2015',
    'child removed',
    'Daughter and baby placed in foster care; son to his grandmother, then foster care from August.',
  );
  j.add('29/05/2015', 'fosterCare', { end: '10/03/2016', note: 'Daughter, 10.' });
  j.add('29/05/2015', 'fosterCare', { end: '10/03/2016', note: 'Baby, 22 months.' });
  j.every('22/06/2015', 28, 9, 'mhContact', { outcome: 'Community mental health team appointment' });

  // Summer and autumn 2015: care proceedings, eviction, rehab.
  j.add('15/07/2015', 'careOrderLocal', {
    outcome: 'Interim care orders',
    note: 'Application for the daughter and the baby.',
  });
  j.add('15/07/2015', 'careOrderCourt', { outcome: 'Interim care orders made' });
  j.add('15/07/2015', 'careOrderLegalAid', { outcome: 'Mother and partner legally aided' });
  j.add('15/07/2015', 'careOrderCafcass', { outcome: "Children's guardian appointed" });
  j.add('24/07/2015', 'lacReview', { outcome: 'Plan: return home if the mother completes rehab' });
  const eviction = j.add('03/08/2015', 'complexEviction', {
    outcome: 'Evicted for arrears',
    note: 'Possession order. Housing did not know there was a child protection plan.',
  });
  j.event('03/08/2015', 'accommodation lost', 'Evicted for rent arrears run up by the partner.');
  const homeless = j.add('04/08/2015', 'homelessDecision', { outcome: 'Owed the relief duty' });
  j.link(eviction, homeless, 'handover');
  j.add('04/08/2015', 'bedAndBreakfastWeeks', { end: '27/08/2015', note: 'Mother on her own.' });
  j.add('05/08/2015', 'lookedAfter', {
    outcome: 'Son placed with foster carers',
    note: 'Grandmother could not manage him after the exclusion threats and a night missing.',
  });
  j.add('05/08/2015', 'fosterCare', { end: '07/12/2015', note: 'Son, 15.' });
  j.add('05/08/2015 02:00', 'missingPerson', {
    outcome: 'Found the next morning',
    note: "Son missing overnight from his grandmother's.",
  });
  j.add('28/08/2015', 'detox', { end: '06/09/2015', outcome: 'Completed' });
  j.add('07/09/2015', 'rehab', { end: '29/11/2015', outcome: 'Completed', note: 'Twelve weeks.' });
  j.every('10/09/2015', 28, 3, 'socialWorkerChild', {
    quantity: 3,
    outcome: 'Supervised contact at the rehab',
  });
  j.add('12/10/2015', 'permanentExclusion', {
    outcome: 'Placed at the pupil referral unit',
    note: 'Son: assault on another pupil.',
  });
  j.add('20/10/2015', 'lacReview', { outcome: 'Plan confirmed' });
  j.every('26/10/2015', 14, 4, 'camhsSession', {
    outcome: 'Attended',
    note: 'Son: accepted on the second referral, by the social worker.',
  });

  // Winter 2015-16: a new home and the children back.
  j.add('30/11/2015', 'housingOptions', { outcome: 'Offered a council house' });
  j.event('07/12/2015', 'accommodation found', 'A council house; the son moves back in.');
  j.every('08/12/2015', 7, 12, 'familySupport', {
    quantity: 2,
    outcome: 'Home visit',
    note: 'Preparing the home for the children coming back.',
  });
  j.every('09/12/2015', 14, 7, 'alcoholService', { outcome: 'Aftercare group', note: 'Abstinent.' });
  j.add('15/12/2015', 'paediatrics', { outcome: 'Development review', note: 'Baby: speech delay.' });
  j.add('18/01/2016', 'lacReview', { outcome: 'Plan: phased return home' });
  j.every('25/01/2016', 14, 4, 'socialWorkerChild', { quantity: 2, outcome: 'Overnight contact reviewed' });
  j.add('10/03/2016', 'careOrderCourt', { outcome: 'Supervision orders; care orders discharged' });
  j.event('10/03/2016', 'other', 'Daughter and baby home with their mother under supervision orders.');
  j.add('14/03/2016', 'healthVisit', { outcome: 'Baby settling well' });
  j.add('04/04/2016', 'schoolAttendance', { outcome: 'Daughter: attendance 96%' });
  j.add('18/04/2016', 'socialWorkerChild', { quantity: 2, outcome: 'Supervision order visit' });
  return j.build();
}
