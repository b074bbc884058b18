import { z } from 'zod';
import { Id, Timestamp } from '../model';
import { cellText, type DateOrder } from './cell-values';
import {
  ContactFieldSchema,
  isCanonicalHeaderRow,
  normaliseHeader,
  suggestDateOrder,
  suggestMapping,
  type ColumnMapping,
} from './column-mapping';
import { detectHeaderRow } from './header-row';
import type { SheetGrid } from './sheet-grid';

/**
 * A saved column mapping for one source system's extract ("Police Niche export"): re-applied
 * whenever a sheet arrives with the same header names, in any order.
 */
export const MappingTemplate = z.object({
  id: Id,
  name: z.string().trim().min(1, 'a mapping template needs a name').max(200),
  /** header name → field, or null for an ignored column */
  columns: z.array(z.object({ header: z.string(), field: ContactFieldSchema.nullable() })).min(1),
  dateOrder: z.enum(['day first', 'month first']),
  updatedAt: Timestamp,
});
export type MappingTemplate = z.infer<typeof MappingTemplate>;

const headerSet = (headers: string[]) =>
  [...new Set(headers.map(normaliseHeader).filter((h) => h !== ''))].sort().join('|');

export function matchingTemplate(headers: string[], templates: MappingTemplate[]): MappingTemplate | null {
  const key = headerSet(headers);
  return templates.find((t) => headerSet(t.columns.map((c) => c.header)) === key) ?? null;
}

export function applyTemplate(headers: string[], template: MappingTemplate): ColumnMapping {
  const byHeader = new Map(template.columns.map((c) => [normaliseHeader(c.header), c.field]));
  return headers.map((h) => byHeader.get(normaliseHeader(h)) ?? null);
}

export function templateFrom(
  name: string,
  headers: string[],
  columns: ColumnMapping,
  dateOrder: DateOrder,
  id: string,
  now: string,
): MappingTemplate {
  return MappingTemplate.parse({
    id,
    name,
    columns: headers
      .map((header, i) => ({ header, field: columns[i] ?? null }))
      .filter((c) => c.header.trim() !== ''),
    dateOrder,
    updatedAt: now,
  });
}

export interface SheetSetup {
  headerRow: number;
  headers: string[];
  columns: ColumnMapping;
  dateOrder: DateOrder;
  /** The sheet has the canonical template's headers: no mapping step is needed. */
  canonical: boolean;
  /** The saved template that was applied, if any. */
  template: string | null;
}

export const headersAt = (grid: SheetGrid, headerRow: number): string[] =>
  (grid.rows[headerRow] ?? []).map(cellText);

/** The header row, mapping and date order to start from: canonical, a saved template, or suggestions. */
export function proposeSetup(
  grid: SheetGrid,
  templates: MappingTemplate[],
  headerRow = detectHeaderRow(grid),
): SheetSetup {
  const headers = headersAt(grid, headerRow);
  const sample = grid.rows.slice(headerRow + 1, headerRow + 201);
  const columns = headers.map((_, i) => sample.map((row) => row[i] ?? null));
  const template = matchingTemplate(headers, templates);
  const mapping = template === null ? suggestMapping(headers, columns) : applyTemplate(headers, template);
  const canonical = template === null && isCanonicalHeaderRow(headers);
  const dateColumn = mapping.indexOf('date');
  // The canonical template is documented as dd/mm/yyyy, so US dates in it are reported, not re-read.
  const dateOrder =
    template?.dateOrder ??
    (canonical || dateColumn < 0 ? 'day first' : suggestDateOrder(columns[dateColumn].map(cellText)));
  return { headerRow, headers, columns: mapping, dateOrder, canonical, template: template?.name ?? null };
}
