import { MissedOpportunity, formatDateAsWritten, isApproximateDateTime } from '../model';
import type { AuditEntry, FieldChange } from './audit-entry';

/** Field names as analysts say them; a field not listed is shown by its own name. */
const FIELD_NAMES: Record<string, string> = {
  start: 'Date',
  end: 'End date',
  date: 'Date',
  agencyId: 'Agency',
  contactType: 'Contact type',
  quantity: 'Quantity',
  outcome: 'Outcome',
  description: 'Description',
  missedOpportunity: 'Missed opportunity',
  unitCostId: 'Unit cost',
  costOverride: 'Own cost',
  source: 'Source record',
  pseudonym: 'Pseudonym',
  designatedLead: 'Designated lead',
  knownNames: 'Known names',
  dateOfBirth: 'Date of birth',
  interventionDate: 'Intervention date',
  riskGrade: 'Risk grade',
  status: 'Status',
  notes: 'Case notes',
  kind: 'Kind',
  note: 'Note',
  label: 'Label',
  fromContactId: 'From contact',
  toContactId: 'To contact',
  caseId: 'Case',
  contacts: 'Contacts',
  suggestion: 'Suggestion',
};

export const fieldName = (field: string): string => FIELD_NAMES[field] ?? field;

const ENTITY_NAMES: Record<AuditEntry['entity'], string> = {
  cases: 'case',
  agencies: 'agency',
  contacts: 'contact',
  outcomes: 'outcome score',
  outcomeMeasures: 'outcome measure',
  links: 'link',
  lifeEvents: 'life event',
  unitCosts: 'unit cost',
  categories: 'missed-opportunity category',
  suggestions: 'suggestion',
  store: 'whole store',
};

export const entityName = (entity: AuditEntry['entity']): string => ENTITY_NAMES[entity];

/** A value as the History shows it: "(none)" where the row had no such value, "(blank)" for empty text. */
export function shownValue(value: string | null): string {
  if (value === null) return '(none)';
  return value === '' ? '(blank)' : value;
}

/** "Outcome: (blank) → Released" */
export function changeText(change: FieldChange): string {
  const shown = DATE_FIELDS.has(change.field)
    ? (v: string | null) => shownValue(asWritten(v))
    : change.field === 'missedOpportunity'
      ? (v: string | null) => shownValue(missedOpportunityText(v))
      : shownValue;
  return `${fieldName(change.field)}: ${shown(change.before)} → ${shown(change.after)}`;
}

const DATE_FIELDS = new Set(['start', 'end', 'date']);

/** A missed opportunity as the panel names it: its category, then its note. */
function missedOpportunityText(value: string | null): string | null {
  if (value === null) return null;
  const parsed = MissedOpportunity.safeParse(
    (() => {
      try {
        return JSON.parse(value) as unknown;
      } catch {
        return null;
      }
    })(),
  );
  if (!parsed.success) return value;
  return parsed.data.note === '' ? parsed.data.category : `${parsed.data.category} (${parsed.data.note})`;
}

/** A date as the analyst wrote it ("Oct 2018", "03/02/2019 23:10"), not as stored ("2018-10"). */
function asWritten(value: string | null): string | null {
  if (value === null || !isApproximateDateTime(value)) return value;
  return formatDateAsWritten(value);
}

/** Who, as the History shows it. */
export function whoText(entry: Pick<AuditEntry, 'who' | 'importedFrom'>): string {
  const who = entry.who ?? 'no name set';
  return entry.importedFrom === null
    ? who
    : `${who} (imported from ${entry.importedFrom.file} by ${entry.importedFrom.by ?? 'no name set'})`;
}

/** The whole trail as rows of a table (newest first), for the workbook's Audit trail sheet and the command line. */
export const AUDIT_TRAIL_COLUMNS = [
  'When',
  'Who',
  'Step',
  'Action',
  'Case',
  'Entity',
  'Entity id',
  'Field',
  'Before',
  'After',
  'Imported from',
] as const;

export function auditTrailRows(
  entries: readonly AuditEntry[],
  caseName: (caseId: string | null) => string,
): string[][] {
  return entries.flatMap((e) => {
    const common = [
      e.at,
      e.who ?? '',
      e.step,
      e.action,
      caseName(e.caseId),
      entityName(e.entity),
      e.entityId ?? '',
    ];
    const imported =
      e.importedFrom === null
        ? ''
        : `${e.importedFrom.file} (${e.importedFrom.at}, by ${e.importedFrom.by ?? 'no name set'})`;
    if (e.changes.length === 0) return [[...common, '', '', '', imported]];
    return e.changes.map((c) => [...common, fieldName(c.field), c.before ?? '', c.after ?? '', imported]);
  });
}
