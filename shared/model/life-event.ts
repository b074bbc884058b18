import { z } from 'zod';
import { Id } from './ids';
import { RecordSource } from './record-source';
import { LocalDate } from './local-date';

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
  date: LocalDate,
  kind: z.string().trim().min(1, 'a life event needs a kind').max(200),
  note: z.string().max(5_000).default(''),
  /** The record this life event came from (document or system, reference, page or row). */
  source: RecordSource,
});
export type LifeEvent = z.infer<typeof LifeEvent>;
