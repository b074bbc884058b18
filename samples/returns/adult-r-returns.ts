import type { ReturnCell, ReturnTableSpec } from './return-docx';

/**
 * Adult R, written for this project (nobody real): a woman in her thirties in Northshire over
 * 2019, sleeping rough, then in a hostel, drinking, a victim of assault, evicted in November.
 * Five agencies return single-agency chronologies for a review. Planted in them: three events
 * two agencies both recorded (police notices received by adult social care the next day, and
 * custody's referral received by the treatment service), and no contact by any agency from
 * 19/04/2019 to 02/09/2019.
 */
export const POLICE: ReturnTableSpec = {
  above: [
    'Northshire Safeguarding Adults Board: single-agency chronology',
    'Agency: Northshire Police',
    'Subject: Adult R',
    'Period: 01/01/2019 to 31/12/2019',
  ],
  headerRows: [0, 4],
  rows: [
    ['Date', 'Time', 'Record ref', 'Details of contact', 'Action taken', 'Analysis'],
    [
      '14/01/2019',
      '22:40',
      'INC-0114-231',
      'Called by a neighbour: shouting at the flat, Adult R intoxicated with a cut to her hand, concerns for self-neglect',
      'Conveyed to A&E by officers; PPN submitted to adult social care',
      'Vulnerability recognised; no DASH as no partner present',
    ],
    [
      '03/02/2019',
      '01:15',
      'INC-0203-019',
      'Found asleep in a shop doorway in the town centre, cold and confused',
      'Welfare check; taken to the night shelter',
      '',
    ],
    [
      '17/03/2019',
      '15:30',
      'CR/2019/0871',
      'Arrested for shoplifting food and alcohol from a supermarket',
      'Charged; bailed to the hostel address',
      'Third theft this year',
    ],
    ['Date', 'Time', 'Record ref', 'Details of contact', 'Action taken', 'Analysis'],
    [
      '18/03/2019',
      '07:30',
      'CUST-5512',
      'In custody overnight; seen by the liaison and diversion nurse, disclosed daily drinking',
      'Referred to the Northshire Recovery Service',
      '',
    ],
    [
      '02/09/2019',
      '23:05',
      'INC-0902-301',
      'Reported missing by hostel staff; found at the railway station, distressed',
      'Returned to the hostel; PPN submitted to adult social care',
      'Second PPN this year',
    ],
    [
      '12/11/2019',
      '20:10',
      'CR/2019/2290',
      'Assault on Adult R by an acquaintance reported from A&E',
      'Crime recorded; suspect not identified',
      'Victim support referral not made',
    ],
  ],
};

const continued: ReturnCell = { text: '', merge: 'continue' };

export const ADULT_SOCIAL_CARE: ReturnTableSpec = {
  above: ['Single-agency chronology', 'Organisation: Northshire Adult Social Care', 'Subject: Adult R'],
  rows: [
    ['Date', 'Source', 'Event', 'Outcome'],
    [
      { text: '15/01/2019', merge: 'restart' },
      'Contact record 4471',
      'PPN received from Northshire Police: called by a neighbour to shouting at her flat, intoxicated with a cut to her hand, concerns for self-neglect',
      'Screened: no care and support needs identified; closed',
    ],
    [
      continued,
      'Contact record 4472',
      'Letter sent to Adult R offering information about services',
      'No reply',
    ],
    [
      '03/09/2019',
      'Contact record 5120',
      'PPN received from Northshire Police: reported missing by hostel staff, found at the railway station, distressed',
      'Passed to the hostel key worker; no assessment',
    ],
    [
      '20/11/2019',
      'Safeguarding 0311',
      'Safeguarding concern raised by the recovery service after an assault',
      'Section 42 enquiry not opened: she has capacity',
    ],
  ],
};

/** Northshire Hospitals: Excel dates with times, on a sheet below a title block. */
export const HOSPITAL = {
  sheet: 'Chronology',
  above: [['Single-agency chronology'], ['Agency: Northshire Hospitals NHS Trust']],
  header: ['Date/Time', 'Source', 'Details of contact', 'Outcome'],
  rows: [
    [
      '2019-01-14T23:20',
      'ED 19-00331',
      'Arrived by police: laceration to the right hand, intoxicated',
      'Sutured and discharged home',
    ],
    [
      '2019-04-18T11:45',
      'ED 19-04410',
      'Attended after an overdose of prescribed medication',
      'Admitted to the medical ward',
    ],
    [
      '2019-04-19T15:00',
      'Ward notes p.4',
      'Seen by the liaison psychiatry team',
      'Discharged to the hostel; GP to follow up',
    ],
    [
      '2019-11-12T19:05',
      'ED 19-12877',
      'Attended by ambulance after an assault: facial bruising',
      'Discharged; police informed',
    ],
  ],
} as const;

/** Northshire Council housing: an Agency column and dates typed as text. */
export const HOUSING = {
  sheet: 'Housing',
  header: ['Date', 'Agency', 'Record ref', 'Event', 'Action taken'],
  rows: [
    [
      '04/02/2019',
      'Northshire Council Housing',
      'HOMS 1201',
      'Presented as homeless after a night at the shelter',
      'Homelessness duty accepted; hostel place',
    ],
    [
      '18/03/2019',
      'Northshire Council Housing',
      'HOMS 1202',
      'Hostel told of the arrest for shoplifting',
      'Warning about the hostel rules',
    ],
    [
      '05/09/2019',
      'Northshire Council Housing',
      'HOMS 1310',
      'Missing overnight from the hostel',
      'Final warning',
    ],
    [
      '25/11/2019',
      'Northshire Council Housing',
      'HOMS 1355',
      'Evicted from the hostel for rent arrears and missed nights',
      'No other accommodation offered',
    ],
  ],
} as const;

/** Northshire Recovery Service, as a csv export of its case system. */
export const TREATMENT_CSV = [
  'Agency: Northshire Recovery Service',
  'Date,Time,Record ref,Event,Action taken,Comment',
  '18/03/2019,10:00,NRS-3391,"Referral received from Northshire Police custody: seen overnight in custody by the liaison and diversion nurse, drinking daily",Assessment booked for 25/03/2019,',
  '25/03/2019,14:00,NRS-3391,Did not attend the assessment,Discharged after one missed appointment,No outreach attempted',
  '20/11/2019,11:30,NRS-3520,Raised a safeguarding concern with Northshire Adult Social Care after she disclosed an assault,Concern sent,',
  '',
].join('\r\n');
