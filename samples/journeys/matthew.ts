import type { CaseJourney } from '../generator/case-journey';
import { JourneyBuilder, mo } from './journey-builder';

/**
 * "Matthew", the case study in the Portsmouth scrutiny panel's complex-needs review (2016, para
 * 2.6), told as a journey from the age of ten to twenty-five. The case study gives the outline;
 * every contact, date and note here is invented to teach with. Nobody real.
 */
export function matthew(): CaseJourney {
  const j = new JourneyBuilder({
    id: 'matthew',
    pseudonym: 'Matthew',
    designatedLead: 'Complex needs navigator',
    riskGrade: 'high',
    status: 'open',
    notes:
      'Training sample built on the case study in a scrutiny panel review (para 2.6). Entirely fictional: nobody real.',
    dateOfBirth: '14/05/1996',
    interventionDate: '15/03/2021',
  });

  // Age 10 to 13: the abuse nobody asked about.
  j.add('09/10/2006', 'gpConsultation', {
    outcome: 'Advice on bed-wetting; review if no better',
    note: 'Mother brought him: wetting the bed again, nightmares, will not sleep alone. Mother has a new partner living with them.',
  });
  j.add('05/02/2007', 'schoolConcern', {
    outcome: 'Logged on the school file; no referral',
    note: 'Bruise on upper arm seen in PE. Says he fell off his bike. Second concern this term after he was found crying in the toilets.',
    missed: mo(
      'Information held but not shared',
      "Bruising logged, the second worry this term. The school kept it on its own file; nobody told children's social care or the GP.",
      "A referral to children's social care, so the bruising, the bed-wetting and the new adult at home are seen together",
    ),
  });
  j.add('14/06/2007', 'schoolAttendance', {
    outcome: 'Attendance 81%; letter home',
    note: 'Mother says stomach aches. He says he is tired.',
  });
  j.add('18/09/2007', 'gpConsultation', {
    outcome: 'Reassured; no physical cause',
    note: 'Stomach aches and not sleeping. Quiet in the room; mother answered for him.',
  });
  j.add('22/01/2008', 'schoolExclusion', {
    outcome: 'One-day exclusion',
    note: 'Threw a chair when told he had to stay behind after school.',
  });
  j.add('02/03/2008 23:40', 'domesticAbuse', {
    outcome: 'Words of advice; no arrest',
    note: 'Neighbours called about shouting and a smashed window. Mother and partner both drunk. Two children in the house, one of them Matthew, aged 11.',
  });
  j.add('25/06/2008', 'schoolConcern', {
    outcome: 'Teacher spoke to mother at the gate',
    note: 'Asked to stay in the library after school; said he does not want to go home.',
  });
  j.add('11/11/2008 19:20', 'aeCategory1', {
    outcome: 'Dressed and discharged',
    note: "Burn to the back of the left hand; says he touched the oven. Mother's partner brought him in.",
  });

  // Age 13: he tells the police, and his mother turns on him.
  const interview = j.add('21/09/2009 14:10', 'ppn', {
    quantity: 4,
    outcome: 'Statement taken; supports the prosecution',
    note: "Achieving best evidence interview after the mother's former partner was arrested for offences against other children. Disclosed abuse by him from the age of ten.",
  });
  j.event(
    '21/09/2009',
    'abuse disclosed',
    "Told the police that his mother's partner had abused him since he was ten.",
  );
  const referral = j.add('22/09/2009', 'cscReferral', {
    outcome: 'Accepted for assessment',
    note: 'Police referral following the interview.',
  });
  j.add('23/09/2009', 'cscAssessment', {
    outcome: 'Proceed to section 47',
    note: 'Seen at school. Mother angry that he made a statement; says he has "brought this on the family".',
  });
  const enquiry = j.add('24/09/2009', 'section47', {
    outcome: 'Concerns substantiated; alleged abuser remanded',
    note: 'Strategy discussion with police and school. Risk from the partner removed by the remand.',
  });
  const closed = j.add('12/11/2009', 'cscClosed', {
    outcome: 'Closed: mother judged able to protect',
    note: 'No further action. Alleged abuser in custody awaiting trial.',
    missed: mo(
      'Victim support not triggered',
      "A 13-year-old who had just given evidence against his mother's wishes: closed with no therapeutic support, no victim referral and no check on home after the statement.",
      'Referral to victim services and CAMHS, and a child in need plan while the prosecution ran',
    ),
  });
  j.link(interview, referral, 'referral', 'Police referral after the interview');
  j.link(referral, enquiry, 'handover');
  j.link(enquiry, closed, 'no follow-up', 'No onward referral for support');

  j.add('15/03/2010', 'schoolExclusion', {
    outcome: 'Five-day exclusion',
    note: 'Fight in the corridor with an older boy.',
  });
  const gpLowMood = j.add('19/04/2010', 'gpConsultation', {
    outcome: 'Referred to CAMHS',
    note: 'Low mood, angry all the time, says he hates his mum.',
  });
  const camhs = j.add('21/04/2010', 'camhsReferral', { outcome: 'Waiting list, about eight weeks' });
  j.link(gpLowMood, camhs, 'referral');
  j.add('17/06/2010', 'camhsMissed', { note: 'Appointment letter sent to the home address.' });
  j.add('08/07/2010', 'camhsMissed', {
    outcome: 'Discharged back to the GP',
    note: 'Second appointment not attended. Mother says he refuses to go.',
    missed: mo(
      "'Failure to engage' with no assertive outreach",
      'Two letters to a home where he was not safe to talk, then discharge. Nobody saw him at school or asked him why.',
      'CAMHS to see him at school, with the designated safeguarding lead',
    ),
  });

  // Age 14 to 16: offending starts, school ends.
  j.add('23/02/2011 16:30', 'shoplifting', {
    outcome: 'Youth caution',
    note: 'Took food and cans from a supermarket with two older boys.',
  });
  j.add('26/03/2011', 'schoolAttendance', {
    outcome: 'Education welfare officer to visit',
    note: 'Attendance 54%.',
  });
  j.add('14/09/2011', 'permanentExclusion', {
    outcome: 'Placed at the pupil referral unit',
    note: 'Pushed a teacher who held his arm in a corridor.',
  });
  j.add('18/11/2011 22:15', 'arrest', {
    outcome: 'Charged',
    note: 'Theft from a shop and assault on a security guard.',
  });
  j.add('12/12/2011', 'youthCourt', { outcome: 'Referral order, nine months' });
  j.every('09/01/2012 16:00', 14, 6, 'yotTime', {
    quantity: 1.5,
    outcome: 'Attended',
    note: 'Referral order session.',
  });

  // Age 16: thrown out.
  j.event(
    '10/08/2012',
    'left home',
    "Mother told him to leave after rows about the court case. Slept on a friend's sofa.",
  );
  j.add('13/08/2012', 'housingOptions', {
    outcome: 'Advice only',
    note: 'Age 16, came in on his own. Advised to stay with friends while things calm down at home.',
    missed: mo(
      'No referral made',
      "A homeless 16-year-old given advice and sent back to sofa surfing. No referral to children's social care for an assessment as a child in need.",
      "A joint housing and children's social care assessment the same day, with accommodation as a looked-after child if he needed it",
    ),
  });
  j.add('22/10/2012 16:00', 'yotTime', {
    quantity: 1,
    outcome: 'Order completed',
    note: 'Sofa surfing between friends. Order completed; case closed.',
  });
  j.add('27/01/2013 02:10', 'violence', {
    outcome: 'No further action',
    note: "Fight at a friend's flat where he was staying; the friend's mother called the police and asked him to leave.",
  });
  j.event(
    '28/01/2013',
    'became homeless',
    'Asked to leave the last sofa. First nights sleeping rough, in a car park stairwell.',
  );
  const found = j.add('05/02/2013 07:30', 'streetOutreach', {
    outcome: "Referred to children's social care",
    note: 'Found sleeping in a car park stairwell. Age 16.',
  });
  const referredAt16 = j.add('06/02/2013', 'cscReferral', {
    outcome: 'Assessment',
    note: 'Outreach referral: 16-year-old sleeping rough.',
  });
  j.link(found, referredAt16, 'referral');
  j.add('08/02/2013', 'cscAssessment', {
    outcome: 'Declined to be looked after; signposted to a youth hostel (waiting list)',
    note: 'Says he does not want to be "in care". Nobody explained what it would mean.',
  });

  // Age 16 to 17: the streets, shoplifting for food, and heroin to cope.
  j.add('12/03/2013 11:20', 'shoplifting', {
    outcome: 'Community resolution',
    note: 'Sandwiches and energy drinks.',
  });
  j.add('20/03/2013 21:00', 'asbNoAction', { outcome: 'Moved on', note: 'Begging outside the station.' });
  j.add('29/04/2013 15:40', 'shoplifting', {
    outcome: 'Released under investigation',
    note: 'Meat from a supermarket, to sell.',
  });
  j.add('05/02/2013', 'outreachMonths', {
    end: '30/11/2013',
    note: 'On the rough sleeper outreach caseload; seen most weeks at his doorway.',
  });
  j.add('03/06/2013 12:05', 'shoplifting', {
    outcome: 'Charged',
    note: 'Toiletries, with another rough sleeper.',
  });
  j.add('14/08/2013', 'drugOutreach', {
    outcome: 'Harm reduction advice; naloxone kit',
    note: 'First mention of heroin: smoking it "to get through the nights".',
  });
  j.add('02/12/2013 05:30', 'seeAndConvey', {
    outcome: 'Conveyed to A&E',
    note: 'Found unresponsive in a doorway, very cold.',
  });
  j.add('02/12/2013 06:10', 'aeCategory2', {
    outcome: 'Left before discharge',
    note: 'Hypothermia and opiate use.',
  });

  // Age 17 to 20: treatment, a community order, and two services each waiting for the other.
  j.add('10/02/2014 18:45', 'arrest', { outcome: 'Charged', note: 'Shoplifting, fourth offence in a year.' });
  j.add('03/03/2014', 'courtHearing', { outcome: 'Community order with drug rehabilitation requirement' });
  j.add('03/03/2014', 'methadone', {
    end: '28/09/2014',
    note: 'Methadone script under the drug rehabilitation requirement.',
  });
  j.every('05/03/2014', 21, 4, 'probationAppointment', { outcome: 'Attended' });
  j.every('12/03/2014', 28, 5, 'drugService', {
    outcome: 'Key work session',
    note: 'Testing positive for heroin on top of the script.',
  });
  j.add('28/05/2014', 'probationMissed', { note: 'Rang to say he had no bus fare.' });
  j.add('11/06/2014', 'probationMissed', { outcome: 'Breach proceedings started' });
  j.add('07/07/2014', 'courtBreach', { outcome: 'Order continued with extra hours' });
  const gpDepression = j.add('14/10/2014', 'gpConsultation', {
    outcome: 'Antidepressant; referral to the community mental health team',
    note: 'Depression; says he cannot control his temper and has flashbacks.',
  });
  const notAccepted = j.add('18/11/2014', 'mhContact', {
    outcome: 'Assessment: not accepted',
    note: 'Low mood, flashbacks to the abuse, anger. Presentation "likely drug-induced"; advised to stabilise in treatment first.',
    missed: mo(
      'Services disagree who acts first (dual diagnosis)',
      'Mental health would not see him until he was off heroin; treatment would not start a detox until his mental health was assessed. He waited between them.',
      'A joint assessment by mental health and treatment, and one care plan with a named lead',
    ),
  });
  const waitingForMh = j.add('02/12/2014', 'drugService', {
    outcome: 'Detox on hold',
    note: 'Key worker: cannot start detox until his mental health is assessed. Wrote back to the mental health team.',
  });
  j.link(gpDepression, notAccepted, 'referral');
  j.link(notAccepted, waitingForMh, 'no follow-up', 'Each service asked the other to go first');
  j.add('14/03/2015 23:50', 'seeAndConvey', {
    outcome: 'Naloxone given; conveyed',
    note: 'Heroin overdose in a public toilet.',
  });
  j.add('15/03/2015 00:30', 'aeCategory2', { outcome: 'Self-discharged', note: 'Opiate overdose.' });
  j.add('15/03/2015 02:00', 'mhContact', {
    outcome: 'Crisis team assessment: no acute risk; back to GP',
    note: 'Seen in A&E. Says the overdose was not deliberate.',
  });
  j.every('08/04/2015', 14, 2, 'treatmentMissed', { note: 'No phone; letter to the day centre.' });
  j.add('06/05/2015', 'treatmentMissed', {
    outcome: 'Discharged by letter to no fixed address',
    note: 'Third missed appointment.',
  });
  j.add('19/06/2015 13:10', 'shoplifting', {
    outcome: 'Charged',
    note: 'Razor blades from a chemist, to sell.',
  });
  j.add('22/06/2015', 'dayCentre', { outcome: 'Breakfast and a shower' });
  j.add('30/07/2015 20:30', 'publicOrder', {
    outcome: 'Fixed penalty',
    note: 'Shouting at passers-by in the precinct, drunk.',
  });

  // Age 20: a hostel, a crisis on a bridge, and exclusion.
  const hostelReferral = j.add('24/05/2016 08:30', 'streetOutreach', {
    outcome: 'Hostel place found',
    note: 'Agreed to try the hostel after three years of refusing.',
  });
  const hostel = j.add('06/06/2016', 'hostel', {
    end: '20/02/2017',
    note: 'Hostel room with a support worker.',
  });
  j.link(hostelReferral, hostel, 'referral');
  j.event('06/06/2016', 'accommodation found', 'Hostel room.');
  j.add('01/07/2016', 'drugService', {
    outcome: 'Back in treatment',
    note: 'Re-referred by the hostel support worker.',
  });
  j.add('01/07/2016', 'methadone', { end: '19/02/2017', note: 'Methadone restarted.' });
  const bridge = j.add('09/10/2016 00:40', 'officerTime', {
    end: '09/10/2016 04:40',
    outcome: 'Waited with him for the crisis team',
    note: 'Stood on the railings of the footbridge over the ring road. Talked down.',
  });
  const crisis = j.add('09/10/2016 04:40', 'mhContact', {
    outcome: 'Crisis team assessment: not for secondary care',
    note: '"No mental illness; distress substance-related." Discharged to the hostel.',
  });
  j.link(bridge, crisis, 'handover');
  j.add('20/02/2017 22:00', 'publicOrder', {
    outcome: 'Removed from the premises',
    note: 'Fight with another resident at the hostel; staff called police.',
  });
  j.add('20/02/2017', 'hostelExclusion', {
    outcome: 'Excluded',
    note: 'Excluded at 10pm with a sleeping bag. No notice to treatment or outreach.',
    missed: mo(
      'Evicted or excluded to the street',
      'Excluded at night to the street after one fight, eight months into his first stable place. His script lapsed the same week.',
      'A managed move to another hostel, with treatment told so the script carried on',
    ),
  });
  j.event('20/02/2017', 'accommodation lost', 'Excluded from the hostel; back on the streets.');

  // Age 20 to 21: rough sleeping again.
  j.add('01/03/2017', 'outreachMonths', {
    end: '28/02/2018',
    note: 'On the rough sleeper outreach caseload.',
  });
  j.every('07/03/2017 07:00', 70, 2, 'streetOutreach', {
    outcome: 'Welfare check',
    note: 'Sleeping in a tent by the canal.',
  });
  const exploited = j.add('18/05/2017 07:15', 'streetOutreach', {
    outcome: 'Safeguarding concern raised',
    note: 'Older man dealing from his tent and taking his money.',
  });
  const safeguarding = j.add('19/05/2017', 'safeguarding', {
    outcome: 'No further action',
    note: 'Not eligible: no care and support needs identified.',
  });
  j.link(exploited, safeguarding, 'referral');
  j.add('02/08/2017 14:20', 'shoplifting', { outcome: 'Charged' });
  j.add('27/09/2017 01:15', 'violenceInjury', {
    outcome: 'Victim; no suspect identified',
    note: 'Kicked in the head while asleep in the tent.',
  });
  j.add('27/09/2017 02:00', 'aeCategory2', { outcome: 'Discharged with head injury advice' });
  j.add('16/11/2017', 'drugService', { outcome: 'Script restarted' });
  j.add('16/11/2017', 'methadone', { end: '11/03/2018' });

  // Age 21 to 23: his own flat, support closed when things looked settled, then arrears.
  const nominated = j.add('01/03/2018', 'housingOptions', { outcome: 'Nominated to a council flat' });
  j.event('12/03/2018', 'accommodation found', 'His own council flat: his first tenancy.');
  const visits = j.every('19/03/2018', 28, 4, 'tenancyVisit', {
    outcome: 'Visit completed',
    note: 'Flat furnished through the local welfare scheme. Rent paid by universal credit.',
  });
  j.link(nominated, visits[0], 'handover');
  j.add('13/07/2018', 'tenancyVisit', {
    outcome: 'Support closed: settled',
    note: 'Rent up to date, no complaints from neighbours. Case closed after four months.',
    missed: mo(
      'Support withdrawn when things quietened (yo-yo response)',
      'Tenancy support closed after four quiet months, for a first tenancy after five years on the streets with a script and untreated trauma.',
      'Step down to monthly visits for a year, with an agreed route back if rent or the script slips',
    ),
  });
  j.add('12/03/2018', 'methadone', { end: '10/03/2019', note: 'Stable on the script.' });
  j.every('09/04/2018', 56, 6, 'drugService', {
    outcome: 'Key work session',
    note: 'Stable; wants to reduce.',
  });
  j.every('24/09/2018', 98, 2, 'jobcentre', { outcome: 'Claimant commitment reviewed' });
  j.add('04/02/2019', 'sanction', {
    outcome: 'Four-week sanction',
    note: 'Missed a work search appointment while unwell.',
  });
  j.add('12/03/2019', 'gpConsultation', {
    outcome: 'Waiting list for talking therapy',
    note: 'Asks for help with his anger and sleep.',
  });
  const arrears = j.add('07/06/2019', 'arrearsNotice', {
    outcome: 'Arrears of eight weeks',
    note: 'Rent arrears since the sanction. Letter only; no visit.',
  });
  j.add('29/10/2019', 'arrearsNotice', { outcome: 'Possession proceedings started' });
  const eviction = j.add('20/01/2020', 'complexEviction', {
    outcome: 'Evicted',
    note: 'Evicted for rent arrears. No referral to tenancy sustainment, outreach or treatment before the bailiffs came.',
    missed: mo(
      'Evicted or excluded to the street',
      'Evicted for arrears that began with a four-week sanction, with no tenancy sustainment offer and nobody told where he went.',
      'A tenancy sustainment referral at the first arrears letter, and a plan with treatment and outreach before any eviction',
    ),
  });
  j.link(arrears, eviction, 'no follow-up', 'Letters only: no visit, no referral');
  j.event('20/01/2020', 'accommodation lost', 'Evicted for rent arrears; sofa surfing.');

  // Age 23 to 25: sofa surfing, the streets again, and at last one plan.
  j.event('02/03/2020', 'became homeless', 'Sleeping rough again after falling out where he was staying.');
  const everyoneIn = j.add('27/03/2020', 'housingOptions', {
    outcome: 'Emergency B&B under the pandemic scheme',
  });
  const bAndB = j.add('27/03/2020', 'bedAndBreakfast', {
    end: '29/06/2020',
    note: 'Emergency B&B room during lockdown.',
  });
  j.link(everyoneIn, bAndB, 'referral');
  j.add('30/06/2020 08:00', 'streetOutreach', {
    outcome: 'Back in a doorway',
    note: 'B&B ended when the scheme closed.',
  });
  j.add('11/08/2020 03:20', 'seeAndConvey', {
    outcome: 'Conveyed',
    note: 'Overdose: heroin and street benzodiazepines.',
  });
  j.add('11/08/2020 04:00', 'aeCategory2', { outcome: 'Self-discharged' });
  j.add('02/11/2020 23:10', 'violenceInjury', {
    outcome: 'Victim; suspect arrested',
    note: 'Assaulted with a bottle while sleeping rough.',
  });
  j.add('02/11/2020 23:50', 'aeCategory1', { outcome: 'Wound glued; discharged' });
  j.add('18/12/2020 12:30', 'shoplifting', { outcome: 'Charged', note: 'Coats from a department store.' });
  const navigator = j.add('15/03/2021', 'advocacy', {
    outcome: 'Complex needs navigator allocated',
    note: 'Accepted onto the complex needs list. One named worker for all services.',
  });
  const joint = j.add('29/03/2021', 'mhContact', {
    outcome: 'Joint care plan agreed',
    note: 'First joint meeting of mental health and treatment: trauma work and the script together.',
  });
  j.link(navigator, joint, 'escalation', 'Navigator asked for a joint meeting');
  j.add('29/03/2021', 'drugService', { outcome: 'Script restarted under the joint plan' });
  j.add('29/03/2021', 'methadone', { end: '27/09/2021' });
  j.add('12/04/2021', 'housingOptions', { outcome: 'Referred to Housing First' });
  j.every('14/06/2021', 14, 4, 'mhContact', { outcome: 'Attended', note: 'Trauma-focused session.' });
  return j.build();
}
