import type { Case, RiskGrade } from '../../shared/model';
import { dayText } from './day-text';
import { planSpells, type Spell } from './journey-phases';
import { mixSeeds, SeededRandom } from './seeded-random';

/** Every record carries the same made-up timestamps, so a cohort depends on its seed alone. */
export const GENERATED_AT = '2025-01-06T09:00:00.000Z';

const LEADS = [
  'Lead worker A',
  'Lead worker B',
  'Lead worker C',
  'Navigator D',
  'Probation lead E',
  'Housing lead F',
] as const;

/** What a person's needs involve: services outside them never appear in the journey. */
export interface Needs {
  offending: boolean;
  substances: boolean;
  mentalHealth: boolean;
}

/**
 * A case before its contacts: the record, and the phases its journey runs through. Cheap, so a
 * writer can list every case before the contacts stream out.
 */
export interface CasePlan {
  case: Case;
  needs: Needs;
  spells: Spell[];
  journeyStart: number;
  journeyEnd: number;
  /** Exactly how many contacts the journey gets. */
  contacts: number;
  /** Seeds the contacts' own stream, so they can be made without replaying the plan. */
  contactSeed: number;
}

export interface CasePlanInput {
  cohortSeed: number;
  index: number;
  /** Digits in the case numbers, the same for every case so they sort as text. */
  digits: number;
  contacts: number;
  windowStart: number;
  windowEnd: number;
}

/** Spells of crisis and custody per year decide the grade, with the disagreement real panels have. */
function riskGrade(rng: SeededRandom, spells: Spell[], years: number): RiskGrade {
  if (rng.chance(0.05)) return 'not graded';
  const acute = spells.filter((s) => s.phase === 'crisis' || s.phase === 'custody').length / years;
  const grades = ['low', 'medium', 'high', 'very high'] as const;
  const base = acute < 0.6 ? 0 : acute < 1.2 ? 1 : acute < 1.8 ? 2 : 3;
  const shifted = base + (rng.chance(0.3) ? rng.pick([-1, 1]) : 0);
  return grades[Math.max(0, Math.min(grades.length - 1, shifted))];
}

export function planCase(input: CasePlanInput): CasePlan {
  const rng = new SeededRandom(mixSeeds(input.cohortSeed, input.index));
  const span = input.windowEnd - input.windowStart;
  const journeyStart = input.windowStart + rng.int(0, Math.floor(span * 0.15));
  const journeyEnd = input.windowEnd - rng.int(0, Math.floor(span * 0.1));
  const needs = { offending: rng.chance(0.65), substances: rng.chance(0.75), mentalHealth: rng.chance(0.7) };
  const spells = planSpells(rng, journeyStart, journeyEnd, needs.offending);
  const recovery = spells.find((s) => s.phase === 'recovery');
  const age = Math.round(Math.max(18, Math.min(64, rng.normal(36, 9))));
  const number = String(input.index + 1).padStart(input.digits, '0');
  const record: Case = {
    id: `cohort-${input.cohortSeed}-${number}`,
    pseudonym: `Cohort person ${number}`,
    knownNames: [],
    designatedLead: rng.pick(LEADS),
    status: rng.chance(0.25) ? 'closed' : 'open',
    riskGrade: riskGrade(rng, spells, span / 365.25),
    notes: `Entirely fictional: made by the synthetic cohort generator (seed ${input.cohortSeed}). Nobody real.`,
    dateOfBirth: dayText(journeyStart - age * 365 - rng.int(0, 364)),
    interventionDate: recovery !== undefined && rng.chance(0.5) ? dayText(recovery.start) : null,
    createdAt: GENERATED_AT,
    updatedAt: GENERATED_AT,
  };
  return {
    case: record,
    needs,
    spells,
    journeyStart,
    journeyEnd,
    contacts: input.contacts,
    contactSeed: rng.uint32(),
  };
}
