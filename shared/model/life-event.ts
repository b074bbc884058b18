import { z } from 'zod';
import { Id } from './ids';
import { ApproximateDate } from './approximate-date';
import { RecordSource } from './record-source';

export const LIFE_EVENT_KINDS = [
  'abuse disclosed',
  'bereavement',
  'left home',
  'became homeless',
  'accommodation found',
  'accommodation lost',
  'release from prison',
  'hospital discharge',
  'relationship',
  'child removed',
  'other',
] as const;

/** Something that happened in the person's life; shown on its own track and never costed. */
export const LifeEvent = z.object({
  id: Id,
  caseId: Id,
  /** An exact day or an approximate date (approximate-date.ts). */
  date: ApproximateDate,
  kind: z.string().trim().min(1, 'a life event needs a kind').max(200),
  note: z.string().max(5_000).default(''),
  /** The record this life event came from (document or system, reference, page or row). */
  source: RecordSource,
});
export type LifeEvent = z.infer<typeof LifeEvent>;
