import type { CaseJourney } from '../generator/case-journey';
import { JourneyBuilder, mo } from './journey-builder';

/**
 * A woman from a Safe Space-style cohort (the Derby Safe Space review, 2021): rough sleeping,
 * repeatedly the victim of serious crime and an offender too, with public protection notices
 * (PPNs) at about five a year, A&E, safeguarding referrals and a 24/7 safe space as the one
 * place that always takes her. Every contact is invented to teach with. Nobody real.
 */
export function womanW(): CaseJourney {
  const j = new JourneyBuilder({
    id: 'woman-w',
    pseudonym: 'Woman W',
    designatedLead: 'Multi-agency hub case lead',
    riskGrade: 'very high',
    status: 'open',
    notes:
      'Training sample modelled on the female cohort described in a safe space impact review. Entirely fictional: nobody real.',
    dateOfBirth: '12/02/1983',
  });
  // The review costs a PPN as three hours of officer time at the local hourly rate.
  const ppn = (when: string, note: string) =>
    j.add(when, 'ppn', { quantity: 3, outcome: 'PPN submitted (adult at risk)', note });

  // Spring 2019: sleeping rough with a violent partner; the safe space opens.
  j.event(
    '01/04/2019',
    'became homeless',
    'Sleeping rough in the city centre with her partner after leaving a hostel.',
  );
  j.add('04/04/2019 22:30', 'asb', {
    outcome: 'Dispersal notice (48 hours)',
    note: 'Intoxicated with her partner in the bus station; both dispersed.',
  });
  j.add('12/04/2019 21:15', 'officerTime', {
    end: '12/04/2019 23:15',
    outcome: 'Taken to the safe space',
    note: 'Two officers stayed with her until she could walk; ambulance would not convey.',
  });
  j.add('12/04/2019 23:30', 'safeSpaceNight', { end: '13/04/2019', outcome: 'Rested; left at 08:00' });
  j.every('19/04/2019 22:00', 9, 4, 'safeSpaceNight', { nights: 3, outcome: 'Stayed three nights' });
  const pinPartner = j.add('26/04/2019 10:00', 'safeSpaceVisit', {
    outcome: 'Police intelligence notice sent',
    note: 'Bruising to her face; says her partner "lost it". Does not want the police involved.',
  });
  ppn(
    '27/04/2019 15:00',
    'Bruising reported by safe space staff. Partner has a history of violence to previous partners.',
  );
  const assault = j.add('06/05/2019 01:40', 'violenceInjury', {
    outcome: 'Victim; partner arrested then released',
    note: 'Assaulted by her partner in a doorway: broken nose. She would not make a statement.',
    missed: mo(
      'Information held but not shared',
      "The safe space's notice and the PPN of late April described the risk from this partner. Neither reached the domestic abuse service, so no risk assessment was done before the assault.",
      'A DASH risk assessment and an IDVA referral from the April PPN, and MARAC if high risk',
    ),
  });
  j.link(pinPartner, assault, 'no follow-up', 'Intelligence not passed to the domestic abuse service');
  j.add('06/05/2019 01:55', 'seeAndConvey', { outcome: 'Conveyed to A&E' });
  const ae = j.add('06/05/2019 02:30', 'aeCategory2', {
    outcome: 'Nasal fracture; discharged',
    note: 'Discharged at 05:00 to no fixed abode.',
  });
  j.add('06/05/2019 09:00', 'arrest', {
    outcome: 'Released on bail',
    note: 'Partner arrested on suspicion of assault; bail conditions not to contact her.',
  });
  const victimContact = j.add('07/05/2019 14:00', 'ppn', {
    quantity: 3,
    outcome: 'PPN submitted; victim declined a referral',
    note: 'Victim code contact: said she did not want support. Recorded as declined; not revisited.',
    missed: mo(
      'Victim support not triggered',
      'A repeat victim of serious violence recorded as "declined" the day after, in A&E clothes, with nowhere to live. The offer was never made again.',
      'An assertive victim services offer made through the safe space, repeated when she was sober and safe',
    ),
  });
  j.link(ae, victimContact, 'information shared');
  j.add('09/05/2019', 'safeguarding', {
    outcome: 'No further action',
    note: 'Referral by A&E. Closed: "has capacity and declines support".',
  });

  // Summer 2019: the hostel, the crack, the exclusion.
  j.add('13/05/2019', 'housingOptions', { outcome: 'Hostel place offered' });
  j.event('14/05/2019', 'accommodation found', 'Hostel room for women with support.');
  j.add('14/05/2019', 'hostel', { end: '29/07/2019' });
  j.add('21/05/2019', 'drugService', {
    outcome: 'Assessment: crack cocaine and heroin, injecting',
    note: 'Wants a script.',
  });
  j.add('04/06/2019', 'methadone', { end: '26/07/2019' });
  j.every('11/06/2019', 14, 3, 'drugService', { outcome: 'Key work session' });
  j.add('19/06/2019 13:40', 'shoplifting', {
    outcome: 'Charged',
    note: 'Meat and spirits from a supermarket.',
  });
  j.add('02/07/2019 23:20', 'domesticAbuse', {
    outcome: 'Partner arrested for breaching bail',
    note: 'Partner found outside the hostel; she let him in.',
  });
  ppn('03/07/2019 10:00', 'Second domestic abuse incident in two months.');
  const excluded = j.add('29/07/2019', 'hostelExclusion', {
    outcome: 'Excluded for 28 days',
    note: 'Excluded after her partner was found in her room again. Left with her bags at 21:00.',
    missed: mo(
      'Evicted or excluded to the street',
      'Excluded at night, for letting in the man who was abusing her, to the streets where he was waiting.',
      'A move to a refuge or another hostel the same day, with the IDVA told before she left',
    ),
  });
  j.event('29/07/2019', 'accommodation lost', 'Excluded from the hostel; sleeping rough again.');
  const nightAfter = j.add('29/07/2019 22:40', 'safeSpaceNight', {
    end: '30/07/2019',
    outcome: 'Overnight stay',
    note: 'Arrived from the hostel with her bags.',
  });
  j.link(excluded, nightAfter, 'handover', 'Hostel signposted her to the safe space');
  j.add('03/08/2019', 'treatmentMissed', { note: 'Script collapsed after the exclusion.' });
  j.add('17/08/2019', 'treatmentMissed', {
    outcome: 'Discharged from treatment',
    note: 'Second missed appointment; discharged by letter to the hostel she had left.',
    missed: mo(
      "'Failure to engage' with no assertive outreach",
      'Discharged for missing appointments two weeks after losing her bed, by a letter to the hostel that excluded her.',
      'Treatment outreach to find her at the safe space, where she was sleeping most nights',
    ),
  });
  j.every('05/08/2019 23:00', 7, 4, 'safeSpaceNight', { nights: 5, outcome: 'Stayed most nights this week' });

  // Autumn 2019: A&E three times in five weeks, and a safeguarding referral closed again.
  j.add('02/09/2019 03:15', 'seeAndConvey', {
    outcome: 'Conveyed',
    note: 'Found collapsed; alcohol and pills.',
  });
  j.add('02/09/2019 04:00', 'aeMinor', { outcome: 'Left before review' });
  j.add('21/09/2019 01:30', 'ambulanceCallOut', { outcome: 'Refused to travel' });
  j.add('24/09/2019 22:50', 'aeCategory1', {
    outcome: 'Abscess drained; discharged',
    note: 'Injection site abscess on the thigh.',
  });
  j.add('08/10/2019 02:05', 'aeCategory2', { outcome: 'Discharged', note: 'Head injury: says she fell.' });
  ppn('08/10/2019 12:00', 'Head injury, unclear how. Third hospital attendance in five weeks.');
  j.add('10/10/2019', 'safeguarding', {
    outcome: 'Section 42 enquiry opened',
    note: 'Referral by the police. Worker to see her at the safe space.',
  });
  j.add('14/10/2019', 'socialWorkerTime', {
    quantity: 2,
    outcome: 'Seen at the safe space',
    note: 'Safety plan agreed: safe space nightly, phone kept charged there.',
  });
  j.add('08/11/2019', 'safeguarding', {
    outcome: 'Enquiry closed',
    note: 'Closed: "risks reduced, she is using the safe space".',
  });
  j.add('20/11/2019 00:20', 'violenceInjury', {
    outcome: 'Victim; no statement',
    note: 'Stabbed in the arm by a man she owed money to.',
  });
  j.add('20/11/2019 00:45', 'seeAndConvey', { outcome: 'Conveyed' });
  j.add('20/11/2019 01:20', 'admission', {
    end: '23/11/2019',
    outcome: 'Discharged to no fixed abode',
    note: 'Wound repair under general anaesthetic.',
  });
  j.add('25/11/2019 11:00', 'paramedicTriage', {
    outcome: 'Dressing changed; antibiotics',
    note: 'Seen by the safe space paramedic.',
  });
  j.add('27/11/2019', 'gpAppointment', {
    outcome: 'Wound check; contraception',
    note: 'Appointment made for her by the safe space.',
  });

  // Winter 2019-20: a sentence, a Friday release, a recall.
  j.add('06/12/2019 15:10', 'arrest', {
    outcome: 'Charged and remanded',
    note: 'Shoplifting while on a conditional discharge; fourth theft this year.',
  });
  j.add('09/12/2019', 'courtHearing', { outcome: 'Sentenced to custody', note: 'Eight weeks.' });
  j.add('06/12/2019', 'custody', { end: '03/01/2020', note: 'Remand, then sentence.' });
  j.add('18/12/2019', 'prisonTreatment', { outcome: 'Methadone started in prison' });
  const release = j.add('03/01/2020', 'preRelease', {
    outcome: 'Released on licence, no fixed abode',
    note: 'Released on a Friday at 14:00. Housing appointment for the Monday. Prison script to be picked up from a chemist she had never used.',
    missed: mo(
      'Discharged or released with no accommodation',
      'Released on a Friday afternoon to no address, with a methadone script she could not collect until the Monday.',
      'Accommodation and a chemist agreed before release, and release early in the week',
    ),
  });
  j.event('03/01/2020', 'release from prison', 'Released on licence to no fixed abode.');
  const fridayNight = j.add('03/01/2020 21:30', 'safeSpaceNight', {
    end: '04/01/2020',
    outcome: 'Overnight stay',
    note: 'The only place open to her on the day of release.',
  });
  j.link(release, fridayNight, 'no follow-up', 'Released with no accommodation');
  j.add('06/01/2020', 'housingOptions', { outcome: 'B&B offered' });
  j.add('06/01/2020', 'bedAndBreakfast', { end: '20/01/2020' });
  j.every('07/01/2020', 7, 3, 'probationAppointment', { outcome: 'Attended' });
  j.add('28/01/2020', 'probationMissed', {
    note: 'Left the B&B after a man from the street found her there.',
  });
  j.add('04/02/2020', 'probationMissed', { outcome: 'Recall requested' });
  j.add('11/02/2020 10:30', 'arrest', { outcome: 'Arrested on recall' });
  j.add('11/02/2020', 'recall', { outcome: 'Returned to custody' });
  j.add('11/02/2020', 'custody', { end: '06/03/2020' });
  j.add('06/03/2020', 'preRelease', {
    outcome: 'Released to a hostel bed',
    note: 'Released on a Friday again, this time with a hostel bed booked.',
  });
  j.event('06/03/2020', 'release from prison', 'Released at the end of her sentence to a hostel.');

  // 2020: lockdown, a hotel room, and the partner back.
  j.add('06/03/2020', 'hostel', { end: '27/03/2020' });
  j.add('27/03/2020', 'housingOptions', { outcome: 'Hotel room under the pandemic scheme' });
  j.event('27/03/2020', 'accommodation found', 'Hotel room during lockdown.');
  j.add('27/03/2020', 'bedAndBreakfast', { end: '14/08/2020' });
  j.add('30/03/2020', 'drugService', { outcome: 'Script restarted; collected by the hotel support team' });
  j.add('30/03/2020', 'methadone', { end: '14/08/2020' });
  j.every('27/04/2020', 28, 4, 'drugService', { outcome: 'Phone key work session' });
  j.add('16/06/2020 02:10', 'domesticAbuse', {
    outcome: 'Partner arrested',
    note: 'Her former partner found her room. She was strangled until she passed out.',
  });
  ppn('16/06/2020 09:00', 'Non-fatal strangulation by a former partner with a history of violence.');
  const idva = j.add('17/06/2020', 'idvaReferral', {
    outcome: 'Accepted: high risk',
    note: 'DASH score 19.',
  });
  const marac = j.add('25/06/2020', 'marac', {
    outcome: 'Actions: safe space as point of contact; injunction support',
  });
  j.link(idva, marac, 'escalation');
  j.every('02/07/2020', 14, 3, 'idvaContact', { outcome: 'Seen at the safe space' });
  j.add('29/07/2020', 'idvaContact', {
    outcome: 'Case closed by the IDVA service',
    note: 'Closed: no contact for three weeks and partner remanded.',
  });
  j.add('14/08/2020', 'hostelExclusion', {
    outcome: 'Hotel place ended',
    note: 'Hotel scheme ended; excluded for using on the premises.',
  });
  j.event('14/08/2020', 'accommodation lost', 'Hotel place ended; sleeping rough again.');
  j.every('14/08/2020 22:30', 10, 5, 'safeSpaceNight', { nights: 6, outcome: 'Stayed most nights' });

  // Late 2020 to 2021: the same cycle, now watched by the hub.
  j.add('01/09/2020', 'outreachMonths', {
    end: '31/08/2021',
    note: 'On the rough sleeper outreach caseload.',
  });
  j.add('19/09/2020 23:45', 'sexualAssault', {
    outcome: 'Victim; no statement',
    note: 'Raped in a car park by a man who offered her a place to stay. Reported by the safe space paramedic.',
  });
  ppn('20/09/2020 10:00', 'Sexual assault. She does not want to speak to officers.');
  j.add('20/09/2020 11:30', 'paramedicTriage', {
    outcome: 'Emergency contraception; sexual health appointment made',
  });
  j.add('28/10/2020', 'mhAssessment', {
    outcome: 'Not accepted',
    note: 'Self-harm and flashbacks. "Emotionally unstable personality traits and drug use; not for secondary care."',
    missed: mo(
      'Threshold not met / no clear diagnosis',
      'Refused secondary care as "personality traits and drug use", after a strangulation and a rape in four months, with no other route offered.',
      "A trauma-informed assessment over time at the safe space, with the hub's psychiatric nurse",
    ),
  });
  j.add('03/11/2020', 'gpAppointment', { outcome: 'Sertraline; review in four weeks' });
  j.add('18/11/2020 14:20', 'shoplifting', { outcome: 'Community resolution' });
  j.add('02/12/2020 01:10', 'ambulanceCallOut', {
    outcome: 'Treated at scene',
    note: 'Cut her arms in the safe space toilets.',
  });
  ppn('02/12/2020 11:00', 'Self-harm at the safe space.');
  j.add('03/12/2020', 'safeguarding', {
    outcome: 'No further action',
    note: 'Third referral in eighteen months. Closed: "known to services".',
  });
  j.every('07/12/2020 22:00', 7, 4, 'safeSpaceNight', { nights: 4, outcome: 'Stayed four nights' });
  j.add('13/01/2021 03:30', 'seeAndConvey', {
    outcome: 'Conveyed',
    note: 'Overdose: heroin and pregabalin.',
  });
  j.add('13/01/2021 04:10', 'aeCategory2', { outcome: 'Self-discharged' });
  j.add('21/01/2021 22:40', 'violence', {
    outcome: 'Arrested',
    note: 'Hit another woman with a bottle in an argument over a sleeping spot.',
  });
  j.add('22/01/2021 02:00', 'arrest', { outcome: 'Charged' });
  ppn('22/01/2021 12:00', 'Vulnerable in custody: self-harm history and no address.');
  j.add('08/02/2021', 'courtHearing', {
    outcome: 'Community order with mental health treatment requirement',
  });
  j.every('15/02/2021', 14, 4, 'probationAppointment', { outcome: 'Seen at the safe space' });
  j.add('01/03/2021', 'drugService', { outcome: 'Script restarted at the safe space clinic' });
  j.add('01/03/2021', 'methadone', { end: '30/09/2021' });
  j.add('22/03/2021 00:50', 'domesticAbuse', {
    outcome: 'No arrest: suspect gone',
    note: 'Former partner back in the city after release; threatened her outside the safe space.',
  });
  ppn('22/03/2021 09:00', 'Former partner released and back in contact. Previous MARAC case.');
  j.add('24/03/2021', 'marac', {
    outcome: 'Not re-referred: IDVA case closed',
    note: 'MARAC coordinator told the case was closed in July 2020; new incident not heard.',
    missed: mo(
      'Risk not reassessed',
      'A known high-risk abuser released and threatening her again, but the closed IDVA case meant nobody reassessed the risk or took her back to MARAC.',
      'A new DASH assessment and a repeat MARAC referral the day the partner was released',
    ),
  });
  j.add('06/04/2021', 'safeguarding', { outcome: 'Section 42 enquiry opened', note: 'Hub escalation.' });
  j.add('12/04/2021', 'socialWorkerTime', {
    quantity: 3,
    outcome: 'Multi-agency safety plan',
    note: 'Hub meeting: harm minimisation plan, safe space as back stop.',
  });
  j.every('26/04/2021 11:00', 14, 6, 'paramedicTriage', { outcome: 'Wound care and bloods' });
  j.every('20/04/2021 22:00', 10, 5, 'safeSpaceNight', {
    nights: 7,
    outcome: 'Stayed every night, by the safety plan',
  });
  j.add('10/06/2021 02:30', 'violenceInjury', {
    outcome: 'Victim; partner arrested and charged',
    note: 'Assaulted by the former partner; she gave a statement for the first time.',
  });
  j.add('10/06/2021 03:00', 'aeCategory1', { outcome: 'Discharged' });
  ppn('10/06/2021 10:00', 'Assault by former partner; she supports a prosecution.');
  j.add('11/06/2021', 'idvaReferral', { outcome: 'Accepted: high risk' });
  j.add('11/06/2021', 'victimReferral', { outcome: 'Accepted; support at the safe space' });
  j.add('17/06/2021', 'marac', { outcome: 'Heard; safe space and IDVA as joint contacts' });
  j.add('05/07/2021', 'highIntensity', {
    note: 'High intensity supported accommodation for women: 12 weeks.',
  });
  j.event('05/07/2021', 'accommodation found', 'High intensity supported accommodation.');
  j.every('12/07/2021', 14, 3, 'idvaContact', { outcome: 'Attended' });
  return j.build();
}
