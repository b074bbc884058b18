import { roundToPenny, type Pence } from '../../costing/money';

/** A cohort total and its average per case (over every case in the cohort, not only those with such costs). */
export interface CohortLine {
  name: string;
  totalPence: number;
  perCasePence: number;
}

/** Cases whose total is at least `fromPence` and below `toPence`. */
export interface CostBand {
  fromPence: number;
  toPence: number;
  cases: number;
}

export interface MissedOpportunityCount {
  name: string;
  flags: number;
  /** Distinct cases with such a flag. */
  people: number;
}

export interface CohortAnalysis {
  cases: number;
  totalPence: number;
  perCasePence: number;
  /** Largest first. */
  byCostBearer: CohortLine[];
  /** In year order. */
  byFinancialYear: CohortLine[];
  /** Each case's total, smallest first. */
  costPerCasePence: number[];
  costBands: CostBand[];
  servicesTouched: Array<{ caseId: string; pseudonym: string; agencies: number }>;
  servicesThreshold: number;
  /** People who had contact with at least servicesThreshold distinct agencies. */
  peopleAtOrAboveThreshold: number;
  missedByCategory: MissedOpportunityCount[];
  missedByAgency: MissedOpportunityCount[];
}

export interface CohortAnalysisOptions {
  /** Width of the cost bands; by default a round sum (£1, £2, £5, £10...) giving at most 10 bands. */
  bandWidthPence?: number;
  /** People with contact with at least this many distinct agencies are counted (default 11). */
  servicesThreshold?: number;
}

const MAX_BANDS = 10;

function roundBandWidth(maxPence: number): number {
  for (let power = 100; ; power *= 10) {
    for (const step of [1, 2, 5]) if (step * power * MAX_BANDS > maxPence) return step * power;
  }
}

export function costBands(sortedPence: readonly number[], bandWidthPence?: number): CostBand[] {
  const max = sortedPence[sortedPence.length - 1] ?? 0;
  const width = bandWidthPence ?? roundBandWidth(max);
  const bands = Array.from({ length: Math.floor(max / width) + 1 }, (_, i) => ({
    fromPence: i * width,
    toPence: (i + 1) * width,
    cases: 0,
  }));
  for (const value of sortedPence) bands[Math.floor(value / width)].cases += 1;
  return bands;
}

function lines(groups: Map<string, Pence>, cases: number): CohortLine[] {
  return [...groups].map(([name, total]) => ({
    name,
    totalPence: roundToPenny(total),
    perCasePence: cases === 0 ? 0 : roundToPenny(total.div(cases)),
  }));
}

function counts(groups: Map<string, { flags: number; people: Set<string> }>): MissedOpportunityCount[] {
  return [...groups]
    .map(([name, g]) => ({ name, flags: g.flags, people: g.people.size }))
    .sort((a, b) => b.flags - a.flags || b.people - a.people || a.name.localeCompare(b.name));
}

export type MissedGroups = Map<string, { flags: number; people: Set<string> }>;

export function countMissed(groups: MissedGroups, name: string, caseId: string, flags = 1): void {
  const group = groups.get(name) ?? { flags: 0, people: new Set<string>() };
  group.flags += flags;
  group.people.add(caseId);
  groups.set(name, group);
}

/** The exact sums of a cohort, however they were gathered (from contacts or from case aggregates), rounded once into the analysis. */
export interface CohortSums {
  total: Pence;
  byCostBearer: Map<string, Pence>;
  byFinancialYear: Map<string, Pence>;
  /** Each case's rounded total, in case order. */
  costPerCasePence: number[];
  servicesTouched: CohortAnalysis['servicesTouched'];
  missedByCategory: MissedGroups;
  missedByAgency: MissedGroups;
}

export function assembleAnalysis(sums: CohortSums, options: CohortAnalysisOptions = {}): CohortAnalysis {
  const cases = sums.costPerCasePence.length;
  const servicesThreshold = options.servicesThreshold ?? 11;
  const costPerCasePence = [...sums.costPerCasePence].sort((a, b) => a - b);
  return {
    cases,
    totalPence: roundToPenny(sums.total),
    perCasePence: cases === 0 ? 0 : roundToPenny(sums.total.div(cases)),
    byCostBearer: lines(sums.byCostBearer, cases).sort(
      (a, b) => b.totalPence - a.totalPence || a.name.localeCompare(b.name),
    ),
    byFinancialYear: lines(sums.byFinancialYear, cases).sort((a, b) => a.name.localeCompare(b.name)),
    costPerCasePence,
    costBands: costBands(costPerCasePence, options.bandWidthPence),
    servicesTouched: sums.servicesTouched,
    servicesThreshold,
    peopleAtOrAboveThreshold: sums.servicesTouched.filter((s) => s.agencies >= servicesThreshold).length,
    missedByCategory: counts(sums.missedByCategory),
    missedByAgency: counts(sums.missedByAgency),
  };
}
