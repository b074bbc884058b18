import { z } from 'zod';

/**
 * Where a contact or life event was read from, as the analyst would cite it to a scrutiny panel:
 * "SAR chronology, p. 14", "Police NICHE ref 44/1234", "referrals.xlsx, sheet Police, row 12".
 * Optional: rows stored or exported before sources existed have none; blank also means none.
 */
export const RecordSource = z.string().trim().max(500, 'a source is at most 500 characters').optional();
export type RecordSource = z.infer<typeof RecordSource>;

/** The source as shown and exported: blank when there is none. */
export function sourceText(row: { source?: string }): string {
  return row.source ?? '';
}
