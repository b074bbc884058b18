import type { DEFAULT_MISSED_OPPORTUNITY_CATEGORIES, MissedOpportunity } from '../../shared/model';
import type { SeededRandom } from './seeded-random';

export type MissedCategory = (typeof DEFAULT_MISSED_OPPORTUNITY_CATEGORIES)[number];

/** Short notes in the voice of a review, so a trainer's sample reads like the real thing. */
const WORDING: Record<MissedCategory, { notes: readonly string[]; shouldHaveHappened: string }> = {
  'No referral made': {
    notes: [
      'Attended intoxicated again; no referral to alcohol liaison.',
      'Third attendance this month; nobody referred on.',
      'Self-harm disclosed; no mental health referral recorded.',
    ],
    shouldHaveHappened: 'Referral to alcohol liaison and the community mental health team',
  },
  'Threshold not met / no clear diagnosis': {
    notes: [
      'Not accepted: substance use given as the reason.',
      'No clear diagnosis, so not accepted; no onward route offered.',
    ],
    shouldHaveHappened: 'Joint assessment with treatment services and a named route in',
  },
  'Services disagree who acts first (dual diagnosis)': {
    notes: [
      'Mental health asked for abstinence first; treatment asked for mental health to stabilise first.',
    ],
    shouldHaveHappened: 'One care plan across mental health and treatment',
  },
  'Support withdrawn when things quietened (yo-yo response)': {
    notes: [
      'Closed after a quiet month; no step-down plan.',
      'Discharged as settled; crisis followed within weeks.',
    ],
    shouldHaveHappened: 'Keep the case open at low intensity with a named worker',
  },
  "'Failure to engage' with no assertive outreach": {
    notes: [
      'Missed appointment; discharged by letter to no fixed address.',
      'Another missed appointment; no outreach attempt recorded.',
    ],
    shouldHaveHappened: 'Assertive outreach: see the person where they are',
  },
  'Information held but not shared': {
    notes: [
      'Incident logged but not passed to the lead worker.',
      'Risk known to police not shared with housing.',
    ],
    shouldHaveHappened: 'Share with the multi-agency panel within a day',
  },
  'Victim support not triggered': {
    notes: ['Recorded as the victim of an assault; no victim referral made.'],
    shouldHaveHappened: 'Referral to victim support',
  },
  'Discharged or released with no accommodation': {
    notes: ['Released with no address; told to present to housing options.', 'Discharged to no fixed abode.'],
    shouldHaveHappened: 'Accommodation arranged before release or discharge',
  },
  'Evicted or excluded to the street': {
    notes: [
      'Excluded after an argument; no alternative offered.',
      'Evicted for arrears; no tenancy sustainment offered.',
    ],
    shouldHaveHappened: 'A move to supported accommodation with outreach',
  },
  'Risk not reassessed': {
    notes: ['Missed appointments and new police contacts; risk assessment not updated.'],
    shouldHaveHappened: 'Review the risk assessment after each new incident',
  },
};

export function missedOpportunity(rng: SeededRandom, category: MissedCategory): MissedOpportunity {
  const wording = WORDING[category];
  return { category, note: rng.pick(wording.notes), shouldHaveHappened: wording.shouldHaveHappened };
}
