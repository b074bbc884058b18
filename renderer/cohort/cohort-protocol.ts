import Big from 'big.js';
import { z } from 'zod';
import type { BeforeAfterResult } from '../../shared/cohort/before-after/before-after';
import type { CohortAnalysis } from '../../shared/cohort/aggregates/cohort-analysis';
import type { CaseSummaryRow } from '../../shared/cohort/table/case-summary-row';
import type { SequenceOptions, SequenceVariant } from '../../shared/cohort/sequences/common-sequences';
import { DeflatorSeries } from '../../shared/costing/deflator';
import { ApproximateDateTime, CaseStatus, FinancialYear, LocalDate, RiskGrade } from '../../shared/model';

/**
 * Messages between the cohort screen and the worker that reads and computes the cohort off the
 * UI thread. Both sides parse what they receive: a worker is a boundary like any other.
 */

const count = z.number().int().nonnegative();
const pence = z.number().int();
/** Which reading of the store a message belongs to: a newer one makes older replies stale. */
const run = count;

const SequenceOptionsSchema: z.ZodType<SequenceOptions, SequenceOptions> = z.object({
  targetKeywords: z.array(z.string()),
  days: count,
  length: count,
  top: count,
});

/** The user's before/after question; `question` numbers them so only the latest answer is shown. */
const BeforeAfterAsked = z.object({
  kind: z.literal('before-after'),
  question: count,
  interventionDate: LocalDate.nullable(),
  windowMonths: z.number().int().min(1),
  attributionPercent: z.string(),
});
export type BeforeAfterAsked = z.infer<typeof BeforeAfterAsked>;

export const ToCohortWorker = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('open'),
    run,
    database: z.string().min(1),
    /** How many changes to the cohort's tables the screen has seen (store/store-changes.ts): what the worker read under another number is stale. */
    storeVersion: count,
    priceBase: FinancialYear,
    series: DeflatorSeries,
    sequences: SequenceOptionsSchema,
  }),
  BeforeAfterAsked,
  /** The app is idle after start-up: open the store and check its aggregates before the first visit asks. */
  z.object({ kind: z.literal('prepare'), database: z.string().min(1), storeVersion: count }),
  /** The screen was left: stop reading, keep what was read. */
  z.object({ kind: z.literal('close') }),
]);
export type ToCohortWorker = z.infer<typeof ToCohortWorker>;

const CaseSummaryRowSchema: z.ZodType<CaseSummaryRow, CaseSummaryRow> = z.object({
  caseId: z.string(),
  pseudonym: z.string(),
  designatedLead: z.string(),
  status: CaseStatus,
  riskGrade: RiskGrade,
  firstContact: ApproximateDateTime.nullable(),
  lastContact: ApproximateDateTime.nullable(),
  contacts: count,
  agencies: count,
  totalPence: pence,
  uncostedContacts: count,
  missedOpportunities: count,
  costAfterFirstMissedPence: pence.nullable(),
});

const line = z.object({ name: z.string(), totalPence: pence, perCasePence: pence });
const missed = z.object({ name: z.string(), flags: count, people: count });
const CohortAnalysisSchema: z.ZodType<CohortAnalysis, CohortAnalysis> = z.object({
  cases: count,
  totalPence: pence,
  perCasePence: pence,
  byCostBearer: z.array(line),
  byFinancialYear: z.array(line),
  costPerCasePence: z.array(pence),
  costBands: z.array(z.object({ fromPence: pence, toPence: pence, cases: count })),
  servicesTouched: z.array(z.object({ caseId: z.string(), pseudonym: z.string(), agencies: count })),
  servicesThreshold: count,
  peopleAtOrAboveThreshold: count,
  missedByCategory: z.array(missed),
  missedByAgency: z.array(missed),
});

const SequenceVariantSchema: z.ZodType<SequenceVariant, SequenceVariant> = z.object({
  before: z.array(z.string()),
  target: z.string(),
  occurrences: count,
  people: count,
});

/** An exact decimal as big.js writes it in JSON, read back to the same value. */
const exact = z.string().transform((text, context) => {
  try {
    return new Big(text);
  } catch {
    context.addIssue({ code: 'custom', message: `"${text}" is not an exact decimal` });
    return z.NEVER;
  }
});
const figures = z.object({
  contacts: count,
  costPence: pence,
  contactsPerPersonYear: z.number(),
  costPerPersonYearPence: pence,
});
const beforeAfterLine = z.object({
  costBearer: z.string(),
  before: figures,
  after: figures,
  changePerPersonYearPence: pence,
  savingPerPersonYearPence: pence,
  costIncreasePerPersonYearPence: pence,
  exactChangePerPersonYear: exact,
});
const BeforeAfterResultSchema: z.ZodType<BeforeAfterResult, string> = z
  .string()
  .transform((text) => JSON.parse(text) as unknown)
  .pipe(
    z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(false), reason: z.string() }),
      z.object({
        ok: z.literal(true),
        priceBase: FinancialYear,
        windowMonths: count,
        attributionPercent: exact,
        recordsFrom: LocalDate,
        recordsUntil: LocalDate,
        people: count,
        personYearsBefore: exact,
        personYearsAfter: exact,
        lines: z.array(beforeAfterLine),
        total: beforeAfterLine,
        uncostedContacts: z.object({ before: count, after: count }),
        leftOut: z.array(z.object({ caseId: z.string(), pseudonym: z.string(), reason: z.string() })),
      }),
    ]),
  );

/** Before/after as JSON text: big.js writes each exact figure as a decimal string, which the screen reads back exactly. */
export function beforeAfterText(result: BeforeAfterResult): string {
  return JSON.stringify(result);
}

export const FromCohortWorker = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('totals'),
    run,
    rows: z.array(CaseSummaryRowSchema),
    analysis: CohortAnalysisSchema,
  }),
  z.object({ kind: z.literal('rebuilding'), run }),
  z.object({ kind: z.literal('progress'), run, casesRead: count, cases: count }),
  z.object({ kind: z.literal('sequences'), run, sequences: z.array(SequenceVariantSchema) }),
  z.object({ kind: z.literal('before-after'), run, question: count, result: BeforeAfterResultSchema }),
  z.object({ kind: z.literal('failed'), run, message: z.string() }),
]);
export type FromCohortWorker = z.infer<typeof FromCohortWorker>;
/** What the worker posts: before/after travels as text (see beforeAfterText). */
export type FromCohortWorkerMessage = z.input<typeof FromCohortWorker>;
