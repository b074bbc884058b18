import type { MissedCategory } from './missed-opportunities';

/**
 * When in the day a contact happens. Emergency services always log a time and are busiest in the
 * evening and at night (shoplifting apart); office services see people on weekdays and often
 * record only the date.
 */
export type TimeProfile = 'night' | 'shop hours' | 'office' | 'daytime';

export interface ContactKind {
  agencyId: string;
  /** The library entry's own name when costed, so typing it in the app picks the same entry. */
  contactType: string;
  unitCostId: string | null;
  time: TimeProfile;
  /** Per-hour costs: how long the contact lasts, in hours, so both ends carry a time. */
  hours?: readonly [number, number];
  outcomes?: readonly string[];
  /** How often this kind of contact is, on its own, a missed opportunity. */
  missed?: { chance: number; category: MissedCategory };
}

const POLICE = 'agency-police';
const AMBULANCE = 'agency-ambulance';
const A_AND_E = 'agency-a-and-e';
export const MENTAL_HEALTH = 'agency-mental-health';
const GP = 'agency-gp';
const HOUSING = 'agency-housing';
export const PROBATION = 'agency-probation';
export const TREATMENT = 'agency-treatment';
const SOCIAL_CARE = 'agency-adult-social-care';
const THIRD_SECTOR = 'agency-third-sector';
export const PRISONS = 'agency-prisons';
export const COURTS = 'agency-courts';

const FAILURE_TO_ENGAGE: MissedCategory = "'Failure to engage' with no assertive outreach";

export const KINDS = {
  arrest: {
    agencyId: POLICE,
    contactType: 'Arrest and detain',
    unitCostId: 'ss-arrest-detain',
    time: 'night',
    outcomes: ['Released under investigation', 'Charged', 'No further action', 'Cautioned'],
  },
  asb: { agencyId: POLICE, contactType: 'ASB incident', unitCostId: 'ss-asb-incident', time: 'night' },
  asbNoAction: {
    agencyId: POLICE,
    contactType: 'ASB incident, no further action',
    unitCostId: 'gmca-cr1-1',
    time: 'night',
  },
  domesticAbuse: {
    agencyId: POLICE,
    contactType: 'Domestic abuse incident (police cost)',
    unitCostId: 'gmca-cr2-0-3',
    time: 'night',
    missed: { chance: 0.25, category: 'Information held but not shared' },
  },
  violence: {
    agencyId: POLICE,
    contactType: 'Violence without injury (police response)',
    unitCostId: 'ho-violence-without-injury',
    time: 'night',
  },
  violenceInjury: {
    agencyId: POLICE,
    contactType: 'Violence with injury (police response)',
    unitCostId: 'ho-violence-with-injury',
    time: 'night',
    missed: { chance: 0.3, category: 'Victim support not triggered' },
  },
  shoplifting: {
    agencyId: POLICE,
    contactType: 'Shoplifting (police response)',
    unitCostId: 'ho-shoplifting',
    time: 'shop hours',
  },
  publicOrder: {
    agencyId: POLICE,
    contactType: 'Public order offence (police response)',
    unitCostId: 'ho-public-order',
    time: 'night',
  },
  criminalDamage: {
    agencyId: POLICE,
    contactType: 'Criminal damage (police response)',
    unitCostId: 'ho-criminal-damage',
    time: 'night',
  },
  drugPossession: {
    agencyId: POLICE,
    contactType: 'Possession of drugs (police response)',
    unitCostId: 'ho-possession-of-drugs',
    time: 'night',
  },
  officerTime: {
    agencyId: POLICE,
    contactType: 'Police officer time',
    unitCostId: 'ss-police-officer-hour',
    time: 'night',
    hours: [2, 6],
    outcomes: ['Waited with the person for a mental health assessment'],
  },
  welfareCheck: {
    agencyId: POLICE,
    contactType: 'Welfare check',
    unitCostId: null,
    time: 'night',
    missed: { chance: 0.04, category: 'Information held but not shared' },
  },
  missingPerson: { agencyId: POLICE, contactType: 'Missing person report', unitCostId: null, time: 'night' },
  hearAndTreat: {
    agencyId: AMBULANCE,
    contactType: 'Ambulance: hear and treat',
    unitCostId: 'ncc-ambulance-hear-treat',
    time: 'night',
  },
  seeAndTreat: {
    agencyId: AMBULANCE,
    contactType: 'Ambulance: see and treat',
    unitCostId: 'ncc-ambulance-see-treat',
    time: 'night',
  },
  seeAndConvey: {
    agencyId: AMBULANCE,
    contactType: 'Ambulance: see and convey',
    unitCostId: 'ncc-ambulance-see-convey',
    time: 'night',
  },
  ambulanceCallOut: {
    agencyId: AMBULANCE,
    contactType: 'Ambulance call-out',
    unitCostId: 'ss-ambulance-call-out',
    time: 'night',
  },
  aeAttendance: {
    agencyId: A_AND_E,
    contactType: 'A&E attendance',
    unitCostId: 'ss-a-and-e-attendance',
    time: 'night',
    missed: { chance: 0.06, category: 'No referral made' },
  },
  aeMinor: {
    agencyId: A_AND_E,
    contactType: 'A&E attendance, no investigation, no significant treatment (VB11Z)',
    unitCostId: 'ncc-emergency-vb11z',
    time: 'night',
    missed: { chance: 0.06, category: 'No referral made' },
  },
  aeCategory1: {
    agencyId: A_AND_E,
    contactType: 'A&E attendance, category 1 investigation with category 1-2 treatment (VB09Z)',
    unitCostId: 'ncc-emergency-vb09z',
    time: 'night',
  },
  aeCategory2: {
    agencyId: A_AND_E,
    contactType: 'A&E attendance, category 2 investigation with category 1-2 treatment (VB08Z)',
    unitCostId: 'ncc-emergency-vb08z',
    time: 'night',
  },
  aeLeftEarly: {
    agencyId: A_AND_E,
    contactType: 'Left A&E before treatment',
    unitCostId: null,
    time: 'night',
  },
  admission: {
    agencyId: A_AND_E,
    contactType: 'Hospital admission, non-elective (per episode)',
    unitCostId: 'gmca-he7-0-2',
    time: 'night',
  },
  mhContact: {
    agencyId: MENTAL_HEALTH,
    contactType: 'Mental health care contact',
    unitCostId: 'ncc-mental-health-contact',
    time: 'office',
  },
  mhMissed: {
    agencyId: MENTAL_HEALTH,
    contactType: 'Did not attend mental health appointment',
    unitCostId: null,
    time: 'office',
    missed: { chance: 0.3, category: FAILURE_TO_ENGAGE },
  },
  mhAssessment: {
    agencyId: MENTAL_HEALTH,
    contactType: 'Mental health assessment',
    unitCostId: null,
    time: 'office',
    outcomes: ['Not accepted', 'Signposted to GP', 'Accepted for care coordination'],
    missed: { chance: 0.3, category: 'Threshold not met / no clear diagnosis' },
  },
  mhCrisis: {
    agencyId: MENTAL_HEALTH,
    contactType: 'Crisis team assessment',
    unitCostId: null,
    time: 'night',
    missed: { chance: 0.15, category: 'Services disagree who acts first (dual diagnosis)' },
  },
  amhpTime: {
    agencyId: MENTAL_HEALTH,
    contactType: 'Approved mental health professional time',
    unitCostId: 'gmca-ss18-11',
    time: 'daytime',
    hours: [3, 8],
  },
  mhDischarge: {
    agencyId: MENTAL_HEALTH,
    contactType: 'Discharged from mental health service',
    unitCostId: null,
    time: 'office',
  },
  gpAppointment: {
    agencyId: GP,
    contactType: 'GP appointment',
    unitCostId: 'ss-gp-appointment',
    time: 'office',
  },
  gpConsultation: {
    agencyId: GP,
    contactType: 'GP surgery consultation (10 minutes)',
    unitCostId: 'pssru-gp-consultation',
    time: 'office',
  },
  gpMissed: {
    agencyId: GP,
    contactType: 'Did not attend GP appointment',
    unitCostId: null,
    time: 'office',
    missed: { chance: 0.08, category: FAILURE_TO_ENGAGE },
  },
  housingOptions: {
    agencyId: HOUSING,
    contactType: 'Housing options processing',
    unitCostId: 'ss-housing-options',
    time: 'office',
  },
  homelessDecision: {
    agencyId: HOUSING,
    contactType: 'Homelessness application decision',
    unitCostId: 'gmca-ho1-0-5',
    time: 'office',
    outcomes: ['Owed the relief duty', 'Not in priority need', 'Intentionally homeless'],
  },
  bedAndBreakfast: {
    agencyId: HOUSING,
    contactType: 'B&B night',
    unitCostId: 'ss-b-and-b-night',
    time: 'office',
  },
  bedAndBreakfastWeeks: {
    agencyId: HOUSING,
    contactType: 'Bed and breakfast temporary accommodation',
    unitCostId: 'gmca-ho4-1',
    time: 'office',
  },
  hostel: {
    agencyId: HOUSING,
    contactType: 'Hostel temporary accommodation',
    unitCostId: 'gmca-ho4-0',
    time: 'office',
  },
  complexEviction: {
    agencyId: HOUSING,
    contactType: 'Complex eviction',
    unitCostId: 'gmca-ho1-0',
    time: 'office',
  },
  outreachMonths: {
    agencyId: HOUSING,
    contactType: 'Outreach contact per case',
    unitCostId: 'ss-outreach-case-month',
    time: 'office',
  },
  outreachWorker: {
    agencyId: HOUSING,
    contactType: 'Homelessness outreach worker (multiple needs), per client',
    unitCostId: 'gmca-ho6-1',
    time: 'office',
  },
  rentDeposit: { agencyId: HOUSING, contactType: 'Rent deposit paid', unitCostId: null, time: 'office' },
  tenancyVisit: {
    agencyId: HOUSING,
    contactType: 'Tenancy sustainment visit',
    unitCostId: null,
    time: 'office',
  },
  probationAppointment: {
    agencyId: PROBATION,
    contactType: 'Probation supervision appointment',
    unitCostId: null,
    time: 'office',
  },
  probationMissed: {
    agencyId: PROBATION,
    contactType: 'Missed probation appointment',
    unitCostId: null,
    time: 'office',
    missed: { chance: 0.15, category: 'Risk not reassessed' },
  },
  recall: {
    agencyId: PROBATION,
    contactType: 'Recall to prison',
    unitCostId: 'ss-recall-to-prison',
    time: 'office',
  },
  preRelease: {
    agencyId: PROBATION,
    contactType: 'Pre-release planning meeting',
    unitCostId: null,
    time: 'office',
  },
  custody: {
    agencyId: PRISONS,
    contactType: 'Custody served in prison (adult)',
    unitCostId: 'gmca-cr3-1',
    time: 'office',
  },
  prisonHealthcare: {
    agencyId: PRISONS,
    contactType: 'Prison healthcare appointment',
    unitCostId: null,
    time: 'office',
  },
  prisonTreatment: {
    agencyId: PRISONS,
    contactType: 'Prison substance misuse session',
    unitCostId: null,
    time: 'office',
  },
  courtBreach: {
    agencyId: COURTS,
    contactType: 'Court event: breach offence (adult)',
    unitCostId: 'gmca-cr5-10',
    time: 'office',
  },
  courtHearing: {
    agencyId: COURTS,
    contactType: 'Magistrates court hearing',
    unitCostId: null,
    time: 'office',
    outcomes: ['Remanded in custody', 'Sentenced to custody'],
  },
  drugService: {
    agencyId: TREATMENT,
    contactType: 'Drug service community contact (adult)',
    unitCostId: 'gmca-he2-8',
    time: 'office',
  },
  alcoholService: {
    agencyId: TREATMENT,
    contactType: 'Alcohol service community contact (adult)',
    unitCostId: 'gmca-he1-5',
    time: 'office',
  },
  drugOutreach: {
    agencyId: TREATMENT,
    contactType: 'Drug outreach contact',
    unitCostId: 'gmca-he2-19',
    time: 'daytime',
  },
  treatmentMissed: {
    agencyId: TREATMENT,
    contactType: 'Did not attend treatment appointment',
    unitCostId: null,
    time: 'office',
    missed: { chance: 0.15, category: FAILURE_TO_ENGAGE },
  },
  methadone: {
    agencyId: TREATMENT,
    contactType: 'Methadone maintenance',
    unitCostId: 'gmca-he2-14',
    time: 'office',
  },
  detox: {
    agencyId: TREATMENT,
    contactType: 'Inpatient detoxification',
    unitCostId: 'gmca-he1-7',
    time: 'office',
  },
  rehab: {
    agencyId: TREATMENT,
    contactType: 'Residential rehabilitation for drug or alcohol misuse',
    unitCostId: 'gmca-he1-9',
    time: 'office',
  },
  safeguarding: {
    agencyId: SOCIAL_CARE,
    contactType: 'Adult safeguarding referral',
    unitCostId: 'ss-adult-safeguarding-referral',
    time: 'office',
    outcomes: ['No further action', 'Section 42 enquiry opened'],
  },
  socialWorkerTime: {
    agencyId: SOCIAL_CARE,
    contactType: 'Adult social worker time (with qualification costs)',
    unitCostId: 'pssru-adult-social-worker-hour',
    time: 'office',
    hours: [1, 3],
  },
  careActAssessment: {
    agencyId: SOCIAL_CARE,
    contactType: 'Care Act assessment',
    unitCostId: null,
    time: 'office',
    outcomes: ['No eligible needs', 'Eligible needs: care and support plan'],
    missed: { chance: 0.2, category: 'Threshold not met / no clear diagnosis' },
  },
  dayCentre: { agencyId: THIRD_SECTOR, contactType: 'Day centre visit', unitCostId: null, time: 'daytime' },
  foodBank: { agencyId: THIRD_SECTOR, contactType: 'Food bank parcel', unitCostId: null, time: 'daytime' },
  advocacy: { agencyId: THIRD_SECTOR, contactType: 'Advocacy session', unitCostId: null, time: 'office' },
  streetOutreach: {
    agencyId: THIRD_SECTOR,
    contactType: 'Street outreach contact',
    unitCostId: null,
    time: 'daytime',
  },
  peerMentor: {
    agencyId: THIRD_SECTOR,
    contactType: 'Peer mentor meeting',
    unitCostId: null,
    time: 'daytime',
  },
} as const satisfies Record<string, ContactKind>;

export type KindKey = keyof typeof KINDS;

export function kind(key: KindKey): ContactKind {
  return KINDS[key];
}
