import type { ChangeSet, RowChange } from '../editing/change-set';
import { newId } from '../model';
import type { AuditAction, AuditEntry, FieldChange } from './audit-entry';

/** Who made a change and when: the same for every entry of one step. */
export interface AuditStamp {
  at: string;
  who: string | null;
}

/**
 * Fields the app sets itself on every write (a change of these alone is not an analyst's edit, and
 * their values are never a fact about the person), and the case, which the entry names already.
 */
const BOOKKEEPING_FIELDS = new Set(['id', 'caseId', 'createdAt', 'updatedAt']);

/** A value as the trail writes it: text as is, anything else as JSON, and no value as null. */
export function auditValue(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function asRecord(row: unknown): Record<string, unknown> {
  return row !== null && typeof row === 'object' ? (row as Record<string, unknown>) : {};
}

/** Each field whose value differs before and after, in the order the row has them. */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const was = asRecord(before);
  const now = asRecord(after);
  const fields = [...new Set([...Object.keys(was), ...Object.keys(now)])].filter(
    (f) => !BOOKKEEPING_FIELDS.has(f),
  );
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const [b, a] = [auditValue(was[field]), auditValue(now[field])];
    // A blank source and none at all are the same fact: rows stored before sources had none.
    if (b === a || ((b ?? '') === '' && (a ?? '') === '')) continue;
    changes.push({ field, before: before === null ? null : b, after: after === null ? null : a });
  }
  return changes;
}

function caseIdOf(change: RowChange): string | null {
  if (change.table === 'cases') return change.key;
  const row = asRecord(change.after ?? change.before);
  return typeof row.caseId === 'string' ? row.caseId : null;
}

function actionOf(change: RowChange): AuditAction {
  if (change.before === null) return 'create';
  if (change.after === null) return 'delete';
  return 'edit';
}

/**
 * The trail of one change set: an entry per row it creates, edits or deletes, with each field's
 * value before and after. A row written again unchanged (or only its updated time) adds nothing.
 */
export function auditEntriesOf(changeSet: ChangeSet, step: string, stamp: AuditStamp): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (const change of changeSet.changes) {
    const changes = fieldChanges(change.before, change.after);
    const action = actionOf(change);
    if (action === 'edit' && changes.length === 0) continue;
    entries.push({
      id: newId(),
      at: stamp.at,
      seq: entries.length,
      who: stamp.who,
      step,
      action,
      caseId: caseIdOf(change),
      entity: change.table,
      entityId: change.key,
      changes,
      importedFrom: null,
    });
  }
  return entries;
}

/** One entry for a step too large to list row by row (a spreadsheet import, a restore): what it did, in counts. */
export function summaryEntry(
  step: string,
  stamp: AuditStamp,
  what: {
    action: AuditAction;
    caseId: string | null;
    entity: AuditEntry['entity'];
    entityId: string | null;
    changes?: FieldChange[];
  },
  seq = 0,
): AuditEntry {
  return { id: newId(), at: stamp.at, seq, who: stamp.who, step, importedFrom: null, changes: [], ...what };
}
