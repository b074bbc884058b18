/**
 * The samples a trainer can open from the start screen. Each is a project file in samples/
 * (no real person in any), loaded only when asked for, so the app does not carry them all.
 */
export interface TrainerNote {
  /** What the journey teaches and where to look. */
  lookFor: string;
  /** The missed opportunities flagged in the sample, as a trainee should come to see them. */
  flagged: readonly string[];
  /** Missed opportunities deliberately left unflagged, for the trainee to find and flag. */
  toFind: readonly string[];
}

export interface SampleJourney {
  id: string;
  title: string;
  summary: string;
  trainerNote: TrainerNote;
  load: () => Promise<string>;
}

export const SAMPLE_JOURNEYS: SampleJourney[] = [
  {
    id: 'matthew',
    title: 'Matthew',
    summary:
      "The scrutiny panel's case study as a journey from 10 to 25: abuse disclosed at 13, thrown out at 16, sofa surfing, rough sleeping, shoplifting, heroin, two services each waiting for the other, a tenancy lost for arrears. 125 contacts, 16 agencies.",
    trainerNote: {
      lookFor:
        'Fifteen years on one page. Follow the school and GP lanes in childhood, the disclosure at 13, leaving home at 16 and the streets at 17: many services saw part of him, few told anyone else. Compare the little spent on him as a child with the cost once he is an adult (treatment, housing, police). A third of the contacts (school, probation, tenancy support) are not costed, so the real total is higher.',
      flagged: [
        '05/02/2007: bruising logged on the school file and not shared',
        "12/11/2009: children's social care closed with no support for a child victim who had just given evidence",
        '08/07/2010: CAMHS discharged him after two letters home',
        '13/08/2012: housing options sent a homeless 16-year-old back to sofa surfing',
        '18/11/2014: mental health waited for treatment, and treatment for mental health (dual diagnosis)',
        '20/02/2017: excluded from the hostel at night, to the street',
        '13/07/2018: tenancy support closed after four quiet months',
        '20/01/2020: evicted for arrears with no tenancy sustainment',
      ],
      toFind: [
        '02/03/2008: a police domestic abuse call with him in the house, passed to nobody (information held but not shared)',
        '11/11/2008: a burn seen at A&E after two school concerns, with no safeguarding question (no referral made)',
        '06/05/2015: treatment discharged him by letter to no fixed address (failure to engage, no assertive outreach)',
        '09/10/2016: the crisis team\'s "no mental illness" after a night on the footbridge (threshold not met)',
      ],
    },
    load: async () => (await import('../../samples/projects/matthew.journey.json?raw')).default,
  },
  {
    id: 'woman-w',
    title: 'Woman W',
    summary:
      'A woman from a Safe Space-style cohort over two and a half years: a repeat victim and an offender, PPNs about five a year, domestic abuse, A&E, safeguarding referrals opened and closed, prison and recall. 139 contacts, 14 agencies.',
    trainerNote: {
      lookFor:
        "She is a victim far more often than an offender: count the PPNs and the assaults, then how rarely victim services or the IDVA appear. The safe space is the one lane that never closes. Notice how each closure (safeguarding, IDVA) is followed by harm, and how the cost of her year compares with the review's figures.",
      flagged: [
        "06/05/2019: the partner's assault after the safe space's intelligence and a PPN went nowhere",
        '07/05/2019: recorded as declining victim support the day after, and never asked again',
        '29/07/2019: excluded from the hostel at night, to the streets where her abuser was',
        '17/08/2019: discharged from treatment by letter to the hostel that had excluded her',
        '03/01/2020: released from prison on a Friday to no address and no script',
        '28/10/2020: mental health refused her as "personality traits and drug use"',
        '24/03/2021: her abuser back in the city, and the risk not reassessed',
      ],
      toFind: [
        '09/05/2019: safeguarding closed three days after a broken nose, "has capacity" (risk not reassessed)',
        '08/11/2019: a safeguarding enquiry closed twelve days before she was stabbed (support withdrawn when things quietened)',
        '19/09/2020: a rape reported through the safe space with no victim services referral (victim support not triggered)',
        '03/12/2020: a third safeguarding referral closed as "known to services" (risk not reassessed)',
      ],
    },
    load: async () => (await import('../../samples/projects/woman-w.journey.json?raw')).default,
  },
  {
    id: 'family-f',
    title: 'Family F',
    summary:
      'A family journey in the Positive Family Futures style: a mother, her violent partner and three children over two years, costing about £200,000 once the children go into foster care. 139 contacts, 13 agencies.',
    trainerNote: {
      lookFor:
        "Most of the £200,000 comes after May 2015, when the children go into foster care and care proceedings begin. Look at the first year, when spending is small and each service assesses, closes or refers on, and use 'Spent after each missed opportunity' to ask what staying involved would have saved.",
      flagged: [
        '26/06/2014: the health visitor saw the mother drinking in the morning and referred nobody',
        '04/07/2014: police knew the son was in the middle of an assault; his school did not',
        '16/12/2014: the child in need plan closed because the partner was on bail',
        '26/01/2015: a strangulation scored standard risk, so no IDVA and no MARAC',
        '20/03/2015: CAMHS turned the son away as "behavioural"',
        '08/04/2015: the alcohol service discharged the mother after two missed appointments',
      ],
      toFind: [
        "14/07/2014: children's social care closed on the mother's word that the partner had left (risk not reassessed)",
        '18/10/2014: the second assault in three months, the daughter calling 999, and no MARAC referral (risk not reassessed)',
        '03/08/2015: a family on child protection plans evicted, with housing not told (information held but not shared)',
      ],
    },
    load: async () => (await import('../../samples/projects/family-f.journey.json?raw')).default,
  },
  {
    id: 'offender-o',
    title: 'Offender O',
    summary:
      'A prolific offender managed under IOM for four years: heroin and crack, short sentences, releases to the street, licence breaches and recalls, and the quiet year that ended when the team stepped back. 142 contacts, 11 agencies.',
    trainerNote: {
      lookFor:
        'Look at what each release was to, and at 2018-19, the year the plan worked: a bed, a script from the day of release and monthly IOM visits. Then see what followed the step-down. Prison months and recalls are most of the cost.',
      flagged: [
        '13/07/2017: released on licence to no address',
        '13/07/2017: the prison script not passed to community treatment; overdose three days later',
        '19/02/2018: three letters to an address he had left, then breach',
        '11/04/2019: IOM visits stopped after eleven quiet months',
        '28/08/2019: evicted from the hostel the same evening for a relapse',
      ],
      toFind: [
        "28/09/2017: evicted from a hostel for £180 of service charge on 24 hours' notice (evicted or excluded to the street)",
        '18/08/2018: robbed and punched, with no victim referral (victim support not triggered)',
        '27/12/2019: released the Friday after Christmas to two weeks of B&B; an overdose within a week (released with no accommodation)',
        '03/01/2020: recalled for a missed appointment while he was in hospital (information held but not shared)',
      ],
    },
    load: async () => (await import('../../samples/projects/offender-o.journey.json?raw')).default,
  },
  {
    id: 'adult-r',
    title: 'Adult R',
    summary:
      'A review-style case built from five agency chronology returns (police, adult social care, hospital, housing, a recovery service): a woman sleeping rough, then in a hostel, drinking, assaulted, and evicted. 21 contacts, 5 agencies.',
    trainerNote: {
      lookFor:
        "The journey as a review assembles it: every contact came from an agency's return (samples/returns), so each one cites its source. Look for the same event recorded twice (a police notice and adult social care receiving it the next day), for the summer with no contact from any agency (19/04/2019 to 02/09/2019), and price the contacts: returns come uncosted.",
      flagged: [
        "25/03/2019: the recovery service discharged her after one missed assessment ('failure to engage' with no assertive outreach)",
        '25/11/2019: evicted from the hostel thirteen days after an assault, with nothing offered',
      ],
      toFind: [
        '15/01/2019: adult social care closed the first police notice of self-neglect without seeing her (threshold not met)',
        '03/09/2019: a second police notice passed to the hostel with no assessment (risk not reassessed)',
        '12/11/2019: an assault recorded by police with no victim support referral (victim support not triggered)',
      ],
    },
    load: async () => (await import('../../samples/projects/adult-r.journey.json?raw')).default,
  },
  {
    id: 'costing-demo',
    title: 'Sample A',
    summary:
      'Twelve contacts over eighteen months: arrests, A&E, a B&B placement and eviction, with two missed opportunities. A first look at costing.',
    trainerNote: {
      lookFor:
        'How a contact is costed: unit cost × quantity (the B&B nights come from the dates), the price base in the toolbar, and the contacts not costed, which are counted and never taken as £0.',
      flagged: [
        '10/02/2019: a third A&E attendance while intoxicated, with no referral',
        '11/03/2019: excluded from the B&B with nothing offered',
      ],
      toFind: [
        '15/06/2020: an admission after an overdose with no mental health or treatment contact around it (no referral made)',
      ],
    },
    load: async () => (await import('../../samples/projects/costing-demo.journey.json?raw')).default,
  },
  {
    id: 'cohort-30',
    title: 'A cohort of 30',
    summary:
      'Thirty synthetic journeys with escalation, crisis, custody and recovery, for practising the cohort view, suggestions and review mode.',
    trainerNote: {
      lookFor:
        'The cohort table and charts: who costs most, how many services each person touched, which missed-opportunity categories recur. The generator flags missed opportunities at random, so they teach the screens rather than the judgement.',
      flagged: ['Several in every journey, in every default category'],
      toFind: [
        'The suggested missed opportunities beside each journey: accept the ones the record supports and dismiss the rest',
      ],
    },
    load: async () => (await import('../../samples/projects/cohort-30.journey.json?raw')).default,
  },
];

export const sampleById = (id: string): SampleJourney | undefined => SAMPLE_JOURNEYS.find((s) => s.id === id);
