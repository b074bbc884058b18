import { z } from 'zod';
import { Id } from './ids';
import { LocalDate } from './local-date';

/** One area an outcome measure scores, with the scores its form allows (the NDT's two risk areas count double: 0, 2, 4, 6, 8). */
export const OutcomeItem = z.object({
  name: z.string().trim().min(1).max(200),
  min: z.number().finite(),
  max: z.number().finite(),
  step: z.number().positive().default(1),
});
export type OutcomeItem = z.infer<typeof OutcomeItem>;

/** A way of scoring how a person is doing: built in (NDT assessment, Outcomes Star) or defined by the analyst with its range. */
export const OutcomeMeasure = z
  .object({
    id: Id,
    name: z.string().trim().min(1, 'a measure needs a name').max(200),
    min: z.number().finite(),
    max: z.number().finite(),
    /** The NDT "chaos index" falls as things improve; the Outcomes Star rises. */
    higherIsBetter: z.boolean(),
    items: z.array(OutcomeItem).max(50).default([]),
    source: z.string().max(2_000).default(''),
  })
  .refine((m) => m.max > m.min, { message: 'the top of the range must be above the bottom', path: ['max'] });
export type OutcomeMeasure = z.infer<typeof OutcomeMeasure>;

/** One scoring of one person on one measure on one date: the total, and the area scores where they were recorded. */
export const OutcomeMeasurement = z.object({
  id: Id,
  caseId: Id,
  measureId: Id,
  date: LocalDate,
  total: z.number().finite(),
  itemScores: z.record(z.string(), z.number().finite()).default({}),
  note: z.string().max(5_000).default(''),
});
export type OutcomeMeasurement = z.infer<typeof OutcomeMeasurement>;
