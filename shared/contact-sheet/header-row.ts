import { cellText } from './cell-values';
import {
  CONTACT_FIELDS,
  CONTACT_FIELD_LABELS,
  isComputedHeader,
  normaliseHeader,
  suggestMapping,
} from './column-mapping';
import type { SheetGrid } from './sheet-grid';

const ROWS_SEARCHED = 30;

/**
 * Extracts often start with a title, a run date or a blank line. The header row is the first of
 * the top rows that names the most known fields, or failing that the first row with at least
 * two filled cells, all of them text. The user can correct it.
 */
export function detectHeaderRow(grid: SheetGrid): number {
  const labels = new Set(CONTACT_FIELDS.map((f) => normaliseHeader(CONTACT_FIELD_LABELS[f])));
  let best = -1;
  let bestScore = 0;
  grid.rows.slice(0, ROWS_SEARCHED).forEach((row, index) => {
    const texts = row.filter((c) => c !== null && c.kind === 'text').map(cellText);
    if (texts.length < 2) return;
    const known =
      suggestMapping(texts, []).filter((f) => f !== null).length +
      texts.filter((t) => labels.has(normaliseHeader(t)) || isComputedHeader(t)).length;
    if (known > bestScore) {
      best = index;
      bestScore = known;
    }
  });
  if (best >= 0) return best;
  const firstTextRow = grid.rows.findIndex(
    (row) => row.filter((c) => c !== null).length >= 2 && row.every((c) => c === null || c.kind === 'text'),
  );
  return firstTextRow < 0 ? 0 : firstTextRow;
}
