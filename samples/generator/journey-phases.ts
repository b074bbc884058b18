import type { KindKey } from './contact-kinds';
import type { SeededRandom } from './seeded-random';

/**
 * Complex-needs journeys are not a steady drizzle of contacts: quiet months, a slide, a crisis
 * that lights up every emergency service at once, custody, a spell of recovery, and often the
 * slide again. A journey is a run of spells, each in one phase, from a small Markov chain.
 */
export type Phase = 'stable' | 'escalating' | 'crisis' | 'custody' | 'recovery';

interface PhaseProfile {
  /** Length of a spell in days. */
  days: readonly [number, number];
  /** Relative contacts per day: how a case's contacts are shared between its spells. */
  rate: number;
  next: ReadonlyArray<readonly [Phase, number]>;
  /** The everyday contacts of the phase, with relative weights. */
  mix: ReadonlyArray<readonly [KindKey, number]>;
}

export const PHASES: Record<Phase, PhaseProfile> = {
  stable: {
    days: [60, 240],
    rate: 0.05,
    next: [
      ['escalating', 6],
      ['recovery', 2],
      ['crisis', 1],
    ],
    mix: [
      ['gpAppointment', 4],
      ['gpConsultation', 2],
      ['gpMissed', 1],
      ['dayCentre', 3],
      ['foodBank', 1],
      ['drugService', 2],
      ['alcoholService', 1],
      ['probationAppointment', 2],
      ['housingOptions', 1],
      ['tenancyVisit', 1],
      ['mhContact', 1],
      ['asbNoAction', 1],
      ['welfareCheck', 0.5],
    ],
  },
  escalating: {
    days: [30, 120],
    rate: 0.25,
    next: [
      ['crisis', 11],
      ['stable', 5],
      ['custody', 4],
    ],
    mix: [
      ['asb', 3],
      ['asbNoAction', 1],
      ['publicOrder', 2],
      ['shoplifting', 2],
      ['criminalDamage', 1],
      ['drugPossession', 1],
      ['welfareCheck', 2],
      ['domesticAbuse', 1],
      ['seeAndTreat', 2],
      ['hearAndTreat', 1],
      ['aeMinor', 2],
      ['aeAttendance', 1],
      ['gpAppointment', 1],
      ['gpMissed', 1],
      ['mhContact', 1],
      ['mhMissed', 1],
      ['mhAssessment', 1],
      ['housingOptions', 2],
      ['probationAppointment', 1],
      ['probationMissed', 1],
      ['drugOutreach', 1],
      ['treatmentMissed', 1],
      ['streetOutreach', 2],
    ],
  },
  crisis: {
    days: [7, 45],
    rate: 0.8,
    next: [
      ['custody', 6],
      ['recovery', 7],
      ['escalating', 4],
      ['stable', 3],
    ],
    mix: [
      ['arrest', 3],
      ['violence', 2],
      ['violenceInjury', 1],
      ['domesticAbuse', 1],
      ['missingPerson', 1],
      ['welfareCheck', 2],
      ['officerTime', 1],
      ['ambulanceCallOut', 2],
      ['seeAndConvey', 2],
      ['seeAndTreat', 1],
      ['aeCategory2', 2],
      ['aeCategory1', 2],
      ['aeAttendance', 2],
      ['aeLeftEarly', 1],
      ['mhCrisis', 2],
      ['amhpTime', 0.5],
      ['mhAssessment', 1],
      ['safeguarding', 1],
      ['socialWorkerTime', 1],
      ['housingOptions', 1],
      ['streetOutreach', 1],
    ],
  },
  custody: {
    days: [30, 270],
    rate: 0.03,
    next: [
      ['escalating', 5],
      ['recovery', 3],
      ['stable', 2],
    ],
    mix: [
      ['prisonHealthcare', 3],
      ['prisonTreatment', 2],
      ['preRelease', 1],
    ],
  },
  recovery: {
    days: [60, 180],
    rate: 0.12,
    next: [
      ['stable', 5],
      ['escalating', 4],
      ['crisis', 1],
    ],
    mix: [
      ['drugService', 3],
      ['alcoholService', 2],
      ['drugOutreach', 1],
      ['treatmentMissed', 0.5],
      ['probationAppointment', 3],
      ['gpAppointment', 2],
      ['gpConsultation', 1],
      ['mhContact', 2],
      ['advocacy', 2],
      ['dayCentre', 2],
      ['peerMentor', 1],
      ['careActAssessment', 0.5],
      ['socialWorkerTime', 0.5],
      ['housingOptions', 1],
      ['tenancyVisit', 1],
    ],
  },
};

/** One stretch of a journey in one phase: day numbers, start included, end excluded. */
export interface Spell {
  phase: Phase;
  start: number;
  end: number;
}

const FIRST_PHASE: ReadonlyArray<readonly [Phase, number]> = [
  ['stable', 5],
  ['escalating', 4],
  ['recovery', 1],
];

/** People who do not offend never reach custody: the chain simply has no way in. */
export function planSpells(rng: SeededRandom, start: number, end: number, offends: boolean): Spell[] {
  const spells: Spell[] = [];
  let phase = rng.weighted(FIRST_PHASE);
  let day = start;
  while (day < end) {
    const [shortest, longest] = PHASES[phase].days;
    const length = rng.int(shortest, longest);
    spells.push({ phase, start: day, end: Math.min(day + length, end) });
    day += length;
    phase = rng.weighted(PHASES[phase].next.filter(([next]) => offends || next !== 'custody'));
  }
  return spells;
}
