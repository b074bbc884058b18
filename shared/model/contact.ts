import { z } from 'zod';
import { Id } from './ids';
import { ApproximateDateTime, earliestDay, latestDay } from './approximate-date';
import { Timestamp } from './local-date';
import { RecordSource } from './record-source';

/** Where the record shows something should have happened and did not. */
export const MissedOpportunity = z.object({
  category: z.string().trim().min(1, 'a missed opportunity needs a category').max(200),
  note: z.string().max(5_000).default(''),
  shouldHaveHappened: z.string().max(5_000).default(''),
});
export type MissedOpportunity = z.infer<typeof MissedOpportunity>;

/** A contact's own cost, replacing unit cost x quantity, always with the reason for it. */
export const CostOverride = z.object({
  amountPence: z.number().int().min(0),
  reason: z.string().trim().min(1, 'an overridden cost needs a reason').max(2_000),
});
export type CostOverride = z.infer<typeof CostOverride>;

/** One contact a person had with one agency. */
export const Contact = z
  .object({
    id: Id,
    caseId: Id,
    agencyId: Id,
    contactType: z.string().trim().min(1, 'a contact needs a contact type').max(200),
    /** An exact day (and time), or an approximate date (approximate-date.ts). */
    start: ApproximateDateTime,
    end: ApproximateDateTime.nullable().default(null),
    /** Entered quantity (e.g. 3 hours). Null means: derive it from the duration, or 1. */
    quantity: z.number().positive().finite().nullable().default(null),
    outcome: z.string().max(2_000).default(''),
    description: z.string().max(20_000).default(''),
    missedOpportunity: MissedOpportunity.nullable().default(null),
    /** The unit-cost library entry that prices this contact; null = not yet costed. */
    unitCostId: Id.nullable().default(null),
    costOverride: CostOverride.nullable().default(null),
    /** The record this contact came from (document or system, reference, page or row). */
    source: RecordSource,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  // An approximate end may overlap the start's period; it must not lie wholly before it.
  .refine((c) => c.end === null || latestDay(c.end) >= earliestDay(c.start), {
    message: 'the end must not be before the start',
    path: ['end'],
  });
export type Contact = z.infer<typeof Contact>;
