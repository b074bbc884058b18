import type { CaseJourney } from '../generator/case-journey';
import { JourneyBuilder, mo } from './journey-builder';

/**
 * A prolific acquisitive offender managed under Integrated Offender Management (Portsmouth
 * review, 2016, paras 3.6-3.9): heroin and crack, short sentences, releases to the street,
 * licence breaches and recalls, and an IOM team that steps back when he goes quiet. Every
 * contact is invented to teach with. Nobody real.
 */
export function offenderO(): CaseJourney {
  const j = new JourneyBuilder({
    id: 'offender-o',
    pseudonym: 'Offender O',
    designatedLead: 'IOM police offender manager',
    riskGrade: 'high',
    status: 'open',
    notes: 'Training sample of a prolific offender on an IOM cohort. Entirely fictional: nobody real.',
    dateOfBirth: '03/09/1979',
    interventionDate: '01/02/2021',
  });
  // An IOM visit is a police offender manager's hour, costed as police officer time.
  const iomVisit = (when: string, outcome: string, note = '') =>
    j.add(when, 'officerTime', {
      quantity: 1,
      outcome,
      note: note === '' ? 'IOM home visit.' : `IOM home visit. ${note}`,
    });
  // Every arrest is followed by a drug test; it was positive for opiates and cocaine each time.
  const arrest = (when: string, note: string, outcome = 'Charged') =>
    j.add(when, 'arrest', { outcome: `${outcome}; drug test positive`, note });

  // 2017: selected for IOM after a run of thefts; a sentence and a release to nowhere.
  j.event(
    '03/04/2017',
    'accommodation lost',
    "Asked to leave his mother's flat after taking money from her; sofa surfing.",
  );
  arrest('11/04/2017 14:20', 'Shoplifting: coffee and razor blades, to sell.');
  arrest('27/04/2017 16:05', 'Theft from a parked van: power tools.');
  j.add('28/04/2017', 'courtHearing', { outcome: 'Bailed to a later date' });
  arrest('16/05/2017 11:40', 'Shoplifting while on bail.', 'Charged and remanded');
  const selected = j.add('23/05/2017', 'iomReview', {
    outcome: 'Adopted onto the IOM cohort (red)',
    note: 'Twenty-three offences in twelve months, all acquisitive, all to fund heroin and crack.',
  });
  j.add('17/05/2017', 'custody', { end: '13/07/2017', note: 'Remand, then a sentence of 16 weeks.' });
  j.add('24/05/2017', 'prisonHealthcare', {
    outcome: 'Methadone started',
    note: 'Opiate withdrawal on reception.',
  });
  j.add('05/07/2017', 'preRelease', { outcome: 'No address; told to present to housing on release' });
  const release = j.add('13/07/2017', 'preRelease', {
    outcome: 'Released on licence, no fixed abode',
    note: 'Released on a Thursday at 10:30 with £46 and a travel warrant.',
    missed: mo(
      'Discharged or released with no accommodation',
      'Released on licence to no address, with a housing appointment for the next week; known to sleep rough and reoffend within days of every release.',
      "A bed arranged before release, on the IOM team's plan from the day he was adopted",
    ),
  });
  j.link(selected, release, 'no follow-up', 'IOM plan made no accommodation before release');
  j.event('13/07/2017', 'release from prison', 'Released on licence to no fixed abode.');
  const noScript = j.add('13/07/2017', 'drugService', {
    outcome: 'No appointment until 24/07',
    note: 'Prison sent the script details to the wrong service; community treatment did not know he was out.',
    missed: mo(
      'Information held but not shared',
      'The prison knew he was on methadone and due out; the community service heard after he had gone eleven days without a script. Tolerance gone.',
      'Release date and dose passed to community treatment a week before, with a first appointment on the day of release',
    ),
  });
  j.link(release, noScript, 'handover', 'Script details sent late and to the wrong team');
  j.add('16/07/2017 03:40', 'seeAndConvey', {
    outcome: 'Naloxone given; conveyed',
    note: 'Heroin overdose in a stairwell, three days after release.',
  });
  j.add('16/07/2017 04:20', 'aeCategory2', { outcome: 'Self-discharged' });
  j.add('17/07/2017', 'housingOptions', { outcome: 'Not in priority need; hostel waiting list' });
  j.every('18/07/2017', 7, 2, 'probationAppointment', { outcome: 'Attended' });
  j.add('24/07/2017', 'drugService', { outcome: 'Script restarted' });
  j.add('24/07/2017', 'methadone', { end: '12/11/2017' });
  iomVisit('27/07/2017 11:00', 'Found at the day centre', 'Sleeping in a multi-storey car park.');
  arrest('09/08/2017 15:30', 'Shoplifting: joints of meat.');
  j.add('15/08/2017', 'probationMissed', { note: 'In police custody at the time.' });
  j.add('22/08/2017', 'breach', { outcome: 'Licence breach: warning', note: 'Reoffending on licence.' });
  iomVisit('30/08/2017 10:00', 'Hostel place found through the IOM team');
  j.add('01/09/2017', 'hostel', { end: '28/09/2017' });
  j.event('01/09/2017', 'accommodation found', 'Hostel room through the IOM team.');

  // Autumn 2017 to spring 2018: licence ends, offending and treatment on and off.
  j.every('05/09/2017', 21, 3, 'probationAppointment', { outcome: 'Attended' });
  j.every('12/09/2017', 14, 4, 'drugService', { outcome: 'Key work session' });
  j.add('28/09/2017', 'hostelExclusion', {
    outcome: 'Evicted: arrears of service charge',
    note: 'Hostel evicted him for £180 of service charge arrears; 24 hours notice.',
  });
  j.event('28/09/2017', 'accommodation lost', 'Evicted from the hostel; rough sleeping.');
  arrest('14/10/2017 13:10', 'Theft from a charity shop.');
  arrest('02/11/2017 17:25', 'Shoplifting: alcohol.');
  j.add('06/11/2017', 'courtHearing', { outcome: 'Community order with drug rehabilitation requirement' });
  j.every('13/11/2017', 7, 6, 'drugService', { outcome: 'Drug rehabilitation requirement session' });
  j.add('13/11/2017', 'methadone', { end: '18/02/2018' });
  iomVisit('23/11/2017 09:30', 'Seen at the drug service');
  j.add('22/01/2018', 'treatmentMissed', { note: 'Letter to the hostel he left in September.' });
  j.add('05/02/2018', 'treatmentMissed', { note: 'No contact number.' });
  j.add('19/02/2018', 'treatmentMissed', {
    outcome: 'Returned to court for breach of the requirement',
    note: 'Third missed session; drug rehabilitation requirement breached.',
    missed: mo(
      "'Failure to engage' with no assertive outreach",
      'Three letters to an address he had left, then breach. The IOM officer saw him twice in those weeks and was not asked to pass a message.',
      'Treatment and the IOM officer to look for him together at the day centre and the car park',
    ),
  });
  j.add('05/03/2018', 'courtBreach', {
    outcome: 'Order revoked; resentenced to custody',
    note: 'Sentenced to 20 weeks.',
  });
  j.add('05/03/2018', 'custody', { end: '02/05/2018' });
  j.add('12/04/2018', 'iomReview', { outcome: 'Stays red on the cohort' });
  j.add('25/04/2018', 'preRelease', {
    outcome: 'Bed booked at a hostel; script arranged',
    note: 'Planned by the IOM team this time.',
  });
  j.add('02/05/2018', 'preRelease', { outcome: 'Released on licence to the hostel' });
  j.event('02/05/2018', 'release from prison', 'Released on licence to a hostel bed.');

  // 2018 to mid-2019: the quiet year, and the IOM team steps back.
  j.add('02/05/2018', 'hostel', { end: '28/08/2019' });
  j.add('02/05/2018', 'drugService', { outcome: 'Script continued from prison on the day' });
  j.add('02/05/2018', 'methadone', { end: '31/07/2019' });
  j.every('09/05/2018', 28, 6, 'probationAppointment', { outcome: 'Attended' });
  j.every('16/05/2018 10:00', 28, 8, 'officerTime', {
    quantity: 1,
    outcome: 'Engaging; no new offences',
    note: 'IOM home visit at the hostel.',
  });
  j.every('23/05/2018', 28, 8, 'drugService', {
    outcome: 'Key work session',
    note: 'Clean tests for opiates on top of the script.',
  });
  j.add('18/08/2018 00:30', 'violenceInjury', {
    outcome: 'Victim; no statement',
    note: 'Robbed of his phone and punched outside the hostel.',
  });
  j.add('18/08/2018 01:10', 'aeCategory1', { outcome: 'Cut glued; discharged' });
  j.add('04/12/2018', 'gpConsultation', { outcome: 'Hepatitis C test; referral to the liver clinic' });
  j.add('21/02/2019', 'jobcentre', { outcome: 'Universal credit claim reviewed' });
  j.add('14/03/2019', 'gpConsultation', { outcome: 'Did not attend the liver clinic; re-referred' });
  const stepDown = j.add('11/04/2019', 'iomReview', {
    outcome: 'Moved from red to green: visits stopped',
    note: 'Eleven months without a charge; licence ended. Case closed to the IOM police officer.',
    missed: mo(
      'Support withdrawn when things quietened (yo-yo response)',
      'The IOM team stopped visiting after eleven quiet months, the same week his licence ended and with his script due to be reduced.',
      'Step down gradually with a named officer keeping monthly contact through the script reduction',
    ),
  });
  j.add('06/05/2019', 'drugService', { outcome: 'Script reduced', note: 'Reduction agreed at his request.' });

  // Mid-2019 to 2020: back to heroin, the hostel, the streets, prison again.
  const relapse = arrest('17/06/2019 12:15', 'Shoplifting: first offence in thirteen months.');
  j.link(stepDown, relapse, 'no follow-up', 'Nobody watching after the step-down');
  arrest('03/07/2019 18:40', 'Burglary of a garden shed: bikes.', 'Released under investigation');
  arrest('28/07/2019 14:00', 'Shoplifting.');
  j.add('05/08/2019', 'iomReview', { outcome: 'Back to red' });
  j.add('28/08/2019', 'hostelExclusion', {
    outcome: 'Evicted: drug use in his room',
    note: 'Found using in his room; evicted the same evening. IOM and treatment told the next day.',
    missed: mo(
      'Evicted or excluded to the street',
      'Evicted the same evening to the street for the relapse the step-down had let go unnoticed.',
      'A managed move or a warning with treatment and IOM at the table, not a same-day eviction',
    ),
  });
  j.event('28/08/2019', 'accommodation lost', 'Evicted from the hostel; rough sleeping.');
  j.add('01/09/2019', 'outreachMonths', {
    end: '30/11/2019',
    note: 'On the rough sleeper outreach caseload.',
  });
  arrest('11/09/2019 16:20', 'Theft from a car.');
  arrest('30/09/2019 11:50', 'Shoplifting.', 'Charged and remanded');
  j.add('01/10/2019', 'courtHearing', { outcome: 'Sentenced to custody', note: 'Twenty-six weeks.' });
  j.add('30/09/2019', 'custody', { end: '27/12/2019' });
  j.add('27/12/2019', 'preRelease', {
    outcome: 'Released on licence to a B&B',
    note: 'Released the Friday after Christmas; B&B booked by housing for two weeks.',
  });
  j.event('27/12/2019', 'release from prison', 'Released on licence to emergency B&B.');
  j.add('27/12/2019', 'bedAndBreakfast', { end: '10/01/2020' });
  j.add('30/12/2019', 'drugService', { outcome: 'Script restarted' });
  j.add('30/12/2019', 'methadone', { end: '26/01/2020' });
  j.add('02/01/2020 02:50', 'seeAndConvey', {
    outcome: 'Conveyed',
    note: 'Overdose at the B&B: heroin and pregabalin.',
  });
  j.add('02/01/2020 03:30', 'aeCategory2', { outcome: 'Admitted overnight' });
  j.add('02/01/2020 06:00', 'admission', { end: '04/01/2020', outcome: 'Discharged to the B&B' });
  const missedWhileIn = j.add('03/01/2020', 'probationMissed', {
    outcome: 'Recall requested',
    note: 'Missed his first licence appointment; probation did not know he was in hospital.',
  });
  j.add('10/01/2020', 'housingOptions', { outcome: 'B&B ended; no offer' });
  j.add('14/01/2020 15:35', 'arrest', { outcome: 'Arrested on recall' });
  const recall = j.add('14/01/2020', 'recall', { outcome: 'Returned to custody' });
  j.link(missedWhileIn, recall, 'escalation');
  j.add('14/01/2020', 'breach', { outcome: 'Licence breach recorded' });
  j.add('14/01/2020', 'custody', { end: '27/03/2020' });

  // 2020 to 2021: released early in lockdown, then an IOM house.
  j.add('27/03/2020', 'preRelease', {
    outcome: 'Released to an emergency hotel room',
    note: 'End of sentence brought forward a week; room under the pandemic scheme.',
  });
  j.event('27/03/2020', 'release from prison', 'Released to an emergency hotel room.');
  j.add('27/03/2020', 'bedAndBreakfast', { end: '10/07/2020' });
  j.add('27/03/2020', 'drugService', { outcome: 'Script delivered to the hotel' });
  j.add('27/03/2020', 'methadone', { end: '31/03/2021' });
  j.every('03/04/2020', 21, 4, 'probationAppointment', { outcome: 'Telephone supervision' });
  j.add('14/05/2020 23:10', 'seeAndConvey', { outcome: 'Conveyed', note: 'Overdose in the hotel.' });
  j.add('14/05/2020 23:50', 'aeCategory2', { outcome: 'Self-discharged' });
  j.add('29/06/2020 00:40', 'ambulanceCallOut', {
    outcome: 'Refused to travel',
    note: 'Overdose; came round with naloxone from a friend.',
  });
  j.add('10/07/2020', 'hostelExclusion', {
    outcome: 'Hotel scheme ended',
    note: 'Moved on from the hotel; sofa surfing.',
  });
  arrest('04/08/2020 13:25', 'Shoplifting.');
  arrest('22/09/2020 15:45', 'Theft of a bike.');
  j.add('05/10/2020', 'courtHearing', {
    outcome: 'Community order with drug rehabilitation requirement',
    note: 'IOM house place offered as part of the proposal.',
  });
  j.add('12/10/2020', 'highIntensity', {
    note: 'IOM house: supported accommodation for offenders, 12 weeks at first.',
  });
  j.event('12/10/2020', 'accommodation found', 'Room in an IOM house.');
  j.every('15/10/2020 10:00', 14, 8, 'officerTime', {
    quantity: 1,
    outcome: 'Seen at the IOM house',
    note: 'IOM home visit.',
  });
  j.every('19/10/2020', 14, 10, 'drugService', { outcome: 'Drug rehabilitation requirement session' });
  j.add('01/02/2021', 'iomReview', {
    outcome: 'Stays red, visits continue',
    note: 'Joint plan: script, housing and probation reviewed together fortnightly.',
  });
  j.add('15/02/2021', 'peerMentor', { outcome: 'Matched with a peer mentor' });
  j.add('15/03/2021', 'peerMentor', { outcome: 'Met at the IOM house' });
  return j.build();
}
