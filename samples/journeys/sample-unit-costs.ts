import { UnitCost } from '../../shared/model';

/**
 * Costs the sample journeys need that the default library does not hold (children's services,
 * youth justice, mental health beds, the safe space). Most are one row of the GMCA / New Economy Unit Cost
 * Database v1.4 as it stands in ../shared/data, at GMCA's 2015/16 uprating, so the costing
 * engine uplifts them like the library's other GMCA entries. They travel inside each sample's
 * project file and come into the store with it.
 */
interface GmcaRow {
  id: string;
  name: string;
  costBearer: string;
  unit: UnitCost['unit'];
  /** GMCA's value uprated to 2015/16, to the penny. */
  amountPence: number;
  code: string;
  detail: string;
  stated: string;
  original: string;
  rag: 'G' | 'A';
}

const CHILDREN = "Local authority (children's social care)";

const ROWS: GmcaRow[] = [
  {
    id: 'gmca-ss2-0',
    name: 'Child in local authority foster care',
    costBearer: CHILDREN,
    unit: 'week',
    amountPence: 72187,
    code: 'SS2.0',
    detail: 'Child into local authority foster care: overall cost (cost per week)',
    stated: '£700 in 2013/14',
    original: 'Unit Costs of Health & Social Care 2014 (Curtis, 2014), p.88',
    rag: 'G',
  },
  {
    id: 'gmca-ss2-1',
    name: 'Child becomes looked after: decision and first placement',
    costBearer: CHILDREN,
    unit: 'contact',
    amountPence: 78360,
    code: 'SS2.1',
    detail:
      'Case management processes for looked-after children in foster care: deciding child needs to be looked after and finding a first placement',
    stated: '£700 in 2009/10',
    original: 'In Loco Parentis (Demos, 2010), Appendix 2',
    rag: 'G',
  },
  {
    id: 'gmca-ss2-6',
    name: 'Looked-after child review',
    costBearer: CHILDREN,
    unit: 'contact',
    amountPence: 49927,
    code: 'SS2.6',
    detail: 'Case management processes for looked-after children in foster care: review',
    stated: '£446 in 2009/10',
    original: 'In Loco Parentis (Demos, 2010), Appendix 2',
    rag: 'G',
  },
  {
    id: 'gmca-ss4-1-2',
    name: 'Care order application (section 31): local authority costs',
    costBearer: CHILDREN,
    unit: 'contact',
    amountPence: 777806,
    code: 'SS4.1.2',
    detail: 'Application for Child Protection Section 31 Care Order: local authority costs',
    stated: '£6250 in 2005/06',
    original: 'Review of the Childcare Proceedings System in England and Wales (DfES/DCA, 2006)',
    rag: 'A',
  },
  {
    id: 'gmca-ss4-1-3',
    name: 'Care order application (section 31): court costs',
    costBearer: 'Courts',
    unit: 'contact',
    amountPence: 155561,
    code: 'SS4.1.3',
    detail: 'Application for Child Protection Section 31 Care Order: court costs',
    stated: '£1250 in 2005/06',
    original: 'Review of the Childcare Proceedings System in England and Wales (DfES/DCA, 2006)',
    rag: 'A',
  },
  {
    id: 'gmca-ss4-1-1',
    name: 'Care order application (section 31): legal aid costs',
    costBearer: 'Legal Aid Agency',
    unit: 'contact',
    amountPence: 1866734,
    code: 'SS4.1.1',
    detail: 'Application for Child Protection Section 31 Care Order: legal aid costs',
    stated: '£15000 in 2005/06',
    original: 'Review of the Childcare Proceedings System in England and Wales (DfES/DCA, 2006)',
    rag: 'A',
  },
  {
    id: 'gmca-ss4-1-4',
    name: 'Care order application (section 31): Cafcass costs',
    costBearer: 'Cafcass',
    unit: 'contact',
    amountPence: 311122,
    code: 'SS4.1.4',
    detail:
      'Application for Child Protection Section 31 Care Order: Children and Family Court Advisory and Support Service (CAFCASS) costs',
    stated: '£2500 in 2005/06',
    original: 'Review of the Childcare Proceedings System in England and Wales (DfES/DCA, 2006)',
    rag: 'A',
  },
  {
    id: 'gmca-ss5-0-7',
    name: 'Section 47 enquiry',
    costBearer: CHILDREN,
    unit: 'contact',
    amountPence: 58682,
    code: 'SS5.0.7',
    detail:
      'Children in Need, case management processes - average cost of Section 47 enquiry (standard cost)',
    stated: '£511 in 2008/09',
    original:
      'Extension of the cost calculator to include cost calculations for all children in need (DfE, 2010), p.7',
    rag: 'G',
  },
  {
    id: 'gmca-ss6-2',
    name: "Children's social care referral",
    costBearer: CHILDREN,
    unit: 'contact',
    amountPence: 13097,
    code: 'SS6.2',
    detail: "Children's Social Care - referral",
    stated: '£117 in 2009/10',
    original: 'Unit Costs of Health and Social Care 2011 (Curtis, 2011), p.18',
    rag: 'G',
  },
  {
    id: 'gmca-ss6-3',
    name: "Children's social care initial assessment",
    costBearer: CHILDREN,
    unit: 'contact',
    amountPence: 40524,
    code: 'SS6.3',
    detail: "Children's Social Care - initial assessment",
    stated: '£362 in 2009/10',
    original: 'Unit Costs of Health and Social Care 2011 (Curtis, 2011), p.18',
    rag: 'G',
  },
  {
    id: 'gmca-ss18-2',
    name: "Children's social worker time (with qualification costs)",
    costBearer: CHILDREN,
    unit: 'hour',
    amountPence: 5878,
    code: 'SS18.2',
    detail: "Social worker - children's services: cost per hour, with qualification costs",
    stated: '£57 in 2013/14',
    original: 'Unit Costs of Health & Social Care 2014 (Curtis, 2014), p.207',
    rag: 'G',
  },
  {
    id: 'gmca-ss18-10',
    name: 'Family support worker time',
    costBearer: CHILDREN,
    unit: 'hour',
    amountPence: 3094,
    code: 'SS18.10',
    detail: 'Family Support Worker - cost per hour',
    stated: '£30 in 2013/14',
    original: 'Unit Costs of Health & Social Care 2014 (Curtis, 2014), p.212',
    rag: 'G',
  },
  {
    id: 'gmca-cr2-0-4',
    name: "Domestic abuse incident (children's social care cost)",
    costBearer: CHILDREN,
    unit: 'contact',
    amountPence: 22164,
    code: 'CR2.0.4',
    detail: 'Domestic violence - fiscal cost per incident: local authority, social services (children)',
    stated: '£193 in 2008/09',
    original: 'Sylvia Walby - The Cost of Domestic violence, update (2009), p.8',
    rag: 'A',
  },
  {
    id: 'gmca-cr4-3',
    name: 'Youth offending team practitioner time',
    costBearer: 'Local authority (youth justice)',
    unit: 'hour',
    amountPence: 3330,
    code: 'CR4.3',
    detail: 'Case Manager / Youth Offending Team (YOT) practitioner - cost per hour',
    stated: '£29 in 2008/09',
    original: 'Unit Costs in Criminal Justice (Brookes et al, 2013), p.65',
    rag: 'G',
  },
  {
    id: 'gmca-he12-6',
    name: 'CAMHS cognitive behaviour therapy session',
    costBearer: 'Mental health trust',
    unit: 'contact',
    amountPence: 9591,
    code: 'HE12.6',
    detail:
      'Cognitive behaviour therapy within Child and Adolescent Mental Health Service (CAMHS) teams - cost per session',
    stated: '£93 in 2013/14',
    original: 'Unit Costs of Health & Social Care 2014 (Curtis, 2014), p.94',
    rag: 'G',
  },
  {
    id: 'gmca-he8-2',
    name: 'Paediatric outpatient attendance',
    costBearer: 'NHS acute trust',
    unit: 'contact',
    amountPence: 19490,
    code: 'HE8.2',
    detail: 'Outpatient attendance - average cost of outpatient attendance, paediatrics',
    stated: '£189 in 2013/14',
    original: 'Unit Costs of Health & Social Care 2014 (Curtis, 2014), p.85',
    rag: 'G',
  },
  {
    id: 'gmca-he14-0-1',
    name: 'Mental health inpatient bed day (adult)',
    costBearer: 'Mental health trust',
    unit: 'day',
    amountPence: 43875,
    code: 'HE14.0.1',
    detail:
      'Mental health inpatients, specialist services, hospital attendance - average cost per bed day, adults',
    stated: '£410 in 2011/12',
    original:
      "National Schedule of Reference Costs 2011-12 for NHS trusts and NHS foundation trusts ('MHIPSS' worksheet)",
    rag: 'G',
  },
];

// GMCA's red/amber/green maps to the library's confidence grades 2/3/4, as for the default library.
const CONFIDENCE = { G: 4, A: 3 } as const;

const GMCA_COSTS = ROWS.map((r) =>
  UnitCost.parse({
    id: r.id,
    name: r.name,
    costBearer: r.costBearer,
    unit: r.unit,
    amountPence: r.amountPence,
    priceYear: '2015/16',
    source: `GMCA / New Economy Unit Cost Database v1.4 (March 2015, CC BY 4.0), ${r.code}: ${r.detail}; ${r.stated} uprated by GMCA to 2015/16. Original source: ${r.original}`,
    confidence: CONFIDENCE[r.rag],
    notes: `GMCA RAG rating ${r.rag}. Shipped with the sample journeys, which need it; not part of the default library.`,
    retired: false,
  }),
);

const SAFE_SPACE_REVIEW = 'Safe Space impact and value review (Derby, 2021)';

/**
 * The safe space itself is block funded, so the review prices no stay or triage; these divide its
 * stated funding by its stated activity. Low confidence, and no price year, as the review gives none.
 */
const DERIVED_COSTS: UnitCost[] = [
  {
    id: 'derived-safe-space-night',
    name: 'Safe space stay (per person per night)',
    costBearer: 'Local authority (housing) and police (partnership funding)',
    unit: 'night',
    amountPence: 6702,
    priceYear: 'unknown',
    source: `${SAFE_SPACE_REVIEW}: partnership funding of £318,000 a year for premises and 24/7 staffing, and an average of about 13 people a day; £318,000 ÷ (13 × 365) = £67.02 a person a day.`,
    confidence: 2,
    notes:
      'Derived for the sample journeys: an average over everyone who uses the service, not the cost of one stay.',
    retired: false,
  },
  {
    id: 'derived-safe-space-paramedic-triage',
    name: 'Safe space paramedic triage',
    costBearer: 'NHS (clinical commissioning group)',
    unit: 'contact',
    amountPence: 3894,
    priceYear: 'unknown',
    source: `${SAFE_SPACE_REVIEW}: £93,000 a year of clinical commissioning group funding for the paramedic role, and an average of 199 health triage assessments a month; £93,000 ÷ (199 × 12) = £38.94 an assessment.`,
    confidence: 2,
    notes: 'Derived for the sample journeys from the funding and the activity the review states.',
    retired: false,
  },
].map((u) => UnitCost.parse(u));

export const SAMPLE_ONLY_UNIT_COSTS: UnitCost[] = [...GMCA_COSTS, ...DERIVED_COSTS];
