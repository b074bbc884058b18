import { Agency, type Sector } from '../../shared/model';
import { cohortAgencies } from '../generator/cohort-reference';
import { KINDS } from '../generator/contact-kinds';

/** The cohort's lanes (the app's defaults, prisons and courts) plus the services of childhood, family and victim work. */
// The palette's twelve colours already go to the cohort's twelve lanes, so these lanes get their own.
const EXTRA_AGENCIES: ReadonlyArray<{ id: string; name: string; sector: Sector; colour: string }> = [
  { id: 'agency-school', name: 'School', sector: 'Education', colour: '#6A3D9A' },
  {
    id: 'agency-childrens-social-care',
    name: "Children's social care",
    sector: "Children's social care",
    colour: '#B15928',
  },
  { id: 'agency-camhs', name: 'CAMHS', sector: 'Mental health', colour: '#1B9E9E' },
  { id: 'agency-youth-offending', name: 'Youth offending team', sector: 'Other', colour: '#666666' },
  { id: 'agency-health-visiting', name: 'Health visiting', sector: 'Primary care', colour: '#8C8C1E' },
  { id: 'agency-safe-space', name: 'Safe space hub', sector: 'Third sector', colour: '#9E0142' },
  { id: 'agency-domestic-abuse', name: 'Domestic abuse service', sector: 'Third sector', colour: '#5E4FA2' },
  { id: 'agency-victim-services', name: 'Victim services', sector: 'Third sector', colour: '#4D8A1A' },
  { id: 'agency-jobcentre', name: 'Jobcentre', sector: 'Employment and benefits', colour: '#404040' },
];

export function sampleAgencies(): Agency[] {
  const cohort = cohortAgencies();
  return [
    ...cohort,
    ...EXTRA_AGENCIES.map((a, i) => Agency.parse({ ...a, laneOrder: cohort.length + i, hidden: false })),
  ];
}

export interface SampleKind {
  agencyId: string;
  /** The library entry's own name when costed, so typing it in the app picks the same entry. */
  contactType: string;
  unitCostId: string | null;
}

const SCHOOL = 'agency-school';
const CSC = 'agency-childrens-social-care';
const CAMHS = 'agency-camhs';
const YOT = 'agency-youth-offending';
const HV = 'agency-health-visiting';
const SAFE_SPACE = 'agency-safe-space';
const DA = 'agency-domestic-abuse';
const VICTIM = 'agency-victim-services';
const JOBCENTRE = 'agency-jobcentre';

/** Contact kinds the generator has no use for; uncosted ones are services no source prices per contact. */
const EXTRA_KINDS = {
  schoolConcern: { agencyId: SCHOOL, contactType: 'Safeguarding concern logged by school', unitCostId: null },
  schoolAttendance: { agencyId: SCHOOL, contactType: 'School attendance meeting', unitCostId: null },
  schoolExclusion: { agencyId: SCHOOL, contactType: 'Fixed-term exclusion', unitCostId: null },
  permanentExclusion: { agencyId: SCHOOL, contactType: 'Permanent exclusion', unitCostId: null },
  cscReferral: { agencyId: CSC, contactType: "Children's social care referral", unitCostId: 'gmca-ss6-2' },
  cscAssessment: {
    agencyId: CSC,
    contactType: "Children's social care initial assessment",
    unitCostId: 'gmca-ss6-3',
  },
  section47: { agencyId: CSC, contactType: 'Section 47 enquiry', unitCostId: 'gmca-ss5-0-7' },
  socialWorkerChild: {
    agencyId: CSC,
    contactType: "Children's social worker time (with qualification costs)",
    unitCostId: 'gmca-ss18-2',
  },
  familySupport: { agencyId: CSC, contactType: 'Family support worker time', unitCostId: 'gmca-ss18-10' },
  daChildren: {
    agencyId: CSC,
    contactType: "Domestic abuse incident (children's social care cost)",
    unitCostId: 'gmca-cr2-0-4',
  },
  cscClosed: { agencyId: CSC, contactType: "Case closed by children's social care", unitCostId: null },
  lookedAfter: {
    agencyId: CSC,
    contactType: 'Child becomes looked after: decision and first placement',
    unitCostId: 'gmca-ss2-1',
  },
  fosterCare: {
    agencyId: CSC,
    contactType: 'Child in local authority foster care',
    unitCostId: 'gmca-ss2-0',
  },
  lacReview: { agencyId: CSC, contactType: 'Looked-after child review', unitCostId: 'gmca-ss2-6' },
  careOrderLocal: {
    agencyId: CSC,
    contactType: 'Care order application (section 31): local authority costs',
    unitCostId: 'gmca-ss4-1-2',
  },
  careOrderCourt: {
    agencyId: 'agency-courts',
    contactType: 'Care order application (section 31): court costs',
    unitCostId: 'gmca-ss4-1-3',
  },
  careOrderLegalAid: {
    agencyId: 'agency-courts',
    contactType: 'Care order application (section 31): legal aid costs',
    unitCostId: 'gmca-ss4-1-1',
  },
  careOrderCafcass: {
    agencyId: 'agency-courts',
    contactType: 'Care order application (section 31): Cafcass costs',
    unitCostId: 'gmca-ss4-1-4',
  },
  camhsReferral: { agencyId: CAMHS, contactType: 'CAMHS referral received', unitCostId: null },
  camhsSession: {
    agencyId: CAMHS,
    contactType: 'CAMHS cognitive behaviour therapy session',
    unitCostId: 'gmca-he12-6',
  },
  camhsMissed: { agencyId: CAMHS, contactType: 'Did not attend CAMHS appointment', unitCostId: null },
  paediatrics: {
    agencyId: 'agency-a-and-e',
    contactType: 'Paediatric outpatient attendance',
    unitCostId: 'gmca-he8-2',
  },
  yotTime: { agencyId: YOT, contactType: 'Youth offending team practitioner time', unitCostId: 'gmca-cr4-3' },
  youthCourt: { agencyId: 'agency-courts', contactType: 'Youth court hearing', unitCostId: null },
  healthVisit: { agencyId: HV, contactType: 'Health visitor home visit', unitCostId: null },
  mhBedDays: {
    agencyId: 'agency-mental-health',
    contactType: 'Mental health inpatient bed day (adult)',
    unitCostId: 'gmca-he14-0-1',
  },
  ppn: {
    agencyId: 'agency-police',
    contactType: 'Police officer time',
    unitCostId: 'ss-police-officer-hour',
  },
  sexualAssault: {
    agencyId: 'agency-police',
    contactType: 'Sexual assault reported (police response)',
    unitCostId: null,
  },
  safeSpaceNight: {
    agencyId: SAFE_SPACE,
    contactType: 'Safe space stay (per person per night)',
    unitCostId: 'derived-safe-space-night',
  },
  safeSpaceVisit: { agencyId: SAFE_SPACE, contactType: 'Daytime visit to the safe space', unitCostId: null },
  paramedicTriage: {
    agencyId: SAFE_SPACE,
    contactType: 'Safe space paramedic triage',
    unitCostId: 'derived-safe-space-paramedic-triage',
  },
  idvaReferral: { agencyId: DA, contactType: 'IDVA referral', unitCostId: null },
  idvaContact: { agencyId: DA, contactType: 'IDVA contact', unitCostId: null },
  marac: { agencyId: DA, contactType: 'MARAC discussion', unitCostId: null },
  victimReferral: { agencyId: VICTIM, contactType: 'Victim services referral', unitCostId: null },
  jobcentre: { agencyId: JOBCENTRE, contactType: 'Jobcentre appointment', unitCostId: null },
  sanction: { agencyId: JOBCENTRE, contactType: 'Benefit sanction', unitCostId: null },
  breach: {
    agencyId: 'agency-probation',
    contactType: 'Breach of bail or licence',
    unitCostId: 'ss-breach-bail-licence',
  },
  iomReview: { agencyId: 'agency-probation', contactType: 'IOM case review', unitCostId: null },
  admissionDirect: {
    agencyId: 'agency-a-and-e',
    contactType: 'Direct hospital admission',
    unitCostId: 'ss-direct-admission',
  },
  arrearsNotice: {
    agencyId: 'agency-housing',
    contactType: 'Notice of seeking possession (rent arrears)',
    unitCostId: null,
  },
  hostelExclusion: { agencyId: 'agency-housing', contactType: 'Excluded from hostel', unitCostId: null },
  highIntensity: {
    agencyId: 'agency-housing',
    contactType: 'High Intensity Support accommodation (12 weeks)',
    unitCostId: 'ss-high-intensity-support',
  },
} as const satisfies Record<string, SampleKind>;

export const SAMPLE_KINDS = { ...KINDS, ...EXTRA_KINDS } satisfies Record<string, SampleKind>;
export type SampleKindKey = keyof typeof SAMPLE_KINDS;
