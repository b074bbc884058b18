/**
 * The canonical contacts sheet (samples/templates/contacts-template.xlsx and .csv). A sheet whose
 * header row holds these names imports with no mapping step; the costed journey workbook's
 * Journey sheet uses the same names, so an exported journey imports back unchanged.
 */
export const CANONICAL_REQUIRED_HEADERS = [
  'Case',
  'Date',
  'End date',
  'Agency',
  'Contact type',
  'Quantity',
  'Outcome',
  'Description',
  'Missed opportunity',
  'Category',
  'Note',
] as const;

/** A supplier may state its own cost: the contact type then matches (or creates) a unit cost with that name, amount and price year. */
export const CANONICAL_COST_HEADERS = ['Unit cost', 'Unit', 'Price year', 'Cost bearer', 'Source'] as const;

/** Further optional columns, so nothing a contact holds is lost on the way out and back. */
export const CANONICAL_EXTRA_HEADERS = ['Should have happened', 'Cost override', 'Override reason'] as const;

/**
 * Columns the workbook adds for readers; an import recognises and ignores them. `Earliest` and
 * `Latest` are the first and last day an approximate `Date` can mean (an exact date's own day), as
 * real dates a spreadsheet can sort and filter, while `Date` keeps the date as written.
 */
export const COMPUTED_HEADERS = [
  'Financial year',
  'Cost at price base',
  'Cumulative cost',
  'Earliest',
  'Latest',
] as const;

export type CanonicalHeader =
  | (typeof CANONICAL_REQUIRED_HEADERS)[number]
  | (typeof CANONICAL_COST_HEADERS)[number]
  | (typeof CANONICAL_EXTRA_HEADERS)[number];
