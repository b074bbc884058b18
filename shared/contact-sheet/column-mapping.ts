import { z } from 'zod';
import { DateOrderTally, readDateCell, readTimeText, readYesNo, type DateOrder } from './cell-values';
import {
  CANONICAL_COST_HEADERS,
  CANONICAL_EXTRA_HEADERS,
  CANONICAL_REQUIRED_HEADERS,
  COMPUTED_HEADERS,
} from './canonical-template';
import type { SheetCell } from './sheet-grid';

/** The contact fields a column can fill. Each label is the canonical template's header for it. */
export const CONTACT_FIELD_LABELS = {
  case: 'Case',
  date: 'Date',
  time: 'Time',
  end: 'End date',
  agency: 'Agency',
  contactType: 'Contact type',
  quantity: 'Quantity',
  outcome: 'Outcome',
  description: 'Description',
  missedOpportunity: 'Missed opportunity',
  category: 'Category',
  note: 'Note',
  shouldHaveHappened: 'Should have happened',
  unitCost: 'Unit cost',
  unit: 'Unit',
  priceYear: 'Price year',
  costBearer: 'Cost bearer',
  source: 'Source',
  costOverride: 'Cost override',
  overrideReason: 'Override reason',
} as const;
export type ContactField = keyof typeof CONTACT_FIELD_LABELS;
export const CONTACT_FIELDS = Object.keys(CONTACT_FIELD_LABELS) as ContactField[];
export const ContactFieldSchema = z.enum(CONTACT_FIELDS as [ContactField, ...ContactField[]]);

/** One entry per sheet column: the field it fills, or null when it is ignored. */
export type ColumnMapping = Array<ContactField | null>;

export const normaliseHeader = (header: string): string =>
  header
    .toLowerCase()
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim();

/** Header names seen in police, NHS, housing and treatment extracts, by the field they mean. */
const HEADER_SYNONYMS: Record<ContactField, string[]> = {
  case: [
    'case',
    'client',
    'client id',
    'case id',
    'person',
    'person id',
    'pseudonym',
    'service user',
    'individual',
    'subject',
    'nominal',
  ],
  date: [
    'date',
    'contact date',
    'start date',
    'start',
    'event date',
    'incident date',
    'date of contact',
    'attendance date',
    'arrival date',
    'date time',
    'datetime',
    'occurred',
    'when',
    'date seen',
    'referral date',
  ],
  time: ['time', 'start time', 'arrival time', 'time of contact', 'incident time'],
  end: [
    'end date',
    'end',
    'discharge date',
    'date out',
    'finish',
    'until',
    'departure date',
    'end date time',
    'release date',
  ],
  agency: [
    'agency',
    'service',
    'organisation',
    'organization',
    'provider',
    'team',
    'partner',
    'department',
    'agency name',
  ],
  contactType: [
    'contact type',
    'type',
    'activity',
    'event',
    'event type',
    'incident type',
    'contact',
    'intervention',
    'type of contact',
    'nature',
  ],
  quantity: ['quantity', 'qty', 'units', 'hours', 'duration', 'nights', 'days', 'number of units'],
  outcome: ['outcome', 'result', 'disposal', 'disposition', 'action taken'],
  description: ['description', 'notes', 'narrative', 'details', 'comments', 'summary', 'free text', 'detail'],
  missedOpportunity: ['missed opportunity', 'missed', 'mo', 'missed opp', 'missed opportunity y n'],
  category: [
    'category',
    'mo category',
    'missed opportunity category',
    'mo type',
    'mo reason',
    'reason missed',
  ],
  note: ['note', 'mo note', 'missed opportunity note'],
  shouldHaveHappened: ['should have happened', 'what should have happened'],
  unitCost: ['unit cost', 'cost per unit', 'unit cost £', 'unit price'],
  unit: ['unit', 'cost unit', 'per'],
  priceYear: ['price year', 'cost year', 'prices'],
  costBearer: ['cost bearer', 'who pays', 'funder', 'budget holder'],
  source: ['source', 'cost source', 'reference'],
  costOverride: ['cost override', 'actual cost', 'stated cost'],
  overrideReason: ['override reason', 'reason for override'],
};

const CANONICAL = [...CANONICAL_REQUIRED_HEADERS, ...CANONICAL_COST_HEADERS, ...CANONICAL_EXTRA_HEADERS].map(
  normaliseHeader,
);

/** A canonical sheet has every required template header: it maps by name, with no mapping step. */
export function isCanonicalHeaderRow(headers: string[]): boolean {
  const present = new Set(headers.map(normaliseHeader));
  return CANONICAL_REQUIRED_HEADERS.every((h) => present.has(normaliseHeader(h)));
}

export function canonicalMapping(headers: string[]): ColumnMapping {
  return headers.map((header) => {
    const index = CANONICAL.indexOf(normaliseHeader(header));
    return index < 0
      ? null
      : (CONTACT_FIELDS.find((f) => normaliseHeader(CONTACT_FIELD_LABELS[f]) === CANONICAL[index]) ?? null);
  });
}

/** The workbook's computed columns (cost at price base...) are read-only: an import ignores them. */
export const isComputedHeader = (header: string) =>
  COMPUTED_HEADERS.map(normaliseHeader).includes(normaliseHeader(header));

function share(values: Array<SheetCell | null>, test: (cell: SheetCell) => boolean): number {
  const filled = values.filter((v): v is SheetCell => v !== null);
  return filled.length === 0 ? 0 : filled.filter(test).length / filled.length;
}

/**
 * Suggests a field for each column, first from its header, then from its values (a column of
 * dates, of times, of yes/no). Each field is suggested for one column at most; the user confirms.
 */
export function suggestMapping(
  headers: string[],
  sampleColumns: Array<Array<SheetCell | null>>,
): ColumnMapping {
  if (isCanonicalHeaderRow(headers)) return canonicalMapping(headers);
  const used = new Set<ContactField>();
  const mapping: ColumnMapping = headers.map((header) => {
    const name = normaliseHeader(header);
    const field = CONTACT_FIELDS.find(
      (f) =>
        !used.has(f) &&
        (HEADER_SYNONYMS[f].includes(name) || normaliseHeader(CONTACT_FIELD_LABELS[f]) === name),
    );
    if (field !== undefined) used.add(field);
    return field ?? null;
  });
  const byValues: Array<[ContactField, (cell: SheetCell) => boolean]> = [
    ['date', (c) => readDateCell(c, 'day first', false).ok],
    ['time', (c) => readTimeText(c.kind === 'text' ? c.text : '').ok],
    ['missedOpportunity', (c) => readYesNo(c).ok && c.kind !== 'number'],
  ];
  for (const [field, test] of byValues) {
    if (used.has(field)) continue;
    const column = mapping.findIndex(
      (m, i) => m === null && !isComputedHeader(headers[i]) && share(sampleColumns[i] ?? [], test) >= 0.8,
    );
    if (column >= 0) {
      mapping[column] = field;
      used.add(field);
    }
  }
  // A second date-like header ("Date closed", "Discharge date") after the start is the end.
  if (used.has('date') && !used.has('end')) {
    const column = mapping.findIndex(
      (m, i) =>
        m === null &&
        /date/.test(normaliseHeader(headers[i])) &&
        share(sampleColumns[i] ?? [], (c) => readDateCell(c, 'day first', false).ok) >= 0.8,
    );
    if (column >= 0) mapping[column] = 'end';
  }
  return mapping;
}

/** Day first unless the column's values can only be month first (see DateOrderTally). */
export function suggestDateOrder(dateTexts: string[]): DateOrder {
  const tally = new DateOrderTally();
  for (const text of dateTexts) tally.add(text);
  return tally.onlyMonthFirst() ? 'month first' : 'day first';
}
