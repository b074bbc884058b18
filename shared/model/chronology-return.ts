import { z } from 'zod';
import { Id } from './ids';
import { LocalDate, Timestamp } from './local-date';

/** A single-agency chronology an agency sent for a review, as added to one case. */
export const ChronologyReturn = z.object({
  id: Id,
  caseId: Id,
  /** The agency that sent it, as the return names it. */
  agency: z.string().trim().min(1, 'a return needs the agency that sent it').max(200),
  receivedOn: LocalDate,
  fileName: z.string().trim().min(1).max(500),
  /** Which table of the file was read: "table 2", `sheet "Chronology"`. */
  table: z.string().max(300),
  /** Data rows read from that table (blank and repeated header rows not counted). */
  rowCount: z.number().int().min(0),
  addedAt: Timestamp,
});
export type ChronologyReturn = z.infer<typeof ChronologyReturn>;

/** Where a contact came from: which return, which table and row, and the agency's own record reference. */
export const ContactProvenance = z.object({
  contactId: Id,
  caseId: Id,
  returnId: Id,
  table: z.string().max(300),
  row: z.number().int().min(1),
  /** The agency's record reference (crime number, case note id, page), as written. */
  sourceRef: z.string().max(2_000).default(''),
  /** The agency's own analysis or comment on the entry. */
  analysis: z.string().max(20_000).default(''),
});
export type ContactProvenance = z.infer<typeof ContactProvenance>;
